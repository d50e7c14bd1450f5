// Ordinals ("the third round"): the same position agrees; positions in
// different series are different facts, and so are positions counted from
// different starting points ("the first black senator since Brooke" against
// "the second black senator from Massachusetts").
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
  if (countedSince(a) !== countedSince(b)) {
    return finding('scope-differs', 'ordinal/counted-from', `One counts from a point in time (“since …”), the other from the start: positions ${va.stated} and ${vb.stated} can both be right.`);
  }
  return finding('conflict', 'ordinal/differs', `The positions differ (${va.stated} vs ${vb.stated}).`);
}

/** Words after an ordinal within which "since" makes it count from a point ("the first … since 1979"). */
const SINCE_WINDOW = 6;

/** True when "since" follows the ordinal closely in its sentence: it counts from then, not from the start. */
function countedSince(c: Claim): boolean {
  const after = c.sentence.text.slice(c.end - c.sentence.start).split(/[,;:.!?]/u)[0];
  const words = after.trim().split(/\s+/u).slice(0, SINCE_WINDOW);
  return words.some((w) => w.toLowerCase() === 'since');
}
