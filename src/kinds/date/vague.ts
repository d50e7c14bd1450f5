// Relative and vague time phrases, read against the publication date.
//
//   earlier this month   1st of the month .. the day before the reference
//                        (the reference itself when it is the 1st)
//   later this month     the reference .. last day of the month
//   this/next/last month the whole month
//   earlier this year    1 January .. the reference
//   later this year      the reference .. 31 December
//   this/next/last year  the whole year
//   this/next/last week  Monday..Sunday: weeks are ISO 8601 weeks (Monday
//                        first), the convention of most of the world's news
//                        desks and the one that makes "next week" read the
//                        same whatever weekday the article was published on
//   earlier/later this week  Monday .. reference-1 / reference .. Sunday
//   this weekend, over/during/at the weekend, until/by/after the weekend
//                        Saturday–Sunday of the current ISO week (the coming
//                        weekend) when the clause is future or neutral; in a
//                        past clause the last weekend on/before the reference
//   next/last weekend    the weekend of the next/previous ISO week
//   recently             the 30 days up to the reference (a convention: the
//                        word promises no more than "not long ago")
//   the past N days/weeks/months/years  a rolling window ending at the reference
//   N days/weeks/months/years ago       that day / ISO week / month / year
//   today, tonight, this morning ...    the reference day; yesterday, last
//                        night: the day before; tomorrow: the day after
//
// Not extracted, on purpose: "the next few days", "the coming weeks", "in
// the months ahead", "recent" (adjective) — they promise no interval an
// editor could check, and every article has some.
import {
  addDays,
  addMonths,
  daysInMonth,
  isoWeekMonday,
  monthEnd,
  monthStart,
  parseYmd,
  weekdayOf,
  ymd,
} from '../../text/calendar.js';
import type { Candidate, RelativeRule } from './model.js';
import type { Tense } from './tense.js';

type Iv = { first: string; last: string };

const DMY = ['year', 'month', 'day'];
const YM = ['year', 'month'];
const Y = ['year'];

function ref(reference: string) {
  return parseYmd(reference)!;
}

function month(reference: string, shift: number): Iv {
  const r = ref(reference);
  const m = addMonths(r.year, r.month, shift);
  return { first: monthStart(m.year, m.month), last: monthEnd(m.year, m.month) };
}

function year(reference: string, shift: number): Iv {
  const y = ref(reference).year + shift;
  return { first: ymd(y, 1, 1), last: ymd(y, 12, 31) };
}

function week(reference: string, shift: number): Iv {
  const mon = addDays(isoWeekMonday(reference), 7 * shift);
  return { first: mon, last: addDays(mon, 6) };
}

function weekendOfWeek(reference: string, shift: number): Iv {
  const mon = addDays(isoWeekMonday(reference), 7 * shift);
  return { first: addDays(mon, 5), last: addDays(mon, 6) };
}

/** The weekend the clause means: coming (future/neutral) or last (past). */
export function weekendByTense(reference: string, tense: Tense): Iv {
  const wd = weekdayOf(reference);
  const inWeekend = wd === 6 || wd === 0;
  if (tense === 'past' && !inWeekend) return weekendOfWeek(reference, -1);
  return weekendOfWeek(reference, 0);
}

const day = (shift: number) => (reference: string): Iv => {
  const d = addDays(reference, shift);
  return { first: d, last: d };
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

function count(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

interface Entry {
  re: RegExp;
  rule: RelativeRule;
  /** One-word phrases ("Today") are skipped when capitalised inside a name ("USA Today"). */
  single?: boolean;
}

function rule(
  granularity: RelativeRule['granularity'],
  vague: boolean,
  inferred: string[],
  modifiable: boolean,
  resolve: RelativeRule['resolve'],
): RelativeRule {
  return { granularity, vague, inferred, modifiable, resolve };
}

const NUM = String.raw`(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;

// Order matters: longer phrases first, so "earlier this month" wins over "this month".
const ENTRIES: Entry[] = [
  {
    re: /\bearlier (?:this|in the) month\b/iy,
    rule: rule('vague', true, DMY, false, (r) => {
      const m = month(r, 0);
      const last = addDays(r, -1);
      return { first: m.first, last: last < m.first ? m.first : last };
    }),
  },
  {
    re: /\blater (?:this|in the) month\b/iy,
    rule: rule('vague', true, DMY, false, (r) => ({ first: r, last: month(r, 0).last })),
  },
  {
    re: /\bearlier (?:this|in the) year\b/iy,
    rule: rule('vague', true, DMY, false, (r) => ({ first: year(r, 0).first, last: r })),
  },
  {
    re: /\blater (?:this|in the) year\b/iy,
    rule: rule('vague', true, DMY, false, (r) => ({ first: r, last: year(r, 0).last })),
  },
  {
    re: /\bearlier (?:this|in the) week\b/iy,
    rule: rule('vague', true, DMY, false, (r) => {
      const w = week(r, 0);
      const last = addDays(r, -1);
      return { first: w.first, last: last < w.first ? w.first : last };
    }),
  },
  {
    re: /\blater (?:this|in the) week\b/iy,
    rule: rule('vague', true, DMY, false, (r) => ({ first: r, last: week(r, 0).last })),
  },
  {
    re: /\b(?:this past|last|past) weekend\b/iy,
    rule: rule('weekend', true, DMY, false, (r) => weekendOfWeek(r, -1)),
  },
  { re: /\bnext weekend\b/iy, rule: rule('weekend', true, DMY, false, (r) => weekendOfWeek(r, 1)) },
  {
    re: /\b(?:this weekend|(?:over|during|at|on) the weekend)\b/iy,
    rule: rule('weekend', true, DMY, false, (r, tense) => weekendByTense(r, tense)),
  },
  {
    // "until the weekend", "by the weekend": relation.ts turns the cue into the relation.
    re: /(?<=\b(?:by|until|till|before|after|through|since|from|for) )the weekend\b/iy,
    rule: rule('weekend', true, DMY, false, (r, tense) => weekendByTense(r, tense)),
  },
  { re: /\b(?:this past|last) week\b(?! of\b)/iy, rule: rule('week', true, DMY, true, (r) => week(r, -1)) },
  { re: /\bnext week\b(?! of\b)/iy, rule: rule('week', true, DMY, true, (r) => week(r, 1)) },
  { re: /\bthis week\b(?! of\b)/iy, rule: rule('week', true, DMY, true, (r) => week(r, 0)) },
  { re: /\b(?:this past|last) month\b(?! of\b)/iy, rule: rule('month', true, YM, true, (r) => month(r, -1)) },
  { re: /\bnext month\b(?! of\b)/iy, rule: rule('month', true, YM, true, (r) => month(r, 1)) },
  { re: /\bthis month\b(?! of\b)/iy, rule: rule('month', true, YM, true, (r) => month(r, 0)) },
  { re: /\blast year\b(?! of\b)/iy, rule: rule('year', true, Y, true, (r) => year(r, -1)) },
  { re: /\bnext year\b(?! of\b)/iy, rule: rule('year', true, Y, true, (r) => year(r, 1)) },
  { re: /\bthis year\b(?! of\b)/iy, rule: rule('year', true, Y, true, (r) => year(r, 0)) },
  // "the end of the year", "the rest of the month": only after "of", where "the" means the current one.
  { re: /(?<=\bof )the week\b/iy, rule: rule('week', true, DMY, true, (r) => week(r, 0)) },
  { re: /(?<=\bof )the month\b/iy, rule: rule('month', true, YM, true, (r) => month(r, 0)) },
  { re: /(?<=\bof )the year\b/iy, rule: rule('year', true, Y, true, (r) => year(r, 0)) },
  {
    re: new RegExp(String.raw`\bthe (?:past|last) (?:${NUM} )?(day|week|month|year)s?\b(?! of\b)`, 'iy'),
    rule: rule('vague', true, DMY, false, (r, _t, m) => {
      const n = m[1] ? count(m[1]) : 1;
      if (n === null || n < 1) return null;
      const unit = m[2].toLowerCase();
      if (unit === 'day') return { first: addDays(r, -n), last: r };
      if (unit === 'week') return { first: addDays(r, -7 * n), last: r };
      const p = ref(r);
      const back = addMonths(p.year, p.month, unit === 'month' ? -n : -12 * n);
      return { first: ymd(back.year, back.month, Math.min(p.day, daysInMonth(back.year, back.month))), last: r };
    }),
  },
  {
    re: new RegExp(String.raw`\b${NUM} (day|week|month|year)s? ago\b`, 'iy'),
    rule: rule('vague', true, DMY, false, (r, _t, m) => {
      const n = count(m[1]);
      if (n === null || n < 1) return null;
      const unit = m[2].toLowerCase();
      if (unit === 'day') return day(-n)(r);
      if (unit === 'week') return week(addDays(r, -7 * n), 0);
      if (unit === 'month') return month(r, -n);
      return year(r, -n);
    }),
  },
  { re: /\brecently\b/iy, single: true, rule: rule('vague', true, DMY, false, (r) => ({ first: addDays(r, -30), last: r })) },
  {
    re: /\b(?:(?:earlier|later) today|today|tonight|this (?:morning|afternoon|evening))\b/iy,
    single: true,
    rule: rule('day', false, DMY, false, day(0)),
  },
  { re: /\b(?:yesterday|last night)\b/iy, single: true, rule: rule('day', false, DMY, false, day(-1)) },
  { re: /\btomorrow\b/iy, single: true, rule: rule('day', false, DMY, false, day(1)) },
];

/** Granularity a relative rule reports (refined for "N units ago"). */
export function agoGranularity(m: RegExpExecArray): 'day' | 'week' | 'month' | 'year' | null {
  if (!/\bago$/i.test(m[0])) return null;
  return m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year';
}

const START = /\b(?:earlier|later|this|last|past|next|over|during|at|on|the|recently|today|tonight|yesterday|tomorrow|\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b/gi;

/** Relative phrases in the text. Linear: each entry is tried (sticky) only where a start word is. */
export function relativeCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let covered = 0;
  START.lastIndex = 0;
  for (let s = START.exec(text); s; s = START.exec(text)) {
    const at = s.index;
    if (at < covered) continue;
    for (const e of ENTRIES) {
      e.re.lastIndex = at;
      const m = e.re.exec(text);
      if (!m || m.index !== at) continue;
      const end = at + m[0].length;
      if (e.single && /^\p{Lu}/u.test(m[0]) && capitalisedWordBefore(text, at)) break;
      out.push({
        start: at,
        end,
        source: 'relative',
        expr: { type: 'relative', phrase: m[0].toLowerCase(), rule: e.rule },
        match: m,
      });
      covered = end;
      START.lastIndex = end;
      break;
    }
  }
  return out;
}

function capitalisedWordBefore(text: string, idx: number): boolean {
  const m = /([\p{L}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, idx - 40), idx));
  return !!m && /^\p{Lu}/u.test(m[1]);
}
