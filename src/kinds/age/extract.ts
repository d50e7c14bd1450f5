// Ages of people: "the 67-year-old senator", "a 12-year-old", "Maria Smith,
// 45,", "a man aged 30".
//
// Not ages (skipped):
//   - the age of a thing: "a 30-year-old bridge", "the 12-year-old program"
//     (a "-year-old" is read only before a person word, a name, or where it
//     stands for the person itself: "the 67-year-old said");
//   - a number after a comma that is not an appositive: "March 3, 2026"
//     (a month or weekday before it), "In 2020, 45 people" (no comma after
//     it), "However, 45," (a sentence adverb, not a name), numbers over 120.
//
// Every pattern is a bounded regular expression over one sentence, so a
// 100k-character line stays linear.
import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import { buildNumberValue } from '../numeric/interval.js';
import { parseNumber } from '../numeric/parse-number.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../text/names/scan.js';
import { lexiconTags } from '../../text/pos/lexicon.js';
import { decadeSpan } from '../../text/calendar.js';

/**
 * A capitalised first word that is only a common word ("Suspects Udi
 * Hargov, 37"): English usage knows it in lower case and never as a name.
 */
function commonWordOpening(word: string): boolean {
  const bare = word.replace(/[.’']+$/u, '');
  const capitalTags = lexiconTags(bare);
  if (capitalTags.some((t) => t.startsWith('NNP'))) return false;
  return lexiconTags(bare.toLowerCase()).length > 0;
}

const MAX_AGE = 120;

/** People by what they are rather than by office (offices come from the title lexicon). */
const PERSON_WORDS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'toddler', 'teen', 'teenager', 'adult', 'person', 'resident',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'grandmother', 'grandfather',
  'widow', 'widower', 'student', 'pupil', 'driver', 'passenger', 'pedestrian', 'cyclist', 'victim', 'suspect',
  'defendant', 'plaintiff', 'witness', 'patient', 'worker', 'employee', 'farmer', 'teacher', 'nurse', 'doctor',
  'officer', 'soldier', 'veteran', 'player', 'athlete', 'striker', 'goalkeeper', 'actor', 'actress', 'singer',
  'author', 'writer', 'artist', 'founder', 'owner', 'candidate', 'activist', 'lawyer', 'attorney', 'pilot',
  'climber', 'runner', 'swimmer', 'survivor', 'inmate', 'prisoner', 'migrant', 'refugee', 'retiree', 'pensioner',
  'businessman', 'businesswoman', 'entrepreneur', 'executive', 'nominee', 'incumbent', 'challenger', 'champion',
]);

/** Words that may follow "the 67-year-old" when it stands for the person: "the 67-year-old said". */
const AFTER_PERSON: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'was', 'is', 'has', 'had', 'who', 'died', 'remains', 'faces', 'will', 'would',
]);

/** Capitalised words that open a clause rather than name someone: "However, 45, …". */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'however', 'meanwhile', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'by', 'for', 'of', 'the', 'a', 'an',
  'today', 'yesterday', 'tomorrow', 'also', 'still', 'now', 'then', 'since', 'until', 'after', 'before', 'overall',
  'instead', 'moreover', 'furthermore', 'nevertheless', 'indeed', 'again', 'total', 'page', 'room', 'section',
  'chapter', 'article', 'number', 'no', 'age', 'aged', 'ages', 'years', 'year',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

const DASH = '[-‐‑–]';
const WORD = "\\p{L}[\\p{L}’'-]{0,40}";
const NAME_WORD = "\\p{Lu}[\\p{L}’'.-]{0,40}";

/** "67-year-old", "sixty-seven-year-old", "67 year old", then up to three following words. */
const COMPOUND = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|\\p{L}{2,12}(?:${DASH}\\p{L}{2,12})?)(?:${DASH}|\\s)years?(?:${DASH}|\\s)old(?![\\p{L}\\p{N}])((?:\\s+${WORD}){0,3})`,
  'gu',
);

/**
 * "Maria Smith, 45," — a name of up to three capitalised words, a comma, an
 * age, then a comma, stop or bracket, or "and" before the next name and age
 * of a list ("Udi Hargov, 27 and Igal Damary, 49").
 */
const APPOSITIVE = new RegExp(
  `(?<![\\p{L}\\p{N}’'])(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}),\\s(\\d{1,3})(?=\\s*(?:[,;)]|\\.(?!\\d)|$)|\\s+and\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2},\\s\\d{1,3}(?![\\p{N}]|[.,]\\d))`,
  'gu',
);

/** "a man aged 30", "aged 45". */
const AGED = /(?<![\p{L}\p{N}])aged\s(\d{1,3})(?![\p{L}\p{N}.,]\d)(?![\p{L}\p{N}])/gu;

function ageValue(n: number) {
  return buildNumberValue({ qualifier: 'exact', stated: n, unit: 'years', format: (x) => `${x} years old` });
}

/** "in his 30s", "in her late 60s": a decade of someone's life, or part of one. */
const DECADE = /(?<![\p{L}])in\s+(?:his|her|their)\s+(?:(early|mid|late)[\s-])?([1-9])0['’]?s(?![\p{L}\p{N}])/giu;

/** "19 or older", "aged 65 and over", "18 or younger": an age bound. */
const BOUND = /(?<![\p{L}\p{N}.,])(aged\s+)?(\d{1,3})\s+(?:years?\s+(?:old\s+)?)?(?:or|and)\s+(older|younger|over|under)(?![\p{L}])/giu;

/** "between the ages of 12 and 16", "between 12 and 16 years old", "aged 5 to 11". */
const AGE_RANGE = new RegExp(
  [
    '(?<![\\p{L}])between\\s+the\\s+ages\\s+of\\s+(\\d{1,3})\\s+and\\s+(\\d{1,3})(?![\\p{N}])',
    '(?<![\\p{L}])between\\s+(\\d{1,3})\\s+and\\s+(\\d{1,3})\\s+years?(?:\\s+|-)old(?![\\p{L}])',
    '(?<![\\p{L}])(?:aged|ages)\\s+(\\d{1,3})\\s*(?:to|through|-|–)\\s*(\\d{1,3})(?![\\p{N}])',
  ].join('|'),
  'giu',
);

function ageSpan(low: number, high: number, qualifier: 'range' | 'at-least' | 'at-most') {
  return buildNumberValue({
    qualifier,
    stated: low,
    statedHigh: qualifier === 'range' ? high : undefined,
    unit: 'years',
    format: (x) => `${x} years old`,
    formatRange: (a, b) => `${a} to ${b} years old`,
  });
}

/** The age a numeral or number word gives, when it is a plausible one. */
function ageOf(written: string): number | undefined {
  if (/^0\d/.test(written)) return undefined;
  const n = /^\d+$/.test(written) ? Number(written) : parseNumber(written.replace(/[‐‑–]/g, '-'));
  return n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_AGE ? n : undefined;
}

/** Who a "-year-old" describes, from the words after it; undefined when it is not a person. */
function personAfter(following: string): string | undefined {
  const words = following.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const bare = (w: string) => w.replace(/[’'].*$/, '').replace(/[^\p{L}-]+$/u, '');
  let i = 0;
  while (i < words.length && TITLE_MODIFIERS.has(bare(words[i]).toLowerCase())) i++;
  const w = words[i] === undefined ? '' : bare(words[i]);
  if (w === '') return i > 0 ? undefined : '';
  const lower = w.toLowerCase();
  if (PERSON_WORDS.has(lower) || TITLE_HEADS.has(lower)) return lower;
  // A capitalised word: a name ("67-year-old Maria Smith") or an affiliation before an office.
  if (/^\p{Lu}/u.test(w) && !NOT_NAMES.has(lower)) {
    const name = [w];
    for (let j = i + 1; j < words.length && /^\p{Lu}/u.test(words[j]); j++) name.push(bare(words[j]));
    return name.join(' ');
  }
  // "the 67-year-old said": the compound stands for the person.
  if (i === 0 && AFTER_PERSON.has(lower)) return '';
  return undefined;
}

export function extractAges(sentence: Sentence): RawClaim[] {
  const text = sentence.text;
  if (typeof text !== 'string') return [];
  const out: RawClaim[] = [];
  const push = (start: number, end: number, n: number, hint?: string) => {
    out.push({
      kind: 'age',
      start: sentence.start + start,
      end: sentence.start + end,
      text: text.slice(start, end),
      value: ageValue(n),
      ...(hint ? { subjectHint: hint } : {}),
    });
  };
  for (const m of text.matchAll(COMPOUND)) {
    const n = ageOf(m[1]);
    if (n === undefined) continue;
    const who = personAfter(m[2]);
    if (who === undefined) continue;
    push(m.index!, m.index! + m[0].length - m[2].length, n, who || undefined);
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const n = ageOf(m[2]);
    if (n === undefined) continue;
    // Clause openers before the name are not part of it: "Then Maria Smith, 45," names Maria Smith.
    const words = [...m[1].matchAll(/\S+/g)];
    const plain = (w: RegExpMatchArray) => w[0].toLowerCase().replace(/[.’']+$/, '');
    let k = 0;
    while (k < words.length && (NOT_NAMES.has(plain(words[k])) || (k < words.length - 1 && commonWordOpening(words[k][0])))) k++;
    if (k === words.length || NOT_NAMES.has(plain(words[words.length - 1]))) continue;
    const start = m.index! + words[k].index!;
    const name = m[1].slice(words[k].index!);
    push(start, m.index! + m[0].length, n, name);
  }
  for (const m of text.matchAll(AGED)) {
    const n = ageOf(m[1]);
    if (n !== undefined) push(m.index!, m.index! + m[0].length, n);
  }
  // Spans of ages: they replace any single age read inside them ("between 12 and 16 years old").
  const spans: RawClaim[] = [];
  const pushSpan = (start: number, end: number, value: ReturnType<typeof ageSpan>) => {
    spans.push({ kind: 'age', start: sentence.start + start, end: sentence.start + end, text: text.slice(start, end), value });
  };
  for (const m of text.matchAll(DECADE)) {
    const [low, high] = decadeSpan(Number(m[2]) * 10, m[1]);
    pushSpan(m.index!, m.index! + m[0].length, ageSpan(low, high, 'range'));
  }
  for (const m of text.matchAll(BOUND)) {
    const n = ageOf(m[2]);
    const dir = m[3].toLowerCase();
    // "over"/"under" bound an age only after "aged" ("aged 65 and over"); "older"/"younger" always do.
    if (n === undefined || ((dir === 'over' || dir === 'under') && !m[1])) continue;
    pushSpan(m.index!, m.index! + m[0].length, ageSpan(n, n, dir === 'older' || dir === 'over' ? 'at-least' : 'at-most'));
  }
  for (const m of text.matchAll(AGE_RANGE)) {
    const [lo, hi] = [m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6]].map((x) => ageOf(x));
    if (lo === undefined || hi === undefined || hi <= lo) continue;
    pushSpan(m.index!, m.index! + m[0].length, ageSpan(lo, hi, 'range'));
  }
  const inSpan = (c: RawClaim) => spans.some((s) => s.start <= c.start && c.end <= s.end);
  return [...out.filter((c) => !inSpan(c)), ...spans].sort((a, b) => a.start - b.start);
}

export const ageExtractor: Extractor = {
  kind: 'age',
  extract(sentence: Sentence, _ctx: ExtractContext): RawClaim[] {
    try {
      return extractAges(sentence);
    } catch {
      // An extractor must not throw: a sentence it cannot read yields no ages.
      return [];
    }
  },
};
