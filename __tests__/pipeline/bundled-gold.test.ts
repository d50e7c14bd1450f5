// End to end on the bundled story, no catalogue: the accuracy bar of the
// claim engine, scored against the hand annotation (a copy of the gold file).
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseGold, score, type Score } from '../../src/tools/eval/score.js';
import { run } from '../../src/pipeline/run.js';
import { formatJson } from '../../src/report/json.js';
import type { RunResult } from '../../src/model/run.js';

let result: RunResult;
let s: Score;

beforeAll(async () => {
  result = await run({ sourcesDir: 'sources' });
  s = score(parseGold(readFileSync('__tests__/fixtures/gold-seed-story.yaml', 'utf8')), result.groups, result.sources);
});

describe('the bundled story against the gold annotation', () => {
  test('every gold conflict is caught', () => {
    expect(s.goldConflicts).toBe(4);
    expect(s.conflictsCaught).toBe(4);
  });

  test('no gold non-conflict is reported as a conflict', () => {
    expect(s.falseAlarms).toEqual([]);
  });

  test('at most two reported conflicts match no gold fact', () => {
    expect(s.unmatchedConflicts.length).toBeLessThanOrEqual(2);
  });

  test('at least 16 of 19 gold facts are aligned', () => {
    expect(s.goldGroups).toBe(19);
    expect(s.aligned).toBeGreaterThanOrEqual(16);
  });

  test('the rare-earth share conflict names both values and its rule', () => {
    const g = result.groups.find((x) => x.claims.some((c) => c.text === 'more than 90%'))!;
    expect(g.verdict).toBe('conflict');
    expect(g.ruleId).toBe('percent/lower-bound-differs');
    expect(g.claims.map((c) => c.text).sort()).toEqual(['more than 60 percent', 'more than 90%']);
    expect(g.explanation).toContain('90 vs 60');
  });

  test('"from Friday through Monday" is read as 24–27 Oct 2025 and judged compatible with "October 24 to 27"', () => {
    const g = result.groups.find((x) => x.claims.some((c) => c.text === 'from Friday through Monday'))!;
    const fri = g.claims.find((c) => c.text === 'from Friday through Monday')!;
    expect(fri.value).toMatchObject({ type: 'date', first: '2025-10-24', last: '2025-10-27' });
    expect(g.claims.map((c) => c.text).sort()).toEqual([
      'from Friday through Monday', 'from Oct. 24 to 27', 'from October 24 to 27', 'from October 24 to 27',
    ]);
    expect(g.sourceCount).toBe(4);
    expect(g.verdict).toBe('compatible');
    expect(g.ruleId).toBe('date/resolved-same-days');
  });

  test('Kuala Lumpur beside Malaysia is compatible', () => {
    const g = result.groups.find((x) => x.kind === 'place' && x.claims.some((c) => c.text === 'Kuala Lumpur') && x.claims.some((c) => c.text === 'Malaysia'))!;
    expect(g.verdict).toBe('compatible');
    expect(g.ruleId).toBe('place/contains');
  });

  test('the April peaks and the May truce levels differ in scope, not in fact', () => {
    const g = result.groups.find((x) => x.claims.some((c) => c.text === 'as high as 145%'))!;
    expect(g.verdict).toBe('scope-differs');
  });

  test('phone call vs video call is a conflict', () => {
    const g = result.groups.find((x) => x.kind === 'medium')!;
    expect(g.verdict).toBe('conflict');
    expect(g.claims.map((c) => c.text).sort()).toEqual(['phone call', 'video call', 'video call']);
  });
});

describe('offsets', () => {
  test('every claim slices its file to its text', () => {
    const byId = new Map(result.sources.map((x) => [x.id, x]));
    expect(result.claims.length).toBeGreaterThan(100);
    for (const c of result.claims) {
      const text = byId.get(c.sourceId)!.text;
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
    }
  });

  test('every JSON claim slices the file on disk, front matter included', () => {
    const doc = JSON.parse(formatJson(result, { color: false })) as {
      sources: Array<{ id: string; path: string }>;
      groups: Array<{ claims: Array<{ source: string; text: string; start: number; end: number }> }>;
    };
    const files = new Map(doc.sources.map((x) => [x.id, readFileSync(x.path, 'utf8').replace(/^\uFEFF/, '')]));
    let n = 0;
    for (const g of doc.groups) {
      for (const c of g.claims) {
        expect(files.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
        n++;
      }
    }
    expect(n).toBeGreaterThan(40);
  });

  test('no claim comes from boilerplate or the repeated photo caption', () => {
    const turkiye = result.claims.filter((c) => c.sourceId === '001_715e942bf6295f6d');
    expect(turkiye.some((c) => /AFP Photo|Far L|2nd L/.test(c.sentence.text))).toBe(false);
    expect(result.claims.some((c) => /newsletter|Comments \(0\)/i.test(c.sentence.text))).toBe(false);
  });
});
