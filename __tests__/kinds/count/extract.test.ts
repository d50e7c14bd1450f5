import { describe, expect, test } from '@jest/globals';
import { countExtractor } from '../../../src/kinds/count/extract.js';
import { claim, runCases, runHostile, type Case, type Expected } from '../numeric/spec.js';

const C = (
  text: string,
  start: number,
  qualifier: Expected['qualifier'],
  low: number | null,
  high: number | null,
  lowInclusive: boolean,
  highInclusive: boolean,
  unit: string,
  extra: Partial<Expected> = {},
): Expected => claim('count', text, start, qualifier, low, high, lowInclusive, highInclusive, unit, extra);

const STORY: Case[] = [
  {
    // "over" before a small spelled-out number is a preposition here
    sentence:
      '“These developments have disrupted a delicate trade truce crafted over four meetings since May by US Treasury Secretary Scott Bessent,” The Sun reported.',
    expected: [C('four meetings', 71, 'exact', 4, 4, true, true, 'meeting', { reading: '4 meetings' })],
  },
  {
    sentence: 'The US has also expanded its export blacklist, adding thousands of Chinese firms to restricted lists.',
    expected: [
      C('thousands of Chinese firms', 54, 'vague', 2000, 999999, true, true, 'firm', {
        subjectHint: 'Chinese firms',
        stated: 2000,
        statedHigh: 999999,
      }),
    ],
  },
  {
    sentence: 'Bessent said he will meet He Lifeng on Saturday and Sunday for two days of discussions.',
    expected: [C('two days', 63, 'exact', 2, 2, true, true, 'day')],
  },
  {
    sentence: 'The talks follow agreements reached during several phone calls between the two leaders this year.',
    expected: [C('several phone calls', 43, 'vague', 3, 9, true, true, 'call', { subjectHint: 'phone calls' }), C('two leaders', 75, 'exact', 2, 2, true, true, 'leader')],
  },
];

const OTHER: Case[] = [
  {
    // disaster
    sentence: 'At least 398 people were killed in the earthquake.',
    expected: [C('At least 398 people', 0, 'at-least', 398, null, true, false, 'people', { reading: 'at least 398 people' })],
  },
  {
    sentence: 'Nearly 400 people were evacuated and about 2,000 homes were damaged.',
    expected: [
      C('Nearly 400 people', 0, 'nearly', 380, 400, true, false, 'people'),
      C('about 2,000 homes', 37, 'approximately', 1900, 2100, true, true, 'home', { reading: 'about 2,000 homes' }),
    ],
  },
  {
    // court
    sentence: 'He served eight years in prison after the jury heard from 14 witnesses.',
    expected: [
      C('eight years', 10, 'exact', 8, 8, true, true, 'year'),
      C('14 witnesses', 58, 'exact', 14, 14, true, true, 'witness'),
    ],
  },
  {
    sentence: 'The Pentagon sent 12,000 troops to the border.',
    expected: [C('12,000 troops', 18, 'exact', 12000, 12000, true, true, 'troop')],
  },
  {
    sentence: 'Between 10 and 20 people were hurt; officials counted 10-20 injuries.',
    expected: [
      C('Between 10 and 20 people', 0, 'range', 10, 20, true, true, 'people', { stated: 10, statedHigh: 20 }),
      C('10-20 injuries', 54, 'range', 10, 20, true, true, 'injury'),
    ],
  },
  {
    sentence: 'The plant employs up to 300 workers.',
    expected: [C('up to 300 workers', 18, 'up-to', 0, 300, true, true, 'worker')],
  },
  {
    sentence: 'More than a dozen witnesses testified over three days.',
    expected: [
      C('More than a dozen witnesses', 0, 'more-than', 12, null, false, false, 'witness'),
      C('three days', 43, 'exact', 3, 3, true, true, 'day'),
    ],
  },
  {
    sentence: 'Over 400 people attended the hearing.',
    expected: [C('Over 400 people', 0, 'more-than', 400, null, false, false, 'people')],
  },
  {
    sentence: 'Dozens of villages and hundreds of homes were flooded.',
    expected: [
      C('Dozens of villages', 0, 'vague', 24, 99, true, true, 'village'),
      C('hundreds of homes', 23, 'vague', 200, 999, true, true, 'home'),
    ],
  },
  {
    sentence: 'Rescuers worked for a few days; one person is missing.',
    expected: [C('a few days', 20, 'vague', 2, 5, true, true, 'day'), C('one person', 32, 'exact', 1, 1, true, true, 'people')],
  },
  {
    sentence: 'Half a million people fled as tens of thousands of troops arrived.',
    expected: [
      C('Half a million people', 0, 'exact', 500000, 500000, true, true, 'people'),
      C('tens of thousands of troops', 30, 'vague', 20000, 99999, true, true, 'troop'),
    ],
  },
  {
    sentence: 'The leaders met at a two-day summit.',
    expected: [C('two-day', 21, 'exact', 2, 2, true, true, 'day', { subjectHint: 'summit' })],
  },
  {
    sentence: 'The storm killed 2000 people in 1998.',
    expected: [C('2000 people', 17, 'exact', 2000, 2000, true, true, 'people')],
  },
  {
    sentence: 'Several hundred protesters gathered outside the court.',
    expected: [C('Several hundred protesters', 0, 'vague', 300, 999, true, true, 'protester')],
  },
  {
    // "won" is a verb here, not the Korean currency
    sentence: 'The team won two games and lost one.',
    expected: [C('two games', 13, 'exact', 2, 2, true, true, 'game')],
  },
];


// Counts after a determiner: the sentence still states how many ("the three deputies").
const DETERMINED: Case[] = [
  { sentence: 'At least 30 other countries grant the same right.', expected: [C('At least 30 other countries', 0, 'at-least', 30, null, true, false, 'country')] },
  { sentence: 'The sheriff hired three more deputies and two additional clerks.', expected: [C('three more deputies', 18, 'exact', 3, 3, true, true, 'deputy'), C('two additional clerks', 42, 'exact', 2, 2, true, true, 'clerk')] },
  { sentence: 'The world’s two largest economies met as the two countries sought a deal.', expected: [C('two largest economies', 12, 'exact', 2, 2, true, true, 'economy'), C('two countries', 45, 'exact', 2, 2, true, true, 'country')] },
  { sentence: 'The sheriff suspended the three deputies on Friday.', expected: [C('three deputies', 26, 'exact', 3, 3, true, true, 'deputy')] },
  { sentence: 'All five members of the board resigned.', expected: [C('five members', 4, 'exact', 5, 5, true, true, 'member')] },
  { sentence: 'The city redrew its 12 districts after the census.', expected: [C('12 districts', 20, 'exact', 12, 12, true, true, 'district')] },
  { sentence: 'Their two young sons attended the hearing.', expected: [C('two young sons', 6, 'exact', 2, 2, true, true, 'son')] },
  // A noun left out because the clause just gave it.
  {
    sentence: 'The blast killed 14 workers inside the plant and three outside, officials said.',
    expected: [
      C('14 workers', 17, 'exact', 14, 14, true, true, 'worker'),
      C('three', 49, 'exact', 3, 3, true, true, 'worker', { reading: '3 workers (noun understood)', subjectHint: 'workers' }),
    ],
  },
  { sentence: 'The panel of 5 judges ruled and 2 of them dissented; she said 4, and he said 6.', expected: [C('5 judges', 13, 'exact', 5, 5, true, true, 'judge')] },
  // The counted noun after a run of names.
  { sentence: 'Staff at more than 4,300 Wal-Mart and Sam’s Club stores joined.', expected: [C('more than 4,300 Wal-Mart and Sam’s Club stores', 9, 'more-than', 4300, null, false, false, 'store', { reading: 'more than 4,300 stores', subjectHint: 'Wal-Mart and Sam’s Club stores' })] },
  // Multipliers, counted in times.
  { sentence: 'Species would have to migrate 10 times faster than before.', expected: [C('10 times faster', 30, 'exact', 10, 10, true, true, 'times', { reading: '10 times faster', subjectHint: 'faster' })] },
  { sentence: 'Smokers face four times as many strokes.', expected: [C('four times as many', 13, 'exact', 4, 4, true, true, 'times', { reading: '4 times as many', subjectHint: 'as many' })] },
  { sentence: 'Sales rose five times in a row.', expected: [] },
];

// Hyphenated counts: a number glued to a unit, used as an adjective before a noun.
const HYPHENATED: Case[] = [
  { sentence: 'Prosecutors filed the 30-page complaint on Monday.', expected: [C('30-page', 22, 'exact', 30, 30, true, true, 'page', { subjectHint: 'complaint', reading: '30 pages' })] },
  { sentence: 'A 12-member jury heard the case.', expected: [C('12-member', 2, 'exact', 12, 12, true, true, 'member', { subjectHint: 'jury' })] },
  { sentence: 'A three-judge panel ruled against the county.', expected: [C('three-judge', 2, 'exact', 3, 3, true, true, 'judge', { subjectHint: 'panel' })] },
  { sentence: 'Debris lay along the 4-mile route of the flight.', expected: [C('4-mile', 21, 'exact', 4, 4, true, true, 'mile', { subjectHint: 'route' })] },
];

const NOT_HYPHENATED: Case[] = [
  { sentence: 'It is a two-way street for both parties.', expected: [] },
  { sentence: 'The town has a one-stop shop for permits.', expected: [] },
  { sentence: 'Profits saw a four-fold rise.', expected: [] },
  { sentence: 'She hit a three-pointer at the buzzer.', expected: [] },
  { sentence: 'The 30-page was missing.', expected: [] },
  { sentence: 'The court handed down a one-sided ruling.', expected: [] },
];

const NEGATIVE: Case[] = [
  { sentence: 'She wants two more than he does.', expected: [] },
  { sentence: 'Vice Premier He Lifeng will lead a delegation to Malaysia from October 24 to 27.', expected: [] },
  { sentence: 'US-China trade talks to resume in Malaysia on Oct. 25-26', expected: [] },
  { sentence: 'The renewed dialogue follows a temporary truce which paused new tariffs until Nov. 10.', expected: [] },
  { sentence: 'October 23, 2025 02:17 PM GMT+03:00', expected: [] },
  { sentence: 'following a U.S. "Section 301" investigation that deemed the dominance unfair', expected: [] },
  { sentence: 'The G20 summit, COVID-19 vaccines and a Boeing 737 jet.', expected: [] },
  { sentence: 'most notably during earlier U.S.–China tensions in 2019.', expected: [] },
  { sentence: 'Trump threatened to impose 100 percent tariffs and 100% duties.', expected: [] },
  { sentence: 'The state faces a $3.6 billion shortfall.', expected: [] },
  { sentence: 'He is one of the leaders; no one came; they saw one another; the one he chose was gone.', expected: [] },
  { sentence: 'The talks come as both sides seek a deal.', expected: [] },
  { sentence: 'This meeting marks the fifth round of talks.', expected: [] },
  { sentence: 'Comments (0)', expected: [] },
  { sentence: 'In the 2019 elections, half the members voted.', expected: [] },
  { sentence: 'The next few days in Kuala Lumpur will be decisive.', expected: [] },
  { sentence: 'Prices rose three times and a 45-year-old man was arrested at 2 pm.', expected: [] },
  { sentence: 'Chapter 11 filings rose under Article 5 of the law.', expected: [] },
];

describe('count extractor: story shapes', () => runCases(countExtractor, STORY));
describe('count extractor: other domains', () => runCases(countExtractor, OTHER));
describe('count extractor: after a determiner', () => runCases(countExtractor, DETERMINED));
describe('count extractor: hyphenated counts', () => runCases(countExtractor, HYPHENATED));
describe('count extractor: hyphenated words that count nothing', () => runCases(countExtractor, NOT_HYPHENATED));
describe('count extractor: must not extract', () => runCases(countExtractor, NEGATIVE));
describe('count extractor: robustness', () => runHostile(countExtractor));

describe('invisible characters inside a number', () => {
  test('"3\u200b00 residents" is 300 residents, and the claim keeps the exact text', () => {
    const text = 'About 3\u200b00 residents were evacuated.';
    const source = { id: 's', path: 's.md', text, bodyStart: 0, excluded: [] };
    const sentence = { sourceId: 's', index: 0, paragraph: 0, start: 0, end: text.length, text };
    const claims = countExtractor.extract(sentence, { source, reference: '2024-01-01', referenceInferred: false });
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('About 3\u200b00 residents');
    expect(claims[0].value).toMatchObject({ stated: 300, unit: 'resident' });
  });
});
