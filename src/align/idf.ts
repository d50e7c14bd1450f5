// Document frequencies over the story's sentences, one pass. (natural's
// TfIdf.idf rescans every document for each new term, O(terms × documents),
// which is too slow for a 2,000-source story.)
import type { Claim } from '../model/claim.js';
import { contentStems } from '../text/terms.js';

export interface Idf {
  weight(term: string): number;
}

export function buildIdf(claims: Claim[]): Idf {
  const seen = new Set<string>();
  const df = new Map<string, number>();
  let docs = 0;
  for (const c of claims) {
    const key = `${c.sourceId}#${c.sentence.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    docs++;
    const terms = new Set([...contentStems(c.sentence.text), ...c.entities.map((e) => `@${e}`)]);
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return {
    weight(term: string): number {
      const d = df.get(term) ?? 0;
      return Math.log(1 + (docs + 1) / (d + 1));
    },
  };
}
