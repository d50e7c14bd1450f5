// The evidence that two statements from different sources state one fact,
// as a vector of numbers a fitted model weighs (src/align/model.ts). Every
// feature reads the words around the values and who is involved, never the
// values themselves.
import { sameName } from '../text/names/same.js';
import type { Idf } from './idf.js';
import type { AlignView } from './view.js';
import { wordSimilarity } from './lexical.js';

/** Pair features, in the order the model's weights use. */
export const FEATURES = [
  'near',
  'nearest',
  'sentence',
  'concepts',
  'entities',
  'unitSame',
  'unitDiffers',
  'roleSame',
  'roleClash',
  'modalityDiffers',
  'positionGap',
  'bothLead',
  'bothTitle',
  'personSame',
  'personClash',
  'quoteOverlap',
  'meaning',
  'sameOccasion',
  'verb',
  'noun',
  'relationSame',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** Weight of a word by its distance from the value: the next word counts most. */
function decay(d: number): number {
  return 1 / (1 + 0.3 * d);
}

function weightedCosine(a: Map<string, number>, b: Map<string, number>, idf: Idf | undefined): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const wa = new Map<string, number>();
  for (const [t, d] of a) {
    const w = (idf ? idf.weight(t) : 1) * decay(d);
    wa.set(t, w);
    na += w * w;
  }
  for (const [t, d] of b) {
    const w = (idf ? idf.weight(t) : 1) * decay(d);
    nb += w * w;
    const o = wa.get(t);
    if (o !== undefined) dot += o * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function setCosine(a: Set<string>, b: Set<string>, idf: Idf): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of a) {
    const w = idf.weight(t);
    na += w * w;
    if (b.has(t)) dot += w * w;
  }
  for (const t of b) {
    const w = idf.weight(t);
    nb += w * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Share of the nearest words (two either side) that the other statement has as near words too. */
function nearestShared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  let m = 0;
  for (const [t, d] of a) {
    if (d > 1) continue;
    m++;
    const o = b.get(t);
    if (o !== undefined && o <= 3) n++;
  }
  return m ? n / m : 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
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

function anyPersonMatch(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y)));
}

/**
 * Text similarity by meaning (Mihalcea, Corley and Strapparava 2006): each
 * word near one value finds its closest word near the other (the same stem,
 * a synonym, a derivation, a kind of), weighted by rarity, averaged both ways.
 */
function meaning(a: AlignView, b: AlignView, idf: Idf): number {
  const oneWay = (x: AlignView, y: AlignView) => {
    let num = 0;
    let den = 0;
    for (const w of x.words) {
      const weight = idf.weight(w.stem);
      let best = 0;
      for (const o of y.words) {
        const sim = o.stem === w.stem ? 1 : wordSimilarity(w.word, o.word);
        if (sim > best) best = sim;
        if (best === 1) break;
      }
      num += weight * best;
      den += weight;
    }
    return den ? num / den : 0;
  };
  return (oneWay(a, b) + oneWay(b, a)) / 2;
}

export function pairFeatures(a: AlignView, b: AlignView, idf: Idf): number[] {
  const ca = a.claim;
  const cb = b.claim;
  const roleA = ca.context.role;
  const roleB = cb.context.role;
  const personsBoth = a.persons.length > 0 && b.persons.length > 0;
  const personSame = personsBoth && anyPersonMatch(a.persons, b.persons);
  const f: Record<FeatureName, number> = {
    near: weightedCosine(a.near, b.near, idf),
    nearest: Math.max(nearestShared(a.near, b.near), nearestShared(b.near, a.near)),
    sentence: setCosine(a.sentence, b.sentence, idf),
    concepts: weightedCosine(a.concepts, b.concepts, undefined),
    entities: jaccard(a.entities, b.entities),
    unitSame: a.unit !== undefined && a.unit === b.unit ? 1 : 0,
    unitDiffers: a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit ? 1 : 0,
    roleSame: roleA !== undefined && roleA === roleB ? 1 : 0,
    roleClash: roleA !== undefined && roleB !== undefined && roleA !== roleB ? 1 : 0,
    modalityDiffers: ca.context.modality !== cb.context.modality ? 1 : 0,
    positionGap: Math.abs(a.position - b.position),
    bothLead: a.position < 0.15 && b.position < 0.15 ? 1 : 0,
    bothTitle: a.isTitle && b.isTitle ? 1 : 0,
    personSame: personSame ? 1 : 0,
    personClash: personsBoth && !personSame ? 1 : 0,
    quoteOverlap: quoteOverlap(a.quoteStems, b.quoteStems),
    meaning: meaning(a, b, idf),
    relationSame: ca.value.type === 'date' && cb.value.type === 'date' && ca.value.relation !== 'on' && ca.value.relation === cb.value.relation ? 1 : 0,
    verb: a.verb && b.verb ? wordSimilarity(a.verb, b.verb) : 0,
    noun: a.noun && b.noun ? wordSimilarity(a.noun, b.noun) : 0,
    sameOccasion: personSame && a.occasions.some((o) => b.occasions.includes(o)) ? 1 : 0,
  };
  return FEATURES.map((k) => f[k]);
}
