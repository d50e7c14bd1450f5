import { describe } from '@jest/globals';
import { moneyExtractor } from '../../../src/kinds/money/extract.js';
import { claim, runCases, runHostile, type Case, type Expected } from '../numeric/spec.js';

const M = (
  text: string,
  start: number,
  qualifier: Expected['qualifier'],
  low: number | null,
  high: number | null,
  lowInclusive: boolean,
  highInclusive: boolean,
  unit: string,
  extra: Partial<Expected> = {},
): Expected => claim('money', text, start, qualifier, low, high, lowInclusive, highInclusive, unit, extra);

const CASES: Case[] = [
  {
    // court
    sentence: 'The jury awarded $5,687.75 in damages.',
    expected: [M('$5,687.75', 17, 'exact', 5687.75, 5687.75, true, true, 'USD', { subjectHint: 'damages', reading: '$5,687.75' })],
  },
  {
    // budget
    sentence: 'The state faces a $3.6 billion shortfall, nearly 12 percent of revenue.',
    expected: [M('$3.6 billion', 18, 'exact', 3.55e9, 3.65e9, true, false, 'USD', { subjectHint: 'shortfall', reading: '$3.6 billion ($3.55 billion–$3.65 billion as written)', stated: 3.6e9 })],
  },
  {
    sentence: 'The company raised US$2 million in new funding.',
    expected: [M('US$2 million', 19, 'exact', 1.5e6, 2.5e6, true, false, 'USD', { subjectHint: 'new funding' })],
  },
  {
    sentence: 'The club paid €40m for the striker.',
    expected: [M('€40m', 14, 'exact', 39.5e6, 40.5e6, true, false, 'EUR', { reading: '€40 million (€39.5 million–€40.5 million as written)' })],
  },
  {
    sentence: 'The council set aside £4 million for road repairs.',
    expected: [M('£4 million', 22, 'exact', 3.5e6, 4.5e6, true, false, 'GBP', { subjectHint: 'road repairs' })],
  },
  {
    sentence: 'The ministry budgeted ¥10 billion for the program.',
    expected: [M('¥10 billion', 22, 'exact', 9.5e9, 10.5e9, true, false, 'JPY')],
  },
  {
    sentence: 'The fund received 3.6 billion dollars from investors.',
    expected: [M('3.6 billion dollars', 18, 'exact', 3.55e9, 3.65e9, true, false, 'USD')],
  },
  {
    sentence: 'The first tranche of the loan was USD 5 million.',
    expected: [M('USD 5 million', 34, 'exact', 4.5e6, 5.5e6, true, false, 'USD', { subjectHint: 'loan' })],
  },
  {
    sentence: 'The firm was fined 5 million yuan by the regulator.',
    expected: [M('5 million yuan', 19, 'exact', 4.5e6, 5.5e6, true, false, 'CNY', { reading: 'CNY 5 million (CNY 4.5 million–CNY 5.5 million as written)' })],
  },
  {
    sentence: 'The state approved Rs 100 crore for flood relief.',
    expected: [M('Rs 100 crore', 19, 'exact', 0.995e9, 1.005e9, true, false, 'INR')],
  },
  {
    sentence: 'Damages could reach more than $1 billion in the class action.',
    expected: [M('more than $1 billion', 20, 'more-than', 1e9, null, false, false, 'USD', { reading: 'more than $1 billion' })],
  },
  {
    sentence: 'The settlement was capped at up to $250,000 per claimant.',
    expected: [M('up to $250,000', 29, 'up-to', 0, 250000, true, true, 'USD', { subjectHint: 'settlement' })],
  },
  {
    sentence: 'Repairs will cost between $10 million and $15 million.',
    expected: [M('between $10 million and $15 million', 18, 'range', 10e6, 15e6, true, true, 'USD', { stated: 10e6, statedHigh: 15e6 })],
  },
  {
    // the first end borrows the second's scale word
    sentence: 'Repairs will cost $10-20 million, officials said.',
    expected: [M('$10-20 million', 18, 'range', 10e6, 20e6, true, true, 'USD')],
  },
  {
    sentence: 'The government has spent billions of dollars on relief.',
    expected: [M('billions of dollars', 25, 'vague', 2e9, 999999999999, true, true, 'USD', { subjectHint: 'relief' })],
  },
  {
    // disaster
    sentence: 'The storm caused about $400 million in losses.',
    expected: [M('about $400 million', 17, 'approximately', 380e6, 420e6, true, true, 'USD', { subjectHint: 'losses', reading: 'about $400 million' })],
  },
  {
    sentence: 'The tycoon sold HK$5bn of shares.',
    expected: [M('HK$5bn', 16, 'exact', 4.5e9, 5.5e9, true, false, 'HKD')],
  },
  {
    // a change, not a range
    sentence: 'Budget cuts rose from $10 million to $20 million.',
    expected: [
      M('$10 million', 22, 'exact', 9.5e6, 10.5e6, true, false, 'USD', { subjectHint: 'Budget cuts' }),
      M('$20 million', 37, 'exact', 19.5e6, 20.5e6, true, false, 'USD', { subjectHint: 'Budget cuts' }),
    ],
  },
  {
    sentence: 'The authority fined the bank nearly €2.5 million.',
    expected: [M('nearly €2.5 million', 29, 'nearly', 2375000, 2.5e6, true, false, 'EUR')],
  },
];

const NEGATIVE: Case[] = [
  { sentence: 'The boat was 40m long and weighed 5 pounds.', expected: [] },
  { sentence: 'The team won 3 games in a row.', expected: [] },
  { sentence: 'At least 398 people were killed.', expected: [] },
  { sentence: 'China currently produces more than 90% of the global supply.', expected: [] },
  { sentence: 'Vice Premier He Lifeng will lead a delegation to Malaysia from October 24 to 27.', expected: [] },
  { sentence: 'Rand Paul said 5 senators agreed.', expected: [] },
];

describe('money extractor', () => runCases(moneyExtractor, CASES));
describe('money extractor: must not extract', () => runCases(moneyExtractor, NEGATIVE));
describe('money extractor: robustness', () => runHostile(moneyExtractor));
