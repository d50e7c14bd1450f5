// Hostile text (ANSI/OSC escapes, 8-bit controls, bidi overrides, zero-width
// and tag characters) in a source, its front matter, its file name and an
// editor's note must never come out of a report raw. Every formatter of the
// registry is run on the pipeline's result for __tests__/fixtures/input/hostile.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/pipeline/run.js';
import { FORMATTERS } from '../../src/report/index.js';
import { sanitizeForTerminal, UNSAFE_CHARACTER } from '../../src/text/sanitize.js';
import type { RunResult } from '../../src/model/run.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/input/hostile');
const ESC = '\x1b';
const HOSTILE_NOTE = `Checked ${ESC}]0;owned${ESC}\\ with \u202eeditor\u202c \u200bnote \x9b2J`;

let dir: string;
let result: RunResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimcheck-hostile-'));
  for (const f of await readdir(FIXTURES)) await copyFile(path.join(FIXTURES, f), path.join(dir, f));
  // A file name is hostile text too: it becomes the source id.
  await copyFile(path.join(FIXTURES, 'hostile.md'), path.join(dir, `evil${ESC}[2J\u202ename.md`));
  result = await run({ sourcesDir: dir, today: '2024-06-20' });
  for (const g of result.groups) result.review[g.id] = { editorVerdict: 'confirmed-conflict', note: HOSTILE_NOTE, stale: false };
}, 30_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const OPTIONS = { color: false, width: 100, author: `Desk ${ESC}[31mred`, authorUrl: 'https://desk.example/', datePublished: '2024-06-13' };

/** The first unsafe character in `s` with its context, or undefined. */
function firstUnsafe(s: string): string | undefined {
  const m = UNSAFE_CHARACTER.exec(s);
  if (!m) return undefined;
  return `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(s.slice(Math.max(0, m.index - 30), m.index + 30))}`;
}

describe('the hostile fixture reaches the report stage', () => {
  test('sources, claims and diagnostics carry the hostile characters (so the audit means something)', () => {
    expect(result.sources.map((s) => s.id).sort()).toEqual([`evil${ESC}[2J\u202ename`, 'hostile', 'hostile.md']);
    expect(result.claims.length).toBeGreaterThan(10);
    expect(result.claims.some((c) => UNSAFE_CHARACTER.test(c.sentence.text))).toBe(true);
    expect(result.sources.some((s) => UNSAFE_CHARACTER.test(s.outlet ?? ''))).toBe(true);
    expect(result.diagnostics.some((d) => UNSAFE_CHARACTER.test(d.message) || UNSAFE_CHARACTER.test(d.file))).toBe(true);
    for (const c of result.claims) {
      const source = result.sources.find((s) => s.id === c.sourceId)!;
      expect(source.text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

/**
 * Formatters that still let unsafe characters through, found by this audit
 * and reported to their owner (src/report/ is not ingestion's). Each is a
 * `test.failing`: when the formatter is fixed the test starts to pass, jest
 * reports it, and the name comes off this list.
 */
const KNOWN_LEAKS = new Set<string>([]);

describe('every formatter: no escape, control, bidi or zero-width character comes out raw', () => {
  for (const name of Object.keys(FORMATTERS)) {
    const t = KNOWN_LEAKS.has(name) ? test.failing : test;
    t(name, () => {
      const out = FORMATTERS[name](result, OPTIONS);
      expect(out.length).toBeGreaterThan(100);
      // CSV's record separator is CRLF (RFC 4180): CR is allowed there only.
      const text = name === 'csv' ? out.replace(/\r\n/g, '\n') : out;
      expect(firstUnsafe(text)).toBeUndefined();
      if (name === 'json' || name === 'claimreview') expect(() => JSON.parse(out)).not.toThrow();
    });
  }

  test('text with colour: only the formatter’s own SGR codes contain ESC', () => {
    const out = FORMATTERS.text(result, { ...OPTIONS, color: true });
    const withoutSgr = out.replace(/\x1b\[[0-9;]*m/g, '');
    expect(firstUnsafe(withoutSgr)).toBeUndefined();
    expect(out).not.toMatch(/\x1b[\]P^_X]|\x1b\[[0-9;?]*[A-HJKSTfhlsu]/);
  });

  test('JSON keeps the exact text: a claim read back equals the file slice', () => {
    const doc = JSON.parse(FORMATTERS.json(result, OPTIONS)) as { groups: Array<{ claims: Array<{ source: string; text: string; start: number; end: number }> }> };
    const byId = new Map(result.sources.map((s) => [s.id, s]));
    const claims = doc.groups.flatMap((g) => g.claims);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(byId.get(c.source)!.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('diagnostics as the CLI prints them', () => {
  test('sanitizeForTerminal over file and message removes every unsafe character', () => {
    for (const d of result.diagnostics) {
      const line = `claimcheck: ${d.severity}: ${sanitizeForTerminal(d.file)}: ${sanitizeForTerminal(d.message)}`;
      expect(firstUnsafe(line)).toBeUndefined();
    }
  });
});
