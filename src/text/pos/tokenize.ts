// Penn-Treebank-style tokens with exact offsets into the given string:
// "$4.2" → "$" "4.2", "8.5%" → "8.5" "%", "team's" → "team" "'s",
// "don't" → "do" "n't"; numbers keep their separators ("2,000", "4:35",
// "0-5"), hyphenated words and abbreviations ("U.S.", "Dr.") stay whole.

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Titles and month abbreviations that end in a period which is not a sentence end.
const ABBREV = new Set(
  ('Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt Sgt Maj Adm Cmdr Supt Insp Rev Hon St Jr Sr Inc Corp Ltd Co Bros No ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun vs etc approx est Mt Ft').split(' '),
);

// One pass of a deliberately simple expression (no case folding, no
// backtracking look-aheads: those made it ten times slower); clitics and
// abbreviation periods are then settled in code.
const TOKEN = new RegExp(
  [
    'https?://[^\\s]+', // a URL
    '(?:\\p{L}\\.){2,}', // U.S., a.m., U.N.
    '\\d+(?:[.,:]\\d+)*(?:-\\d+(?:[.,]\\d+)*)?(?:st|nd|rd|th|s)?(?![\\p{L}\\d])', // 2,000 4.2 4:35 0-5 3rd 1990s
    "[\\p{L}\\p{N}]+(?:[-&/'\u2019][\\p{L}\\p{N}]+)*", // words, two-year, O'Neill, AT&T, it's
    '\\.{2,}|-{2,}|\u2026', // ellipsis, dashes
    '[^\\s]', // any other single character
  ].join('|'),
  'gu',
);

const CLITIC = /^(.+?)(n['\u2019]t|['\u2019](?:s|re|ve|ll|d|m))$/i;

/** Split `text` into tokens; every token is `text.slice(start, end)`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number) => out.push({ text: text.slice(start, end), start, end });
  // exec on the one compiled expression: matchAll would clone it on every call.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const w = m[0];
    const start = m.index;
    let end = start + w.length;
    // "Dr." and "Jan." keep their period when a space or the end follows.
    if (text[end] === '.' && ABBREV.has(w) && (end + 1 === text.length || /\s/.test(text[end + 1]))) {
      end++;
      TOKEN.lastIndex = end;
    }
    const c = w.length > 2 && (w.includes("'") || w.includes('\u2019')) ? CLITIC.exec(w) : null;
    if (c && /\p{L}$/u.test(c[1])) {
      push(start, start + c[1].length);
      push(start + c[1].length, end);
    } else {
      push(start, end);
    }
  }
  return out;
}
