// What a kind tells alignment (src/kinds/<kind>/align.ts): which fitted pair
// model weighs its statements, what it is blocked on, and whether it is a
// fact about a person (grouped by the person rather than matched one
// statement per source).
import type { ClaimKind } from '../model/claim.js';
import { KINDS } from '../kinds/registry.js';

/** Kinds told apart by the same kind of evidence share one pair model (src/align/weights.ts). */
export type Family = 'number' | 'date' | 'place' | 'title' | 'quote' | 'medium';

export interface AlignHook {
  family: Family;
  /**
   * What candidate pairs share (src/align/block.ts): 'person' a person's
   * name; 'quote' the speaker or the quoted words; 'value' the words near
   * the value, names, the counted noun.
   */
  keys: 'person' | 'quote' | 'value';
  /** A fact about a person (titles, channels): every statement of one person joins one fact. */
  byPerson?: boolean;
}

export function alignHook(kind: ClaimKind): AlignHook {
  return KINDS[kind].align;
}
