// Paragraph bounds in a source (a line joined with its hard-wrapped
// neighbours), and a per-source cache of the claims found per paragraph,
// so extracting sentence by sentence stays linear.

import type { RawClaim } from '../../model/extraction.js';
import type { Source } from '../../model/source.js';

// ---------------------------------------------------------------------------
// Paragraph bounds in a source, and a per-paragraph cache

export const TERMINAL_END = /[.!?:;…"”’)\]]$/u;

/** Start and end of the line holding `pos`, trimmed of the newline. */
export function lineAt(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return { start, end };
}

/** True when line `next` continues line `prev` (hard-wrapped prose). */
export function continues(text: string, prev: { start: number; end: number }, next: { start: number; end: number }): boolean {
  const p = text.slice(prev.start, prev.end).trim();
  const n = text.slice(next.start, next.end).trim();
  if (p.length < 40 || n === '' || p.startsWith('#')) return false;
  if (TERMINAL_END.test(p)) return false;
  return /^\p{Ll}/u.test(n);
}

/** The paragraph around [start, end): its line, joined with hard-wrapped neighbours. */
export function paragraphAround(text: string, start: number, end: number): { start: number; end: number } {
  let first = lineAt(text, start);
  let last = lineAt(text, Math.max(start, end - 1));
  for (let n = 0; n < 200 && first.start > 0; n++) {
    const prev = lineAt(text, first.start - 1);
    if (!continues(text, prev, first)) break;
    first = prev;
  }
  for (let n = 0; n < 200 && last.end < text.length; n++) {
    const next = lineAt(text, last.end + 1);
    if (!continues(text, last, next)) break;
    last = next;
  }
  return { start: first.start, end: last.end };
}

/** Claims per paragraph start, per source object (a WeakMap, so nothing outlives the run). */
export const sourceCache = new WeakMap<Source, { text: string; byParagraph: Map<number, RawClaim[]> }>();

export function cacheFor(source: Source, text: string): Map<number, RawClaim[]> {
  let entry = sourceCache.get(source);
  if (!entry || entry.text !== text) {
    entry = { text, byParagraph: new Map() };
    sourceCache.set(source, entry);
  }
  return entry.byParagraph;
}
