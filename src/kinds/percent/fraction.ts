// Fractions read as shares, so they meet percentages on one scale: "two-thirds
// of the members" is 66.7 %, "half of the budget" 50 %, "more than a third
// of the habitat" more than 33.3 %, "3/4 of voters" 75 %, "the northern third
// of the island" 33.3 %.
//
// A fraction is a share only when it is a share *of* something: "of" (or a
// determiner, "half the budget") must follow it. Not fractions (skipped):
//   - ordinals: "the third round", "a third term", "the third of five
//     children" ("the" + ordinal + "of" is a rank unless a part word such
//     as "northern" or "upper" stands between);
//   - periods and idioms: "half an hour", "a quarter of a century", "half
//     time", "first half", "three quarters" with nothing after;
//   - dates and codes: "3/4" without "of" after it (March 4, a score);
//   - "half" inside "half a million" (a number, read by parse-number).
import type { Tok } from '../numeric/tokens.js';
import { UNITS, TEENS } from '../numeric/parse-number.js';
import { DETERMINERS } from '../numeric/phrase.js';

/** Denominators, singular and plural ("third", "thirds"). */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** Part words that make "the northern third of" a share rather than a rank. */
const PART_WORDS = new Set([
  'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'upper', 'lower', 'top', 'bottom',
  'first', 'last', 'remaining', 'other', 'richest', 'poorest', 'largest', 'biggest', 'smallest', 'central', 'inner', 'outer',
]);

/** What a share of a period is: "half an hour", "a quarter of a century". */
const TIME_NOUNS = new Set(['hour', 'day', 'week', 'month', 'year', 'century', 'decade', 'minute', 'second', 'mile', 'inning', 'season']);

export interface FractionMatch {
  /** First and last token of the fraction ("two-thirds"; "a third"; "3/4"). */
  firstTok: number;
  lastTok: number;
  /** The share in percent (66.666…). */
  share: number;
  /** The fraction as written, lower case ("two-thirds", "a third"). */
  words: string;
}

function word(t: Tok | undefined): t is Tok {
  return !!t && t.type === 'word';
}

function numerator(w: string): number | null {
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (w in UNITS && UNITS[w] > 1) return UNITS[w];
  if (w in TEENS) return TEENS[w];
  return null;
}

/** Is a share of something written after token `k` ("of the …", "the …", "of its …")? */
function shareOfAfter(tokens: Tok[], k: number): boolean {
  const nx = tokens[k + 1];
  if (!word(nx) || !nx.spaceBefore) return false;
  if (nx.lower === 'of') {
    const after = tokens[k + 2];
    const after2 = tokens[k + 3];
    // "a quarter of a century", "half of an hour"
    if (word(after) && (after.lower === 'a' || after.lower === 'an') && word(after2) && TIME_NOUNS.has(after2.lower)) return false;
    return word(after);
  }
  // "half the budget", "half its members"; never "half an hour"
  if (DETERMINERS.has(nx.lower) && nx.lower !== 'a' && nx.lower !== 'an') return true;
  return false;
}

/** A fraction starting at token i that states a share of something, or null. */
export function fractionAt(tokens: Tok[], i: number): FractionMatch | null {
  const t = tokens[i];
  if (!t) return null;
  // "3/4 of voters": one code token
  if (t.type === 'code') {
    const m = /^(\d{1,2})\/(\d{1,2})$/.exec(t.text);
    if (!m) return null;
    const n = Number(m[1]);
    const d = Number(m[2]);
    if (!(d >= 2 && n >= 1 && n < d)) return null;
    if (!shareOfAfter(tokens, i) || tokens[i + 1].lower !== 'of') return null;
    return { firstTok: i, lastTok: i, share: (100 * n) / d, words: t.text };
  }
  if (t.type !== 'word') return null;
  // "two-thirds", "one-half", "three-quarters": one token
  const parts = t.lower.split(/[-\u2011\u2010]/);
  if (parts.length === 2 && parts[1] in DENOMINATORS) {
    const n = numerator(parts[0]);
    if (n === null) return null;
    const d = DENOMINATORS[parts[1]];
    if (n >= d || !shareOfAfter(tokens, i)) return null;
    return { firstTok: i, lastTok: i, share: (100 * n) / d, words: t.lower };
  }
  // "a third", "two thirds", "one quarter"
  const n = numerator(t.lower);
  const dt = tokens[i + 1];
  if (n !== null && word(dt) && dt.spaceBefore && dt.lower in DENOMINATORS) {
    const d = DENOMINATORS[dt.lower];
    const plural = dt.lower.endsWith('s');
    if (n >= d || (n === 1) === plural) return null;
    if (!shareOfAfter(tokens, i + 1)) return null;
    return { firstTok: i, lastTok: i + 1, share: (100 * n) / d, words: `${t.lower} ${dt.lower}` };
  }
  // "half of the", "half the"; "the northern third of the island"
  if (t.lower === 'half') {
    const prev = tokens[i - 1];
    // "first half", "second half" of a period; "a half" is a number word elsewhere
    if (word(prev) && (PART_WORDS.has(prev.lower) || prev.lower === 'second' || prev.lower === 'a')) return null;
    if (!shareOfAfter(tokens, i)) return null;
    return { firstTok: i, lastTok: i, share: 50, words: 'half' };
  }
  if (t.lower in DENOMINATORS && !t.lower.endsWith('s')) {
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (word(prev) && PART_WORDS.has(prev.lower) && word(prev2) && (prev2.lower === 'the' || prev2.lower === 'its' || prev2.lower === 'their')) {
      if (!tokens[i + 1] || tokens[i + 1].lower !== 'of' || !shareOfAfter(tokens, i)) return null;
      return { firstTok: i - 1, lastTok: i, share: 100 / DENOMINATORS[t.lower], words: `${prev.lower} ${t.lower}` };
    }
  }
  return null;
}
