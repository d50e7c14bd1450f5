// Different things measured, or the same thing at different moments, is a
// difference of scope, not a contradiction (de Marneffe et al. 2008): a
// tariff threatened vs one in force, the US rate vs China's, April vs May.
import type { Claim, TimeAnchor } from '../model/claim.js';

export interface ScopeDifference {
  ruleSuffix: 'different-modality' | 'different-actor' | 'different-time' | 'different-role';
  why: string;
}

function prospective(m: Claim['context']['modality']): boolean {
  return m !== 'actual';
}

function disjoint(a: TimeAnchor, b: TimeAnchor): boolean {
  if (!a.first || !a.last || !b.first || !b.last) return false;
  return a.last < b.first || b.last < a.first;
}

function anchorsDisjoint(a: TimeAnchor[], b: TimeAnchor[]): boolean {
  const da = a.filter((t) => t.first);
  const db = b.filter((t) => t.first);
  if (da.length === 0 || db.length === 0) return false;
  return da.every((x) => db.every((y) => disjoint(x, y)));
}

function times(ts: TimeAnchor[]): string {
  return ts.map((t) => `“${t.text}”`).join(', ');
}

/** Share of subject words two claims have in common (Jaccard over their stems). */
export function wordingOverlap(a: Claim, b: Claim): number {
  const sa = new Set(a.terms);
  const sb = new Set(b.terms);
  if (sa.size === 0 || sb.size === 0) return 0;
  let n = 0;
  for (const t of sa) if (sb.has(t)) n++;
  return n / (sa.size + sb.size - n);
}

/**
 * Statements worded alike describe one event: "a jury awarded $5,687.75 …
 * on Monday" and "the jury awarded $56,877.50 … on Tuesday" disagree on the
 * sum AND the day; the day does not excuse the sum.
 */
const SAME_EVENT_OVERLAP = 0.5;

/** Why two differing values may both be right, or undefined when nothing in the text says so. */
export function scopeDifference(a: Claim, b: Claim): ScopeDifference | undefined {
  const ca = a.context;
  const cb = b.context;
  if (ca.role && cb.role && ca.role !== cb.role) {
    const word = { from: 'the old value', to: 'the new value', by: 'the size of the change' };
    return {
      ruleSuffix: 'different-role',
      why: `One is ${word[ca.role]} of a change, the other ${word[cb.role]}.`,
    };
  }
  if (prospective(ca.modality) !== prospective(cb.modality)) {
    const [p, q] = prospective(ca.modality) ? [ca, cb] : [cb, ca];
    return {
      ruleSuffix: 'different-modality',
      why: `One figure is ${p.modality === 'threat' ? 'threatened' : p.modality === 'plan' ? 'planned' : p.modality === 'forecast' ? 'forecast' : 'a possibility'}, the other ${q.modality === 'actual' ? 'in force or past' : q.modality}: they describe different things, not rival readings of one.`,
    };
  }
  if (ca.actor && cb.actor && ca.actor !== cb.actor) {
    return {
      ruleSuffix: 'different-actor',
      why: `The figures belong to different parties (${ca.actor} vs ${cb.actor}).`,
    };
  }
  if (anchorsDisjoint(ca.times, cb.times) && wordingOverlap(a, b) < SAME_EVENT_OVERLAP) {
    return {
      ruleSuffix: 'different-time',
      why: `The figures refer to different times (${times(ca.times)} vs ${times(cb.times)}).`,
    };
  }
  return undefined;
}
