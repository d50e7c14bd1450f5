// Ages: as numbers, except that two ages one year apart may both be right:
// a birthday can fall between two reports, or between the events they
// describe.
import type { Claim } from '../../model/claim.js';
import type { NumberValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';
import { compareNumbers } from '../numeric/compare.js';

export function compareAges(a: Claim, b: Claim): Finding {
  const va = a.value as NumberValue;
  const vb = b.value as NumberValue;
  if (va.qualifier === 'exact' && vb.qualifier === 'exact' && Math.abs(va.stated - vb.stated) === 1) {
    return finding('scope-differs', 'age/one-year-apart', 'The ages are one year apart: a birthday may fall between the two reports or the events they describe.');
  }
  return compareNumbers(a, b);
}
