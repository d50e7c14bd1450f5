// Ordinals ("the third round"): the same position agrees; positions in
// different series are different facts.
import type { Claim } from '../../model/claim.js';
import type { NumberValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';

export function compareOrdinals(a: Claim, b: Claim): Finding {
  const va = a.value as NumberValue;
  const vb = b.value as NumberValue;
  if (va.stated === vb.stated) return finding('agree', 'ordinal/same', 'Same position.');
  if (va.unit !== vb.unit) {
    return finding('scope-differs', 'ordinal/different-series', `They count different things (${va.unit} vs ${vb.unit}).`);
  }
  return finding('conflict', 'ordinal/differs', `The positions differ (${va.stated} vs ${vb.stated}).`);
}
