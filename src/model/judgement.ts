// Alignment and judgement: groups of claims stating one fact, and their verdicts.
import type { Claim, ClaimKind } from './claim.js';

export type Verdict = 'agree' | 'compatible' | 'scope-differs' | 'conflict';

/** Severity order used for sorting: conflict first. */
export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'scope-differs', 'compatible', 'agree'];

/** 0 for the worst verdict (conflict), rising to agree. */
export function severity(v: Verdict): number {
  return VERDICT_ORDER.indexOf(v);
}

/**
 * What a comparison rule decides about two statements: the verdict, the
 * rule, and the rule's reason in one sentence about the values (no source
 * names: presentation writes those, see src/present/explain.ts).
 */
export interface Finding {
  verdict: Verdict;
  ruleId: string;
  reason: string;
}

/** A finding about two claims, by id. */
export interface PairJudgement extends Finding {
  a: string; // claim id
  b: string; // claim id
}

/** A pair's finding written out, as reports and the review see it. */
export interface PairFinding {
  a: string; // claim id
  b: string; // claim id
  verdict: Verdict;
  ruleId: string;
  /** The finding in words: what each side says, how it was read, the reason. */
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
  /**
   * Ids of the claims alignment joined to the rest only as each other's best
   * match across sources, their words too far apart to join outright: an
   * agreeing value confirms the match, a differing one may be another fact.
   */
  weakMatch?: string[];
}

/** What the judge returns for a group: structured, no words. */
export interface GroupJudgement extends ClaimGroup {
  verdict: Verdict;
  ruleId: string;
  /** The pairs compared (worst first; at most the first 100 are kept). */
  pairs: PairJudgement[];
  /** How many comparisons gave each verdict, over every pair compared. */
  compared: Partial<Record<Verdict, number>>;
}

/** A judged group with its findings written out (what reports and the review show). */
export interface JudgedGroup extends ClaimGroup {
  verdict: Verdict;
  ruleId: string;
  explanation: string;
  /** Every cross-source pair that was compared, worst first. */
  pairs: PairFinding[];
}
