// Quotations: a shorter quote that is part of a longer one is the same
// remark cut differently; the same remark in different words means at most
// one source quotes it verbatim, and an editor must check which.
import levenshtein from 'fast-levenshtein';
import type { Claim } from '../../model/claim.js';
import type { QuoteValue } from '../../model/value.js';
import { sameName } from '../../text/names/same.js';
import { finding, type Finding, type Namer } from '../../judge/rule.js';

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

// Bodies rather than people: their statements are written, often translated.
const INSTITUTION =
  /\b(?:ministry|department|government|office|agency|commission|council|committee|court|police|authorit(?:y|ies)|bureau|administration|company|spokes(?:man|woman|person)|embassy|parliament|congress|cabinet|white house|kremlin|un|nato)\b/i;

function institutional(speaker: string | undefined): boolean {
  return speaker !== undefined && INSTITUTION.test(speaker);
}

/** Share of the shorter quotation's distinct words found in the other. */
function sharedShare(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(long);
  const distinct = [...new Set(short)];
  return distinct.length ? distinct.filter((w) => set.has(w)).length / distinct.length : 0;
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
  const shared = sharedShare(va.words, vb.words);
  if (institutional(va.speaker) && institutional(vb.speaker) && shared >= 0.5) {
    return finding('compatible', 'quote/institutional-wording', a, b, name,
      `Both quote a statement by ${va.speaker} in different words (${Math.round(shared * 100)}% of the shorter quotation's words are shared). Written statements by institutions are often translated or paraphrased; check the original if the wording matters.`);
  }
  return finding('conflict', 'quote/wording-differs', a, b, name,
    `The same remark${va.speaker ? ` by ${va.speaker}` : ''} is quoted in different words (${sim}% of the wording matches): at most one can be verbatim. Check against a recording or transcript.`);
}
