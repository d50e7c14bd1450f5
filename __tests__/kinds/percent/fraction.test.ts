// Spec table for fractions read as shares ("two-thirds of" = 66.7 %), with
// the shapes that look like fractions and are not: ordinals, periods, dates.
import { describe, expect, test } from '@jest/globals';
import { percentExtractor } from '../../../src/kinds/percent/extract.js';
import { compareNumbers } from '../../../src/kinds/numeric/compare.js';
import type { NumberValue } from '../../../src/model/value.js';
import { claim, makeSentence, runCases, type Case, type Expected } from '../numeric/spec.js';
import { makeClaim } from '../../helpers/make-claim.js';

const F = (text: string, start: number, q: Expected['qualifier'], low: number | null, high: number | null, li: boolean, hi: boolean, extra: Partial<Expected> = {}) =>
  claim('percent', text, start, q, low, high, li, hi, 'percent', extra);

const THIRD = 100 / 3;

const POSITIVE: Case[] = [
  {
    sentence: 'Two-thirds of the council backed the levy.',
    expected: [F('Two-thirds', 0, 'exact', 2 * THIRD, 2 * THIRD, true, true, { reading: 'two-thirds (66.7 %)', subjectHint: 'council' })],
  },
  { sentence: 'The county spends half of the budget on roads.', expected: [F('half', 18, 'exact', 50, 50, true, true, { subjectHint: 'budget' })] },
  { sentence: 'Farmers lost half their herds in the drought.', expected: [F('half', 13, 'exact', 50, 50, true, true)] },
  {
    sentence: 'More than a third of the wetland could flood by 2050.',
    expected: [F('More than a third', 0, 'more-than', THIRD, null, false, false, { reading: 'more than a third (33.3 %)', subjectHint: 'wetland' })],
  },
  { sentence: 'Rebels hold the northern third of the province.', expected: [F('northern third', 16, 'exact', THIRD, THIRD, true, true)] },
  { sentence: 'About 3/4 of the voters turned out.', expected: [F('About 3/4', 0, 'approximately', 71.25, 78.75, true, true)] },
  { sentence: 'Three quarters of the pupils passed, and one fifth of them with honours.', expected: [F('Three quarters', 0, 'exact', 75, 75, true, true), F('one fifth', 41, 'exact', 20, 20, true, true)] },
];

const NEGATIVE: Case[] = [
  { sentence: 'The third round of talks opens today.', expected: [] },
  { sentence: 'She is the third of five children.', expected: [] },
  { sentence: 'He won a third term in office.', expected: [] },
  { sentence: 'The meeting ran for half an hour.', expected: [] },
  { sentence: 'The bridge stood for a quarter of a century.', expected: [] },
  { sentence: 'Sales rose in the first half of the year.', expected: [] },
  { sentence: 'The hearing moved to 3/4 at noon.', expected: [] },
  { sentence: 'The home side led 3/4 at the break.', expected: [] },
  { sentence: 'The fund raised half a million dollars.', expected: [] },
  { sentence: 'Three quarters passed before the rain.', expected: [] },
];

describe('fractions as shares', () => {
  describe('read', () => runCases(percentExtractor, POSITIVE));
  describe('not fractions', () => runCases(percentExtractor, NEGATIVE));
});

describe('fractions compared with percentages', () => {
  const read = (s: string): NumberValue => {
    const { sentence, ctx } = makeSentence(s);
    return percentExtractor.extract(sentence, ctx)[0].value as NumberValue;
  };
  const pair = (a: string, at: string, b: string, bt: string) => [
    makeClaim('a', 'percent', a, at, read(a)),
    makeClaim('b', 'percent', b, bt, read(b)),
  ] as const;

  test('two-thirds and 67 percent are one figure, rounded', () => {
    const [a, b] = pair('Two-thirds of the council backed it.', 'Two-thirds', 'Some 67 percent of the council backed it.', 'Some 67 percent');
    expect(compareNumbers(a, b).verdict).toBe('compatible');
    const [c, d] = pair('Two-thirds of the council backed it.', 'Two-thirds', '66.7% of the council backed it.', '66.7%');
    expect(compareNumbers(c, d)).toMatchObject({ verdict: 'compatible', ruleId: 'percent/rounding' });
  });

  test('half and 90 percent of one thing conflict; a third and more than a quarter do not', () => {
    const [a, b] = pair('Half of the clinics closed.', 'Half', '90 percent of the clinics closed.', '90 percent');
    expect(compareNumbers(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'percent/disjoint' });
    const [c, d] = pair('A third of the clinics closed.', 'A third', 'More than a quarter of the clinics closed.', 'More than a quarter');
    expect(compareNumbers(c, d).verdict).toBe('compatible');
  });
});
