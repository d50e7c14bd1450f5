// Noun phrases next to a number: the counted noun ("398 people", "thousands
// of Chinese firms"), the head after an ordinal ("fifth round"), and the
// subject a percentage or an amount is about ("90% of the global supply",
// "US tariffs to 55%"). Each walk is bounded (a handful of tokens).

import type { Tok } from './tokens.js';
import { isStopTok, isAdverb, isModifier, isNounCapable, isPluralNoun, isSingularNoun, isVerbPreferred, tagsOf } from './lexicon.js';
import { SCALES, TEENS, TENS, UNITS } from './parse-number.js';

export interface TokSpan {
  startTok: number;
  endTok: number;
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those']);

/** Time words that never make a subject ("5% last year", "rose 3% this month"). */
const TIME_WORDS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter', 'quarters', 'today', 'yesterday',
  'tomorrow', 'last', 'next', 'earlier', 'later', 'ago', 'decade', 'annually', 'monthly', 'weekly', 'currently', 'now',
  'respectively', 'overall', 'apiece', 'each',
]);

function isNumberWordTok(t: Tok): boolean {
  const w = t.lower;
  return w in UNITS || w in TEENS || w in TENS || w in SCALES || /^[a-z]+-[a-z]+$/.test(w) && (w.split('-')[0] in TENS);
}

function firstTag(t: Tok): string | undefined {
  return tagsOf(t.text)[0];
}

/** Usable as the first word of a phrase read forward: a noun reading, not mainly a past verb. */
function okFirstForward(t: Tok): boolean {
  if (!isNounCapable(t) && !isModifier(t)) return false;
  const ft = firstTag(t);
  if (ft && (ft === 'VBD' || ft === 'VBN' || ft === 'MD') && !isPluralNoun(t)) return false;
  if (ft === 'VBZ' && !isPluralNoun(t)) return false;
  if (isAdverb(t)) return false;
  return true;
}

function wordTok(tokens: Tok[], k: number): Tok | null {
  const t = tokens[k];
  return t && t.type === 'word' ? t : null;
}

/**
 * A noun phrase read forward from token k: optional determiners, then
 * modifiers and nouns ("the global supply" → "global supply", "tariff hikes
 * on …" → "tariff hikes"). Ends on a noun. Null when there is none.
 */
export function forwardNP(tokens: Tok[], k: number, maxWords = 5): TokSpan | null {
  let i = k;
  let dets = 0;
  while (dets < 2) {
    const t = wordTok(tokens, i);
    if (!t || !(DETERMINERS.has(t.lower) || t.lower === 'all')) break;
    i++;
    dets++;
  }
  let lastNoun = -1;
  for (let j = i; j < i + maxWords; j++) {
    const t = wordTok(tokens, j);
    if (!t) break;
    if (j > k && !t.spaceBefore) break;
    if (isStopTok(t) || TIME_WORDS.has(t.lower) || isNumberWordTok(t)) break;
    if (j === i) {
      if (!okFirstForward(t)) break;
    } else {
      if (!(isModifier(t) || isNounCapable(t))) break;
      if (isVerbPreferred(t) && !(isPluralNoun(t) && firstTag(t) !== 'VBD')) break;
      if (isAdverb(t)) break;
    }
    if (isNounCapable(t)) lastNoun = j;
  }
  if (lastNoun < i) return null;
  return { startTok: i, endTok: lastNoun };
}

const PREP_CHAIN = new Set(['on', 'of', 'for']);

/**
 * A noun phrase read backward from token k (its last word): nouns,
 * adjectives, proper words, and one "on/of/for" link ("duties on Chinese
 * goods", "US tariffs"). Stops at verbs, determiners and punctuation.
 */
export function backwardNP(tokens: Tok[], k: number, maxWords = 6): TokSpan | null {
  const head = wordTok(tokens, k);
  if (!head || isStopTok(head) || TIME_WORDS.has(head.lower) || isNumberWordTok(head)) return null;
  if (!isNounCapable(head)) return null;
  const ft = firstTag(head);
  if (ft && (ft === 'VBD' || ft === 'VBN' || ft === 'MD' || ft === 'RB')) return null;
  let start = k;
  let words = 1;
  let links = 0;
  for (let j = k - 1; j >= 0 && words < maxWords; j--) {
    const t = wordTok(tokens, j);
    if (!t || !tokens[j + 1].spaceBefore) break;
    if (PREP_CHAIN.has(t.lower) && links === 0) {
      const before = wordTok(tokens, j - 1);
      if (before && tokens[j].spaceBefore && isNounCapable(before) && !isVerbPreferred(before) && !isStopTok(before)) {
        links++;
        words++;
        start = j;
        continue;
      }
      break;
    }
    if (isStopTok(t) || TIME_WORDS.has(t.lower) || isNumberWordTok(t)) break;
    if (!(isModifier(t) || isNounCapable(t))) break;
    if (isVerbPreferred(t) || isAdverb(t)) break;
    start = j;
    words++;
  }
  // never start on a link word
  while (start < k && PREP_CHAIN.has(tokens[start].lower)) start++;
  return { startTok: start, endTok: k };
}

export interface HeadNoun {
  /** First token of the phrase (first modifier or the head). */
  startTok: number;
  /** The head noun. */
  headTok: number;
}

/**
 * The counted noun after a number (or after an ordinal): up to `maxMods`
 * modifiers, then a noun of the wanted number. "four meetings" → meetings;
 * "thousands of Chinese firms" (from "Chinese") → firms; "first in-person
 * meeting" → meeting.
 */
export function headNounAfter(tokens: Tok[], k: number, plural: boolean, maxMods = 3): HeadNoun | null {
  for (let j = k; j <= k + maxMods; j++) {
    const t = wordTok(tokens, j);
    if (!t || !t.spaceBefore) return null;
    if (isStopTok(t) || isNumberWordTok(t)) return null;
    const isHead = plural ? isPluralNoun(t) : isSingularNoun(t);
    if (isHead) {
      // A word that is first of all an adjective and is followed by another noun is a modifier
      // ("Chinese firms", "annual report").
      const nx = wordTok(tokens, j + 1);
      const ft = firstTag(t);
      const nextIsHead = nx && nx.spaceBefore && !isStopTok(nx) && (plural ? isPluralNoun(nx) : isSingularNoun(nx));
      const primarilyAdj = ft !== undefined && (ft.startsWith('JJ') || ft === 'VBN');
      const properAdj = ft === undefined && /^[A-Z]/.test(t.text);
      if (nextIsHead && (primarilyAdj || properAdj) && j < k + maxMods) continue;
      return { startTok: k, headTok: j };
    }
    if (!isModifier(t)) return null;
    if (isAdverb(t)) return null;
  }
  return null;
}

/** The text of a token span in the scanned string. */
export function spanText(text: string, tokens: Tok[], s: TokSpan): string {
  return text.slice(tokens[s.startTok].start, tokens[s.endTok].end);
}

const LINKS = new Set([
  'to', 'at', 'by', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'reached', 'reach', 'reaches', 'hit', 'hits',
  'stood', 'stands', 'stand', 'totaled', 'totalled', 'remained', 'remains', 'rose', 'fell', 'of', 'from',
  'cost', 'costs', 'worth', 'valued', 'priced', 'estimated', 'put', 'puts',
]);

const FUNCTION_LINKS = new Set(['to', 'at', 'by', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'of', 'from', 'has', 'have', 'had']);

/** Strictly nominal first word: its first lexicon tag is a noun or adjective (not "following", "rising"). */
function strictNominal(t: Tok | undefined): boolean {
  if (!t || t.type !== 'word' || !t.spaceBefore) return false;
  const tags = tagsOf(t.text);
  if (!tags.length) return /^[a-z]/.test(t.text) && !/(ing|ly|ed)$/.test(t.lower);
  return tags[0].startsWith('NN') || tags[0].startsWith('JJ');
}

/**
 * What a percentage (or amount) is about, from the words around it. Order:
 * "X of [the] NP" → NP; "X NP" (strictly nominal) → NP; "NP of X" → NP;
 * "NP (link) X" → NP ("US tariffs to 55%", "unemployment rose to 5%").
 */
export function subjectAround(
  tokens: Tok[],
  text: string,
  firstTok: number,
  lastTok: number,
  forwardPreps: readonly string[] = ['of'],
): string | undefined {
  const nx = tokens[lastTok + 1];
  if (nx && nx.type === 'word' && forwardPreps.includes(nx.lower) && nx.spaceBefore) {
    const np = forwardNP(tokens, lastTok + 2);
    if (np) return spanText(text, tokens, np);
  }
  if (strictNominal(nx)) {
    const np = forwardNP(tokens, lastTok + 1);
    if (np) return spanText(text, tokens, np);
  }
  const p = tokens[firstTok - 1];
  if (p && p.type === 'word' && tokens[firstTok].spaceBefore) {
    if (p.lower === 'of') {
      const np = backwardNP(tokens, firstTok - 2);
      if (np) return spanText(text, tokens, np);
    }
    if (LINKS.has(p.lower)) {
      let k = firstTok - 2;
      const stop = firstTok - 5;
      while (k >= 0 && k > stop) {
        const t = tokens[k];
        if (t.type !== 'word') break;
        if (FUNCTION_LINKS.has(t.lower) || isVerbPreferred(t) || isAdverb(t)) {
          k--;
          continue;
        }
        break;
      }
      if (k >= 0) {
        const np = backwardNP(tokens, k);
        if (np) return spanText(text, tokens, np);
      }
    }
  }
  return undefined;
}

