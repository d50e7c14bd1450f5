// Part-of-speech look-ups and noun singularisation for the numeric extractors.
//
// The part-of-speech tags come from the English lexicon that ships with
// natural's Brill tagger (about 92k words, Penn tags, most frequent first).
// It is loaded lazily, once, on the first look-up (~80 ms); if it cannot be
// found the extractors fall back to spelling heuristics (every function here
// returns a sensible answer with or without it). No tagger is run: only the
// word's possible tags are read, which is enough to tell "meetings" (noun)
// from "killed" (verb) and "largest" (adjective).

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector.js';
import type { Tok } from './tokens.js';

// The lexicon as a sorted "word<TAB>tags" table (data/lexicon.tsv, made by
// scripts/build-lexicon.mjs at build time), searched by bisection: reading
// the text costs a few milliseconds, where parsing natural's JSON and
// indexing 92k words cost over 100 on every run. Without the table (a
// checkout that was never built) the JSON is read once instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bisectTable } from '../../text/sorted-table.js';

type Lookup = (word: string) => readonly string[] | undefined;

let LOOKUP: Lookup | null | undefined;
const cache = new Map<string, readonly string[] | undefined>();

function sortedTableLookup(text: string): Lookup {
  return (word: string) => bisectTable(text, word)?.split(' ').filter(Boolean);
}

function jsonLookup(): Lookup {
  const req = createRequire(import.meta.url);
  const p = req.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
  const raw = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  return (word: string) => {
    const v = Object.prototype.hasOwnProperty.call(raw, word) ? raw[word] : undefined;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
  };
}

function lexicon(): Lookup | null {
  if (LOOKUP !== undefined) return LOOKUP;
  try {
    const table = fileURLToPath(new URL('../../../data/lexicon.tsv', import.meta.url));
    LOOKUP = existsSync(table) ? sortedTableLookup(readFileSync(table, 'utf8')) : jsonLookup();
  } catch {
    LOOKUP = null;
  }
  return LOOKUP;
}

function lookup(word: string): readonly string[] | undefined {
  if (cache.has(word)) return cache.get(word);
  const found = lexicon()?.(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, found);
  return found;
}

/** Possible Penn tags of a word (exact case first, then lower case); [] when unknown. */
export function tagsOf(word: string): readonly string[] {
  if (!lexicon()) return [];
  const w = word.replace(/\u2019/g, "'");
  return lookup(w) ?? lookup(w.toLowerCase()) ?? [];
}

// Function words that never belong to a noun phrase we want.
export const STOP = new Set(
  (
    'a an the this that these those its it their his her our your my them they he she we you i us him me ' +
    'and or but nor so yet if then than as of to in on at by for from with without into onto over under ' +
    'about above below between among through during before after since until till via per against toward towards ' +
    'upon within across behind beyond near amid amidst despite while whereas although though because ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'not no also only just even still already more most less least very too much many such other another ' +
    'who whom whose which what where when why how whether all any each every both either neither some few several ' +
    'there here said says say told according'
  ).split(' '),
);

/** An acronym in capitals ("US", "EU", "UN"): never a stop word, a pronoun or a verb. */
export function isAcronym(t: Tok | undefined): boolean {
  return !!t && t.type === 'word' && t.text.length >= 2 && /^[A-Z][A-Z.]*[A-Z]$/.test(t.text);
}

/** A function word (but not an acronym that happens to spell one: "US"). */
export function isStopTok(t: Tok | undefined): boolean {
  return !!t && t.type === 'word' && STOP.has(t.lower) && !isAcronym(t);
}

// Verbs ending in -s that the lexicon also lists as plural nouns.
const VERB_S = new Set(
  'is was has does says goes gets makes takes comes shows includes appears looks seems means remains ' +
    'becomes gives keeps puts sees thinks wants tells asks uses finds needs believes expects'.split(' '),
);

/** True when the lexicon knows the word only as a verb/adverb/function word (no noun, no adjective reading). */
function knownNonNominal(tags: readonly string[]): boolean {
  if (tags.length === 0) return false;
  return !tags.some((t) => t.startsWith('NN') || t.startsWith('JJ') || t === 'VBN' || t === 'VBG' || t === 'CD');
}

function isWordTok(t: Tok | undefined): t is Tok {
  return !!t && t.type === 'word';
}

function capitalised(t: Tok): boolean {
  const ch = t.text[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const IRREGULAR_PLURALS = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'feet', 'teeth', 'mice',
  'geese', 'livestock', 'troops', 'crew', 'clergy', 'offspring', 'fish', 'sheep', 'deer', 'aircraft', 'data',
  'media', 'criteria', 'phenomena', 'militia', 'infantry', 'civilians',
]);

/** Can the word be a plural noun (head of "398 people", "four meetings")? */
export function isPluralNoun(t: Tok | undefined): boolean {
  if (!isWordTok(t)) return false;
  const w = t.lower.replace(/\u2019/g, "'");
  if (STOP.has(w) || VERB_S.has(w)) return false;
  if (w.includes("'")) return false;
  if (IRREGULAR_PLURALS.has(w)) return true;
  const tags = tagsOf(t.text);
  if (tags.length) return tags.includes('NNS') || tags.includes('NNPS');
  // Unknown word: plural-looking spelling. Hyphenated compounds look at the last part.
  const last = w.split('-').pop() ?? w;
  return /^[a-z]{2,}s$/.test(last) && !/(ss|us|is)$/.test(last);
}

/** Can the word be a singular common noun ("one meeting", "fifth round")? */
export function isSingularNoun(t: Tok | undefined): boolean {
  if (!isWordTok(t)) return false;
  const w = t.lower.replace(/\u2019/g, "'");
  if (STOP.has(w)) return false;
  if (w.includes("'")) return false;
  const tags = tagsOf(t.text);
  if (tags.length) return tags.includes('NN') || tags.includes('NNP');
  return /^[a-z][a-z-]{2,}$/.test(w) && !/(ly|ed)$/.test(w);
}

/** Can the word be a noun of either number? */
export function isNounCapable(t: Tok | undefined): boolean {
  if (!isWordTok(t)) return false;
  if (isAcronym(t)) return true;
  if (STOP.has(t.lower)) return false;
  const tags = tagsOf(t.text);
  if (tags.length) return tags.some((x) => x.startsWith('NN'));
  if (capitalised(t)) return true;
  return /^[a-z][a-z-]+$/.test(t.lower) && !/(ly)$/.test(t.lower);
}

/** Can the word modify a following noun (adjective, participle, noun adjunct, proper adjective, compound)? */
export function isModifier(t: Tok | undefined): boolean {
  if (!isWordTok(t)) return false;
  if (isAcronym(t)) return true;
  const w = t.lower;
  if (STOP.has(w)) return false;
  if (w.includes('-')) return true; // in-person, high-level, rare-earth
  if (capitalised(t)) return true; // Chinese, US, American
  const tags = tagsOf(t.text);
  if (!tags.length) return !/ly$/.test(w);
  return tags.some((x) => x.startsWith('JJ') || x.startsWith('NN') || x === 'VBN');
}

/** Is the word most likely a verb here (first lexicon tag a verb, or a participle with no noun reading)? */
export function isVerbPreferred(t: Tok | undefined): boolean {
  if (!isWordTok(t) || isAcronym(t)) return false;
  const tags = tagsOf(t.text);
  if (!tags.length) return false;
  const first = tags[0];
  if (first.startsWith('VB') || first === 'MD') return true;
  if (knownNonNominal(tags)) return true;
  return false;
}

/** Adverb or function word with no noun/adjective reading ("currently", "recently"). */
export function isAdverb(t: Tok | undefined): boolean {
  if (!isWordTok(t) || isAcronym(t)) return false;
  const tags = tagsOf(t.text);
  if (tags.length) return tags[0].startsWith('RB') && !tags.some((x) => x.startsWith('NN'));
  return /ly$/.test(t.lower);
}

let inflector: { singularize(w: string): string } | null | undefined;

const SINGULAR_OVERRIDES: Record<string, string> = {
  people: 'people', // kept as "people": the usual counted noun in news ("398 people", "400 persons" → people)
  persons: 'people',
  person: 'people',
  crises: 'crisis',
  analyses: 'analysis',
  theses: 'thesis',
  bases: 'base',
  police: 'police',
  staff: 'staff',
  data: 'data',
  media: 'media',
  news: 'news',
  series: 'series',
  species: 'species',
  troops: 'troop',
  aircraft: 'aircraft',
};

/** Lower-cased singular form of a counted noun ("Meetings" → "meeting", "firms" → "firm"). */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  if (SINGULAR_OVERRIDES[w] !== undefined) return SINGULAR_OVERRIDES[w];
  if (w.includes('-')) {
    // Compounds inflect on the last part: "in-person" stays, "by-elections" → "by-election".
    const i = w.lastIndexOf('-');
    return w.slice(0, i + 1) + singular(w.slice(i + 1));
  }
  if (inflector === undefined) {
    try {
      inflector = new NounInflector();
    } catch {
      inflector = null;
    }
  }
  try {
    if (inflector) {
      const s = inflector.singularize(w);
      if (typeof s === 'string' && s.length > 0) return s;
    }
  } catch {
    // fall through to the rule set
  }
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w)) return w.slice(0, -1);
  return w;
}
