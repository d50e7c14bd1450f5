import { describe, expect, test } from '@jest/globals';
import { explainFinding } from '../../../src/present/explain.js';
import { compareNumbers } from '../../../src/kinds/numeric/compare.js';
import { makeClaim, name, pct } from '../../helpers/make-claim.js';

describe('percent rules', () => {
  test('two far-apart lower bounds are a conflict an editor must resolve', () => {
    const a = makeClaim('a', 'percent', 'China produces more than 90% of the global supply.', 'more than 90%', pct(90, 'more-than'), { actor: 'China' });
    const b = makeClaim('b', 'percent', 'China controls more than 60 percent of global production.', 'more than 60 percent', pct(60, 'more-than'), { actor: 'China' });
    const f = compareNumbers(a, b);
    expect(f.verdict).toBe('conflict');
    expect(f.ruleId).toBe('percent/lower-bound-differs');
    expect(explainFinding(a, b, f, name)).toContain('A says “more than 90%”');
    expect(explainFinding(a, b, f, name)).toContain('90 vs 60');
  });

  test('close lower bounds are compatible', () => {
    const a = makeClaim('a', 'percent', 'more than 90% of it', 'more than 90%', pct(90, 'more-than'));
    const b = makeClaim('b', 'percent', 'more than 85% of it', 'more than 85%', pct(85, 'more-than'));
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'percent/bounds-close' });
  });

  test('"up to 100%" and "100 percent" are the same figure, qualified', () => {
    const a = makeClaim('a', 'percent', 'tariffs of up to 100% on imports', 'up to 100%', pct(100, 'up-to'), { modality: 'threat' });
    const b = makeClaim('b', 'percent', 'impose 100 percent tariffs', '100 percent', pct(100, 'exact'), { modality: 'threat' });
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'percent/same-figure-qualified' });
  });

  test('a peak in April and a truce level in May differ in time, not in fact', () => {
    const a = makeClaim('a', 'percent', 'raised duties to 145% in April', '145%', pct(145, 'exact'), {
      times: [{ text: 'in April', first: '2025-04-01', last: '2025-04-30' }],
    });
    const b = makeClaim('b', 'percent', 'a truce in May reduced tariffs to 55%', '55%', pct(55, 'exact'), {
      times: [{ text: 'in May', first: '2025-05-01', last: '2025-05-31' }],
    });
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'percent/different-time' });
  });

  test('a threatened figure against one in force is a difference of scope', () => {
    const a = makeClaim('a', 'percent', 'threatened 100% tariffs', '100%', pct(100, 'exact'), { modality: 'threat' });
    const b = makeClaim('b', 'percent', 'tariffs were cut to 55%', '55%', pct(55, 'exact'));
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'percent/different-modality' });
  });

  test('different parties are a difference of scope', () => {
    const a = makeClaim('a', 'percent', 'US tariffs of 55%', '55%', pct(55, 'exact'), { actor: 'United States' });
    const b = makeClaim('b', 'percent', 'Chinese tariffs of 30%', '30%', pct(30, 'exact'), { actor: 'China' });
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'percent/different-actor' });
  });

  test('disjoint exact figures with nothing to tell them apart conflict', () => {
    const a = makeClaim('a', 'percent', 'unemployment reached 7.2%', '7.2%', pct(7.2, 'exact'));
    const b = makeClaim('b', 'percent', 'unemployment reached 9.1%', '9.1%', pct(9.1, 'exact'));
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'percent/disjoint' });
  });

  test('a rounded figure is compatible with the precise one', () => {
    const a = makeClaim('a', 'percent', 'turnout was 61.7%', '61.7%', pct(61.7, 'exact'));
    const b = makeClaim('b', 'percent', 'turnout was 62%', '62%', pct(62, 'exact'));
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'percent/rounding' });
  });

  test('a figure inside a vague band ("triple-digit") is compatible', () => {
    const a = makeClaim('a', 'percent', 'triple-digit tariffs', 'triple-digit', pct(100, 'vague', [100, 999.999]));
    const b = makeClaim('b', 'percent', 'duties as high as 145%', '145%', pct(145, 'exact'));
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'percent/ranges-overlap' });
  });

  test('identical figures agree', () => {
    const a = makeClaim('a', 'percent', '100% tariffs', '100%', pct(100, 'exact'));
    const b = makeClaim('b', 'percent', '100% tariff hikes', '100%', pct(100, 'exact'));
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'agree', ruleId: 'percent/same-value' });
  });
});

describe('count units', () => {
  const count = (n: number, unit: string) => ({
    type: 'number', qualifier: 'exact', stated: n, low: n, high: n, lowInclusive: true, highInclusive: true, unit, reading: `${n} ${unit}`,
  }) as import('../../../src/model/value.js').Value;

  test('counted nouns WordNet calls the same thing are one measure; a kind of the other is not', () => {
    const a = makeClaim('a', 'count', 'talks between the two countries', 'two countries', count(2, 'country'));
    const b = makeClaim('b', 'count', 'talks between the two nations', 'two nations', count(2, 'nation'));
    expect(compareNumbers(a, b).verdict).not.toBe('scope-differs');
    const c = makeClaim('c', 'count', '109 people died', '109 people', count(109, 'people'));
    const d = makeClaim('d', 'count', '100 passengers died', '100 passengers', count(100, 'passenger'));
    expect(compareNumbers(c, d)).toMatchObject({ verdict: 'scope-differs', ruleId: 'count/different-measure' });
  });
});
