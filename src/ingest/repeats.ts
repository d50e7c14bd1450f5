// Repeats: a paragraph or sentence whose normalised text already appeared
// earlier in the same article is one statement, not two. Only the later
// copies are marked.

import { normalizeForCompare, sentenceSpansOf, type Span } from './segment.js';

/**
 * Spans (paragraphs or sentences) among `units` whose text repeats an
 * earlier paragraph or sentence. `units` are the prose stretches in order
 * of appearance (a paragraph minus its dateline prefix).
 */
export function findRepeats(text: string, units: Span[]): Span[] {
  const seen = new Set<string>();
  const repeats: Span[] = [];
  // Consecutive repeats separated only by whitespace become one span, so a
  // page pasted twice costs one region, not thousands.
  const add = (s: Span) => {
    const last = repeats[repeats.length - 1];
    if (last && s.start - last.end <= 64 && text.slice(last.end, s.start).trim() === '') last.end = s.end;
    else repeats.push({ start: s.start, end: s.end });
  };
  for (const unit of units) {
    const key = normalizeForCompare(text.slice(unit.start, unit.end));
    if (key === '') continue;
    if (seen.has(key)) {
      add(unit);
      continue;
    }
    seen.add(key);
    const sentences = sentenceSpansOf(text, unit.start, unit.end);
    if (sentences.length < 2) continue;
    for (const s of sentences) {
      const k = normalizeForCompare(text.slice(s.start, s.end));
      if (seen.has(k)) add(s);
      else seen.add(k);
    }
  }
  return repeats;
}
