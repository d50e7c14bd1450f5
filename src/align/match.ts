// Matching across sources. A source states a fact once, so a fact holds at
// most one statement per source: the best-scoring pairs are joined first,
// one to one, and two partial facts join only when they share no source
// and their statements fit each other on average, not just through one
// pair (single links would chain different facts together).

export interface ScoredPair {
  i: number;
  j: number;
  p: number;
}

export interface MatchOptions {
  /** Source of statement i. */
  sourceOf(i: number): string;
  /** Score of a pair that blocking did not propose (0 when it shares nothing). */
  score(i: number, j: number): number;
  /** Threshold for a pair of statements i, j. */
  threshold(i: number): number;
}

export function matchAcrossSources(count: number, pairs: ScoredPair[], options: MatchOptions): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const sources: Array<Set<string>> = Array.from({ length: count }, (_, i) => new Set([options.sourceOf(i)]));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const ordered = [...pairs].sort((a, b) => b.p - a.p || a.i - b.i || a.j - b.j);
  for (const { i, j, p } of ordered) {
    const t = options.threshold(i);
    if (p < t) break;
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const a = members[ri];
    const b = members[rj];
    let shared = false;
    for (const s of sources[rj]) if (sources[ri].has(s)) shared = true;
    if (shared) continue;
    if (a.length > 1 || b.length > 1) {
      let sum = 0;
      for (const x of a) for (const y of b) sum += x === i && y === j ? p : options.score(x, y);
      if (sum / (a.length * b.length) < t) continue;
    }
    const [big, small] = a.length >= b.length ? [ri, rj] : [rj, ri];
    parent[small] = big;
    for (const x of members[small]) members[big].push(x);
    for (const s of sources[small]) sources[big].add(s);
    members[small] = [];
  }
  return members.filter((m, r) => m.length > 0 && find(r) === r).map((m) => m.sort((x, y) => x - y));
}

/**
 * A source may repeat a fact (the headline and the lead both give the
 * toll). A statement left alone after matching joins the fact it fits best
 * when it fits that fact's statements from other sources as well as a
 * match would, and its own source's statement there says the same thing:
 * the same value read the same way, or the same quoted words.
 */
export function attachRepeats(
  views: Array<{ claim: { sourceId: string; value: { reading: string } } }>,
  groups: number[][],
  score: (i: number, j: number) => number,
  threshold: (i: number) => number,
): number[][] {
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const alone = groups.filter((g) => g.length === 1).map((g) => g[0]);
  const out = groups.map((g) => [...g]);
  for (const i of alone) {
    const src = views[i].claim.sourceId;
    let best = -1;
    let bestScore = 0;
    out.forEach((g, k) => {
      if (g.length < 2 || k === groupOf.get(i)) return;
      const same = g.filter((j) => views[j].claim.sourceId === src);
      if (same.length === 0 || !same.some((j) => views[j].claim.value.reading === views[i].claim.value.reading)) return;
      const others = g.filter((j) => views[j].claim.sourceId !== src);
      if (others.length === 0) return;
      const s = others.reduce((a, j) => a + score(i, j), 0) / others.length;
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    });
    if (best >= 0 && bestScore >= threshold(i)) {
      out[best].push(i);
      out[groupOf.get(i)!] = [];
    }
  }
  return out.filter((g) => g.length > 0).map((g) => g.sort((a, b) => a - b));
}
