// What every comparison rule returns: a structured finding. The words
// around it (who says what, how it was read) are written by presentation.
import type { Claim } from '../model/claim.js';
import type { Finding, Verdict } from '../model/judgement.js';

export type { Finding };

export type Rule = (a: Claim, b: Claim) => Finding;

export function finding(verdict: Verdict, ruleId: string, reason: string): Finding {
  return { verdict, ruleId, reason };
}
