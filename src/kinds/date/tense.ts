// Tense of the clause around a date phrase, from the nearest verb cue.
//
// Only the words near the date count: "China announced on Thursday that it
// will hold talks" reads "on Thursday" with "announced" (past), not with
// "will". The search looks left of the date inside its clause, then right
// inside the clause, then left and right across the sentence (bounded), and
// the first cue found decides. Present-tense "is/are/says" stop the search
// as neutral so a distant reporting verb ("officials said the deadline is
// Friday") does not push a date into the past.

import { lexiconTags } from '../../text/pos/lexicon.js';

export type Tense = 'past' | 'future' | 'neutral';

const FUTURE = new Set([
  'will', 'shall', 'wo', 'upcoming', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended',
  'could', 'might', 'may', 'would', 'should', 'can', 'must', 'scheduled', 'slated', 'forthcoming', 'aims',
]);

/** Words that mark a future when followed by "to" or "for" ("set to", "due for"). */
const FUTURE_WITH_TO = new Set(['set', 'due', 'expected', 'going', 'poised', 'slated', 'scheduled', 'likely', 'about']);

/** Event verbs that, after an infinitive "to", describe something still to happen. */
const FUTURE_INFINITIVE = new Set([
  'meet', 'hold', 'host', 'visit', 'attend', 'travel', 'begin', 'start', 'resume', 'sign', 'vote', 'open',
  'launch', 'lead', 'take', 'hear', 'rule', 'announce', 'release', 'publish', 'return', 'arrive', 'leave',
  'continue', 'discuss', 'present', 'deliver', 'decide', 'testify', 'appear', 'close', 'end', 'expire',
]);

const PAST = new Set([
  'met', 'said', 'told', 'held', 'was', 'were', 'had', 'did', 'came', 'began', 'begun', 'took', 'taken', 'made',
  'gave', 'given', 'went', 'gone', 'saw', 'seen', 'spoke', 'spoken', 'wrote', 'written', 'left', 'led', 'sent',
  'fell', 'fallen', 'rose', 'risen', 'won', 'lost', 'brought', 'bought', 'paid', 'found', 'kept', 'felt',
  'struck', 'got', 'ran', 'sat', 'stood', 'thought', 'sought', 'became', 'broke', 'broken', 'chose', 'chosen',
  'drove', 'flew', 'flown', 'grew', 'grown', 'knew', 'known', 'shot', 'threw', 'thrown', 'withdrew', 'fought',
  'meant', 'heard', 'built', 'spent', 'dealt', 'hung', 'sank', 'stole', 'froze', 'woke', 'hid', 'forgot',
  'arose', 'swore', 'tore', 'shown', 'showed', 'done', 'been', 'ago', 'previously', 'earlier', 'already',
  'didn’t', "didn't", 'wasn’t', "wasn't", 'weren’t', "weren't", 'hadn’t', "hadn't",
]);

/** Present tense: stops the search as neutral. */
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'remains', 'remain', 'isn’t', "isn't", 'aren’t', "aren't"]);

/** Words ending in -ed that are not past-tense verbs. */
const NOT_ED_VERBS = new Set([
  'need', 'red', 'bed', 'hundred', 'indeed', 'speed', 'seed', 'feed', 'shed', 'wed', 'proceed', 'exceed',
  'succeed', 'embed', 'breed', 'greed', 'weed', 'deed', 'heed', 'reed', 'steed', 'tweed', 'sled', 'shred',
  'bred', 'united', 'limited', 'expected', 'scheduled', 'planned', 'intended', 'based', 'related', 'ted', 'ned',
  'fred', 'ahmed', 'mohammed', 'unprecedented',
]);

/** Determiners and possessives: an -ed word after them is an adjective ("the expanded controls"). */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'new',
  'newly', 'of',
]);

/** Passive or progressive auxiliaries: "is scheduled", "be resolved" are not past. */
const PASSIVE_AUX = new Set(['is', 'are', 'am', 'be', 'being', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);

const CLAUSE_BREAK = /[,;:()[\]—–]/;
const MAX_TOKENS = 40;

interface Token {
  word: string; // lower-cased
  raw: string;
  start: number;
  end: number;
  /** Clause index: increases at each clause break. */
  clause: number;
}

const TOKEN = /[\p{L}][\p{L}’'-]*|[,;:()[\]—–]/gu;

/** Split a sentence into word tokens with clause numbers. Linear in its length. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (CLAUSE_BREAK.test(raw) && raw.length === 1) {
      clause++;
      continue;
    }
    out.push({ word: raw.toLowerCase(), raw, start: m.index, end: m.index + raw.length, clause });
  }
  return out;
}

/** What a single token at position i says about tense, or null. */
function cueAt(tokens: Token[], i: number): Tense | null {
  const t = tokens[i];
  const w = t.word;
  const next = tokens[i + 1]?.word;
  const prev = tokens[i - 1]?.word;
  // "May" with a capital is the month, not the modal.
  if (w === 'may' && t.raw !== 'may') return null;
  if (w.endsWith('’ll') || w.endsWith("'ll") || w === 'won’t' || w === "won't") return 'future';
  if (FUTURE_WITH_TO.has(w) && (next === 'to' || next === 'for')) return 'future';
  if (prev === 'to' && FUTURE_INFINITIVE.has(w)) return 'future';
  // Any other infinitive ("picked an aide to fill the seat until a special
  // election in June"): its time follows the main verb's, so that verb's
  // tense says nothing about the date.
  if (prev === 'to' && t.raw === w && lexiconTags(w)[0] === 'VB') return 'neutral';
  if (FUTURE.has(w)) {
    // "could have met" is past.
    if ((w === 'could' || w === 'would' || w === 'might' || w === 'should' || w === 'may' || w === 'must') && next === 'have') {
      return 'past';
    }
    return 'future';
  }
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'neutral';
  if (w.length >= 4 && w.endsWith('ed') && !NOT_ED_VERBS.has(w)) {
    if (prev !== undefined && (DETERMINERS.has(prev) || PASSIVE_AUX.has(prev) || prev.endsWith('’s') || prev.endsWith("'s"))) {
      return null;
    }
    return 'past';
  }
  return null;
}

/**
 * Tense of the clause around [start, end) (offsets into the text the tokens came from).
 * Tokens inside the date phrase itself are skipped.
 */
export function tenseAround(tokens: Token[], start: number, end: number): Tense {
  // Index of the first token at/after `end`, and the last token before `start`.
  let left = -1;
  let right = tokens.length;
  // Binary search keeps this logarithmic per date.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  left = lo - 1;
  lo = left + 1;
  hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  right = lo;
  // Clause of the date: the clause of the token just inside it, or the neighbours.
  const inside = tokens[left + 1] && tokens[left + 1].start < end ? tokens[left + 1] : undefined;
  const clause = inside ? inside.clause : (tokens[left]?.clause ?? tokens[right]?.clause ?? 0);

  const scan = (from: number, step: 1 | -1, sameClause: boolean): Tense | null => {
    for (let i = from, n = 0; i >= 0 && i < tokens.length && n < MAX_TOKENS; i += step, n++) {
      if (sameClause && tokens[i].clause !== clause) return null;
      const cue = cueAt(tokens, i);
      if (cue) return cue;
    }
    return null;
  };
  return scan(left, -1, true) ?? scan(right, 1, true) ?? scan(left, -1, false) ?? scan(right, 1, false) ?? 'neutral';
}
