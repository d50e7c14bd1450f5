// Tallies: the same two figures agree; the same figures written the other
// way round are compatible (which side an outlet names first is style); a
// tally of which one source states only one side is compatible when that
// side matches; any other difference is a conflict, unless the text ties
// the tallies to different votes (another time, another body: judge/scope).
import type { Claim } from '../../model/claim.js';
import type { TallyValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';
import { scopeDifference } from '../../judge/scope.js';

function side(n: number | null): string {
  return n === null ? 'not stated' : String(n);
}

export function compareTallies(a: Claim, b: Claim): Finding {
  const va = a.value as TallyValue;
  const vb = b.value as TallyValue;
  if (va.for === vb.for && va.against === vb.against) {
    return va.for !== null && va.against !== null
      ? finding('agree', 'tally/same', 'Same tally.')
      : finding('compatible', 'tally/one-side', 'Both state the same side of the vote, and only that side.');
  }
  const full = (v: TallyValue) => v.for !== null && v.against !== null;
  if (full(va) && full(vb) && va.for === vb.against && va.against === vb.for) {
    return finding('compatible', 'tally/reversed', `The same tally written the other way round (${va.for}-${va.against} vs ${vb.for}-${vb.against}).`);
  }
  // One side stated by one source: compatible when it is the side the other gives.
  const sidesMeet = (va.for === null || vb.for === null || va.for === vb.for) && (va.against === null || vb.against === null || va.against === vb.against);
  if (sidesMeet) {
    return finding('compatible', 'tally/one-side', `One source states only one side of the vote, and it matches the other's (for ${side(va.for)} / ${side(vb.for)}, against ${side(va.against)} / ${side(vb.against)}).`);
  }
  const scope = scopeDifference(a, b);
  if (scope) return finding('scope-differs', `tally/${scope.ruleSuffix}`, scope.why);
  return finding('conflict', 'tally/differs', `The tallies differ (for ${side(va.for)} vs ${side(vb.for)}, against ${side(va.against)} vs ${side(vb.against)}), and nothing in the text says they are different votes.`);
}
