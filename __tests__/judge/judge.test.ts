import { describe, expect, test } from '@jest/globals';
import { judgeGroup } from '../../src/judge/index.js';
import { explainGroup } from '../../src/present/explain.js';
import type { Claim } from '../../src/model/claim.js';
import type { ClaimGroup } from '../../src/model/judgement.js';
import { makeClaim, name, pct } from '../helpers/make-claim.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

function group(claims: Claim[]): ClaimGroup {
  return { id: 'g', subject: 's', kind: claims[0].kind, claims, sourceCount: new Set(claims.map((c) => c.sourceId)).size, origin: 'auto' };
}

describe('judging a group', () => {
  test('the worst pair decides, and the explanation counts the rest', () => {
    const g = group([
      makeClaim('a', 'percent', 'turnout was 62%', '62%', pct(62, 'exact')),
      makeClaim('b', 'percent', 'turnout was 62%', '62%', pct(62, 'exact')),
      makeClaim('c', 'percent', 'turnout was 71%', '71%', pct(71, 'exact')),
    ]);
    const j = explainGroup(judgeGroup(g), name);
    expect(j.verdict).toBe('conflict');
    expect(j.ruleId).toBe('percent/disjoint');
    expect(j.explanation).toMatch(/\(2 readings compared: 1 conflict, 1 agree\.\)$/);
  });

  test('claims of one source are never compared with each other', () => {
    const g = group([
      makeClaim('a', 'percent', 'from 62% to 71%', '62%', pct(62, 'exact')),
      makeClaim('a', 'percent', 'from 62% to 71%', '71%', pct(71, 'exact')),
      makeClaim('b', 'percent', 'rose to 71%', '71%', pct(71, 'exact')),
    ]);
    const j = explainGroup(judgeGroup(g), name);
    // 62% (a) vs 71% (b) is compared; 62% (a) vs 71% (a) is not.
    expect(j.pairs.map((p) => p.verdict).sort()).toEqual(['agree', 'conflict']);
  });

  test('a fact stated by 3,000 sources is compared reading against reading', async () => {
    const stated = (n: number) => {
      const claims: Claim[] = [];
      for (let i = 0; i < n; i++) {
        const v = i % 100 === 0 ? 71 : 62;
        claims.push(makeClaim(`s${i}`, 'percent', `turnout was ${v}%`, `${v}%`, pct(v, 'exact')));
      }
      return group(claims);
    };
    // Three comparisons whatever the number of sources, not one per pair (4.5 million at 3,000).
    const groups = new Map([188, 3008].map((n) => [n, stated(n)]));
    expect(await growthRatio((n) => judgeGroup(groups.get(n)!), 188)).toBeLessThan(linearBound());
    const j = explainGroup(judgeGroup(groups.get(3008)!), name);
    expect(j.verdict).toBe('conflict');
    expect(j.pairs).toHaveLength(3);
  });

  test('many distinct readings are each compared with the common ones, and at most 100 findings are kept', () => {
    const claims: Claim[] = [];
    for (let i = 0; i < 300; i++) claims.push(makeClaim(`s${i}`, 'percent', `a share of ${i}%`, `${i}%`, pct(i, 'exact')));
    const j = explainGroup(judgeGroup(group(claims)), name);
    expect(j.verdict).toBe('conflict');
    expect(j.pairs.length).toBe(100);
    // 300 readings, one source each: the 20 common ones against each other
    // (20 × 19 / 2 = 190; a one-source reading has no pair with itself),
    // plus each of the other 280 against those 20 (5,600).
    expect(j.explanation).toContain('(5790 readings compared');
  });
});
