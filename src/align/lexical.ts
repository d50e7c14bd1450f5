// Lexical knowledge for alignment: words that name one concept in other
// words (funds / finances; indicted / indictment) share a concept id, from
// WordNet's most frequent senses and their derivations (src/text/wordnet).
// Without the built WordNet data the word's own stem is all there is.
import { relatedConcepts, similarity, wordnetAvailable } from '../text/wordnet/index.js';

const cache = new Map<string, string[]>();

export function conceptsOf(word: string): string[] {
  const w = word.toLowerCase();
  let out = cache.get(w);
  if (out === undefined) {
    out = wordnetAvailable() ? [...relatedConcepts(w)].map((id) => `wn${id}`) : [];
    if (cache.size > 100_000) cache.clear();
    cache.set(w, out);
  }
  return out;
}

const pairCache = new Map<string, number>();

/** How close two words are in meaning, 0..1 (src/text/wordnet similarity); 0 without WordNet data. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!wordnetAvailable()) return 0;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let s = pairCache.get(key);
  if (s === undefined) {
    s = similarity(a, b);
    if (pairCache.size > 500_000) pairCache.clear();
    pairCache.set(key, s);
  }
  return s;
}
