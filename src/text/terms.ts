// Word tokens with offsets, stop words and stems: the vocabulary alignment
// works in. natural supplies the Porter stemmer and the stop-word list
// (deep imports: the package root is slow and has side effects).
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as NATURAL_STOPWORDS } from 'natural/lib/natural/util/stopwords.js';
import { SYNONYM_SETS } from './synonyms.js';

export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

// The claims of one sentence read the same clause again and again (window,
// proximity terms, names): keep the last few hundred tokenisations.
const tokenMemo = new Map<string, readonly Token[]>();

export function tokenize(text: string): readonly Token[] {
  const hit = tokenMemo.get(text);
  if (hit) return hit;
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  if (tokenMemo.size >= 512) tokenMemo.clear();
  tokenMemo.set(text, out);
  return out;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// Words that carry no subject in news prose: reporting verbs, hedges, time
// words (times are values, compared separately), and number words.
const NEWS_STOPWORDS = [
  'said', 'says', 'say', 'told', 'tell', 'according', 'also', 'would', 'will', 'could', 'may', 'might',
  'must', 'shall', 'should', 'can', 'new', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'percent', 'per', 'cent', 'more', 'less', 'than', 'up', 'about', 'nearly', 'least',
  'high', 'as', 'over', 'both', 'while', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those',
  'which', 'who', 'whom', 'whose', 'has', 'have', 'had', 'been', 'being', 'was', 'were', 'is', 'are',
  'be', 'do', 'does', 'did', 'it', 'they', 'them', 'he', 'she', 'we', 'our', 'us', 'i', 'you', 'mr', 'mrs',
  'ms', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'today', 'yesterday',
  'tomorrow', 'weekend', 'later', 'earlier', 'next', 'last', 'recently', 'currently', 'now', 'since',
  'until', 'from', 'through', 'to', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'and',
  'or', 'but', 'not', 'no', 'so', 'if', 'into', 'after', 'before', 'during', 'between', 'some', 'other',
  'such', 'any', 'each', 'many', 'much', 'most', 'several', 'other', 'there', 'here', 'what', 'when',
  'where', 'how', 'why', 'all', 'just', 'only', 'even', 'still', 'yet', 'well', 'like', 'own',
];

const STOP = new Set<string>([...NATURAL_STOPWORDS, ...NEWS_STOPWORDS, ...MONTHS, ...WEEKDAYS]);

const TIME_WORDS = new Set<string>([...MONTHS, ...WEEKDAYS]);

/** Month and weekday names: values, never subjects. */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

export function isStopword(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return STOP.has(w) || /^\d/.test(w) || w.length < 2;
}

const stemCache = new Map<string, string>();

/**
 * Porter stem cut to six letters. Porter leaves "produces"→"produc" and
 * "production"→"product" apart; the cut joins such derivations, as a
 * lemmatiser would, at the price of rare collisions between long words.
 */
function rawStem(lower: string): string {
  return PorterStemmer.stem(lower).slice(0, 6);
}

/** Stem → the stem of its synonym set's first word. */
const SYNONYM_OF = new Map<string, string>();
for (const set of SYNONYM_SETS) {
  const head = rawStem(set[0]);
  for (const w of set) SYNONYM_OF.set(rawStem(w.replace(/-/g, '')), head);
}

/** Porter stem (cut to six letters) with no synonym folding: lexical knowledge comes from src/align/lexical.ts. */
export function rawStemOf(word: string): string {
  return rawStem(word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/-/g, ''));
}

export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/-/g, '');
  let s = stemCache.get(lower);
  if (s === undefined) {
    const r = rawStem(lower);
    s = SYNONYM_OF.get(r) ?? r;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

/** Stems of the content words of a text, in order, duplicates kept. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    for (const part of t.word.split('-')) {
      if (!isStopword(part)) out.push(stem(part));
    }
  }
  return out;
}
