// How people spoke: a phone call is not a video call.
import type { Claim } from '../../model/claim.js';
import type { MediumValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';

export function compareMedia(a: Claim, b: Claim): Finding {
  const va = a.value as MediumValue;
  const vb = b.value as MediumValue;
  if (va.medium === vb.medium) return finding('agree', 'medium/same', `Both say ${va.medium}.`);
  return finding('conflict', 'medium/differs', `The contact is described as a ${va.medium} in one and a ${vb.medium} in the other.`);
}
