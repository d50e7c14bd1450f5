// The map from a web page's readable text (its Source.text) back to the
// HTML file, kept apart from html.ts so that reading plain-text sources
// never loads the HTML parser. See html.ts for what the offsets index.

import type { Source } from '../model/source.js';

/** A stretch of readable text and the stretch of the file it came from. */
export interface OffsetRun {
  /** Readable-text offsets, end exclusive. */
  start: number;
  end: number;
  /** File-text offsets, end exclusive. When both lengths are equal the characters correspond one to one. */
  fileStart: number;
  fileEnd: number;
}

/** Readable text → file text. Runs are sorted and do not overlap; characters not in a run came from no single place (the separators this module writes). */
export interface HtmlOffsetMap {
  runs: OffsetRun[];
}

/** Index of the first run whose end is after `pos`. */
function firstRunEndingAfter(runs: OffsetRun[], pos: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The file range that readable text [start, end) came from: from the first
 * to the last mapped character inside the range (tags and entities between
 * them included). Undefined when no character of the range is mapped.
 */
export function mapToFile(map: HtmlOffsetMap, start: number, end: number): { start: number; end: number } | undefined {
  const { runs } = map;
  if (end <= start) return undefined;
  const i = firstRunEndingAfter(runs, start);
  if (i >= runs.length || runs[i].start >= end) return undefined;
  const j = firstRunEndingAfter(runs, end - 1);
  const last = j < runs.length && runs[j].start <= end - 1 ? runs[j] : runs[j - 1];
  const first = runs[i];
  const exact = (r: OffsetRun) => r.end - r.start === r.fileEnd - r.fileStart;
  const fileStart = exact(first) ? first.fileStart + Math.max(0, start - first.start) : first.fileStart;
  const lastPos = Math.min(end, last.end) - 1;
  const fileEnd = exact(last) ? last.fileStart + (lastPos - last.start) + 1 : last.fileEnd;
  return fileEnd > fileStart ? { start: fileStart, end: fileEnd } : undefined;
}

const maps = new WeakMap<Source, HtmlOffsetMap>();

/** Remember the readable-text → file map of a web page's source. */
export function registerHtmlMap(source: Source, map: HtmlOffsetMap): void {
  maps.set(source, map);
}

/** The map of a source read from a web page in this process, or undefined (plain-text sources, copies of the object). */
export function htmlOffsetMap(source: Source): HtmlOffsetMap | undefined {
  return maps.get(source);
}

/**
 * For a source read from a web page: the range of the HTML file's decoded
 * text that readable-text range [start, end) came from (see mapToFile).
 * For any other source, offsets already index the file: [start, end).
 * Undefined when a web page's range came from nowhere in the file (the
 * blank lines written between paragraphs).
 */
export function htmlFileSpan(source: Source, start: number, end: number): { start: number; end: number } | undefined {
  const map = maps.get(source);
  return map ? mapToFile(map, start, end) : { start, end };
}
