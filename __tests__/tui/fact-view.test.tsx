// The fact view at 80x24 with a note longer than a screen line: the note and
// the explanation wrap in full, the view uses its height, and the rest
// scrolls a line (j), a page (Space) and to the end (G).
import { afterEach, describe, expect, test } from '@jest/globals';
import { cleanup, render } from 'ink-testing-library';
import { ReviewApp } from '../../src/tui/app.js';
import type { RunResult } from '../../src/model/run.js';
import { buildFixture } from '../helpers/fixture-result.js';

const sleep = (ms = 80) => new Promise((r) => setTimeout(r, ms));
afterEach(() => cleanup());
const lines = (frame: string | undefined) => (frame ?? '').split('\n').map((l) => l.trimEnd());

const NOTE =
  'Rang the county clerk on Monday: their survey counted insured homes only, so it runs low. The council has its own count; ask the press office for it before either number goes in print. If they will not give it, say in the piece that the two counts measure different things and name both.';

describe('fact view at 80x24', () => {
  const { result } = buildFixture();
  const first = result.groups[0];
  const run: RunResult = {
    ...result,
    groups: result.groups.map((g) => (g === first ? { ...g, explanation: `${g.explanation} The county's figure excludes uninsured homes, and the council's includes sheds.` } : g)),
    review: { [first.id]: { entryId: first.id, editorVerdict: 'needs-follow-up', note: NOTE, stale: false } },
  };

  test('a long note wraps in full and the fact scrolls by line, page and to the end', async () => {
    const r = render(<ReviewApp result={run} size={{ rows: 24, columns: 80 }} />);
    await sleep();
    r.stdin.write('\r');
    await sleep();
    let out = lines(r.lastFrame());
    // ink draws one line short of the terminal: 23 lines, 2 of them the footer.
    expect(out).toHaveLength(23);
    const text = out.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(`Editor: needs follow-up — ${NOTE}`);
    expect(text).toContain("the council's includes sheds.");
    expect(out.join('\n')).not.toContain('…');
    // The body fills the screen: no blank line between the content and the "below" line.
    const below = out.findIndex((l) => l.startsWith('↓ '));
    expect(below).toBe(20);
    expect(out.slice(0, below).every((l) => l !== '')).toBe(true);
    expect(out[22]).toContain('PgDn');
    const hidden = Number(/↓ (\d+) lines? below/.exec(out[below])![1]);
    expect(hidden).toBeGreaterThan(1);

    r.stdin.write('j');
    await sleep();
    out = lines(r.lastFrame());
    expect(out[0]).toBe('CONFLICT · homes damaged in the lower district');
    expect(out[20]).toMatch(new RegExp(`^↑ 1 line above · ↓ ${hidden - 1} lines? below`));

    r.stdin.write('G');
    await sleep();
    out = lines(r.lastFrame());
    expect(out[19]).toBe('  → above 40 % (lower bound)');
    expect(out[20]).toMatch(/^↑ \d+ lines above · statements \d–3 of 3 in view/);

    r.stdin.write('g');
    await sleep();
    expect(lines(r.lastFrame())[20]).toMatch(/^↓ \d+ lines below/);
    r.stdin.write(' ');
    await sleep();
    // A page is the 19 body rows less one kept for context, or what is left.
    expect(lines(r.lastFrame())[20]).toMatch(new RegExp(`^↑ ${Math.min(18, hidden)} lines? above`));
  });
});
