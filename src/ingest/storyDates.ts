// Dates that depend on the story as a whole: a dateline without a year
// takes the year of the other sources (else of the file's mtime), and a
// source with no date at all takes the most common date of the others.

import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Published } from '../model/source.js';
import { daysInMonth, isoDate } from './publishedDate.js';
import { shown } from './shown.js';
import type { ParsedSource, PendingDateline } from './parse.js';

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** The most common date (ties → earliest); undefined for an empty list. */
export function mostCommonDate(dates: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && d < best)) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** Month and day placed in the year (of reference ± 1) closest to the reference date. */
export function closestYear(month: number, day: number, reference: string): string | undefined {
  const refYear = Number(reference.slice(0, 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const iso = isoDate(year, month, day);
    const distance = Math.abs(dayNumber(iso) - dayNumber(reference));
    if (distance < bestDistance) {
      best = iso;
      bestDistance = distance;
    }
  }
  return best;
}

function fromDateline(p: PendingDateline, date: string, how: string): Published {
  return { date, inferred: false, origin: 'dateline', evidence: `${p.text} (year ${date.slice(0, 4)} ${how})` };
}

function mtimeDate(mtime: Date): string {
  return isoDate(mtime.getFullYear(), mtime.getMonth() + 1, mtime.getDate());
}

/** Settle one source read on its own: a year-less dateline takes the file's mtime year. */
export function resolveSingleDate(p: ParsedSource): Diagnostic[] {
  if (p.source.published || !p.pendingDateline) return [];
  const ref = mtimeDate(p.mtime ?? new Date());
  const date = closestYear(p.pendingDateline.month, p.pendingDateline.day, ref);
  if (!date) return [];
  p.source.published = fromDateline(p.pendingDateline, date, "taken from the file's modification time");
  return [
    diagnostic('info', p.source.path, `The dateline "${shown(p.pendingDateline.text)}" has no year; used ${date.slice(0, 4)} from the file's modification time (state the year in front matter "published:" to be sure).`, 'ingest/dateline-year'),
  ];
}

/**
 * Settle the dates of a story's sources together (mutates the sources):
 * 1. A dateline without a year takes the year, of the other sources' most
 *    common stated date ±1, that puts it closest to that date; with no
 *    dated source, the file's mtime year.
 * 2. A source still without a date gets the most common date among the
 *    dated sources (ties → earliest), marked inferred, origin 'other-sources'.
 */
export function resolveStoryDates(parsed: ParsedSource[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stated = parsed.flatMap((p) => (p.source.published ? [p.source.published.date] : []));
  const reference = mostCommonDate(stated);
  for (const p of parsed) {
    if (p.source.published || !p.pendingDateline) continue;
    if (reference) {
      const date = closestYear(p.pendingDateline.month, p.pendingDateline.day, reference);
      if (date) p.source.published = fromDateline(p.pendingDateline, date, 'taken from the other sources of the story');
    } else diagnostics.push(...resolveSingleDate(p));
  }
  const dated = parsed.filter((p) => p.source.published && !p.source.published.inferred);
  const common = mostCommonDate(dated.map((p) => p.source.published!.date));
  if (!common) return diagnostics;
  for (const p of parsed) {
    if (p.source.published) continue;
    p.source.published = { date: common, inferred: true, origin: 'other-sources' };
    diagnostics.push(diagnostic('info', p.source.path, `No publication date is stated; relative dates are read against ${common}, the most common date of the ${dated.length} dated source(s) (add "published:" front matter to fix it).`, 'ingest/date-inferred'));
  }
  return diagnostics;
}
