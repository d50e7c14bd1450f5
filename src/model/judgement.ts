// Alignment and judgement: groups of claims stating one fact, and their verdicts.
import type { Claim, ClaimKind } from './claim.js';

export type Verdict = 'agree' | 'compatible' | 'scope-differs' | 'conflict';

/** Severity order used for sorting: conflict first. */
export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'scope-differs', 'compatible', 'agree'];

/** 0 for the worst verdict (conflict), rising to agree. */
export function severity(v: Verdict): number {
  return VERDICT_ORDER.indexOf(v);
}

export interface PairFinding {
  a: string; // claim id
  b: string; // claim id
  verdict: Verdict;
  ruleId: string;
  explanation: string;
}

export interface ClaimGroup {
  /** Stable id derived from the kind and subject ("percent-china-share-global-supply"). */
  id: string;
  subject: string;
  kind: ClaimKind;
  claims: Claim[];
  /** Number of distinct sources stating the fact. */
  sourceCount: number;
  /** How the group was formed: automatic alignment, or pinned by the catalogue. */
  origin: 'auto' | 'catalogue';
}

export interface JudgedGroup extends ClaimGroup {
  verdict: Verdict;
  ruleId: string;
  explanation: string;
  /** Every cross-source pair that was compared, worst first. */
  pairs: PairFinding[];
}
