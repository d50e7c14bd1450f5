// What a cluster knows about its members in aggregate, kept up to date as
// claims join and leave, so that comparing a claim with a cluster costs the
// same whether the cluster holds 2 statements or 20,000 (a title repeated
// in every article of a 2,000-source story).
import type { Features } from './features.js';

export interface ClusterStats {
  /** People named (title holders, call participants, speakers), as written. */
  persons: Map<string, number>;
  /** Distinct quotations by their stems. */
  quotes: Map<string, { stems: Set<string>; words: readonly string[]; n: number }>;
  occasions: Map<string, number>;
  units: Map<string, number>;
  /** The counted nouns as written (lower case), for lexical comparison of units. */
  unitWords: Map<string, number>;
  /** Events places belong to ('' for a place with none). */
  events: Map<string, number>;
  /** Precise date spans, 'first/last'. */
  spans: Map<string, number>;
  /** Places named, by canonical name. */
  places: Map<string, number>;
  /** Times a title is set at ("then"; '' for the person's title now). */
  times: Map<string, number>;
  /** Relations of dates other than "on" ("until", "since", "before"): what kind of time the date is. */
  relations: Map<string, number>;
  roles: Map<string, number>;
  prospective: number;
  /** Sum of the members' positions in their sources (mean: divide by the member count). */
  positionSum: number;
  /** Members by sentence: two values of one sentence are usually two facts. */
  sentences: Map<string, Features[]>;
}

export function emptyStats(): ClusterStats {
  return {
    persons: new Map(),
    quotes: new Map(),
    occasions: new Map(),
    units: new Map(),
    unitWords: new Map(),
    events: new Map(),
    spans: new Map(),
    places: new Map(),
    times: new Map(),
    relations: new Map(),
    roles: new Map(),
    prospective: 0,
    positionSum: 0,
    sentences: new Map(),
  };
}

function bump(m: Map<string, number>, k: string | undefined, by: number): void {
  if (k === undefined) return;
  const n = (m.get(k) ?? 0) + by;
  if (n <= 0) m.delete(k);
  else m.set(k, n);
}

/**
 * Granularities whose spans count as named precisely: the same year named
 * by two outlets ("in 1979", "in early 1979" is vague) is evidence as the
 * same day is (dev stories: dates aligned +3 with years and months added).
 */
const SPAN_GRANULARITIES = new Set(['day', 'month', 'year']);

/** Key of a precisely named (not vague) date span, if the claim has one. */
export function spanKey(f: Features): string | undefined {
  const v = f.claim.value;
  return v.type === 'date' && !v.vague && SPAN_GRANULARITIES.has(v.granularity) ? `${v.first}/${v.last}` : undefined;
}

function update(s: ClusterStats, f: Features, by: 1 | -1): void {
  for (const p of f.persons) bump(s.persons, p, by);
  for (const o of f.occasions) bump(s.occasions, o, by);
  bump(s.units, f.unit, by);
  bump(s.unitWords, f.unitWord, by);
  if (f.byEvent) bump(s.events, f.event ?? '', by);
  bump(s.spans, spanKey(f), by);
  bump(s.places, f.claim.value.type === 'place' ? f.claim.value.name : undefined, by);
  bump(s.times, f.claim.value.type === 'title' ? (f.claim.value.when ?? '') : undefined, by);
  bump(s.relations, f.claim.value.type === 'date' && f.claim.value.relation !== 'on' ? f.claim.value.relation : undefined, by);
  bump(s.roles, f.claim.context.role, by);
  if (f.prospective) s.prospective += by;
  s.positionSum += by * f.position;
  if (f.quoteStems.size) {
    const k = [...f.quoteStems].sort().join(' ');
    const q = s.quotes.get(k);
    if (by > 0) s.quotes.set(k, { stems: f.quoteStems, words: q?.words ?? (f.claim.value.type === 'quote' ? f.claim.value.words : []), n: (q?.n ?? 0) + 1 });
    else if (q && q.n > 1) q.n--;
    else s.quotes.delete(k);
  }
  const list = s.sentences.get(f.sentenceKey) ?? [];
  if (by > 0) s.sentences.set(f.sentenceKey, [...list, f]);
  else {
    const rest = list.filter((m) => m !== f);
    if (rest.length) s.sentences.set(f.sentenceKey, rest);
    else s.sentences.delete(f.sentenceKey);
  }
}

export function addStats(s: ClusterStats, f: Features): void {
  update(s, f, 1);
}

export function removeStats(s: ClusterStats, f: Features): void {
  update(s, f, -1);
}
