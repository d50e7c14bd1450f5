// Scores a run against a hand annotation (the gold file): which annotated
// facts were aligned, which conflicts were caught, which were false alarms.
// A gold group is aligned when one reported group holds statements that
// overlap its spans from two or more of its sources.
import { parse } from 'yaml';
import type { JudgedGroup } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';

export interface GoldClaim {
  source: string;
  span: string;
}

export interface GoldGroup {
  id: string;
  subject: string;
  type: string;
  verdict: string;
  claims: GoldClaim[];
}

export interface GroupScore {
  gold: GoldGroup;
  /** Reported groups that align this gold group, best first. */
  aligned: JudgedGroup[];
  /** Spans that could not be found in their source file. */
  missingSpans: GoldClaim[];
}

export interface Score {
  goldGroups: number;
  goldConflicts: number;
  aligned: number;
  conflictsCaught: number;
  falseAlarms: string[];
  unmatchedConflicts: string[];
  groups: GroupScore[];
}

export function parseGold(text: string): GoldGroup[] {
  const doc = parse(text) as { groups?: GoldGroup[] };
  if (!doc?.groups || !Array.isArray(doc.groups)) throw new Error('gold file has no groups: list');
  return doc.groups;
}

interface Located {
  source: string;
  start: number;
  end: number;
}

function locate(c: GoldClaim, sources: Map<string, Source>): Located | undefined {
  const s = sources.get(c.source);
  if (!s) return undefined;
  const at = s.text.indexOf(c.span, s.bodyStart);
  return at < 0 ? undefined : { source: c.source, start: at, end: at + c.span.length };
}

/** Sources of the gold group that this reported group covers. */
function coveredSources(g: JudgedGroup, spans: Located[]): Set<string> {
  const covered = new Set<string>();
  for (const sp of spans) {
    if (g.claims.some((c) => c.sourceId === sp.source && c.start < sp.end && sp.start < c.end)) covered.add(sp.source);
  }
  return covered;
}

export function score(gold: GoldGroup[], groups: JudgedGroup[], sources: Source[]): Score {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const located = new Map<GoldGroup, Located[]>();
  const results: GroupScore[] = [];
  for (const g of gold) {
    const spans: Located[] = [];
    const missing: GoldClaim[] = [];
    for (const c of g.claims) {
      const l = locate(c, byId);
      if (l) spans.push(l);
      else missing.push(c);
    }
    located.set(g, spans);
    const aligned = groups
      .map((r) => ({ r, n: coveredSources(r, spans).size }))
      .filter((x) => x.n >= 2)
      .sort((a, b) => b.n - a.n)
      .map((x) => x.r);
    results.push({ gold: g, aligned, missingSpans: missing });
  }

  const conflictsCaught = results.filter(
    (r) => r.gold.verdict === 'conflict' && r.aligned.some((g) => g.verdict === 'conflict'),
  ).length;

  // A reported conflict is a false alarm when the gold fact it covers best
  // (ties counted against us) is not a conflict; unmatched when it covers none.
  const falseAlarms: string[] = [];
  const unmatched: string[] = [];
  for (const r of groups.filter((g) => g.verdict === 'conflict')) {
    let bestN = 0;
    let best: GoldGroup[] = [];
    for (const g of gold) {
      const n = coveredSources(r, located.get(g)!).size;
      if (n < 2) continue;
      if (n > bestN) {
        bestN = n;
        best = [g];
      } else if (n === bestN) best.push(g);
    }
    if (best.length === 0) unmatched.push(r.id);
    else if (best.some((g) => g.verdict !== 'conflict')) falseAlarms.push(`${r.id} ~ ${best.find((g) => g.verdict !== 'conflict')!.id}`);
  }

  return {
    goldGroups: gold.length,
    goldConflicts: gold.filter((g) => g.verdict === 'conflict').length,
    aligned: results.filter((r) => r.aligned.length > 0).length,
    conflictsCaught,
    falseAlarms,
    unmatchedConflicts: unmatched,
    groups: results,
  };
}
