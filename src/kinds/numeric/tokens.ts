// A small linear-time tokenizer for the numeric extractors.
//
// One left-to-right pass over the characters, no regular expression over the
// whole sentence, so a 100k-character line costs O(n). Every token keeps its
// local offsets (into the string it was given), so the extractors can rebuild
// exact spans.
//
// A token is a maximal run of letters/digits joined by "internal" punctuation:
//   - ',' and '.' between two digits          5,687.75   3.6
//   - '.' after a one-letter segment          U.S   a.m   e.g
//   - '-' (or U+2011, '–') between a letter and anything alnum, or anything
//     alnum and a letter                      ninety-nine  in-person  COVID-19
//     12-year-old — but NOT between two digits, so "10-20" stays three
//     tokens (num, '-', num) and ranges are easy to read.
//   - an apostrophe between two letters       China’s  o'clock
//   - ':' and '/' between two digits          02:17  24/7   (codes/times)
// Everything else is a one-character punctuation token.

export type TokType =
  /** Letters only (with internal hyphens/apostrophes/abbreviation dots). */
  | 'word'
  /** A plain numeral: 5,687.75 / 3.6 / 2019. */
  | 'num'
  /** A numeric ordinal: 3rd, 21st. */
  | 'ordnum'
  /** Digits and letters together: G20, COVID-19, 40m, 12-year-old. */
  | 'mixed'
  /** Digits with ':' or '/' or malformed separators: 02:17, 24/7, 1.2.3. */
  | 'code'
  | 'punct';

export interface Tok {
  text: string;
  lower: string;
  /** Local offsets (into the string given to tokenize). */
  start: number;
  end: number;
  type: TokType;
  /** True when whitespace (or the start of the text) precedes the token. */
  spaceBefore: boolean;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER_RE = /\p{L}|\p{M}/u;

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return LETTER_RE.test(s[i]);
}

function isDigitAt(s: string, i: number): boolean {
  return isAsciiDigit(s.charCodeAt(i));
}

function isAlnumAt(s: string, i: number): boolean {
  return isDigitAt(s, i) || isLetterAt(s, i);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 ||
    c === 0x2009 || c === 0x202f || c === 0x2002 || c === 0x2003 || c === 0x200a || c === 0x3000 || c === 0xfeff;
}

const HYPHENS = new Set(['-', '\u2011', '\u2010', '\u2013']);
const APOS = new Set(["'", '\u2019']);

const NUM_PLAIN = /^\d+(?:\.\d+)?$/;
const NUM_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const ORD_NUM = /^\d+(?:st|nd|rd|th)$/i;

function classify(text: string): TokType {
  let hasDigit = false;
  let hasLetter = false;
  let hasCodePunct = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (isDigitAt(text, i)) hasDigit = true;
    else if (isLetterAt(text, i)) hasLetter = true;
    else if (ch === ':' || ch === '/') hasCodePunct = true;
  }
  if (!hasDigit) return 'word';
  if (!hasLetter) {
    if (hasCodePunct) return 'code';
    if (NUM_PLAIN.test(text) || NUM_GROUPED.test(text)) return 'num';
    return 'code';
  }
  if (ORD_NUM.test(text)) return 'ordnum';
  return 'mixed';
}

const ZERO_WIDTH = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

// The numeric extractors tokenise each sentence in turn (percent,
// money, count, ordinal): the last text's tokens are reused. Callers only
// read the tokens; never modify the returned array or its tokens.
let lastText: string | undefined;
let lastTokens: Tok[] = [];

/** Split text into tokens in one pass. Never throws. The result is shared: read-only. */
export function tokenize(text: string): Tok[] {
  if (text === lastText) return lastTokens;
  const out = tokenizeUncached(text);
  lastText = text;
  lastTokens = out;
  return out;
}

function tokenizeUncached(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = true;
      i++;
      continue;
    }
    if (isAlnumAt(text, i)) {
      const start = i;
      let segStart = i; // start of the current '.'-separated segment (for U.S)
      let j = i + 1;
      while (j < n) {
        if (isAlnumAt(text, j)) {
          j++;
          continue;
        }
        const ch = text[j];
        if (j + 1 < n && isAlnumAt(text, j + 1)) {
          const prevDigit = isDigitAt(text, j - 1);
          const nextDigit = isDigitAt(text, j + 1);
          const prevLetter = !prevDigit;
          const nextLetter = !nextDigit;
          if ((ch === ',' || ch === '.') && prevDigit && nextDigit) {
            j++;
            continue;
          }
          if (ch === '.' && prevLetter && nextLetter && j - segStart === 1) {
            j++;
            segStart = j;
            continue;
          }
          if (HYPHENS.has(ch) && !(prevDigit && nextDigit)) {
            j++;
            continue;
          }
          if (APOS.has(ch) && prevLetter && nextLetter) {
            j++;
            continue;
          }
          if ((ch === ':' || ch === '/') && prevDigit && nextDigit) {
            j++;
            continue;
          }
          // An invisible character inside a word or number ("3\u200b00") is
          // not a boundary: read through it, or "300" becomes "00".
          if (ZERO_WIDTH.test(ch)) {
            j++;
            continue;
          }
        }
        break;
      }
      const t = text.slice(start, j).replace(ZERO_WIDTH_ALL, '');
      out.push({ text: t, lower: t.toLowerCase(), start, end: j, type: classify(t), spaceBefore: space });
      space = false;
      i = j;
      continue;
    }
    // One punctuation character (a surrogate pair stays together).
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    const t = text.slice(i, j);
    out.push({ text: t, lower: t, start: i, end: j, type: 'punct', spaceBefore: space });
    space = false;
    i = j;
  }
  return out;
}

/** True for a word token whose first character is an upper-case letter. */
export function isCapitalised(t: Tok | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const ch = t.text[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the token is a word token equal (case-insensitively) to one of words. */
export function isWord(t: Tok | undefined, ...words: string[]): boolean {
  return !!t && t.type === 'word' && words.includes(t.lower);
}

/** Lower-case text with the curly apostrophe folded to ASCII. */
export function fold(t: Tok): string {
  return t.lower.replace(/\u2019/g, "'");
}

/** Possessive word ("China’s", "world's", "leaders'")? */
export function isPossessive(t: Tok | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const f = fold(t);
  return f.endsWith("'s");
}
