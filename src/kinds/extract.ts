// The extractor registry: one extractor per value kind. A new kind is one
// file here, one rule in src/compare and a spec table of cases.
import type { ClaimKind } from '../model/claim.js';
import type { ExtractContext, Extractor, RawClaim } from '../model/extraction.js';
import type { Sentence, Source } from '../model/source.js';
import { dateExtractor } from './date/extract.js';
import { mediumExtractor } from './medium/extract.js';
import { numericExtractors } from './numeric/index.js';
import { placeExtractor } from './place/extract.js';
import { quoteExtractor } from './quote/extract.js';
import { titleExtractor } from './title/extract.js';

export const EXTRACTORS: readonly Extractor[] = [
  ...numericExtractors,
  dateExtractor,
  placeExtractor,
  titleExtractor,
  quoteExtractor,
  mediumExtractor,
];

/**
 * Where a number could be read two ways, the more specific reading wins:
 * "$3.6 billion" is money, not a count; "Oct. 25-26" a date, not a range.
 */
const NUMERIC_PRIORITY: Partial<Record<ClaimKind, number>> = { money: 0, percent: 1, date: 2, ordinal: 3, count: 4 };

function overlaps(a: RawClaim, b: RawClaim): boolean {
  return a.start < b.end && b.start < a.end;
}

function resolveOverlaps(raws: RawClaim[]): RawClaim[] {
  const numeric = raws.filter((r) => NUMERIC_PRIORITY[r.kind] !== undefined);
  const kept = raws.filter((r) => {
    const p = NUMERIC_PRIORITY[r.kind];
    if (p === undefined) return true;
    return !numeric.some((o) => o !== r && overlaps(o, r) && NUMERIC_PRIORITY[o.kind]! < p);
  });
  return kept;
}

/**
 * The raw claims of each sentence, in sentence order (claims sorted by
 * offset within a sentence). A quotation that runs past its sentence
 * belongs to the sentence it starts in, and is found once.
 */
export function extractBySentence(source: Source, sentences: Sentence[], ctx: ExtractContext): RawClaim[][] {
  const out: RawClaim[][] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const found: RawClaim[] = [];
    for (const e of EXTRACTORS) {
      try {
        found.push(...e.extract(s, ctx));
      } catch {
        // An extractor must not throw; if one does, its kind is lost for this sentence only.
      }
    }
    const mine: RawClaim[] = [];
    for (const r of resolveOverlaps(found)) {
      if (r.start < s.start || r.start >= s.end) continue;
      // Guard the contract every report relies on: text slices the file.
      if (source.text.slice(r.start, r.end) !== r.text) continue;
      const key = `${r.kind}:${r.start}:${r.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mine.push(r);
    }
    out.push(mine.sort((a, b) => a.start - b.start || a.end - b.end));
  }
  return out;
}

/** Every raw claim of a source, in file order. */
export function extractFromSource(source: Source, sentences: Sentence[], ctx: ExtractContext): RawClaim[] {
  return extractBySentence(source, sentences, ctx)
    .flat()
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
