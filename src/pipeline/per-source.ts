// Extract and describe every claim of one source: the per-source half of
// the pipeline, kept in its own module so that a run whose sources all come
// from the cache never loads the extractors (chrono, the gazetteer, the POS
// table), and so that worker threads can run it (see extract-worker.ts).
import type { Claim } from '../model/claim.js';
import type { ExtractContext } from '../model/extraction.js';
import type { Source } from '../model/source.js';
import { splitSentences } from '../text/sentences/split.js';
import { extractBySentence } from '../kinds/extract.js';
import { describeClaim } from '../describe/describe.js';

/** Extract and describe every claim of one source. */
export function claimsOfSource(source: Source, ctx: ExtractContext): Claim[] {
  const sentences = splitSentences(source);
  const perSentence = extractBySentence(source, sentences, ctx);
  const claims: Claim[] = [];
  sentences.forEach((sentence, i) => {
    const raws = perSentence[i];
    const sentenceDates = raws.filter((r) => r.kind === 'date');
    for (const raw of raws) claims.push(describeClaim({ raw, sentence, source, sentenceDates }));
  });
  return claims;
}
