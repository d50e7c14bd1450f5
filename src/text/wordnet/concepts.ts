// Concepts and similarity from WordNet. A word's concepts are the synsets of
// the first few senses of each of its lemmas: WordNet orders senses by
// frequency, and the rare ones relate nearly everything to everything
// ("kill" sense 9 is a tennis shot, "money" sense 3 a currency), so only the
// first SENSES are kept (see README.md here for the measurement).

import { lemmas, lemmasFor, wnKey } from './morphy.js';
import { entryOf, hypernymsOf, type WnPos } from './table.js';

/** How many senses of each lemma (per part of speech) count; see README.md. */
export const SENSES = 2;

export interface ConceptOptions {
  /** Restrict to one part of speech (from a tagger: NN* → n, VB* → v, JJ* → a, RB* → r). */
  readonly pos?: WnPos;
  /** Senses per lemma to use (default SENSES). */
  readonly senses?: number;
}

const ALL: readonly WnPos[] = ['n', 'v', 'a', 'r'];

function sensesOf(word: string, opts: ConceptOptions) {
  const k = opts.senses ?? SENSES;
  const out = [];
  for (const p of opts.pos ? [opts.pos] : ALL) {
    for (const l of lemmasFor(word, p)) out.push(...(entryOf(l)?.[p]?.slice(0, k) ?? []));
  }
  return out;
}

/** Synset ids of the word's most frequent senses: synonyms share one (funds/finances, kill/kill). */
export function concept(word: string, opts: ConceptOptions = {}): Set<number> {
  return new Set(sensesOf(word, opts).map((s) => s.synset));
}

/** `concept` plus the synsets its derivationally related forms and caused verbs are in (indict → indictment, kill → die). */
export function relatedConcepts(word: string, opts: ConceptOptions = {}): Set<number> {
  const out = new Set<number>();
  for (const s of sensesOf(word, opts)) {
    out.add(s.synset);
    for (const l of s.links) out.add(l);
  }
  return out;
}

function intersects(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function hypernymsOfAll(set: Set<number>): Set<number> {
  const out = new Set<number>();
  for (const s of set) for (const h of hypernymsOf(s)) out.add(h);
  return out;
}

/** Graded relatedness levels returned by `similarity`. */
export const SIMILARITY = {
  sameLemma: 1,
  synonym: 0.9,
  derived: 0.8,
  hypernym: 0.6,
  hypernym2: 0.5,
} as const;

/**
 * How close two words are in meaning: 1 same lemma (killed/kills), 0.9 a
 * shared synset among frequent senses (funds/finances), 0.8 linked by
 * derivation or verb cause (indicted/indictment, killed/died), 0.6 one is a
 * direct kind of the other (cash/currency), 0.5 a kind of a kind
 * (rise/increase), else 0. Siblings under one
 * hypernym are deliberately not related: husband/wife and million/billion are.
 */
export function similarity(a: string, b: string, opts: ConceptOptions = {}): number {
  const ka = wnKey(a);
  const kb = wnKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return SIMILARITY.sameLemma;
  const la = lemmas(ka, opts.pos);
  const lb = lemmas(kb, opts.pos);
  if (la.some((l) => lb.includes(l))) return SIMILARITY.sameLemma;
  const ca = concept(ka, opts);
  const cb = concept(kb, opts);
  if (intersects(ca, cb)) return SIMILARITY.synonym;
  const ra = relatedConcepts(ka, opts);
  const rb = relatedConcepts(kb, opts);
  if (intersects(ra, rb)) return SIMILARITY.derived;
  const ha = hypernymsOfAll(ca);
  const hb = hypernymsOfAll(cb);
  if (intersects(ha, cb) || intersects(hb, ca)) return SIMILARITY.hypernym;
  if (intersects(hypernymsOfAll(ha), cb) || intersects(hypernymsOfAll(hb), ca)) return SIMILARITY.hypernym2;
  return 0;
}
