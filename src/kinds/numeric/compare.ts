// Percentages, sums of money and counts: each value is an interval
// (Recognizers-Text style), and two statements conflict when no single
// figure satisfies both, or when both only bound the figure and the bounds
// are far apart ("more than 90%" vs "more than 60%": both may be true, but
// a reader takes away two different numbers and an editor must pick one).
import type { Claim } from '../../model/claim.js';
import type { NumberValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';
import { scopeDifference } from '../../judge/scope.js';
import { similarity as lexicalSimilarity } from '../../text/wordnet/index.js';

/** Relative gap between two bounds beyond which they tell a reader different things. */
const BOUND_GAP = 0.1;

const LOWER = new Set(['more-than', 'at-least']);
const UPPER = new Set(['less-than', 'at-most', 'up-to']);

function sameInterval(a: NumberValue, b: NumberValue): boolean {
  return (
    a.low === b.low &&
    a.high === b.high &&
    a.lowInclusive === b.lowInclusive &&
    a.highInclusive === b.highInclusive &&
    a.unit === b.unit
  );
}

function overlaps(a: NumberValue, b: NumberValue): boolean {
  const aLow = a.low ?? -Infinity;
  const bLow = b.low ?? -Infinity;
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  if (aHigh < bLow || bHigh < aLow) return false;
  if (aHigh === bLow) return a.highInclusive && b.lowInclusive;
  if (bHigh === aLow) return b.highInclusive && a.lowInclusive;
  return true;
}

function decimals(n: number): number {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** "3.6 billion" and "3.62 billion": the finer figure rounds to the coarser one. */
function roundsTo(a: number, b: number): boolean {
  const d = Math.min(decimals(a), decimals(b));
  const f = 10 ** d;
  return Math.round(a * f) === Math.round(b * f) && a !== b;
}

function gap(a: number, b: number): number {
  const m = Math.max(Math.abs(a), Math.abs(b));
  return m === 0 ? 0 : Math.abs(a - b) / m;
}

/** WordNet synonyms at or above this are one measure ("nations" / "countries"); a kind of the other ("passengers" / "people") is not. */
const SYNONYM = 0.9;

/** Two counted nouns WordNet calls the same thing. */
function synonymUnits(a: string, b: string): boolean {
  return /^\p{L}+$/u.test(a) && /^\p{L}+$/u.test(b) && lexicalSimilarity(a, b, { pos: 'n' }) >= SYNONYM;
}

export function compareNumbers(a: Claim, b: Claim): Finding {
  const va = a.value as NumberValue;
  const vb = b.value as NumberValue;
  const k = a.kind;
  if (sameInterval(va, vb) && va.qualifier === vb.qualifier) {
    return finding('agree', `${k}/same-value`, 'Same figure.');
  }
  if (va.unit !== vb.unit && !synonymUnits(va.unit, vb.unit)) {
    return finding('scope-differs', `${k}/different-measure`, `The figures measure different things (${va.unit} vs ${vb.unit}).`);
  }
  if (va.stated !== vb.stated || va.statedHigh !== vb.statedHigh) {
    const scope = scopeDifference(a, b);
    if (scope) return finding('scope-differs', `${k}/${scope.ruleSuffix}`, scope.why);
  }
  if (va.stated === vb.stated && va.statedHigh === vb.statedHigh) {
    return finding('compatible', `${k}/same-figure-qualified`, `Both give ${va.stated}; the qualifiers differ (${va.qualifier} vs ${vb.qualifier}) but do not contradict.`);
  }
  if (LOWER.has(va.qualifier) && LOWER.has(vb.qualifier)) {
    return gap(va.stated, vb.stated) > BOUND_GAP
      ? finding('conflict', `${k}/lower-bound-differs`, `Both give only a lower bound, and the bounds are far apart (${va.stated} vs ${vb.stated}): both can be literally true, but they tell a reader different figures. An editor must decide which is right.`)
      : finding('compatible', `${k}/bounds-close`, `Both give a lower bound, and the bounds are close (${va.stated} vs ${vb.stated}).`);
  }
  if (UPPER.has(va.qualifier) && UPPER.has(vb.qualifier)) {
    return gap(va.stated, vb.stated) > BOUND_GAP
      ? finding('conflict', `${k}/upper-bound-differs`, `Both give only an upper bound, and the bounds are far apart (${va.stated} vs ${vb.stated}). An editor must decide which is right.`)
      : finding('compatible', `${k}/bounds-close`, `Both give an upper bound, and the bounds are close (${va.stated} vs ${vb.stated}).`);
  }
  // "$4.2 million" and "$4,213,000": one figure inside the rounding the other is written to
  if ((roundsTo(va.stated, vb.stated) || (va.qualifier === 'exact' && vb.qualifier === 'exact' && overlaps(va, vb)))) {
    return finding('compatible', `${k}/rounding`, 'One figure is the other rounded.');
  }
  if (overlaps(va, vb)) {
    return finding('compatible', `${k}/ranges-overlap`, 'The ranges the two statements allow overlap, so both can be right.');
  }
  return finding('conflict', `${k}/disjoint`, 'No single figure satisfies both statements, and nothing in the text says they measure different things or times.');
}
