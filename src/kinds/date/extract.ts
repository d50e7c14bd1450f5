// The date/time extractor (kind 'date').
//
// Every date is read against the article's publication date (ctx.reference,
// YYYY-MM-DD, in the publication's zone), never against "now":
//   - written dates and ranges ("October 24 to 27", "Oct. 25-26", "May 10,
//     2025"), month names ("in May", "April’s") and weekdays ("from Friday
//     through Monday") are found with chrono-node (dates/explicit.ts);
//   - bare years after a preposition ("in 2019") by dates/year.ts;
//   - relative phrases ("earlier this month", "next week", "recently") by
//     dates/vague.ts.
// Then, for each phrase: the cue before it gives the relation and the span
// start (dates/relation.ts), the nearest verb gives the tense (dates/tense.ts),
// and dates/resolve.ts reads the days. Claim text covers cue and date words:
// "from October 24 to 27", "on Saturday and Sunday", "after April".
//
// Open-ended bounds ("after Nov. 10" in a future clause, "before May" in a
// past one) use OPEN_FIRST = 0001-01-01 and OPEN_LAST = 9999-12-31, so plain
// string comparison of YYYY-MM-DD still works for overlap tests; readings never
// show them.
//
// Cost: linear in the sentence length. chrono sees windows of at most 2,000
// characters (dates/explicit.ts); our own scanners are single passes.
import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { DateValue } from '../../model/value.js';
import { OPEN_FIRST, OPEN_LAST, parseYmd } from '../../text/calendar.js';
import { chronoCandidates } from './explicit.js';
import type { Candidate, DateExpr } from './model.js';
import { composeReading, describeDate } from './reading.js';
import { relationBefore } from './relation.js';
import { applyModifier, applyRelation, isModifiable, resolveExpr } from './resolve.js';
import { tenseAround, tokenize } from './tense.js';
import { relativeCandidates } from './vague.js';
import { findYears } from './year.js';

export { describeDate, OPEN_FIRST, OPEN_LAST };

const PRIORITY: Record<Candidate['source'], number> = { chrono: 0, relative: 1, year: 2 };

/** Drop overlapping candidates: the longer wins, then chrono over the others. One sweep after sorting. */
function removeOverlaps(cands: Candidate[]): Candidate[] {
  const better = (a: Candidate, b: Candidate) =>
    a.end - a.start !== b.end - b.start ? a.end - a.start > b.end - b.start : PRIORITY[a.source] < PRIORITY[b.source];
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      // c starts inside `last`; everything kept before `last` ends before last.start <= c.start.
      if (better(c, last)) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

const JOIN = /^\s*,?\s*(?:and|or|&)\s*$/i;
const RANGE_JOIN = /^\s*(?:to|through|until|till|-|–|—)\s*$/i;

function isRangeExpr(e: DateExpr): boolean {
  return (
    (e.type === 'md' && e.end !== undefined) ||
    (e.type === 'month' && e.endMonth !== undefined) ||
    (e.type === 'weekday' && e.endWeekday !== undefined) ||
    (e.type === 'year' && e.endYear !== undefined)
  );
}

/**
 * Join two dates of the same kind written as "X and Y" / "X or Y" (one claim
 * covering both: "on Saturday and Sunday" → Sat..Sun) and ranges chrono left
 * apart ("May to July").
 */
function mergePairs(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && prev.expr.type === c.expr.type && !isRangeExpr(prev.expr) && !isRangeExpr(c.expr)) {
      const gap = text.slice(prev.end, c.start);
      if (JOIN.test(gap) || RANGE_JOIN.test(gap)) {
        const merged = merge(prev.expr, c.expr);
        if (merged) {
          out[out.length - 1] = { ...prev, end: c.end, expr: merged };
          continue;
        }
      }
    }
    out.push(c);
  }
  return out;
}

function merge(a: DateExpr, b: DateExpr): DateExpr | null {
  if (a.type === 'weekday' && b.type === 'weekday' && !b.modifier) return { ...a, endWeekday: b.weekday };
  if (a.type === 'md' && b.type === 'md') {
    const s = a.start;
    const e = b.start;
    // Only a later second date makes a range ("Dec. 31 and Jan. 1" is later across the new year).
    if (s.year !== undefined && e.year !== undefined) {
      if (e.year * 400 + e.month * 32 + e.day <= s.year * 400 + s.month * 32 + s.day) return null;
    } else if (e.month === s.month && e.day <= s.day) {
      return null;
    } else if (e.month < s.month && !(s.month === 12 && e.month === 1)) {
      return null;
    }
    return { type: 'md', start: { ...s }, end: { ...e }, weekday: a.weekday || b.weekday };
  }
  if (a.type === 'month' && b.type === 'month') {
    return { type: 'month', month: a.month, year: a.year, endMonth: b.month, endYear: b.year ?? (a.year !== undefined && b.month < a.month ? a.year + 1 : a.year) };
  }
  if (a.type === 'year' && b.type === 'year' && b.year > a.year) return { type: 'year', year: a.year, endYear: b.year };
  return null;
}

function validReference(ref: string): boolean {
  return parseYmd(ref) !== null;
}

/** Find every date in one sentence. Never throws. */
export function extractDates(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
  if (!sentence || typeof sentence.text !== 'string' || !ctx || !validReference(ctx.reference)) return [];
  const text = sentence.text;
  if (!/\d|day|week|month|year|century|recent|tonight|tomorrow|morning|afternoon|evening|night|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text)) {
    return [];
  }
  const reference = ctx.reference;
  const tz = Number.isFinite(ctx.tzOffsetMinutes) ? (ctx.tzOffsetMinutes as number) : 0;

  const cands: Candidate[] = [
    ...chronoCandidates(text, reference, tz),
    ...relativeCandidates(text),
    ...findYears(text, Number(reference.slice(0, 4))).map<Candidate>((y) => ({
      start: y.start,
      end: y.end,
      source: 'year',
      expr: { type: 'year', year: y.year, endYear: y.endYear },
    })),
  ];
  if (cands.length === 0) return [];
  const merged = mergePairs(text, removeOverlaps(cands));
  const tokens = tokenize(text);
  const fileText = ctx.source?.text;
  const out: RawClaim[] = [];
  let prevEnd = 0;
  for (const c of merged) {
    const isRange = isRangeExpr(c.expr);
    const modifiable = isModifiable(c.expr);
    const possessive = /^[’']s?\b/.test(text.slice(c.end, c.end + 3));
    let rel = relationBefore(text, c.start, { isRange, modifiable, possessive });
    // Never overlap the previous claim: a cue that reaches back into it is dropped.
    if (rel.start < prevEnd) rel = { relation: 'on', start: c.start, inclusive: false };
    const spanStart = rel.start;
    const tense = tenseAround(tokens, spanStart, c.end);
    const input = { reference, tense, relation: rel.relation };
    let r = resolveExpr(c.expr, input, c.match);
    if (!r) continue;
    // The stated date, before the relation widens it (used for the reading).
    let phrase = r.phrase;
    if (rel.modifier && rel.modifierStart !== undefined && spanStart <= rel.modifierStart) {
      const narrowed = applyModifier(r, rel.modifier, reference);
      if (narrowed !== r) {
        r = narrowed;
        const words = text.slice(rel.modifierStart, c.end);
        phrase = words.charAt(0).toLowerCase() + words.slice(1);
      }
    }
    const { first, last } = applyRelation(r, rel.relation, rel.inclusive, reference, tense);
    const reading = composeReading({
      first: r.first,
      last: r.last,
      days: c.expr.type === 'md' || c.expr.type === 'weekday',
      compact: r.granularity === 'vague',
      relation: rel.relation,
      inclusive: rel.inclusive,
      phrase: r.vague || phrase !== r.phrase ? phrase : undefined,
    });
    const value: DateValue = {
      type: 'date',
      first,
      last,
      granularity: r.granularity,
      relation: rel.relation,
      stated: r.stated,
      inferred: r.inferred,
      vague: r.vague,
      reference,
      referenceInferred: !!ctx.referenceInferred,
      reading,
    };
    const start = sentence.start + spanStart;
    const end = sentence.start + c.end;
    const claimText = text.slice(spanStart, c.end);
    if (typeof fileText === 'string' && fileText.slice(start, end) !== claimText) continue;
    out.push({ kind: 'date', start, end, text: claimText, value });
    prevEnd = c.end;
  }
  return out;
}

export const dateExtractor: Extractor = {
  kind: 'date',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    try {
      return extractDates(sentence, ctx);
    } catch {
      return [];
    }
  },
};

export default dateExtractor;
