/**
 * The list's VALUES cell: the competing values of a fact, first and
 * shortened so that at least two fit however narrow the column — "more than
 * 90 % ≠ 60 %" — and with the sources stating each when there is room.
 */
import type { JudgedGroup } from '../model/judgement.js';
import type { Source } from '../model/source.js';
import { oneLine } from '../text/sanitize.js';
import { sourceName } from '../present/sources.js';
import { truncate } from './format.js';

interface Reading {
  /** The reading in words, as the detail view shows it. */
  full: string;
  /** Without the detail in brackets at the end, or the speaker before a quote. */
  short: string;
  sources: string[];
}

const len = (s: string) => [...s].length;

/** "above 40 % (lower bound)" → "above 40 %"; "Trump: “We’ll make a deal”" → "“We’ll make a deal”". */
export function shortReading(reading: string): string {
  let s = reading.trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\s*\([^()]*\)$/, '').trim();
  }
  const quote = /^[^“”"]{1,60}:\s+(“.*)$/.exec(s);
  if (quote) s = quote[1];
  return s || reading.trim();
}

function readingsOf(group: JudgedGroup, sourceById: Map<string, Source>): Reading[] {
  const byReading = new Map<string, Set<string>>();
  for (const c of group.claims) {
    const reading = oneLine(c.value.reading || c.text);
    let names = byReading.get(reading);
    if (!names) byReading.set(reading, (names = new Set()));
    names.add(sourceName(sourceById.get(c.sourceId), c.sourceId));
  }
  return [...byReading].map(([full, names]) => ({ full, short: shortReading(full), sources: [...names] }));
}

function who(sources: string[]): string {
  return sources.length > 2 ? `${sources[0]} and ${sources.length - 1} others` : sources.join(', ');
}

/** Words the texts all start with (never the whole of one). */
function sharedWords(texts: string[]): number {
  const words = texts.map((t) => t.split(' '));
  let k = 0;
  while (words.every((w) => k < w.length - 1 && w[k] === words[0][k])) k++;
  return k;
}

const tail = (text: string, k: number) => `…${text.split(' ').slice(k).join(' ')}`;

/** The first reading, then the one least like it (fewest shared first words), then the rest: the two shown are the two that differ. */
function competingFirst(readings: Reading[]): Reading[] {
  if (readings.length <= 2) return readings;
  let best = 1;
  for (let i = 2; i < readings.length; i++) {
    if (sharedWords([readings[0].short, readings[i].short]) < sharedWords([readings[0].short, readings[best].short])) best = i;
  }
  return [readings[0], readings[best], ...readings.slice(1).filter((_, i) => i + 1 !== best)];
}

const cells = new WeakMap<JudgedGroup, { sourceById: Map<string, Source>; width: number; text: string }>();

/** The VALUES cell `width` characters wide at most. Memoised per fact (rows are drawn on every key press). */
export function valuesCell(group: JudgedGroup, sourceById: Map<string, Source>, width: number): string {
  const known = cells.get(group);
  if (known && known.sourceById === sourceById && known.width === width) return known.text;
  const text = layoutCell(readingsOf(group, sourceById), group.verdict === 'conflict' ? ' ≠ ' : ' │ ', width);
  cells.set(group, { sourceById, width, text });
  return text;
}

function layoutCell(all: Reading[], sep: string, width: number): string {
  const n = all.length;
  // Everything, with sources: as much as the reports say.
  const full = all.map((r) => `${r.full} (${who(r.sources)})`).join(sep);
  if (len(full) <= width) return full;
  const withSources = all.map((r) => `${r.short} (${who(r.sources)})`).join(sep);
  if (len(withSources) <= width) return withSources;
  // Fewer readings, shortened; never fewer than two when there are two.
  const readings = competingFirst(all);
  const least = Math.min(2, n);
  for (let m = n; m >= least; m--) {
    const more = m < n ? ` +${n - m} more` : '';
    const room = width - len(more);
    const shown = readings.slice(0, m).map((r) => r.short);
    if (len(shown.join(sep)) <= room) return shown.join(sep) + more;
    if (m > least) continue;
    const cut = truncateEach(shown, sep, room);
    const parts = cut.split(sep);
    const k = sharedWords(shown);
    if (k === 0 || new Set(parts).size === parts.length) return cut + more;
    // Cut so far that they look alike ("more than… ≠ more than…"): write the words they share once
    // ("more than 90 % ≠ …60 %"), or leave them out of every one. Only then: "Mon 16 – Sun 22" would
    // read as a different date with its first words left out.
    const once = [shown[0], ...shown.slice(1).map((t) => tail(t, k))].join(sep);
    if (len(once) <= room) return once + more;
    return truncateEach(shown.map((t) => tail(t, k)), sep, room) + more;
  }
  return truncate(all.map((r) => r.short).join(sep), width);
}

/** Cut the longest parts first (each to the same length) until the whole fits `width`. */
function truncateEach(parts: string[], sep: string, width: number): string {
  const lens = parts.map(len);
  const room = width - len(sep) * (parts.length - 1);
  if (room < parts.length) return truncate(parts.join(sep), width);
  let cap = Math.max(...lens);
  while (cap > 1 && lens.reduce((s, l) => s + Math.min(l, cap), 0) > room) cap--;
  return parts.map((p) => truncate(p, cap)).join(sep);
}
