import { describe } from '@jest/globals';
import { ordinalExtractor } from '../../../src/kinds/ordinal/extract.js';
import { claim, runCases, runHostile, type Case, type Expected } from '../numeric/spec.js';

const O = (text: string, start: number, n: number, unit: string, extra: Partial<Expected> = {}): Expected =>
  claim('ordinal', text, start, 'exact', n, n, true, true, unit, extra);

const STORY: Case[] = [
  {
    sentence: 'The Kuala Lumpur discussions will mark the fifth round of in-person negotiations between the two sides.',
    expected: [O('fifth round', 43, 5, 'round', { reading: '5th round', subjectHint: 'round of in-person negotiations', stated: 5 })],
  },
  {
    sentence:
      'He said it would be "a shame to waste their first in-person meeting during President Trump’s second term trying to get past some problems."',
    expected: [
      O('first in-person meeting', 44, 1, 'meeting', { reading: '1st meeting', subjectHint: 'in-person meeting' }),
      O('second term', 93, 2, 'term', { reading: '2nd term' }),
    ],
  },
  {
    sentence: 'Fifth Round of Talks Opens in Kuala Lumpur',
    isTitle: true,
    expected: [O('Fifth Round', 0, 5, 'round')],
  },
];

const OTHER: Case[] = [
  {
    sentence: 'The 3rd round of voting begins today, and the assembly opens its 21st session next week.',
    expected: [O('3rd round', 4, 3, 'round', { subjectHint: 'round of voting' }), O('21st session', 65, 21, 'session', { reading: '21st session' })],
  },
  {
    sentence: 'Japan remains the world’s third-largest economy for a second straight year.',
    expected: [
      O('third-largest economy', 26, 3, 'economy', { reading: '3rd-largest economy', subjectHint: 'largest economy' }),
      O('second straight year', 54, 2, 'year'),
    ],
  },
  {
    // court
    sentence: 'The defendant faces a second trial after the first jury deadlocked.',
    expected: [O('second trial', 22, 2, 'trial'), O('first jury', 45, 1, 'jury')],
  },
  // An ordinal glued to a noun ranks that noun.
  {
    sentence: 'The second-term mayor was charged with third-degree assault.',
    expected: [
      O('second-term mayor', 4, 2, 'term', { reading: '2nd term', subjectHint: 'second-term mayor' }),
      O('third-degree assault', 39, 3, 'degree', { reading: '3rd degree', subjectHint: 'third-degree assault' }),
    ],
  },
];

const NEGATIVE: Case[] = [
  { sentence: 'The rules take effect on October 1st, and the vote is on the 5th of May.', expected: [] },
  { sentence: 'First, the talks must resume.', expected: [] },
  { sentence: 'At first, he refused to comment.', expected: [] },
  { sentence: 'Firstly, we need better data.', expected: [] },
  { sentence: 'Second, the deal is weak.', expected: [] },
  { sentence: 'A third of voters, one third of donors and two-thirds of members agreed.', expected: [] },
  { sentence: 'The visit by First Lady Melania Trump to Fifth Avenue drew crowds.', expected: [] },
  { sentence: 'US Trade Representative Jamieson Greer (2nd L) and Vice Minister Liao Min (3rd R) met in Geneva.', expected: [] },
  { sentence: 'He came second in the race and finished third overall.', expected: [] },
  { sentence: 'For the first time in the 21st century, the last round was cancelled.', expected: [] },
  { sentence: 'He first met the minister in Geneva.', expected: [] },
  { sentence: 'A first-hand account of a second-rate hotel by first-time visitors in first-class seats.', expected: [] },
];

describe('ordinal extractor: story shapes', () => runCases(ordinalExtractor, STORY));
describe('ordinal extractor: other domains', () => runCases(ordinalExtractor, OTHER));
describe('ordinal extractor: must not extract', () => runCases(ordinalExtractor, NEGATIVE));
describe('ordinal extractor: robustness', () => runHostile(ordinalExtractor));
