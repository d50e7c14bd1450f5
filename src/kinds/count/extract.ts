// kind 'count': a number followed by the noun it counts — "398 people",
// "eight years", "four meetings", "12,000 troops", "at least 398 people",
// "10-20 people" — and vague counts: "thousands of Chinese firms", "several
// phone calls", "a few days" (bounds in numbers/parse-number.ts). Also the
// compound adjectives "two-day talks", "a 12-month deadline", "a 12-member
// jury", read as a count of the unit; any other noun counts when the
// compound stands before a noun and the number is two or more ("the 30-page
// complaint", "a three-judge panel").
//
// unit = the counted noun, singular and lower case ("meeting", "firm";
// people/persons → "people"). The span runs from the qualifier (or the vague
// word) to the counted noun: "at least 398 people", "thousands of Chinese
// firms", "four meetings".
//
// Not counts (skipped):
//   - percentages and money (their own extractors) and "percentage points";
//   - years ("in 2019", "the 2025 budget"; a four-digit 1900–2099 number is a
//     year unless qualified or directly followed by a plural noun with no
//     year-like word before it: "about 2000 people", "2000 people died");
//   - times ("02:17 PM" is one code token; "2 pm" has no plural noun);
//   - day numbers of dates: after a month ("October 24", "Oct. 25-26",
//     "Nov. 10"), before a month ("24 October"), and the far end of a date
//     range ("October 24 to 27");
//   - numbers inside names or codes: glued to letters ("G20", "COVID-19",
//     "F-35"), after a capitalised non-function word ("Section 301", "Boeing
//     737", "Chapter 11"), after "No."/"#", or glued to "+", "/", ":";
//   - ordinals (own extractor) and fractions ("half the …", "two-thirds");
//   - "one" as a pronoun ("one of", "no one", "one another", "the one",
//     "one day");
//   - "both" (never read as 2, to keep noise down);
//   - hyphenated idioms: "two-way", "four-fold", "one-stop", "one-sided".
// A count after a determiner still states how many: "the three deputies",
// "all five members", "its 12 districts", "their two young sons".
// "over" before a small spelled-out number is a preposition, not a bound:
// "crafted over four meetings" is a count of 4 (exact), while "over 400
// people" is more than 400.

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { NumberQualifier } from '../../model/value.js';
import { isCapitalised, isPossessive, tokenize, type Tok } from '../numeric/tokens.js';
import { scanNumbers, vagueAt, TENS, UNITS, TEENS, type NumberMatch } from '../numeric/parse-number.js';
import { qualifierBefore, rangeConnector, rangeIntroBefore } from '../numeric/qualifier.js';
import { buildNumberValue, formatScaled, writtenPrecision } from '../numeric/interval.js';
import { isCurrencyPrefixToken, isMonth, monthBefore, percentUnitAt, CODES, CURRENCY_WORDS } from '../numeric/units.js';
import { headNounAfter, DETERMINERS } from '../numeric/phrase.js';
import { isAdverb, isNounCapable, isPluralNoun, isStopTok, isVerbPreferred, singular, tagsOf, STOP } from '../numeric/lexicon.js';
import { dedupe, makeClaim, safely } from '../numeric/claim.js';
import { pointsArePercent } from '../percent/extract.js';

/** Heads that are not counted things: multipliers, units owned elsewhere, clock words. */
const HEAD_EXCLUDE = new Set([
  'times', 'time', 'percent', 'pct', 'percentage', 'cent', 'cents', 'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc',
  'bps', 'fold', 'plus', 'thirds', 'fourths', 'fifths', 'sixths', 'sevenths', 'eighths', 'ninths', 'tenths', 'halves',
  'quarters', 'apiece', 'each',
]);

/** Words before a four-digit number that make it a year. */
const YEAR_PREV = new Set([
  'in', 'since', 'by', 'of', 'from', 'to', 'until', 'till', 'before', 'after', 'during', 'the', 'this', 'that', 'year',
  'fiscal', 'early', 'late', 'mid', 'and', 'or', 'through', 'between', 'around', 'circa', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'season', 'class', 'vintage', 'model', 'its', 'their', 'his', 'her', 'for', 'at', 'on',
]);

const DATE_LINKS = new Set(['to', 'through', 'thru', 'until', 'till', 'and', '-', '\u2013', '\u2014', '&']);

const DEFINITE = new Set([...DETERMINERS].filter((w) => w !== 'a' && w !== 'an'));

/** "one" is a pronoun or an idiom here. */
const ONE_PRONOUN_PREV = new Set(['the', 'this', 'that', 'each', 'every', 'any', 'no', 'which', 'anyone', 'someone', 'everyone', 'only']);
const ONE_IDIOM_NEXT = new Set([
  'of', 'another', 'or', 'hand', 'day', 'time', 'way', 'thing', 'side', 'point', 'more', 'such', 'last',
  'morning', 'evening', 'night', 'afternoon', 'moment',
]);

/** Compound adjectives that count a unit: "two-day talks", "12-month deadline", "15-member panel". */
const COMPOUND_UNITS = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'member', 'nation', 'country', 'state', 'party',
  'round', 'game', 'match', 'seat', 'person', 'man', 'woman', 'story', 'storey', 'bed', 'room',
]);

/** Heads of hyphenated idioms that count nothing: "two-way street", "three-point shot" stays, "four-fold" is a multiplier. */
const COMPOUND_IDIOMS = new Set([
  'way', 'time', 'fold', 'sided', 'off', 'one', 'all', 'hand', 'handed', 'hander', 'liner', 'pointer', 'shot', 'stop',
  'thirds', 'half', 'quarter', 'third', 'fifth', 'tenth', 'percent', 'cent', 'dimensional', 'digit', 'figure', 'faced',
]);

/** Words between a number and its noun that add to a known set: "30 other countries", "two more weeks". */
const ADDITION_WORDS = ['other', 'more', 'additional', 'further', 'extra'];

function isW(t: Tok | undefined, ...w: string[]): boolean {
  return !!t && t.type === 'word' && (w.length === 0 || w.includes(t.lower));
}

/** Reasons a number is not a count, looked at from its own tokens. */
function notACount(tokens: Tok[], a: NumberMatch, dateNums: Set<number>, rangeEnd = false): boolean {
  const first = tokens[a.firstTok];
  const prev = tokens[a.firstTok - 1];
  const next = tokens[a.lastTok + 1];
  if (a.abbrev) return true; // "40m" may be metres
  // percentages and money
  if (percentUnitAt(tokens, a.lastTok + 1, true)) return true;
  if (next && next.type === 'word' && (next.lower in CURRENCY_WORDS || next.text in CODES)) {
    // "5 pounds" is money only with a scale word, but not a count of pounds we care about either
    return true;
  }
  if (prev && isCurrencyPrefixToken(prev)) return true;
  // glued to punctuation that makes a code: "+03", "/5", "#5", ".5", ":30"
  if (prev && prev.type === 'punct' && !first.spaceBefore && '+-\u2212/#.:\u2013\u2014_'.includes(prev.text)) {
    // the far end of "10-20 people" is glued to its dash; the caller checked the near end
    const dash = prev.text === '-' || prev.text === '\u2013' || prev.text === '\u2014';
    if (!(rangeEnd && dash)) return true;
  }
  if (next && next.type === 'punct' && !next.spaceBefore && (next.text === ':' || next.text === '/' || next.text === '+')) return true;
  // "No. 5", "no 5"
  if (prev && prev.type === 'punct' && prev.text === '.' && isW(tokens[a.firstTok - 2], 'no', 'nos')) return true;
  // dates: "October 24", "Oct. 25-26", "24 October", "5 of May", far end of "October 24 to 27"
  if (a.form === 'digits' && a.value >= 1 && a.value <= 31 && Number.isInteger(a.value)) {
    if (monthBefore(tokens, a.firstTok) >= 0) {
      dateNums.add(a.firstTok);
      return true;
    }
    if (isMonth(next) || (isW(next, 'of') && isMonth(tokens[a.lastTok + 2]))) {
      dateNums.add(a.firstTok);
      return true;
    }
    if (prev && DATE_LINKS.has(prev.lower)) {
      const before = tokens[a.firstTok - 2];
      if (before && dateNums.has(a.firstTok - 2)) {
        dateNums.add(a.firstTok);
        return true;
      }
    }
  }
  // names and codes: "Section 301", "Boeing 737", "Chapter 11" — a capitalised content word right
  // before (also at the start of a sentence), unless it is a function word, a verb or adverb
  // ("Kills 400" in a headline, "Nearly 400"), a month, or part of a qualifier ("About 400")
  if (
    prev &&
    isCapitalised(prev) &&
    !STOP.has(prev.lower) &&
    !isVerbPreferred(prev) &&
    !isAdverb(prev) &&
    !isMonth(prev) &&
    !qualifierBefore(tokens, a.firstTok)
  ) {
    return true;
  }
  // a day-of-week or month name after a two-digit number is a date, handled above; weekday before
  if (a.form === 'words') {
    const w = a.text.toLowerCase();
    if (w === 'half') return true;
    if (w === 'one') {
      if (prev && prev.type === 'word' && ONE_PRONOUN_PREV.has(prev.lower)) return true;
      if (next && next.type === 'word' && ONE_IDIOM_NEXT.has(next.lower)) return true;
      if (next && next.type === 'punct') return true;
    }
  }
  return false;
}

/** Four-digit 1900–2099 numbers are years unless they clearly count something. */
function isYearLike(a: NumberMatch): boolean {
  return a.form === 'digits' && /^\d{4}$/.test(a.text) && a.value >= 1900 && a.value <= 2099;
}

function yearNotCount(tokens: Tok[], a: NumberMatch, qualified: boolean): boolean {
  if (!isYearLike(a)) return false;
  if (qualified) return false;
  const prev = tokens[a.firstTok - 1];
  if (prev && ((prev.type === 'punct' && (prev.text === ',' || prev.text === '(')) || YEAR_PREV.has(prev.lower) || isMonth(prev) || isPossessive(prev))) return true;
  return !isPluralNoun(tokens[a.lastTok + 1]);
}

function countFormat(noun: string): (x: number) => string {
  return (x: number) => `${formatScaled(x)} ${noun}`;
}

function countRange(noun: string): (x: number, y: number) => string {
  return (x: number, y: number) => `${formatScaled(x)}–${formatScaled(y)} ${noun}`;
}

function countUnder(noun: string): (x: number, y: number) => string {
  return (x: number, y: number) => `${formatScaled(x)} to under ${formatScaled(y)} ${noun}`;
}

function extractCounts(sentence: Sentence, ctx: ExtractContext | undefined): RawClaim[] {
  const text = sentence.text ?? '';
  if (!text) return [];
  const tokens = tokenize(text);
  const nums = scanNumbers(tokens, text);
  const numAtTok = new Map<number, number>();
  nums.forEach((m, i) => numAtTok.set(m.firstTok, i));
  const pointsPct = pointsArePercent(text);
  const dateNums = new Set<number>();
  const used = new Set<number>();
  const out: RawClaim[] = [];

  // "4,300 Wal-Mart and Sam's Club stores": the counted noun after a run of names.
  const afterNames = (from: number, wantPlural: boolean): { startTok: number; headTok: number } | null => {
    let k = from;
    while (k < tokens.length && k - from < 6 && (isCapitalised(tokens[k]) || tokens[k].lower === 'and' || tokens[k].lower === '&' || tokens[k].type === 'punct' && /^['’]s?$/.test(tokens[k].text))) k++;
    if (k === from || !isCapitalised(tokens[from])) return null;
    const h = headNounAfter(tokens, k, wantPlural, 1);
    return h && !isCapitalised(tokens[h.headTok]) ? { startTok: from, headTok: h.headTok } : null;
  };

  const headFor = (afterTok: number, value: number, form: NumberMatch['form'], text1: string): { startTok: number; headTok: number } | null => {
    const wantPlural = !(value === 1 && (form === 'digits' || text1.toLowerCase() === 'one'));
    // "30 other countries", "three more deputies": the counted noun comes after the word of addition
    const skip = isW(tokens[afterTok], ...ADDITION_WORDS) && tokens[afterTok].spaceBefore ? 1 : 0;
    const found = headNounAfter(tokens, afterTok + skip, wantPlural, 3) ?? afterNames(afterTok + skip, wantPlural);
    const h = found && skip ? { startTok: afterTok, headTok: found.headTok } : found;
    if (!h) return null;
    const head = tokens[h.headTok];
    const hl = head.lower.replace(/\u2019/g, "'");
    if (HEAD_EXCLUDE.has(hl) || hl in CURRENCY_WORDS || isMonth(head)) return null;
    if (pointsPct && (hl === 'point' || hl === 'points')) return null;
    if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/.test(hl)) return null;
    return h;
  };

  for (let ni = 0; ni < nums.length; ni++) {
    if (used.has(ni)) continue;
    const a = nums[ni];
    if (notACount(tokens, a, dateNums)) continue;

    // Ranges: "10-20 people", "10 to 20 people", "between 10 and 20 people"
    const intro = rangeIntroBefore(tokens, a.firstTok);
    const conn = rangeConnector(tokens, a.lastTok + 1, intro.word);
    if (conn) {
      const bi = numAtTok.get(a.lastTok + 2);
      if (bi !== undefined) {
        const b = nums[bi];
        if (!notACount(tokens, b, dateNums, true) && !isYearLike(a) && !isYearLike(b) && a.value < b.value) {
          const h = headFor(b.lastTok + 1, b.value, b.form, b.text);
          if (h) {
            const head = tokens[h.headTok];
            const unit = singular(head.text);
            const st = intro.word === 'from' && conn === 'dash' ? a.firstTok : intro.tok;
            const value = buildNumberValue({
              qualifier: 'range', stated: a.value, statedHigh: b.value, unit, format: countFormat(head.text.toLowerCase()),
              formatRange: countRange(head.text.toLowerCase()),
            });
            const c = makeClaim('count', sentence, ctx, tokens[st].start, head.end, value, text.slice(tokens[h.startTok].start, head.end));
            if (c) out.push(c);
            used.add(ni);
            used.add(bi);
            continue;
          }
        }
      }
    }

    // "10 times faster", "three times as many": a multiplier, counted in times.
    const times = multiplierAt(tokens, a);
    if (times) {
      const q0 = qualifierBefore(tokens, a.firstTok);
      const startTok = q0 ? q0.startTok : a.firstTok;
      const value = buildNumberValue({ qualifier: q0 ? q0.qualifier : 'exact', stated: a.value, unit: 'times', format: (x) => `${formatScaled(x)} times ${times.word}` });
      const c = makeClaim('count', sentence, ctx, tokens[startTok].start, tokens[times.endTok].end, value, times.word);
      if (c) out.push(c);
      used.add(ni);
      continue;
    }

    let q = qualifierBefore(tokens, a.firstTok);
    // "crafted over four meetings": "over" + a small spelled-out number is a preposition
    if (q && q.phrase === 'over' && a.form === 'words' && a.value < 10) q = null;
    if (yearNotCount(tokens, a, !!q)) continue;
    const h = headFor(a.lastTok + 1, a.value, a.form, a.text);
    if (!h) {
      const elided = elidedCount(tokens, a, q, out, sentence, ctx);
      if (elided) {
        out.push(elided);
        used.add(ni);
      }
      continue;
    }
    const head = tokens[h.headTok];
    const unit = singular(head.text);
    const qualifier: NumberQualifier = q ? q.qualifier : 'exact';
    const startTok = q ? q.startTok : a.firstTok;
    const precision = a.form === 'digits' ? writtenPrecision(tokens[a.firstTok].text, a.scale) : undefined;
    const value = buildNumberValue({ qualifier, stated: a.value, unit, format: countFormat(head.text.toLowerCase()), precision });
    const c = makeClaim('count', sentence, ctx, tokens[startTok].start, head.end, value, text.slice(tokens[h.startTok].start, head.end));
    if (c) out.push(c);
    used.add(ni);
  }

  // Vague counts
  for (let i = 0; i < tokens.length; i++) {
    const v = vagueAt(tokens, i);
    if (!v) continue;
    // "a few" after a definite determiner ("the next few days") has no "a"; "the several" is rare
    const prev = tokens[v.firstTok - 1];
    if (prev && prev.type === 'word' && DEFINITE.has(prev.lower)) continue;
    const h = headNounAfter(tokens, v.lastTok + 1, true, 3);
    if (!h) continue;
    const head = tokens[h.headTok];
    const hl = head.lower;
    if (HEAD_EXCLUDE.has(hl) || hl in CURRENCY_WORDS) continue;
    const unit = singular(head.text);
    const value = buildNumberValue({
      qualifier: 'vague', stated: v.low, statedHigh: v.high, unit, format: countFormat(head.text.toLowerCase()),
      formatRange: countRange(head.text.toLowerCase()), formatUnder: countUnder(head.text.toLowerCase()), vagueWord: v.phrase,
    });
    const c = makeClaim('count', sentence, ctx, tokens[v.firstTok].start, head.end, value, text.slice(tokens[h.startTok].start, head.end));
    if (c) out.push(c);
    i = h.headTok;
  }

  // Compound adjectives: "two-day talks", "12-month deadline", "a 15-member panel"
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'mixed') continue;
    const parts = t.lower.split(/[-\u2011\u2010]/);
    if (parts.length !== 2) continue; // "12-year-old" (an age) has three parts
    const [n, u] = parts;
    const next = tokens[i + 1];
    const nounAfter = !!next && next.type === 'word' && next.spaceBefore && !isStopTok(next) && isNounCapable(next);
    // Other units count only as an adjective before a noun ("a 30-page complaint", "a three-judge panel"),
    // only from two up ("one-stop shop", "one-party state" are idioms), never an idiom's head.
    const generic = !COMPOUND_UNITS.has(u);
    if (generic && (!nounAfter || COMPOUND_IDIOMS.has(u) || !tagsOf(u).includes('NN'))) continue;
    let value: number | null = null;
    if (/^\d+$/.test(n)) value = Number(n);
    else if (n in UNITS) value = UNITS[n];
    else if (n in TEENS) value = TEENS[n];
    else if (n in TENS) value = TENS[n];
    if (value === null || value === 0) continue;
    if (u === 'second' && value === 1) continue;
    if (generic && value < 2) continue;
    // "the two-day talks" still states the length, so no determiner rule here
    const noun = value === 1 ? u : `${u}s`;
    const subject = nounAfter ? next.text : u;
    const v = buildNumberValue({ qualifier: 'exact', stated: value, unit: u, format: (x) => `${formatScaled(x)} ${noun}` });
    const c = makeClaim('count', sentence, ctx, t.start, t.end, v, subject);
    if (c) out.push(c);
  }
  return dedupe(out);
}

/** Comparatives a multiplier scales ("faster", "more likely"); "as" opens "as many as". */
const COMPARATIVE_WORDS = new Set(['more', 'less', 'fewer', 'as', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller', 'faster', 'slower']);

/** "N times <comparative>": the comparative and the last token of the phrase. */
function multiplierAt(tokens: Tok[], a: NumberMatch): { word: string; endTok: number } | null {
  const t = tokens[a.lastTok + 1];
  const c = tokens[a.lastTok + 2];
  if (!t || t.lower !== 'times' || !c || c.type !== 'word') return null;
  const comparative = COMPARATIVE_WORDS.has(c.lower) || (/er$/.test(c.lower) && tagsOf(c.lower).some((tag) => tag === 'JJR' || tag === 'RBR'));
  if (!comparative) return null;
  // "as many", "more likely": the word after the comparative says what grows.
  const d = tokens[a.lastTok + 3];
  const two = (c.lower === 'as' || c.lower === 'more' || c.lower === 'less') && d && d.type === 'word';
  return { word: two ? `${c.lower} ${d.lower}` : c.lower, endTok: two ? a.lastTok + 3 : a.lastTok + 2 };
}

/** Words after which a bare number continues a list of counts ("all 109 people aboard and four on the ground"). */
const ELLIPSIS_BEFORE = new Set(['and', 'but', 'while', 'plus']);
/** Words that may follow the bare number: a place or a state, not a noun of its own. */
const ELLIPSIS_AFTER = new Set(['on', 'in', 'at', 'aboard', 'inside', 'outside', 'near', 'from', 'elsewhere', 'nearby', 'abroad', 'overseas']);

/**
 * A number whose noun is left out because the clause just gave it: "killing
 * all 109 people aboard and four on the ground" counts four people. Only
 * after "and"/"but" and before a preposition or the end of the clause, with
 * a count earlier in the same sentence to take the noun from.
 */
function elidedCount(tokens: Tok[], a: NumberMatch, q: ReturnType<typeof qualifierBefore>, out: RawClaim[], sentence: Sentence, ctx: ExtractContext | undefined): RawClaim | null {
  const firstTok = q ? q.startTok : a.firstTok;
  const before = tokens[firstTok - 1];
  const after = tokens[a.lastTok + 1];
  if (!before || !ELLIPSIS_BEFORE.has(before.lower)) return null;
  if (after && !(ELLIPSIS_AFTER.has(after.lower) || /^[,;.)]$/.test(after.text))) return null;
  const start = sentence.start + tokens[firstTok].start;
  const previous = [...out].reverse().find((c) => c.kind === 'count' && c.end <= start && c.value.type === 'number');
  if (!previous || previous.value.type !== 'number') return null;
  const unit = previous.value.unit;
  const noun = previous.text.split(/\s+/).pop()!.toLowerCase();
  const format = countFormat(noun);
  const value = buildNumberValue({ qualifier: q ? q.qualifier : 'exact', stated: a.value, unit, format: (x) => `${format(x)} (noun understood)` });
  return makeClaim('count', sentence, ctx, tokens[firstTok].start, tokens[a.lastTok].end, value, previous.subjectHint ?? unit);
}

export const countExtractor: Extractor = {
  kind: 'count',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return safely(() => extractCounts(sentence, ctx));
  },
};
