// The pairing pass: a statement of one outlet and a statement of another
// that are each other's best match join at a lower bar than joining
// outright; when their values then differ, the judge says they may be two
// facts (scope-differs) instead of raising a conflict.
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/pipeline/run.js';

const FERRY = '__tests__/fixtures/stories/ferry';

describe('pairing statements across sources', () => {
  test('one day told in other words by two outlets is one fact, marked as a weak match', async () => {
    const r = await run({ sourcesDir: FERRY, provenance: false });
    const day = r.groups.find((g) => g.kind === 'date');
    expect(day?.claims.map((c) => c.text)).toEqual(['on Thursday', 'on Thursday']);
    expect(day?.weakMatch).toHaveLength(1);
    expect(day?.verdict).toBe('compatible');
  });

  test('without the pairing pass the two statements stay apart', async () => {
    const r = await run({ sourcesDir: FERRY, provenance: false, align: { pairFactor: 1 } });
    expect(r.groups.filter((g) => g.kind === 'date')).toEqual([]);
  });

  test('a weak match with different days is an uncertain match, not a conflict', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ferry-'));
    cpSync(FERRY, dir, { recursive: true });
    const b = path.join(dir, 'b.md');
    writeFileSync(b, readFileSync(b, 'utf8').replace('on Thursday', 'on Friday'));
    const r = await run({ sourcesDir: dir, provenance: false });
    const day = r.groups.find((g) => g.kind === 'date');
    expect(day?.claims.map((c) => c.text).sort()).toEqual(['on Friday', 'on Thursday']);
    expect(day).toMatchObject({ verdict: 'scope-differs', ruleId: 'date/uncertain-match' });
    expect(day?.explanation).toMatch(/too few words/);
  });
});

describe('a weak join under the editor\'s catalogue', () => {
  test('an automatic group re-judged after the catalogue takes claims from it stays an uncertain match', async () => {
    const r = await run({ sourcesDir: 'sources', claimsDir: 'claims', provenance: false, today: '2025-11-01' });
    const weak = r.groups.filter((g) => g.weakMatch?.length);
    expect(weak.length).toBeGreaterThan(0);
    // No finding across a weak join is a conflict, whoever regrouped the claims.
    for (const g of weak) {
      const side = new Set(g.weakMatch);
      for (const p of g.pairs) if (side.has(p.a) !== side.has(p.b)) expect(p.verdict).not.toBe('conflict');
    }
    expect(r.groups.filter((g) => g.verdict === 'conflict')).toHaveLength(4);
  });
});
