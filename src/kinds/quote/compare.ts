// Quotations: a shorter quote that is part of a longer one is the same
// remark cut differently; the same remark in different words means at most
// one source quotes it verbatim, and an editor must check which.
import levenshtein from 'fast-levenshtein';
import type { Claim } from '../../model/claim.js';
import type { QuoteValue } from '../../model/value.js';
import { sameName } from '../../text/names/same.js';
import { namesSomeone } from './speaker.js';
import { occasionsOf } from '../../text/occasions.js';
import { rawStemOf } from '../../text/terms.js';
import { finding, type Finding } from '../../judge/rule.js';

function contains(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** Word-level similarity 0..1 (edit distance over the word sequence, via a letter per distinct word). */
export function wordSimilarity(a: string[], b: string[]): number {
  const alphabet = new Map<string, string>();
  const enc = (ws: string[]) =>
    ws.map((w) => {
      let ch = alphabet.get(w);
      if (!ch) alphabet.set(w, (ch = String.fromCodePoint(0x4e00 + alphabet.size)));
      return ch;
    }).join('');
  const ea = enc(a);
  const eb = enc(b);
  const n = Math.max(ea.length, eb.length);
  return n === 0 ? 1 : 1 - levenshtein.get(ea, eb) / n;
}

// Bodies rather than people: their statements are written, often translated.
const INSTITUTION =
  /\b(?:ministry|department|government|office|agency|commission|council|committee|court|police|authorit(?:y|ies)|bureau|administration|company|spokes(?:man|woman|person)|embassy|parliament|congress|cabinet|white house|kremlin|un|nato)\b/i;

function institutional(speaker: string | undefined): boolean {
  return speaker !== undefined && INSTITUTION.test(speaker);
}

/** Share of the shorter quotation's distinct words found in the other. */
function sharedShare(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(long);
  const distinct = [...new Set(short)];
  return distinct.length ? distinct.filter((w) => set.has(w)).length / distinct.length : 0;
}

/** Where a quotation was cut: "...", "…", " -- ", " — ". */
const CUT = /\.{3}|…|\s--\s|\s—\s/u;

/** An editor's insertions in brackets, which are not the speaker's words. */
const INSERTION = /\([^)]*\)|\[[^\]]*\]/g;

/** Word runs of a quotation between its cuts ("…", "...", " -- "): each may stand anywhere in the fuller quotation, in order. */
function fragments(v: QuoteValue): string[][] {
  return v.quoted
    .split(CUT)
    .map((part) => part.toLowerCase().replace(/[’]/g, "'").split(/[^\p{L}\p{N}'-]+/u).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean))
    .filter((ws) => ws.length > 0);
}

/** True when every fragment of `short` appears, whole and in order, in `long`'s words. */
function containsInOrder(long: string[], parts: string[][]): boolean {
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    let found = -1;
    outer: for (let i = from; i + part.length <= long.length; i++) {
      for (let j = 0; j < part.length; j++) if (long[i + j] !== part[j]) continue outer;
      found = i;
      break;
    }
    if (found < 0) return false;
    from = found + part.length;
  }
  return true;
}

/** A quotation's words for matching: editors' insertions in brackets dropped, "&" read as "and", word stems. */
function cutWords(quoted: string): string[][] {
  return quoted
    .replace(INSERTION, ' ')
    .replace(/&/g, ' and ')
    .split(CUT)
    .map((part) => part.toLowerCase().replace(/[’]/g, "'").split(/[^\p{L}\p{N}']+/u).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean).map(rawStemOf))
    .filter((ws) => ws.length > 0);
}

/** Longest run of words both sequences share: [start in a, start in b, length]. */
function longestRun(a: string[], b: string[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  const prev = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best[2]) best = [i - prev[j], j - prev[j], prev[j]];
      diag = up;
    }
  }
  return best;
}

/**
 * Two cuts of one remark: one quotation is the other with words cut away
 * (at its ends, at ellipses, or editors' brackets), or the two overlap
 * where one starts later and the other ends earlier ("… we want to have.
 * We're the ones …" against "We're the ones … raiding"). Any word changed
 * inside the shared stretch makes them two renderings, not two cuts.
 */
export function cutsOfOneRemark(qa: string, qb: string): boolean {
  const fa = cutWords(qa);
  const fb = cutWords(qb);
  const wa = fa.flat();
  const wb = fb.flat();
  if (wa.length === 0 || wb.length === 0) return false;
  const [shortParts, long] = wa.length <= wb.length ? [fa, wb] : [fb, wa];
  if (containsInOrder(long, shortParts)) return true;
  if (wa.length > 300 || wb.length > 300) return false;
  // Overlapping cuts, fragment against fragment: "… we want to have. We're
  // the ones …" against "We're the ones … raiding. … We're the ones …".
  for (const pa of fa) {
    for (const pb of fb) {
      const [sa, sb, n] = longestRun(pa, pb);
      if (n < 4) continue;
      const startsCut = sa === 0 || sb === 0;
      const endsCut = sa + n === pa.length || sb + n === pb.length;
      if (startsCut && endsCut) return true;
    }
  }
  return false;
}

/** A quotation's letters and digits only, lower case, accents dropped: "F.B.I. Special Agent" and "FBI special agent" read alike, as do "paid in to" and "paid into". */
function letters(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when the shorter quotation, cut at its ellipses, stands letter for
 * letter and in order in the longer one once spaces, punctuation and case
 * are set aside: the same words, spelled or punctuated differently.
 */
function sameLettersInOrder(qa: string, qb: string): boolean {
  const la = letters(qa);
  const lb = letters(qb);
  const [short, long] = la.length <= lb.length ? [qa, lb] : [qb, la];
  const parts = short
    .replace(INSERTION, ' ')
    .split(CUT)
    .map(letters)
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.reduce((n, p) => n + p.length, 0) < 12) return false;
  let from = 0;
  for (const part of parts) {
    const at = long.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}


/** A quotation this short beside a much longer one is a phrase, not a rendering of the whole remark. */
export const SHORT_PHRASE_WORDS = 3;

/** Below this share of the shorter quotation's words, two quotations are two remarks, not one misquoted. */
export const ONE_REMARK_SHARE = 0.5;

export function compareQuotes(a: Claim, b: Claim): Finding {
  const va = a.value as QuoteValue;
  const vb = b.value as QuoteValue;
  const speakersDiffer = va.speaker && vb.speaker && !sameName(va.speaker, vb.speaker) && namesSomeone(va.speaker) && namesSomeone(vb.speaker);
  const same = va.words.join(' ') === vb.words.join(' ');
  const partial =
    !same &&
    (contains(va.words, vb.words) || contains(vb.words, va.words) ||
      containsInOrder(va.words, fragments(vb)) || containsInOrder(vb.words, fragments(va)) ||
      cutsOfOneRemark(va.quoted, vb.quoted) || sameLettersInOrder(va.quoted, vb.quoted));
  if ((same || partial) && speakersDiffer) {
    return finding('scope-differs', 'quote/attributed-differently', `The same words are attributed to ${va.speaker} in one and ${vb.speaker} in the other.`);
  }
  if (same) return finding('agree', 'quote/same-words', 'Word for word the same.');
  if (partial) {
    return finding('compatible', 'quote/partial', 'One quotation is part of the other.');
  }
  // A quoted phrase of a few words that the other quotation does not hold
  // ("no daylight" beside a full sentence) is more likely taken from another
  // part of the remark than a misquote of this one.
  const shorter = Math.min(va.words.length, vb.words.length);
  if (shorter <= SHORT_PHRASE_WORDS && Math.max(va.words.length, vb.words.length) > SHORT_PHRASE_WORDS + 2) {
    return finding('scope-differs', 'quote/short-phrase',
      `One quotation is a phrase of ${shorter} word${shorter === 1 ? '' : 's'} that the other does not contain: it may come from another part of the remark.`);
  }
  const sim = Math.round(wordSimilarity(va.words, vb.words) * 100);
  const shared = sharedShare(va.words, vb.words);
  if (institutional(va.speaker) && institutional(vb.speaker) && shared >= 0.5) {
    return finding('compatible', 'quote/institutional-wording', `Both quote a statement by ${va.speaker} in different words (${Math.round(shared * 100)}% of the shorter quotation's words are shared). Written statements by institutions are often translated or paraphrased; check the original if the wording matters.`);
  }
  // One speaker on one named occasion (an interview on a programme) quoted
  // in other words is one remark rendered twice: the case an editor most
  // needs to check, however few words the renderings share.
  const sameSpeaker = va.speaker !== undefined && vb.speaker !== undefined && sameName(va.speaker, vb.speaker);
  const oa = occasionsOf(a.sentence.text);
  const sameOccasion = sameSpeaker && occasionsOf(b.sentence.text).some((o) => oa.includes(o));
  if (shared < ONE_REMARK_SHARE && !sameOccasion) {
    return finding('scope-differs', 'quote/different-remarks',
      `The quotations share ${Math.round(shared * 100)}% of the shorter one's words: most likely different remarks${va.speaker ? ` by ${va.speaker}` : ''}, not one remark misquoted.`);
  }
  return finding('conflict', 'quote/wording-differs',
    `The same remark${va.speaker ? ` by ${va.speaker}` : ''} is quoted in different words (${sim}% of the wording matches): at most one can be verbatim. Check against a recording or transcript.`);
}
