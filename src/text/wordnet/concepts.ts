// Concepts and similarity from WordNet. A word's concepts are the synsets of
// the first few senses of each of its lemmas: WordNet orders senses by
// frequency, and the rare ones relate nearly everything to everything
// ("kill" sense 9 is a tennis shot, "money" sense 3 a currency), so only the
// first SENSES are kept (see README.md here for the measurement).

import { lemmas, lemmasFor, wnKey } from './morphy.js';
import { hypernymsOf, sensesOf as lemmaSenses, type WnPos } from './table.js';

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
    for (const l of lemmasFor(word, p)) out.push(...lemmaSenses(l, p).slice(0, k));
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

function intersects(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

function hypernymsOfAll(set: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const s of set) for (const h of hypernymsOf(s)) out.add(h);
  return out;
}

// Everything similarity needs about one word, computed once per word and options.
interface Profile {
  readonly lemmas: readonly string[];
  readonly concept: ReadonlySet<number>;
  readonly related: ReadonlySet<number>;
  readonly up1: ReadonlySet<number>;
  readonly up2: ReadonlySet<number>;
}

const profiles = new Map<string, Profile>();

function profile(key: string, opts: ConceptOptions): Profile {
  const id = `${opts.pos ?? '*'}:${opts.senses ?? SENSES}:${key}`;
  const hit = profiles.get(id);
  if (hit) return hit;
  const c = concept(key, opts);
  const up1 = hypernymsOfAll(c);
  const p: Profile = { lemmas: lemmas(key, opts.pos), concept: c, related: relatedConcepts(key, opts), up1, up2: hypernymsOfAll(up1) };
  if (profiles.size > 20_000) profiles.clear();
  profiles.set(id, p);
  return p;
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
 * (rise/increase), else 0. Siblings under one hypernym are deliberately
 * not related: husband/wife and democrat/republican are siblings.
 */
export function similarity(a: string, b: string, opts: ConceptOptions = {}): number {
  const ka = wnKey(a);
  const kb = wnKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return SIMILARITY.sameLemma;
  const pa = profile(ka, opts);
  const pb = profile(kb, opts);
  if (pa.lemmas.some((l) => pb.lemmas.includes(l))) return SIMILARITY.sameLemma;
  if (intersects(pa.concept, pb.concept)) return SIMILARITY.synonym;
  if (intersects(pa.related, pb.related)) return SIMILARITY.derived;
  if (intersects(pa.up1, pb.concept) || intersects(pb.up1, pa.concept)) return SIMILARITY.hypernym;
  if (intersects(pa.up2, pb.concept) || intersects(pb.up2, pa.concept)) return SIMILARITY.hypernym2;
  return 0;
}
