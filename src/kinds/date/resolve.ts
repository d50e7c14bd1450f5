// Reading a date expression against the reference: years for dates written
// without one, weekdays by the tense of their clause, early/mid/late
// narrowing, and the interval a relation allows.
import type { DateRelation } from '../../model/value.js';
import {
  OPEN_FIRST,
  OPEN_LAST,
  addDays,
  daysInMonth,
  diffDays,
  isValidYmd,
  isoWeekMonday,
  maxDate,
  monthEnd,
  monthStart,
  parseYmd,
  weekdayOf,
  ymd,
} from '../../text/calendar.js';
import type { DateExpr, Modifier, MonthDay, Resolved } from './model.js';
import { orderParts } from './model.js';
import type { Tense } from './tense.js';
import { agoGranularity } from './vague.js';
import { chooseYear, type Interval } from './year.js';

export interface ResolveInput {
  reference: string;
  tense: Tense;
  relation: DateRelation;
}

function mdString(md: MonthDay, year: number): string | null {
  return isValidYmd(year, md.month, md.day) ? ymd(year, md.month, md.day) : null;
}

/** Year of the range end given the start's year: the next year when the end comes earlier in the calendar. */
function endYearAfter(start: MonthDay, startYear: number, end: MonthDay): number {
  const before = end.month < start.month || (end.month === start.month && end.day < start.day);
  return startYear + (before ? 1 : 0);
}

/** Tense to use for a date given the relation: bounds like "until X" say nothing about X's side. */
function yearOptions(input: ResolveInput) {
  const r = input.relation;
  return {
    tense: input.tense,
    forcePast: r === 'since',
    ignoreTense: r === 'until' || r === 'before' || r === 'end',
  };
}

function resolveMonthDay(expr: Extract<DateExpr, { type: 'md' }>, input: ResolveInput): Resolved | null {
  const { start, end } = expr;
  const stated = ['month', 'day'];
  if (expr.weekday) stated.push('weekday');
  let first: string | null;
  let last: string | null;
  let inferredYear = false;
  if (start.year !== undefined) {
    stated.push('year');
    first = mdString(start, start.year);
    last = end ? mdString(end, end.year ?? endYearAfter(start, start.year, end)) : first;
  } else if (end?.year !== undefined) {
    // "Dec. 30 to Jan. 2, 2026": the start's year follows from the end's.
    stated.push('year');
    const sy = endYearAfter(start, end.year, end) === end.year ? end.year : end.year - 1;
    first = mdString(start, sy);
    last = mdString(end, end.year);
  } else {
    inferredYear = true;
    const choice = chooseYear(
      (y) => {
        const f = mdString(start, y);
        const l = end ? mdString(end, endYearAfter(start, y, end)) : f;
        return f && l ? { first: f, last: l } : null;
      },
      input.reference,
      { ...yearOptions(input), unit: 'day' },
    );
    if (!choice) return null;
    first = choice.interval.first;
    last = choice.interval.last;
  }
  if (!first || !last || last < first) return null;
  return {
    first,
    last,
    granularity: 'day',
    stated: orderParts(stated),
    inferred: inferredYear ? ['year'] : [],
    vague: false,
  };
}

function resolveMonth(expr: Extract<DateExpr, { type: 'month' }>, input: ResolveInput): Resolved | null {
  const build = (y: number): Interval => {
    const endMonth = expr.endMonth ?? expr.month;
    const ey = expr.endYear ?? (endMonth < expr.month ? y + 1 : y);
    return { first: monthStart(y, expr.month), last: monthEnd(ey, endMonth) };
  };
  let iv: Interval;
  const stated = ['month'];
  if (expr.year !== undefined) {
    stated.push('year');
    iv = build(expr.year);
  } else if (expr.endYear !== undefined) {
    stated.push('year');
    const endMonth = expr.endMonth ?? expr.month;
    iv = build(endMonth < expr.month ? expr.endYear - 1 : expr.endYear);
  } else {
    const choice = chooseYear(build, input.reference, { ...yearOptions(input), unit: 'month' });
    if (!choice) return null;
    iv = choice.interval;
  }
  return {
    ...iv,
    granularity: 'month',
    stated: orderParts(stated),
    inferred: expr.year === undefined && expr.endYear === undefined ? ['year'] : [],
    vague: false,
  };
}

/** The day a weekday name means, read from the reference by modifier, relation and tense. */
export function weekdayDate(weekday: number, reference: string, tense: Tense, modifier?: 'last' | 'next' | 'this', relation: DateRelation = 'on'): string {
  const refWd = weekdayOf(reference);
  const forward = (weekday - refWd + 7) % 7; // 0..6 days ahead (0 = the reference day)
  const back = (refWd - weekday + 7) % 7; // 0..6 days back
  if (modifier === 'last') return addDays(reference, -(back === 0 ? 7 : back));
  if (modifier === 'next') {
    // The weekday in the next ISO week ("next Friday" read on a Thursday is eight days on).
    return addDays(isoWeekMonday(reference), 7 + ((weekday + 6) % 7));
  }
  let t = tense;
  if (relation === 'since') t = 'past';
  else if (relation === 'until' || relation === 'before' || relation === 'end') t = 'future';
  if (t === 'future') return addDays(reference, forward);
  if (t === 'past') return addDays(reference, -back);
  return addDays(reference, forward < back ? forward : -back);
}

function resolveWeekday(expr: Extract<DateExpr, { type: 'weekday' }>, input: ResolveInput): Resolved {
  const first = weekdayDate(expr.weekday, input.reference, input.tense, expr.modifier, input.relation);
  let last = first;
  if (expr.endWeekday !== undefined) {
    const span = (expr.endWeekday - expr.weekday + 7) % 7 || 7;
    last = addDays(first, span);
  }
  const stated = ['weekday'];
  if (expr.modifier === 'last' || expr.modifier === 'next') stated.push('relative');
  return { first, last, granularity: 'day', stated, inferred: ['year', 'month', 'day'], vague: false };
}

function resolveYear(expr: Extract<DateExpr, { type: 'year' }>): Resolved {
  return {
    first: ymd(expr.year, 1, 1),
    last: ymd(expr.endYear ?? expr.year, 12, 31),
    granularity: 'year',
    stated: ['year'],
    inferred: [],
    vague: false,
  };
}

function resolveRelative(expr: Extract<DateExpr, { type: 'relative' }>, input: ResolveInput, match: RegExpExecArray): Resolved | null {
  const iv = expr.rule.resolve(input.reference, input.tense, match);
  if (!iv) return null;
  let granularity = expr.rule.granularity;
  let vague = expr.rule.vague;
  let inferred = expr.rule.inferred;
  const ago = agoGranularity(match);
  if (ago) {
    granularity = ago;
    vague = ago !== 'day';
    inferred = ago === 'day' || ago === 'week' ? ['year', 'month', 'day'] : ago === 'month' ? ['year', 'month'] : ['year'];
  }
  return { ...iv, granularity, stated: ['relative'], inferred, vague, phrase: expr.phrase };
}

/** Read a date expression (before modifier and relation). */
export function resolveExpr(expr: DateExpr, input: ResolveInput, match?: RegExpExecArray): Resolved | null {
  switch (expr.type) {
    case 'md':
      return resolveMonthDay(expr, input);
    case 'month':
      return resolveMonth(expr, input);
    case 'weekday':
      return resolveWeekday(expr, input);
    case 'year':
      return resolveYear(expr);
    case 'relative':
      return match ? resolveRelative(expr, input, match) : null;
  }
}

/** True when early/mid/late can narrow the expression (a single month, year or week). */
export function isModifiable(expr: DateExpr): boolean {
  if (expr.type === 'month') return expr.endMonth === undefined;
  if (expr.type === 'year') return expr.endYear === undefined;
  if (expr.type === 'relative') return expr.rule.modifiable;
  return false;
}

/**
 * Narrow a whole month, year or ISO week: early = first third, mid = middle
 * third, late = last third (months: days 1–10, 11–20, 21–end; years:
 * Jan–Apr, May–Aug, Sep–Dec; weeks: Mon–Wed, Tue–Thu, Thu–Sun); "the rest of"
 * = from the reference to the end.
 */
export function applyModifier(r: Resolved, modifier: Modifier, reference: string): Resolved {
  const f = parseYmd(r.first)!;
  const l = parseYmd(r.last)!;
  let first = r.first;
  let last = r.last;
  const days = diffDays(r.first, r.last) + 1;
  if (modifier === 'rest') {
    first = maxDate(r.first, reference);
    if (first > last) first = last;
  } else if (days === 7) {
    const [a, b] = modifier === 'early' ? [0, 2] : modifier === 'mid' ? [1, 3] : [3, 6];
    first = addDays(r.first, a);
    last = addDays(r.first, b);
  } else if (f.year === l.year && f.month === l.month) {
    const dim = daysInMonth(f.year, f.month);
    const [a, b] = modifier === 'early' ? [1, 10] : modifier === 'mid' ? [11, 20] : [21, dim];
    first = ymd(f.year, f.month, a);
    last = ymd(f.year, f.month, b);
  } else if (f.year === l.year && f.month === 1 && l.month === 12) {
    const [a, b] = modifier === 'early' ? [1, 4] : modifier === 'mid' ? [5, 8] : [9, 12];
    first = monthStart(f.year, a);
    last = monthEnd(f.year, b);
  } else {
    return r;
  }
  return { ...r, first, last, granularity: 'vague', vague: true };
}

/**
 * The days a relation allows for the event, given the date's own interval.
 *   on/start/until/end: the date itself (start/until/end say which end of the
 *     event it is; the event runs on after a start, up to an until)
 *   since X: X's first day .. the reference
 *   after X: the day after X .. the reference in a past clause; open-ended
 *     (OPEN_LAST) otherwise
 *   before X: .. the day before X (by X: .. X's last day); from the reference
 *     in a future clause, open (OPEN_FIRST) otherwise
 */
export function applyRelation(
  r: Resolved,
  relation: DateRelation,
  inclusive: boolean,
  reference: string,
  tense: Tense,
): { first: string; last: string } {
  switch (relation) {
    case 'since':
      return { first: r.first, last: maxDate(r.first, reference) };
    case 'after': {
      const first = addDays(r.last, 1);
      const last = tense === 'past' && reference >= first ? reference : OPEN_LAST;
      return { first, last };
    }
    case 'before': {
      const last = inclusive ? r.last : addDays(r.first, -1);
      const first = tense === 'future' && reference <= last ? reference : OPEN_FIRST;
      return { first, last };
    }
    default:
      return { first: r.first, last: r.last };
  }
}
