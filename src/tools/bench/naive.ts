// The baseline the benchmark compares the aligner with: score every
// cross-source pair of same-kind claims with the aligner's own features and
// similarity function (each claim as a one-member cluster), and join pairs
// above the kind's threshold with union-find. Quadratic by construction; for
// big stories it stops after a time budget and extrapolates from the pairs
// it scored (rows are visited in a seeded shuffled order, so the sample
// spans every kind).
import { addStats, emptyStats } from '../../align/stats.js';
import type { Claim } from '../../model/claim.js';
import { featuresOf, type Features } from '../../align/features.js';
import { buildIdf } from '../../align/idf.js';
import { joinThreshold, similarity } from '../../align/hook.js';
import type { ClusterProfile } from '../../align/similarity.js';
import { mulberry32 } from './corpus.js';

export interface NaiveResult {
  claims: number;
  /** Cross-source same-kind pairs in the story. */
  pairs: number;
  /** Pairs actually scored (all of them unless the budget ran out). */
  scored: number;
  /** Time spent (features + scoring), ms. */
  ms: number;
  /** True when every pair was scored. */
  complete: boolean;
  /** Estimated time for every pair (= ms when complete). */
  estimatedMs: number;
  /** Groups of two or more sources (only when complete). */
  groups?: number;
}

function profileOf(f: Features): ClusterProfile {
  const stats = emptyStats();
  addStats(stats, f);
  return {
    kind: f.claim.kind,
    members: [f],
    stats,
    sources: new Map([[f.claim.sourceId, 1]]),
    local: f.local,
    localNorm: f.localNorm,
    sent: f.sent,
    sentNorm: f.sentNorm,
    ent: f.ent,
    entNorm: f.entNorm,
  };
}

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Cross-source pairs among claims of one kind, from the per-source counts. */
function crossPairs(perSource: Map<string, number>): number {
  let n = 0;
  let sq = 0;
  for (const c of perSource.values()) {
    n += c;
    sq += c * c;
  }
  return (n * n - sq) / 2;
}

export interface NaiveOptions {
  /** Stop scoring after this many ms and extrapolate (default: no limit). */
  budgetMs?: number;
  seed?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export function naiveAlign(claims: Claim[], o: NaiveOptions = {}): NaiveResult {
  const now = o.now ?? (() => performance.now());
  const t0 = now();
  const idf = buildIdf(claims);
  const features = claims.map((c) => featuresOf(c, idf));
  const profiles = features.map(profileOf);

  // Claims by kind, and the number of cross-source pairs.
  const byKind = new Map<string, number[]>();
  const perSource = new Map<string, Map<string, number>>();
  features.forEach((f, i) => {
    const k = f.claim.kind;
    if (!byKind.has(k)) byKind.set(k, []);
    byKind.get(k)!.push(i);
    if (!perSource.has(k)) perSource.set(k, new Map());
    const m = perSource.get(k)!;
    m.set(f.claim.sourceId, (m.get(f.claim.sourceId) ?? 0) + 1);
  });
  let pairs = 0;
  for (const m of perSource.values()) pairs += crossPairs(m);

  // Row i scores every same-kind claim before it in its kind's list; rows in shuffled order.
  const position = new Int32Array(features.length);
  for (const list of byKind.values()) list.forEach((idx, p) => (position[idx] = p));
  const rows = features.map((_, i) => i);
  const rnd = mulberry32(o.seed ?? 7);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }

  const tScore = now();
  const uf = new UnionFind(features.length);
  let scored = 0;
  let complete = true;
  const budget = o.budgetMs ?? Infinity;
  outer: for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const f = features[i];
    const list = byKind.get(f.claim.kind)!;
    const threshold = joinThreshold(f.claim.kind);
    for (let p = 0; p < position[i]; p++) {
      const j = list[p];
      if (features[j].claim.sourceId === f.claim.sourceId) continue;
      if (similarity(f, profiles[j]) >= threshold) uf.union(i, j);
      scored++;
    }
    if (now() - t0 > budget && r < rows.length - 1) {
      complete = false;
      break outer;
    }
  }
  const ms = now() - t0;
  const result: NaiveResult = {
    claims: claims.length,
    pairs,
    scored,
    ms,
    complete,
    // Set-up (features) is linear and counted once; only the scoring is scaled up.
    estimatedMs: complete || scored === 0 ? ms : tScore - t0 + ((ms - (tScore - t0)) * pairs) / scored,
  };
  if (complete) {
    const sources = new Map<number, Set<string>>();
    features.forEach((f, i) => {
      const root = uf.find(i);
      if (!sources.has(root)) sources.set(root, new Set());
      sources.get(root)!.add(f.claim.sourceId);
    });
    result.groups = [...sources.values()].filter((s) => s.size >= 2).length;
  }
  return result;
}
