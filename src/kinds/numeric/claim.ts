// Building RawClaims with file offsets, and the never-throw wrapper.

import type { ClaimKind } from '../../model/claim.js';
import type { ExtractContext, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { NumberValue } from '../../model/value.js';

/**
 * A RawClaim for the local span [ls, le) of the sentence. Offsets become file
 * offsets (sentence.start + local). When the source text is at hand and does
 * not hold the same characters at those offsets (a sentence whose text was
 * altered), the claim is dropped rather than given wrong offsets.
 */
export function makeClaim(
  kind: ClaimKind,
  sentence: Sentence,
  ctx: ExtractContext | undefined,
  ls: number,
  le: number,
  value: NumberValue,
  subjectHint?: string,
): RawClaim | null {
  if (!(le > ls)) return null;
  const text = sentence.text.slice(ls, le);
  const start = sentence.start + ls;
  const end = sentence.start + le;
  const src = ctx?.source?.text;
  if (typeof src === 'string' && src.slice(start, end) !== text) return null;
  const c: RawClaim = { kind, start, end, text, value };
  if (subjectHint && subjectHint.trim()) c.subjectHint = subjectHint.trim();
  return c;
}

/** Run an extractor body; any exception yields no claims for that sentence. */
export function safely(fn: () => RawClaim[]): RawClaim[] {
  try {
    const r = fn();
    return Array.isArray(r) ? r : [];
  } catch {
    return [];
  }
}

/** Sort by start, drop claims that overlap an earlier (longer-first) claim. */
export function dedupe(claims: RawClaim[]): RawClaim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawClaim[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}
