// Extract and describe every claim of one source: the per-source half of
// the pipeline, kept in its own module so that a run whose sources all come
// from the cache never loads the extractors (chrono, the gazetteer, the POS
// table), and so that worker threads can run it (see pool.ts).
import type { Claim, ExtractContext, RawClaim, Source } from '../types.js';
import { splitSentences } from '../sentences/split.js';
import { extractFromSource } from '../extract/index.js';
import { describeClaim } from '../normalize/describe.js';

/** Extract and describe every claim of one source. (Moved here from pipeline.ts unchanged.) */
export function claimsOfSource(source: Source, ctx: ExtractContext): Claim[] {
  const sentences = splitSentences(source);
  const raws = extractFromSource(source, sentences, ctx);
  const bySentence = new Map<number, RawClaim[]>();
  // Sentences are in file order: binary search keeps big files linear-ish.
  const sentenceOf = (r: RawClaim) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (r.start < s.start) hi = mid - 1;
      else if (r.start >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
  const claims: Claim[] = [];
  const dateRaws = new Map<number, RawClaim[]>();
  for (const r of raws) {
    const s = sentenceOf(r);
    if (!s) continue;
    if (!bySentence.has(s.index)) bySentence.set(s.index, []);
    bySentence.get(s.index)!.push(r);
    if (r.kind === 'date') {
      if (!dateRaws.has(s.index)) dateRaws.set(s.index, []);
      dateRaws.get(s.index)!.push(r);
    }
  }
  for (const s of sentences) {
    for (const raw of bySentence.get(s.index) ?? []) {
      claims.push(describeClaim({ raw, sentence: s, source, sentenceDates: dateRaws.get(s.index) ?? [] }));
    }
  }
  return claims;
}
