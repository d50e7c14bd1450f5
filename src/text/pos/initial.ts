// A token's candidate Penn tags before context: punctuation and clitics by
// form, numbers and number words, then the lexicon, then spelling guesses
// for words the lexicon lacks. The first candidate is the initial tag.

import { lexiconTags } from './lexicon.js';

const PUNCT: Record<string, string> = {
  '.': '.', '!': '.', '?': '.', ',': ',', ';': ':', ':': ':', '...': ':', '\u2026': ':', '-': ':', '--': ':', '\u2013': ':',
  '\u2014': ':', '(': '-LRB-', '[': '-LRB-', '{': '-LRB-', ')': '-RRB-', ']': '-RRB-', '}': '-RRB-', '"': "''",
  '\u201c': '``', '\u201d': "''", '\u2018': '``', "'": "''", '\u2019': "''", '$': '$', '\u20ac': '$', '\u00a3': '$',
  '\u00a5': '$', '%': 'NN', '#': '#', '&': 'CC', '/': ':',
};

const CLITICS: Record<string, string[]> = {
  "n't": ['RB'], "'s": ['POS', 'VBZ'], "'re": ['VBP'], "'ve": ['VBP'], "'m": ['VBP'], "'ll": ['MD'], "'d": ['MD', 'VBD'],
};

const CARDINALS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion').split(' '),
);
const ORDINALS = new Set(
  ('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
    'sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth thousandth millionth').split(' '),
);
// Counted plurals that the lexicon lacks ("tens of thousands").
const NUMBER_PLURALS = new Set('tens dozens hundreds thousands millions billions trillions'.split(' '));

const NUMBER = /^\d+(?:[.,:]\d+)*(?:-\d+(?:[.,]\d+)*)?(?:s)?$/;
const ORDINAL_DIGITS = /^\d+(?:st|nd|rd|th)$/;

function isCapitalised(w: string): boolean {
  const c = w[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Tags guessed from spelling alone, for a word the lexicon does not know. */
export function guessTags(word: string): string[] {
  const w = word.toLowerCase();
  if (isCapitalised(word)) return /[^s]s$/.test(word) && word !== word.toUpperCase() ? ['NNP', 'NNPS'] : ['NNP'];
  if (w.includes('-')) {
    const parts = w.split('-');
    const last = parts[parts.length - 1];
    // "two-year", "high-level", "well-known": compound modifiers; "by-elections": plural noun.
    if (/(?:ed|ing)$/.test(last) || CARDINALS.has(parts[0]) || /^\d/.test(parts[0])) return ['JJ', 'NN'];
    if (/[^s]s$/.test(last)) return ['NNS', 'JJ'];
    return ['JJ', 'NN'];
  }
  if (/ly$/.test(w)) return ['RB', 'JJ'];
  if (/ing$/.test(w)) return ['VBG', 'NN', 'JJ'];
  if (/ed$/.test(w)) return ['VBN', 'VBD', 'JJ'];
  if (/(?:able|ible|al|ful|ous|ive|ic|less|ish|ian|ese|ary)$/.test(w)) return ['JJ', 'NN'];
  if (/(?:est)$/.test(w)) return ['JJS', 'NN'];
  if (/[^s]s$/.test(w)) return ['NNS', 'VBZ'];
  return ['NN', 'JJ', 'VB'];
}

/**
 * Candidate tags, most likely first. `initial`: first word of the sentence
 * (its capital says nothing); `nextCapitalised`: the following word is
 * capitalised too (a name runs on: "Prime Minister").
 */
export function candidates(word: string, initial: boolean, nextCapitalised: boolean): string[] {
  // Own properties only: "toString" is a word, not a punctuation mark.
  if (Object.hasOwn(PUNCT, word)) return [PUNCT[word]];
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  if (Object.hasOwn(CLITICS, w)) return CLITICS[w];
  if (NUMBER.test(word)) return ['CD'];
  if (ORDINAL_DIGITS.test(w)) return ['JJ'];
  if (CARDINALS.has(w)) return ['CD', 'NN'];
  if (ORDINALS.has(w)) return w === 'second' ? ['JJ', 'NN', 'RB', 'VB'] : ['JJ', 'RB', 'NN'];
  if (NUMBER_PLURALS.has(w)) return ['NNS'];
  const key = word.replace(/\u2019/g, "'");
  const exact = lexiconTags(key);
  if (isCapitalised(word)) {
    const lower = lexiconTags(w);
    // A sentence's first word: read it in lower case unless a name runs on from it.
    if (initial && lower.length && !(nextCapitalised && (exact[0] ?? 'NNP').startsWith('NNP'))) return withRegularPast(w, lower);
    if (exact.length) return withRegularPast(w, exact);
    if (initial && lower.length) return withRegularPast(w, lower);
    return guessTags(word);
  }
  if (exact.length) return withRegularPast(w, exact);
  return guessTags(word);
}

// A regular "-ed" form is both past tense and participle, whichever one the lexicon happened to record.
function withRegularPast(w: string, tags: readonly string[]): string[] {
  const out = [...tags];
  if (/ed$/.test(w)) {
    if (out.includes('VBN') && !out.includes('VBD')) out.push('VBD');
    else if (out.includes('VBD') && !out.includes('VBN')) out.push('VBN');
  }
  return out;
}
