// Sorts the body's paragraphs into prose and non-prose (boilerplate, media
// markers, date lines, captions), finds the headline, the dateline and the
// outlet's self-naming. Paragraph-level only; repeats are found afterwards.

import { paragraphSpans, normalizeForCompare, type Span } from './segment.js';
import { isBoilerplate, isLinkListItem, isMediaMarker, isRelatedHeading, isShortTag } from './boilerplate.js';
import { hasPhotoCredit } from './captions.js';
import { parseDateLine, parseDateline, type DateLine, type Dateline } from './publishedDate.js';
import { outletFromLine } from './outlet.js';
import { HEADING_MARK, looksLikeHeadline, sameTitle } from './headline.js';

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

/** Lines after a "Similar News" heading read as links to other stories, at most. */
const MAX_LINK_LIST = 20;

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

  // 1b. Link lists: after a "Similar News" / "Related" heading, the headline-like
  //     lines that follow (up to the first line of prose) are other stories.
  for (let i = 0; i < paragraphs.length; i++) {
    if (long[i] || !isRelatedHeading(texts[i])) continue;
    kinds[i] = 'boilerplate';
    for (let j = i + 1; j < paragraphs.length && j <= i + MAX_LINK_LIST; j++) {
      if (long[j] || (kinds[j] !== 'prose' && kinds[j] !== 'boilerplate') || !isLinkListItem(texts[j])) break;
      kinds[j] = 'boilerplate';
      i = j;
    }
  }

  // 2. Media markers ("Photo", "BigPhoto"): the paragraph on the line right
  //    after a marker (skipping further markers) is its caption, and so is
  //    the one on the line right before when it repeats that caption (the
  //    page printed it twice). The caption after a marker is never the
  //    headline. Blank lines break adjacency.
  const afterMarker = new Set<number>();
  const beforeMarker = new Map<number, number>(); // paragraph before → paragraph after
  for (let i = 0; i < paragraphs.length; i++) {
    if (kinds[i] !== 'marker' || (i > 0 && kinds[i - 1] === 'marker')) continue;
    let last = i;
    while (last + 1 < paragraphs.length && kinds[last + 1] === 'marker' && adjacent(text, paragraphs[last], paragraphs[last + 1])) last++;
    const after = last + 1 < paragraphs.length && adjacent(text, paragraphs[last], paragraphs[last + 1]) ? last + 1 : -1;
    if (after >= 0) afterMarker.add(after);
    if (i > 0 && after >= 0 && adjacent(text, paragraphs[i - 1], paragraphs[i])) beforeMarker.set(i - 1, after);
  }

  // 3. Headline: the first paragraph that is none of the above.
  let first = -1;
  for (let i = 0; i < paragraphs.length && first < 0; i++) if (kinds[i] === 'prose' && !afterMarker.has(i)) first = i;
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

  // 4. Captions: marker neighbours (not the headline), then every other copy
  //    of a caption's text, so a caption printed twice yields nothing.
  const key = (i: number) => normalizeForCompare(text.slice(paragraphs[i].start, paragraphs[i].end));
  for (const j of afterMarker) if (kinds[j] === 'prose' && !long[j]) kinds[j] = 'caption';
  for (const [j, after] of beforeMarker) if (kinds[j] === 'prose' && kinds[after] === 'caption' && key(j) === key(after)) kinds[j] = 'caption';
  const captionKeys = new Set<string>();
  for (let i = 0; i < paragraphs.length; i++) if (kinds[i] === 'caption') captionKeys.add(key(i));
  if (captionKeys.size > 0) {
    for (let i = 0; i < paragraphs.length; i++) if (kinds[i] === 'prose' && captionKeys.has(key(i))) kinds[i] = 'caption';
  }

  // 5. Short tag lines after the last prose paragraph ("US and China").
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (kinds[i] === 'title') break;
    if (kinds[i] !== 'prose') continue;
    if (long[i] || !isShortTag(texts[i])) break;
    kinds[i] = 'boilerplate';
  }

  // 6. The outlet naming itself in the furniture.
  for (let i = 0; i < paragraphs.length && out.outlet === undefined; i++) {
    if (kinds[i] === 'boilerplate') out.outlet = outletFromLine(texts[i]);
  }

  // 7. Datelines at the start of the first prose paragraphs.
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

/** True when paragraph b starts on the line right after paragraph a ends (no blank line between). */
function adjacent(text: string, a: Span, b: Span): boolean {
  let breaks = 0;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks <= 1;
}
