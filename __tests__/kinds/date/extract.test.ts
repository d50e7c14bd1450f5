import { describe, expect, test } from '@jest/globals';
import { OPEN_FIRST, OPEN_LAST, dateExtractor, describeDate } from '../../../src/kinds/date/extract.js';
import type { ExtractContext, RawClaim } from '../../../src/model/extraction.js';
import type { Sentence, Source } from '../../../src/model/source.js';
import type { DateValue } from '../../../src/model/value.js';
import { growthRatio, linearBound } from '../../helpers/growth.js';

interface Expected {
  text: string;
  /** Offset within the sentence. */
  start: number;
  first: string;
  last: string;
  granularity: DateValue['granularity'];
  relation: DateValue['relation'];
  stated: string[];
  inferred: string[];
  vague: boolean;
  reading?: string;
}

interface Case {
  name: string;
  sentence: string;
  reference: string;
  tz?: number;
  expected: Expected[];
}

/** Put the sentence after a header so file offsets differ from sentence offsets. */
const HEADER = 'Title line of the article\n\n';

function run(sentence: string, reference: string, tz?: number, referenceInferred = false): { claims: RawClaim[]; source: Source; s: Sentence } {
  const text = HEADER + sentence + '\n';
  const source: Source = { id: 'src', path: 'src.txt', text, bodyStart: 0, excluded: [] };
  const s: Sentence = { sourceId: 'src', index: 0, paragraph: 0, start: HEADER.length, end: HEADER.length + sentence.length, text: sentence };
  const ctx: ExtractContext = { source, reference, referenceInferred, tzOffsetMinutes: tz };
  return { claims: dateExtractor.extract(s, ctx), source, s };
}

function actual(sentence: string, reference: string, tz?: number): Expected[] {
  const { claims, source, s } = run(sentence, reference, tz);
  return claims.map((c) => {
    expect(c.kind).toBe('date');
    expect(source.text.slice(c.start, c.end)).toBe(c.text);
    const v = c.value as DateValue;
    expect(v.type).toBe('date');
    expect(v.reference).toBe(reference);
    return {
      text: c.text,
      start: c.start - s.start,
      first: v.first,
      last: v.last,
      granularity: v.granularity,
      relation: v.relation,
      stated: v.stated,
      inferred: v.inferred,
      vague: v.vague,
      reading: v.reading,
    };
  });
}

function check(c: Case): void {
  const got = actual(c.sentence, c.reference, c.tz);
  const want = c.expected.map((e) => ({ ...e, start: e.start }));
  // `reading` is asserted only where a case states it.
  const trimmed = got.map((g, i) => (want[i] && want[i].reading === undefined ? { ...g, reading: undefined } : g));
  expect(trimmed).toEqual(want.map((w) => ({ ...w, reading: w.reading })));
}

const WEEKDAY = { granularity: 'day' as const, stated: ['weekday'], inferred: ['year', 'month', 'day'], vague: false };
const MD = { granularity: 'day' as const, stated: ['month', 'day'], inferred: ['year'], vague: false };
const MONTH = { granularity: 'month' as const, stated: ['month'], inferred: ['year'], vague: false };

// ---------------------------------------------------------------------------
// The seed story's shapes (US–China talks, October 2025).

const SEED_CASES: Case[] = [
  {
    name: 'explicit range with from',
    sentence: 'Vice Premier He Lifeng will lead a delegation to Malaysia from October 24 to 27 to hold economic and trade discussions with the United States.',
    reference: '2025-10-23',
    expected: [
      { text: 'from October 24 to 27', start: 58, first: '2025-10-24', last: '2025-10-27', relation: 'on', ...MD, reading: 'Fri 24 – Mon 27 Oct 2025' },
    ],
  },
  {
    name: 'abbreviated month range',
    sentence: 'According to China’s Commerce Ministry, Vice Premier He Lifeng will lead a delegation to Kuala Lumpur from Oct. 24 to 27 to hold talks.',
    reference: '2025-10-23',
    tz: 180,
    expected: [{ text: 'from Oct. 24 to 27', start: 102, first: '2025-10-24', last: '2025-10-27', relation: 'on', ...MD }],
  },
  {
    name: 'weekday range in a future clause, and "on Thursday" after a comma',
    sentence: 'China’s Vice-Premier He Lifeng is scheduled to meet with US officials for trade discussions in Malaysia from Friday through Monday, according to Beijing’s Ministry of Commerce on Thursday.',
    reference: '2025-10-23',
    expected: [
      { text: 'from Friday through Monday', start: 104, first: '2025-10-24', last: '2025-10-27', relation: 'on', ...WEEKDAY, reading: 'Fri 24 – Mon 27 Oct 2025' },
      { text: 'on Thursday', start: 176, first: '2025-10-23', last: '2025-10-23', relation: 'on', ...WEEKDAY, reading: 'Thu 23 Oct 2025' },
    ],
  },
  {
    name: 'past weekday equal to the reference weekday is the reference day',
    sentence: 'Senior economic officials from the United States and China met on Saturday in Kuala Lumpur to prevent a further escalation of the ongoing trade war.',
    reference: '2025-10-25',
    expected: [{ text: 'on Saturday', start: 63, first: '2025-10-25', last: '2025-10-25', relation: 'on', ...WEEKDAY }],
  },
  {
    name: '"Saturday and Sunday" is one claim',
    sentence: 'U.S. Treasury Secretary Scott Bessent said he will meet with Chinese Vice Premier He Lifeng on Saturday and Sunday for two days of discussions.',
    reference: '2025-10-23',
    expected: [{ text: 'on Saturday and Sunday', start: 92, first: '2025-10-25', last: '2025-10-26', relation: 'on', ...WEEKDAY, reading: 'Sat 25 – Sun 26 Oct 2025' }],
  },
  {
    name: 'weekday range "from Sunday to Tuesday"',
    sentence: 'The talks coincide with the Association of Southeast Asian Nations (ASEAN) summit, which Malaysia will host from Sunday to Tuesday.',
    reference: '2025-10-23',
    expected: [{ text: 'from Sunday to Tuesday', start: 108, first: '2025-10-26', last: '2025-10-28', relation: 'on', ...WEEKDAY }],
  },
  {
    name: 'headline range "on Oct. 25-26"',
    sentence: 'US-China trade talks to resume in Malaysia on Oct. 25-26',
    reference: '2025-10-23',
    expected: [{ text: 'on Oct. 25-26', start: 43, first: '2025-10-25', last: '2025-10-26', relation: 'on', ...MD }],
  },
  {
    name: 'bare month and "until" a day',
    sentence: 'The renewed dialogue also follows a temporary truce agreed in May, which paused new tariffs until Nov. 10.',
    reference: '2025-10-23',
    expected: [
      { text: 'in May', start: 59, first: '2025-05-01', last: '2025-05-31', relation: 'on', ...MONTH, reading: 'May 2025' },
      { text: 'until Nov. 10', start: 92, first: '2025-11-10', last: '2025-11-10', relation: 'until', ...MD, reading: 'until Mon 10 Nov 2025' },
    ],
  },
  {
    name: 'a hedge between the cue and the date ("until at least")',
    sentence: 'The warehouse will be shut until at least Nov. 10, he said.',
    reference: '2025-10-23',
    expected: [
      { text: 'until at least Nov. 10', start: 27, first: '2025-11-10', last: '2025-11-10', relation: 'until', ...MD, reading: 'until Mon 10 Nov 2025' },
    ],
  },
  {
    name: '"after April’s peak": this April, not next (chrono says next)',
    sentence: 'Earlier this month, tensions escalated, risking extensions of the temporary truce reached after April’s peak conflict.',
    reference: '2025-10-23',
    expected: [
      { text: 'Earlier this month', start: 0, first: '2025-10-01', last: '2025-10-22', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true, reading: 'Oct 2025 (1–22), earlier this month' },
      { text: 'after April', start: 90, first: '2025-05-01', last: '2025-10-23', relation: 'after', ...MONTH, reading: 'after Apr 2025' },
    ],
  },
  {
    name: 'announced on Thursday (past) and later this month',
    sentence: 'China announced on Thursday that it will hold a new round of trade negotiations with the United States in Malaysia later this month.',
    reference: '2025-10-23',
    expected: [
      { text: 'on Thursday', start: 16, first: '2025-10-23', last: '2025-10-23', relation: 'on', ...WEEKDAY },
      { text: 'later this month', start: 115, first: '2025-10-23', last: '2025-10-31', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true, reading: 'Oct 2025 (23–31), later this month' },
    ],
  },
  {
    name: 'starting Oct. 31 is a start',
    sentence: 'President Trump confirmed plans for a "pull-aside" meeting with Xi during the APEC event starting Oct. 31.',
    reference: '2025-10-23',
    expected: [{ text: 'starting Oct. 31', start: 89, first: '2025-10-31', last: '2025-10-31', relation: 'start', ...MD, reading: 'from Fri 31 Oct 2025' }],
  },
  {
    name: 'beginning October 31 and recently',
    sentence: 'Adding to the tensions, Trump recently suggested he might cancel his planned meeting with Chinese President Xi Jinping, which was expected to take place on the sidelines of the APEC summit in South Korea beginning October 31.',
    reference: '2025-10-23',
    expected: [
      { text: 'recently', start: 30, first: '2025-09-23', last: '2025-10-23', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true },
      { text: 'beginning October 31', start: 204, first: '2025-10-31', last: '2025-10-31', relation: 'start', ...MD },
    ],
  },
  {
    name: 'next week (ISO week after the reference week)',
    sentence: 'The discussions are intended to pave the way for a meeting next week between US President Donald Trump and Chinese President Xi Jinping.',
    reference: '2025-10-25',
    expected: [{ text: 'next week', start: 59, first: '2025-10-27', last: '2025-11-02', relation: 'on', granularity: 'week', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true, reading: 'Mon 27 Oct – Sun 2 Nov 2025, next week' }],
  },
  {
    name: 'starting November 1',
    sentence: 'The talks come amid threats from the US to impose 100% tariffs on Chinese goods starting November 1, in response to China’s expanded export controls.',
    reference: '2025-10-25',
    expected: [{ text: 'starting November 1', start: 80, first: '2025-11-01', last: '2025-11-01', relation: 'start', ...MD }],
  },
  {
    name: 'since May',
    sentence: 'These developments have disrupted a delicate trade truce crafted over four meetings since May by US Treasury Secretary Scott Bessent.',
    reference: '2025-10-25',
    expected: [{ text: 'since May', start: 84, first: '2025-05-01', last: '2025-10-25', relation: 'since', ...MONTH, reading: 'since May 2025' }],
  },
  {
    name: 'earlier in the year',
    sentence: 'The ongoing negotiations seek to avoid a return to triple-digit tariffs seen earlier in the year.',
    reference: '2025-10-25',
    expected: [{ text: 'earlier in the year', start: 77, first: '2025-01-01', last: '2025-10-25', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true }],
  },
  {
    name: 'on October 10',
    sentence: 'However, the agreement frayed after the US Commerce Department expanded its export blacklist and China implemented new export controls on October 10.',
    reference: '2025-10-25',
    expected: [{ text: 'on October 10', start: 135, first: '2025-10-10', last: '2025-10-10', relation: 'on', ...MD }],
  },
  {
    name: 'later this year',
    sentence: 'It is expected to pave the way for a potential meeting between Presidents Xi Jinping and Donald Trump in South Korea later this year.',
    reference: '2025-10-23',
    expected: [{ text: 'later this year', start: 117, first: '2025-10-23', last: '2025-12-31', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true }],
  },
  {
    name: 'weekday inside commas reads the main verb (past)',
    sentence: 'Trump, speaking to the media on Wednesday, expressed confidence that an agreement would be reached with Xi.',
    reference: '2025-10-23',
    expected: [{ text: 'on Wednesday', start: 29, first: '2025-10-22', last: '2025-10-22', relation: 'on', ...WEEKDAY }],
  },
  {
    name: 'a weekday after a place or a name is still a day ("on Capitol Hill Friday")',
    sentence: 'Warner told reporters on Capitol Hill Friday that the summit should wait.',
    reference: '2025-10-23',
    expected: [{ text: 'Friday', start: 38, first: '2025-10-17', last: '2025-10-17', relation: 'on', ...WEEKDAY }],
  },
  {
    name: 'this weekend in a future clause',
    sentence: 'The United States and China will resume high-level trade negotiations this weekend in Malaysia’s capital, Kuala Lumpur.',
    reference: '2025-10-23',
    expected: [{ text: 'this weekend', start: 70, first: '2025-10-25', last: '2025-10-26', relation: 'on', granularity: 'weekend', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true }],
  },
  {
    name: 'over the weekend with a modal is the coming weekend',
    sentence: 'He expressed hope that the issue could be resolved over the weekend to allow the leaders’ meeting to start on a “more positive note.”',
    reference: '2025-10-23',
    expected: [{ text: 'over the weekend', start: 51, first: '2025-10-25', last: '2025-10-26', relation: 'on', granularity: 'weekend', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true }],
  },
  {
    name: 'last week',
    sentence: 'US Treasury Secretary Scott Bessent noted on social media last week that he and Vice-Premier He had held a video call.',
    reference: '2025-10-23',
    expected: [{ text: 'last week', start: 58, first: '2025-10-13', last: '2025-10-19', relation: 'on', granularity: 'week', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true }],
  },
  {
    name: 'this month',
    sentence: 'Tensions have risen sharply this month after the U.S. administration announced plans for 100 percent tariff hikes.',
    reference: '2025-10-23',
    expected: [{ text: 'this month', start: 28, first: '2025-10-01', last: '2025-10-31', relation: 'on', granularity: 'month', stated: ['relative'], inferred: ['year', 'month'], vague: true, reading: 'Oct 2025, this month' }],
  },
  {
    name: 'bare year after a preposition',
    sentence: 'The country has previously used export controls as leverage in trade disputes, most notably during earlier U.S.–China tensions in 2019.',
    reference: '2025-10-23',
    expected: [{ text: 'in 2019', start: 127, first: '2019-01-01', last: '2019-12-31', relation: 'on', granularity: 'year', stated: ['year'], inferred: [], vague: false, reading: '2019' }],
  },
  {
    name: 'full date with year',
    sentence: 'Officials prior to meeting to discuss trade relations and tariffs, in Geneva, Switzerland on May 11, 2025.',
    reference: '2025-10-23',
    expected: [{ text: 'on May 11, 2025', start: 90, first: '2025-05-11', last: '2025-05-11', relation: 'on', granularity: 'day', stated: ['year', 'month', 'day'], inferred: [], vague: false, reading: 'Sun 11 May 2025' }],
  },
  {
    name: 'date line with time: the time is not part of the date',
    sentence: 'October 23, 2025 02:17 PM GMT+03:00',
    reference: '2025-10-23',
    tz: 180,
    expected: [{ text: 'October 23, 2025', start: 0, first: '2025-10-23', last: '2025-10-23', relation: 'on', granularity: 'day', stated: ['year', 'month', 'day'], inferred: [], vague: false }],
  },
];

// ---------------------------------------------------------------------------
// Other domains and years.

const OTHER_CASES: Case[] = [
  {
    name: 'court ruling "on Monday" (past) read on a Wednesday',
    sentence: 'The Supreme Court ruled on Monday that states cannot bar the former president from the ballot.',
    reference: '2024-03-06',
    tz: -300,
    expected: [{ text: 'on Monday', start: 24, first: '2024-03-04', last: '2024-03-04', relation: 'on', ...WEEKDAY, reading: 'Mon 4 Mar 2024' }],
  },
  {
    name: 'court hearing "on Monday" (future)',
    sentence: 'The justices will hear arguments on Monday.',
    reference: '2024-03-06',
    tz: -300,
    expected: [{ text: 'on Monday', start: 33, first: '2024-03-11', last: '2024-03-11', relation: 'on', ...WEEKDAY }],
  },
  {
    name: 'future weekday equal to the reference weekday is the reference day',
    sentence: 'The court will rule on Thursday.',
    reference: '2025-10-23',
    expected: [{ text: 'on Thursday', start: 20, first: '2025-10-23', last: '2025-10-23', relation: 'on', ...WEEKDAY }],
  },
  {
    name: 'neutral weekday: the nearest',
    sentence: 'The deadline is Friday.',
    reference: '2024-03-06',
    expected: [{ text: 'Friday', start: 16, first: '2024-03-08', last: '2024-03-08', relation: 'on', ...WEEKDAY }],
  },
  {
    name: 'last year and later this year',
    sentence: 'Budget talks stalled last year and resume later this year.',
    reference: '2024-03-06',
    expected: [
      { text: 'last year', start: 21, first: '2023-01-01', last: '2023-12-31', relation: 'on', granularity: 'year', stated: ['relative'], inferred: ['year'], vague: true, reading: '2023, last year' },
      { text: 'later this year', start: 42, first: '2024-03-06', last: '2024-12-31', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true },
    ],
  },
  {
    name: 'disaster "since Jan. 3"',
    sentence: 'Rescue teams have searched the rubble since Jan. 3, officials said.',
    reference: '2025-01-20',
    expected: [{ text: 'since Jan. 3', start: 38, first: '2025-01-03', last: '2025-01-20', relation: 'since', ...MD, reading: 'since Fri 3 Jan 2025' }],
  },
  {
    name: '"since" is never after the reference (Jan. 3 read on Jan. 2)',
    sentence: 'Rescue teams have searched the rubble since Jan. 3.',
    reference: '2025-01-02',
    expected: [{ text: 'since Jan. 3', start: 38, first: '2024-01-03', last: '2025-01-02', relation: 'since', ...MD }],
  },
  {
    name: 'New Year boundary: past "in December" read in January',
    sentence: 'The storm struck in December, cutting power to thousands.',
    reference: '2026-01-05',
    tz: 60,
    expected: [{ text: 'in December', start: 17, first: '2025-12-01', last: '2025-12-31', relation: 'on', ...MONTH, reading: 'Dec 2025' }],
  },
  {
    name: 'future "in December" read in January is this December',
    sentence: 'Officials will decide in December.',
    reference: '2026-01-05',
    expected: [{ text: 'in December', start: 22, first: '2026-12-01', last: '2026-12-31', relation: 'on', ...MONTH }],
  },
  {
    name: 'future month goes forward',
    sentence: 'The council will vote on the budget in March.',
    reference: '2025-10-23',
    expected: [{ text: 'in March', start: 36, first: '2026-03-01', last: '2026-03-31', relation: 'on', ...MONTH }],
  },
  {
    name: 'range across the new year',
    sentence: 'The festival runs from Dec. 30 to Jan. 2.',
    reference: '2025-12-15',
    expected: [{ text: 'from Dec. 30 to Jan. 2', start: 18, first: '2025-12-30', last: '2026-01-02', relation: 'on', ...MD, reading: 'Tue 30 Dec 2025 – Fri 2 Jan 2026' }],
  },
  {
    name: 'between X and a bare day',
    sentence: 'Officials met between Jan. 30 and Feb. 2 and again between Feb. 10 and 12.',
    reference: '2025-02-20',
    expected: [
      { text: 'between Jan. 30 and Feb. 2', start: 14, first: '2025-01-30', last: '2025-02-02', relation: 'on', ...MD },
      { text: 'between Feb. 10 and 12', start: 51, first: '2025-02-10', last: '2025-02-12', relation: 'on', ...MD },
    ],
  },
  {
    name: 'past day just after the reference stays in the reference year',
    sentence: 'They met Oct. 24 and 25 in Rome.',
    reference: '2025-10-23',
    expected: [{ text: 'Oct. 24 and 25', start: 9, first: '2025-10-24', last: '2025-10-25', relation: 'on', ...MD }],
  },
  {
    name: 'by the end of the year (inclusive bound, future clause)',
    sentence: 'The finance ministry must submit the budget by the end of the year.',
    reference: '2025-06-10',
    expected: [{ text: 'by the end of the year', start: 44, first: '2025-06-10', last: '2025-12-31', relation: 'before', granularity: 'vague', stated: ['relative'], inferred: ['year'], vague: true, reading: 'by Sep–Dec 2025, the end of the year' }],
  },
  {
    name: 'after a day in a future clause is open-ended',
    sentence: 'The company will report results after Nov. 10.',
    reference: '2025-10-23',
    expected: [{ text: 'after Nov. 10', start: 32, first: '2025-11-11', last: OPEN_LAST, relation: 'after', ...MD, reading: 'after Mon 10 Nov 2025' }],
  },
  {
    name: 'before a month in a past clause has no known start',
    sentence: 'The treaty was signed before May 2019.',
    reference: '2025-10-23',
    expected: [{ text: 'before May 2019', start: 22, first: OPEN_FIRST, last: '2019-04-30', relation: 'before', granularity: 'month', stated: ['year', 'month'], inferred: [], vague: false }],
  },
  {
    name: 'early/mid modifiers on years',
    sentence: 'Unemployment rose in early 2019 and fell in mid-2020.',
    reference: '2025-10-23',
    expected: [
      { text: 'in early 2019', start: 18, first: '2019-01-01', last: '2019-04-30', relation: 'on', granularity: 'vague', stated: ['year'], inferred: [], vague: true, reading: 'Jan–Apr 2019, early 2019' },
      { text: 'in mid-2020', start: 41, first: '2020-05-01', last: '2020-08-31', relation: 'on', granularity: 'vague', stated: ['year'], inferred: [], vague: true },
    ],
  },
  {
    name: 'early January read early in January',
    sentence: 'The flood came in early January.',
    reference: '2026-01-05',
    expected: [{ text: 'in early January', start: 15, first: '2026-01-01', last: '2026-01-10', relation: 'on', granularity: 'vague', stated: ['month'], inferred: ['year'], vague: true }],
  },
  {
    name: 'yesterday and tomorrow',
    sentence: 'Yesterday, the central bank held rates; it meets again tomorrow.',
    reference: '2025-10-23',
    expected: [
      { text: 'Yesterday', start: 0, first: '2025-10-22', last: '2025-10-22', relation: 'on', granularity: 'day', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: false },
      { text: 'tomorrow', start: 55, first: '2025-10-24', last: '2025-10-24', relation: 'on', granularity: 'day', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: false },
    ],
  },
  {
    name: 'past "over the weekend" is the last weekend',
    sentence: 'Markets were closed over the weekend.',
    reference: '2025-10-23',
    expected: [{ text: 'over the weekend', start: 20, first: '2025-10-18', last: '2025-10-19', relation: 'on', granularity: 'weekend', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true }],
  },
  {
    name: 'next month across the year end',
    sentence: 'The pilots’ union will strike next month.',
    reference: '2025-12-10',
    expected: [{ text: 'next month', start: 30, first: '2026-01-01', last: '2026-01-31', relation: 'on', granularity: 'month', stated: ['relative'], inferred: ['year', 'month'], vague: true }],
  },
  {
    name: 'N days ago',
    sentence: 'The strike began three days ago.',
    reference: '2025-03-14',
    expected: [{ text: 'three days ago', start: 17, first: '2025-03-11', last: '2025-03-11', relation: 'on', granularity: 'day', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: false }],
  },
  {
    name: 'weekday with a written date, time of day left out',
    sentence: 'Polls open at 7 a.m. on Tuesday, Nov. 4, 2025.',
    reference: '2025-10-23',
    expected: [{ text: 'on Tuesday, Nov. 4, 2025', start: 21, first: '2025-11-04', last: '2025-11-04', relation: 'on', granularity: 'day', stated: ['year', 'month', 'day', 'weekday'], inferred: [], vague: false }],
  },
  {
    name: 'year range and until a year',
    sentence: 'He served from 2019 to 2021, and the plan runs through 2030.',
    reference: '2025-10-23',
    expected: [
      { text: 'from 2019 to 2021', start: 10, first: '2019-01-01', last: '2021-12-31', relation: 'on', granularity: 'year', stated: ['year'], inferred: [], vague: false, reading: '2019–2021' },
      { text: 'through 2030', start: 47, first: '2030-01-01', last: '2030-12-31', relation: 'until', granularity: 'year', stated: ['year'], inferred: [], vague: false, reading: 'until 2030' },
    ],
  },
  {
    name: 'two months joined by "and"',
    sentence: 'Prices rose 3 percent in September and October.',
    reference: '2025-10-23',
    expected: [{ text: 'in September and October', start: 22, first: '2025-09-01', last: '2025-10-31', relation: 'on', ...MONTH, reading: 'Sep–Oct 2025' }],
  },
  {
    name: 'last/next weekday',
    sentence: 'Talks ended last Monday and will resume next Friday.',
    reference: '2025-10-23',
    expected: [
      { text: 'last Monday', start: 12, first: '2025-10-20', last: '2025-10-20', relation: 'on', granularity: 'day', stated: ['weekday', 'relative'], inferred: ['year', 'month', 'day'], vague: false },
      { text: 'next Friday', start: 40, first: '2025-10-31', last: '2025-10-31', relation: 'on', granularity: 'day', stated: ['weekday', 'relative'], inferred: ['year', 'month', 'day'], vague: false },
    ],
  },
  {
    name: 'ISO and numeric dates with a year',
    sentence: 'The filing is dated 2024-02-29 and was amended on 03/15/2024.',
    reference: '2024-06-01',
    expected: [
      { text: '2024-02-29', start: 20, first: '2024-02-29', last: '2024-02-29', relation: 'on', granularity: 'day', stated: ['year', 'month', 'day'], inferred: [], vague: false },
      { text: 'on 03/15/2024', start: 47, first: '2024-03-15', last: '2024-03-15', relation: 'on', granularity: 'day', stated: ['year', 'month', 'day'], inferred: [], vague: false },
    ],
  },
  {
    name: '"from X" alone is a start; "effective X" too',
    sentence: 'The new rules apply from Nov. 1, and the law is effective Jan. 1.',
    reference: '2025-10-23',
    expected: [
      { text: 'from Nov. 1', start: 20, first: '2025-11-01', last: '2025-11-01', relation: 'start', ...MD, reading: 'from Sat 1 Nov 2025' },
      { text: 'effective Jan. 1', start: 48, first: '2026-01-01', last: '2026-01-01', relation: 'start', ...MD },
    ],
  },
  {
    name: 'early/late/mid on relative weeks, years and months',
    sentence: 'Talks could resume early next week after the economy shrank late last year and prices peaked in mid-October.',
    reference: '2025-10-23',
    expected: [
      { text: 'early next week', start: 19, first: '2025-10-27', last: '2025-10-29', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true },
      { text: 'late last year', start: 60, first: '2024-09-01', last: '2024-12-31', relation: 'on', granularity: 'vague', stated: ['relative'], inferred: ['year'], vague: true, reading: 'Sep–Dec 2024, late last year' },
      { text: 'in mid-October', start: 93, first: '2025-10-11', last: '2025-10-20', relation: 'on', granularity: 'vague', stated: ['month'], inferred: ['year'], vague: true, reading: 'Oct 2025 (11–20), mid-October' },
    ],
  },
  {
    name: '"by the end of May" in a past clause: open start, inclusive end',
    sentence: 'Prices had peaked by the end of May.',
    reference: '2025-10-23',
    expected: [{ text: 'by the end of May', start: 18, first: OPEN_FIRST, last: '2025-05-31', relation: 'before', granularity: 'vague', stated: ['month'], inferred: ['year'], vague: true }],
  },
  {
    name: 'two written days joined by "and"',
    sentence: 'The vote on Oct. 24 and Oct. 25 was tense.',
    reference: '2025-10-23',
    expected: [{ text: 'on Oct. 24 and Oct. 25', start: 9, first: '2025-10-24', last: '2025-10-25', relation: 'on', ...MD }],
  },
  {
    name: 'Title Case headline keeps "On Friday"',
    sentence: 'Talks To Resume On Friday In Kuala Lumpur',
    reference: '2025-10-23',
    expected: [{ text: 'On Friday', start: 16, first: '2025-10-24', last: '2025-10-24', relation: 'on', ...WEEKDAY }],
  },
  {
    name: 'a reporting verb does not throw a yearless date a year back',
    sentence: 'Officials said the vote on Nov. 4 would go ahead.',
    reference: '2025-10-23',
    expected: [{ text: 'on Nov. 4', start: 24, first: '2025-11-04', last: '2025-11-04', relation: 'on', ...MD }],
  },
  {
    name: 'a past month more than 8 months back is still read from a past clause when near',
    sentence: 'The rebels seized the town in February.',
    reference: '2025-10-23',
    expected: [{ text: 'in February', start: 27, first: '2025-02-01', last: '2025-02-28', relation: 'on', ...MONTH }],
  },
  {
    name: '"until the weekend" and "tomorrow" alone',
    sentence: 'Shelters stay open until the weekend, and schools reopen tomorrow.',
    reference: '2025-10-23',
    expected: [
      { text: 'until the weekend', start: 19, first: '2025-10-25', last: '2025-10-26', relation: 'until', granularity: 'weekend', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: true },
      { text: 'tomorrow', start: 57, first: '2025-10-24', last: '2025-10-24', relation: 'on', granularity: 'day', stated: ['relative'], inferred: ['year', 'month', 'day'], vague: false },
    ],
  },
];

// ---------------------------------------------------------------------------
// Must not extract.

const NEGATIVES: { sentence: string; why: string }[] = [
  { sentence: '“The US side may push Beijing to resume purchases of American soybeans,” reports noted.', why: 'modal may' },
  { sentence: 'It may be the last chance for a deal.', why: 'modal may' },
  { sentence: 'Thousands will march through the capital.', why: 'march the verb' },
  { sentence: 'March on, they said.', why: 'March the verb at sentence start' },
  { sentence: 'The Sunday Times reported the figures first.', why: 'weekday inside a name' },
  { sentence: 'Black Friday sales rose sharply.', why: 'weekday inside a name' },
  { sentence: 'Former Prime Minister Theresa May criticised the plan.', why: 'month inside a name' },
  { sentence: 'The session opened at 02:17 PM.', why: 'time of day alone' },
  { sentence: 'The fees followed a U.S. "Section 301" investigation.', why: 'Section 301' },
  { sentence: 'He said it would be "a shame to waste their first in-person meeting during President Trump’s second term."', why: 'second term' },
  { sentence: 'Their economic rivalry could deepen in the months ahead.', why: 'too vague' },
  { sentence: 'The next few days in Kuala Lumpur will reveal whether the world’s two largest economies can find a path forward.', why: 'the next few days: no checkable interval' },
  { sentence: 'A 3/4 majority is needed, and the score was 4 to 5.', why: 'fractions and scores' },
  { sentence: 'China controls more than 60 percent of global rare earth production.', why: 'numbers that are not dates' },
  { sentence: 'The agency counted 2019 cases in total, up from 1,950 in 2,018 towns.', why: 'counts that look like years' },
  { sentence: 'More From Türkiye Today', why: 'Today inside a name' },
  { sentence: 'The shop opens on Sundays and every Monday.', why: 'recurring days' },
  { sentence: 'The Sun reported that officials wed in secret on Sat afternoon.', why: 'abbreviations that are words' },
  { sentence: '', why: 'empty' },
];

describe('date extractor: seed shapes', () => {
  test.each(SEED_CASES.map((c) => [c.name, c]))('%s', (_n, c) => check(c as Case));
});

describe('date extractor: other domains and years', () => {
  test.each(OTHER_CASES.map((c) => [c.name, c]))('%s', (_n, c) => check(c as Case));
});

describe('date extractor: negatives', () => {
  test.each(NEGATIVES.map((n) => [n.why, n.sentence]))('%s', (_why, sentence) => {
    expect(actual(sentence as string, '2025-10-23')).toEqual([]);
  });
});

describe('date extractor: robustness', () => {
  test('reference and referenceInferred are copied from the context', () => {
    const { claims } = run('The talks were held on Thursday.', '2025-10-23', undefined, true);
    expect(claims).toHaveLength(1);
    const v = claims[0].value as DateValue;
    expect(v.reference).toBe('2025-10-23');
    expect(v.referenceInferred).toBe(true);
  });

  test('publication zone offset does not move the days', () => {
    const s = 'Vice Premier He Lifeng will lead a delegation from Friday through Monday, the ministry said on Thursday.';
    const base = actual(s, '2025-10-23', 0);
    for (const tz of [-720, -300, 180, 330, 840]) expect(actual(s, '2025-10-23', tz)).toEqual(base);
  });

  test('the machine time zone does not move the days', () => {
    const saved = process.env.TZ;
    const s = 'The storm struck in December and officials will meet next week, starting Oct. 31, until Nov. 10.';
    try {
      process.env.TZ = 'UTC';
      const base = actual(s, '2025-10-26');
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe']) {
        process.env.TZ = zone;
        expect(actual(s, '2025-10-26')).toEqual(base);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  test('a bad reference yields no claims instead of throwing', () => {
    expect(actual('The talks were held on Thursday.', 'not-a-date')).toEqual([]);
    expect(actual('The talks were held on Thursday.', '2025-02-30')).toEqual([]);
  });

  test('a 100k-character line is handled linearly', async () => {
    const unit = 'The talks on Friday and in May ended by Oct. 24 to 27, 2025 and later this month. ';
    const line = (size: number) => unit.repeat(Math.ceil(size / unit.length));
    const { claims, source } = run(line(100_000), '2025-10-23');
    expect(claims.length).toBeGreaterThan(1000);
    for (const c of claims.slice(-5)) expect(source.text.slice(c.start, c.end)).toBe(c.text);
    expect(await growthRatio((size, n) => run(line(size) + n, '2025-10-23'), 6_250)).toBeLessThan(linearBound());
    // Garbage without spaces.
    expect(run('7'.repeat(100_000), '2025-10-23').claims).toEqual([]);
    expect(run('May '.repeat(25_000), '2025-10-23').claims.length).toBeGreaterThanOrEqual(0);
    expect(await growthRatio((size, n) => run('7'.repeat(size) + n, '2025-10-23'), 6_250)).toBeLessThan(linearBound());
    expect(await growthRatio((size, n) => run('May '.repeat(size / 4) + n, '2025-10-23'), 6_250)).toBeLessThan(linearBound());
  });

  test('claims never overlap and come in text order', () => {
    const { claims } = run('From Friday through Monday, and on Saturday and Sunday, since May and after April’s peak, later this month.', '2025-10-23');
    for (let i = 1; i < claims.length; i++) expect(claims[i].start).toBeGreaterThanOrEqual(claims[i - 1].end);
    expect(claims.map((c) => c.text)).toEqual(['From Friday through Monday', 'on Saturday and Sunday', 'since May', 'after April', 'later this month']);
  });
});

describe('describeDate', () => {
  test('reading, quoted words and publication date', () => {
    const { claims } = run('He Lifeng is scheduled to meet US officials from Friday through Monday.', '2025-10-23');
    const v = claims[0].value as DateValue;
    expect(describeDate(v, 'Friday through Monday')).toBe("Fri 24 – Mon 27 Oct 2025, from 'Friday through Monday', published Thu 23 Oct");
  });

  test('different year and inferred reference', () => {
    const { claims } = run('The storm struck in December.', '2026-01-05', undefined, true);
    const v = claims[0].value as DateValue;
    expect(describeDate(v)).toBe('Dec 2025, published Mon 5 Jan 2026 (publication date inferred)');
  });

  test('relations read in words', () => {
    const { claims } = run('The rally began starting Oct. 31 and lasted until Nov. 10.', '2025-10-23');
    expect(claims.map((c) => (c.value as DateValue).reading)).toEqual(['from Fri 31 Oct 2025', 'until Mon 10 Nov 2025']);
  });
});
