// A claim's sentence cut in three around its value, for highlighting in
// every report and in the review. Text from sources is hostile: each part
// is sanitized (control, bidi and zero-width characters out).
import type { Claim } from '../model/claim.js';
import { oneLine, sanitizeForTerminal } from '../text/sanitize.js';

export interface SentenceParts {
  before: string;
  value: string;
  after: string;
}

/**
 * The sentence around a claim split at the value, sanitized, whitespace
 * folded, cut at word boundaries to about `max` characters with "…".
 */
export function sentenceParts(c: Claim, max = 320): SentenceParts {
  const s = c.sentence;
  const a = c.start - s.start;
  const b = c.end - s.start;
  const fold = (x: string) => sanitizeForTerminal(x).replace(/\s+/g, ' ');
  if (a < 0 || b > s.text.length || a > b || s.text.slice(a, b) !== c.text) {
    // Offsets that do not slice the sentence: show the value alone rather than a wrong highlight.
    return { before: '', value: oneLine(c.text), after: '' };
  }
  let before = fold(s.text.slice(0, a)).trimStart();
  let after = fold(s.text.slice(b)).trimEnd();
  const value = fold(s.text.slice(a, b));
  const room = Math.max(40, Math.floor((max - value.length) / 2));
  if (before.length > room) before = `…${before.slice(before.length - room).replace(/^\S*\s/, '')}`;
  if (after.length > room) after = `${after.slice(0, room).replace(/\s\S*$/, '')}…`;
  return { before, value, after };
}
