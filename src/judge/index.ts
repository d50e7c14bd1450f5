// The judge stage: a verdict per group from the worst verdict over every
// pair of statements from different sources, with the rule that decided.
// It returns structured findings; src/present/explain.ts writes them out.
import type { Claim } from '../model/claim.js';
import type { ClaimGroup, GroupJudgement, PairJudgement, Verdict } from '../model/judgement.js';
import { severity } from '../model/judgement.js';
import type { Rule } from './rule.js';
import { KINDS } from '../kinds/registry.js';

function counts(pairs: PairJudgement[]): Partial<Record<Verdict, number>> {
  const n: Partial<Record<Verdict, number>> = {};
  for (const p of pairs) n[p.verdict] = (n[p.verdict] ?? 0) + 1;
  return n;
}

/**
 * Claims that read the same (same kind, value, modality, actor, role and
 * time anchors) are judged alike, so a fact stated by 2,000 sources is
 * compared reading against reading, not claim against claim.
 */
function readingKey(c: Claim): string {
  const { reading: _reading, ...value } = c.value as unknown as Record<string, unknown>;
  const ctx = c.context;
  return JSON.stringify([c.kind, value, ctx.modality, ctx.actor ?? '', ctx.role ?? '', ctx.times.map((t) => `${t.first}/${t.last}`)]);
}

/** With more distinct readings than this, each is compared with the most common ones only. */
const ALL_PAIRS_UP_TO = 40;
const COMMON_READINGS = 20;
/** Findings kept per group (worst first); the summary still counts every comparison. */
const MAX_PAIRS_KEPT = 100;

/** A claim of `a` and a claim of `b` from different sources, if there is such a pair. */
function crossSource(a: Claim[], b: Claim[]): [Claim, Claim] | undefined {
  for (const x of a) for (const y of b) if (x.sourceId !== y.sourceId) return [x, y];
  return undefined;
}

/**
 * A conflict needs one fact stated twice. When alignment joined the
 * statements only as each other's best match, a difference in value is as
 * likely two facts as one fact misreported: say so, rather than raise an alarm.
 */
export const UNCERTAIN_MATCH = 'uncertain-match';

function uncertainMatch(kind: ClaimGroup['kind']) {
  return {
    verdict: 'scope-differs' as const,
    ruleId: `${kind}/${UNCERTAIN_MATCH}`,
    reason: 'The values differ, and the sentences share too few words to be sure they state the same fact.',
  };
}

export function judgeGroup(group: ClaimGroup): GroupJudgement {
  const readings = new Map<string, Claim[]>();
  for (const c of group.claims) {
    const k = readingKey(c);
    const list = readings.get(k);
    if (list) list.push(c);
    else readings.set(k, [c]);
  }
  // Most common first; within a reading, one claim per source is enough to find a cross-source pair.
  const classes = [...readings.values()]
    .map((cs) => {
      const seen = new Set<string>();
      return cs.filter((c) => !seen.has(c.sourceId) && (seen.add(c.sourceId), seen.size <= 2));
    })
    .sort((x, y) => y.length - x.length);
  const top = classes.length <= ALL_PAIRS_UP_TO ? classes.length : COMMON_READINGS;
  const weakSide = group.weakMatch ? new Set(group.weakMatch) : undefined;

  const pairs: PairJudgement[] = [];
  for (let i = 0; i < classes.length; i++) {
    for (let j = i; j < classes.length; j++) {
      if (i >= top && j >= top) continue; // two uncommon readings: each is compared with the common ones instead
      const pair = crossSource(classes[i], classes[j]);
      if (!pair) continue;
      const [a, b] = pair;
      const f = (a.kind === b.kind ? KINDS[a.kind].compare : compareMixed)(a, b);
      const weak = weakSide && weakSide.has(a.id) !== weakSide.has(b.id);
      pairs.push({ a: a.id, b: b.id, ...(weak && f.verdict === 'conflict' ? uncertainMatch(group.kind) : f) });
    }
  }
  pairs.sort((p, q) => severity(p.verdict) - severity(q.verdict));
  const worst = pairs[0];
  if (!worst) return { ...group, verdict: 'agree', ruleId: `${group.kind}/single-source`, pairs, compared: {} };
  return {
    ...group,
    verdict: worst.verdict,
    ruleId: worst.ruleId,
    pairs: pairs.slice(0, MAX_PAIRS_KEPT),
    compared: counts(pairs),
  };
}

/** Kinds that cannot be compared directly (a catalogue may pin them together). */
export const MIXED_KINDS_RULE = 'mixed/different-kinds';
const compareMixed: Rule = () => ({
  verdict: 'scope-differs',
  ruleId: MIXED_KINDS_RULE,
  reason: 'They cannot be compared value for value.',
});

/** Every group judged, in the order alignment gave (the run sorts them for presentation). */
export function judgeAll(groups: ClaimGroup[]): GroupJudgement[] {
  return groups.map((g) => judgeGroup(g));
}
