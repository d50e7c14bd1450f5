// Plain-words readings of dates: "Fri 24 – Mon 27 Oct 2025",
// "Oct 2025 (1–22), earlier this month", "May 2025", "from Fri 31 Oct 2025".
import type { DateRelation, DateValue } from '../../model/value.js';
import { MONTH_SHORT, WEEKDAY_SHORT, daysInMonth, diffDays, parseYmd, weekdayOf } from '../../text/calendar.js';

/** Day spans up to this length are read day by day with weekdays; longer ones compactly. */
const SHORT_SPAN_DAYS = 14;

function dayWithWeekday(s: string): { wd: string; d: number; m: string; y: number } {
  const p = parseYmd(s)!;
  return { wd: WEEKDAY_SHORT[weekdayOf(s)], d: p.day, m: MONTH_SHORT[p.month - 1], y: p.year };
}

/** "Thu 23 Oct 2025" */
export function readDay(s: string): string {
  const x = dayWithWeekday(s);
  return `${x.wd} ${x.d} ${x.m} ${x.y}`;
}

/** Day range with weekdays: "Fri 24 – Mon 27 Oct 2025", "Fri 31 Oct – Sun 2 Nov 2025". */
export function readDayRange(first: string, last: string): string {
  if (first === last) return readDay(first);
  const a = dayWithWeekday(first);
  const b = dayWithWeekday(last);
  if (a.y !== b.y) return `${readDay(first)} – ${readDay(last)}`;
  if (a.m !== b.m) return `${a.wd} ${a.d} ${a.m} – ${b.wd} ${b.d} ${b.m} ${b.y}`;
  return `${a.wd} ${a.d} – ${b.wd} ${b.d} ${b.m} ${b.y}`;
}

function isMonthStart(s: string): boolean {
  return parseYmd(s)!.day === 1;
}

function isMonthEnd(s: string): boolean {
  const p = parseYmd(s)!;
  return p.day === daysInMonth(p.year, p.month);
}

/** Any interval in the shortest faithful words. */
export function readInterval(first: string, last: string, opts: { days?: boolean; compact?: boolean } = {}): string {
  const a = parseYmd(first)!;
  const b = parseYmd(last)!;
  if (opts.days) return readDayRange(first, last);
  if (opts.compact && first !== last && a.year === b.year && a.month === b.month && !(isMonthStart(first) && isMonthEnd(last))) {
    return `${MONTH_SHORT[a.month - 1]} ${a.year} (${a.day}–${b.day})`;
  }
  // Whole years.
  if (a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    return a.year === b.year ? `${a.year}` : `${a.year}–${b.year}`;
  }
  // Whole months.
  if (isMonthStart(first) && isMonthEnd(last)) {
    const am = MONTH_SHORT[a.month - 1];
    const bm = MONTH_SHORT[b.month - 1];
    if (a.year === b.year && a.month === b.month) return `${am} ${a.year}`;
    if (a.year === b.year) return `${am}–${bm} ${a.year}`;
    return `${am} ${a.year} – ${bm} ${b.year}`;
  }
  if (diffDays(first, last) + 1 <= SHORT_SPAN_DAYS) return readDayRange(first, last);
  if (a.year === b.year && a.month === b.month) return `${MONTH_SHORT[a.month - 1]} ${a.year} (${a.day}–${b.day})`;
  if (a.year === b.year) return `${a.day} ${MONTH_SHORT[a.month - 1]} – ${b.day} ${MONTH_SHORT[b.month - 1]} ${b.year}`;
  return `${a.day} ${MONTH_SHORT[a.month - 1]} ${a.year} – ${b.day} ${MONTH_SHORT[b.month - 1]} ${b.year}`;
}

const RELATION_WORD: Record<DateRelation, string> = {
  on: '',
  start: 'from',
  end: 'ending',
  after: 'after',
  before: 'before',
  since: 'since',
  until: 'until',
};

/**
 * The reading stored in DateValue.reading: the stated date in plain words,
 * prefixed by its relation ("from", "until", "after"...), and for vague
 * spans followed by the phrase as written ("…, earlier this month").
 */
export function composeReading(args: {
  first: string;
  last: string;
  days: boolean;
  /** Part of a month read as "Oct 2025 (23–31)" however short (vague spans). */
  compact?: boolean;
  relation: DateRelation;
  inclusive?: boolean;
  phrase?: string;
}): string {
  let base = readInterval(args.first, args.last, { days: args.days, compact: args.compact });
  if (args.phrase) base = `${base}, ${args.phrase}`;
  const word = args.relation === 'before' && args.inclusive ? 'by' : RELATION_WORD[args.relation];
  return word ? `${word} ${base}` : base;
}

/**
 * One line for the UI: the reading, the words it came from and the date it
 * was read against, e.g.
 *   "Fri 24 – Mon 27 Oct 2025, from 'Friday through Monday', published Thu 23 Oct"
 * The publication year is shown when it differs from the date's.
 */
export function describeDate(value: DateValue, quoted?: string): string {
  const parts = [value.reading];
  if (quoted) parts.push(`from '${quoted}'`);
  const ref = parseYmd(value.reference);
  if (ref) {
    const x = dayWithWeekday(value.reference);
    const dateYear = parseYmd(value.first)?.year;
    const sameYear = dateYear === ref.year || parseYmd(value.last)?.year === ref.year;
    const pub = `${x.wd} ${x.d} ${x.m}${sameYear ? '' : ` ${x.y}`}`;
    parts.push(`published ${pub}${value.referenceInferred ? ' (publication date inferred)' : ''}`);
  }
  return parts.join(', ');
}
