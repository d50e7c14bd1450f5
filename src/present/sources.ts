// How sources and dates are named in every report, in the review and in
// the judge's explanations (namerFor).
import type { Published, Source } from '../model/source.js';
import { oneLine, sanitizeForTerminal } from '../text/sanitize.js';
import { articleAttributions } from '../provenance/attribution.js';

/**
 * Who published a source: its outlet (front matter, the page's site name or
 * its own furniture); else what the article itself gives: the host of its
 * url, a "Source:" line, a dateline's wire credit ("WASHINGTON (AP) —").
 * Undefined when nothing does.
 */
export function outletOf(s: Source | undefined): string | undefined {
  if (!s) return undefined;
  if (s.outlet) return s.outlet;
  if (derived.has(s)) return derived.get(s);
  const found = hostOf(s.url) ?? creditOf(s);
  derived.set(s, found);
  return found;
}

// Sources are read-only once ingested: each is looked at once.
const derived = new WeakMap<Source, string | undefined>();

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^(?:www\d*|m|amp)\./, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}

function creditOf(s: Source): string | undefined {
  if (typeof s.text !== 'string') return undefined;
  const credit = articleAttributions(s).find((a) => a.kind === 'source-line' || a.kind === 'wire');
  return credit?.origin;
}

/** The file's name ("000_3f01.txt"): what names a source when nothing else does, never an internal id. */
export function fileNameOf(s: Source): string {
  return s.path.split(/[\\/]/).pop() || s.id;
}

/** A source's name in reports: its outlet (found as outletOf does), else its file name. */
export function sourceLabel(s: Source | undefined, fallback = '?'): string {
  if (!s) return fallback;
  return sanitizeForTerminal(outletOf(s) ?? fileNameOf(s));
}

/** A source's name on one line for the review's narrow columns: as sourceLabel, `fallbackId` when the source is unknown. */
export function sourceName(source: Source | undefined, fallbackId: string): string {
  return oneLine(source ? outletOf(source) ?? fileNameOf(source) : fallbackId);
}

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function publishedLabel(p: Published | undefined): string {
  if (!p) return 'undated';
  const d = new Date(`${p.date}T00:00:00Z`);
  const day = Number.isNaN(d.getTime()) ? '' : `${WEEKDAY[d.getUTCDay()]} `;
  const inferred = p.inferred ? ' (inferred from other sources)' : p.origin === 'dateline' ? ' (from dateline)' : '';
  return `${day}${p.date}${p.time ? ` ${p.time}` : ''}${inferred}`;
}

export function namerFor(sources: Source[]): (id: string) => string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => sourceLabel(byId.get(id), id);
}

/**
 * Said plainly when fewer than two sources were read: facts are compared
 * across sources, so one article (or none) gives nothing to compare.
 */
export function tooFewSources(count: number): string | undefined {
  if (count === 0) return 'No source was read: nothing was compared — put the articles of one story in the folder.';
  if (count === 1) return 'Only one source was read: nothing can be compared with a single source — add the other articles of the story.';
  return undefined;
}
