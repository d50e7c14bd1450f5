// Online clustering with blocking. Each claim is compared only with the
// clusters that share one of its block keys (kind + a key term, entity or
// name), never with every other claim, so the cost grows with
// claims × clusters-per-block: near-linear for one story, however many
// outlets report it. A second pass lets each claim move to the cluster it
// fits best once every cluster has formed, which removes most of the
// first pass's dependence on reading order.
import type { Claim } from '../model/claim.js';
import type { Features } from './features.js';
import { alignHook, joinThreshold, similarity } from './hook.js';
import { LINK_MEMBERS, linkProbability, type PairModel } from './pair-model.js';
import { PAIR_MODEL } from './pair-weights.js';
import type { ClusterProfile } from './similarity.js';
import { addStats, emptyStats, removeStats } from './stats.js';
import { addInto, norm, subtractFrom } from './vectors.js';

/** At most this many clusters per block key are considered, largest first. */
const MAX_CANDIDATES_PER_KEY = 40;

interface Cluster extends ClusterProfile {
  id: number;
  keys: Set<string>;
  /** Bumped on every change of membership: a merge test between unchanged clusters gives the same answer. */
  version: number;
  /** The members that joined only as a mutual best match across sources (pairAcrossSources): a weaker bond. */
  paired?: Features[];
}

/** Kinds where one source states a fact once: a second claim from it is another fact. */
const ONE_PER_SOURCE = new Set(['quote', 'medium']);

function newCluster(id: number, f: Features): Cluster {
  return {
    id,
    kind: f.claim.kind,
    members: [],
    stats: emptyStats(),
    sources: new Map(),
    local: new Map(),
    localNorm: 0,
    sent: new Map(),
    sentNorm: 0,
    ent: new Map(),
    entNorm: 0,
    keys: new Set(),
    version: 0,
  };
}

function add(c: Cluster, f: Features): void {
  c.version++;
  c.members.push(f);
  addStats(c.stats, f);
  c.sources.set(f.claim.sourceId, (c.sources.get(f.claim.sourceId) ?? 0) + 1);
  addInto(c.local, f.local);
  addInto(c.sent, f.sent);
  addInto(c.ent, f.ent);
  c.localNorm = norm(c.local);
  c.sentNorm = norm(c.sent);
  c.entNorm = norm(c.ent);
  for (const k of f.keys) c.keys.add(k);
}

function remove(c: Cluster, f: Features): void {
  c.version++;
  const at = c.members.indexOf(f);
  if (at >= 0) {
    c.members[at] = c.members[c.members.length - 1];
    c.members.pop();
  }
  removeStats(c.stats, f);
  const n = (c.sources.get(f.claim.sourceId) ?? 1) - 1;
  if (n <= 0) c.sources.delete(f.claim.sourceId);
  else c.sources.set(f.claim.sourceId, n);
  subtractFrom(c.local, f.local);
  subtractFrom(c.sent, f.sent);
  subtractFrom(c.ent, f.ent);
  c.localNorm = norm(c.local);
  c.sentNorm = norm(c.sent);
  c.entNorm = norm(c.ent);
}

class Index {
  private byKey = new Map<string, Set<Cluster>>();

  register(c: Cluster, keys: Iterable<string>): void {
    for (const k of keys) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(c);
      // A key shared by very many clusters is too common to block on (like
      // a stop word): keep its largest clusters only. The others stay
      // reachable through their other keys.
      if (set.size > 4 * MAX_CANDIDATES_PER_KEY) {
        const keep = [...set].sort((a, b) => b.members.length - a.members.length).slice(0, MAX_CANDIDATES_PER_KEY);
        this.byKey.set(k, new Set(keep));
      }
    }
  }

  candidates(f: Features): Cluster[] {
    return this.candidatesFor(f.keys, f.claim.kind);
  }

  candidatesFor(keys: Iterable<string>, kind: Features['claim']['kind']): Cluster[] {
    const out = new Set<Cluster>();
    for (const k of keys) {
      const set = this.byKey.get(k);
      if (!set) continue;
      for (const c of set) if (c.members.length > 0 && c.kind === kind) out.add(c);
    }
    return [...out];
  }
}

/** Relations whose days are the time stated; a bound ("by", "until", "since") reaches to the publication date and would meet anything. */
const STATED_DAYS = new Set(['on', 'start', 'end']);

function daysMeet(a: Claim, b: Claim): boolean {
  const va = a.value;
  const vb = b.value;
  if (va.type !== 'date' || vb.type !== 'date' || !STATED_DAYS.has(va.relation) || !STATED_DAYS.has(vb.relation)) return false;
  return va.first <= vb.last && vb.first <= va.last;
}

function admissible(c: Cluster, f: Features): boolean {
  // Two values in one sentence are two facts ("from Friday through Monday,
  // according to the ministry on Thursday"); titles excepted, where one
  // sentence may name the same person twice.
  // A sentence may restate one time in two ways ("later this month …
  // starting Oct. 31"), so dates of one sentence may share a fact when the
  // days can meet.
  const sameSentence = c.stats.sentences.get(f.sentenceKey) ?? [];
  const clash = sameSentence.some((m) => m !== f && !(f.claim.kind === 'date' && daysMeet(m.claim, f.claim)));
  if (f.claim.kind !== 'title' && clash) return false;
  if (!ONE_PER_SOURCE.has(f.claim.kind)) return true;
  const own = c.sources.get(f.claim.sourceId) ?? 0;
  const selfIn = sameSentence.includes(f) ? 1 : 0;
  return own - selfIn === 0;
}

function best(index: Index, f: Features, exclude?: Cluster): { cluster?: Cluster; score: number } {
  let top: Cluster | undefined;
  let score = -1;
  for (const c of index.candidates(f)) {
    if (c === exclude || !admissible(c, f)) continue;
    const s = similarity(f, c);
    if (s > score || (s === score && top && c.id < top.id)) {
      score = s;
      top = c;
    }
  }
  return { cluster: top, score };
}

/**
 * Told after each claim of each pass and each cluster of each merge round, so
 * a long alignment can show that it moves (see AlignStep).
 */
export type StepListener = (step: AlignStep) => void;

/** Where alignment is: a pass over the claims or a merge round over the clusters. */
export interface AlignStep {
  phase: 'features' | 'join' | 'move' | 'merge';
  /** Items of this phase done, of `total` (claims for features, join and move; clusters for merge). */
  done: number;
  total: number;
  /** Merge round (0-based); later rounds retry only clusters that changed. */
  round?: number;
}

/** One fact's statements; `paired`: those that joined the rest by the weaker mutual-best test. */
export interface FactCluster {
  members: Features[];
  paired?: Features[];
}

/** Groups claims into clusters of one fact each, in creation order. */
export function cluster(features: Features[], pairFactor = PAIR_FACTOR, onStep?: StepListener, model: PairModel = PAIR_MODEL): FactCluster[] {
  const index = new Index();
  const clusters: Cluster[] = [];
  const home = new Map<Features, Cluster>();

  const trace = process.env.CLAIMCHECK_TRACE_ALIGN;
  let done = 0;
  for (const f of features) {
    onStep?.({ phase: 'join', done: done++, total: features.length });
    const { cluster: c, score } = best(index, f);
    const threshold = joinThreshold(f.claim.kind);
    if (trace && (trace === '1' || trace === f.claim.kind)) {
      const scores = index.candidates(f).map((k) => `${k.members[0].claim.sourceId.slice(0, 3)}:${JSON.stringify(k.members[0].claim.text).slice(0, 24)}=${similarity(f, k).toFixed(2)}${admissible(k, f) ? '' : '(x)'}`);
      process.stderr.write(`${f.claim.sourceId.slice(0, 3)} ${JSON.stringify(f.claim.text).slice(0, 30)} → ${scores.join('  ')}\n`);
    }
    let target = c && score >= threshold ? c : undefined;
    if (!target) {
      target = newCluster(clusters.length, f);
      clusters.push(target);
    }
    add(target, f);
    index.register(target, f.keys);
    home.set(f, target);
  }

  // Second pass: move a claim when another cluster now fits it clearly better
  // than its own cluster does without it.
  done = 0;
  for (const f of features) {
    onStep?.({ phase: 'move', done: done++, total: features.length });
    const own = home.get(f)!;
    if (own.members.length === 1) {
      const { cluster: c, score } = best(index, f, own);
      if (c && score >= (joinThreshold(f.claim.kind))) {
        remove(own, f);
        add(c, f);
        home.set(f, c);
      }
      continue;
    }
    remove(own, f);
    const stay = similarity(f, own);
    const { cluster: c, score } = best(index, f, own);
    const target = c && score > stay + 0.05 && score >= (joinThreshold(f.claim.kind)) ? c : own;
    add(target, f);
    home.set(f, target);
  }

  mergeClusters(clusters, index, home, onStep);
  pairAcrossSources(clusters, index, home, pairFactor, model);

  return clusters.filter((c) => c.members.length > 0).map((c) => ({ members: c.members, paired: c.paired }));
}

/** Mean similarity of `b`'s members to `a`'s profile. */
function fit(a: Cluster, b: Cluster): number {
  let sum = 0;
  for (const m of b.members) sum += similarity(m, a);
  return sum / b.members.length;
}

/**
 * Claim-by-claim joining splits a fact when its first statements happened
 * to fall apart ("October 24 to 27" in two sources, "Friday through Monday"
 * and "October 24 to 27" in two others). Two clusters whose members fit
 * each other as a whole, in both directions on average, are one fact.
 * Bounded rounds; only clusters sharing a block key are compared.
 */
function mergeClusters(clusters: Cluster[], index: Index, home: Map<Features, Cluster>, onStep?: StepListener): void {
  // A pair turned down in one round is turned down again in the next unless
  // either cluster changed since: remember the versions it was refused at.
  const refused = new Map<string, string>();
  for (let round = 0; round < 3; round++) {
    let merged = false;
    const bySize = clusters.filter((c) => c.members.length > 0).sort((x, y) => y.members.length - x.members.length || x.id - y.id);
    let done = 0;
    for (const a of bySize) {
      onStep?.({ phase: 'merge', done: done++, total: bySize.length, round });
      if (a.members.length === 0) continue;
      const threshold = joinThreshold(a.kind);
      for (const b of index.candidatesFor(a.keys, a.kind)) {
        if (b === a || b.members.length === 0) continue;
        const pair = `${a.id}:${b.id}`;
        const state = `${a.version}:${b.version}`;
        if (refused.get(pair) === state) continue;
        if (!b.members.every((m) => admissible(a, m))) {
          refused.set(pair, state);
          continue;
        }
        if (process.env.CLAIMCHECK_TRACE_ALIGN) process.stderr.write(`merge? ${a.members[0].claim.text} + ${b.members[0].claim.text}: ${fit(a, b).toFixed(2)} ${fit(b, a).toFixed(2)}\n`);
        if (Math.min(fit(a, b), fit(b, a)) < threshold) {
          refused.set(pair, state);
          continue;
        }
        for (const m of [...b.members]) {
          remove(b, m);
          add(a, m);
          home.set(m, a);
        }
        index.register(a, a.keys);
        merged = true;
      }
    }
    if (!merged) break;
  }
}

/**
 * Share of the join threshold a mutual-best pair of clusters from disjoint
 * sources needs (see pairAcrossSources), for kinds the pair model does not
 * score (titles, quotations, how people spoke, tallies). Fitted on the
 * development stories by `npm run refit-pairing` (leave-one-story-out,
 * README "Accuracy") when it applied to every kind: 0.9 in 12 of 15 folds.
 */
export const PAIR_FACTOR = 0.9;

function disjointSources(a: Cluster, b: Cluster): boolean {
  const [small, large] = a.sources.size <= b.sources.size ? [a, b] : [b, a];
  for (const s of small.sources.keys()) if (large.sources.has(s)) return false;
  return true;
}

/**
 * A source states a fact once, so the statement of one outlet that best
 * matches a statement of another, and is matched best by it in return, is
 * likely the same fact even when the words differ more than joining allows.
 * Clusters from disjoint sources that are each other's best candidate join
 * at a lower bar; best pairs first, each cluster in one pair per pass.
 *
 * For kinds with learned pairing (dates, numbers, places) the score is the
 * pair model's probability, averaged over the two clusters' members
 * (pair-model.ts linkProbability), and the bar is the model's threshold;
 * for the others, the mean fit both ways at `factor` × the join threshold.
 */
function pairAcrossSources(clusters: Cluster[], index: Index, home: Map<Features, Cluster>, factor: number, model: PairModel): void {
  const learned = (c: Cluster) => alignHook(c.kind).learnedPairing === true;
  const bar = (c: Cluster) => (learned(c) ? model.threshold : factor >= 1 ? Infinity : factor * joinThreshold(c.kind));
  /**
   * The least share the rules of any member allow (hook.pairWeight), both
   * ways; a large cluster's first LINK_MEMBERS stand for it, as in
   * linkProbability, so the work per pair of clusters stays bounded.
   */
  const allowed = (a: Cluster, b: Cluster) => {
    const weight = alignHook(a.kind).pairWeight;
    if (!weight) return 1;
    let least = 1;
    for (let i = 0; i < a.members.length && i < LINK_MEMBERS && least > 0; i++) least = Math.min(least, weight(a.members[i], b));
    for (let i = 0; i < b.members.length && i < LINK_MEMBERS && least > 0; i++) least = Math.min(least, weight(b.members[i], a));
    return least;
  };
  const scoreOf = (a: Cluster, b: Cluster) => {
    if (!learned(a)) return Math.min(fit(a, b), fit(b, a));
    const share = allowed(a, b);
    return share > 0 ? share * linkProbability(model, a.members, b.members) : 0;
  };
  const live = clusters.filter((c) => c.members.length > 0 && bar(c) < Infinity);
  const bestOf = new Map<Cluster, { other: Cluster; score: number }>();
  for (const a of live) {
    let top: { other: Cluster; score: number } | undefined;
    for (const b of index.candidatesFor(a.keys, a.kind)) {
      if (b === a || b.members.length === 0 || !disjointSources(a, b)) continue;
      if (!b.members.every((m) => admissible(a, m)) || !a.members.every((m) => admissible(b, m))) continue;
      const score = scoreOf(a, b);
      if (!top || score > top.score || (score === top.score && b.id < top.other.id)) top = { other: b, score };
    }
    if (top) bestOf.set(a, top);
  }
  const pairs: Array<{ a: Cluster; b: Cluster; score: number }> = [];
  for (const [a, { other: b, score }] of bestOf) {
    if (a.id < b.id && bestOf.get(b)?.other === a && score >= bar(a)) pairs.push({ a, b, score });
  }
  pairs.sort((x, y) => y.score - x.score || x.a.id - y.a.id);
  const used = new Set<Cluster>();
  for (const { a, b } of pairs) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a);
    used.add(b);
    a.paired = [...b.members];
    for (const m of [...b.members]) {
      remove(b, m);
      add(a, m);
      home.set(m, a);
    }
    index.register(a, a.keys);
  }
}
