// Low-level text segmentation shared by ingestion (which needs paragraphs and
// sentences to find boilerplate and repeats) and by the sentence splitter.
// Pure functions over a string and offsets; every loop is linear in the input.
//
// Offsets are indices into the decoded JavaScript string (UTF-16 code units),
// so `text.slice(start, end)` always gives back the span's text.

export interface Span {
  start: number;
  end: number;
}

/** Whitespace, including NBSP, the Unicode spaces, line breaks and a stray BOM. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** The span with surrounding whitespace removed (start === end when only whitespace). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Lines of text[from, to): the content of each line without its line break
 * (a trailing "\r" of a CRLF pair is not part of the content). A lone "\r"
 * also ends a line.
 */
export function lineSpans(text: string, from = 0, to = text.length): Span[] {
  const lines: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push({ start, end });
      start = i + 1;
    } else if (c === 13 && (i + 1 >= to || text.charCodeAt(i + 1) !== 10)) {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < to) lines.push({ start, end: to });
  return lines;
}

const TERMINAL_END = /[.!?:;…"”’)\]]/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * True when the line text[next] is the hard-wrapped continuation of the
 * line text[prev]: the earlier line is long (≥ 40 chars), is not a Markdown
 * heading, does not end with sentence or clause punctuation, and the next
 * line starts with a lower-case letter. Short lines (menus, labels,
 * headlines) never join. Both spans are trimmed, non-empty lines.
 */
export function continuesLine(text: string, prev: Span, next: Span): boolean {
  if (prev.end - prev.start < 40 || text.charCodeAt(prev.start) === 35 /* # */) return false;
  if (TERMINAL_END.test(text.charAt(prev.end - 1))) return false;
  return LOWER_START.test(String.fromCodePoint(text.codePointAt(next.start) ?? 32));
}

/**
 * Paragraphs of text[from, to): blocks separated by line breaks, trimmed.
 * A paragraph is normally one non-blank line (news copy puts one paragraph
 * per line); hard-wrapped Markdown lines are joined by `continuesLine`.
 */
export function paragraphSpans(text: string, from = 0, to = text.length): Span[] {
  const paras: Span[] = [];
  let cur: Span | undefined;
  let prev: Span | undefined;
  for (const line of lineSpans(text, from, to)) {
    const t = trimSpan(text, line.start, line.end);
    if (t.start === t.end) {
      cur = undefined;
      prev = undefined;
      continue;
    }
    if (cur && prev && continuesLine(text, prev, t)) {
      cur.end = t.end;
    } else {
      cur = { start: t.start, end: t.end };
      paras.push(cur);
    }
    prev = t;
  }
  return paras;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Straight-quote and hyphen forms of typographic quotes and dashes. */
function foldChar(c: number): string | undefined {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x60: case 0xb4:
      return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xab: case 0xbb:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      return undefined;
  }
}

/**
 * Text normalised for "is this the same sentence again" comparisons:
 * NFKC, lower case, straight quotes, ASCII hyphens, single spaces, trimmed.
 * One pass over the string.
 */
export function normalizeForCompare(s: string): string {
  if (NON_ASCII.test(s)) s = s.normalize('NFKC');
  const n = s.length;
  let out = '';
  let started = false;
  let pendingSpace = false;
  let runStart = 0; // start of the stretch still to be copied verbatim
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      // A single plain space between words stays inside the verbatim run.
      if (c === 32 && started && i + 1 < n && !isSpace(s.charCodeAt(i + 1)) && !isSpace(s.charCodeAt(i - 1))) continue;
      if (i > runStart) out += s.slice(runStart, i);
      runStart = i + 1;
      if (started) pendingSpace = true;
      continue;
    }
    started = true;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    const folded = c === 0x60 || c >= 0xab ? foldChar(c) : undefined;
    if (folded !== undefined) {
      if (i > runStart) out += s.slice(runStart, i);
      out += folded;
      runStart = i + 1;
    }
  }
  if (n > runStart && !pendingSpace) out += s.slice(runStart, n);
  return out.toLowerCase();
}
