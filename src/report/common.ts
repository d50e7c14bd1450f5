// What the publishing formats (markdown, html, csv, claimreview) share: the
// words for verdicts, the order of facts, how a value is shown, the sentence
// around a claim, and which links are safe to emit. Text from sources is
// hostile: everything here goes through sanitizeForTerminal (control, bidi
// and zero-width characters out) before a format escapes it for its syntax.
import type { EditorVerdict, ReviewState } from '../model/catalogue.js';
import type { Claim } from '../model/claim.js';
import type { JudgedGroup, Verdict } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';
import type { Source } from '../model/source.js';
import { VERDICT_ORDER } from '../model/judgement.js';
import { sanitizeForTerminal } from '../text/sanitize.js';
import { sourceLabel } from '../present/sources.js';

import { EDITOR_LABEL } from '../present/labels.js';

/** Sanitized and folded onto one line. */
export function clean(s: string | undefined | null): string {
  return sanitizeForTerminal(s ?? '').replace(/\s+/g, ' ').trim();
}

export interface Counts {
  conflict: number;
  scope: number;
  compatible: number;
  agree: number;
  /** Conflicts no editor has ruled on. */
  openConflicts: number;
}

export function counts(result: RunResult): Counts {
  const of = (v: Verdict) => result.groups.filter((g) => g.verdict === v);
  return {
    conflict: of('conflict').length,
    scope: of('scope-differs').length,
    compatible: of('compatible').length,
    agree: of('agree').length,
    openConflicts: of('conflict').filter((g) => !result.review[g.id]?.editorVerdict).length,
  };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The memo's title: the story's name from the catalogue when there is one. */
export function reportTitle(result: RunResult): string {
  const story = clean(result.catalogue?.story);
  const n = plural(result.sources.length, 'source');
  return story ? `${story}: claim check of ${n}` : `Claim check of ${n}`;
}

/** How a statement's value is shown in tables: the quoted words for quotes, the plain reading otherwise. */
export function valueShown(c: Claim): string {
  if (c.value.type === 'quote') return `“${clean(c.value.quoted)}”`;
  return clean(c.value.reading);
}

/** The claim's own words in curly quotes (straight or curly quotes around it removed first). */
export function quotedText(c: Claim): string {
  return `“${clean(c.text).replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')}”`;
}

/**
 * A link target that is safe to emit: http(s) only (no javascript:, data:,
 * file:), normalised by the URL parser, no control characters.
 */
export function safeUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  const raw = sanitizeForTerminal(u).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href;
}

export interface OutletColumn {
  source: Source;
  label: string;
}

/** Cut to `n` characters (code points) with "…". */
export function truncate(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n - 1).join('').trimEnd()}…` : s;
}

/**
 * One column per source, in the run's order. A source without an outlet is
 * labelled by its title, so labels are cut to 40 characters; duplicates get
 * the source id.
 */
export function outletColumns(sources: Source[]): OutletColumn[] {
  const labels = sources.map((s) => truncate(sourceLabel(s), 40));
  return sources.map((s, i) => ({
    source: s,
    label: labels.filter((l) => l === labels[i]).length > 1 ? `${labels[i]} (${clean(s.id)})` : labels[i],
  }));
}

/** What each source states for the group, by source id (distinct statements joined with "; "). */
export function valuesBySource(g: JudgedGroup, max = Infinity): Map<string, string> {
  const all = new Map<string, string[]>();
  for (const c of g.claims) {
    const list = all.get(c.sourceId) ?? [];
    const v = truncate(valueShown(c), max);
    if (!list.includes(v)) list.push(v);
    all.set(c.sourceId, list);
  }
  return new Map([...all].map(([id, list]) => [id, list.join('; ')]));
}

/** The editor's word on a group, as a short phrase ("Confirmed conflict", "No verdict yet"). */
export function editorPhrase(review: ReviewState | undefined): string {
  return review?.editorVerdict ? EDITOR_LABEL[review.editorVerdict] : 'No verdict yet';
}

/** Published date as an ISO-like string for machines: "2026-03-12" or "2026-03-12 09:30". */
export function publishedIso(s: Source | undefined): string {
  const p = s?.published;
  if (!p) return '';
  return `${p.date}${p.time ? ` ${p.time}` : ''}`;
}
