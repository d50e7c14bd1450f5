// The compare stage: a verdict per group from the worst verdict over every
// pair of statements from different sources, with the rule that decided.
import type { Claim, ClaimGroup, JudgedGroup, PairFinding, Verdict } from '../types.js';
import { VERDICT_ORDER } from '../types.js';
import { compareDates } from './date.js';
import { compareMedia } from './medium.js';
import { compareNumbers, compareOrdinals } from './number.js';
import { comparePlaces } from './place.js';
import { compareQuotes } from './quote.js';
import type { Namer, Rule } from './rule.js';
import { compareTitles } from './title.js';

const RULES: Record<Claim['kind'], Rule> = {
  percent: compareNumbers,
  money: compareNumbers,
  count: compareNumbers,
  ordinal: compareOrdinals,
  date: compareDates,
  place: comparePlaces,
  title: compareTitles,
  quote: compareQuotes,
  medium: compareMedia,
};

export function severity(v: Verdict): number {
  return VERDICT_ORDER.indexOf(v);
}

function summary(pairs: PairFinding[]): string {
  const counts = new Map<Verdict, number>();
  for (const p of pairs) counts.set(p.verdict, (counts.get(p.verdict) ?? 0) + 1);
  return VERDICT_ORDER.filter((v) => counts.has(v))
    .map((v) => `${counts.get(v)} ${v}`)
    .join(', ');
}

export function judgeGroup(group: ClaimGroup, name: Namer): JudgedGroup {
  const pairs: PairFinding[] = [];
  const claims = group.claims;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a.sourceId === b.sourceId) continue;
      const f = (a.kind === b.kind ? RULES[a.kind] : compareMixed)(a, b, name);
      pairs.push({ a: a.id, b: b.id, ...f });
    }
  }
  pairs.sort((p, q) => severity(p.verdict) - severity(q.verdict));
  const worst = pairs[0];
  if (!worst) {
    return { ...group, verdict: 'agree', ruleId: `${group.kind}/single-source`, explanation: 'Only one source.', pairs };
  }
  const others = pairs.length > 1 ? ` (${pairs.length} pairs compared: ${summary(pairs)}.)` : '';
  return { ...group, verdict: worst.verdict, ruleId: worst.ruleId, explanation: worst.explanation + others, pairs };
}

/** Kinds that cannot be compared directly (a catalogue may pin them together). */
const compareMixed: Rule = (a, b, name) => ({
  verdict: 'scope-differs',
  ruleId: 'mixed/different-kinds',
  explanation: `${name(a.sourceId)} states a ${a.kind} (“${a.text}”), ${name(b.sourceId)} a ${b.kind} (“${b.text}”): they cannot be compared value for value.`,
});

/** Conflicts first, then by how many sources state the fact. */
export function sortGroups(groups: JudgedGroup[]): JudgedGroup[] {
  return [...groups].sort(
    (a, b) => severity(a.verdict) - severity(b.verdict) || b.sourceCount - a.sourceCount || (a.id < b.id ? -1 : 1),
  );
}

export function judgeAll(groups: ClaimGroup[], name: Namer): JudgedGroup[] {
  return sortGroups(groups.map((g) => judgeGroup(g, name)));
}
