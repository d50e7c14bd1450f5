// Alignment of quotations: by their words and their speaker.
import type { AlignHook } from '../../align/hook.js';
import type { BlockInput } from '../../align/keys.js';
import { anyPersonMatch, contextSim, type ClusterProfile } from '../../align/similarity.js';
import type { Features } from '../../align/features.js';
import { topByWeight, vec } from '../../align/vectors.js';
import { nameTokens } from '../../text/names/same.js';

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

function quoteKeys(b: BlockInput): string[] {
  const keys: string[] = [];
  for (const p of b.persons) for (const t of nameTokens(p)) keys.push(`quote|@${t}`);
  for (const t of topByWeight(vec(b.quoteStems, b.idf), 4)) keys.push(`quote|${t}`);
  for (const t of topByWeight(b.local, 2)) keys.push(`quote|${t}`);
  if (keys.length === 0) keys.push('quote|*');
  return keys;
}

/** Distinct quotations of a cluster checked word for word: a bound on the work per comparison. */
const CONTAINMENT_CHECKS = 16;

/** True when the shorter word sequence stands whole and contiguous in the longer ("has to end" in "… And it has to end"). */
export function containedWords(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

function quoteSim(f: Features, c: ClusterProfile): number {
  let text = 0;
  const words = f.claim.value.type === 'quote' ? f.claim.value.words : [];
  let checks = 0;
  for (const q of c.stats.quotes.values()) {
    text = Math.max(text, quoteOverlap(f.quoteStems, q.stems));
    // A whole quotation, however short, inside another is the same words.
    if (text < 1 && checks++ < CONTAINMENT_CHECKS && containedWords(words, q.words)) text = 1;
  }
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

export const quoteAlign: AlignHook = { joinThreshold: 0.33, keys: quoteKeys, similarity: quoteSim };
