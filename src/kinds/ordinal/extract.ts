// kind 'ordinal': an ordinal and the noun it ranks — "fifth round", "second
// term", "first in-person meeting", "3rd round", "21st session", "the
// second-largest economy". value: NumberValue, qualifier 'exact', low = high
// = n, unit = the ranked noun, singular and lower case ("round"), reading
// "5th round".
//
// Not ordinals (skipped):
//   - dates: after a month ("October 1st", "Oct. 3rd"), before a month ("1st
//     October"), "the 5th of May", or with no noun after ("on the 5th");
//   - adverbs and discourse markers: "First, …", "at first", "firstly", "first
//     came", "came second" — an ordinal counts only with a noun after it;
//   - "last", "next", "latest" (no number);
//   - fractions: "a third of", "two-thirds", "one fifth" (a cardinal before, or
//     "of" right after);
//   - names and titles: a capitalised ordinal inside a sentence ("First Lady",
//     "Fifth Avenue", "Second World War"), or a capitalised ordinal followed
//     by a capitalised noun, unless the sentence is a title in title case;
//   - caption positions "(2nd L)", "(3rd R)", "second from left";
//   - idioms and periods owned by the date stage: "first time", "first
//     place", "first half", "first quarter", "21st century", "first-hand".
// An ordinal glued to a noun ranks that noun: "a second-term congressman"
// (2nd term), "second-degree sexual abuse" (2nd degree); idioms such as
// "second-rate", "first-class", "first-time" are not ranks.

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import { isCapitalised, isPossessive, tokenize, type Tok } from '../numeric/tokens.js';
import { UNITS, TEENS, TENS } from '../numeric/parse-number.js';
import { buildNumberValue } from '../numeric/interval.js';
import { isMonth, monthBefore } from '../numeric/units.js';
import { forwardNP, headNounAfter } from '../numeric/phrase.js';
import { isStopTok, isVerbPreferred, singular, tagsOf } from '../numeric/lexicon.js';
import { dedupe, makeClaim, safely } from '../numeric/claim.js';

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
};

const ORD_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};

/** Heads that make an idiom or a period rather than a rank. */
const HEAD_EXCLUDE = new Set([
  'time', 'times', 'place', 'hand', 'glance', 'sight', 'thought', 'thoughts', 'nature', 'person', 'half', 'halves',
  'quarter', 'quarters', 'century', 'centuries', 'millennium', 'fiddle', 'guess', 'opinion', 'wind', 'chance',
  'cousin', 'cousins', 'degree', 'aid', 'class', 'rate', 'string', 'light', 'thing', 'things', 'floor', 'overall',
]);

/** Caption positions: "(2nd L)", "second from left". */
const CAPTION_NEXT = new Set(['l', 'r', 'c', 'left', 'right', 'center', 'centre', 'row', 'from']);

/** Value of an ordinal word ("fifth", "twenty-first") or numeral ("21st"), else null. */
/** Nouns that make an idiom, not a rank, when glued to an ordinal ("first-hand", "second-rate", "first-class"). */
const COMPOUND_IDIOMS = new Set(['hand', 'class', 'rate', 'string', 'time', 'timer', 'timers', 'person', 'half', 'quarter', 'century', 'born', 'guess', 'aid', 'ever']);

export function ordinalValue(t: Tok): { n: number; suffixWord?: string; compoundUnit?: string } | null {
  if (t.type === 'ordnum') {
    const m = /^(\d+)(st|nd|rd|th)$/i.exec(t.text);
    if (!m) return null;
    const n = Number(m[1]);
    const suf = m[2].toLowerCase();
    // "21th" is not an ordinal we trust
    if (suf !== ordSuffix(n)) return null;
    return { n };
  }
  if (t.type !== 'word') return null;
  const w = t.lower.replace(/[\u2011\u2010\u2013]/g, '-');
  if (w in ORDINAL_WORDS) return { n: ORDINAL_WORDS[w] };
  const parts = w.split('-');
  if (parts.length === 2) {
    const [x, y] = parts;
    // "twenty-first"
    if (x in TENS && y in ORD_UNITS) return { n: TENS[x] + ORD_UNITS[y] };
    // "second-largest", "first-ever"
    if (x in ORDINAL_WORDS && (/est$/.test(y) || y === 'ever' || y === 'most')) return { n: ORDINAL_WORDS[x], suffixWord: y };
    // "a second-term congressman", "second-degree sexual abuse": the glued noun is what is ranked.
    if (x in ORDINAL_WORDS && !COMPOUND_IDIOMS.has(y) && tagsOf(y).some((tag) => tag === 'NN')) return { n: ORDINAL_WORDS[x], compoundUnit: y };
  }
  if (parts.length === 3) {
    // "twenty-first-century" is a period; "twenty-second-largest" is rare: skip
    return null;
  }
  return null;
}

export function ordSuffix(n: number): string {
  const h = n % 100;
  if (h >= 11 && h <= 13) return 'th';
  switch (n % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}

/** Title case: most content words capitalised (a headline). */
function isTitleLike(tokens: Tok[], sentence: Sentence): boolean {
  if (sentence.isTitle) return true;
  let content = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.text.length < 4 || isStopTok(t)) continue;
    content++;
    if (isCapitalised(t)) caps++;
    if (content > 40) break;
  }
  return content >= 3 && caps / content >= 0.75;
}

function isCardinalWord(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.type === 'num') return true;
  if (t.type !== 'word') return false;
  return t.lower in UNITS || t.lower in TEENS || t.lower in TENS;
}

function extractOrdinals(sentence: Sentence, ctx: ExtractContext | undefined): RawClaim[] {
  const text = sentence.text ?? '';
  if (!text) return [];
  const tokens = tokenize(text);
  const out: RawClaim[] = [];
  let titleLike: boolean | undefined;
  let firstWord = 0;
  while (firstWord < tokens.length && tokens[firstWord].type === 'punct') firstWord++;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'ordnum') continue;
    const ov = ordinalValue(t);
    if (!ov) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // dates
    if (monthBefore(tokens, i) >= 0) continue;
    if (isMonth(next)) continue;
    // "a third of", "the 5th of May", "first of all"
    if (next && next.type === 'word' && next.lower === 'of') continue;
    // "at first"
    if (prev && prev.type === 'word' && prev.lower === 'at') continue;
    // predicative after a verb with no determiner: "came second", "finished third"
    if (!ov.compoundUnit && prev && prev.type === 'word' && !isStopTok(prev) && isVerbPreferred(prev) && !isPossessive(prev)) continue;
    // fractions: "one third", "two fifths"
    if (isCardinalWord(prev)) continue;
    // captions: "(2nd L)", "second from left"
    if (next && next.type === 'word' && CAPTION_NEXT.has(next.lower)) continue;
    // names and titles
    if (t.type === 'word' && isCapitalised(t)) {
      if (titleLike === undefined) titleLike = isTitleLike(tokens, sentence);
      if (!titleLike) {
        if (i > firstWord) continue; // "First Lady", "Fifth Avenue" inside a sentence
        if (isCapitalised(next)) continue; // "First Lady Melania Trump said …"
      }
    }
    if (ov.compoundUnit) {
      // The compound describes the noun after it, if any ("congressman"): the claim runs to it.
      const noun = headNounAfter(tokens, i + 1, false, 2) ?? headNounAfter(tokens, i + 1, true, 2);
      const end = noun ? tokens[noun.headTok].end : t.end;
      const unit = ov.compoundUnit;
      const value = buildNumberValue({ qualifier: 'exact', stated: ov.n, unit, format: () => `${ov.n}${ordSuffix(ov.n)} ${unit}` });
      const c = makeClaim('ordinal', sentence, ctx, t.start, end, value, noun ? text.slice(t.start, end) : unit);
      if (c) out.push(c);
      if (noun) i = noun.headTok;
      continue;
    }
    const h = headNounAfter(tokens, i + 1, false, 3) ?? headNounAfter(tokens, i + 1, true, 3);
    if (!h) continue;
    const head = tokens[h.headTok];
    const hl = head.lower;
    if (HEAD_EXCLUDE.has(hl) || isMonth(head)) continue;
    if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/.test(hl)) continue;
    const unit = singular(head.text);
    const label = `${ov.n}${ordSuffix(ov.n)}${ov.suffixWord ? `-${ov.suffixWord}` : ''}`;
    const value = buildNumberValue({ qualifier: 'exact', stated: ov.n, unit, format: () => `${label} ${unit}` });
    // subject: the ranked phrase, with its "of …" complement ("round of in-person negotiations")
    let subject = text.slice(tokens[h.startTok].start, head.end);
    const after = tokens[h.headTok + 1];
    if (after && after.type === 'word' && after.lower === 'of' && after.spaceBefore) {
      const np = forwardNP(tokens, h.headTok + 2);
      if (np) subject = text.slice(tokens[h.startTok].start, tokens[np.endTok].end);
    }
    if (ov.suffixWord && ov.suffixWord !== 'ever') subject = `${ov.suffixWord} ${subject}`;
    const c = makeClaim('ordinal', sentence, ctx, t.start, head.end, value, subject);
    if (c) out.push(c);
    i = h.headTok;
  }
  return dedupe(out);
}

export const ordinalExtractor: Extractor = {
  kind: 'ordinal',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return safely(() => extractOrdinals(sentence, ctx));
  },
};
