// Alignment of places: by the event each place belongs to.
import type { AlignHook } from '../../align/hook.js';
import { valueKeys } from '../../align/keys.js';
import { valueSim, type ClusterProfile } from '../../align/similarity.js';
import type { Features } from '../../align/features.js';

/**
 * A place is where something happened: "presented the budget in Ottawa"
 * and "said in Toronto" are places of different things, so places align
 * on their events, and a place with no event only weakly.
 */
function placeSim(f: Features, c: ClusterProfile): number {
  const sim = valueSim(f, c);
  const events = c.stats.events;
  if (f.event && events.has(f.event)) return sim;
  if (f.event && !events.has('')) return 0;
  return sim * 0.6;
}

export const placeAlign: AlignHook = { joinThreshold: 0.4, keys: valueKeys, similarity: placeSim, eventMatters: true };
