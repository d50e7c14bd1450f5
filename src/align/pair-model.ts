// The learned pair model: how likely two statements from two outlets state
// one fact, from the evidence the hand weights add up when claims join (the
// words near the value, the sentence, the names, the same days or place
// named, the counted noun, where each stands in its article). A logistic
// regression fitted on the development stories by `npm run refit-pair-model`
// (leave-one-story-out figures in the README); its weights ship as data in
// pair-weights.ts. It scores the mutual-best pairing across sources
// (cluster.ts pairAcrossSources), where the hand-weighted joins leave a fact
// split. The value itself is never a feature for numbers (Full Fact:
// near-identical sentences that disagree on the number are what must be
// caught); for dates and places an agreeing value is, as it cannot hide a
// conflict.
import { similarity as lexicalSimilarity } from '../text/wordnet/index.js';
import type { Features } from './features.js';
import { CHANNELS, contextSim, singletonProfile, type ClusterProfile } from './similarity.js';
import { spanKey } from './stats.js';
import { cosine } from './vectors.js';

/** The features, in the order of a model's weights. */
export const PAIR_FEATURES = [
  'local', // cosine of the words near the value
  'sentence', // cosine of the sentences
  'names', // cosine of the names in the sentences (0 when either names nobody)
  'names-both', // 1 when both sides name someone
  'same-days', // the same precisely named day, month or year
  'same-place', // the same place named
  'unit', // the counted nouns: 1 the same, else WordNet's similarity
  'position-gap', // how far apart the claim and the cluster stand in their articles (0 to 1)
  'both-lead', // both in the first fifth of their articles
  'local-x-sentence', // local × sentence: both channels agree
  'context', // the three channels as the hand weights combined them (similarity.ts contextSim)
  'days-meet', // two dates whose days overlap ("from 1967 to 1979", "from 1966 to 1978")
  'local-disjoint', // both have words near the value, and share none ("tariffs to 55%", "90% of rare earths")
] as const;

/** A fitted model: weights per feature and per kind, a bias, and the probability a pairing needs. */
export interface PairModel {
  features: readonly string[];
  kinds: readonly string[];
  weights: readonly number[];
  kindWeights: readonly number[];
  bias: number;
  /** Probability at which two clusters pair (a weak join: differing values across it are an uncertain match). */
  threshold: number;
}

/**
 * Members of a cluster looked at, at most (pairs linked, days compared, the
 * kinds' rules asked), and unit words compared by WordNet: a large
 * cluster's first few stand for it, so the work per pair is bounded.
 */
export const LINK_MEMBERS = 8;

function unitScore(f: Features, c: ClusterProfile): number {
  if (!f.unit) return 0;
  if (c.stats.units.has(f.unit)) return 1;
  if (!f.unitWord) return 0;
  let best = 0;
  let n = 0;
  for (const w of c.stats.unitWords.keys()) {
    if (n++ >= LINK_MEMBERS) break;
    best = Math.max(best, lexicalSimilarity(f.unitWord, w, { pos: 'n' }));
  }
  return best;
}

const LEAD = 0.2;

function daysMeet(f: Features, c: ClusterProfile): number {
  const v = f.claim.value;
  if (v.type !== 'date') return 0;
  for (let k = 0; k < c.members.length && k < LINK_MEMBERS; k++) {
    const o = c.members[k].claim.value;
    if (o.type === 'date' && v.first <= o.last && o.first <= v.last) return 1;
  }
  return 0;
}

/** The feature vector of a claim against a cluster, in PAIR_FEATURES order. */
export function pairFeatures(f: Features, c: ClusterProfile): number[] {
  const local = f.localNorm && c.localNorm ? cosine(f.local, c.local, f.localNorm, c.localNorm) : 0;
  const sentence = cosine(f.sent, c.sent, f.sentNorm, c.sentNorm);
  const namesBoth = f.entNorm && c.entNorm ? 1 : 0;
  const names = namesBoth ? cosine(f.ent, c.ent, f.entNorm, c.entNorm) : 0;
  const span = spanKey(f);
  const v = f.claim.value;
  const sameDays = span !== undefined && c.stats.spans.has(span) ? 1 : 0;
  const samePlace = v.type === 'place' && c.stats.places.has(v.name) ? 1 : 0;
  const mean = c.members.length ? c.stats.positionSum / c.members.length : 0;
  const gap = Math.abs(f.position - mean);
  const bothLead = f.position < LEAD && mean < LEAD ? 1 : 0;
  return [
    local, sentence, names, namesBoth, sameDays, samePlace, unitScore(f, c), gap, bothLead,
    local * sentence, contextSim(f, c, CHANNELS.local, CHANNELS.sentence, CHANNELS.names), daysMeet(f, c),
    f.localNorm && c.localNorm && local === 0 ? 1 : 0,
  ];
}

/** The model's logit for features `x` of a claim of `kind`. */
export function logit(model: PairModel, x: readonly number[], kind: string): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += model.weights[k] * x[k];
  const at = model.kinds.indexOf(kind);
  if (at >= 0) z += model.kindWeights[at];
  return z;
}

/** Probability that the claim states the cluster's fact. */
export function pairProbability(model: PairModel, f: Features, c: ClusterProfile): number {
  return 1 / (1 + Math.exp(-logit(model, pairFeatures(f, c), f.claim.kind)));
}

const singletons = new WeakMap<Features, ClusterProfile>();

/**
 * The mean probability over pairs of members, one from each cluster (at
 * most LINK_MEMBERS of each): average linkage, comparing claims as the model
 * was fitted, one with one.
 */
export function linkProbability(model: PairModel, a: readonly Features[], b: readonly Features[]): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.length && i < LINK_MEMBERS; i++) {
    for (let j = 0; j < b.length && j < LINK_MEMBERS; j++) {
      let one = singletons.get(b[j]);
      if (!one) singletons.set(b[j], (one = singletonProfile(b[j])));
      sum += pairProbability(model, a[i], one);
      n++;
    }
  }
  return n ? sum / n : 0;
}
