// kind 'tally': the two sides of a vote, "passed 234-193", "a 5-4 decision",
// "by a vote of 52 to 48", "by 52 votes to 48", "voted 7-2", "218 in favor
// and 210 against"; one side alone when only one is stated ("with 218 votes
// in favor", "191 votes against"). A score of a game ("won 3-1") reads the
// same way and is a tally too.
//
// A pair of numbers is a tally only with a cue: a verb of deciding or
// winning just before it ("passed", "approved", "ruled", "won"), or a tally
// noun just after it ("vote", "decision", "ruling", "margin"), or "a vote
// of" before it. Not tallies (skipped):
//   - ranges of things: "10-15 people" (a plural noun that is not a tally
//     noun follows);
//   - dates and years: "Oct. 25-26", "2019-2020" (a month before; figures
//     over 999);
//   - phone numbers and codes: "555-1234", "(202) 555-0143", "0-800" (a
//     figure over 999, a leading zero, or more dashes around);
//   - times: "10-11 a.m." (no cue);
//   - decimals and grouped numbers: "3.5-4", "1,200-1,500" (a tally is two
//     whole numbers).
import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { TallyValue } from '../../model/value.js';
import { tokenize, type Tok } from '../numeric/tokens.js';
import { isMonth, monthBefore } from '../numeric/units.js';
import { isPluralNoun } from '../numeric/lexicon.js';

/** Verbs of deciding or winning whose figures are a tally ("passed 234-193"). */
const CUE_VERBS = new Set([
  'pass', 'passed', 'passes', 'approve', 'approved', 'approves', 'vote', 'voted', 'votes', 'rule', 'ruled', 'rules',
  'reject', 'rejected', 'rejects', 'defeat', 'defeated', 'defeats', 'confirm', 'confirmed', 'confirms', 'adopt',
  'adopted', 'adopts', 'win', 'won', 'wins', 'lose', 'lost', 'loses', 'beat', 'beats', 'uphold', 'upheld', 'upholds',
  'split', 'decided', 'decides', 'cleared', 'clears', 'failed', 'fails', 'sided', 'killed', 'overrode', 'overturned',
  'struck', 'elected', 'endorsed', 'backed', 'blocked', 'sank', 'acquitted', 'convicted', 'ratified', 'sustained',
]);

/** Nouns a tally stands before ("a 5-4 decision", "a 234-193 vote"). */
const CUE_NOUNS = new Set([
  'vote', 'votes', 'decision', 'decisions', 'ruling', 'rulings', 'majority', 'margin', 'tally', 'split', 'verdict',
  'win', 'victory', 'loss', 'defeat', 'count', 'ballot', 'opinion', 'score', 'result',
]);

/** Words a cue verb may stand before the tally across ("approved the plan 234-193", "passed it 52-48"). */
const MAX_CUE_GAP = 4;

const DASHES = new Set(['-', '\u2013', '\u2014', '\u2011', '\u2010']);

function word(t: Tok | undefined, ...w: string[]): t is Tok {
  return !!t && t.type === 'word' && (w.length === 0 || w.includes(t.lower));
}

/** A whole number of votes: up to three digits, no leading zero (bar 0 itself). */
function votes(t: Tok | undefined): number | null {
  if (!t || t.type !== 'num' || !/^(0|[1-9]\d{0,2})$/.test(t.text)) return null;
  return Number(t.text);
}

function cueVerbBefore(tokens: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAX_CUE_GAP; j--) {
    const t = tokens[j];
    if (t.type !== 'word') return false;
    if (CUE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** "vote of", "votes of", "tally of", "margin of" right before token k. */
function voteOfBefore(tokens: Tok[], k: number): boolean {
  return word(tokens[k - 1], 'of') && word(tokens[k - 2], 'vote', 'votes', 'tally', 'margin', 'count');
}

function cueNounAt(tokens: Tok[], k: number): boolean {
  const t = tokens[k];
  return word(t) && t.spaceBefore && CUE_NOUNS.has(t.lower);
}

function reading(f: number | null, a: number | null): string {
  if (f !== null && a !== null) return `${f} for, ${a} against`;
  if (f !== null) return `${f} for (the votes against not stated)`;
  return `${a} against (the votes for not stated)`;
}

function claim(sentence: Sentence, ctx: ExtractContext | undefined, tokens: Tok[], first: number, last: number, f: number | null, a: number | null): RawClaim | null {
  const ls = tokens[first].start;
  const le = tokens[last].end;
  const text = sentence.text.slice(ls, le);
  const start = sentence.start + ls;
  const end = sentence.start + le;
  const src = ctx?.source?.text;
  if (typeof src === 'string' && src.slice(start, end) !== text) return null;
  const value: TallyValue = { type: 'tally', for: f, against: a, reading: reading(f, a) };
  return { kind: 'tally', start, end, text, value };
}

function extractTallies(sentence: Sentence, ctx: ExtractContext | undefined): RawClaim[] {
  const text = sentence.text;
  if (typeof text !== 'string' || !text) return [];
  const tokens = tokenize(text);
  const out: RawClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const x = votes(tokens[i]);
    if (x === null) continue;
    const prev = tokens[i - 1];
    // glued to other figures or signs: "555-0143-2", "+3-1", "(202)"
    if (prev && !tokens[i].spaceBefore && prev.type === 'punct' && !'($'.includes(prev.text)) continue;
    if (prev && prev.type === 'punct' && prev.text === '$') continue;
    if (prev && (prev.type === 'num' || prev.type === 'code')) continue;
    if (monthBefore(tokens, i) >= 0) continue;

    // "234-193", "234 – 193"
    const d = tokens[i + 1];
    if (d && d.type === 'punct' && DASHES.has(d.text)) {
      const y = votes(tokens[i + 2]);
      const after = tokens[i + 3];
      const glued = after && !after.spaceBefore && (after.type === 'punct' ? DASHES.has(after.text) || after.text === '/' : true);
      if (y !== null && !glued) {
        const nounNext = cueNounAt(tokens, i + 3);
        const other = word(after) && after.spaceBefore && isPluralNoun(after) && !CUE_NOUNS.has(after.lower);
        if (!other && !isMonth(after) && (nounNext || cueVerbBefore(tokens, i) || voteOfBefore(tokens, i) || word(prev, 'by') && cueVerbBefore(tokens, i - 1))) {
          const c = claim(sentence, ctx, tokens, i, i + 2, x, y);
          if (c) out.push(c);
          i += 2;
          continue;
        }
      }
    }
    // "a vote of 52 to 48", "52 votes to 48", "a 52 to 48 vote"
    const withVotes = word(tokens[i + 1], 'votes', 'vote');
    const toTok = withVotes ? i + 2 : i + 1;
    if (word(tokens[toTok], 'to')) {
      const y = votes(tokens[toTok + 1]);
      if (y !== null) {
        const nounNext = cueNounAt(tokens, toTok + 2);
        if (withVotes || voteOfBefore(tokens, i) || nounNext) {
          const c = claim(sentence, ctx, tokens, i, toTok + 1, x, y);
          if (c) out.push(c);
          i = toTok + 1;
          continue;
        }
      }
    }
    // "218 (votes) in favor (and 210 against)", "191 votes against"
    const k = withVotes ? i + 2 : i + 1;
    if (word(tokens[k], 'in') && word(tokens[k + 1], 'favor', 'favour')) {
      let end = k + 1;
      let against: number | null = null;
      // "… and 210 (votes) against", "… to 210 against"
      if (word(tokens[k + 2], 'and', 'to', 'with')) {
        const y = votes(tokens[k + 3]);
        const yv = word(tokens[k + 4], 'votes', 'vote') ? k + 5 : k + 4;
        if (y !== null && word(tokens[yv], 'against', 'opposed')) {
          against = y;
          end = yv;
        }
      }
      const c = claim(sentence, ctx, tokens, i, end, x, against);
      if (c) out.push(c);
      i = end;
      continue;
    }
    if (withVotes && word(tokens[i + 2], 'against')) {
      const c = claim(sentence, ctx, tokens, i, i + 2, null, x);
      if (c) out.push(c);
      i += 2;
    }
  }
  return out;
}

export const tallyExtractor: Extractor = {
  kind: 'tally',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    try {
      return extractTallies(sentence, ctx);
    } catch {
      // An extractor must not throw: a sentence it cannot read yields no tallies.
      return [];
    }
  },
};
