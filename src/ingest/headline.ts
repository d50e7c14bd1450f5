// Headline detection for articles without a front-matter title.

import { normalizeForCompare } from './segment.js';

/** Leading Markdown heading marks ("# ", "## "). */
export const HEADING_MARK = /^#{1,6}\s+/;

/**
 * True when a paragraph reads like a headline: at most 150 characters, at
 * least two words, contains a letter, and does not end with a period, a
 * colon or a comma (a Markdown "# heading" may end with a period).
 */
export function looksLikeHeadline(paragraph: string): boolean {
  const heading = HEADING_MARK.test(paragraph);
  const s = paragraph.replace(HEADING_MARK, '').trim();
  if (s.length === 0 || s.length > 150) return false;
  if (!/\p{L}/u.test(s)) return false;
  if (s.split(/\s+/).length < 2) return false;
  if (/[:,;]$/.test(s)) return false;
  if (!heading && /\.$/.test(s) && !/\.\.\.$/.test(s)) return false;
  return true;
}

/** Same headline, ignoring case, quote and dash styles and spacing. */
export function sameTitle(a: string, b: string): boolean {
  return normalizeForCompare(a.replace(HEADING_MARK, '')) === normalizeForCompare(b.replace(HEADING_MARK, ''));
}
