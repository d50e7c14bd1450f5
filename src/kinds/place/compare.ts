// A city inside the named country is the same place at another scale.
import type { Claim } from '../../model/claim.js';
import type { PlaceValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';

export function comparePlaces(a: Claim, b: Claim): Finding {
  const va = a.value as PlaceValue;
  const vb = b.value as PlaceValue;
  if (va.name === vb.name) return finding('agree', 'place/same', 'Same place.');
  if (va.within.includes(vb.name) || vb.within.includes(va.name)) {
    const [inner, outer] = va.within.includes(vb.name) ? [va, vb] : [vb, va];
    return finding('compatible', 'place/contains', `${inner.name} is in ${outer.name}.`);
  }
  // A dateline says where a reporter filed from: outlets file from different places.
  if (va.dateline || vb.dateline) {
    return finding('scope-differs', 'place/dateline', `${va.name} and ${vb.name} differ, but a dateline is where the report was filed, not where the event was.`);
  }
  return finding('conflict', 'place/disjoint', `${va.name} and ${vb.name} are different places, neither inside the other.`);
}
