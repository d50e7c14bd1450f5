// Quotations: a shorter quote that is part of a longer one is the same
// remark cut differently; the same remark in different words means at most
// one source quotes it verbatim, and an editor must check which.
import levenshtein from 'fast-levenshtein';
import type { Claim, QuoteValue } from '../types.js';
import { sameName } from '../text/names.js';
import { finding, type Finding, type Namer } from './rule.js';

function contains(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** Word-level similarity 0..1 (edit distance over the word sequence, via a letter per distinct word). */
export function wordSimilarity(a: string[], b: string[]): number {
  const alphabet = new Map<string, string>();
  const enc = (ws: string[]) =>
    ws.map((w) => {
      let ch = alphabet.get(w);
      if (!ch) alphabet.set(w, (ch = String.fromCodePoint(0x4e00 + alphabet.size)));
      return ch;
    }).join('');
  const ea = enc(a);
  const eb = enc(b);
  const n = Math.max(ea.length, eb.length);
  return n === 0 ? 1 : 1 - levenshtein.get(ea, eb) / n;
}

export function compareQuotes(a: Claim, b: Claim, name: Namer): Finding {
  const va = a.value as QuoteValue;
  const vb = b.value as QuoteValue;
  const speakersDiffer = va.speaker && vb.speaker && !sameName(va.speaker, vb.speaker);
  const same = va.words.join(' ') === vb.words.join(' ');
  const partial = !same && (contains(va.words, vb.words) || contains(vb.words, va.words));
  if ((same || partial) && speakersDiffer) {
    return finding('scope-differs', 'quote/attributed-differently', a, b, name,
      `The same words are attributed to ${va.speaker} in one and ${vb.speaker} in the other.`);
  }
  if (same) return finding('agree', 'quote/same-words', a, b, name, 'Word for word the same.');
  if (partial) {
    return finding('compatible', 'quote/partial', a, b, name, 'One quotation is part of the other.');
  }
  const sim = Math.round(wordSimilarity(va.words, vb.words) * 100);
  return finding('conflict', 'quote/wording-differs', a, b, name,
    `The same remark${va.speaker ? ` by ${va.speaker}` : ''} is quoted in different words (${sim}% of the wording matches): at most one can be verbatim. Check against a recording or transcript.`);
}
