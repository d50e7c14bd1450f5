// kind 'place': where something happens. A gazetteer place counts when
//
//   - a locative preposition governs it: "in Malaysia", "at Geneva",
//     "across Europe", "to Kuala Lumpur" (only after a word of movement:
//     "lead a delegation to", "travel to", "visit to");
//   - it is named through its country: "in Malaysia’s capital, Kuala Lumpur",
//     "in the Indonesian capital, Jakarta", "in the city of Mosul";
//   - it follows such a place in a list: "in Geneva, London, and Madrid";
//   - it is used attributively before an event noun after a determiner:
//     "the Kuala Lumpur discussions", "the Malaysia talks";
//   - a compass word stands between the preposition and the place: "in
//     eastern Paris".
//
// A town the gazetteer's own tables do not hold counts when GeoNames knows
// it (text/gazetteer/towns.ts) and a locative preposition governs it: "in
// Houston", "near Larnaca", "in Pittsburg, Calif." (read in its state).
//
// Names the gazetteer does not know count when a place noun introduces them
// ("in the village of Ziyi": placeKind 'unknown') or when they end in a
// facility noun after a locative preposition ("from Charles de Gaulle
// airport": placeKind 'facility'). A dateline's place (a sentence marked
// isDateline) is where the report was filed: value.dateline, event
// 'dateline'.
//
// Bare actors ("China announced", "Beijing imposed"), demonyms ("Chinese
// goods"), places inside names ("Bank of England", "Hong Kong media tycoon",
// "China Daily"), hyphenated pairs ("US-China talks") and "between X and Y"
// pairs are not places of events. "City, Country" gives one claim for the
// city ("Jakarta, Indonesia" → Jakarta); an unknown name before a known
// state or country ("in Smallville, Kansas") gives placeKind 'unknown'.

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { PlaceValue } from '../../model/value.js';
import { contains, findPlaces, type PlaceMatch } from '../../text/gazetteer/index.js';
import { townReading } from '../../text/gazetteer/towns.js';
import { namesOfSource } from '../../text/names/scan.js';
import { nameTokens } from '../../text/names/same.js';

/** A place of an event found in a text, offsets local to that text. */
export interface PlaceHit {
  text: string;
  start: number;
  end: number;
  name: string;
  placeKind: string;
  within: string[];
  reading: string;
  /** The event noun (or verb) the place belongs to, as written. */
  event?: string;
}

const LOCATIVE = new Set(['in', 'at', 'inside', 'near', 'outside', 'across', 'through', 'throughout', 'within', 'around', 'into']);
const DIRECTIONAL = new Set(['to', 'toward', 'towards']);

/** Words of movement that make "to X" a place ("a delegation to Malaysia", "travel to Geneva"). */
const MOTION = new Set([
  'travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'trip', 'trips', 'visit', 'visits',
  'visited', 'visiting', 'delegation', 'delegations', 'go', 'goes', 'going', 'went', 'gone', 'head', 'heads',
  'headed', 'heading', 'fly', 'flies', 'flew', 'flying', 'flown', 'flight', 'flights', 'arrive', 'arrives', 'arrived',
  'arriving', 'return', 'returns', 'returned', 'returning', 'came', 'come', 'comes', 'coming', 'journey',
  'journeyed', 'move', 'moved', 'moves', 'moving', 'relocate', 'relocated', 'send', 'sends', 'sent', 'dispatch',
  'dispatched', 'deploy', 'deployed', 'deployment', 'evacuate', 'evacuated', 'fled', 'flee', 'fleeing', 'rush',
  'rushed', 'lead', 'leads', 'led', 'leading', 'mission', 'tour', 'bound', 'route', 'way', 'sail', 'sailed', 'drive',
  'drove', 'walked', 'marched', 'summoned', 'invited', 'invitation', 'expedition', 'pilgrimage', 'voyage',
  'transferred', 'extradited', 'deported', 'welcomed',
]);

/** General event words; the nearest one in the clause becomes the subject hint. */
const EVENT_WORDS = new Set([
  'talks', 'talk', 'negotiations', 'negotiation', 'discussions', 'discussion', 'meeting', 'meetings', 'meet', 'met',
  'meets', 'summit', 'summits', 'conference', 'conferences', 'delegation', 'visit', 'visits', 'visited', 'trip',
  'tour', 'trial', 'trials', 'hearing', 'hearings', 'case', 'ruling', 'verdict', 'sentencing', 'court', 'crash',
  'crashes', 'collision', 'flood', 'floods', 'flooding', 'earthquake', 'quake', 'tsunami', 'fire', 'fires',
  'wildfire', 'wildfires', 'blaze', 'storm', 'storms', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'landslide',
  'landslides', 'eruption', 'attack', 'attacks', 'bombing', 'shooting', 'explosion', 'blast', 'protest',
  'protests', 'rally', 'rallies', 'march', 'strike', 'strikes', 'election', 'elections', 'vote', 'referendum',
  'ceremony', 'funeral', 'wedding', 'festival', 'match', 'game', 'games', 'tournament', 'race', 'concert',
  'session', 'sessions', 'round', 'forum', 'dialogue', 'consultations', 'exercise', 'exercises', 'drills', 'war',
  'fighting', 'battle', 'clashes', 'ceasefire', 'truce', 'deal', 'agreement', 'accord', 'signing', 'launch',
  'outbreak', 'evacuation', 'rescue', 'speech', 'address', 'event', 'gathering', 'assembly', 'convention',
  'hosted', 'host', 'hosts', 'held', 'holds', 'hold', 'arrest', 'arrested', 'detention', 'raid', 'killed', 'died',
  'injured', 'budget', 'announcement', 'inquiry', 'investigation', 'probe', 'negotiators', 'delegates',
  'parade', 'vigil', 'demonstration', 'demonstrations', 'riot', 'riots', 'massacre', 'siege', 'invasion',
  'offensive', 'airstrike', 'airstrikes', 'strike', 'collapse', 'spill', 'leak', 'accident', 'derailment',
  'sinking', 'shipwreck', 'drought', 'heatwave', 'blizzard', 'avalanche', 'mudslide', 'epidemic', 'pandemic',
  'meetup', 'retreat', 'workshop', 'seminar', 'symposium', 'expo', 'fair', 'show', 'premiere', 'opening',
  'inauguration', 'swearing', 'coronation', 'treaty', 'stay', 'stopover', 'layover', 'landing', 'landed',
]);

/** Nouns naming a place through its container ("Malaysia’s capital, Kuala Lumpur"). */
const PLACE_NOUNS = 'capital|city|town|province|state|region|port|village|island|county|district|country|metropolis|suburb|hub';
const CONTAINER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(in|at|to|into|near|inside|outside|across|throughout|within|around|toward|towards)\\s+(?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}(?:${PLACE_NOUNS})(?:\\s+city)?(?:,|\\s+of)\\s+$`,
  'iu',
);
/** A compass or part word between a preposition and its place ("in eastern Paris", "in northern Iraq"). */
const PART_OF_PLACE = '(?:(?:far\\s+)?(?:north|south)?(?:east|west)?ern|central|downtown|suburban|greater|coastal|rural|upstate)';
const PREP_BEFORE = new RegExp(`(?:^|[^\\p{L}’'-])(\\p{L}+)\\s+(?:the\\s+)?(?:${PART_OF_PLACE}\\s+)?$`, 'iu');
const DETERMINER_BEFORE = /(?:^|[^\p{L}’'-])(the|this|that|these|those|a|an|last|next|upcoming|planned|recent)\s+$/iu;
const LIST_SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/u;
const CLAUSE_BREAK = /[,;:.!?()\[\]—–"“”]/u;
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At|And|The|For|With|From|To|After|Before|During|Despite|While|Since|As|But)\b/u;

const EVENT_HINT_WINDOW = 12;

/** True when a word of movement stands within five words before `at` ("lead a delegation to"). */
function motionBefore(text: string, at: number): boolean {
  let window = text.slice(Math.max(0, at - 60), at);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(';'), window.lastIndexOf('!'), window.lastIndexOf('?'));
  if (cut >= 0) window = window.slice(cut + 1);
  const words = window.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  return words.slice(-5).some((w) => MOTION.has(w));
}

/** Event verbs: used as the hint only when no event noun stands in the clause. */
const EVENT_VERBS = new Set([
  'meet', 'met', 'meets', 'held', 'hold', 'holds', 'hosted', 'host', 'hosts', 'visited', 'killed', 'died', 'injured',
  'landed', 'arrested',
]);

/** Index just after the last clause break in `s` ("U.S." and "Oct." do not break). */
function clauseStartIn(s: string): number {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s[k];
    if (c === '.') {
      if (/[\p{Ll}\d]/u.test(s.charAt(k - 1)) && /\s/u.test(s.charAt(k + 1)) && !/\b(?:Oct|Nov|Dec|Jan|Feb|Aug|Sept?|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|No)$/u.test(s.slice(Math.max(0, k - 5), k))) return k + 1;
      continue;
    }
    if (CLAUSE_BREAK.test(c)) return k + 1;
  }
  return 0;
}

/** The event word nearest to the place within its clause: left of `leftFrom` first, then right of `rightFrom`. */
function eventHint(text: string, leftFrom: number, rightFrom: number): string | undefined {
  const leftWindow = text.slice(Math.max(0, leftFrom - 120), leftFrom);
  const clause = leftWindow.slice(clauseStartIn(leftWindow));
  const leftWords = [...clause.matchAll(/[\p{L}][\p{L}’'-]*/gu)].map((m) => m[0]).slice(-EVENT_HINT_WINDOW);
  let verb: string | undefined;
  for (let k = leftWords.length - 1; k >= 0; k--) {
    const w = leftWords[k];
    const lw = w.toLowerCase();
    if (!EVENT_WORDS.has(lw)) continue;
    if (!EVENT_VERBS.has(lw)) return w;
    verb ??= w;
  }
  let right = text.slice(rightFrom, rightFrom + 120).replace(/^\s*,\s*/u, ' ');
  const stop = right.search(/[;:!?()\[\]—"“”]|\.\s/u);
  if (stop >= 0) right = right.slice(0, stop);
  const rightWords = [...right.matchAll(/[\p{L}][\p{L}’'-]*/gu)].map((m) => m[0]).slice(0, 8);
  for (const w of rightWords) {
    const lw = w.toLowerCase();
    if (EVENT_WORDS.has(lw) && !EVENT_VERBS.has(lw)) return w;
  }
  if (verb) return verb;
  for (const w of rightWords) if (EVENT_WORDS.has(w.toLowerCase())) return w;
  return undefined;
}

function isHyphenJoined(text: string, m: { start: number; end: number }): boolean {
  const before = text.charAt(m.start - 1);
  const after = text.charAt(m.end);
  const afterNext = text.charAt(m.end + 1);
  return /[-‐–—]/u.test(before) && /\p{L}/u.test(text.charAt(m.start - 2)) || (/[-‐–—]/u.test(after) && /\p{L}/u.test(afterNext));
}

/** True when a capitalised word that is not a place, month, weekday or function word follows ("China Daily", "US President"). */
function nameContinues(text: string, end: number, next: PlaceMatch | undefined): boolean {
  const rest = text.slice(end, end + 30);
  const m = /^ (\p{Lu}[\p{L}’'-]*)/u.exec(rest);
  if (!m) return false;
  if (next && next.start === end + 1) return false;
  return !MONTH_OR_DAY.test(m[1]);
}

/** A headline in title case ("Talks in Malaysia Ahead of Summit"): capitals after a place say nothing. */
function looksTitleCase(text: string): boolean {
  if (/[.!?]["”’)]*\s*$/u.test(text)) return false;
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.85;
}

function possessiveAfter(text: string, end: number): boolean {
  return /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 3));
}

function hitOf(p: PlaceMatch, event: string | undefined): PlaceHit {
  const hit: PlaceHit = {
    text: p.text,
    start: p.start,
    end: p.end,
    name: p.name,
    placeKind: p.placeKind,
    within: p.within,
    reading: p.reading,
  };
  if (event) hit.event = event;
  return hit;
}

/**
 * "in the village of Ziyi", "near the coastal town of Larnaca", "in the
 * coastal village, Zygi": a name the gazetteer does not know, named as a
 * place by the noun before it.
 */
const NAMED_AS_PLACE = new RegExp(
  `(?:^|[^\\p{L}])(?:in|at|near|to|into|outside|inside|from)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:village|town|city|port|island|district|county|province|region|hamlet|suburb|municipality|township|commune|community)(\\s+of\\s+|,\\s+)(\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+){0,2})`,
  'gu',
);

/** Nouns that make a capitalised name a facility ("Charles de Gaulle airport", "St. Mary's Hospital"). */
const FACILITY_NOUNS = 'airport|airfield|hospital|clinic|school|university|college|academy|station|stadium|arena|prison|jail|penitentiary|base|barracks|bridge|tunnel|dam|mall|church|cathedral|mosque|synagogue|temple|hotel|courthouse|port|harbor|harbour|plant|refinery|mine|factory|museum|park|square|palace|embassy|consulate';
/** "at Charles de Gaulle airport", "to St. Mary's Hospital": a named facility after a locative preposition. */
const FACILITY = new RegExp(
  `(?:^|[^\\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Tt]o|[Ii]nto|[Ff]rom)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}’'.-]*\\s+(?:(?:de|del|da|du|la|le|of|the)\\s+)?){1,4}(?:${FACILITY_NOUNS.replace(/(\w+)/g, (w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)}))(?![\\p{L}])`,
  'gu',
);

const UNKNOWN_BEFORE = /(?:^|[^\p{L}’'-])(?:in|at|near|outside|inside)\s+((?:\p{Lu}[\p{Ll}’'-]+)(?: \p{Lu}[\p{Ll}’'-]+){0,2}), $/u;
const NOT_UNKNOWN = new Set([
  'The', 'A', 'An', 'This', 'That', 'Congress', 'Parliament', 'Court', 'Senate', 'House', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Addition', 'Response', 'Retaliation',
  'Particular', 'Short', 'General', 'Fact', 'Turn', 'Total', 'Contrast', 'Practice', 'Theory', 'Brief', 'Return',
]);

/**
 * Places of events in `text`, offsets local to `text`. Linear in the text:
 * one gazetteer scan plus bounded look-arounds per place. `people`: names
 * of people in the article ("Lindsey Graham"), whose words are no towns.
 */
export function findEventPlaces(text: string, people: readonly string[] = []): PlaceHit[] {
  if (typeof text !== 'string' || text === '') return [];
  const places = findPlaces(text);
  if (places.length === 0) {
    const towns = townsAfterPrepositions(text, places, [], people);
    return [...towns, ...namedAsPlaces(text, places, towns)].sort((a, b) => a.start - b.start);
  }
  const titleCase = looksTitleCase(text);
  const out: PlaceHit[] = [];
  /** Index of the last place accepted as a place of an event (for lists). */
  let lastAccepted = -1;
  const skip = new Set<number>();

  for (let i = 0; i < places.length; i++) {
    if (skip.has(i)) continue;
    const m = places[i];
    const next = places[i + 1];
    const before = text.slice(Math.max(0, m.start - 100), m.start);
    let accepted = false;
    let leftFrom = m.start;
    let inList = false;
    let listEvent: string | undefined;

    if (possessiveAfter(text, m.end)) continue; // "Malaysia’s capital, …", "China’s dominance"
    if (isHyphenJoined(text, m)) continue; // "US-China talks", "Asia-based"

    // "in Malaysia’s capital, Kuala Lumpur", "in the city of Mosul".
    const cb = CONTAINER_BEFORE.exec(before);
    if (cb) {
      accepted = true;
      leftFrom = m.start - before.length + cb.index;
    } else {
      const win = text.slice(Math.max(0, m.start - 40), m.start);
      const pb = PREP_BEFORE.exec(win);
      const prep = pb ? pb[1].toLowerCase() : '';
      const prepAt = pb ? m.start - win.length + pb.index + pb[0].indexOf(pb[1]) : m.start;
      if (LOCATIVE.has(prep)) {
        accepted = true;
        leftFrom = prepAt;
      } else if (DIRECTIONAL.has(prep) && motionBefore(text, prepAt)) {
        accepted = true;
        leftFrom = prepAt;
      } else if (lastAccepted === i - 1 && i > 0 && LIST_SEPARATOR.test(text.slice(places[i - 1].end, m.start))) {
        // "in Geneva, London, Stockholm, and Madrid".
        accepted = !contains(m.name, places[i - 1].name) && !contains(places[i - 1].name, m.name);
        listEvent = out.length ? out[out.length - 1].event : undefined;
        inList = true;
      } else if (DETERMINER_BEFORE.test(before) && !/^\p{Lu}+$/u.test(m.text.replace(/[.\s]/g, ''))) {
        // Attributive: "the Kuala Lumpur discussions", "the Malaysia talks".
        const after = /^ (\p{Ll}[\p{L}-]*)(?: (\p{Ll}[\p{L}-]*))?/u.exec(text.slice(m.end, m.end + 60));
        const noun = (w: string | undefined) => w !== undefined && EVENT_WORDS.has(w) && !EVENT_VERBS.has(w);
        const event = after ? (noun(after[1]) ? after[1] : noun(after[2]) ? after[2] : undefined) : undefined;
        if (event) {
          out.push(hitOf(m, event));
          lastAccepted = i;
          continue;
        }
      }
    }
    if (!accepted) continue;
    if (!titleCase && nameContinues(text, m.end, next)) continue; // "in China Daily", "in US President …"

    // "Jakarta, Indonesia": the container qualifies the place, no claim of its own.
    if (next && /^, ?$/.test(text.slice(m.end, next.start)) && contains(next.name, m.name) && next.name !== m.name) {
      skip.add(i + 1);
    }
    out.push(hitOf(m, inList ? listEvent : eventHint(text, leftFrom, m.end)));
    lastAccepted = i;
  }

  out.push(...townsAfterPrepositions(text, places, out, people));

  // "in Smallville, Kansas": an unknown name placed by a known state or country.
  for (let i = 0; i < places.length; i++) {
    const q = places[i];
    if (q.placeKind !== 'state' && q.placeKind !== 'country') continue;
    const before = text.slice(Math.max(0, q.start - 60), q.start);
    const u = UNKNOWN_BEFORE.exec(before);
    if (!u) continue;
    const name = u[1];
    if (name.split(' ').some((w) => NOT_UNKNOWN.has(w))) continue;
    const start = q.start - 2 - name.length;
    if (places.some((p) => p.start <= start && p.end > start)) continue;
    if (out.some((p) => p.start <= start && p.end > start)) continue; // a known town
    if (!/^(?:[\s,.;:!?)]|$)/u.test(text.slice(q.end, q.end + 1))) continue;
    const within = [q.name, ...q.within];
    const event = eventHint(text, start, q.end);
    out.push({
      text: name,
      start,
      end: start + name.length,
      name,
      placeKind: 'unknown',
      within,
      reading: `${name} (place in ${q.name})`,
      ...(event ? { event } : {}),
    });
  }
  out.push(...namedAsPlaces(text, places, out));
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** A run of one to three capitalised words after a locative preposition (a compass or part word may stand between). */
const TOWN_AFTER_PREPOSITION = new RegExp(
  `(?:^|[^\\p{L}’'-])([Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]round|[Aa]cross|[Tt]hrough|[Tt]hroughout|[Ww]ithin|[Ii]nto|[Tt]o|[Tt]oward|[Tt]owards)\\s+(?:${PART_OF_PLACE}\\s+)?(\\p{Lu}[\\p{Ll}’'.-]+(?:\\s+\\p{Lu}[\\p{Ll}’'.-]+){0,2})`,
  'gu',
);

/**
 * Towns GeoNames knows after a locative preposition ("in Houston", "near
 * Larnaca, Cyprus"): the longest run of the capitalised words that is a
 * town, when no other capitalised word continues it as a name ("in Moore
 * Park"), it is no month or weekday, and no place found already covers it.
 * A following state or country picks the reading inside it. A word of a
 * person's name in the article is that person ("the award went to Graham").
 */
function townsAfterPrepositions(text: string, places: PlaceMatch[], found: PlaceHit[], people: readonly string[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  let personWords: Set<string> | undefined;
  const isPerson = (name: string) => {
    personWords ??= new Set(people.flatMap((p) => nameTokens(p)));
    return nameTokens(name).every((w) => personWords!.has(w));
  };
  // Spans taken already, sorted, and places by where they start: each look-up is a bisection or a hash, so a
  // long text with many places stays linear.
  const taken = [...places, ...found].map((p) => [p.start, p.end] as const).sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  taken.forEach(([, e], i) => maxEnd.push(Math.max(e, i ? maxEnd[i - 1] : 0)));
  const overlapsTaken = (start: number, end: number) => {
    // The last span starting before `end`: some span up to it reaching past `start` overlaps.
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid][0] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > start;
  };
  const placeAt = new Map(places.map((p) => [p.start, p]));
  for (const m of text.matchAll(TOWN_AFTER_PREPOSITION)) {
    const prep = m[1].toLowerCase();
    const run = m[2];
    const runStart = m.index! + m[0].length - run.length;
    const prepAt = m.index! + m[0].indexOf(m[1]);
    if (DIRECTIONAL.has(prep) && !motionBefore(text, prepAt)) continue;
    const words = run.split(/\s+/u);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ').replace(/[.’'-]+$/u, '');
      const start = runStart;
      const end = start + name.length;
      if (words.slice(0, n).some((w) => NOT_UNKNOWN.has(w) || MONTH_OR_DAY.test(w))) continue;
      const last = out[out.length - 1];
      if (overlapsTaken(start, end) || (last && last.end > start)) break;
      if (possessiveAfter(text, end) || isHyphenJoined(text, { start, end })) break;
      if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) && !placeAt.has(end + 1)) continue;
      const container = /^, ?/u.test(text.slice(end, end + 2)) ? placeAt.get(end + (text.charAt(end + 1) === ' ' ? 2 : 1)) : undefined;
      const reading = townReading(name, container && (container.placeKind === 'state' || container.placeKind === 'country') ? container.text : undefined);
      if (!reading) continue;
      if (isPerson(name)) break;
      const event = eventHint(text, prepAt, end);
      out.push({ text: name, start, end, ...reading, ...(event ? { event } : {}) });
      break;
    }
  }
  return out;
}

/** Unknown names a place noun introduces ("the village of Ziyi"), and named facilities ("at Charles de Gaulle airport"). */
function namedAsPlaces(text: string, places: PlaceMatch[], found: PlaceHit[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const m of text.matchAll(FACILITY)) {
    const written = m[1];
    const start = m.index! + m[0].length - written.length;
    const end = start + written.length;
    if (written.split(/\s+/).some((w) => NOT_UNKNOWN.has(w))) continue;
    if (places.some((p) => p.start <= start && p.end >= end)) continue;
    if (found.some((p) => p.start < end && start < p.end)) continue;
    const inside = places.filter((p) => p.start >= start && p.end <= end);
    const name = written.replace(/\s+(\p{Ll})(\p{Ll}*)$/u, (_, c: string, rest: string) => ` ${c.toUpperCase()}${rest}`);
    const event = eventHint(text, m.index!, end);
    out.push({
      text: written,
      start,
      end,
      name,
      placeKind: 'facility',
      within: inside.length ? [inside[0].name, ...inside[0].within] : [],
      reading: `${name} (a named facility${inside.length ? ` in ${inside[0].name}` : ''})`,
      ...(event ? { event } : {}),
    });
  }
  for (const m of text.matchAll(NAMED_AS_PLACE)) {
    const name = m[2];
    const start = m.index! + m[0].length - name.length;
    // "the coastal village, Zygi," is an apposition only when the name closes it ("in the city, Chief Moore said" is not).
    if (m[1].startsWith(',') && !/^\s*(?:[,.;:)]|$)/u.test(text.slice(start + name.length))) continue;
    if (places.some((p) => p.start < start + name.length && p.end > start)) continue;
    if ([...out, ...found].some((f) => f.start < start + name.length && f.end > start)) continue; // a facility, or a known town
    if (name.split(' ').some((w) => NOT_UNKNOWN.has(w))) continue;
    const event = eventHint(text, m.index!, start + name.length);
    // "the coastal town of Larnaca": a town GeoNames knows reads as one.
    const town = townReading(name);
    const place = town ?? { name, placeKind: 'unknown', within: [], reading: `${name} (a place the gazetteer does not know)` };
    out.push({ text: name, start, end: start + name.length, ...place, ...(event ? { event } : {}) });
  }
  return out;
}

function toClaim(sentence: Sentence, hit: PlaceHit): RawClaim {
  const value: PlaceValue = {
    type: 'place',
    name: hit.name,
    placeKind: hit.placeKind,
    within: hit.within,
    reading: hit.reading,
  };
  const claim: RawClaim = {
    kind: 'place',
    start: sentence.start + hit.start,
    end: sentence.start + hit.end,
    text: sentence.text.slice(hit.start, hit.end),
    value,
  };
  if (hit.event) claim.subjectHint = hit.event;
  return claim;
}

/** The event word a dateline's place is aligned on: datelines align with datelines. */
export const DATELINE_EVENT = 'dateline';

/**
 * The place a dateline names ("LONDON", "GONESSE, France"): where the report
 * was filed. A known place reads from the gazetteer; an unknown one before a
 * known region ("GONESSE, France") is placed in it.
 */
export function datelinePlace(text: string): PlaceHit | undefined {
  const places = findPlaces(text);
  const first = places[0];
  if (first && first.start === 0) return { ...hitOf(first, DATELINE_EVENT), reading: `${first.reading} (dateline)` };
  const m = /^([\p{L}'’.\- ]+?),\s*/u.exec(text);
  if (!m || !first || first.start !== m[0].length) return undefined;
  const written = m[1];
  const name = written === written.toUpperCase()
    ? written.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : written;
  return {
    text: written,
    start: 0,
    end: written.length,
    name,
    placeKind: 'unknown',
    within: [first.name, ...first.within],
    reading: `${name} (place in ${first.name}; dateline)`,
    event: DATELINE_EVENT,
  };
}

/** Places of events in one sentence (`people`: names in its article). Never throws. */
export function extractPlaces(sentence: Sentence, people: readonly string[] = []): RawClaim[] {
  try {
    if (!sentence || typeof sentence.text !== 'string') return [];
    if (sentence.isDateline) {
      const hit = datelinePlace(sentence.text);
      if (!hit) return [];
      const claim = toClaim(sentence, hit);
      return [{ ...claim, value: { ...(claim.value as PlaceValue), dateline: true } }];
    }
    return findEventPlaces(sentence.text, people).map((h) => toClaim(sentence, h));
  } catch {
    return [];
  }
}

export const placeExtractor: Extractor = {
  kind: 'place',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return extractPlaces(sentence, ctx?.source?.text ? namesOfSource(ctx.source.text) : []);
  },
};

export default placeExtractor;
