// The extract stage for one sentence: every kind's extractor (from the
// registry, src/kinds/registry.ts), then overlap resolution between numeric
// readings, then the guard that a claim's text slices its file.
import type { ExtractContext, Extractor, RawClaim } from '../model/extraction.js';
import type { Sentence, Source } from '../model/source.js';
import { CLAIM_KINDS, KINDS, type ClaimKind } from './registry.js';

/**
 * Every kind's extractor, in registry order (loading this module loads them
 * all). One at a time: jest's module loader fails on concurrent imports
 * that share a dependency.
 */
const loaded: Extractor[] = [];
for (const k of CLAIM_KINDS) loaded.push(await KINDS[k].extractor());
export const EXTRACTORS: readonly Extractor[] = loaded;

/**
 * Where a number could be read two ways, the more specific reading wins
 * (each kind's numericPriority, lower first).
 */
const NUMERIC_PRIORITY: Partial<Record<ClaimKind, number>> = Object.fromEntries(
  CLAIM_KINDS.filter((k) => KINDS[k].numericPriority !== undefined).map((k) => [k, KINDS[k].numericPriority]),
);

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
