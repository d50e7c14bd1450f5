// Local alignment of two sources' words: the passages they share, surviving
// small edits. Seeds are shared shingles; seeds on one diagonal merge into
// exact runs; runs close to each other (in both texts, in order) chain into
// one passage, and the short gaps between them are aligned word by word
// (edit-distance alignment), as passim does with its n-gram anchors. The
// ends are extended over a few words past a changed word. Cost grows with
// the shared text, never with the product of the two lengths.
import { QUOTED, CONTENT, type SourceWords } from './tokens.js';
import { SHINGLE, shingleAt } from './shingles.js';

/** One aligned position: word i of a, word j of b; -1 on the side that has no word there. */
export interface Step {
  i: number;
  j: number;
}

/** A shared passage as aligned words (positions into each source's words). */
export interface Alignment {
  /** Aligned positions in order: word si[k] of a with word sj[k] of b (−1 on a side without a word). Typed arrays: a big story keeps many. */
  si: Int32Array;
  sj: Int32Array;
  /** First and last word of each side inside the passage. */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  matched: number;
}

interface Run {
  i: number;
  j: number;
  len: number;
}

/** Words two runs may be apart (on either side) and still belong to one passage. */
const MAX_GAP = 16;
/** Words looked at past a passage's end for a match after a changed word. */
const EXTEND = 10;

function seedRuns(a: SourceWords, ha: Float64Array, b: SourceWords, hb: Float64Array, n: number): Run[] {
  const where = new Map<number, number[]>();
  for (let j = 0; j < hb.length; j++) {
    const h = hb[j];
    if (h < 0) continue;
    const list = where.get(h);
    if (!list) where.set(h, [j]);
    else if (list.length < 8) list.push(j);
  }
  // Seeds by diagonal (i - j), then merged into maximal runs along it.
  const byDiagonal = new Map<number, number[]>();
  for (let i = 0; i < ha.length; i++) {
    const h = ha[i];
    if (h < 0) continue;
    const js = where.get(h);
    if (!js) continue;
    for (const j of js) {
      if (!sameWords(a, i, b, j, n)) continue;
      const d = i - j;
      const list = byDiagonal.get(d);
      if (list) list.push(i);
      else byDiagonal.set(d, [i]);
    }
  }
  const runs: Run[] = [];
  for (const [d, is] of byDiagonal) {
    let start = is[0];
    let last = is[0];
    for (let k = 1; k <= is.length; k++) {
      if (k < is.length && is[k] <= last + 1) {
        last = is[k];
        continue;
      }
      runs.push({ i: start, j: start - d, len: last - start + n });
      if (k < is.length) start = last = is[k];
    }
  }
  return runs.sort((x, y) => x.i - y.i || x.j - y.j);
}

function sameWords(a: SourceWords, i: number, b: SourceWords, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.ids[i + k] !== b.ids[j + k]) return false;
  return true;
}

function allQuoted(w: SourceWords, i: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!(w.flags[i + k] & QUOTED)) return false;
  return true;
}

/** Word-by-word alignment of two short stretches (edit distance, substitutions preferred to gap pairs). */
function alignGap(a: SourceWords, i0: number, i1: number, b: SourceWords, j0: number, j1: number): Step[] {
  const n = i1 - i0;
  const m = j1 - j0;
  const cost = new Int32Array((n + 1) * (m + 1));
  const at = (x: number, y: number) => x * (m + 1) + y;
  for (let x = 0; x <= n; x++) cost[at(x, 0)] = x;
  for (let y = 0; y <= m; y++) cost[at(0, y)] = y;
  for (let x = 1; x <= n; x++) {
    for (let y = 1; y <= m; y++) {
      const sub = cost[at(x - 1, y - 1)] + (a.ids[i0 + x - 1] === b.ids[j0 + y - 1] ? 0 : 1);
      cost[at(x, y)] = Math.min(sub, cost[at(x - 1, y)] + 1, cost[at(x, y - 1)] + 1);
    }
  }
  const steps: Step[] = [];
  let x = n;
  let y = m;
  while (x > 0 || y > 0) {
    if (x > 0 && y > 0 && cost[at(x, y)] === cost[at(x - 1, y - 1)] + (a.ids[i0 + x - 1] === b.ids[j0 + y - 1] ? 0 : 1)) {
      steps.push({ i: i0 + x - 1, j: j0 + y - 1 });
      x--;
      y--;
    } else if (x > 0 && cost[at(x, y)] === cost[at(x - 1, y)] + 1) {
      steps.push({ i: i0 + x - 1, j: -1 });
      x--;
    } else {
      steps.push({ i: -1, j: j0 + y - 1 });
      y--;
    }
  }
  return steps.reverse();
}

/**
 * Extension past an end: the best-scoring alignment of the next few words
 * (match +1, anything else −1) that ends on a match, so "…with [talks|discussions]
 * with the United States" keeps its tail. `dir` is +1 (forward) or −1.
 */
function extend(a: SourceWords, i: number, b: SourceWords, j: number, dir: 1 | -1, iLimit: number, jLimit: number): Step[] {
  // Only within the sentence the passage ends in: what matches past it ("… United States. The") is chance.
  const within = (w: SourceWords, from: number, limit: number) => {
    const anchor = from - dir;
    if (anchor < 0 || anchor >= w.ids.length) return 0;
    let k = 0;
    while (k < EXTEND && from + dir * k !== limit && w.sentence[from + dir * k] === w.sentence[anchor]) k++;
    return k;
  };
  const n = within(a, i, iLimit);
  const m = within(b, j, jLimit);
  if (n <= 0 || m <= 0) return [];
  const wa = (x: number) => a.ids[i + dir * x];
  const wb = (y: number) => b.ids[j + dir * y];
  const score = new Int32Array((n + 1) * (m + 1));
  const at = (x: number, y: number) => x * (m + 1) + y;
  for (let x = 0; x <= n; x++) score[at(x, 0)] = -x;
  for (let y = 0; y <= m; y++) score[at(0, y)] = -y;
  let best = 0;
  let bx = 0;
  let by = 0;
  for (let x = 1; x <= n; x++) {
    for (let y = 1; y <= m; y++) {
      const same = wa(x - 1) === wb(y - 1);
      const s = Math.max(score[at(x - 1, y - 1)] + (same ? 1 : -1), score[at(x - 1, y)] - 1, score[at(x, y - 1)] - 1);
      score[at(x, y)] = s;
      if (same && s > best) {
        best = s;
        bx = x;
        by = y;
      }
    }
  }
  const steps: Step[] = [];
  let x = bx;
  let y = by;
  while (x > 0 || y > 0) {
    const same = x > 0 && y > 0 && wa(x - 1) === wb(y - 1);
    if (x > 0 && y > 0 && score[at(x, y)] === score[at(x - 1, y - 1)] + (same ? 1 : -1)) {
      steps.push({ i: i + dir * (x - 1), j: j + dir * (y - 1) });
      x--;
      y--;
    } else if (x > 0 && score[at(x, y)] === score[at(x - 1, y)] - 1) {
      steps.push({ i: i + dir * (x - 1), j: -1 });
      x--;
    } else {
      steps.push({ i: -1, j: j + dir * (y - 1) });
      y--;
    }
  }
  // Built from the far end back: forward extensions come out reversed, backward ones in text order.
  return dir > 0 ? steps.reverse() : steps;
}

function chainRuns(runs: Run[]): Run[][] {
  const chains: Run[][] = [];
  for (const r0 of runs) {
    let best: Run[] | undefined;
    let bestGap = Infinity;
    let trimmed: Run | undefined;
    for (const c of chains) {
      const last = c[c.length - 1];
      const iEnd = last.i + last.len;
      const jEnd = last.j + last.len;
      // A run overlapping the chain's end is trimmed to start after it.
      const over = Math.max(0, iEnd - r0.i, jEnd - r0.j);
      if (over >= r0.len) continue;
      const r = over ? { i: r0.i + over, j: r0.j + over, len: r0.len - over } : r0;
      const gi = r.i - iEnd;
      const gj = r.j - jEnd;
      if (gi < 0 || gj < 0 || gi > MAX_GAP || gj > MAX_GAP) continue;
      if (gi + gj < bestGap) {
        bestGap = gi + gj;
        best = c;
        trimmed = r;
      }
    }
    if (best && trimmed) best.push(trimmed);
    else chains.push([r0]);
  }
  return chains;
}

function chainSteps(a: SourceWords, b: SourceWords, chain: Run[]): Step[] {
  const first = chain[0];
  const steps: Step[] = extend(a, first.i - 1, b, first.j - 1, -1, -1, -1);
  for (let k = 0; k < chain.length; k++) {
    const r = chain[k];
    if (k > 0) {
      const p = chain[k - 1];
      steps.push(...alignGap(a, p.i + p.len, r.i, b, p.j + p.len, r.j));
    }
    for (let x = 0; x < r.len; x++) steps.push({ i: r.i + x, j: r.j + x });
  }
  const last = chain[chain.length - 1];
  steps.push(...extend(a, last.i + last.len, b, last.j + last.len, 1, a.ids.length, b.ids.length));
  return steps;
}

function toAlignment(a: SourceWords, b: SourceWords, steps: Step[]): Alignment | undefined {
  // Trim to the first and last match.
  let s = 0;
  let e = steps.length - 1;
  const isMatch = (st: Step) => st.i >= 0 && st.j >= 0 && a.ids[st.i] === b.ids[st.j];
  while (s <= e && !isMatch(steps[s])) s++;
  while (e >= s && !isMatch(steps[e])) e--;
  if (s > e) return undefined;
  const kept = steps.slice(s, e + 1);
  let matched = 0;
  for (const st of kept) if (isMatch(st)) matched++;
  return { ...packed(kept), a0: kept[0].i, a1: kept[kept.length - 1].i, b0: kept[0].j, b1: kept[kept.length - 1].j, matched };
}

function packed(steps: Step[]): { si: Int32Array; sj: Int32Array } {
  const si = new Int32Array(steps.length);
  const sj = new Int32Array(steps.length);
  steps.forEach((st, k) => {
    si[k] = st.i;
    sj[k] = st.j;
  });
  return { si, sj };
}

/**
 * Passages two sources share: chains of shared shingles with the gaps aligned,
 * plus short quotations (three words or more inside quotation marks on a side)
 * printed word for word in both.
 */
export function alignPair(a: SourceWords, ha: Float64Array, b: SourceWords, hb: Float64Array): Alignment[] {
  const out: Alignment[] = [];
  for (const chain of chainRuns(seedRuns(a, ha, b, hb, SHINGLE))) {
    const al = toAlignment(a, b, chainSteps(a, b, chain));
    if (al) out.push(al);
  }
  // Short quotations ("unworkable and unacceptable") that no shingle can catch.
  const q = 3;
  const qa = quotedTrigrams(a, q);
  const qb = quotedTrigrams(b, q);
  for (const r of seedRuns(a, qa, b, qb, q)) {
    if (out.some((al) => r.i <= al.a1 && r.i + r.len - 1 >= al.a0)) continue;
    let content = 0;
    for (let x = 0; x < r.len; x++) if (a.flags[r.i + x] & CONTENT) content++;
    if (content < 2) continue;
    const steps: Step[] = [];
    for (let x = 0; x < r.len; x++) steps.push({ i: r.i + x, j: r.j + x });
    out.push({ ...packed(steps), a0: r.i, a1: r.i + r.len - 1, b0: r.j, b1: r.j + r.len - 1, matched: r.len });
  }
  return distinct(out).sort((x, y) => x.a0 - y.a0);
}

/** Longest first, an alignment overlapping a kept one on either side is a repeat (a phrase printed twice) and is dropped. */
function distinct(all: Alignment[]): Alignment[] {
  const kept: Alignment[] = [];
  for (const al of [...all].sort((x, y) => y.matched - x.matched || x.a0 - y.a0)) {
    const clash = kept.some((k) => (al.a0 <= k.a1 && al.a1 >= k.a0) || (al.b0 <= k.b1 && al.b1 >= k.b0));
    if (!clash) kept.push(al);
  }
  return kept;
}

function quotedTrigrams(w: SourceWords, n: number): Float64Array {
  const count = Math.max(0, w.ids.length - n + 1);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = allQuoted(w, i, n) ? shingleAt(w.ids, i, n) : -1;
  return out;
}

