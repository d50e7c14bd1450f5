// Written precision: a figure written with a scale word is read to its last
// written digit ("$4.2 million" is 4.15–4.25 million); qualifiers widen or
// bound it; plain digits stay exact. Comparison works on these intervals.
import { describe, expect, test } from '@jest/globals';
import { moneyExtractor } from '../../../src/kinds/money/extract.js';
import { countExtractor } from '../../../src/kinds/count/extract.js';
import { compareNumbers } from '../../../src/kinds/numeric/compare.js';
import { writtenPrecision } from '../../../src/kinds/numeric/interval.js';
import type { Extractor } from '../../../src/model/extraction.js';
import type { NumberValue } from '../../../src/model/value.js';
import { claim, makeSentence, runCases, type Case } from './spec.js';
import { makeClaim } from '../../helpers/make-claim.js';

const MONEY: Case[] = [
  { sentence: 'The repairs cost $4.2 million.', expected: [claim('money', '$4.2 million', 17, 'exact', 4.15e6, 4.25e6, true, false, 'USD', { stated: 4.2e6, reading: '$4.2 million ($4.15 million–$4.25 million as written)' })] },
  { sentence: 'The repairs cost about $4.2 million.', expected: [claim('money', 'about $4.2 million', 17, 'approximately', 3.99e6, 4.41e6, true, true, 'USD')] },
  { sentence: 'The repairs cost more than $4.2 million.', expected: [claim('money', 'more than $4.2 million', 17, 'more-than', 4.2e6, null, false, false, 'USD')] },
  { sentence: 'The repairs cost up to $4.2 million.', expected: [claim('money', 'up to $4.2 million', 17, 'up-to', 0, 4.2e6, true, true, 'USD')] },
  { sentence: 'The repairs cost nearly $4.2 million.', expected: [claim('money', 'nearly $4.2 million', 17, 'nearly', 3.99e6, 4.2e6, true, false, 'USD')] },
  { sentence: 'The repairs cost at least $4.25 million.', expected: [claim('money', 'at least $4.25 million', 17, 'at-least', 4.25e6, null, true, false, 'USD')] },
  // plain digits are exact: nothing says they were rounded
  { sentence: 'The repairs cost $4,213,000.', expected: [claim('money', '$4,213,000', 17, 'exact', 4213000, 4213000, true, true, 'USD')] },
  { sentence: 'The fine was $84,000.', expected: [claim('money', '$84,000', 13, 'exact', 84000, 84000, true, true, 'USD')] },
];

const COUNTS: Case[] = [
  { sentence: 'The suit covers 1.5 million workers.', expected: [claim('count', '1.5 million workers', 16, 'exact', 1.45e6, 1.55e6, true, false, 'worker')] },
  { sentence: 'The suit covers fewer than 1.5 million workers.', expected: [claim('count', 'fewer than 1.5 million workers', 16, 'less-than', 0, 1.5e6, true, false, 'worker')] },
  { sentence: 'The storm forced 398 people from their homes.', expected: [claim('count', '398 people', 17, 'exact', 398, 398, true, true, 'people')] },
];

describe('written precision', () => {
  describe('money', () => runCases(moneyExtractor, MONEY));
  describe('counts', () => runCases(countExtractor, COUNTS));
  test('half a unit of the last written digit, for scaled figures only', () => {
    expect(writtenPrecision('4.2', 1e6)).toBe(50_000);
    expect(writtenPrecision('700', 1e9)).toBe(0.5e9);
    expect(writtenPrecision('4.25', 1e6)).toBe(5_000);
    expect(writtenPrecision('4,213,000', 1)).toBeUndefined();
  });
});

describe('comparison on written intervals', () => {
  const read = (ex: Extractor, s: string) => {
    const { sentence, ctx } = makeSentence(s);
    const c = ex.extract(sentence, ctx)[0];
    return { text: c.text, value: c.value as NumberValue };
  };
  const money = (src: string, s: string) => {
    const r = read(moneyExtractor, s);
    return makeClaim(src, 'money', s, r.text, r.value);
  };

  test('"$4.2 million" and "$4,213,000" are one sum, rounded', () => {
    expect(compareNumbers(money('a', 'The repairs cost $4.2 million.'), money('b', 'The repairs cost $4,213,000.'))).toMatchObject({ verdict: 'compatible', ruleId: 'money/rounding' });
  });
  test('"$4.2 million" and "$4.5 million" conflict', () => {
    expect(compareNumbers(money('a', 'The repairs cost $4.2 million.'), money('b', 'The repairs cost $4.5 million.'))).toMatchObject({ verdict: 'conflict', ruleId: 'money/disjoint' });
  });
  test('"$4.2 million" and "$4,300,000" conflict: outside the rounding', () => {
    expect(compareNumbers(money('a', 'The repairs cost $4.2 million.'), money('b', 'The repairs cost $4,300,000.'))).toMatchObject({ verdict: 'conflict', ruleId: 'money/disjoint' });
  });
  test('neighbouring written figures never meet: "$4.1 billion" and "$4.2 billion" conflict', () => {
    expect(compareNumbers(money('a', 'The budget is $4.1 billion.'), money('b', 'The budget is $4.2 billion.'))).toMatchObject({ verdict: 'conflict', ruleId: 'money/disjoint' });
  });
  test('the same written figure agrees', () => {
    expect(compareNumbers(money('a', 'The repairs cost $4.2 million.'), money('b', 'Repairs cost $4.2 million.'))).toMatchObject({ verdict: 'agree' });
  });
});
