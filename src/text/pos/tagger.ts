// tagSentence: Penn tags (and WordNet lemmas for content words) for one
// sentence, with exact offsets. Lexicon look-up plus general contextual
// rules; see README.md here for the comparison with other taggers.

import { lemmasFor } from '../wordnet/morphy.js';
import type { WnPos } from '../wordnet/table.js';
import { applyContext, type Tagging } from './context.js';
import { candidates } from './initial.js';
import { tokenize } from './tokenize.js';

export interface TaggedToken {
  /** Exactly `text.slice(start, end)` of the tagged string. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Penn Treebank tag. */
  readonly tag: string;
  /** WordNet base form of a noun, verb, adjective or adverb, when WordNet knows it ("indicted" → "indict"). */
  readonly lemma?: string;
}

/** WordNet part of speech for a Penn tag (NN* → n, VB* → v, JJ* → a, RB* → r), or undefined. */
export function wordnetPos(tag: string): WnPos | undefined {
  if (tag.startsWith('NN')) return 'n';
  if (tag.startsWith('VB')) return 'v';
  if (tag.startsWith('JJ')) return 'a';
  if (tag.startsWith('RB')) return 'r';
  return undefined;
}

function capitalised(w: string | undefined): boolean {
  if (!w) return false;
  const c = w[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

// Opening punctuation before the first word does not make the word non-initial.
const OPENERS = /^[“"‘'(\[]$/;

// An inflected tag wants a base form other than the word itself when WordNet has one:
// "acres" (NNS) → "acre", though WordNet also lists "acres" in its own right.
function pickLemma(word: string, tag: string, bases: readonly string[]): string | undefined {
  if (/^(NNS|VBD|VBN|VBG|VBZ|JJR|JJS)$/.test(tag)) {
    const other = bases.find((b) => b !== word.toLowerCase());
    if (other) return other;
  }
  return bases[0];
}

/** Tag one sentence (or any span of text); offsets index into `text`. */
export function tagSentence(text: string): TaggedToken[] {
  const toks = tokenize(text);
  const work: Tagging[] = [];
  let initial = true;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].text;
    const cands = candidates(w, initial, capitalised(toks[i + 1]?.text));
    work.push({ text: w, lower: w.toLowerCase().replace(/\u2019/g, "'"), cands, tag: cands[0] });
    if (!OPENERS.test(w)) initial = false;
  }
  applyContext(work);
  return toks.map((t, i) => {
    const tag = work[i].tag;
    const pos = tag.startsWith('NNP') ? undefined : wordnetPos(tag);
    const lemma = pos ? pickLemma(t.text, tag, lemmasFor(t.text, pos)) : undefined;
    return lemma === undefined ? { ...t, tag } : { ...t, tag, lemma };
  });
}
