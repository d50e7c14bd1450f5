// The judge's findings in words: what each side says and how it was read,
// then the rule's reason, and for a group how many readings were compared.
// Sources are named by outlet (see sources.ts).
import type { Claim } from '../model/claim.js';
import type { GroupJudgement, JudgedGroup, PairFinding, PairJudgement } from '../model/judgement.js';
import { VERDICT_ORDER } from '../model/judgement.js';
import { MIXED_KINDS_RULE } from '../judge/index.js';

/** Names a source in an explanation: its outlet, else its title, else its id. */
export type Namer = (sourceId: string) => string;

export function said(c: Claim, name: Namer): string {
  return `${name(c.sourceId)} says “${c.text.replace(/\s+/g, ' ').trim()}” (read as ${c.value.reading})`;
}

/** One finding about claims `a` and `b` in words. */
export function explainFinding(a: Claim, b: Claim, f: { ruleId: string; reason: string }, name: Namer): string {
  if (f.ruleId === MIXED_KINDS_RULE) {
    return `${name(a.sourceId)} states a ${a.kind} (“${a.text}”), ${name(b.sourceId)} a ${b.kind} (“${b.text}”): they cannot be compared value for value.`;
  }
  return `${said(a, name)}; ${said(b, name)}. ${f.reason}`;
}

/** A judged group with its findings written out. */
export function explainGroup(g: GroupJudgement, name: Namer): JudgedGroup {
  const byId = new Map(g.claims.map((c) => [c.id, c]));
  const pairs: PairFinding[] = g.pairs.map((p: PairJudgement) => ({
    a: p.a,
    b: p.b,
    verdict: p.verdict,
    ruleId: p.ruleId,
    explanation: explainFinding(byId.get(p.a)!, byId.get(p.b)!, p, name),
  }));
  const { compared, ...rest } = g;
  const worst = pairs[0];
  if (!worst) return { ...rest, explanation: 'Only one source.', pairs };
  const total = VERDICT_ORDER.reduce((n, v) => n + (compared[v] ?? 0), 0);
  const summary = VERDICT_ORDER.filter((v) => compared[v]).map((v) => `${compared[v]} ${v}`).join(', ');
  const others = total > 1 ? ` (${total} readings compared: ${summary}.)` : '';
  return { ...rest, explanation: worst.explanation + others, pairs };
}
