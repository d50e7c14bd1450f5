// Numerals: digits ("5,687.75", "3.6", "12,000"), number words ("one" ..
// "ninety-nine", "a hundred", "two hundred and five", "a dozen", "half",
// "two and a half"), and scale words ("3.6 billion", "five million",
// "100 crore"). Abbreviated scales glued to digits ("40m", "3.6bn", "5k")
// are reported separately in `abbrev` because they are only unambiguous
// after a currency ("€40m"; "a 40m yacht" is metres): money applies them,
// the other extractors skip such tokens.
//
// The scanner walks the token list once; each number looks ahead a bounded
// number of tokens, so scanning is O(n).

import { tokenize, type Tok } from './tokens.js';

export interface NumberMatch {
  /** Local character offsets (into the scanned string). */
  start: number;
  end: number;
  text: string;
  /** Value with any scale word applied ("3.6 billion" → 3.6e9). */
  value: number;
  /** Value before the scale word (3.6). */
  base: number;
  /** Multiplier of the scale words (1e9), 1 when none. */
  scale: number;
  /** The scale word(s) as written, lower case ("billion"). */
  scaleWord?: string;
  /** Token indices (inclusive) covered by the number. */
  firstTok: number;
  lastTok: number;
  /** How the number was written. */
  form: 'digits' | 'words';
  /** Abbreviated scale glued to the digits ("40m" → {mult: 1e6, word: 'm'}); `value` does NOT include it. */
  abbrev?: { mult: number; word: string };
}

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
export const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words that multiply what precedes them. */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Abbreviated scales, valid only glued to digits after a currency ("$3.6bn", "€40m"). */
export const ABBREV_SCALES: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, t: 1e12, tn: 1e12, trn: 1e12,
};

const MIXED_ABBREV = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|mln|b|bn|bln|t|tn|trn)$/i;

/** Parse a digit numeral with optional thousands separators and decimals; null if malformed. */
export function parseDigits(s: string): number | null {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(s)) return null;
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

type Piece = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'a' | 'dozen' | 'half' | null;

type Small = { v: number; kind: 'unit' | 'teen' | 'tens' } | null;

// Every word of every sentence is looked up, several times (one scan per
// numeric extractor): the answers are remembered (read-only results).
const smallMemo = new Map<string, Small>();

function smallWordValue(w: string): Small {
  let r = smallMemo.get(w);
  if (r === undefined) {
    r = computeSmallWordValue(w);
    if (smallMemo.size >= 50_000) smallMemo.clear();
    smallMemo.set(w, r);
  }
  return r;
}

function computeSmallWordValue(w: string): Small {
  if (w in UNITS) return { v: UNITS[w], kind: 'unit' };
  if (w in TEENS) return { v: TEENS[w], kind: 'teen' };
  if (w in TENS) return { v: TENS[w], kind: 'tens' };
  // "ninety-nine", "twenty-one" (one token)
  const m = /^([a-z]+)[-\u2011\u2010\u2013]([a-z]+)$/.exec(w);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] > 0) return { v: TENS[m[1]] + UNITS[m[2]], kind: 'tens' };
  return null;
}

/** Does the token start a number word (used for the "and" look-ahead)? */
function isNumberWord(t: Tok | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  return smallWordValue(t.lower) !== null;
}

function adjacent(t: Tok | undefined): t is Tok {
  // Words of one number are separated by spaces only (not by commas or quotes).
  return !!t && t.spaceBefore;
}

/** Parse a run of number words starting at token i. */
function parseWordsAt(tokens: Tok[], i: number): { value: number; lastTok: number; scale: number; scaleWord?: string; base: number } | null {
  let total = 0;
  let cur = 0;
  let last: Piece = null;
  let j = i;
  let lastTok = -1;
  let scale = 1;
  let scaleWord: string | undefined;
  const n = tokens.length;
  for (; j < n && j < i + 12; j++) {
    const t = tokens[j];
    if (t.type !== 'word') break;
    if (j > i && !adjacent(t)) break;
    const w = t.lower;
    const small = smallWordValue(w);
    if (small) {
      if (last === 'unit' || last === 'teen' || last === 'dozen' || last === 'half') break;
      if (last === 'tens' && small.kind !== 'unit') break;
      if (last === 'a') break;
      cur += small.v;
      last = small.kind;
      lastTok = j;
      continue;
    }
    if (w === 'hundred') {
      if (last === 'hundred' || last === 'half') break;
      if (last === null) break; // a bare "hundred" is not a number ("hundreds" is vague, elsewhere)
      cur = (last === 'a' ? 1 : cur || 1) * 100;
      last = 'hundred';
      lastTok = j;
      continue;
    }
    if (w in SCALES && w !== 'hundred') {
      if (last === null) break;
      if (last === 'a' && w !== 'thousand' && w !== 'million' && w !== 'billion' && w !== 'trillion') break;
      const sc = SCALES[w];
      const amount = last === 'a' ? 1 : cur || 1;
      total += amount * sc;
      cur = 0;
      scale = sc;
      scaleWord = w;
      last = 'scale';
      lastTok = j;
      continue;
    }
    if (w === 'dozen') {
      if (last === null || last === 'hundred' || last === 'scale' || last === 'dozen') break;
      cur = (last === 'a' ? 1 : cur) * 12;
      last = 'dozen';
      lastTok = j;
      continue;
    }
    if ((w === 'a' || w === 'an') && j === i) {
      const nx = tokens[j + 1];
      if (nx && adjacent(nx) && nx.type === 'word' && (nx.lower === 'dozen' || nx.lower === 'hundred' || nx.lower === 'thousand' || nx.lower === 'million' || nx.lower === 'billion' || nx.lower === 'trillion')) {
        last = 'a';
        continue;
      }
      break;
    }
    if (w === 'half' && j === i) {
      // "half" alone = 0.5; "half a million" = 500,000
      const a = tokens[j + 1];
      const sc = tokens[j + 2];
      if (a && adjacent(a) && (a.lower === 'a' || a.lower === 'an') && sc && adjacent(sc) && sc.type === 'word' && sc.lower in SCALES) {
        const m = SCALES[sc.lower];
        return { value: 0.5 * m, lastTok: j + 2, scale: m, scaleWord: sc.lower, base: 0.5 };
      }
      cur = 0.5;
      last = 'half';
      lastTok = j;
      continue;
    }
    if (w === 'and') {
      const a = tokens[j + 1];
      const h = tokens[j + 2];
      // "two and a half (million)"
      if ((last === 'unit' || last === 'teen' || last === 'tens') && a && adjacent(a) && a.lower === 'a' && h && adjacent(h) && h.lower === 'half') {
        cur += 0.5;
        last = 'half';
        lastTok = j + 2;
        j += 2;
        // an optional scale word after "and a half"
        const sc = tokens[j + 1];
        if (sc && adjacent(sc) && sc.type === 'word' && sc.lower in SCALES && sc.lower !== 'hundred') {
          const m = SCALES[sc.lower];
          total += cur * m;
          cur = 0;
          scale = m;
          scaleWord = sc.lower;
          lastTok = j + 1;
          j += 1;
          last = 'scale';
        }
        continue;
      }
      // "two hundred and five", "a thousand and one"
      if ((last === 'hundred' || last === 'scale') && isNumberWord(a) && adjacent(a)) {
        continue;
      }
      break;
    }
    break;
  }
  if (lastTok < i) return null;
  const value = total + cur;
  return { value, lastTok, scale, scaleWord, base: value / scale };
}

/**
 * Find every number in a token list. Numbers do not overlap; order is left
 * to right. Codes, times and ordinals are not numbers here.
 */
export function scanNumbers(tokens: Tok[], text: string): NumberMatch[] {
  // The percent, count and money extractors scan the same sentence's
  // tokens in turn: the last answer is reused (callers only read it).
  if (tokens === lastScan.tokens && text === lastScan.text) return lastScan.out;
  const out = scanNumbersUncached(tokens, text);
  lastScan = { tokens, text, out };
  return out;
}

let lastScan: { tokens?: Tok[]; text?: string; out: NumberMatch[] } = { out: [] };

function scanNumbersUncached(tokens: Tok[], text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.type === 'num') {
      const v = parseDigits(t.text);
      if (v === null) continue;
      let j = i;
      let scale = 1;
      const words: string[] = [];
      // "3.6 billion", "2 hundred thousand", "100 crore"
      while (j + 1 < n && j < i + 3) {
        const nx = tokens[j + 1];
        if (nx.type === 'word' && nx.spaceBefore && nx.lower in SCALES) {
          scale *= SCALES[nx.lower];
          words.push(nx.lower);
          j++;
        } else break;
      }
      const start = t.start;
      const end = tokens[j].end;
      out.push({
        start, end, text: text.slice(start, end),
        value: v * scale, base: v, scale, scaleWord: words.length ? words.join(' ') : undefined,
        firstTok: i, lastTok: j, form: 'digits',
      });
      i = j;
      continue;
    }
    if (t.type === 'mixed') {
      const m = MIXED_ABBREV.exec(t.text);
      if (m) {
        const v = parseDigits(m[1] + (m[2] ?? ''));
        if (v === null) continue;
        const ab = m[3].toLowerCase();
        out.push({
          start: t.start, end: t.end, text: t.text, value: v, base: v, scale: 1,
          firstTok: i, lastTok: i, form: 'digits', abbrev: { mult: ABBREV_SCALES[ab], word: ab },
        });
      }
      continue;
    }
    if (t.type === 'word') {
      const r = parseWordsAt(tokens, i);
      if (!r) continue;
      const start = t.start;
      const end = tokens[r.lastTok].end;
      out.push({
        start, end, text: text.slice(start, end),
        value: r.value, base: r.base, scale: r.scale, scaleWord: r.scaleWord,
        firstTok: i, lastTok: r.lastTok, form: 'words',
      });
      i = r.lastTok;
    }
  }
  return out;
}

/** Tokenize a string and find its numbers, with local offsets. */
export function findNumbers(text: string): { tokens: Tok[]; numbers: NumberMatch[] } {
  const tokens = tokenize(text);
  return { tokens, numbers: scanNumbers(tokens, text) };
}

/**
 * Parse a string that is exactly one numeral ("5,687.75", "two hundred and
 * five", "3.6 billion", "a dozen"); null otherwise.
 */
export function parseNumber(s: string): number | null {
  try {
    const trimmed = s.trim();
    if (!trimmed) return null;
    const { numbers } = findNumbers(trimmed);
    if (numbers.length !== 1) return null;
    const m = numbers[0];
    if (m.start !== 0 || m.end !== trimmed.length) return null;
    return m.abbrev ? m.value * m.abbrev.mult : m.value;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Vague quantities: "thousands of", "dozens of", "several", "a few hundred".
//
// Bounds (inclusive), chosen so that neighbouring words do not overlap much:
//   a couple (of)          [2, 3]
//   a few / a handful of   [2, 5]
//   several                [3, 9]
//   dozens of              [24, 99]     at least two dozen, fewer than a hundred
//   scores of              [40, 199]    at least two score
//   hundreds of            [200, 999]
//   thousands of           [2,000, 999,999]   "thousands" is used loosely up to the
//                                             millions (per the project brief)
//   millions / billions of [2e6, 999,999,999] / [2e9, 999,999,999,999] (same convention)
//   tens of thousands of   [20,000, 99,999]   (tens of S: [20·S, 100·S − 1])
//   hundreds of thousands  [200,000, 999,999] (hundreds of S: [200·S, 1000·S − 1])
//   several S / a few S / a couple S (S a scale word or "dozen"):
//                          [3·S, 10·S − 1] / [2·S, 5·S] / [2·S, 3·S]

export interface VagueMatch {
  low: number;
  high: number;
  /** First and last token of the vague phrase, "of" included when written. */
  firstTok: number;
  lastTok: number;
  /** The phrase, lower case ("thousands of", "several"). */
  phrase: string;
}

const VAGUE_PLURALS: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 999999],
  millions: [2e6, 999999999],
  billions: [2e9, 999999999999],
  trillions: [2e12, 999999999999999],
};

const PLURAL_SCALES: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
const SMALL_SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function wordAt(tokens: Tok[], k: number, w?: string): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word' || !t.spaceBefore) return false;
  return w === undefined || t.lower === w;
}

/** A vague quantity starting at token i, or null. */
export function vagueAt(tokens: Tok[], i: number): VagueMatch | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const w = t.lower;
  const phrase = (a: number, b: number): string => tokens.slice(a, b + 1).map((x) => x.lower).join(' ');
  // "tens of thousands of", "hundreds of millions of"
  if ((w === 'tens' || w === 'hundreds') && wordAt(tokens, i + 1, 'of')) {
    const s = tokens[i + 2];
    if (s && wordAt(tokens, i + 2) && s.lower in PLURAL_SCALES && wordAt(tokens, i + 3, 'of')) {
      const S = PLURAL_SCALES[s.lower];
      const [lo, hi] = w === 'tens' ? [20 * S, 100 * S - 1] : [200 * S, 1000 * S - 1];
      return { low: lo, high: hi, firstTok: i, lastTok: i + 3, phrase: phrase(i, i + 3) };
    }
  }
  if (w in VAGUE_PLURALS) {
    if (!wordAt(tokens, i + 1, 'of')) return null;
    const [lo, hi] = VAGUE_PLURALS[w];
    return { low: lo, high: hi, firstTok: i, lastTok: i + 1, phrase: phrase(i, i + 1) };
  }
  let kind: 'several' | 'few' | 'couple' | 'handful' | null = null;
  let k = i;
  if (w === 'several') kind = 'several';
  else if (w === 'a' && wordAt(tokens, i + 1, 'few')) {
    kind = 'few';
    k = i + 1;
  } else if (w === 'a' && wordAt(tokens, i + 1, 'couple')) {
    kind = 'couple';
    k = i + 1;
  } else if (w === 'a' && wordAt(tokens, i + 1, 'handful') && wordAt(tokens, i + 2, 'of')) {
    return { low: 2, high: 5, firstTok: i, lastTok: i + 2, phrase: phrase(i, i + 2) };
  }
  if (!kind) return null;
  const nx = tokens[k + 1];
  if (nx && wordAt(tokens, k + 1) && nx.lower in SMALL_SCALES) {
    const S = SMALL_SCALES[nx.lower];
    const [lo, hi] = kind === 'several' ? [3 * S, 10 * S - 1] : kind === 'few' ? [2 * S, 5 * S] : [2 * S, 3 * S];
    return { low: lo, high: hi, firstTok: i, lastTok: k + 1, phrase: phrase(i, k + 1) };
  }
  if (kind === 'couple') {
    if (!wordAt(tokens, k + 1, 'of')) return null;
    return { low: 2, high: 3, firstTok: i, lastTok: k + 1, phrase: phrase(i, k + 1) };
  }
  // "several of the …", "a few of them" are partitive: no count of their own
  if (wordAt(tokens, k + 1, 'of')) return null;
  return kind === 'several'
    ? { low: 3, high: 9, firstTok: i, lastTok: k, phrase: phrase(i, k) }
    : { low: 2, high: 5, firstTok: i, lastTok: k, phrase: phrase(i, k) };
}
