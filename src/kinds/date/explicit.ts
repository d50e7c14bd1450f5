// Written dates found with chrono-node: "October 24 to 27", "Oct. 25-26",
// "May 10, 2025", "Friday through Monday", "in May", "April’s".
//
// chrono is used only to find and split the words; the year, the weekday's
// day and every relative reading are decided by our own rules (year.ts,
// resolve.ts), because chrono's guesses are relative to "now"-style
// heuristics (e.g. "April" read in October comes back as next April).
//
// Only chrono's parsers for written dates run: the time-of-day parsers
// ("02:17 PM", "4 to 5") and the casual/relative ones ("next few days", "in
// the months ahead") are switched off — relative phrases are read by
// vague.ts with explicit rules.
//
// Long input: chrono sees at most 2,000 characters at a time. Longer
// sentences are cut into windows at whitespace, so the work stays linear in
// the sentence length and a 100k-character line cannot hang the parser.
// The English locale only: the package root also loads 15 other locales
// (~65 ms of start-up); `casual` is the same English parser either way.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { daysInMonth, parseYmd } from '../../text/calendar.js';
import type { Candidate, MonthDay } from './model.js';

export const CHRONO_WINDOW = 2000;

/** chrono's parsers for written dates; time and casual-relative parsers stay off. */
const KEEP_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);

let parser: chrono.Chrono | undefined;

function getParser(): chrono.Chrono {
  if (!parser) {
    const p = chrono.casual.clone();
    const kept = p.parsers.filter((x) => KEEP_PARSERS.has(x.constructor.name));
    // If a bundler ever renames the classes, keep all parsers: the filters
    // below still drop time-only and relative results.
    if (kept.length >= 5) p.parsers = kept;
    // chrono drops a bare "May" unless "in" precedes it, losing "since May" and
    // "after May"; our own rule (capital letter, and a cue before it or a
    // possessive after) replaces that filter.
    // chrono also turns "end of May" into May 31; relation.ts reads "the end
    // of" as the last third of the month instead (a span, not a day).
    const dropRefiners = new Set(['ENUnlikelyFormatFilter', 'ENEndOfPeriodRefiner']);
    p.refiners = p.refiners.filter((x) => !dropRefiners.has(x.constructor.name));
    parser = p;
  }
  return parser;
}

const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
const MONTH_FULL = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const WEEKDAY_FULL = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words that may stand before a date with a capital letter (sentence start, headlines). */
const FUNCTION_WORDS = new Set([
  'on', 'in', 'from', 'since', 'until', 'till', 'by', 'through', 'before', 'after', 'last', 'next', 'this', 'past',
  'coming', 'and', 'or', 'the', 'a', 'early', 'late', 'mid', 'during', 'between', 'starting', 'beginning', 'to',
  'of', 'at', 'for', 'over', 'throughout', 'that', 'as', 'but', 'then', 'later', 'earlier', 'effective', 'also',
  'again', 'only', 'even', 'so', 'when', 'while', 'ending', 'end', 'both', 'either',
]);

/** Words after which a bare "May" or "March" is the month, not the verb. */
const MONTH_CUES = new Set([
  'in', 'since', 'after', 'before', 'until', 'till', 'through', 'by', 'during', 'from', 'of', 'early', 'late',
  'mid', 'last', 'next', 'this', 'that', 'between', 'and', 'or', 'to', 'on', 'throughout', 'starting',
  'beginning', 'for', 'ending', 'effective', 'around', 'about', 'as', 'past', 'following',
]);

interface Word {
  raw: string;
  lower: string;
}

/** The word right before `idx`, separated only by spaces (null across punctuation). */
export function wordBefore(text: string, idx: number): Word | null {
  let i = idx;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  if (i === idx && i > 0 && text[i - 1] === '-') {
    // "mid-May"
    const m = /([\p{L}]+)-$/u.exec(text.slice(Math.max(0, i - 20), i));
    return m ? { raw: m[1], lower: m[1].toLowerCase() } : null;
  }
  if (i === idx && i > 0) return null;
  const m = /([\p{L}][\p{L}’'.]*)$/u.exec(text.slice(Math.max(0, i - 40), i));
  return m ? { raw: m[1], lower: m[1].toLowerCase().replace(/\.$/, '') } : null;
}

/** The word right after `idx`, separated only by spaces. */
export function wordAfter(text: string, idx: number): Word | null {
  const m = /^[ \u00a0]+([\p{L}][\p{L}’'-]*)/u.exec(text.slice(idx, idx + 60));
  return m ? { raw: m[1], lower: m[1].toLowerCase() } : null;
}

function isCapitalized(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/**
 * Words that make a following weekday part of a name ("Black Friday", "Super
 * Tuesday"). Any other capitalised word before a weekday is a name or a place
 * the day follows ("on Capitol Hill Friday", "Warner told CNN Sunday").
 */
const WEEKDAY_NAME_WORDS = new Set(['black', 'good', 'cyber', 'super', 'ash', 'holy', 'maundy', 'palm', 'easter', 'bloody', 'whit', 'shrove', 'giving', 'man', 'girl']);

/** True when a capitalised word before/after makes the date word part of a name ("Black Friday", "Theresa May", "Sunday Times"). */
function insideName(text: string, start: number, end: number, weekday = false): boolean {
  const before = wordBefore(text, start);
  if (before && isCapitalized(before.raw) && !FUNCTION_WORDS.has(before.lower) && (!weekday || WEEKDAY_NAME_WORDS.has(before.lower))) return true;
  const after = wordAfter(text, end);
  if (after && isCapitalized(after.raw) && !FUNCTION_WORDS.has(after.lower) && !MONTH_FULL.test(after.raw)) {
    if (!before || !MONTH_CUES.has(before.lower)) return true;
  }
  return false;
}

const POSSESSIVE = /^[’']s?\b/;

/** Split long text into windows of at most `size` characters, cut at whitespace. */
export function windows(text: string, size = CHRONO_WINDOW): { offset: number; text: string }[] {
  if (text.length <= size) return [{ offset: 0, text }];
  const out: { offset: number; text: string }[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + size);
    if (end < text.length) {
      // Prefer a sentence-like break, then any whitespace, in the last quarter.
      const slice = text.slice(pos + Math.floor(size * 0.75), end);
      let cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('; '));
      if (cut < 0) cut = Math.max(slice.lastIndexOf(' '), slice.lastIndexOf('\n'));
      if (cut >= 0) end = pos + Math.floor(size * 0.75) + cut + 1;
    }
    out.push({ offset: pos, text: text.slice(pos, end) });
    pos = end;
  }
  return out;
}

function noonReference(reference: string, tz: number): { instant: Date; timezone: number } {
  const p = parseYmd(reference)!;
  return { instant: new Date(Date.UTC(p.year, p.month - 1, p.day, 12, 0, 0) - tz * 60_000), timezone: tz };
}

type Comp = ParsedComponents;

function monthDayOf(c: Comp): MonthDay | null {
  const month = c.get('month');
  const day = c.get('day');
  if (month === null || day === null) return null;
  const md: MonthDay = { month, day };
  if (c.isCertain('year')) md.year = c.get('year') ?? undefined;
  return md;
}

/** Candidates for written dates, month names and weekdays. Offsets are local to `text`. */
export function chronoCandidates(text: string, reference: string, tzOffsetMinutes = 0): Candidate[] {
  const out: Candidate[] = [];
  const ref = noonReference(reference, tzOffsetMinutes);
  const p = getParser();
  for (const w of windows(text)) {
    let results: ParsedResult[];
    try {
      results = p.parse(w.text, ref);
    } catch {
      continue;
    }
    for (const r of results) {
      const c = fromResult(text, w.offset + r.index, r);
      if (c) out.push(c);
    }
  }
  return out;
}

function fromResult(text: string, index: number, r: ParsedResult): Candidate | null {
  // Trim prepositions chrono swallowed ("on Saturday") and trailing punctuation.
  let start = index;
  let end = index + r.text.length;
  const lead = /^(?:(?:on|at|in|from|by|the)\b\s*|[,(（]\s*)+/i.exec(r.text);
  if (lead) start += lead[0].length;
  const tail = /[\s,)）]+$/.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  if (end <= start) return null;
  const words = text.slice(start, end);
  const s = r.start;
  const hasMonth = s.isCertain('month');
  const hasDay = hasMonth && s.isCertain('day');
  const hasWeekday = s.isCertain('weekday');
  if (s.isCertain('hour') && !hasMonth && !hasWeekday) return null;

  if (hasDay) {
    const monthWord = MONTH_WORD.exec(words);
    if (monthWord) {
      if (!isCapitalized(monthWord[0])) return null;
    } else if (!s.isCertain('year')) {
      // "3/4" is a fraction far more often than March 4: numeric dates need a year.
      return null;
    }
    const startMd = monthDayOf(s);
    if (!startMd) return null;
    let endMd: MonthDay | undefined;
    if (r.end && r.end.isCertain('day')) endMd = monthDayOf(r.end) ?? undefined;
    const cand: Candidate = {
      start,
      end,
      source: 'chrono',
      expr: { type: 'md', start: startMd, end: endMd, weekday: hasWeekday || undefined },
    };
    if (!endMd) extendBareDay(text, cand);
    return cand;
  }

  if (hasMonth) {
    const monthWord = MONTH_WORD.exec(words);
    const year = s.isCertain('year') ? (s.get('year') ?? undefined) : undefined;
    if (!monthWord) {
      if (year === undefined) return null; // "10/2025" is fine, a lone number is not
    } else {
      const name = monthWord[1];
      if (!isCapitalized(name)) return null; // "march" the verb, "may" the modal
      if (year === undefined) {
        if (!MONTH_FULL.test(name)) return null; // "Jan" alone is a name more often than a month
        if (insideName(text, start, end)) return null;
        const lower = name.toLowerCase();
        if (lower === 'may' || lower === 'march') {
          const before = wordBefore(text, start);
          const possessive = POSSESSIVE.test(text.slice(end, end + 3));
          if (!possessive && !(before && MONTH_CUES.has(before.lower))) return null;
        }
      }
    }
    const month = s.get('month')!;
    const expr: Candidate['expr'] = { type: 'month', month, year };
    if (r.end && r.end.isCertain('month') && !r.end.isCertain('day')) {
      expr.endMonth = r.end.get('month') ?? undefined;
      if (r.end.isCertain('year')) expr.endYear = r.end.get('year') ?? undefined;
    }
    return { start, end, source: 'chrono', expr };
  }

  if (hasWeekday) {
    WEEKDAY_FULL.lastIndex = 0;
    const names = [...words.matchAll(WEEKDAY_FULL)];
    if (names.length === 0) return null; // "Sun", "Sat", "Wed" are words and newspapers
    for (const n of names) if (!isCapitalized(n[0])) return null;
    const first = names[0];
    const lastName = names[names.length - 1];
    // Span: from a leading this/last/next to the last weekday name.
    const mod = /^(this|last|past|next)\s+/i.exec(words);
    const wStart = start + (mod ? 0 : first.index!);
    const wEnd = start + lastName.index! + lastName[0].length;
    const before = wordBefore(text, wStart);
    if (before && (before.lower === 'every' || before.lower === 'each')) return null;
    if (!mod && insideName(text, start + first.index!, start + first.index! + first[0].length, true)) return null;
    if (/^s\b/.test(text.slice(wEnd, wEnd + 2))) return null; // "Sundays"
    const weekday = WEEKDAYS.indexOf(first[1].toLowerCase());
    let endWeekday: number | undefined;
    if (r.end && r.end.isCertain('weekday') && names.length > 1) {
      endWeekday = WEEKDAYS.indexOf(lastName[1].toLowerCase());
    }
    let modifier: 'last' | 'next' | 'this' | undefined;
    if (mod) modifier = mod[1].toLowerCase() === 'next' ? 'next' : mod[1].toLowerCase() === 'this' ? 'this' : 'last';
    return {
      start: wStart,
      end: names.length > 1 && endWeekday === undefined ? start + first.index! + first[0].length : wEnd,
      source: 'chrono',
      expr: { type: 'weekday', weekday, endWeekday, modifier },
    };
  }
  return null;
}

/** "Oct. 24 and 27", "between Oct. 24 and 27": chrono stops at the first day; take the bare second day too. */
function extendBareDay(text: string, cand: Candidate): void {
  if (cand.expr.type !== 'md') return;
  const after = text.slice(cand.end, cand.end + 40);
  const m = /^(\s*(?:and|or|&|-|–|to|through|until|till)\s*)(\d{1,2})(?:st|nd|rd|th)?\b/.exec(after);
  if (!m) return;
  const rest = after.slice(m[0].length);
  if (/^\s*(?:%|percent|per cent|[.,:/]\d|\d|[\p{L}]+s\b)/iu.test(rest)) return;
  const day = Number(m[2]);
  const st = cand.expr.start;
  const dim = daysInMonth(st.year ?? 2024, st.month); // leap year when unknown: Feb 29 may be valid
  if (day <= st.day || day > dim) return;
  // A year may follow the second day: "Oct. 24 and 27, 2025".
  const y = /^,?\s*(\d{4})\b/.exec(rest);
  const year = y ? Number(y[1]) : st.year;
  const endLen = m[0].length + (y ? y[0].length : 0);
  cand.expr.end = { month: st.month, day, year };
  if (y && st.year === undefined) st.year = year;
  cand.end += endLen;
}
