// Alignment of dates: the words and names around the date, and a bonus for
// naming the very same days.
import type { AlignHook } from '../../align/hook.js';
import { valueKeys } from '../../align/keys.js';
import { valueSim, type ClusterProfile } from '../../align/similarity.js';
import type { Features } from '../../align/features.js';
import { spanKey } from '../../align/stats.js';

/**
 * Two sources naming the same precise span of days ("October 24 to 27",
 * "Friday through Monday" read as the same days) are likely speaking of one
 * event. Agreeing values cannot hide a conflict, so this is safe to use
 * where numbers' values are not (Full Fact: do not align on the number).
 */
/** A shared single day is weaker evidence than a shared multi-day range. */
const SAME_DAY_BONUS = 0.06;
const SAME_RANGE_BONUS = 0.12;

function sameSpanBonus(f: Features, c: ClusterProfile): number {
  const key = spanKey(f);
  if (key === undefined || !c.stats.spans.has(key)) return 0;
  const v = f.claim.value;
  return v.type === 'date' && v.first === v.last ? SAME_DAY_BONUS : SAME_RANGE_BONUS;
}

export const dateAlign: AlignHook = {
  joinThreshold: 0.4,
  keys: valueKeys,
  similarity: (f, c) => valueSim(f, c) + sameSpanBonus(f, c),
};
