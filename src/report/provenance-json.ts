// Provenance in the JSON report: links between sources with their passages
// and evidence, the attributions read, and per group the independent-source
// count. Documented in the README and in schema/report.schema.json.
import type { JudgedGroup } from '../model/judgement.js';
import type { Attribution, PassageSide } from '../model/provenance.js';
import type { RunResult } from '../model/run.js';

function side(p: PassageSide) {
  return { source: p.sourceId, start: p.start, end: p.end, text: p.text, quoted: p.quoted };
}

function attribution(a: Attribution) {
  return { source: a.sourceId, kind: a.kind, scope: a.scope, origin: a.origin, key: a.key, start: a.start, end: a.end, text: a.text };
}

export function provenanceJson(result: RunResult) {
  const p = result.provenance;
  if (!p) return null;
  return {
    links: p.links.map((l) => ({
      a: l.a,
      b: l.b,
      kind: l.kind,
      reason: l.reason,
      sharedSentences: l.sharedSentences,
      share: l.share,
      passages: l.passages.map((x) => ({
        kind: x.kind,
        matchedWords: x.matchedWords,
        contentWords: x.contentWords,
        a: side(x.a),
        b: side(x.b),
        edits: x.edits,
      })),
      commonOrigins: l.commonOrigins.map((o) => ({ a: attribution(o.a), b: attribution(o.b) })),
    })),
    attributions: p.attributions.map(attribution),
  };
}

/** Per group: how many of its sources are independent, which are not, and where a copy differs from its original. */
export function groupProvenanceJson(result: RunResult, g: JudgedGroup) {
  const gp = result.provenance?.groups[g.id];
  if (!gp) return { independentSources: null, dependentSources: [], copyDifferences: [] };
  const byId = new Map(g.claims.map((c) => [c.id, c]));
  const at = (id: string) => {
    const c = byId.get(id)!;
    return { source: c.sourceId, text: c.text, start: c.start, end: c.end };
  };
  return {
    independentSources: gp.independent,
    dependentSources: gp.clusters.map((c) => ({ sources: c.sources, reasons: c.reasons, origin: c.origin ?? null })),
    copyDifferences: gp.copyDifferences.filter((d) => byId.has(d.a) && byId.has(d.b)).map((d) => ({ a: at(d.a), b: at(d.b) })),
  };
}
