// The origins an article names: for itself ("Source: scmp", "WASHINGTON (AP) —",
// an outlet "via SCMP") and for its statements ("according to Reuters", "The
// Sun reported", "told Fox Business Network", "the ministry said on its
// official website", "Ortiz said"). Each is kept with its span; matching
// origins is origin.ts's job.
import type { Sentence, Source } from '../model/source.js';
import type { Attribution, AttributionKind } from '../model/provenance.js';
import { originKey } from './origin.js';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'.&-]*`;
/** A capitalised name, possibly with "of", "for", "and", "the" inside ("Ministry of Commerce"). */
const NAME = String.raw`(?:The\s+)?${NAME_WORD}(?:\s+(?:(?:of|for|and|the|de)\s+)?${NAME_WORD}){0,6}`;
/** Where a named origin ends: punctuation, or a word that starts what follows it. */
const ORIGIN_END = String.raw`(?=\s*(?:[,.;:!?”"()—–]|$)|\s+(?:on|in|at|that|which|who|last|this|earlier|late|as|to|and|said|says|was|were|is|are|had|has|about|over|after|before|from|for|when|while|with)\b)`;
const ORIGIN = String.raw`((?:[\p{L}\p{M}’'.&-]+\s+){0,6}?[\p{L}\p{M}’'.&-]+)${ORIGIN_END}`;

const ACCORDING_TO = new RegExp(
  String.raw`\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:(?:statement|report|post|notice|announcement|release|readout|filing)s?\s+(?:from|by|of|on)\s+)?${ORIGIN}`,
  'giu',
);
const REPORTED = new RegExp(String.raw`(${NAME})\s+(?:has\s+|had\s+)?reported\b|\breported\s+by\s+${ORIGIN}`, 'gu');
const TOLD = new RegExp(String.raw`\b(?:told|interview\s+(?:on|with)|speaking\s+(?:on|to))\s+(${NAME})`, 'gu');
const STATEMENT_FROM = new RegExp(String.raw`\bstatement\s+(?:from|by|issued\s+by)\s+${ORIGIN}`, 'giu');
const SAID_ON = /\b(?:said|says|stated|announced)\s+(?:on|in)\s+(?:its|their|his|her|a|an|the)\s+(?:official\s+)?(?:website|statement|post|account|notice|release|readout)\b/giu;
const SAID = /\b(?:said|says|stated|announced|confirmed|added|noted|told)\b/gu;
const SAID_AFTER = new RegExp(String.raw`^\s+((?:the\s+\p{Ll}+)|(?:\p{Ll}+\s+){0,3}${NAME})`, 'u');

const SOURCE_LINE = /^[ \t]*(?:(?:Sources?|Credit|Via)[ \t]*:[ \t]*|Originally published (?:by|in|on|at)[ \t]+)(\S[^\n]{0,60}?)[ \t]*$/gimu;
const WIRE = /^[ \t]*(?:\p{Lu}[\p{Lu}\p{M} .,'’-]*\s)?\((\p{Lu}[\p{L}&. ]{0,30})\)\s*[—–-]/gmu;
const VIA = /\bvia\s+([^()]+?)\s*\)?\s*$/iu;

/** The words just before `end` in the sentence that name who spoke: a capitalised name or "the <noun>". */
function subjectBefore(text: string, end: number): { start: number; text: string } | undefined {
  const head = text.slice(Math.max(0, end - 80), end);
  const m = new RegExp(String.raw`((?:[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)?)|${NAME})\s*$`, 'u').exec(head);
  if (!m) return undefined;
  const offset = end - head.length + m.index;
  return { start: offset, text: m[1] };
}

function make(
  source: Source,
  kind: AttributionKind,
  origin: string,
  start: number,
  end: number,
  scope: 'article' | 'sentence',
  sentence?: number,
): Attribution | undefined {
  // A sentence's full stop is not part of the name ("according to Reuters."), an initial's is ("U.S.").
  const name = origin.trim().replace(/(?<!\b\p{Lu})\.$/u, '');
  const key = originKey(name);
  if (key.length === 0) return undefined;
  const a: Attribution = { sourceId: source.id, kind, origin: name, key, start, end, text: source.text.slice(start, end), scope };
  if (sentence !== undefined) a.sentence = sentence;
  return a;
}

/** Attributions in one sentence (offsets into the file). */
export function sentenceAttributions(source: Source, s: Sentence, position: number): Attribution[] {
  const out: Attribution[] = [];
  const text = s.text;
  const push = (kind: AttributionKind, origin: string | undefined, start: number, end: number) => {
    if (!origin) return;
    if (out.some((a) => a.start < s.start + end && s.start + start < a.end)) return;
    const a = make(source, kind, origin, s.start + start, s.start + end, 'sentence', position);
    if (a) out.push(a);
  };
  for (const m of text.matchAll(ACCORDING_TO)) push('according-to', m[1], m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(STATEMENT_FROM)) push('statement', m[1], m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(SAID_ON)) {
    const who = subjectBefore(text, m.index!);
    if (who) push('statement', who.text, who.start, m.index! + m[0].length);
  }
  for (const m of text.matchAll(REPORTED)) {
    // "Investigators in France reported": the name is the end of a longer subject, not the origin.
    if (m[1] && /\b(?:in|of|from|at|by|with|on|for)\s+$/i.test(text.slice(0, m.index!))) continue;
    push('reported', m[1] ?? m[2], m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(TOLD)) push('told', m[1], m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(SAID)) {
    // "Ortiz said", "the ministry said"; else "said Ortiz", "said the mayor". Pronouns name no one (originKey drops them).
    const at = m.index!;
    const who = subjectBefore(text, at);
    if (who) {
      push('said', who.text, who.start, at + m[0].length);
      continue;
    }
    // "said the mayor" only right after a quotation ("…,” said the mayor"), not "said the talks would…".
    const after = /[,”"]\s*$/.test(text.slice(0, at)) ? SAID_AFTER.exec(text.slice(at + m[0].length)) : null;
    if (after) push('said', after[1], at, at + m[0].length + after[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Credits for the whole article: a source line, a wire credit in a dateline, an outlet "via" another. */
export function articleAttributions(source: Source): Attribution[] {
  const out: Attribution[] = [];
  const body = source.text.slice(source.bodyStart);
  for (const m of body.matchAll(SOURCE_LINE)) {
    const start = source.bodyStart + m.index!;
    const a = make(source, 'source-line', m[1], start + m[0].length - m[0].trimStart().length, start + m[0].trimEnd().length, 'article');
    if (a) out.push(a);
  }
  for (const m of body.matchAll(WIRE)) {
    const start = source.bodyStart + m.index!;
    const a = make(source, 'wire', m[1], start + m[0].length - m[0].trimStart().length, start + m[0].length, 'article');
    if (a) out.push(a);
  }
  const via = source.outlet ? VIA.exec(source.outlet) : null;
  if (via) {
    // The span is the outlet's words in the file (front matter), when they are there.
    const at = source.text.indexOf(via[0].trim());
    const start = at >= 0 ? at : 0;
    const end = at >= 0 ? at + via[0].trim().length : 0;
    const a = make(source, 'via', via[1], start, end, 'article');
    if (a) out.push(a);
  }
  return out;
}
