// From aligned passages to a provenance link between two sources: how much
// they share and of what kind. Copy and partial copy need shared narration
// (the reporter's own words); a pair that shares only quoted words quotes one
// statement or remark (a shared quotation, not a copy); a pair that credits
// the same origin for the whole article has a named common origin.
import type { Alignment } from './align.js';
import { CONTENT, NUMBER, QUOTED, type SourceWords } from './tokens.js';
import type { Attribution, LinkKind, LinkReason, PassageEdit, PassageSide, ProvenanceLink, SharedPassage } from '../model/provenance.js';
import { sameKey } from './origin.js';

/** A passage is evidence of reuse on its own when this long: chance and stock phrases rarely share 8 words with 4 of content. */
export const EVIDENCE_WORDS = 8;
export const EVIDENCE_CONTENT = 4;
/** Content words of shared narration that make a partial copy from one passage alone (a reprinted paragraph). */
export const ONE_PASSAGE_CONTENT = 12;
/**
 * Quoted words two sources must share (over passages that are evidence) to
 * link them as quoting one statement: any two outlets quoting a statement
 * share a clause of it, and that alone says nothing about where they got it.
 */
export const QUOTATION_WORDS = 16;
/** Share of the shorter article inside shared narration that makes a copy. */
export const COPY_SHARE = 0.5;

export interface Linked {
  link: ProvenanceLink;
  /** The alignments behind link.passages, same order (for statement positions). */
  alignments: Alignment[];
}

function side(w: SourceWords, text: string, first: number, last: number, quotedShare: number): PassageSide {
  const start = w.starts[first];
  const end = w.ends[last];
  return { sourceId: w.sourceId, start, end, text: text.slice(start, end), quoted: quotedShare >= 0.5 };
}

function edits(al: Alignment, a: SourceWords, ta: string, b: SourceWords, tb: string): PassageEdit[] {
  const out: PassageEdit[] = [];
  let ia: number[] = [];
  let jb: number[] = [];
  let lastA = al.a0;
  let lastB = al.b0;
  const flush = () => {
    if (!ia.length && !jb.length) return;
    const span = (w: SourceWords, t: string, xs: number[], after: number) => {
      if (!xs.length) return { start: w.ends[after], end: w.ends[after], text: '' };
      const start = w.starts[xs[0]];
      const end = w.ends[xs[xs.length - 1]];
      return { start, end, text: t.slice(start, end) };
    };
    out.push({
      a: span(a, ta, ia, lastA),
      b: span(b, tb, jb, lastB),
      numeric: ia.some((i) => a.flags[i] & NUMBER) && jb.some((j) => b.flags[j] & NUMBER),
    });
    ia = [];
    jb = [];
  };
  for (let k = 0; k < al.si.length; k++) {
    const i = al.si[k];
    const j = al.sj[k];
    const match = i >= 0 && j >= 0 && a.ids[i] === b.ids[j];
    if (match) {
      flush();
      lastA = i;
      lastB = j;
      continue;
    }
    if (i >= 0) ia.push(i);
    if (j >= 0) jb.push(j);
  }
  flush();
  return out;
}

export function toPassage(al: Alignment, a: SourceWords, ta: string, b: SourceWords, tb: string): SharedPassage {
  let content = 0;
  let qa = 0;
  let qb = 0;
  for (let k = 0; k < al.si.length; k++) {
    const i = al.si[k];
    const j = al.sj[k];
    if (i < 0 || j < 0 || a.ids[i] !== b.ids[j]) continue;
    if (a.flags[i] & CONTENT && b.flags[j] & CONTENT) content++;
    if (a.flags[i] & QUOTED) qa++;
    if (b.flags[j] & QUOTED) qb++;
  }
  const pa = side(a, ta, al.a0, al.a1, qa / al.matched);
  const pb = side(b, tb, al.b0, al.b1, qb / al.matched);
  return {
    a: pa,
    b: pb,
    matchedWords: al.matched,
    contentWords: content,
    kind: pa.quoted || pb.quoted ? 'quotation' : 'narration',
    edits: edits(al, a, ta, b, tb),
  };
}

/** Words of each sentence inside a passage; a sentence is shared when most of its words are. */
function coverage(w: SourceWords, spans: [number, number][]): { share: number; sentences: number } {
  if (w.ids.length === 0) return { share: 0, sentences: 0 };
  // Passages of one pair never overlap on a side (align.ts keeps them distinct).
  const inSentence = new Int32Array(w.sentenceWords.length);
  let total = 0;
  for (const [x, y] of spans) {
    for (let k = x; k <= y; k++) inSentence[w.sentence[k]]++;
    total += y - x + 1;
  }
  let sentences = 0;
  for (let k = 0; k < inSentence.length; k++) if (inSentence[k] > 0 && inSentence[k] * 2 >= w.sentenceWords[k]) sentences++;
  return { share: Math.min(1, total / w.ids.length), sentences };
}

function commonOrigins(xs: Attribution[], ys: Attribution[]): { a: Attribution; b: Attribution }[] {
  const credit = (t: Attribution) => t.scope === 'article' || t.kind === 'reported';
  const out: { a: Attribution; b: Attribution }[] = [];
  for (const x of xs.filter(credit)) {
    const y = ys.filter(credit).find((t) => sameKey(x.key, t.key));
    if (y && !out.some((o) => sameKey(o.a.key, x.key))) out.push({ a: x, b: y });
  }
  return out;
}

/** The link between two sources, or undefined when what they share is not evidence of a common text or origin. */
export function classify(
  a: SourceWords,
  ta: string,
  b: SourceWords,
  tb: string,
  alignments: Alignment[],
  attributionsA: Attribution[],
  attributionsB: Attribution[],
): Linked | undefined {
  const passages = alignments.map((al) => toPassage(al, a, ta, b, tb));
  const evidence = passages.filter((p) => p.matchedWords >= EVIDENCE_WORDS && p.contentWords >= EVIDENCE_CONTENT);
  const narration = evidence.filter((p) => p.kind === 'narration');
  const ca = coverage(a, alignments.map((al) => [al.a0, al.a1]));
  const cb = coverage(b, alignments.map((al) => [al.b0, al.b1]));
  const origins = commonOrigins(attributionsA, attributionsB);
  let kind: LinkKind | undefined;
  let reason: LinkReason | undefined;
  const narrationContent = narration.reduce((n, p) => n + p.contentWords, 0);
  if (narration.length >= 1 && Math.max(ca.share, cb.share) >= COPY_SHARE) {
    [kind, reason] = ['copy', 'most-of-article-shared'];
  } else if (narration.length >= 2 || narrationContent >= ONE_PASSAGE_CONTENT) {
    [kind, reason] = ['partial-copy', 'narration-shared'];
  } else if (evidence.filter((p) => p.kind === 'quotation').reduce((n, p) => n + p.matchedWords, 0) >= QUOTATION_WORDS) {
    [kind, reason] = ['shared-quotation', 'quotation-shared'];
  } else if (origins.length > 0) {
    [kind, reason] = ['named-common-origin', 'same-credited-origin'];
  }
  if (!kind || !reason) return undefined;
  // Without text evidence, the passages found are chance and are not shown.
  const shown = kind === 'named-common-origin' ? [] : passages;
  return {
    link: {
      a: a.sourceId,
      b: b.sourceId,
      kind,
      reason,
      passages: shown,
      sharedSentences: kind === 'named-common-origin' ? { a: 0, b: 0 } : { a: ca.sentences, b: cb.sentences },
      share: kind === 'named-common-origin' ? { a: 0, b: 0 } : { a: round(ca.share), b: round(cb.share) },
      commonOrigins: origins,
    },
    alignments: kind === 'named-common-origin' ? [] : alignments,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
