// Local alignment: shared passages survive small edits, keep offsets in both
// files, and say where the two sides differ.
import { describe, expect, test } from '@jest/globals';
import { alignPair } from '../../src/provenance/align.js';
import { toPassage } from '../../src/provenance/links.js';
import { prepare } from './helpers.js';

const ORIGINAL =
  'Harbour pilots will strike for 48 hours from Monday after talks over night-shift pay collapsed, the pilots union said. ' +
  'The stoppage is expected to delay about 120 container ships waiting outside the port during the busiest week of the season. ' +
  'Port managers said they would keep the ferry terminal open.\n';

function passagesOf(a: string, b: string) {
  const [x, y] = prepare([{ id: 'a', text: a }, { id: 'b', text: b }]);
  return alignPair(x.words, x.hashes, y.words, y.hashes).map((al) => toPassage(al, x.words, a, y.words, b));
}

describe('alignPair', () => {
  test('an identical paragraph is one passage whose sides slice both files', () => {
    const other = `Updated at noon.\n\n${ORIGINAL}`;
    const [p] = passagesOf(ORIGINAL, other);
    expect(p.a.text).toBe(ORIGINAL.trim().replace(/\.$/, ''));
    expect(other.slice(p.b.start, p.b.end)).toBe(p.b.text);
    expect(p.edits).toEqual([]);
    expect(p.kind).toBe('narration');
  });

  test('a changed number, a dropped clause and a reworded phrase stay inside one passage, each an edit', () => {
    const edited = ORIGINAL.replace('about 120', 'about 150')
      .replace(' during the busiest week of the season', '')
      .replace('talks over night-shift pay collapsed', 'talks on night-shift pay broke down');
    const ps = passagesOf(ORIGINAL, edited);
    expect(ps).toHaveLength(1);
    const numeric = ps[0].edits.filter((e) => e.numeric);
    expect(numeric.map((e) => [e.a.text, e.b.text])).toEqual([['120', '150']]);
    expect(ps[0].edits.some((e) => e.a.text === 'during the busiest week of the season' && e.b.text === '')).toBe(true);
    expect(ps[0].a.text.startsWith('Harbour pilots')).toBe(true);
    expect(ps[0].a.text.endsWith('ferry terminal open')).toBe(true);
  });

  test('a changed word near the end is passed over when the words after it match again', () => {
    const ps = passagesOf(ORIGINAL, ORIGINAL.replace('keep the ferry terminal open', 'keep the boat terminal open'));
    expect(ps).toHaveLength(1);
    expect(ps[0].b.text.endsWith('boat terminal open')).toBe(true);
    // One word after a change is too little to say the passage goes on.
    const short = passagesOf(ORIGINAL, ORIGINAL.replace('terminal open', 'dock open'));
    expect(short[0].b.text.endsWith('the ferry')).toBe(true);
  });

  test('texts sharing nothing have no passage; a short phrase in quotation marks on both sides is one', () => {
    expect(passagesOf(ORIGINAL, 'A new library opens downtown with reading rooms for children.\n')).toEqual([]);
    const ps = passagesOf(
      'The mayor called the plan "reckless and unaffordable" on Friday.\n',
      'Critics on the council said the scheme was "reckless and unaffordable" and asked for a vote.\n',
    );
    expect(ps.map((p) => [p.a.text, p.kind])).toEqual([['reckless and unaffordable', 'quotation']]);
  });

  test('a phrase printed twice in one text is matched once', () => {
    const twice = `${ORIGINAL}\nAgain: the stoppage is expected to delay about 120 container ships waiting outside the port.\n`;
    const ps = passagesOf(ORIGINAL, twice);
    const starts = ps.map((p) => p.a.start);
    expect(new Set(starts).size).toBe(starts.length);
    for (let i = 1; i < ps.length; i++) expect(ps[i].a.start).toBeGreaterThanOrEqual(ps[i - 1].a.end);
  });
});
