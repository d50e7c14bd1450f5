/** Text helpers for the review UI. Everything from a source goes through sanitizeForTerminal. */
import type { Claim } from '../model/claim.js';
import type { Published, Source } from '../model/source.js';
import { oneLine } from '../text/sanitize.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Thu 12 Mar 2026", with "(inferred)" when the source did not state it. */
export function dateLabel(published: Published | undefined): string {
  if (!published) return 'undated';
  const d = new Date(`${published.date}T00:00:00Z`);
  const text = Number.isNaN(d.getTime())
    ? oneLine(published.date)
    : `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${text}${published.time ? ` ${oneLine(published.time)}` : ''}${published.inferred ? ' (inferred)' : ''}`;
}

/** Before a short date the source did not state (the overview's legend explains it). */
export const INFERRED_MARK = '~';

/** Short date for tables: "12 Mar 2026", "~12 Mar 2026" when inferred. */
export function shortDate(published: Published | undefined): string {
  if (!published) return 'undated';
  const d = new Date(`${published.date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return oneLine(published.date);
  return `${published.inferred ? INFERRED_MARK : ''}${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** What the value reads as, in words, with where a date came from. */
export function readingLine(claim: Claim, source: Source | undefined): string {
  const v = claim.value;
  const reading = oneLine(v.reading);
  if (v.type === 'date') {
    const parts = [`${reading}, from '${oneLine(claim.text)}'`];
    if (v.inferred.length > 0) parts.push(`${v.inferred.join(' and ')} inferred`);
    const pub = source?.published ? `published ${dateLabel(source.published)}` : `read against ${v.reference}${v.referenceInferred ? ' (inferred)' : ''}`;
    parts.push(pub);
    return parts.join(', ');
  }
  return reading;
}

/** Truncate to `width` characters with an ellipsis (code points, not bytes). */
export function truncate(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s;
  if (width <= 1) return chars.slice(0, width).join('');
  return `${chars.slice(0, width - 1).join('')}…`;
}

/**
 * How a run of text is drawn: `true` or 'value' the value in its sentence
 * (inverse), 'bold', 'stale' (the "changed since review" flag), 'verdict'
 * (the engine's verdict, in its colour).
 */
export type Mark = boolean | 'value' | 'bold' | 'stale' | 'verdict';

/** A run of text, highlighted or not. */
export interface Segment {
  text: string;
  mark?: Mark;
}

/** One screen line of pre-wrapped, styled text. */
export type Line = Segment[];

/**
 * Word-wrap highlighted text to `width` columns (code points): lines break at
 * spaces, never start with one, and a word longer than a line is cut. The
 * highlight follows the characters, so a value split over two lines stays
 * marked on both. Marks of any kind are kept, run by run.
 */
export function wrapSegments(segments: readonly Segment[], width: number): Segment[][] {
  const w = Math.max(1, width);
  // Words as lists of (char, mark); spaces between words remember their mark.
  type Ch = { c: string; mark: Mark };
  const words: { chars: Ch[]; spaceBefore?: Ch }[] = [];
  let current: Ch[] = [];
  let pendingSpace: Ch | undefined;
  const flush = () => {
    if (current.length) words.push({ chars: current, spaceBefore: pendingSpace });
    current = [];
    pendingSpace = undefined;
  };
  for (const seg of segments) {
    for (const c of seg.text) {
      if (/\s/.test(c)) {
        if (current.length) flush();
        if (words.length || current.length) pendingSpace = { c: ' ', mark: seg.mark || false };
        continue;
      }
      current.push({ c, mark: seg.mark || false });
    }
  }
  if (current.length) words.push({ chars: current, spaceBefore: pendingSpace });

  const lines: Ch[][] = [];
  let line: Ch[] = [];
  for (const word of words) {
    const space = line.length > 0 && word.spaceBefore ? 1 : 0;
    if (line.length > 0 && line.length + space + word.chars.length > w) {
      lines.push(line);
      line = [];
    }
    if (line.length > 0 && word.spaceBefore) line.push(word.spaceBefore);
    let chars = word.chars;
    while (line.length + chars.length > w) {
      const room = w - line.length;
      line.push(...chars.slice(0, room));
      lines.push(line);
      line = [];
      chars = chars.slice(room);
    }
    line.push(...chars);
  }
  if (line.length) lines.push(line);
  // Merge neighbouring characters with the same mark back into segments.
  return lines.map((chars) => {
    const out: Segment[] = [];
    for (const ch of chars) {
      const last = out[out.length - 1];
      if (last && (last.mark || false) === ch.mark) last.text += ch.c;
      else out.push(ch.mark ? { text: ch.c, mark: ch.mark } : { text: ch.c });
    }
    return out;
  });
}

/** Plain text wrapped to `width`, at most `maxLines` lines (the last one ends with … when cut). */
export function wrapText(text: string, width: number, maxLines = Infinity): string[] {
  const lines = wrapSegments([{ text }], width).map((l) => l.map((s) => s.text).join(''));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} …`, width);
  return kept;
}
