// Sparse weighted term vectors and cosine similarity.
import type { Idf } from './idf.js';

export type Vec = Map<string, number>;

export function norm(v: Vec): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

export function cosine(a: Vec, b: Vec, na = norm(a), nb = norm(b)): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += w * o;
  }
  return dot / (na * nb);
}

/** Adds `v` into `into` (cluster profiles are sums of member vectors). */
export function addInto(into: Vec, v: Vec): void {
  for (const [k, w] of v) into.set(k, (into.get(k) ?? 0) + w);
}

export function subtractFrom(from: Vec, v: Vec): void {
  for (const [k, w] of v) {
    const left = (from.get(k) ?? 0) - w;
    if (left <= 1e-9) from.delete(k);
    else from.set(k, left);
  }
}

export function vec(terms: Iterable<string>, idf: Idf, prefix = ''): Vec {
  const v: Vec = new Map();
  for (const t of terms) v.set(t, idf.weight(prefix + t));
  return v;
}

/** The `n` heaviest terms, ties in term order. */
export function topByWeight(v: Vec, n: number): string[] {
  return [...v.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}
