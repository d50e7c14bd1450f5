// Words of an article for text-reuse detection, with offsets, the sentence
// each word stands in, and whether it stands inside quotation marks. Only
// sentences are read, so boilerplate, captions and front matter (which never
// become sentences) cannot make two articles look alike.
import type { Sentence } from '../model/source.js';

/** Per-word flags. */
export const QUOTED = 1;
/** A lower-case word or a number that is not a function word: what copying shares and names do not. */
export const CONTENT = 2;
export const NUMBER = 4;

export interface SourceWords {
  sourceId: string;
  /** Word ids (one dictionary per run), offsets, sentence positions (index into `sentences`), flags. */
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  sentence: Int32Array;
  flags: Uint8Array;
  sentences: Sentence[];
  /** Words per sentence position (index into `sentences`). */
  sentenceWords: Int32Array;
}

// Function words: shared by any two English texts, so they carry no evidence
// of copying on their own (they still count as matched words).
const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of to in on at by for with from into onto over under about as than then that this these those ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'it its it’s he she they we you i me him her them us our your their his my mine who whom whose which what when where why how ' +
    's t ll d ve re m not no so if also just up out off more most very such there here').split(' '),
);

/** Word tokens: letters (with inner apostrophes split off), acronyms with dots, numbers with separators, and %. */
const WORD = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|%/gu;

export function normalizeWord(w: string): string {
  if (w === '%') return 'percent';
  if (/^\d/.test(w)) return w.replace(/,(?=\d{3}\b)/g, '');
  return w.replace(/\./g, '').toLowerCase();
}

/** Spans inside quotation marks in `text[from, to)`: curly pairs, and straight double quotes toggled. */
export function quotedSpans(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“' || c === '«' || c === '„') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»') {
      if (open >= 0) out.push([open, i + 1]);
      open = -1;
    } else if (c === '"') {
      if (open < 0) open = i;
      else {
        out.push([open, i + 1]);
        open = -1;
      }
    } else if (c === '\n' && text[i + 1] === '\n') {
      // A quotation left open at a paragraph end runs to it (the next one reopens it in print).
      if (open >= 0) out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, to]);
  return out;
}

export class Dictionary {
  private ids = new Map<string, number>();
  id(word: string): number {
    let n = this.ids.get(word);
    if (n === undefined) {
      n = this.ids.size;
      this.ids.set(word, n);
    }
    return n;
  }
}

/** The words of one source's sentences (in order), with their flags. */
export function sourceWords(sourceId: string, text: string, sentences: Sentence[], dict: Dictionary): SourceWords {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sentence: number[] = [];
  const flags: number[] = [];
  // Quotations are found per paragraph so that one running over sentences is seen whole.
  let s = 0;
  while (s < sentences.length) {
    let e = s;
    while (e + 1 < sentences.length && sentences[e + 1].paragraph === sentences[s].paragraph) e++;
    const quotes = quotedSpans(text, sentences[s].start, sentences[e].end);
    let q = 0;
    for (let k = s; k <= e; k++) {
      const sen = sentences[k];
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(sen.text))) {
        const start = sen.start + m.index;
        const end = start + m[0].length;
        const norm = normalizeWord(m[0]);
        while (q < quotes.length && quotes[q][1] <= start) q++;
        let f = 0;
        if (q < quotes.length && quotes[q][0] <= start) f |= QUOTED;
        const isNumber = /^\d/.test(norm);
        if (isNumber) f |= NUMBER | CONTENT;
        else if (!FUNCTION_WORDS.has(norm) && /^\p{Ll}/u.test(m[0]) && norm.length > 1) f |= CONTENT;
        ids.push(dict.id(norm));
        starts.push(start);
        ends.push(end);
        sentence.push(k);
        flags.push(f);
      }
    }
    s = e + 1;
  }
  const sentenceWords = new Int32Array(sentences.length);
  for (const k of sentence) sentenceWords[k]++;
  return {
    sourceId,
    sentenceWords,
    ids: Int32Array.from(ids),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    sentence: Int32Array.from(sentence),
    flags: Uint8Array.from(flags),
    sentences,
  };
}
