// Candidate pairs of sources for text reuse, from an inverted index of word
// n-gram shingles (the first step of passim and of METER-style reuse
// detection): only pairs that share several rare shingles are aligned, so
// the cost grows with the shared text, not with the square of the sources.
import { CONTENT, type SourceWords } from './tokens.js';

/** Words per shingle: long enough that a shared shingle is rarely chance. */
export const SHINGLE = 5;

/** Hash of the SHINGLE words from position i (FNV-style, 32 bits). */
export function shingleAt(ids: Int32Array, i: number, n = SHINGLE): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) {
    h = Math.imul(h ^ ids[i + k], 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** Shingle hashes of a source, one per start position (positions with fewer than 2 content words get -1). */
export function shingles(w: SourceWords, n = SHINGLE): Float64Array {
  const count = Math.max(0, w.ids.length - n + 1);
  const out = new Float64Array(count);
  let content = 0;
  for (let k = 0; k < Math.min(n, w.ids.length); k++) if (w.flags[k] & CONTENT) content++;
  for (let i = 0; i < count; i++) {
    out[i] = content >= 2 ? shingleAt(w.ids, i, n) : -1;
    if (i + n < w.ids.length) {
      if (w.flags[i] & CONTENT) content--;
      if (w.flags[i + n] & CONTENT) content++;
    }
  }
  return out;
}

export interface CandidateOptions {
  /** A shingle printed by more sources than this is common text (a stock phrase, boilerplate), not evidence: passim's max-df. */
  maxSources: number;
  /** Distinct rare shingles two sources must share to be aligned. */
  minShared: number;
  /**
   * At most this many partners per source, those sharing most: keeps a story of thousands of
   * near-copies near-linear. Copies further away are still one source with it through the
   * partners they share (independence is counted over chains of links).
   */
  maxPartners: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { maxSources: 50, minShared: 2, maxPartners: 5 };

export interface Candidates {
  /** Pairs [i, j] of source indices, i < j. */
  pairs: [number, number][];
  /** Shingles left out because too many sources print them. */
  commonShingles: number;
}

export function candidatePairs(all: Float64Array[], options: CandidateOptions = DEFAULT_CANDIDATES): Candidates {
  const postings = new Map<number, number[]>();
  for (let s = 0; s < all.length; s++) {
    const seen = new Set<number>();
    for (const h of all[s]) {
      if (h < 0 || seen.has(h)) continue;
      seen.add(h);
      const list = postings.get(h);
      if (list) list.push(s);
      else postings.set(h, [s]);
    }
  }
  const n = all.length;
  const shared = new Map<number, number>();
  let commonShingles = 0;
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    if (list.length > options.maxSources) {
      commonShingles++;
      continue;
    }
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * n + list[y];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  // Each source keeps its partners sharing most; a pair survives when either side keeps it.
  const partners: { other: number; count: number }[][] = Array.from({ length: n }, () => []);
  for (const [key, count] of shared) {
    if (count < options.minShared) continue;
    const i = Math.floor(key / n);
    const j = key - i * n;
    partners[i].push({ other: j, count });
    partners[j].push({ other: i, count });
  }
  const keep = new Set<number>();
  for (let i = 0; i < n; i++) {
    const best = partners[i].sort((a, b) => b.count - a.count || a.other - b.other).slice(0, options.maxPartners);
    for (const p of best) keep.add(Math.min(i, p.other) * n + Math.max(i, p.other));
  }
  const pairs = [...keep].sort((a, b) => a - b).map((key): [number, number] => [Math.floor(key / n), key % n]);
  return { pairs, commonShingles };
}
