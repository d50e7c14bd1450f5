// Year inference for dates written without a year, and bare years ("in 2019").
//
// A date without a year is tried in the reference year and the years either
// side. Rules (see chooseYear):
//   - "since X" always lies on or before the reference.
//   - future tense: the nearest reading that ends on/after the reference.
//   - past tense: the nearest reading that starts on/before the reference, as
//     long as it lies within 8 months (240 days) of it; beyond that the
//     nearest reading wins. News style writes the year for a date that far in
//     the past ("Nov. 4, 2024"), so a past verb next to a yearless date almost
//     a year back is more often a reporting verb ("officials said the vote on
//     Nov. 4 ...") or a slightly-off publication date than a year-old event.
//     A yearless date in a future clause, by the same style, may well lie
//     most of a year ahead ("will decide in December" read in January).
//   - neutral: the nearest reading; ties go to the past (distance is counted
//     in months for month readings, so "April" read in October is April of the
//     same year, not next April as chrono has it).
import { addMonths, centurySpan, daysInMonth, decadeSpan, distanceToInterval, parseYmd } from '../../text/calendar.js';
import type { Tense } from './tense.js';

export interface Interval {
  first: string;
  last: string;
}

export interface YearChoice {
  tense: Tense;
  /** The reading must not start after the reference ("since May"). */
  forcePast?: boolean;
  /** Ignore tense (relations "until", "before", "end" say nothing about the date's side). */
  ignoreTense?: boolean;
  /** Measure distance in days or in whole months. */
  unit: 'day' | 'month';
}

const GUARD_DAYS = 240;
const GUARD_MONTHS = 8;

function monthIndex(s: string): number {
  const p = parseYmd(s)!;
  return p.year * 12 + (p.month - 1);
}

function distance(reference: string, iv: Interval, unit: 'day' | 'month'): number {
  if (unit === 'day') return distanceToInterval(reference, iv.first, iv.last);
  const r = monthIndex(reference);
  const a = monthIndex(iv.first);
  const b = monthIndex(iv.last);
  return r < a ? a - r : r > b ? r - b : 0;
}

/**
 * Pick the year for a reading built by `build(year)` (null when that year has
 * no such day, e.g. Feb 29). Returns null when no candidate works.
 */
export function chooseYear(
  build: (year: number) => Interval | null,
  reference: string,
  opts: YearChoice,
): { year: number; interval: Interval } | null {
  const ref = parseYmd(reference);
  if (!ref) return null;
  const cands: { year: number; interval: Interval; dist: number }[] = [];
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const iv = build(y);
    if (iv) cands.push({ year: y, interval: iv, dist: distance(reference, iv, opts.unit) });
  }
  if (cands.length === 0) return null;
  const nearest = (list: typeof cands) =>
    list.reduce((best, c) => (c.dist < best.dist ? c : best)); // earlier wins ties: list is in year order
  if (opts.forcePast) {
    const past = cands.filter((c) => c.interval.first <= reference);
    if (past.length) return pick(past[past.length - 1]);
    return pick(nearest(cands));
  }
  if (!opts.ignoreTense && opts.tense !== 'neutral') {
    const ok = cands.filter((c) => (opts.tense === 'past' ? c.interval.first <= reference : c.interval.last >= reference));
    if (ok.length) {
      const best = nearest(ok);
      const guard = opts.unit === 'day' ? GUARD_DAYS : GUARD_MONTHS;
      if (opts.tense === 'future' || best.dist <= guard) return pick(best);
    }
  }
  return pick(nearest(cands));

  function pick(c: { year: number; interval: Interval }) {
    return { year: c.year, interval: c.interval };
  }
}

/** Interval of a month in a year. */
export function monthInterval(year: number, month: number): Interval {
  return { first: ymdOf(year, month, 1), last: ymdOf(year, month, daysInMonth(year, month)) };
}

function ymdOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Interval of months m1 (in year y) .. m2 (in the same year, or the next when m2 < m1). */
export function monthRangeInterval(year: number, m1: number, m2: number): Interval {
  const end = m2 >= m1 ? { year, month: m2 } : addMonths(year, m2, 12);
  return { first: ymdOf(year, m1, 1), last: ymdOf(end.year, end.month, daysInMonth(end.year, end.month)) };
}

// ---------------------------------------------------------------------------
// Bare years

export interface YearMatch {
  /** Local offsets of the year words ("2019", "2019 to 2021"). */
  start: number;
  end: number;
  year: number;
  endYear?: number;
}

const YEAR = /\b(1[89]\d\d|20\d\d|2100)\b/g;
/** A bare year counts only after a time preposition or modifier ("in 2019", "since 2019", "mid-2019"). */
const YEAR_CUE = /(?:\b(?:in|since|during|by|until|till|through|throughout|before|after|from|of|for|between|early|late|mid|and|or|to)\s+|\bmid-)$/i;
const YEAR_RANGE = /^\s*(?:-|–|—|to|through|until|and)\s*(\d{4}|\d{2})\b/;
/**
 * A year used as an adjective after a determiner ("the 2014 ban", "a 1986
 * treaty", "his 2016 campaign", "Obama’s 2012 action") or named as one ("by the year 2100"). A word
 * must follow the determiner's year: "the 2014" alone is no date.
 */
const ATTRIBUTIVE_CUE = /(?:(?:^|[^\p{L}])(?:the|a|an|this|that|its|his|her|their|our)|\p{L}['’]s)\s+$/iu;
const YEAR_NAMED = /\byear\s+$/i;
const WORD_AFTER = /^\s+\p{L}/u;
/** Plural nouns that follow an attributive year as events, not as counted things ("the 2016 elections"). */
const EVENT_PLURALS = new Set(['elections', 'midterms', 'primaries', 'games', 'olympics', 'talks', 'negotiations', 'protests', 'riots', 'floods', 'attacks', 'hearings', 'finals', 'playoffs']);
/** A plural noun right after the number makes it a count ("in 2019 cases"). */
const PLURAL_AFTER = /^\s+([a-z]+s)\b/;
const NOT_PLURAL = new Set(['as', 'is', 'was', 'has', 'this', 'its', 'his', 'thus', 'whereas', 'plus', 'us', 'across', 'does', 'always', 'perhaps', 'besides', 'versus']);

/** "the 1970s", "the 1990s": a decade, read as its ten years ("the 1800s": a century). */
const DECADE = /\b(?:the|in|during|since|by|of|and)\s+(?:(early|late|mid)[\s-])?(1[89]\d0|20\d0)['’]?s\b/giu;

/** Decades written as a plural year ("in the 1970s and 1980s", "the late 1960s"). */
function findDecades(text: string): YearMatch[] {
  const out: YearMatch[] = [];
  for (const m of text.matchAll(DECADE)) {
    const first = Number(m[2]);
    // "the 1800s", "the early 1900s": a century as people say it; "the 2000s" is the decade.
    const [year, endYear] = first % 100 === 0 && first < 2000 ? centurySpan(first / 100 + 1, m[1]?.toLowerCase()) : decadeSpan(first, m[1]);
    const start = m.index! + m[0].lastIndexOf(m[1] ?? m[2]);
    out.push({ start, end: m.index! + m[0].length, year, endYear });
  }
  return out;
}

const ORDINAL_CENTURIES: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22,
};
/**
 * "the 21st century", "the late nineteenth century", "by the end of this
 * century", "early this century": a century, or a third of one.
 */
const CENTURY = new RegExp(
  `\\b(?:(early|mid|late|(?:the\\s+)?(?:end|close|middle|beginning|start)\\s+of)[\\s-]+)?(?:the\\s+|this\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_CENTURIES).join('|')}|this)?[\\s-]?century\\b`,
  'giu',
);
const CENTURY_PARTS: Readonly<Record<string, string>> = { end: 'late', close: 'late', middle: 'mid', beginning: 'early', start: 'early' };

/** Centuries, numbered or "this" one (against `referenceYear`). */
function findCenturies(text: string, referenceYear?: number): YearMatch[] {
  const out: YearMatch[] = [];
  for (const m of text.matchAll(CENTURY)) {
    const which = m[2]?.toLowerCase();
    const thisOne = which === 'this' || /\bthis\s+century/iu.test(m[0]);
    let n: number | undefined;
    if (thisOne) n = referenceYear === undefined ? undefined : Math.floor(referenceYear / 100) + 1;
    else if (which) n = /^\d/.test(which) ? parseInt(which, 10) : ORDINAL_CENTURIES[which];
    if (n === undefined || n < 1 || n > 22) continue;
    const partWord = m[1]?.toLowerCase().replace(/^the\s+/u, '').split(/\s+/u)[0];
    const part = partWord ? (CENTURY_PARTS[partWord] ?? partWord) : undefined;
    const [year, endYear] = centurySpan(n, part);
    if (year < 1800) continue; // the dates this tool reads start in 1800
    out.push({ start: m.index!, end: m.index! + m[0].length, year, endYear });
  }
  return out;
}

/** Years written alone in the text, decades, and centuries. Linear in the text length. */
export function findYears(text: string, referenceYear?: number): YearMatch[] {
  const out: YearMatch[] = [...findDecades(text), ...findCenturies(text, referenceYear)];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const attributive = ATTRIBUTIVE_CUE.test(before) && WORD_AFTER.test(text.slice(end, end + 3));
    if (!YEAR_CUE.test(before) && !attributive && !YEAR_NAMED.test(before)) continue;
    if (/[\d.,$€£¥#]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && !/-$/.test(before)) continue;
    const after = text.slice(end, end + 40);
    if (/^\s*(?:%|percent\b|per cent\b|[.,]\d|\d)/i.test(after)) continue;
    const pl = PLURAL_AFTER.exec(after);
    if (pl && !NOT_PLURAL.has(pl[1]) && !EVENT_PLURALS.has(pl[1])) continue;
    const year = Number(m[1]);
    let endYear: number | undefined;
    const r = YEAR_RANGE.exec(after);
    if (r) {
      let y2 = Number(r[1]);
      if (r[1].length === 2) y2 = Math.floor(year / 100) * 100 + y2;
      if (y2 > year && y2 <= 2100) {
        endYear = y2;
        end += r[0].length;
        YEAR.lastIndex = end;
      }
    }
    out.push({ start, end, year, endYear });
  }
  return out.sort((a, b) => a.start - b.start);
}
