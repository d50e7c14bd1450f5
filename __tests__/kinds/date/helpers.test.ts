import { describe, expect, test } from '@jest/globals';
import {
  addDays,
  diffDays,
  isoWeekMonday,
  parseYmd,
  weekdayOf,
} from '../../../src/text/calendar.js';
import { readInterval } from '../../../src/kinds/date/reading.js';
import { relationBefore } from '../../../src/kinds/date/relation.js';
import { weekdayDate } from '../../../src/kinds/date/resolve.js';
import { tenseAround, tokenize, type Tense } from '../../../src/kinds/date/tense.js';
import { chooseYear, findYears, monthInterval } from '../../../src/kinds/date/year.js';

describe('calendar: UTC day arithmetic on YYYY-MM-DD', () => {
  const cases: { from: string; days: number; to: string }[] = [
    { from: '2025-10-23', days: 1, to: '2025-10-24' },
    { from: '2025-10-25', days: 2, to: '2025-10-27' }, // across the EU DST change (Oct 26)
    { from: '2025-03-08', days: 2, to: '2025-03-10' }, // across the US DST change (Mar 9)
    { from: '2024-02-28', days: 1, to: '2024-02-29' },
    { from: '2025-12-31', days: 1, to: '2026-01-01' },
    { from: '2026-01-05', days: -36, to: '2025-11-30' },
    { from: '0050-01-01', days: -1, to: '0049-12-31' }, // years below 100 stay themselves
    { from: '9999-12-30', days: 1, to: '9999-12-31' },
  ];
  test.each(cases)('$from + $days = $to', ({ from, days, to }) => {
    expect(addDays(from, days)).toBe(to);
    expect(diffDays(from, to)).toBe(days);
  });

  test('weekdays and ISO week Mondays', () => {
    expect(weekdayOf('2025-10-23')).toBe(4); // Thursday
    expect(weekdayOf('2024-03-06')).toBe(3); // Wednesday
    expect(isoWeekMonday('2025-10-23')).toBe('2025-10-20');
    expect(isoWeekMonday('2025-10-26')).toBe('2025-10-20'); // Sunday belongs to the week before
    expect(isoWeekMonday('2025-10-27')).toBe('2025-10-27');
  });

  test('malformed and impossible dates', () => {
    expect(parseYmd('2025-02-29')).toBeNull();
    expect(parseYmd('2025-10-3')).toBeNull();
    expect(parseYmd('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('year inference', () => {
  const month = (m: number) => (y: number) => monthInterval(y, m);
  const rows: { what: string; m: number; ref: string; tense: Tense; forcePast?: boolean; year: number }[] = [
    { what: 'past May from October', m: 5, ref: '2025-10-23', tense: 'past', year: 2025 },
    { what: 'neutral April from October (tie goes to the past)', m: 4, ref: '2025-10-23', tense: 'neutral', year: 2025 },
    { what: 'future March from October', m: 3, ref: '2025-10-23', tense: 'future', year: 2026 },
    { what: 'past December from January', m: 12, ref: '2026-01-05', tense: 'past', year: 2025 },
    { what: 'future December from January', m: 12, ref: '2026-01-05', tense: 'future', year: 2026 },
    { what: 'neutral December from January', m: 12, ref: '2026-01-05', tense: 'neutral', year: 2025 },
    { what: 'past November from October: too far back, nearest wins', m: 11, ref: '2025-10-23', tense: 'past', year: 2025 },
    { what: 'since November from October', m: 11, ref: '2025-10-23', tense: 'neutral', forcePast: true, year: 2024 },
  ];
  test.each(rows)('$what', ({ m, ref, tense, forcePast, year }) => {
    expect(chooseYear(month(m), ref, { tense, forcePast, unit: 'month' })?.year).toBe(year);
  });

  test('bare years need a cue and are not counts', () => {
    expect(findYears('tensions in 2019.').map((y) => [y.year, y.endYear])).toEqual([[2019, undefined]]);
    expect(findYears('from 2019 to 2021').map((y) => [y.year, y.endYear])).toEqual([[2019, 2021]]);
    expect(findYears('in 2019–20,').map((y) => [y.year, y.endYear])).toEqual([[2019, 2020]]);
    expect(findYears('in mid-2020')).toHaveLength(1);
    expect(findYears('2019 people, in 2019 cases, in 2019%, the 2019.')).toEqual([]);
  });

  test('decades are their ten years, or part of them', () => {
    const spans = (t: string) => findYears(t).map((y) => [t.slice(y.start, y.end), y.year, y.endYear]);
    expect(spans('In the 1970s and 1980s, Cyprus was a listening post.')).toEqual([['1970s', 1970, 1979], ['1980s', 1980, 1989]]);
    expect(spans('prices fell in the late 1960s')).toEqual([['late 1960s', 1966, 1969]]);
    expect(spans('1970s music, 1980s cars')).toEqual([]);
    // A hundred-year mark before 2000 is said of the century; "the 2000s" is the decade.
    expect(spans('since records began in the 1800s')).toEqual([['1800s', 1800, 1899]]);
    expect(spans('built in the early 1900s')).toEqual([['early 1900s', 1900, 1933]]);
    expect(spans('a boom in the 2000s')).toEqual([['2000s', 2000, 2009]]);
  });

  test('centuries are their hundred years as people count them, or a third of them; "this century" against the reference year', () => {
    const spans = (t: string, ref?: number) => findYears(t, ref).map((y) => [t.slice(y.start, y.end), y.year, y.endYear]);
    expect(spans('by the end of the 21st century')).toEqual([['the end of the 21st century', 2067, 2099]]);
    expect(spans('by the end of this century', 2000)).toEqual([['the end of this century', 2067, 2099]]);
    expect(spans('in the nineteenth century')).toEqual([['the nineteenth century', 1800, 1899]]);
    expect(spans('the mid-20th century')).toEqual([['mid-20th century', 1933, 1966]]);
    // Without a reference year "this century" is no date; a century ago, half a century and names are none.
    expect(spans('by the end of this century')).toEqual([]);
    expect(spans('a century ago, for half a century, the Century Foundation')).toEqual([]);
    expect(spans('in the 12th century')).toEqual([]);
  });

  test('a year used as an adjective, or named as a year, is a date', () => {
    const years = (t: string) => findYears(t).map((y) => y.year);
    expect(years('to end the 2014 ban')).toEqual([2014]);
    expect(years('A 1898 Supreme Court decision held')).toEqual([1898]);
    expect(years('during his 2016 presidential campaign')).toEqual([2016]);
    expect(years('in the 2010 congressional elections')).toEqual([2010]);
    expect(years('Barack Obama’s 2012 action')).toEqual([2012]);
    expect(years('by the year 2100')).toEqual([2100]);
    // Counted things after a determiner stay counts; a year with nothing after it is no adjective.
    expect(years('the 2019 cases were closed; the company’s 2000 workers; he won the 2014.')).toEqual([]);
  });
});

describe('tense of the clause around a date', () => {
  const rows: { sentence: string; date: string; tense: Tense }[] = [
    { sentence: 'China announced on Thursday that it will hold talks.', date: 'on Thursday', tense: 'past' },
    // A purpose infinitive between the past verb and the date: its time follows the verb's.
    { sentence: 'The governor picked an aide to fill the seat until a special election in June.', date: 'in June', tense: 'neutral' },
    { sentence: 'She returned to power in June.', date: 'in June', tense: 'past' },
    { sentence: 'Bessent said he will meet He on Saturday and Sunday.', date: 'on Saturday and Sunday', tense: 'future' },
    { sentence: 'He is scheduled to meet officials from Friday through Monday.', date: 'from Friday through Monday', tense: 'future' },
    { sentence: 'Trump, speaking to the media on Wednesday, expressed confidence.', date: 'on Wednesday', tense: 'past' },
    { sentence: 'The issue could be resolved over the weekend.', date: 'over the weekend', tense: 'future' },
    { sentence: 'Officials said the deadline is Friday.', date: 'Friday', tense: 'neutral' },
    { sentence: 'The truce reached after April’s peak held.', date: 'after April', tense: 'past' },
    { sentence: 'China’s expanded export controls on October 10 hurt.', date: 'on October 10', tense: 'neutral' },
    { sentence: 'We’ll meet on Friday.', date: 'on Friday', tense: 'future' },
    { sentence: 'The talks on Friday.', date: 'on Friday', tense: 'neutral' },
  ];
  test.each(rows)('$sentence', ({ sentence, date, tense }) => {
    const start = sentence.indexOf(date);
    expect(tenseAround(tokenize(sentence), start, start + date.length)).toBe(tense);
  });
});

describe('weekday by tense', () => {
  // Reference Thursday 2025-10-23.
  const rows: { wd: number; tense: Tense; mod?: 'last' | 'next' | 'this'; want: string }[] = [
    { wd: 4, tense: 'past', want: '2025-10-23' },
    { wd: 4, tense: 'neutral', want: '2025-10-23' },
    { wd: 4, tense: 'future', want: '2025-10-23' },
    { wd: 5, tense: 'past', want: '2025-10-17' },
    { wd: 5, tense: 'future', want: '2025-10-24' },
    { wd: 1, tense: 'neutral', want: '2025-10-20' }, // 3 days back beats 4 ahead
    { wd: 0, tense: 'neutral', want: '2025-10-26' }, // 3 ahead beats 4 back
    { wd: 4, tense: 'neutral', mod: 'last', want: '2025-10-16' },
    { wd: 5, tense: 'neutral', mod: 'next', want: '2025-10-31' },
    { wd: 1, tense: 'neutral', mod: 'next', want: '2025-10-27' },
  ];
  test.each(rows)('weekday $wd $tense $mod → $want', ({ wd, tense, mod, want }) => {
    expect(weekdayDate(wd, '2025-10-23', tense, mod)).toBe(want);
  });
});

describe('relation cues', () => {
  const rows: { text: string; date: string; relation: string; cue: string; isRange?: boolean; possessive?: boolean }[] = [
    { text: 'truce reached after April', date: 'April', relation: 'after', cue: 'after April' },
    { text: 'tariffs until Nov. 10', date: 'Nov. 10', relation: 'until', cue: 'until Nov. 10' },
    { text: 'summit beginning October 31', date: 'October 31', relation: 'start', cue: 'beginning October 31' },
    { text: 'event starting on Oct. 31', date: 'Oct. 31', relation: 'start', cue: 'starting on Oct. 31' },
    { text: 'delegation from October 24 to 27', date: 'October 24 to 27', relation: 'on', cue: 'from October 24 to 27', isRange: true },
    { text: 'meetings since May', date: 'May', relation: 'since', cue: 'since May' },
    { text: 'signed by Friday', date: 'Friday', relation: 'before', cue: 'by Friday' },
    { text: 'vote in Friday', date: 'Friday', relation: 'on', cue: 'Friday', possessive: true },
  ];
  test.each(rows)('$text', ({ text, date, relation, cue, isRange, possessive }) => {
    const start = text.indexOf(date);
    const r = relationBefore(text, start, { isRange: !!isRange, modifiable: false, possessive: !!possessive });
    expect(r.relation).toBe(relation);
    expect(text.slice(r.start, start + date.length)).toBe(cue);
  });
});

describe('readings', () => {
  test.each([
    ['2025-10-24', '2025-10-27', 'Fri 24 – Mon 27 Oct 2025'],
    ['2025-10-31', '2025-11-02', 'Fri 31 Oct – Sun 2 Nov 2025'],
    ['2025-12-30', '2026-01-02', 'Tue 30 Dec 2025 – Fri 2 Jan 2026'],
    ['2025-05-01', '2025-05-31', 'May 2025'],
    ['2025-09-01', '2025-10-31', 'Sep–Oct 2025'],
    ['2019-01-01', '2021-12-31', '2019–2021'],
    ['2025-10-01', '2025-10-22', 'Oct 2025 (1–22)'],
    ['2025-01-01', '2025-10-23', '1 Jan – 23 Oct 2025'],
  ])('%s..%s', (first, last, want) => {
    expect(readInterval(first, last)).toBe(want);
  });
});
