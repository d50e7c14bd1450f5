// Source → sentences. Paragraphs are the blocks between line breaks
// (spans.ts); inside a paragraph, sentences end at . ! ? … followed by a
// space and a capital or an opening quote (boundaries.ts). Excluded regions
// never reach a sentence: each paragraph is cut around them first.
// Linear in the size of the file.

import type { Sentence, Source } from '../../model/source.js';
import { sentenceSpans } from './boundaries.js';
import { paragraphSpans, type Span } from './spans.js';

/** Markdown block marks at the start of a paragraph: "## ", "> ", "- ", "1. ". */
const BLOCK_MARK = /^(?:#{1,6}\s+|>\s*|[-*+•]\s+|\d{1,3}[.)]\s+)/;

export function splitSentences(source: Source): Sentence[] {
  const { text, excluded, titleSpan, datelinePlace } = source;
  const out: Sentence[] = [];
  let paragraph = 0;
  let x = 0; // first excluded region that may still overlap (regions are sorted)
  for (const p of paragraphSpans(text, source.bodyStart)) {
    while (x < excluded.length && excluded[x].end <= p.start) x++;
    let emitted = false;
    const emit = (s: Span, isTitle: boolean, isDateline = false) => {
      const sentence: Sentence = {
        sourceId: source.id,
        index: out.length,
        paragraph,
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
      };
      if (isTitle) sentence.isTitle = true;
      if (isDateline) sentence.isDateline = true;
      out.push(sentence);
      emitted = true;
    };
    if (titleSpan && titleSpan.start >= p.start && titleSpan.end <= p.end && !overlapsExcluded(titleSpan, excluded, x)) {
      emit(titleSpan, true);
      paragraph++;
      continue;
    }
    // The dateline's place, inside its excluded region: a sentence of its own.
    if (datelinePlace && datelinePlace.start >= p.start && datelinePlace.end <= p.end) emit(datelinePlace, false, true);
    const mark = BLOCK_MARK.exec(text.slice(p.start, Math.min(p.end, p.start + 12)));
    const from = p.start + (mark ? mark[0].length : 0);
    for (const seg of allowedSegments(from, p.end, excluded, x)) {
      for (const s of sentenceSpans(text, seg.start, seg.end)) emit(s, false);
    }
    if (emitted) paragraph++;
  }
  return out;
}

function overlapsExcluded(s: Span, excluded: Source['excluded'], from: number): boolean {
  for (let i = from; i < excluded.length && excluded[i].start < s.end; i++) if (excluded[i].end > s.start) return true;
  return false;
}

/** [start, end) minus the excluded regions, scanning from region index `from`. */
function allowedSegments(start: number, end: number, excluded: Source['excluded'], from: number): Span[] {
  const segs: Span[] = [];
  let cur = start;
  for (let i = from; i < excluded.length && excluded[i].start < end; i++) {
    const r = excluded[i];
    if (r.end <= cur) continue;
    if (r.start > cur) segs.push({ start: cur, end: r.start });
    cur = Math.max(cur, r.end);
    if (cur >= end) break;
  }
  if (cur < end) segs.push({ start: cur, end });
  return segs;
}
