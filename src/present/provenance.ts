// Words for provenance in every report and the review: what a link is, why,
// how many independent sources a fact has, and where a copy differs from
// the text it shares. Provenance itself returns structured findings
// (src/provenance/); this file writes the sentences. Source text goes
// through sanitizeForTerminal before any format escapes it.
import type { JudgedGroup } from '../model/judgement.js';
import type {
  CopyDifference,
  GroupProvenance,
  LinkKind,
  LinkReason,
  PassageEdit,
  PassageSide,
  ProvenanceLink,
  SharedPassage,
} from '../model/provenance.js';
import type { RunResult } from '../model/run.js';
import { sanitizeForTerminal } from '../text/sanitize.js';

export const LINK_KIND_LABEL: Record<LinkKind, string> = {
  copy: 'copy',
  'partial-copy': 'partial copy',
  'shared-quotation': 'shared quotation',
  'named-common-origin': 'named common origin',
};

const REASON_WORDS: Record<LinkReason, string> = {
  'most-of-article-shared': 'most of one article is the other’s text',
  'narration-shared': 'they share passages of narration, not only quotations',
  'quotation-shared': 'what they share at length is quoted: one statement or remark that both quote',
  'same-credited-origin': 'both credit the same origin for the whole article',
};

type Namer = (id: string) => string;

function clean(s: string): string {
  return sanitizeForTerminal(s).replace(/\s+/g, ' ').trim();
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function and(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Boston Brand Media and The Defense News: partial copy". */
export function linkTitle(l: ProvenanceLink, name: Namer): string {
  return `${name(l.a)} and ${name(l.b)}: ${LINK_KIND_LABEL[l.kind]}`;
}

/** The evidence in one sentence: passages, sentences, shares, credits, and why the kind. */
export function linkEvidence(l: ProvenanceLink, name: Namer): string {
  const parts: string[] = [];
  if (l.passages.length) {
    const q = l.passages.filter((p) => p.kind === 'quotation').length;
    const kinds = q === 0 ? '' : q === l.passages.length ? ', all quoted' : `, ${q} of them quoted`;
    parts.push(
      `${l.passages.length} shared passage${l.passages.length === 1 ? '' : 's'}${kinds}; ` +
        `${l.sharedSentences.a} and ${l.sharedSentences.b} sentences, ${percent(l.share.a)} of ${name(l.a)} and ${percent(l.share.b)} of ${name(l.b)}`,
    );
  }
  for (const o of l.commonOrigins) parts.push(`both credit ${clean(o.a.origin)} (“${clean(o.a.text)}”, “${clean(o.b.text)}”)`);
  const changed = l.passages.flatMap((p) => p.edits.filter((e) => e.numeric));
  if (changed.length) parts.push(`${changed.length === 1 ? 'a number differs' : `${changed.length} numbers differ`} inside the shared text`);
  return `${parts.join('; ')}. A ${LINK_KIND_LABEL[l.kind]} because ${REASON_WORDS[l.reason]}.`;
}

export interface Part {
  text: string;
  /** True for words the other side has differently (or not at all). */
  changed: boolean;
}

/** One side of a passage cut into shared and differing stretches, for showing side by side. */
export function passageParts(p: SharedPassage, which: 'a' | 'b'): Part[] {
  const side: PassageSide = p[which];
  const marks = p.edits
    .map((e: PassageEdit) => e[which])
    .filter((m) => m.end > m.start)
    .sort((x, y) => x.start - y.start);
  const out: Part[] = [];
  let at = side.start;
  for (const m of marks) {
    if (m.start > at) out.push({ text: side.text.slice(at - side.start, m.start - side.start), changed: false });
    out.push({ text: side.text.slice(m.start - side.start, m.end - side.start), changed: true });
    at = m.end;
  }
  if (at < side.end) out.push({ text: side.text.slice(at - side.start), changed: false });
  return out.map((x) => ({ text: sanitizeForTerminal(x.text).replace(/\s+/g, ' '), changed: x.changed }));
}

/** "3 outlets, 2 independent (The Defense News and Boston Brand Media share a text)"; undefined when all are independent. */
export function independencePhrase(gp: GroupProvenance | undefined, name: Namer): string | undefined {
  if (!gp || gp.independent >= gp.sources) return undefined;
  const why = gp.clusters.map((c) => {
    const who = and(c.sources.map(name));
    if (c.reasons.includes('shared-text') && c.reasons.includes('same-origin') && c.origin) return `${who} share a text or cite ${clean(c.origin)}`;
    if (c.reasons.includes('shared-text')) return `${who} share a text`;
    return `${who} ${c.sources.length === 2 ? 'both' : 'all'} cite ${clean(c.origin ?? 'one origin')}`;
  });
  return `${gp.sources} outlets, ${gp.independent} independent (${why.join('; ')})`;
}

/** "the copy differs from the text it shares: Valley Digest “$21.5 million” where Lakeside Times has “$18.5 million”". */
export function copyDifferencePhrase(d: CopyDifference, g: JudgedGroup, name: Namer): string {
  const a = g.claims.find((c) => c.id === d.a);
  const b = g.claims.find((c) => c.id === d.b);
  return `the copy differs from the text it shares: ${name(d.sourceB)} has “${clean(b?.text ?? '?')}” where ${name(d.sourceA)} has “${clean(a?.text ?? '?')}”`;
}

/** Provenance lines for one fact (independence, then copy differences), for the text and markdown reports and the review. */
export function groupProvenanceLines(result: RunResult, g: JudgedGroup, name: Namer): string[] {
  const gp = result.provenance?.groups[g.id];
  if (!gp) return [];
  const out: string[] = [];
  const ind = independencePhrase(gp, name);
  if (ind) out.push(ind);
  for (const d of gp.copyDifferences) out.push(copyDifferencePhrase(d, g, name));
  return out;
}
