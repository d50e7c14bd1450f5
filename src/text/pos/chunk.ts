// A tiny chunker over tagged tokens: noun phrases (head noun + modifiers)
// and verb groups (auxiliaries + main verb, with voice and negation), found
// by tag patterns only. It does not attach prepositional phrases or build a
// tree: "charges of fraud" is two phrases, "charges" and "fraud".

import type { TaggedToken } from './tagger.js';

export interface NounPhrase {
  /** Token indices [from, to) of the phrase. */
  readonly from: number;
  readonly to: number;
  /** Character offsets of the phrase in the tagged text. */
  readonly start: number;
  readonly end: number;
  /** Token index of the head (the last noun, number or pronoun). */
  readonly head: number;
  /** Token indices of the words that modify the head (adjectives, numbers, nouns, possessors), in order. */
  readonly modifiers: readonly number[];
}

export interface VerbGroup {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** Token index of the main (last) verb. */
  readonly main: number;
  /** Token indices of the auxiliaries and modals before it. */
  readonly auxiliaries: readonly number[];
  /** A form of "be" or "get" followed by a participle: "were killed". */
  readonly passive: boolean;
  /** "not" or "n't" inside the group. */
  readonly negated: boolean;
  /** Carries tense (a finite verb or modal), as opposed to "to reach", "having said". */
  readonly finite: boolean;
  /** Inside a relative clause ("which started on Friday"), up to the next comma. */
  readonly relative: boolean;
}

const DETERMINER = new Set(['DT', 'PDT', 'PRP$', 'WP$']);
const NOUN = /^NNP?S?$/;
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", 'get', 'got', 'gets', 'gotten', 'getting']);

function isModifierTag(t: TaggedToken, prev: TaggedToken | undefined, next: TaggedToken | undefined): boolean {
  if (/^(JJ|JJR|JJS|CD|\$|POS)$/.test(t.tag) || NOUN.test(t.tag)) return true;
  // A participle before a noun modifies it ("the ruling party", "an estimated $1.3 billion"),
  // unless an auxiliary or adverb makes it a verb ("has burned 40,000 acres").
  if (t.tag !== 'VBN' && t.tag !== 'VBG') return false;
  if (prev && /^(VB|MD|RB|TO)/.test(prev.tag)) return false;
  return !!next && (NOUN.test(next.tag) || /^(JJ|CD|\$)$/.test(next.tag));
}

function isHead(t: TaggedToken): boolean {
  return NOUN.test(t.tag) || t.tag === 'CD' || t.tag === 'PRP' || t.tag === 'EX';
}

/** Noun phrases, left to right, never overlapping. */
export function nounPhrases(tokens: readonly TaggedToken[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const from = i;
    let j = i;
    if (tokens[j].tag === 'PRP' || tokens[j].tag === 'EX') {
      out.push({ from, to: j + 1, start: tokens[j].start, end: tokens[j].end, head: j, modifiers: [] });
      i = j + 1;
      continue;
    }
    while (j < tokens.length && (DETERMINER.has(tokens[j].tag) || (tokens[j].tag === 'RB' && tokens[j + 1]?.tag === 'CD'))) j++;
    let head = -1;
    let sawNoun = false;
    while (j < tokens.length && isModifierTag(tokens[j], tokens[j - 1], tokens[j + 1])) {
      // Modifiers precede the noun: after a noun only more nouns or a possessive continue
      // the phrase ("money laundering | last week"); a possessive opens the next layer.
      if (sawNoun && !NOUN.test(tokens[j].tag) && tokens[j].tag !== 'POS') break;
      if (tokens[j].tag === 'POS') sawNoun = false;
      else if (NOUN.test(tokens[j].tag)) sawNoun = true;
      if (isHead(tokens[j])) head = j;
      j++;
    }
    // The head is the last noun or number; a trailing possessive or adjective does not end a phrase.
    while (head >= 0 && head < j - 1 && !isHead(tokens[j - 1])) j--;
    if (head < 0) {
      i = Math.max(i + 1, from === j ? i + 1 : j);
      continue;
    }
    const modifiers: number[] = [];
    for (let k = from; k < head; k++) if (!DETERMINER.has(tokens[k].tag) && tokens[k].tag !== 'POS') modifiers.push(k);
    out.push({ from, to: head + 1, start: tokens[from].start, end: tokens[head].end, head, modifiers });
    i = head + 1;
  }
  return out;
}

/** Verb groups, left to right: auxiliaries, adverbs and negation up to the main verb. */
export function verbGroups(tokens: readonly TaggedToken[]): VerbGroup[] {
  const inNp = new Set<number>();
  for (const np of nounPhrases(tokens)) for (let k = np.from; k < np.to; k++) inNp.add(k);
  const out: VerbGroup[] = [];
  let relative = false;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.tag === 'WDT' || t.tag === 'WP') relative = true;
    if (t.tag === ',' || t.tag === '.' || t.tag === ':') relative = false;
    const isVerb = (k: number) => !inNp.has(k) && !!tokens[k] && (tokens[k].tag.startsWith('VB') || tokens[k].tag === 'MD');
    if (!isVerb(i)) {
      i++;
      continue;
    }
    const verbs: number[] = [];
    let negated = false;
    let j = i;
    while (j < tokens.length && (isVerb(j) || (verbs.length && /^(RB|RBR|RBS)$/.test(tokens[j].tag) && isVerb(j + 1)))) {
      if (isVerb(j)) verbs.push(j);
      else if (/^(not|n't|never)$/i.test(tokens[j].text.replace(/\u2019/g, "'"))) negated = true;
      j++;
    }
    // Particles belong to the group ("called off").
    const end = tokens[j]?.tag === 'RP' ? j + 1 : j;
    const main = verbs[verbs.length - 1];
    const auxiliaries = verbs.slice(0, -1);
    const before = tokens[i - 1];
    const infinitive = before?.tag === 'TO';
    const finite = !infinitive && verbs.some((k) => /^(VBD|VBZ|VBP|MD)$/.test(tokens[k].tag));
    const passive = tokens[main].tag === 'VBN' && auxiliaries.some((k) => BE.has(tokens[k].text.toLowerCase()));
    out.push({
      from: i, to: end, start: tokens[i].start, end: tokens[end - 1].end, main, auxiliaries, passive, negated, finite, relative,
    });
    i = end;
  }
  return out;
}

/** The clause's main verb group: the first finite group outside relative clauses (else the first group). */
export function mainVerb(tokens: readonly TaggedToken[]): VerbGroup | undefined {
  const groups = verbGroups(tokens);
  return groups.find((g) => g.finite && !g.relative) ?? groups[0];
}
