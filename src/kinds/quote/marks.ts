// Quotation marks in a paragraph: where quotations open and close, the
// text with quotations masked, and its sentence bounds (quote-aware: a
// full stop inside a quotation does not end the sentence).

export interface Mark {
  open: number;
  close: number; // index of the closing mark
}

// ---------------------------------------------------------------------------
// Quotation marks

export const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘:;,]/u;

export function findMarks(text: string): Mark[] {
  const out: Mark[] = [];
  const n = text.length;
  // Next “ and ” after a position, found once and reused (keeps the scan linear).
  let nextClose = -2;
  let nextOpen = -2;
  let noRsquo = false;
  const after = (ch: string, pos: number, cur: number): number => (cur === -1 || cur > pos ? cur : text.indexOf(ch, pos + 1));
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) {
      // “ … ”
      nextClose = after('”', i, nextClose);
      const close = nextClose;
      if (close < 0) break;
      nextOpen = after('“', i, nextOpen);
      const reopen = nextOpen;
      if (reopen >= 0 && reopen < close) {
        // An unclosed opening mark: skip it.
        i = reopen;
        continue;
      }
      out.push({ open: i, close });
      i = close + 1;
      continue;
    }
    if (c === 0x22) {
      const prev = i > 0 ? text.charAt(i - 1) : ' ';
      const next = text.charAt(i + 1);
      if ((i === 0 || OPEN_CONTEXT.test(prev)) && next !== '' && !/\s/u.test(next)) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) break;
        out.push({ open: i, close });
        i = close + 1;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x2018) {
      // ‘ … ’ : the closing ’ must not be an apostrophe inside or after a word.
      const prev = i > 0 ? text.charAt(i - 1) : ' ';
      const next = text.charAt(i + 1);
      if ((i === 0 || OPEN_CONTEXT.test(prev)) && /[\p{L}\p{N}]/u.test(next)) {
        let k = i + 1;
        let close = -1;
        while (k < n && k - i < 600 && !noRsquo) {
          const q = text.indexOf('’', k);
          if (q < 0) {
            noRsquo = true;
            break;
          }
          if (q - i > 600) break;
          const after = text.charAt(q + 1);
          const before = text.charAt(q - 1);
          const apostrophe = /[\p{L}\p{N}]/u.test(after) || (before === 's' && /\s/u.test(after) && /^\s+\p{Ll}/u.test(text.slice(q + 1, q + 4)));
          if (!apostrophe && !/\s/u.test(before)) {
            close = q;
            break;
          }
          k = q + 1;
        }
        if (close > 0) {
          out.push({ open: i, close });
          i = close + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    i++;
  }
  return out;
}

/** Lower-case word tokens of a quotation, punctuation removed, apostrophes straight. */
export function quoteWords(quoted: string): string[] {
  return quoted.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** True for a quoted name rather than a remark ("Section 301", “Entity List”). */
export function looksLikeName(inner: string): boolean {
  const ws = inner.trim().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (ws.length > 4 || /[.!?,;:]\s*$/u.test(inner.trim())) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export function wordCount(inner: string): number {
  return inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// ---------------------------------------------------------------------------
// Sentences of a paragraph (quotations masked, so no split falls inside one)

export const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'prof', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'inc', 'co', 'corp',
  'ltd', 'vs', 'jr', 'sr', 'pres', 'amb', 'atty', 'supt', 'dept', 'est', 'approx',
]);

export function sentenceSplit(masked: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const n = masked.length;
  for (let i = 0; i < n; i++) {
    const c = masked.charAt(i);
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && /["”’)\]]/u.test(masked.charAt(j))) j++;
    if (j >= n || !/\s/u.test(masked.charAt(j))) continue;
    let k = j;
    while (k < n && /\s/u.test(masked.charAt(k))) k++;
    if (k >= n || !/[\p{Lu}“"‘(]/u.test(masked.charAt(k))) continue;
    if (c === '.' && j === i + 1) {
      let b = i;
      while (b > 0 && /[\p{L}.]/u.test(masked.charAt(b - 1)) && i - b < 20) b--;
      const word = masked.slice(b, i);
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word) || ABBREV.has(word.toLowerCase())) continue;
    }
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}

/** A copy of `text` with quotation interiors blanked (final . ! ? kept), same length. */
export function maskQuotes(text: string, marks: Mark[]): string {
  let out = '';
  let pos = 0;
  for (const m of marks) {
    out += text.slice(pos, m.open + 1);
    const inner = text.slice(m.open + 1, m.close);
    const keep = /[.!?]+\s*$/u.exec(inner);
    const blankLen = keep ? inner.length - keep[0].length : inner.length;
    out += ' '.repeat(blankLen) + (keep ? keep[0] : '');
    pos = m.close;
  }
  return out + text.slice(pos);
}
