// Scores a run against a hand annotation (the gold file), with the same
// definitions as the reference scorer (shared/dev/score.py; a test holds
// the two to the same figures):
// - a reported claim matches a gold claim when it comes from the same file
//   and its range overlaps the gold span (any occurrence of the span);
// - a reported group covers a gold fact when it matches gold claims from two
//   or more files; the fact is then aligned;
// - a gold conflict is caught when a covering group is judged a conflict;
// - a gold fact that is not a conflict, covered by a group judged a
//   conflict, is a false alarm; a reported conflict covering no gold fact is
//   unmatched; precision is caught / (caught + false alarms + unmatched).
// Beyond the reference, every fact left unaligned gets the cause of the miss.
import { parse } from 'yaml';
import type { Claim } from '../../model/claim.js';
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

/** Why a gold fact was not aligned, so work goes where the misses are. */
export type MissCause = 'kind not modelled' | 'not extracted' | 'misread' | 'not grouped' | 'merged into another fact';

export interface GroupScore {
  gold: GoldGroup;
  /** Reported groups that align this gold group, best first. */
  aligned: JudgedGroup[];
  /** Spans that could not be found in their source file. */
  missingSpans: GoldClaim[];
  /** Set when the fact is not aligned. */
  cause?: MissCause;
  /** 'caught' | 'missed' for gold conflicts; 'false alarm' | 'ok' for the others. */
  status: 'caught' | 'missed' | 'false alarm' | 'ok';
}

export interface Score {
  goldGroups: number;
  goldConflicts: number;
  aligned: number;
  conflictsCaught: number;
  /** Gold facts (not conflicts) that a group judged a conflict covers. */
  falseAlarms: string[];
  /** Reported conflicts covering no gold fact. */
  unmatchedConflicts: string[];
  conflictsReported: number;
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

/** Every occurrence of each gold span in its file, as the reference scorer finds them. */
function locate(g: GoldGroup, byId: Map<string, Source>): { spans: Located[]; missing: GoldClaim[] } {
  const spans: Located[] = [];
  const missing: GoldClaim[] = [];
  for (const c of g.claims) {
    const text = byId.get(c.source)?.text;
    let found = false;
    if (text !== undefined && c.span) {
      for (let at = text.indexOf(c.span); at >= 0; at = text.indexOf(c.span, at + 1)) {
        spans.push({ source: c.source, start: at, end: at + c.span.length });
        found = true;
      }
    }
    if (!found) missing.push(c);
  }
  return { spans, missing };
}

function overlaps(c: Claim, sp: Located): boolean {
  return c.sourceId === sp.source && c.start < sp.end && sp.start < c.end;
}

function coveredSources(claims: Claim[], spans: Located[]): Set<string> {
  const covered = new Set<string>();
  for (const sp of spans) if (claims.some((c) => overlaps(c, sp))) covered.add(sp.source);
  return covered;
}

/** Gold types the extractors' kinds can state. */
const TYPE_KINDS: Record<string, string[]> = {
  date: ['date'],
  'date-range': ['date'],
  'date-vague': ['date'],
  percent: ['percent'],
  money: ['money'],
  count: ['count', 'age', 'tally'],
  ordinal: ['ordinal'],
  place: ['place'],
  'person-title': ['title'],
  quote: ['quote'],
};

function causeOf(g: GoldGroup, spans: Located[], claims: Claim[], groupOf: Map<string, JudgedGroup>, goldOf: (c: Claim) => Set<string>): MissCause {
  const kinds = TYPE_KINDS[g.type];
  if (!kinds) return 'kind not modelled';
  const hits = claims.filter((c) => spans.some((sp) => overlaps(c, sp)));
  const files = new Set(hits.map((c) => c.sourceId));
  if (files.size < 2) return 'not extracted';
  const rightKind = hits.filter((c) => kinds.includes(c.kind));
  if (new Set(rightKind.map((c) => c.sourceId)).size < 2) return 'misread';
  // Grouped with statements of another gold fact, rather than with each other.
  for (const c of rightKind) {
    const home = groupOf.get(c.id);
    if (home && home.claims.some((o) => o.sourceId !== c.sourceId && [...goldOf(o)].some((id) => id !== g.id))) return 'merged into another fact';
  }
  return 'not grouped';
}

/** The gold facts whose spans a claim overlaps, by id: how the refitting tools label pairs of claims. */
export function goldFactsOf(gold: GoldGroup[], sources: Source[]): (c: Claim) => Set<string> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const located = gold.map((g) => locate(g, byId));
  return (c) => new Set(gold.filter((_, k) => located[k].spans.some((sp) => overlaps(c, sp))).map((g) => g.id));
}

export function score(gold: GoldGroup[], groups: JudgedGroup[], sources: Source[], claims: Claim[] = []): Score {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const located = gold.map((g) => locate(g, byId));
  const groupOf = new Map<string, JudgedGroup>();
  for (const r of groups) for (const c of r.claims) groupOf.set(c.id, r);
  const goldOf = (c: Claim) => new Set(gold.filter((_, k) => located[k].spans.some((sp) => overlaps(c, sp))).map((g) => g.id));
  const covering = located.map(({ spans }) => groups.filter((r) => coveredSources(r.claims, spans).size >= 2));

  const results: GroupScore[] = gold.map((g, k) => {
    const aligned = [...covering[k]].sort((a, b) => coveredSources(b.claims, located[k].spans).size - coveredSources(a.claims, located[k].spans).size);
    const flagged = aligned.some((r) => r.verdict === 'conflict');
    const status = g.verdict === 'conflict' ? (flagged ? 'caught' : 'missed') : flagged ? 'false alarm' : 'ok';
    const cause = aligned.length ? undefined : causeOf(g, located[k].spans, claims, groupOf, goldOf);
    return { gold: g, aligned, missingSpans: located[k].missing, cause, status };
  });
  const judged = new Set(covering.flat());
  const conflicts = groups.filter((r) => r.verdict === 'conflict');
  return {
    goldGroups: gold.length,
    goldConflicts: gold.filter((g) => g.verdict === 'conflict').length,
    aligned: results.filter((r) => r.aligned.length > 0).length,
    conflictsCaught: results.filter((r) => r.status === 'caught').length,
    falseAlarms: results.filter((r) => r.status === 'false alarm').map((r) => r.gold.id),
    unmatchedConflicts: conflicts.filter((r) => !judged.has(r)).map((r) => r.id),
    conflictsReported: conflicts.length,
    groups: results,
  };
}
