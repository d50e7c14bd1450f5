import { describe } from '@jest/globals';
import { percentExtractor } from '../../../src/kinds/percent/extract.js';
import { claim, runCases, runHostile, type Case, type Expected } from '../numeric/spec.js';

const P = (
  text: string,
  start: number,
  qualifier: Expected['qualifier'],
  low: number | null,
  high: number | null,
  lowInclusive: boolean,
  highInclusive: boolean,
  extra: Partial<Expected> = {},
  unit = 'percent',
): Expected => claim('percent', text, start, qualifier, low, high, lowInclusive, highInclusive, unit, extra);

// Shapes taken from the bundled story (rare earths, tariffs).
const STORY: Case[] = [
  {
    sentence: 'China currently produces more than 90% of the global supply.',
    expected: [P('more than 90%', 25, 'more-than', 90, null, false, false, { subjectHint: 'global supply', reading: 'more than 90 %', stated: 90 })],
  },
  {
    sentence:
      'For Beijing, the rare earth sector remains a powerful bargaining chip. China controls more than 60 percent of global rare earth production and holds some of the world’s largest reserves.',
    expected: [P('more than 60 percent', 86, 'more-than', 60, null, false, false, { subjectHint: 'global rare earth production' })],
  },
  {
    sentence: 'Beijing retaliated with tariffs of up to 125% following a tit-for-tat escalation in April.',
    expected: [P('up to 125%', 35, 'up-to', 0, 125, true, true, { subjectHint: 'tariffs', reading: 'up to 125 %' })],
  },
  {
    sentence: 'The agreement came after the U.S. raised duties on Chinese goods to as high as 145%, while Beijing retaliated.',
    expected: [P('as high as 145%', 68, 'up-to', 0, 145, true, true, { subjectHint: 'duties on Chinese goods' })],
  },
  {
    sentence: 'The ongoing negotiations seek to avoid a return to triple-digit tariffs seen earlier in the year.',
    expected: [
      P('triple-digit tariffs', 51, 'vague', 100, 999.999, true, true, {
        subjectHint: 'tariffs',
        reading: 'triple-digit (100–999 %)',
        stated: 100,
        statedHigh: 999.999,
      }),
    ],
  },
  {
    sentence: 'A truce negotiated in May had initially reduced US tariffs to 55% and Chinese tariffs to 30%, while restoring limited exports.',
    expected: [
      P('55%', 62, 'exact', 55, 55, true, true, { subjectHint: 'US tariffs', reading: 'exactly 55 %' }),
      P('30%', 89, 'exact', 30, 30, true, true, { subjectHint: 'Chinese tariffs' }),
    ],
  },
  {
    sentence: 'In retaliation, US President Donald Trump threatened to impose 100 percent tariffs on Chinese imports.',
    expected: [P('100 percent', 63, 'exact', 100, 100, true, true, { subjectHint: 'tariffs', reading: 'exactly 100 %' })],
  },
  {
    sentence: 'Tensions escalated due to a threat of 100% tariff hikes from the US.',
    expected: [P('100%', 38, 'exact', 100, 100, true, true, { subjectHint: 'tariff hikes' })],
  },
];

// Invented cases from other domains: budgets, courts, elections, economics.
const OTHER: Case[] = [
  {
    sentence: 'The state faces a $3.6 billion shortfall, nearly 12 percent of revenue.',
    expected: [P('nearly 12 percent', 42, 'nearly', 11.4, 12, true, false, { subjectHint: 'revenue', reading: 'nearly 12 %' })],
  },
  {
    sentence: 'Officials expect wage growth between 10% and 15% next year.',
    expected: [P('between 10% and 15%', 29, 'range', 10, 15, true, true, { stated: 10, statedHigh: 15, reading: '10–15 %' })],
  },
  {
    sentence: 'Analysts see a 10-20% decline in shipments.',
    expected: [P('10-20%', 15, 'range', 10, 20, true, true, { subjectHint: 'decline' })],
  },
  {
    sentence: 'Turnout was 10 to 20 percent lower than in the last election.',
    expected: [P('10 to 20 percent', 12, 'range', 10, 20, true, true)],
  },
  {
    sentence: 'Support ranged from 10% to 20% across the districts.',
    expected: [P('from 10% to 20%', 15, 'range', 10, 20, true, true)],
  },
  {
    // a change, not a range: two values, both about unemployment
    sentence: 'Unemployment rose from 5% to 7.5% last year.',
    expected: [
      P('5%', 23, 'exact', 5, 5, true, true, { subjectHint: 'Unemployment' }),
      P('7.5%', 29, 'exact', 7.5, 7.5, true, true, { subjectHint: 'Unemployment' }),
    ],
  },
  {
    sentence: 'Ninety percent of voters backed the measure.',
    expected: [P('Ninety percent', 0, 'exact', 90, 90, true, true, { subjectHint: 'voters' })],
  },
  {
    sentence: 'The central bank cut rates by 25 basis points, and inflation rose 0.4 percentage points.',
    expected: [
      P('25 basis points', 30, 'exact', 0.25, 0.25, true, true, { subjectHint: 'rates' }, 'percentage points'),
      P('0.4 percentage points', 66, 'exact', 0.4, 0.4, true, true, { subjectHint: 'inflation' }, 'percentage points'),
    ],
  },
  {
    sentence: 'Unemployment is expected to reach about 5 per cent by December.',
    expected: [P('about 5 per cent', 34, 'approximately', 4.75, 5.25, true, true, { subjectHint: 'Unemployment', reading: 'about 5 %' })],
  },
  {
    sentence: 'At least 40% of homes lost power, less than 5% had generators and at most 10% were insured.',
    expected: [
      P('At least 40%', 0, 'at-least', 40, null, true, false, { subjectHint: 'homes' }),
      P('less than 5%', 34, 'less-than', 0, 5, true, false),
      P('at most 10%', 66, 'at-most', 0, 10, true, true),
    ],
  },
  {
    sentence: 'The economy shrank -0.5% in the third quarter.',
    expected: [P('-0.5%', 19, 'exact', -0.5, -0.5, true, true)],
  },
  {
    sentence: 'Approval stood at 60% or more in every poll.',
    expected: [P('60% or more', 18, 'at-least', 60, null, true, false, { subjectHint: 'Approval' })],
  },
  {
    sentence: 'The appeals court said the firm owed roughly 30% of the award.',
    expected: [P('roughly 30%', 37, 'approximately', 28.5, 31.5, true, true, { subjectHint: 'award' })],
  },
  {
    sentence: 'Inflation hit double-digit rates in the spring.',
    expected: [P('double-digit rates', 14, 'vague', 10, 99.999, true, true, { reading: 'double-digit (10–99 %)' })],
  },
  {
    sentence: 'Almost 80 % of the ballots were counted.',
    expected: [P('Almost 80 %', 0, 'nearly', 76, 80, true, false, { subjectHint: 'ballots' })],
  },
];

const NEGATIVE: Case[] = [
  { sentence: 'The G20 met in 2019 while COVID-19 cases fell.', expected: [] },
  { sentence: 'He scored 90 points in the final game.', expected: [] },
  { sentence: 'The team finished in double digits again.', expected: [] },
  { sentence: 'following a U.S. "Section 301" investigation', expected: [] },
  { sentence: 'The 100 people were evacuated on October 24.', expected: [] },
  { sentence: 'The jury awarded $5,687.75 in damages.', expected: [] },
  { sentence: 'a triple-digit score in the match', expected: [] },
];

describe('percent extractor: story shapes', () => runCases(percentExtractor, STORY));
describe('percent extractor: other domains', () => runCases(percentExtractor, OTHER));
describe('percent extractor: must not extract', () => runCases(percentExtractor, NEGATIVE));
describe('percent extractor: robustness', () => runHostile(percentExtractor));
