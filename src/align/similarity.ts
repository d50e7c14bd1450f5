// How alike a claim is to a cluster of claims already judged one fact: the
// shared base each kind's alignment hook (src/kinds/<kind>/align.ts) is
// built from. Values are deliberately left out (Full Fact's lesson:
// near-identical sentences that disagree on the number are exactly what we
// must catch); only the words about the value, the names around it and who
// is involved.
import { sameName } from '../text/names/same.js';
import { similarity as lexicalSimilarity } from '../text/wordnet/index.js';
import { addStats, emptyStats, type ClusterStats } from './stats.js';
import type { Channels, Features } from './features.js';
import { cosine, type Vec } from './vectors.js';

export interface ClusterProfile extends Channels {
  kind: Features['claim']['kind'];
  members: Features[];
  stats: ClusterStats;
  sources: Map<string, number>;
}

/** A cluster of one claim: what a claim is compared with when pairs, not clusters, are scored. */
export function singletonProfile(f: Features): ClusterProfile {
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

/** Weights of the local-words, sentence and names channels for value claims. */
export const CHANNELS = { local: 0.55, sentence: 0.25, names: 0.2 };

/**
 * Weighted cosine over the channels both sides have: a sentence that names
 * nobody gives no evidence either way about names, so the names channel is
 * left out rather than counted as a mismatch.
 */
export function contextSim(f: Features, c: ClusterProfile, wLocal: number, wSent: number, wEnt: number): number {
  let sum = 0;
  let weight = 0;
  const channel = (w: number, a: Map<string, number>, b: Map<string, number>, na: number, nb: number) => {
    if (w === 0 || na === 0 || nb === 0) return;
    sum += w * cosine(a, b, na, nb);
    weight += w;
  };
  channel(wLocal, f.local, c.local, f.localNorm, c.localNorm);
  channel(wSent, f.sent, c.sent, f.sentNorm, c.sentNorm);
  channel(wEnt, f.ent, c.ent, f.entNorm, c.entNorm);
  const total = wLocal + wSent + wEnt;
  // Renormalise, but never let the names or sentence alone carry a claim:
  // without its local words a claim reaches at most half its score.
  if (weight === 0) return 0;
  const localMissing = f.localNorm === 0 || c.localNorm === 0;
  return (sum / weight) * (localMissing ? 0.5 : 1) * (total > 0 ? 1 : 0);
}

/**
 * A threatened or planned figure and one in force are usually different
 * facts (a threatened 100% tariff, the 55% truce rate), so a difference in
 * modality counts against joining, without forbidding it.
 */
export function numericSim(f: Features, c: ClusterProfile): number {
  const prospective = c.stats.prospective / c.members.length;
  const mismatch = f.prospective ? 1 - prospective : prospective;
  const sim = contextSim(f, c, CHANNELS.local, CHANNELS.sentence, CHANNELS.names) - 0.15 * mismatch;
  // The old and the new value of one change ("to 9% from 11%") are worded
  // alike by every outlet; their roles tell them apart.
  const role = f.claim.context.role;
  const clash = role !== undefined && [...c.stats.roles.keys()].some((r) => r !== role);
  return clash ? sim * 0.3 : sim;
}


/** The three channels at their usual weights: the base similarity of a value claim. */
export function valueSim(f: Features, c: ClusterProfile): number {
  return contextSim(f, c, CHANNELS.local, CHANNELS.sentence, CHANNELS.names);
}

/**
 * Counted nouns that WordNet calls one thing or a kind of the other, at one
 * or two steps ("countries"/"nations" 0.9, "houses"/"homes" 0.6,
 * "people"/"passengers" 0.5); "meetings"/"rounds", "soldiers"/"civilians"
 * and "women"/"men" score 0.
 */
export const UNIT_SIMILARITY = 0.5;

/** The counted nouns are one, or near synonyms (or the claim counts nothing named). */
export function unitsAlike(f: Features, c: ClusterProfile): boolean {
  if (!f.unit || c.stats.units.has(f.unit)) return true;
  if (!f.unitWord) return false;
  for (const w of c.stats.unitWords.keys()) if (lexicalSimilarity(f.unitWord, w, { pos: 'n' }) >= UNIT_SIMILARITY) return true;
  return false;
}

/**
 * Below this, a claim joins no cluster at any bar in use (the lowest is the
 * pairing factor's grid floor, 0.4, times the ordinal kind's 0.35), so
 * WordNet, whose first use reads its table (about 30 ms), is not asked.
 */
const UNIT_CHECK_FLOOR = 0.1;

/** A counted noun must match, as a word or a near synonym ("3 meetings" and "3 rounds" are two facts); then as numbers. */
export function countedSim(f: Features, c: ClusterProfile): number {
  if (!f.unit || c.stats.units.has(f.unit)) return numericSim(f, c);
  const sim = numericSim(f, c);
  return sim >= UNIT_CHECK_FLOOR && unitsAlike(f, c) ? sim : 0;
}

export function anyPersonMatch(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y)));
}
