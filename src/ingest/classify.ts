// Sorts the body's paragraphs into prose and non-prose (boilerplate, media
// markers, date lines, captions), finds the headline, the dateline and the
// outlet's self-naming. Paragraph-level only; repeats are found afterwards.

import { paragraphSpans, normalizeForCompare, type Span } from './segment.js';
import { isBoilerplate, isMediaMarker, isShortTag } from './boilerplate.js';
import { hasPhotoCredit } from './captions.js';
import { parseDateLine, parseDateline, type DateLine, type Dateline } from './dates.js';
import { outletFromLine } from './outlet.js';
import { HEADING_MARK, looksLikeHeadline, sameTitle } from './title.js';

export type ParagraphKind = 'prose' | 'title' | 'boilerplate' | 'marker' | 'date' | 'caption';

export interface Classified {
  paragraphs: Span[];
  kinds: ParagraphKind[];
  title?: string;
  titleSpan?: Span;
  /** Date lines in order of appearance. */
  dateLines: Array<{ index: number; text: string; parsed: DateLine }>;
  /** Datelines (place/date prefixes) found at the start of the first prose paragraphs. */
  datelines: Array<{ index: number; start: number; parsed: Dateline }>;
  /** The outlet as the page names itself. */
  outlet?: string;
}

/** Datelines are looked for in this many prose paragraphs after the headline. */
const DATELINE_PARAGRAPHS = 5;

export function classifyBody(text: string, bodyStart: number, frontMatterTitle?: string): Classified {
  const paragraphs = paragraphSpans(text, bodyStart);
  const texts = paragraphs.map((p) => (p.end - p.start > 400 ? '' : text.slice(p.start, p.end)));
  const long = paragraphs.map((p) => p.end - p.start > 400);
  const kinds: ParagraphKind[] = paragraphs.map(() => 'prose');
  const out: Classified = { paragraphs, kinds, dateLines: [], datelines: [] };

  // 1. Date lines, furniture, credited captions (all short paragraphs).
  for (let i = 0; i < paragraphs.length; i++) {
    if (long[i]) {
      // Long paragraphs are prose unless they end with a picture credit.
      if (hasPhotoCredit(text.slice(paragraphs[i].end - 200, paragraphs[i].end))) kinds[i] = 'caption';
      continue;
    }
    const t = texts[i];
    const date = parseDateLine(t);
    if (date) {
      kinds[i] = 'date';
      out.dateLines.push({ index: i, text: t, parsed: date });
    } else if (isMediaMarker(t)) kinds[i] = 'marker';
    else if (isBoilerplate(t)) kinds[i] = 'boilerplate';
    else if (hasPhotoCredit(t)) kinds[i] = 'caption';
  }

  // 2. Headline: the first paragraph that is none of the above.
  const first = kinds.indexOf('prose');
  if (first >= 0 && !long[first] && looksLikeHeadline(texts[first]) && !parseDateline(texts[first])) {
    const p = paragraphs[first];
    const mark = HEADING_MARK.exec(texts[first]);
    const span = { start: p.start + (mark ? mark[0].length : 0), end: p.end };
    const title = text.slice(span.start, span.end);
    if (frontMatterTitle === undefined || sameTitle(title, frontMatterTitle)) {
      kinds[first] = 'title';
      out.titleSpan = span;
      out.title = title;
    }
  }

  // 3. Captions next to a media marker (skipping other markers), then every
  //    other copy of a caption's text.
  for (let i = 0; i < paragraphs.length; i++) {
    if (kinds[i] !== 'marker') continue;
    for (const step of [-1, 1]) {
      let j = i + step;
      while (j >= 0 && j < paragraphs.length && kinds[j] === 'marker') j += step;
      if (j >= 0 && j < paragraphs.length && kinds[j] === 'prose') kinds[j] = 'caption';
    }
  }
  const captionKeys = new Set<string>();
  for (let i = 0; i < paragraphs.length; i++) if (kinds[i] === 'caption' && !long[i]) captionKeys.add(normalizeForCompare(texts[i]));
  if (captionKeys.size > 0) {
    for (let i = 0; i < paragraphs.length; i++) {
      if (kinds[i] === 'prose' && !long[i] && captionKeys.has(normalizeForCompare(texts[i]))) kinds[i] = 'caption';
    }
  }

  // 4. Short tag lines after the last prose paragraph ("US and China").
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (kinds[i] === 'title') break;
    if (kinds[i] !== 'prose') continue;
    if (long[i] || !isShortTag(texts[i])) break;
    kinds[i] = 'boilerplate';
  }

  // 5. The outlet naming itself in the furniture.
  for (let i = 0; i < paragraphs.length && out.outlet === undefined; i++) {
    if (kinds[i] === 'boilerplate') out.outlet = outletFromLine(texts[i]);
  }

  // 6. Datelines at the start of the first prose paragraphs.
  let seen = 0;
  for (let i = 0; i < paragraphs.length && seen < DATELINE_PARAGRAPHS; i++) {
    if (kinds[i] !== 'prose') continue;
    seen++;
    const p = paragraphs[i];
    const d = parseDateline(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (d && /[\p{L}\p{N}]/u.test(text.slice(p.start + d.length, Math.min(p.end, p.start + d.length + 40)))) {
      out.datelines.push({ index: i, start: p.start, parsed: d });
    }
  }
  return out;
}
