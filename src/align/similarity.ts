// How alike a claim is to a cluster of claims already judged one fact.
// Values are deliberately left out (Full Fact's lesson: near-identical
// sentences that disagree on the number are exactly what we must catch);
// only the words about the value, the names around it and who is involved.
import { sameName } from '../text/names/same.js';
import { spanKey, type ClusterStats } from './stats.js';
import type { Features } from './features.js';
import { cosine, type Vec } from './vectors.js';

export interface ClusterProfile {
  kind: Features['claim']['kind'];
  members: Features[];
  stats: ClusterStats;
  sources: Map<string, number>;
  local: Vec;
  localNorm: number;
  sent: Vec;
  sentNorm: number;
  ent: Vec;
  entNorm: number;
}

/** Weights of the local-words, sentence and names channels for value claims. */
export const CHANNELS = { local: 0.55, sentence: 0.25, names: 0.2 };

/** Minimum similarity to join a cluster, by kind (tuned on the development set, see README). */
export const JOIN_THRESHOLD: Record<string, number> = {
  percent: 0.3,
  money: 0.3,
  count: 0.4,
  ordinal: 0.35,
  date: 0.4,
  place: 0.4,
  title: 0.99,
  medium: 0.5,
  quote: 0.33,
};

/**
 * Weighted cosine over the channels both sides have: a sentence that names
 * nobody gives no evidence either way about names, so the names channel is
 * left out rather than counted as a mismatch.
 */
function contextSim(f: Features, c: ClusterProfile, wLocal: number, wSent: number, wEnt: number): number {
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
function numericSim(f: Features, c: ClusterProfile): number {
  const prospective = c.stats.prospective / c.members.length;
  const mismatch = f.prospective ? 1 - prospective : prospective;
  const sim = contextSim(f, c, CHANNELS.local, CHANNELS.sentence, CHANNELS.names) - 0.15 * mismatch;
  // The old and the new value of one change ("to 9% from 11%") are worded
  // alike by every outlet; their roles tell them apart.
  const role = f.claim.context.role;
  const clash = role !== undefined && [...c.stats.roles.keys()].some((r) => r !== role);
  return clash ? sim * 0.3 : sim;
}

/**
 * A place is where something happened: "presented the budget in Ottawa"
 * and "said in Toronto" are places of different things, so places align
 * on their events, and a place with no event only weakly.
 */
function placeSim(f: Features, c: ClusterProfile): number {
  const sim = contextSim(f, c, CHANNELS.local, CHANNELS.sentence, CHANNELS.names);
  const events = c.stats.events;
  if (f.event && events.has(f.event)) return sim;
  if (f.event && !events.has('')) return 0;
  return sim * 0.6;
}

/**
 * Two sources naming the same precise span of days ("October 24 to 27",
 * "Friday through Monday" read as the same days) are likely speaking of one
 * event. Agreeing values cannot hide a conflict, so this is safe to use
 * where numbers' values are not (Full Fact: do not align on the number).
 */
/** A shared single day is weaker evidence than a shared multi-day range. */
const SAME_DAY_BONUS = 0.06;
const SAME_RANGE_BONUS = 0.12;

function sameSpanBonus(f: Features, c: ClusterProfile): number {
  const key = spanKey(f);
  if (key === undefined || !c.stats.spans.has(key)) return 0;
  const v = f.claim.value;
  return v.type === 'date' && v.first === v.last ? SAME_DAY_BONUS : SAME_RANGE_BONUS;
}

function anyPersonMatch(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y)));
}

/**
 * Share of the smaller quotation's words found in the larger one, damped
 * for tiny overlaps: two quotes sharing only "deal" are not one remark.
 */
export function quoteOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return (n / small.size) * Math.min(1, n / 3);
}

export function similarity(f: Features, c: ClusterProfile): number {
  switch (f.claim.kind) {
    case 'title':
      return anyPersonMatch(f.persons, [...c.stats.persons.keys()]) ? 1 : 0;
    case 'medium': {
      const shared = anyPersonMatch(f.persons, [...c.stats.persons.keys()]);
      return shared ? 0.5 + 0.5 * contextSim(f, c, 0.3, 0.5, 0.2) : 0;
    }
    case 'quote': {
      let text = 0;
      for (const q of c.stats.quotes.values()) text = Math.max(text, quoteOverlap(f.quoteStems, q.stems));
      const speakers = [...c.stats.persons.keys()];
      const sameSpeaker = f.persons.length > 0 && speakers.length > 0 && anyPersonMatch(f.persons, speakers);
      // The same words under another name are worth showing side by side;
      // different words under another name are another remark.
      if (f.persons.length && speakers.length && !sameSpeaker && text < 0.8) return 0;
      // One speaker on one occasion (an interview on a named programme)
      // quoted in other words is the case an editor most needs to see, so a
      // shared occasion counts even when the words share little.
      const sameOccasion = sameSpeaker && f.occasions.some((o) => c.stats.occasions.has(o));
      const bonus = sameOccasion ? 0.25 : sameSpeaker ? 0.05 : 0;
      return Math.max(text * 0.9, bonus + 0.6 * text + 0.4 * contextSim(f, c, 0.5, 0.3, 0.2));
    }
    case 'count':
    case 'ordinal':
      if (f.unit && !c.stats.units.has(f.unit)) return 0;
      return numericSim(f, c);
    case 'percent':
    case 'money':
      return numericSim(f, c);
    case 'date':
      return contextSim(f, c, CHANNELS.local, CHANNELS.sentence, CHANNELS.names) + sameSpanBonus(f, c);
    case 'place':
      return placeSim(f, c);
    default:
      return contextSim(f, c, CHANNELS.local, CHANNELS.sentence, CHANNELS.names);
  }
}
