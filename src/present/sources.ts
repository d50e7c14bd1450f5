// How sources and dates are named in every report, in the review and in
// the judge's explanations (namerFor).
import type { Published, Source } from '../model/source.js';
import { oneLine, sanitizeForTerminal } from '../text/sanitize.js';

export function sourceLabel(s: Source | undefined, fallback = '?'): string {
  if (!s) return fallback;
  return sanitizeForTerminal(s.outlet ?? s.title ?? s.id);
}

/** A source's name on one line for the review's narrow columns: outlet, else title, else `fallbackId`. */
export function sourceName(source: Source | undefined, fallbackId: string): string {
  return oneLine(source?.outlet || source?.title || fallbackId);
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
