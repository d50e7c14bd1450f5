// Sentence boundaries inside one stretch of a paragraph. Linear time: every
// character is looked at a bounded number of times (look-backs and
// look-aheads are capped at a few dozen characters).

import { isSpace, trimSpan, type Span } from './spans.js';

/**
 * Words that end with a period without ending the sentence (compared lower
 * case, without the final period). "No" is handled separately: only the
 * capitalised form counts ("No. 10"), so "he said no. Then" still splits.
 */
const ABBREVIATIONS = new Set([
  // months (AP style abbreviates Jan., Feb., Aug., Sept., Oct., Nov., Dec.)
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres',
  'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'supt', 'insp', 'amb',
  'jr', 'sr', 'messrs', 'mme', 'mt', 'ft', 'ave', 'blvd', 'rd', 'dept', 'univ', 'assn',
  // companies and misc
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'vs', 'v', 'cf', 'approx', 'est', 'fig', 'nos',
]);

/** "U.S", "e.g", "a.m", "D.C": letters joined by periods. */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/** A single capital letter: an initial ("J. Smith"). */
const INITIAL = /^\p{Lu}$/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const SPEECH_AFTER =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|cried|exclaimed|insisted|recalled)\b/u;

const DOT = 46;
const BANG = 33;
const QMARK = 63;
const ELLIPSIS = 0x2026;

function isTerminal(c: number): boolean {
  return c === DOT || c === BANG || c === QMARK || c === ELLIPSIS;
}

/** Closing quotes and brackets that belong to the sentence they follow. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0xbb;
}

function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Characters that may open a sentence besides a capital letter. */
function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b || c === 0xab;
}

function startsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (isOpener(c)) return true;
  return UPPER.test(String.fromCodePoint(text.codePointAt(k) ?? 32));
}

/** The word before the period at `dot`, without opening punctuation, at most 20 chars back. */
function wordBefore(text: string, dot: number, floor: number): string {
  let b = dot;
  const limit = Math.max(floor, dot - 20);
  while (b > limit && !isSpace(text.charCodeAt(b - 1))) b--;
  let word = text.slice(b, dot);
  while (word.length > 0 && (isOpener(word.charCodeAt(0)) || word.charCodeAt(0) === 0x2014)) word = word.slice(1);
  return word;
}

/** True when the period at `dot` ends an abbreviation or an initial rather than the sentence. */
export function isAbbreviationAt(text: string, dot: number, floor = 0): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === '') return false;
  if (word === 'No') return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return DOTTED.test(word) || INITIAL.test(word);
}

/**
 * Sentence spans inside text[start, end), trimmed, in order. A sentence ends
 * at . ! ? or … (with any closing quotes or brackets right after it) when
 * whitespace and then a capital letter or an opening quote/bracket follow,
 * except after an abbreviation or an initial, and except `“Why?” Trump
 * asked` (a question or exclamation inside quotes followed by a speech verb).
 * A quotation of several sentences that opens and closes inside the range
 * stays one sentence (`“It is late. We will go.” He left.` → 2 sentences),
 * so a quote is never cut in two. Pieces without a letter or digit are
 * dropped.
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const quotes = quotedRegions(text, start, end);
  let q = 0;
  let segStart = start;
  const push = (s: number, e: number) => {
    const t = trimSpan(text, s, e);
    if (t.end > t.start && HAS_WORD_CHAR.test(text.slice(t.start, t.end))) out.push(t);
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) continue;
    let j = i + 1;
    let closedByQuote = false;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isTerminal(d)) j++;
      else if (isCloser(d)) {
        if (isQuote(d)) closedByQuote = true;
        j++;
      } else break;
    }
    if (j >= end || !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end || !startsSentence(text, k)) {
      i = j - 1;
      continue;
    }
    // Inside a quotation that closes later in the paragraph: one statement.
    while (q < quotes.length && quotes[q].end < j) q++;
    if (q < quotes.length && quotes[q].start < i && j <= quotes[q].end) {
      i = j - 1;
      continue;
    }
    // Look at the period right before the closers/whitespace ("U.S. Trade").
    const lastTerminal = lastTerminalBefore(text, i, j);
    if (text.charCodeAt(lastTerminal) === DOT && j === lastTerminal + 1 && isAbbreviationAt(text, lastTerminal, segStart)) {
      i = j - 1;
      continue;
    }
    if (closedByQuote && c !== DOT && SPEECH_AFTER.test(text.slice(k, Math.min(end, k + 60)))) {
      i = j - 1;
      continue;
    }
    push(segStart, j);
    segStart = k;
    i = k - 1;
  }
  push(segStart, end);
  return out;
}

/** The last terminal character in text[i, j) (the run of terminals and closers). */
function lastTerminalBefore(text: string, i: number, j: number): number {
  for (let p = j - 1; p > i; p--) if (isTerminal(text.charCodeAt(p))) return p;
  return i;
}

/** Longest quotation (in characters) that suppresses sentence breaks. */
const MAX_QUOTE = 1200;

/**
 * Double-quoted stretches in text[start, end): “…” pairs, and straight "…"
 * pairs counted left to right. `start` is the opening mark, `end` the
 * closing mark's index. Unclosed and over-long quotes are left out, so a
 * stray mark cannot glue a paragraph together. Sorted, non-overlapping.
 */
function quotedRegions(text: string, start: number, end: number): Span[] {
  const found: Span[] = [];
  let curly = -1;
  let straight = -1;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x201c) curly = p;
    else if (c === 0x201d) {
      if (curly >= 0) found.push({ start: curly, end: p });
      curly = -1;
    } else if (c === 0x22) {
      if (straight >= 0) {
        found.push({ start: straight, end: p });
        straight = -1;
      } else straight = p;
    }
  }
  found.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of found) {
    if (r.end - r.start > MAX_QUOTE) continue;
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}
