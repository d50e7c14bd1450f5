// Second-stage evidence: how a pair's score stands against its rivals. In
// record linkage a match is rarely the only candidate, but it is usually the
// best one each side has in the other's source; a pair that is each
// statement's clear favourite is stronger evidence than its score alone.
export const COMPETITION_FEATURES = ['logit', 'marginA', 'marginB', 'mutualBest'] as const;

export interface Scored {
  i: number;
  j: number;
  p: number;
}

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

/**
 * For each pair: its first-stage logit, its lead over the best rival of
 * statement i in j's source and of j in i's source (0 when unrivalled,
 * negative when beaten), and whether it is each side's best.
 */
export function competitionFeatures(pairs: Scored[], sourceOf: (i: number) => string): number[][] {
  // Best and second-best score of statement i against source s.
  const top = new Map<string, [number, number]>();
  const note = (i: number, s: string, p: number) => {
    const key = `${i}\u0000${s}`;
    const t = top.get(key) ?? [0, 0];
    if (p > t[0]) top.set(key, [p, t[0]]);
    else if (p > t[1]) top.set(key, [t[0], p]);
    else top.set(key, t);
  };
  for (const { i, j, p } of pairs) {
    note(i, sourceOf(j), p);
    note(j, sourceOf(i), p);
  }
  return pairs.map(({ i, j, p }) => {
    const [bi, si] = top.get(`${i}\u0000${sourceOf(j)}`)!;
    const [bj, sj] = top.get(`${j}\u0000${sourceOf(i)}`)!;
    const marginA = p >= bi ? p - si : p - bi;
    const marginB = p >= bj ? p - sj : p - bj;
    return [logit(p), marginA, marginB, p >= bi && p >= bj ? 1 : 0];
  });
}
