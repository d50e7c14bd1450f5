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
const ABBREV =
  'Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Supt|Insp|Rev|Hon|St|Jr|Sr|Inc|Corp|Ltd|Co|Bros|No|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|vs|etc|approx|est|Mt|Ft';

const TOKEN = new RegExp(
  [
    'https?://[^\\s]+', // a URL
    '(?:\\p{L}\\.){2,}', // U.S., a.m., U.N.
    `(?:${ABBREV})\\.(?=\\s|$)`, // Dr. Mr. Jan.
    '\\d+(?:[.,:]\\d+)*(?:-\\d+(?:[.,]\\d+)*)?(?:st|nd|rd|th|s)?(?![\\p{L}\\d])', // 2,000 4.2 4:35 0-5 3rd 1990s
    "\\p{L}+(?=n['\u2019]t\\b)", // do|n't
    "n['\u2019]t\\b", // n't
    "['\u2019](?:s|re|ve|ll|d|m)\\b(?!['\u2019]?\\p{L})", // 's 're 've 'll 'd 'm
    "[\\p{L}\\p{N}]+(?:(?:[-&/]|['\u2019](?!(?:s|re|ve|ll|d|m)\\b))[\\p{L}\\p{N}]+)*", // words, two-year, O'Neill, AT&T
    '\\.{2,}|-{2,}|\u2026', // ellipsis, dashes
    '[^\\s]', // any other single character
  ].join('|'),
  'giu',
);

/** Split `text` into tokens; every token is `text.slice(start, end)`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
