// One file's text → Source. Pure: no file system access, so tests can feed
// made-up articles. Dates that need the other sources of the story (a
// dateline without a year, an undated article) are settled by storyDates.ts.

import type { Diagnostic } from '../model/diagnostic.js';
import type { Excluded, Published, Source } from '../model/source.js';
import { classifyBody } from './classify.js';
import { isoDate } from './publishedDate.js';
import { readFrontMatter, type FrontMatter } from './frontMatter.js';
import { normalizeRegions } from './regions.js';
import { findRepeats } from './repeats.js';
import type { Span } from './segment.js';

export interface ParseOptions {
  /** Source id: the file name without extension. */
  id: string;
  /** Path that opens the file; also the `file` of diagnostics. */
  path: string;
  /** The file's modification time: the last resort for a dateline's year. */
  mtime?: Date;
  /** Read a leading "---" YAML block as front matter (default true; false for a web page's readable text). */
  frontMatter?: boolean;
  /** Metadata stated outside the text (a web page's <head>): wins over what the text itself suggests. */
  meta?: { title?: string; outlet?: string; url?: string; published?: Published };
  /** Regions the caller already knows are not prose (a web page's byline line and captions). */
  excluded?: Excluded[];
}

/** A dateline with month and day but no year, waiting for the story's year. */
export interface PendingDateline {
  month: number;
  day: number;
  /** The dateline as written ("Kuala Lumpur, Oct 25:"). */
  text: string;
}

export interface ParsedSource {
  source: Source;
  diagnostics: Diagnostic[];
  pendingDateline?: PendingDateline;
  mtime?: Date;
}

export function parseSource(text: string, opts: ParseOptions): ParsedSource {
  const fm: FrontMatter = opts.frontMatter === false ? { bodyStart: 0, diagnostics: [] } : readFrontMatter(text, opts.path);
  const meta = opts.meta ?? {};
  const fmTitle = meta.title ?? fm.title;
  const body = classifyBody(text, fm.bodyStart, fmTitle);
  const { paragraphs, kinds } = body;

  const excluded: Excluded[] = [...(opts.excluded ?? [])];
  if (fm.region) excluded.push({ ...fm.region, reason: 'front-matter' });
  const units: Span[] = [];
  let datelinePlace: Source['datelinePlace'];
  const datelineAt = new Map(body.datelines.map((d) => [d.index, d]));
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    switch (kinds[i]) {
      case 'date':
        excluded.push({ start: p.start, end: p.end, reason: 'metadata' });
        break;
      case 'boilerplate':
      case 'marker':
        excluded.push({ start: p.start, end: p.end, reason: 'boilerplate' });
        break;
      case 'caption':
        excluded.push({ start: p.start, end: p.end, reason: 'caption' });
        break;
      case 'title':
        units.push(body.titleSpan ?? p);
        break;
      default: {
        const d = datelineAt.get(i);
        if (d) {
          excluded.push({ start: p.start, end: p.start + d.parsed.length, reason: 'dateline' });
          datelinePlace ??= { start: p.start, end: p.start + d.parsed.placeLength };
          units.push({ start: p.start + d.parsed.length, end: p.end });
        } else units.push(p);
      }
    }
  }
  for (const r of findRepeats(text, units)) excluded.push({ ...r, reason: 'repeat' });

  const source: Source = {
    id: opts.id,
    path: opts.path,
    text,
    bodyStart: fm.bodyStart,
    excluded: normalizeRegions(text, excluded),
  };
  const outlet = meta.outlet ?? fm.outlet ?? body.outlet;
  if (outlet !== undefined) source.outlet = outlet;
  const title = fmTitle ?? body.title;
  if (title !== undefined) source.title = title;
  const url = meta.url ?? fm.url;
  if (url !== undefined) source.url = url;
  if (body.titleSpan) source.titleSpan = body.titleSpan;
  if (datelinePlace) source.datelinePlace = datelinePlace;

  const parsed: ParsedSource = { source, diagnostics: fm.diagnostics };
  if (opts.mtime) parsed.mtime = opts.mtime;

  // Publication date: front matter, else the first date line (an "Updated"
  // line only when there is no other), else the first dated dateline.
  let published: Published | undefined = meta.published ?? fm.published;
  if (!published && body.dateLines.length > 0) {
    const line = body.dateLines.find((l) => !l.parsed.updated) ?? body.dateLines[0];
    const d = line.parsed;
    published = { date: isoDate(d.year, d.month, d.day), inferred: false, origin: 'date-line', evidence: line.text };
    if (d.time !== undefined) published.time = d.time;
    if (d.tzOffsetMinutes !== undefined) published.tzOffsetMinutes = d.tzOffsetMinutes;
  }
  if (!published) {
    const dl = body.datelines.find((d) => d.parsed.month !== undefined);
    if (dl && dl.parsed.month !== undefined && dl.parsed.day !== undefined) {
      if (dl.parsed.year !== undefined) {
        published = { date: isoDate(dl.parsed.year, dl.parsed.month, dl.parsed.day), inferred: false, origin: 'dateline', evidence: dl.parsed.text };
      } else {
        parsed.pendingDateline = { month: dl.parsed.month, day: dl.parsed.day, text: dl.parsed.text };
      }
    }
  }
  if (published) source.published = published;
  return parsed;
}
