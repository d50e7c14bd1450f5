// Document frequencies over the story's sentences, one pass. (natural's
// TfIdf.idf rescans every document for each new term, O(terms × documents),
// which is too slow for a 2,000-source story.) A sentence is a document:
// the story's topic words appear in many sentences and weigh less than the
// words that tell its facts apart, but never nothing.
import type { AlignView } from './view.js';

export interface Idf {
  weight(term: string): number;
}

export function buildIdf(views: AlignView[]): Idf {
  const seen = new Set<string>();
  const df = new Map<string, number>();
  let docs = 0;
  for (const v of views) {
    if (seen.has(v.sentenceKey)) continue;
    seen.add(v.sentenceKey);
    docs++;
    for (const t of v.sentence) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return {
    weight(term: string): number {
      const d = df.get(term) ?? 0;
      return Math.log(1 + (docs + 1) / (d + 1));
    },
  };
}
