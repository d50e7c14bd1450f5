// What a kind tells alignment (src/kinds/<kind>/align.ts), and the two
// questions the clusterer asks of it: how alike is a claim to a cluster,
// and how alike must it be to join.
import type { ClaimKind } from '../model/claim.js';
import { KINDS } from '../kinds/registry.js';
import type { Features } from './features.js';
import type { BlockInput } from './keys.js';
import type { ClusterProfile } from './similarity.js';

export interface AlignHook {
  /** Minimum similarity to join a cluster (tuned on the development set, see README). */
  joinThreshold: number;
  /** Block keys (see keys.ts). */
  keys(b: BlockInput): string[];
  /** How alike the claim is to the cluster, 0 to about 1. */
  similarity(f: Features, c: ClusterProfile): number;
  /** The counted noun is part of the fact ("3 meetings" vs "3 rounds"). */
  unitMatters?: boolean;
  /** The value belongs to an event named before it ("summit in Malaysia"). */
  eventMatters?: boolean;
  /** Mutual-best pairing across sources is scored by the learned pair model (pair-model.ts). */
  learnedPairing?: boolean;
  /**
   * The kind's own rules, which learned pairing keeps too: the share of the
   * model's probability they allow, 0 when the claim can never state the
   * cluster's fact (other counted nouns, a dateline and a place in the
   * prose), 1 in full. Absent: 1.
   */
  pairWeight?(f: Features, c: ClusterProfile): number;
}

export function alignHook(kind: ClaimKind): AlignHook {
  return KINDS[kind].align;
}

export function similarity(f: Features, c: ClusterProfile): number {
  return KINDS[f.claim.kind].align.similarity(f, c);
}

export function joinThreshold(kind: ClaimKind): number {
  return KINDS[kind].align.joinThreshold;
}
