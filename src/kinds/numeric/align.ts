// Alignment of numeric kinds: the words about the number, never the number
// itself; a threatened or planned figure leans apart from one in force.
import type { AlignHook } from '../../align/hook.js';
import { valueKeys } from '../../align/keys.js';
import { countedSim, numericSim, unitsAlike } from '../../align/similarity.js';

/** Percentages, sums of money: the number's words and names. */
export function numericAlign(joinThreshold: number): AlignHook {
  return { joinThreshold, keys: valueKeys, similarity: numericSim, learnedPairing: true };
}

/** Counts and ordinals: as numbers, and the counted noun must match. */
export function countedAlign(joinThreshold: number): AlignHook {
  return { joinThreshold, keys: valueKeys, similarity: countedSim, unitMatters: true, learnedPairing: true, pairWeight: (f, c) => (unitsAlike(f, c) ? 1 : 0) };
}
