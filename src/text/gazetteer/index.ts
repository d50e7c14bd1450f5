// The gazetteer: general world geography (countries, regions, states and
// provinces, capitals and major cities) and the names that stand for a
// country's government. Tables are built once, on first use, into Maps, so
// every lookup is O(1) and a scan is linear in the text.
//
// Keys are case-, diacritic- and period-insensitive: "U.S." = "US",
// "Bogota" = "Bogotá", "Kuala lumpur" = "Kuala Lumpur". One exception:
// acronym aliases ("US", "UK", "UAE", "EU") only match text in capitals, so
// the pronoun "us" is never the United States.

import {
  ACTOR_METONYMS,
  CAPITAL_ALIASES,
  CITIES,
  COMMON_WORD_PLACES,
  COUNTRIES,
  GIVEN_NAME_PLACES,
  GROUPINGS,
  REGIONS,
  SUBDIVISIONS,
  WATERS,
} from './data.js';

export type PlaceKind = 'city' | 'country' | 'region' | 'state';

/** A place as the gazetteer knows it. */
export interface PlaceInfo {
  /** Canonical name ("Kuala Lumpur", "United States"). */
  name: string;
  placeKind: PlaceKind;
  /** Containing places, nearest first: ["Malaysia", "Southeast Asia", "Asia"]. */
  within: string[];
  /** ISO 3166 alpha-2 code, for countries. */
  iso?: string;
  /** Plain words: "Kuala Lumpur (city in Malaysia)", "Chicago (city in Illinois, United States)", "Asia (region)". */
  reading: string;
}

/** A gazetteer name found in a text, with local offsets. */
export interface PlaceMatch extends PlaceInfo {
  /** The name as written (`text.slice(start, end)`), without "the" or a possessive "’s". */
  text: string;
  start: number;
  end: number;
}

/** A word that stands for a country (or the EU) found in a text. */
export interface ActorMatch {
  text: string;
  start: number;
  end: number;
  /** Canonical country ("United States"), or "European Union". */
  country: string;
}

interface Entry {
  name: string;
  kind: PlaceKind;
  iso?: string;
  /** Nearest container entry (state → country → subregion → continent). */
  parent?: Entry;
  within: string[];
  /** Every entry this one lies in, groupings included. */
  ancestors: Set<Entry>;
  /** Canonical names of the ancestors. */
  ancestorNames: Set<string>;
}

interface KeyInfo {
  entries: Entry[];
  /** True when every alias giving this key is an acronym ("US", "U.S."). */
  acronymOnly: boolean;
}

interface Tables {
  places: Map<string, KeyInfo>;
  actors: Map<string, { country: string; acronymOnly: boolean }>;
  countries: Map<string, Entry>;
  /** Countries by ISO code, made on first use. */
  byIso?: Map<string, Entry>;
  maxTokens: number;
  maxActorTokens: number;
}

// ---------------------------------------------------------------------------
// Tokens and keys

/** A word of a text: letters/digits with inner apostrophes, or a dotted acronym ("U.S."). */
export interface WordToken {
  /** Offset of the first character. */
  start: number;
  /** End of the word without a possessive "’s" (and without a final period, except in "U.S."). */
  end: number;
  /** End including a possessive "’s". */
  fullEnd: number;
  /** The word as written, up to `end`. */
  raw: string;
  /** Lower-case, no diacritics, no periods, apostrophes straight. */
  norm: string;
  /** First letter is a capital (or "d’Ivoire"-style particle before one). */
  capital: boolean;
  /** Every letter is a capital ("US", "U.S.", "UAE"). */
  allCaps: boolean;
  /** Written with a possessive "’s" / "'s" (or a bare "’" after s). */
  possessive: boolean;
}

const WORD_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’‘][\p{L}\p{M}\p{N}]+)*['’]?/gu;
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_CAP = /^[dl]['’]\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/** True when every character is an ASCII letter or digit (the common case: nothing to fold but case). */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Lower-case, diacritics removed, periods removed, curly apostrophes straightened. */
export function foldWord(s: string): string {
  // Fast path, same result: plain ASCII words have no marks, periods or apostrophes.
  if (plainAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '');
}

// One sentence is scanned by several extractors in turn (places, then
// titles/names, then quotes): the words and matches of the last sentence-sized
// text are remembered. Results are shared: callers only read them.
let memo: { text?: string; toks?: WordToken[]; places?: PlaceMatch[]; actors?: ActorMatch[] } = {};
/** Texts shorter than this (names looked up by placeKey) are not remembered, so they never evict a sentence. */
const MEMO_MIN = 24;

function memoFor(text: string): typeof memo | undefined {
  if (text.length < MEMO_MIN) return undefined;
  if (memo.text !== text) memo = { text };
  return memo;
}

/** Words of `text` with offsets. Linear time. The result is shared: read-only. */
export function wordTokens(text: string): WordToken[] {
  const m = memoFor(text);
  if (m) return (m.toks ??= wordTokensUncached(text));
  return wordTokensUncached(text);
}

function wordTokensUncached(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    let raw = m[0];
    const start = m.index;
    const fullEnd = start + raw.length;
    let possessive = false;
    // Character tests instead of regular expressions; same results as
    // /['’]s$/u, /['’]$/u, /s$/iu, /^\p{Lu}/u, /^[dl]['’]\p{Lu}/u, /\p{L}/u, /\p{Ll}/u.
    const len = raw.length;
    const lastCode = raw.charCodeAt(len - 1);
    const beforeLast = len > 1 ? raw.charCodeAt(len - 2) : -1;
    if (lastCode === 115 && (beforeLast === 39 || beforeLast === 0x2019) && len > 2) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (lastCode === 39 || lastCode === 0x2019) {
      raw = raw.slice(0, -1);
      const c = raw.charCodeAt(raw.length - 1);
      possessive = c === 115 || c === 83 || c === 0x17f; // s, S, ſ (as /s$/iu)
    }
    if (raw === '') continue;
    const first = raw.charCodeAt(0);
    let capital: boolean;
    if (first >= 65 && first <= 90) capital = true;
    else if (first < 128 && first !== 100 && first !== 108) capital = false;
    else capital = UPPER_START.test(raw) || PARTICLE_CAP.test(raw);
    let allCaps: boolean;
    if (plainAscii(raw)) {
      let letter = false;
      let lower = false;
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c >= 97) lower = true;
        if (c >= 65) letter = true;
      }
      allCaps = letter && !lower;
    } else {
      allCaps = HAS_LETTER.test(raw) && !HAS_LOWER.test(raw);
    }
    out.push({
      start,
      end: start + raw.length,
      fullEnd,
      raw,
      norm: foldWord(raw),
      capital,
      allCaps,
      possessive,
    });
  }
  return out;
}

// Keys of short names repeat (actor words, entity names): remembered, bounded.
const keyMemo = new Map<string, string>();

/** Key of a name: its folded words joined by single spaces, a leading "the" dropped. */
export function placeKey(name: string): string {
  const known = keyMemo.get(name);
  if (known !== undefined) return known;
  const toks = wordTokens(name).map((t) => t.norm);
  if (toks.length > 1 && toks[0] === 'the') toks.shift();
  const key = toks.join(' ');
  if (name.length <= 64) {
    if (keyMemo.size >= 20_000) keyMemo.clear();
    keyMemo.set(name, key);
  }
  return key;
}

function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[.\s]/g, '');
  return letters.length <= 5 && /^\p{Lu}+$/u.test(letters);
}

const FUNCTION_WORDS = new Set([
  'of', 'and', 'the', 'de', 'la', 'le', 'el', 'es', 'da', 'do', 'du', 'des', 'del', 'au', 'upon', 'on', 'y', 'al',
]);

// ---------------------------------------------------------------------------
// Building the tables (once)

let tables: Tables | undefined;

function build(): Tables {
  const places = new Map<string, KeyInfo>();
  const actors = new Map<string, { country: string; acronymOnly: boolean }>();
  const countries = new Map<string, Entry>();
  const regions = new Map<string, Entry>();
  const subdivisions = new Map<string, Entry>(); // `${country}|${name}`
  const all: Entry[] = [];
  let maxTokens = 1;
  let maxActorTokens = 1;

  const addKey = (alias: string, entry: Entry) => {
    const key = placeKey(alias);
    if (!key) return;
    maxTokens = Math.max(maxTokens, key.split(' ').length);
    const acronym = isAcronym(alias);
    const info = places.get(key);
    if (!info) {
      places.set(key, { entries: [entry], acronymOnly: acronym });
    } else {
      if (!info.entries.includes(entry)) info.entries.push(entry);
      if (!acronym) info.acronymOnly = false;
    }
  };
  const addActor = (alias: string, country: string) => {
    const key = placeKey(alias);
    if (!key) return;
    maxActorTokens = Math.max(maxActorTokens, key.split(' ').length);
    const acronym = isAcronym(alias);
    const cur = actors.get(key);
    if (!cur) actors.set(key, { country, acronymOnly: acronym });
    else if (!acronym && cur.country === country) cur.acronymOnly = false;
  };
  const make = (name: string, kind: PlaceKind, parent?: Entry, iso?: string): Entry => {
    const e: Entry = { name, kind, iso, parent, within: [], ancestors: new Set(), ancestorNames: new Set() };
    all.push(e);
    return e;
  };
  const list = (s: string | undefined) => (s ? s.split('|').filter(Boolean) : []);

  // Metonyms first so that "Brussels" stands for the EU rather than Belgium.
  for (const row of ACTOR_METONYMS) {
    const [name, country] = row.split(';');
    addActor(name, country);
  }

  for (const row of REGIONS) {
    const [name, parentName] = row.split(';');
    const e = make(name, 'region', parentName ? regions.get(parentName) : undefined);
    regions.set(name, e);
  }

  const countryRows = COUNTRIES.map((row) => row.split(';'));
  for (const [name, iso, , region] of countryRows) {
    const e = make(name, 'country', regions.get(region), iso);
    countries.set(name, e);
  }

  // Place keys in order of preference: countries, regions, groupings, waters,
  // capitals, cities, subdivisions.
  for (const [name, , , , aliases, demonyms] of countryRows) {
    const e = countries.get(name)!;
    addKey(name, e);
    for (const a of list(aliases)) addKey(a, e);
    addActor(name, name);
    for (const a of list(aliases)) addActor(a, name);
    for (const d of list(demonyms)) addActor(d, name);
  }
  for (const row of REGIONS) {
    const [name, , aliases] = row.split(';');
    const e = regions.get(name)!;
    addKey(name, e);
    for (const a of list(aliases)) addKey(a, e);
  }
  const groupings: { entry: Entry; members: Set<string> }[] = [];
  for (const row of GROUPINGS) {
    const [name, members, aliases] = row.split(';');
    const e = make(name, 'region');
    groupings.push({ entry: e, members: new Set(list(members)) });
    addKey(name, e);
    for (const a of list(aliases)) addKey(a, e);
  }
  for (const row of WATERS) {
    const [name, aliases] = row.split(';');
    const e = make(name, 'region');
    addKey(name, e);
    for (const a of list(aliases)) addKey(a, e);
  }

  const capitalAliases = new Map<string, string[]>();
  for (const row of CAPITAL_ALIASES) {
    const [name, aliases] = row.split(';');
    capitalAliases.set(name, list(aliases));
  }
  for (const [country, , capital] of countryRows) {
    if (!capital) continue;
    const names = [capital, ...(capitalAliases.get(capital) ?? [])];
    for (const n of names) addActor(n, country);
    if (capital === country) continue; // city-states: the country is the city
    const e = make(capital, 'city', countries.get(country));
    for (const n of names) addKey(n, e);
  }

  // Subdivisions are made before cities (cities point to them) but keyed after.
  const subRows = SUBDIVISIONS.map((row) => row.split(';'));
  for (const [name, kind, country] of subRows) {
    const e = make(name, kind === 'state' ? 'state' : 'region', countries.get(country));
    subdivisions.set(`${country}|${name}`, e);
  }
  for (const row of CITIES) {
    const [name, country, state, aliases] = row.split(';');
    const parent = (state && subdivisions.get(`${country}|${state}`)) || countries.get(country);
    const e = make(name, 'city', parent);
    addKey(name, e);
    for (const a of list(aliases)) addKey(a, e);
  }
  for (const [name, , country, aliases] of subRows) {
    const e = subdivisions.get(`${country}|${name}`)!;
    addKey(name, e);
    for (const a of list(aliases)) addKey(a, e);
  }

  // Chains and ancestor sets.
  for (const e of all) {
    for (let p = e.parent; p; p = p.parent) {
      e.within.push(p.name);
      e.ancestors.add(p);
    }
  }
  for (const e of all) {
    const names = [e.name, ...e.within];
    for (const g of groupings) {
      if (g.entry === e) continue;
      if (names.some((n) => g.members.has(n))) e.ancestors.add(g.entry);
    }
    for (const a of e.ancestors) e.ancestorNames.add(a.name);
  }

  return { places, actors, countries, maxTokens, maxActorTokens };
}

function t(): Tables {
  if (!tables) tables = build();
  return tables;
}

function readingOf(e: Entry): string {
  const p = e.parent;
  if (!p) return `${e.name} (${e.kind})`;
  // A city in a state or territory names the country too.
  const inSub = e.kind === 'city' && p.parent !== undefined && (p.kind === 'state' || p.parent.kind === 'country');
  const where = inSub ? `${p.name}, ${p.parent!.name}` : p.name;
  return `${e.name} (${e.kind} in ${where})`;
}

function info(e: Entry): PlaceInfo {
  const out: PlaceInfo = { name: e.name, placeKind: e.kind, within: [...e.within], reading: readingOf(e) };
  if (e.iso) out.iso = e.iso;
  return out;
}

/** True when `written` satisfies the case rule of a key (acronyms need capitals). */
function caseOk(written: string, acronymOnly: boolean): boolean {
  if (!acronymOnly) return true;
  return !HAS_LOWER.test(written);
}

function entriesFor(name: string): Entry[] {
  if (typeof name !== 'string') return [];
  const key = placeKey(name.trim());
  const k = t().places.get(key);
  if (!k || !caseOk(name, k.acronymOnly)) return [];
  return k.entries;
}

// ---------------------------------------------------------------------------
// Public lookups

/** The place a name stands for (preferred reading when ambiguous), or undefined. */
export function lookupPlace(name: string): PlaceInfo | undefined {
  const e = entriesFor(name)[0];
  return e ? info(e) : undefined;
}

/** Every place a name may stand for, preferred first ("Georgia": the country, then the US state). */
export function lookupPlaces(name: string): PlaceInfo[] {
  return entriesFor(name).map(info);
}

/**
 * True when `inner` lies inside `outer` ("Malaysia" contains "Kuala Lumpur",
 * "Asia" contains "Kuala Lumpur", "Latin America" contains "Brazil"), or
 * when both name the same place. Any reading of an ambiguous name counts.
 */
export function contains(outer: string, inner: string): boolean {
  const outs = entriesFor(outer);
  const ins = entriesFor(inner);
  if (outs.length === 0 || ins.length === 0) return false;
  for (const i of ins) {
    for (const o of outs) {
      if (i === o || i.ancestors.has(o)) return true;
    }
  }
  return false;
}

/** The gazetteer's country for an ISO 3166 alpha-2 code ("CY" → "Cyprus"), or undefined. */
export function countryOfIso(iso: string): PlaceInfo | undefined {
  const tb = t();
  if (!tb.byIso) tb.byIso = new Map([...tb.countries.values()].filter((e) => e.iso).map((e) => [e.iso!, e]));
  const e = tb.byIso.get(iso);
  return e ? info(e) : undefined;
}

/** ISO 3166 alpha-2 code of a country name or alias ("U.S." → "US"). */
export function isoCode(country: string): string | undefined {
  const e = entriesFor(country).find((x) => x.kind === 'country');
  return e?.iso;
}

/**
 * The country a word stands for when it names an actor: a country name or
 * alias ("U.S.", "Britain"), a demonym ("Chinese", "Americans"), a capital
 * used for its government ("Beijing", "Washington") or a metonym ("the White
 * House", "the Kremlin", "Downing Street"). "Brussels" and "EU" give
 * "European Union". A leading "the" and a possessive "’s" are ignored.
 */
export function countryOfActor(word: string): string | undefined {
  if (typeof word !== 'string') return undefined;
  const trimmed = word.trim().replace(/['’]s$/u, '');
  const key = placeKey(trimmed);
  if (!key) return undefined;
  const hit = t().actors.get(key);
  if (!hit || !caseOk(trimmed, hit.acronymOnly)) return undefined;
  return hit.country;
}

// ---------------------------------------------------------------------------
// Scanning

const GAP_OK = /^(?: |-|–|, ?)$/u;
const SENTENCE_START = /(?:^|[.!?]["”’)]?\s+|[\n\r]\s*|^["“‘(]\s*)$/u;

interface RawHit {
  start: number;
  end: number;
  first: number;
  last: number;
  key: string;
}

/**
 * Longest matches of table keys over the words of a text. A match starts at
 * a capitalised word, continues over single spaces, hyphens, dashes or ", "
 * (for "Washington, D.C."), never past a possessive, and all its content
 * words are capitalised.
 */
function scan(
  text: string,
  toks: WordToken[],
  maxTokens: number,
  lookup: (key: string) => { acronymOnly: boolean } | undefined,
): RawHit[] {
  const hits: RawHit[] = [];
  let i = 0;
  while (i < toks.length) {
    const first = toks[i];
    if (!first.capital) {
      i++;
      continue;
    }
    let key = '';
    const keys: string[] = [];
    for (let j = i; j < toks.length && j - i < maxTokens; j++) {
      const tk = toks[j];
      if (j > i) {
        const prev = toks[j - 1];
        if (prev.possessive || prev.fullEnd !== prev.end) break;
        if (!GAP_OK.test(text.slice(prev.fullEnd, tk.start))) break;
        if (!tk.capital && !FUNCTION_WORDS.has(tk.norm)) break;
      }
      key = j === i ? tk.norm : `${key} ${tk.norm}`;
      keys.push(key);
    }
    let matched = false;
    for (let n = keys.length; n >= 1; n--) {
      const last = toks[i + n - 1];
      if (!last.capital && n > 1) continue; // never end on "of"/"and"
      const k = lookup(keys[n - 1]);
      if (!k) continue;
      const written = text.slice(first.start, last.end);
      if (!caseOk(written, k.acronymOnly)) continue;
      // "U.S." keeps its final period; other words end before theirs.
      hits.push({ start: first.start, end: last.end, first: i, last: i + n - 1, key: keys[n - 1] });
      i += n;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return hits;
}

const GIVEN = new Set(GIVEN_NAME_PLACES);
/** Capitalised words before a place that are not a given name ("In Jordan", "Visit Georgia"). */
const NOT_NAMES = new Set([
  'in', 'to', 'at', 'from', 'into', 'across', 'throughout', 'near', 'for', 'with', 'by', 'and', 'but', 'or', 'the',
  'of', 'on', 'via', 'visit', 'visiting', 'inside', 'outside', 'around', 'over', 'under', 'between', 'while',
  'after', 'before', 'since', 'as', 'like', 'unlike', 'both', 'north', 'south', 'east', 'west', 'central', 'northern',
  'southern', 'eastern', 'western', 'new', 'old', 'greater', 'where', 'when', 'why', 'how', 'if', 'then', 'than',
]);
const COMMON = new Set(COMMON_WORD_PLACES);

function atSentenceStart(text: string, start: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * Gazetteer place names in `text`, longest match first, with offsets local
 * to `text`. "City, Region" pairs choose the readings that fit together
 * ("Atlanta, Georgia" → the US state). Demonyms are not places.
 */
export function findPlaces(text: string, tokens?: WordToken[]): PlaceMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const m = memoFor(text);
  if (m && (!tokens || tokens === m.toks)) return (m.places ??= findPlacesUncached(text, tokens));
  return findPlacesUncached(text, tokens);
}

function findPlacesUncached(text: string, tokens?: WordToken[]): PlaceMatch[] {
  const tb = t();
  // Callers that tokenised `text` already (wordTokens(text)) pass the tokens.
  const toks = tokens ?? wordTokens(text);
  const hits = scan(text, toks, tb.maxTokens, (k) => tb.places.get(k));
  const chosen: Entry[] = hits.map((h) => tb.places.get(h.key)!.entries[0]);
  const keep = keepUnambiguous(text, toks, hits);

  // "City, Container": pick the readings that contain one another.
  for (let h = 0; h + 1 < hits.length; h++) {
    const a = hits[h];
    const b = hits[h + 1];
    if (!/^, ?$/.test(text.slice(a.end, b.start))) continue;
    const as = tb.places.get(a.key)!.entries;
    const bs = tb.places.get(b.key)!.entries;
    outer: for (const ea of as) {
      for (const eb of bs) {
        if (ea.ancestors.has(eb)) {
          chosen[h] = ea;
          chosen[h + 1] = eb;
          break outer;
        }
      }
    }
  }

  const out: PlaceMatch[] = [];
  for (let h = 0; h < hits.length; h++) {
    if (!keep[h]) continue;
    const hit = hits[h];
    let start = hit.start;
    // "The Hague", "The Gambia": the article belongs to the name.
    if (/^The /u.test(chosen[h].name) && /(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, start - 5), start))) start -= 4;
    out.push({ text: text.slice(start, hit.end), start, end: hit.end, ...info(chosen[h]) });
  }
  return out;
}

/**
 * False for hits that are more likely a word or a person's name: common
 * words at a sentence start ("Nice weather"), given-name places next to
 * another capitalised word ("Michael Jordan", "Charlotte Brontë").
 */
function keepUnambiguous(text: string, toks: WordToken[], hits: RawHit[]): boolean[] {
  const keep = hits.map(() => true);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    if (COMMON.has(hit.key) && atSentenceStart(text, hit.start)) keep[h] = false;
    if (GIVEN.has(hit.key)) {
      const prev = hit.first > 0 ? toks[hit.first - 1] : undefined;
      const next = hit.last + 1 < toks.length ? toks[hit.last + 1] : undefined;
      const prevName =
        prev && prev.capital && /^ $/.test(text.slice(prev.fullEnd, hit.start)) && !isPlaceToken(hits, hit.first - 1) &&
        !NOT_NAMES.has(prev.norm);
      const nextName = next && next.capital && /^ $/.test(text.slice(hit.end, next.start)) && !isPlaceToken(hits, hit.last + 1);
      if (prevName || nextName) keep[h] = false;
    }
  }
  return keep;
}

function isPlaceToken(hits: RawHit[], tokenIndex: number): boolean {
  for (const h of hits) if (tokenIndex >= h.first && tokenIndex <= h.last) return true;
  return false;
}

/**
 * Words in `text` that stand for a country's government or people: country
 * names and aliases, demonyms, capitals and metonyms ("the White House").
 */
export function findActors(text: string, tokens?: WordToken[]): ActorMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const m = memoFor(text);
  if (m && (!tokens || tokens === m.toks)) return (m.actors ??= findActorsUncached(text, tokens));
  return findActorsUncached(text, tokens);
}

function findActorsUncached(text: string, tokens?: WordToken[]): ActorMatch[] {
  const tb = t();
  // Callers that tokenised `text` already (wordTokens(text)) pass the tokens.
  const toks = tokens ?? wordTokens(text);
  const all = scan(text, toks, tb.maxActorTokens, (k) => tb.actors.get(k));
  const keep = keepUnambiguous(text, toks, all);
  const hits = all.filter((_, k) => keep[k]);
  return hits.map((h) => ({
    text: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    country: tb.actors.get(h.key)!.country,
  }));
}
