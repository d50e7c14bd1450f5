// Alignment of places: by the event each place belongs to.
import type { AlignHook } from '../../align/hook.js';
import { valueKeys } from '../../align/keys.js';
import { valueSim, type ClusterProfile } from '../../align/similarity.js';
import type { Features } from '../../align/features.js';
import { contentStems } from '../../text/terms.js';
import { DATELINE_EVENT } from './extract.js';

/**
 * A place is where something happened: "presented the budget in Ottawa"
 * and "said in Toronto" are places of different things, so places align
 * on their events, and a place with no event only weakly.
 *
 * Outlets name one place with different words around it ("the plant in
 * Khartoum", "the attack on the Khartoum factory"): the same place named is
 * evidence, as the same days are for dates, and it cannot hide a conflict
 * (agreeing names never conflict). Fitted leave-one-story-out on the
 * development stories (with the pairing factor at 0.9) over 0 to 0.6: 0.4
 * chosen in 13 of 15 folds, with 0.4 to 0.6 tied; held out, typed facts
 * aligned 150 at 0 and 154 at 0.4. At the place kind's join threshold, the
 * same place named by two outlets joins outright.
 */
export const SAME_PLACE_BONUS = 0.4;

/** The event stem datelines carry (extract.ts DATELINE_EVENT): a dateline aligns with datelines only. */
const DATELINE = contentStems(DATELINE_EVENT)[0];

/** A dateline is where a report was filed: it aligns with datelines only. */
function sameLine(f: Features, c: ClusterProfile): boolean {
  return (f.event === DATELINE) === c.stats.events.has(DATELINE);
}

/**
 * How much the words around a place count: in full for places of one
 * event, 0.6 when either has no event word, not at all for places of
 * different events (then only the same place named joins them).
 */
function eventWeight(f: Features, c: ClusterProfile): number {
  const events = c.stats.events;
  if (f.event && events.has(f.event)) return 1;
  if (f.event && !events.has('')) return 0;
  return 0.6;
}

function placeSim(f: Features, c: ClusterProfile): number {
  if (!sameLine(f, c)) return 0;
  const v = f.claim.value;
  const bonus = v.type === 'place' && c.stats.places.has(v.name) ? SAME_PLACE_BONUS : 0;
  return valueSim(f, c) * eventWeight(f, c) + bonus;
}

/** For learned pairing: datelines with datelines, and the words weighed by event as in placeSim. */
function placePairWeight(f: Features, c: ClusterProfile): number {
  return sameLine(f, c) ? eventWeight(f, c) : 0;
}

export const placeAlign: AlignHook = { joinThreshold: 0.4, keys: valueKeys, similarity: placeSim, eventMatters: true, learnedPairing: true, pairWeight: placePairWeight };
