// What every comparison rule returns, and how it names the statements.
import type { Claim } from '../model/claim.js';
import type { Verdict } from '../model/judgement.js';

export interface Finding {
  verdict: Verdict;
  ruleId: string;
  /** Plain words: what each side says, how it was read, why this verdict. */
  explanation: string;
}

/** Names a source in an explanation: its outlet, else its title, else its id. */
export type Namer = (sourceId: string) => string;

export type Rule = (a: Claim, b: Claim, name: Namer) => Finding;

export function said(c: Claim, name: Namer): string {
  return `${name(c.sourceId)} says “${c.text.replace(/\s+/g, ' ').trim()}” (read as ${c.value.reading})`;
}

export function finding(verdict: Verdict, ruleId: string, a: Claim, b: Claim, name: Namer, why: string): Finding {
  return { verdict, ruleId, explanation: `${said(a, name)}; ${said(b, name)}. ${why}` };
}
