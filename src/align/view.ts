// What the aligner sees of one claim: the words around the value, never the
// value itself. Two outlets that disagree on a number word the sentence
// alike, so alignment must be blind to the value it is there to compare
// (Full Fact's lesson); a test checks that changing only a value leaves
// every alignment score as it was.
import type { Claim } from '../model/claim.js';
import { isStopword, rawStemOf, tokenize } from '../text/terms.js';
import { nameTokens } from '../text/names/same.js';
import { conceptsOf } from './lexical.js';
import { occasionsOf } from '../text/occasions.js';
import { tagSentence, type TaggedToken } from '../text/pos/index.js';

export interface AlignView {
  claim: Claim;
  /** Content stems by nearness to the value: stem → token distance (0 = next word). */
  near: Map<string, number>;
  /** Content stems of the whole sentence outside the value. */
  sentence: Set<string>;
  /** Lexical concepts (synonym and derivation classes) of the sentence's content words, by nearness. */
  concepts: Map<string, number>;
  /** Content words near the value (lower case) with their stems, for meaning-aware matching. */
  words: Array<{ word: string; stem: string }>;
  /** Proper names in the sentence, folded. */
  entities: Set<string>;
  /** People the claim is about: a title's holder, a call's participants, a quote's speaker. */
  persons: string[];
  /** Person name tokens, for blocking. */
  personTokens: string[];
  /** Content stems inside a quotation. */
  quoteStems: Set<string>;
  /** Counted noun or ordinal noun, stemmed; a currency for money. */
  unit?: string;
  /** Base form of the verb nearest the value in its clause ("met on Saturday" → meet). */
  verb?: string;
  /** Base form of the common noun nearest the value ("Tuesday's crash" → crash). */
  noun?: string;
  /** Named occasions in the sentence (a programme, network, hearing): one speaker on one occasion is one remark. */
  occasions: string[];
  /** Relative position of the sentence in its article, 0 (lead) to 1. */
  position: number;
  /** Sentence index within its source: two values of one sentence are two facts. */
  sentenceKey: string;
  isTitle: boolean;
}

/** Words further from the value than this say little about it. */
export const NEAR_LIMIT = 14;
/** The words compared by meaning: the value's clause, roughly. */
export const WORDS_LIMIT = 8;

function personsOf(claim: Claim): string[] {
  const v = claim.value;
  if (v.type === 'title') return [v.person];
  if (v.type === 'medium') return v.participants;
  if (v.type === 'quote') return v.speaker ? [v.speaker] : [];
  return [];
}

function unitOf(claim: Claim): string | undefined {
  const v = claim.value;
  if (v.type !== 'number' || claim.kind === 'percent') return undefined;
  if (claim.kind === 'money') return v.unit;
  const words = tokenize(v.unit).filter((t) => !isStopword(t.word));
  return words.length ? rawStemOf(words[words.length - 1].word) : undefined;
}

function quoteStemsOf(claim: Claim): Set<string> {
  const v = claim.value;
  if (v.type !== 'quote') return new Set();
  const out = new Set<string>();
  for (const t of tokenize(v.quoted)) if (!isStopword(t.word)) out.add(rawStemOf(t.word));
  return out;
}

/**
 * `sentenceCount` is the number of sentences in the claim's source, so a
 * claim's place in its article (lead or tail) can be compared across outlets.
 */
const AUXILIARY = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'get']);

/** The verb and the common noun nearest the value, within a few words and no clause break. */
function anchorsOf(tags: TaggedToken[], vs: number, ve: number): { verb?: string; noun?: string } {
  let verb: { lemma: string; d: number } | undefined;
  let noun: { lemma: string; d: number } | undefined;
  const inside = tags.findIndex((t) => t.end > vs);
  const first = inside < 0 ? tags.length : inside;
  let last = first;
  while (last < tags.length && tags[last].start < ve) last++;
  const look = (i: number, d: number) => {
    const t = tags[i];
    const lemma = (t.lemma ?? t.text).toLowerCase();
    if (/^VB/.test(t.tag) && !AUXILIARY.has(lemma) && (!verb || d < verb.d)) verb = { lemma, d };
    if (/^NNS?$/.test(t.tag) && (!noun || d < noun.d)) noun = { lemma, d };
  };
  for (let i = first - 1, d = 0; i >= 0 && d < 6; i--, d++) {
    if (/^[,;:]$/.test(tags[i].text)) break;
    look(i, d);
  }
  for (let i = last, d = 0; i < tags.length && d < 6; i++, d++) {
    if (/^[,;:]$/.test(tags[i].text)) break;
    look(i, d);
  }
  return { verb: verb?.lemma, noun: noun?.lemma };
}

export function viewOf(claim: Claim, sentenceCount: number, tagged?: TaggedToken[]): AlignView {
  const s = claim.sentence;
  const text = s.text;
  const vs = Math.max(0, claim.start - s.start);
  const ve = Math.min(text.length, Math.max(vs, claim.end - s.start));
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.end > vs);
  const before = first < 0 ? tokens.length : first;
  let after = before;
  while (after < tokens.length && tokens[after].start < ve) after++;
  const near = new Map<string, number>();
  const concepts = new Map<string, number>();
  const sentence = new Set<string>();
  const words: Array<{ word: string; stem: string }> = [];
  const seenWords = new Set<string>();
  const visit = (i: number, d: number) => {
    for (const part of tokens[i].word.split('-')) {
      if (isStopword(part)) continue;
      const st = rawStemOf(part);
      sentence.add(st);
      if (d > NEAR_LIMIT) continue;
      const lower = part.toLowerCase();
      if (d <= WORDS_LIMIT && !seenWords.has(lower)) {
        seenWords.add(lower);
        words.push({ word: lower, stem: st });
      }
      if (!near.has(st) || near.get(st)! > d) near.set(st, d);
      for (const c of conceptsOf(part)) if (!concepts.has(c) || concepts.get(c)! > d) concepts.set(c, d);
    }
  };
  // Distance counts content words only: "the crash Tuesday" and "crashed on
  // Tuesday" put the verb at the same distance.
  let d = 0;
  for (let i = before - 1; i >= 0; i--) {
    visit(i, d);
    if (!isStopword(tokens[i].word)) d++;
  }
  d = 0;
  for (let i = after; i < tokens.length; i++) {
    visit(i, d);
    if (!isStopword(tokens[i].word)) d++;
  }
  const persons = personsOf(claim);
  const anchors = anchorsOf(tagged ?? tagSentence(text), vs, ve);
  return {
    verb: anchors.verb,
    noun: anchors.noun,
    claim,
    near,
    sentence,
    concepts,
    words,
    entities: new Set(claim.entities),
    persons,
    personTokens: persons.flatMap((p) => nameTokens(p)),
    quoteStems: quoteStemsOf(claim),
    unit: unitOf(claim),
    occasions: occasionsOf(text),
    position: sentenceCount > 1 ? Math.min(1, s.index / (sentenceCount - 1)) : 0,
    sentenceKey: `${claim.sourceId}#${s.index}`,
    isTitle: s.index === 0,
  };
}
