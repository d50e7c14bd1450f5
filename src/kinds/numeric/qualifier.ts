// Qualifier words written just before (or, for a few, just after) a number,
// and the shapes of a stated range. All matching is over tokens, backwards
// or forwards by a bounded number of tokens (never a regex over the line).

import type { NumberQualifier } from '../../model/value.js';
import type { Tok } from './tokens.js';

export interface QualifierMatch {
  qualifier: NumberQualifier;
  /** First token of the qualifier phrase. */
  startTok: number;
  /** The phrase, lower case, words joined by one space ("more than"). */
  phrase: string;
}

// Longest phrases first so "just under" wins over "under", "no more than" over "more than".
const PHRASES: Array<[string, NumberQualifier]> = [
  // more-than: an exclusive lower bound
  ['slightly more than', 'more-than'],
  ['a little more than', 'more-than'],
  ['a little over', 'more-than'],
  ['well over', 'more-than'],
  ['well above', 'more-than'],
  ['just over', 'more-than'],
  ['just above', 'more-than'],
  ['slightly over', 'more-than'],
  ['slightly above', 'more-than'],
  ['in excess of', 'more-than'],
  ['upwards of', 'more-than'],
  ['north of', 'more-than'],
  ['more than', 'more-than'],
  ['greater than', 'more-than'],
  ['higher than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['exceeding', 'more-than'],
  ['topping', 'more-than'],
  // at-least: an inclusive lower bound
  ['no fewer than', 'at-least'],
  ['not fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['as few as', 'at-least'],
  ['as little as', 'at-least'],
  ['as low as', 'at-least'],
  ['at least', 'at-least'],
  // at-most: an inclusive upper bound
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['a maximum of', 'at-most'],
  ['not exceeding', 'at-most'],
  ['at most', 'at-most'],
  ['at the most', 'at-most'],
  // up-to: a stated maximum, read as [0, X]
  ['as high as', 'up-to'],
  ['as much as', 'up-to'],
  ['as many as', 'up-to'],
  ['as large as', 'up-to'],
  ['up to', 'up-to'],
  // nearly: just below
  ['just under', 'nearly'],
  ['just below', 'nearly'],
  ['just shy of', 'nearly'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'approximately'],
  // less-than: an exclusive upper bound
  ['well under', 'less-than'],
  ['well below', 'less-than'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['lower than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  // approximately
  ['an estimated', 'approximately'],
  ['approximately', 'approximately'],
  ['roughly', 'approximately'],
  ['about', 'approximately'],
  ['around', 'approximately'],
  ['some', 'approximately'],
  ['estimated', 'approximately'],
  ['circa', 'approximately'],
  ['approx', 'approximately'],
];

const SPLIT: Array<[string[], NumberQualifier, string]> = PHRASES.map(([p, q]) => [p.split(' '), q, p] as [string[], NumberQualifier, string]).sort(
  (a, b) => b[0].length - a[0].length,
);

/**
 * The qualifier phrase ending right before token `tok` (the first token of
 * the number, or of its currency sign). Tokens of the phrase must be words
 * separated by spaces only.
 */
export function qualifierBefore(tokens: Tok[], tok: number): QualifierMatch | null {
  for (const [words, q, phrase] of SPLIT) {
    const k = words.length;
    const first = tok - k;
    if (first < 0) continue;
    let ok = true;
    for (let m = 0; m < k; m++) {
      const t = tokens[first + m];
      if (t.type !== 'word' || t.lower !== words[m]) {
        ok = false;
        break;
      }
      // the phrase words and the number are separated by whitespace only
      const nextT = tokens[first + m + 1];
      if (!nextT || !nextT.spaceBefore) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier: q, startTok: first, phrase };
  }
  return null;
}

export interface PostQualifier {
  qualifier: NumberQualifier;
  /** Last token of the phrase. */
  endTok: number;
  phrase: string;
}

/** "90% or more", "$5 million or less", "400 or so": a qualifier right after token `after - 1`. */
export function qualifierAfter(tokens: Tok[], after: number): PostQualifier | null {
  const a = tokens[after];
  const b = tokens[after + 1];
  if (!a || !b || a.type !== 'word' || b.type !== 'word' || a.lower !== 'or' || !a.spaceBefore || !b.spaceBefore) return null;
  const w = b.lower;
  if (w === 'more' || w === 'higher' || w === 'above' || w === 'greater') return { qualifier: 'at-least', endTok: after + 1, phrase: `or ${w}` };
  if (w === 'less' || w === 'fewer' || w === 'lower' || w === 'below') return { qualifier: 'at-most', endTok: after + 1, phrase: `or ${w}` };
  if (w === 'so') return { qualifier: 'approximately', endTok: after + 1, phrase: 'or so' };
  return null;
}

// ---------------------------------------------------------------------------
// Ranges: "between 10 and 20", "from 10% to 20%", "10-20%", "10 to 20 percent".

export type RangeIntro = 'between' | 'from' | null;

/** "between"/"from" right before token `tok` (the range's first token). */
export function rangeIntroBefore(tokens: Tok[], tok: number): { word: RangeIntro; tok: number } {
  const p = tokens[tok - 1];
  if (p && p.type === 'word' && (p.lower === 'between' || p.lower === 'from') && tokens[tok].spaceBefore) {
    return { word: p.lower as RangeIntro, tok: tok - 1 };
  }
  return { word: null, tok };
}

/**
 * Is token `tok` a range connector, given the intro word? Returns the
 * connector kind: 'dash' ("10-20", "10 – 20"), 'to' ("10 to 20",
 * "10 through 20"), 'and' (only after "between").
 */
export function rangeConnector(tokens: Tok[], tok: number, intro: RangeIntro): 'dash' | 'to' | 'and' | null {
  const t = tokens[tok];
  if (!t) return null;
  if (t.type === 'punct' && (t.text === '-' || t.text === '\u2013' || t.text === '\u2014' || t.text === '\u2011' || t.text === '\u2010')) {
    if (intro === 'between') return null;
    return 'dash';
  }
  if (t.type !== 'word') return null;
  if (t.lower === 'and') return intro === 'between' ? 'and' : null;
  if (t.lower === 'to' || t.lower === 'through' || t.lower === 'thru') {
    if (intro === 'between') return null;
    return 'to';
  }
  return null;
}

// Verbs that describe a change of value; "rose from 10% to 20%" states two
// values (before and after), not a range.
const CHANGE_VERBS = new Set(
  (
    'rose risen rise rises rising fell fallen fall falls falling increased increase increases increasing ' +
    'decreased decrease decreases decreasing raised raise raises raising cut cuts cutting reduced reduce reduces reducing ' +
    'lowered lower lowers lowering grew grow grows growing jumped jump jumps jumping climbed climb climbs climbing ' +
    'dropped drop drops dropping declined decline declines declining slashed slash slashing hiked hike hikes hiking ' +
    'boosted boost boosts boosting went go goes going moved move moves changed change changes surged surge surges ' +
    'soared soar soars plunged plunge plunges tumbled tumble slid slide slides eased ease eases easing edged edge ' +
    'doubled tripled halved trimmed trim lifted lift lifts revised revise upgraded downgraded shrank shrink shrunk ' +
    'expanded expand widened narrowed accelerated slowed ticked spiked spike'
  ).split(' '),
);

/** A change verb within `window` tokens before token `tok` (stopping at sentence punctuation). */
export function changeVerbBefore(tokens: Tok[], tok: number, window = 5): boolean {
  for (let k = tok - 1; k >= 0 && k >= tok - window; k--) {
    const t = tokens[k];
    if (t.type === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '.')) return false;
    if (t.type === 'word' && CHANGE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Plain words for a qualifier, used in readings. */
export const QUALIFIER_WORDS: Record<NumberQualifier, string> = {
  exact: 'exactly',
  'more-than': 'more than',
  'at-least': 'at least',
  'less-than': 'less than',
  'at-most': 'at most',
  'up-to': 'up to',
  approximately: 'about',
  nearly: 'nearly',
  range: 'between',
  vague: '',
};

/** First token of a range's text: "between"/"from" belong to it, except "from" before a dash range ("from 10-20%"). */
export function rangeStartTok(intro: { word: RangeIntro; tok: number }, conn: 'dash' | 'to' | 'and', firstTok: number): number {
  if (intro.word === 'from' && conn === 'dash') return firstTok;
  return intro.tok;
}
