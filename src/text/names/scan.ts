// Person names in running text, shared by the title, medium and quote
// extractors: a small capitalisation-driven scanner with offsets, the title
// lexicon it needs to recognise "President Trump" and "Vice-Premier He", and
// `sameName` to tell whether two written names are one person.
//
// Everything is linear in the text: one tokenisation, one gazetteer scan,
// bounded look-arounds per token.

import { nameTokens, sameName } from './same.js';
import { findActors, findPlaces, type WordToken, wordTokens } from '../gazetteer/index.js';

// ---------------------------------------------------------------------------
// Lexicons (general, not story-specific)

/** Office or role head words, singular, lower case. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'premier', 'minister', 'secretary', 'representative', 'chancellor', 'governor', 'senator',
  'congressman', 'congresswoman', 'congressmember', 'lawmaker', 'legislator', 'assemblyman', 'assemblywoman',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'mayor', 'judge', 'justice', 'magistrate',
  'ambassador', 'envoy', 'consul', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'commissioner',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'ceo', 'cfo', 'coo', 'cto', 'executive', 'officer', 'general',
  'admiral', 'colonel', 'captain', 'lieutenant', 'sergeant', 'commander', 'marshal', 'negotiator', 'adviser',
  'advisor', 'counsel', 'counselor', 'counsellor', 'prosecutor', 'attorney', 'solicitor', 'king', 'queen', 'prince',
  'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'crown', 'pope', 'cardinal', 'archbishop', 'bishop',
  'rabbi', 'imam', 'ayatollah', 'tycoon', 'billionaire', 'magnate', 'mogul', 'founder', 'cofounder', 'chief', 'head',
  'leader', 'boss', 'dean', 'provost', 'professor', 'economist', 'strategist', 'diplomat', 'lawyer', 'activist',
  'candidate', 'nominee', 'speaker', 'whip', 'treasurer', 'comptroller', 'controller', 'auditor', 'sheriff',
  'superintendent', 'inspector', 'detective', 'coach', 'manager', 'editor', 'correspondent', 'columnist', 'surgeon',
  'deputy', 'viceroy', 'regent', 'monarch', 'dictator', 'warlord', 'vice-president',
  'representative', 'delegate', 'commissar', 'administrator', 'registrar', 'principal', 'rector', 'chaplain',
  'reverend', 'pastor', 'priest', 'patriarch', 'lama', 'mufti', 'taoiseach', 'tanaiste', 'minister-president',
  // Roles news prose sets beside a name as it would an office ("Ron Ben Yishai, a security expert").
  'reporter', 'analyst', 'expert', 'official', 'aide', 'researcher', 'scientist', 'consultant', 'historian',
  'investigator', 'lobbyist', 'pollster', 'commentator', 'physician',
]);

/** Plural heads ("Presidents Xi Jinping and Donald Trump") → singular. */
export const TITLE_PLURALS: ReadonlyMap<string, string> = new Map([
  ['presidents', 'president'], ['premiers', 'premier'], ['ministers', 'minister'], ['secretaries', 'secretary'],
  ['senators', 'senator'], ['governors', 'governor'], ['judges', 'judge'], ['justices', 'justice'],
  ['ambassadors', 'ambassador'], ['representatives', 'representative'], ['leaders', 'leader'],
  ['chancellors', 'chancellor'], ['mayors', 'mayor'], ['kings', 'king'], ['queens', 'queen'], ['princes', 'prince'],
  ['generals', 'general'], ['congressmen', 'congressman'], ['lawmakers', 'lawmaker'], ['prosecutors', 'prosecutor'],
  ['negotiators', 'negotiator'], ['envoys', 'envoy'], ['directors', 'director'], ['commissioners', 'commissioner'],
]);

/** Words that modify a head inside a title ("Vice", "Treasury", "top trade", "media"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'deputy', 'prime', 'first', 'second', 'foreign', 'treasury', 'trade', 'commerce', 'finance', 'financial',
  'defense', 'defence', 'state', 'top', 'chief', 'senior', 'junior', 'international', 'former', 'acting', 'interim',
  'assistant', 'associate', 'executive', 'general', 'attorney', 'district', 'federal', 'supreme', 'national',
  'security', 'interior', 'home', 'economic', 'economy', 'media', 'minority', 'majority', 'senate', 'house', 'lead',
  'principal', 'special', 'outgoing', 'incoming', 'presidential', 'press', 'communications', 'health', 'education',
  'energy', 'environment', 'environmental', 'agriculture', 'labor', 'labour', 'transport', 'transportation',
  'justice', 'affairs', 'homeland', 'military', 'army', 'navy', 'naval', 'air', 'police', 'fire', 'county', 'city',
  'regional', 'provincial', 'local', 'municipal', 'party', 'opposition', 'ruling', 'public', 'team', 'company',
  'bank', 'central', 'reserve', 'ministry', 'department', 'office', 'government', 'cabinet', 'royal', 'crown',
  'grand', 'high', 'business', 'tech', 'technology', 'property', 'shipping', 'oil', 'mining', 'steel', 'real',
  'estate', 'union', 'campaign', 'election', 'intelligence', 'cyber', 'climate', 'digital', 'science', 'culture',
  'sports', 'tourism', 'information', 'budget', 'tax', 'revenue', 'customs', 'immigration', 'border', 'legal',
  'medical', 'research', 'managing', 'editorial', 'news', 'political', 'policy', 'spy', 'war', 'peace', 'veteran',
  'longtime', 'then', 'elect', 'newly', 'supreme', 'joint', 'chiefs', 'staff', 'operating', 'financial',
  'technical', 'investment', 'industry', 'industrial', 'housing', 'development', 'planning', 'external',
  'internal', 'economic', 'monetary', 'fiscal', 'court', 'appeals', 'circuit', 'superior', 'high', 'lower',
  'upper', 'parliamentary', 'congressional', 'legislative', 'judicial', 'state', 'ceremonial', 'titular',
  'permanent', 'resident', 'lord', 'prince', 'crown', 'surgeon', 'inspector', 'auditor', 'police', 'fire',
  'emergency', 'disaster', 'relief', 'humanitarian', 'aid', 'rights', 'human', 'privacy', 'data', 'trade', 'chief',
  'commission', 'council', 'committee', 'agency', 'authority', 'board', 'exchange', 'market', 'markets', 'fund',
  'administration', 'white', 'kremlin', 'pentagon', 'vatican', 'un', 'nato', 'imf', 'wto', 'conservative',
  'labour', 'democratic', 'republican', 'liberal', 'green', 'socialist', 'communist', 'progressive', 'tory',
  'independent', 'nationalist', 'conservatives', 'democrats', 'republicans',
]);

/** Abbreviated titles ("Gov.", "Sen.") → full lower-case word. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['capt', 'captain'], ['cpt', 'captain'], ['sgt', 'sergeant'], ['maj', 'major'],
  ['adm', 'admiral'], ['cmdr', 'commander'], ['amb', 'ambassador'], ['pres', 'president'], ['sec', 'secretary'],
  ['secy', 'secretary'], ['atty', 'attorney'], ['supt', 'superintendent'], ['insp', 'inspector'],
  ['det', 'detective'], ['prof', 'professor'], ['rev', 'reverend'], ['hon', 'honourable'], ['dep', 'deputy'],
  ['asst', 'assistant'], ['sr', 'senior'], ['jr', 'junior'],
]);

/** Honorifics: mark a name but are not a title claim. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame', 'mme', 'mlle', 'herr',
  'frau', 'senor', 'senora', 'monsieur',
]);

/** Lower-case particles inside names ("Ursula von der Leyen", "Tamim bin Hamad Al Thani"). */
const PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'dos',
  'das', 'del', 'ter', 'ten', 'y', 'abu', 'ul',
]);

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi']);

/** Month names that are also family or given names ("Theresa May"), accepted after a name word. */
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us']);

const MONTHS_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs',
  'fri', 'sat', 'today', 'tonight', 'yesterday', 'tomorrow', 'christmas', 'easter', 'ramadan', 'eid',
]);

/** Capitalised words that never start or belong to a person name. */
const STOP_CAPS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'in', 'on',
  'at', 'to', 'from', 'by', 'for', 'with', 'of', 'and', 'or', 'but', 'nor', 'as', 'after', 'before', 'during',
  'while', 'when', 'where', 'if', 'despite', 'although', 'though', 'because', 'since', 'until', 'meanwhile',
  'however', 'also', 'according', 'adding', 'under', 'over', 'beyond', 'between', 'among', 'amid', 'amidst',
  'following', 'ahead', 'about', 'against', 'into', 'through', 'throughout', 'without', 'within', 'upon', 'so',
  'yet', 'not', 'no', 'yes', 'all', 'both', 'each', 'every', 'some', 'many', 'more', 'most', 'other', 'such', 'what',
  'which', 'who', 'whom', 'whose', 'why', 'how', 'there', 'here', 'then', 'now', 'earlier', 'later', 'last', 'next',
  'new', 'key', 'officials', 'analysts', 'observers', 'experts', 'critics', 'reports', 'sources', 'residents',
  'witnesses', 'authorities', 'people', 'speaking', 'asked', 'photo', 'source', 'comments', 'comment', 'add',
  'close', 'trending', 'similar', 'related', 'read', 'share', 'follow', 'subscribe', 'sign', 'advertisement',
  'icon', 'newsletter', 'newsletters', 'stay', 'continue', 'click', 'watch', 'listen', 'breaking', 'update',
  'updated', 'exclusive', 'opinion', 'analysis', 'editorial', 'live', 'video', 'audio', 'home', 'section',
  'article', 'chapter', 'page', 'figure', 'table', 'rare', 'earth', 'earths', 'tariff', 'tariffs', 'talks', 'deal',
  'hopes', 'trade', 'copyright', 'reuters', 'ap', 'afp', 'via', 'instead', 'still', 'even', 'just', 'only', 'once',
  'again', 'thus', 'hence', 'therefore', 'indeed', 'perhaps', 'maybe', 'overall', 'finally', 'first', 'second',
  'third', 'another', 'any', 'none', 'several', 'few', 'former', 'current', 'top', 'senior', 'junior', 'photos',
  'image', 'images', 'credit', 'getty', 'file', 'pictured', 'left', 'right', 'center', 'centre', 'far', 'l', 'r',
  'chinas', 'like', 'unlike', 'amongst', 'towards', 'toward', 'onto', 'off', 'out', 'up', 'down', 'around',
  'across', 'along', 'beside', 'besides', 'near', 'per', 'than', 'whether', 'unless', 'once', 'whereas', 'even',
  'both', 'either', 'neither', 'let', 'please', 'thanks', 'thank', 'dear', 'hello', 'oh', 'well', 'okay', 'ok',
  'mr', 'mrs', 'ms', 'dr', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'st',
]);

/** Words that mark an organisation, event or thing rather than a person. */
const ORG_WORDS = new Set([
  'ministry', 'department', 'commission', 'council', 'bank', 'group', 'party', 'court', 'university', 'college',
  'school', 'association', 'nations', 'summit', 'cooperation', 'economic', 'news', 'times', 'post', 'journal',
  'agency', 'committee', 'union', 'organization', 'organisation', 'fund', 'office', 'house', 'senate', 'congress',
  'parliament', 'assembly', 'act', 'law', 'bill', 'street', 'road', 'avenue', 'square', 'airport', 'hospital',
  'company', 'corporation', 'institute', 'center', 'centre', 'foundation', 'service', 'services', 'force', 'forces',
  'army', 'navy', 'police', 'board', 'authority', 'administration', 'reserve', 'exchange', 'market', 'markets',
  'index', 'network', 'list', 'daily', 'press', 'media', 'tv', 'radio', 'channel', 'broadcasting', 'television',
  'airlines', 'airways', 'motors', 'electric', 'energy', 'holdings', 'partners', 'capital', 'securities',
  'industries', 'technologies', 'systems', 'labs', 'club', 'league', 'cup', 'games', 'olympics', 'festival',
  'awards', 'prize', 'program', 'programme', 'project', 'initiative', 'forum', 'conference', 'treaty', 'accord',
  'agreement', 'declaration', 'plan', 'strategy', 'report', 'review', 'survey', 'census', 'tribunal', 'prison',
  'palace', 'castle', 'cathedral', 'mosque', 'temple', 'museum', 'library', 'garden', 'stadium',
  'arena', 'tower', 'building', 'bridge', 'river', 'lake', 'mountain', 'mount', 'island', 'islands', 'sea',
  'ocean', 'bay', 'gulf', 'coast', 'valley', 'desert', 'province', 'state', 'states', 'city', 'county', 'district',
  'region', 'republic', 'kingdom', 'empire', 'federation', 'territory', 'north', 'south', 'east', 'west',
  'central', 'northern', 'southern', 'eastern', 'western', 'international', 'national', 'federal', 'global',
  'world', 'royal', 'united', 'democratic', 'republican', 'communist', 'labour', 'conservative', 'liberal',
  'socialist', 'business', 'today', 'magazine', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian',
  'observer', 'chronicle', 'review', 'insider', 'wire', 'online', 'digital', 'facebook', 'twitter', 'instagram',
  'youtube', 'tiktok', 'linkedin', 'whatsapp', 'telegram', 'google', 'apple', 'microsoft', 'amazon', 'inc', 'corp',
  'ltd', 'llc', 'plc', 'co', 'entity', 'commerce', 'treasury', 'finance', 'defense', 'defence', 'justice', 'health',
  'education', 'affairs', 'security', 'intelligence', 'foreign', 'interior', 'trade', 'industry', 'development',
  'investment', 'policy', 'studies', 'research', 'council', 'cabinet', 'government', 'regime', 'alliance',
  'coalition', 'front', 'movement', 'brigade', 'battalion', 'division', 'command', 'fleet', 'guard', 'guards',
  'station', 'port', 'base', 'camp', 'zone', 'strait', 'canal', 'peninsula', 'plaza', 'mall', 'hotel', 'tower',
  'centre', 'stock', 'oil', 'gas', 'steel', 'motor', 'pharma', 'pharmaceuticals', 'bio', 'solutions', 'capital',
  'ventures', 'trust', 'fund', 'funds', 'bancorp', 'insurance', 'financial', 'investments', 'properties', 'realty',
  'foods', 'brands', 'stores', 'mart', 'express', 'logistics', 'shipping', 'lines', 'rail', 'railway', 'railways',
  'transit', 'metro', 'bus', 'aviation', 'aerospace', 'defence', 'dynamics', 'robotics', 'ai', 'software', 'cloud',
  'net', 'web', 'app', 'apps', 'mobile', 'telecom', 'communications', 'semiconductor', 'semiconductors', 'chips',
  'mining', 'metals', 'minerals', 'resources', 'chemical', 'chemicals', 'materials', 'textiles', 'auto', 'autos',
  'war', 'crisis', 'revolution', 'era', 'age', 'period', 'dynasty', 'protocol', 'convention', 'charter',
  'constitution', 'amendment', 'code', 'rule', 'rules', 'order', 'decree', 'directive', 'regulation', 'standard',
  'award', 'medal', 'trophy', 'championship', 'championships', 'series', 'open', 'tour', 'marathon', 'race',
]);

// ---------------------------------------------------------------------------
// Token preparation

/** A gazetteer name (place or actor word) over tokens first..last. */
export interface GeoSpan {
  start: number;
  end: number;
  first: number;
  last: number;
}

export interface Prepared {
  text: string;
  toks: WordToken[];
  /** Token index → true when the token is part of a place or actor name (gazetteer). */
  geo: boolean[];
  /** Token index → index into geoSpans, or -1. */
  geoAt: number[];
  geoSpans: GeoSpan[];
  /** True when nearly every longer word is capitalised (a headline): only titled or known names count. */
  titleCase: boolean;
}

/** Tokenise once and mark gazetteer words; shared by the title, medium and quote extractors. */
export function prepare(text: string): Prepared {
  const toks = wordTokens(text);
  const geo = new Array<boolean>(toks.length).fill(false);
  const geoAt = new Array<number>(toks.length).fill(-1);
  const raw = [...findPlaces(text, toks), ...findActors(text, toks)].sort((a, b) => a.start - b.start || b.end - a.end);
  const geoSpans: GeoSpan[] = [];
  let k = 0;
  for (const sp of raw) {
    // Skip spans inside a longer one already kept ("China" inside "South China Sea").
    const prev = geoSpans[geoSpans.length - 1];
    if (prev && sp.start < prev.end) continue;
    while (k < toks.length && toks[k].end <= sp.start) k++;
    let first = -1;
    let last = -1;
    for (let j = k; j < toks.length && toks[j].start < sp.end; j++) {
      if (toks[j].start >= sp.start && toks[j].end <= sp.end) {
        if (first < 0) first = j;
        last = j;
      }
    }
    if (first < 0) continue;
    const idx = geoSpans.length;
    geoSpans.push({ start: sp.start, end: sp.end, first, last });
    for (let j = first; j <= last; j++) {
      geo[j] = true;
      geoAt[j] = idx;
    }
  }
  let long = 0;
  let capsLong = 0;
  for (const tk of toks) {
    if (tk.raw.length > 3 && /^\p{L}/u.test(tk.raw)) {
      long++;
      if (tk.capital) capsLong++;
    }
  }
  // Headlines rarely end with sentence punctuation; prose lists of names do.
  const titleCase = long >= 4 && capsLong / long >= 0.85 && !/[.!?]["”’)]*\s*$/u.test(text);
  return { text, toks, geo, geoAt, geoSpans, titleCase };
}

/** The text between two tokens. */
export function gapBetween(p: Prepared, a: number, b: number): string {
  return p.text.slice(p.toks[a].fullEnd, p.toks[b].start);
}

const SINGLE_SPACE = /^ $/;

function isInitial(tk: WordToken): boolean {
  return /^\p{Lu}$/u.test(tk.raw) || /^(?:\p{Lu}\.){1,3}$/u.test(tk.raw) || /^\p{Lu}{2}$/u.test(tk.raw);
}

/** A word that may be part of a person name (capitalised, not a lexicon word, not a place). */
export function isNameWord(p: Prepared, i: number): boolean {
  const tk = p.toks[i];
  if (!tk || !tk.capital || p.geo[i]) return false;
  if (!/\p{Ll}/u.test(tk.raw)) return false; // acronyms and initials are handled apart
  const n = tk.norm;
  if (STOP_CAPS.has(n) || MONTHS_DAYS.has(n) || ORG_WORDS.has(n) || PRONOUNS.has(n)) return false;
  if (TITLE_HEADS.has(n) || TITLE_MODIFIERS.has(n) || TITLE_PLURALS.has(n) || HONORIFICS.has(n)) return false;
  if (TITLE_ABBREVIATIONS.has(n) && p.text.charAt(tk.end) === '.') return false;
  if (/\d/u.test(n)) return false;
  return true;
}

export interface NameRead {
  /** First token index of the name. */
  first: number;
  /** Last token index (inclusive). */
  last: number;
  start: number;
  end: number;
  /** Number of capitalised name words (particles, initials and suffixes not counted). */
  words: number;
}

/**
 * Read a person name starting at token `i`: 1–3 capitalised name words with
 * particles ("von der"), initials ("J.", "JD") and suffixes ("Jr.", "III"),
 * joined by single spaces or hyphens ("Ocasio-Cortez"). A pronoun ("He")
 * starts a name only when a name word follows ("He Lifeng") or when
 * `allowPronoun` is set (after a title: "Vice-Premier He").
 */
export function readName(p: Prepared, i: number, allowPronoun = false): NameRead | undefined {
  const toks = p.toks;
  const first = toks[i];
  if (!first || !first.capital || p.geo[i]) return undefined;
  let words = 0;
  let last = -1;
  let j = i;
  // Leading initials: "J.D. Vance", "JD Vance", "J. K. Rowling".
  while (j < toks.length && isInitial(toks[j])) {
    const next = j + 1 < toks.length ? j + 1 : -1;
    if (next < 0) break;
    const gap = gapBetween(p, j, next);
    if (!/^\.? $/.test(gap) && !(toks[j].raw.endsWith('.') && gap === ' ')) break;
    if (!isNameWord(p, next) && !isInitial(toks[next])) break;
    j = next;
  }
  if (PRONOUNS.has(toks[j].norm) && toks[j].capital && j === i) {
    const next = j + 1;
    const followed = next < toks.length && SINGLE_SPACE.test(gapBetween(p, j, next)) && isNameWord(p, next) && !toks[j].possessive;
    if (followed) {
      words = 1;
      last = j;
      j = next;
    } else if (allowPronoun && (toks[j].norm === 'he' || toks[j].norm === 'she')) {
      // Only "He" is common as a family name; keep "She" for symmetry.
      return { first: i, last: j, start: toks[i].start, end: toks[j].end, words: 1 };
    } else {
      return undefined;
    }
  }
  while (j < toks.length) {
    const tk = toks[j];
    let hyphen = false;
    if (j > i) {
      const gap = gapBetween(p, j - 1, j);
      const prev = toks[j - 1];
      if (prev.possessive) break;
      hyphen = gap === '-' || gap === '‐';
      const afterInitial = isInitial(prev) && /^\.? $/.test(gap);
      if (!SINGLE_SPACE.test(gap) && !hyphen && !afterInitial) break;
      if (hyphen && !isNameWord(p, j)) break;
    }
    const monthSurname =
      last >= 0 && !hyphen && tk.capital && NAME_MONTHS.has(tk.norm) && !/^\s*\d/u.test(p.text.slice(tk.fullEnd, tk.fullEnd + 3));
    if (isNameWord(p, j) || monthSurname) {
      // "Ocasio-Cortez", "Jean-Luc": a hyphenated compound is one word.
      if (!hyphen) {
        if (words >= 3) break;
        words++;
      }
      last = j;
      j++;
      continue;
    }
    if (last >= 0 && PARTICLES.has(tk.norm) && !tk.possessive) {
      // Particles continue the name only when a name word follows them ("von der Leyen").
      let k = j;
      while (k < toks.length && k - j < 3 && PARTICLES.has(toks[k].norm)) {
        const gap = k + 1 < toks.length ? gapBetween(p, k, k + 1) : '';
        if (!SINGLE_SPACE.test(gap) && gap !== '-') break;
        k++;
      }
      if (k > j && k < toks.length && PARTICLES.has(toks[k - 1].norm) && isNameWord(p, k)) {
        j = k;
        continue;
      }
      break;
    }
    // A suffix ends the name ("Theodore Boutrous Jr."), unless a name word follows:
    // then a one-letter suffix is an initial ("Vladimir V. Putin").
    const initialAfter = isInitial(tk) && j + 1 < toks.length && /^\.? $/.test(gapBetween(p, j, j + 1)) && isNameWord(p, j + 1);
    if (last >= 0 && words >= 1 && SUFFIXES.has(tk.norm) && tk.capital && !initialAfter && /^,? $/.test(gapBetween(p, last, j))) {
      last = j;
      j++;
      break;
    }
    if (last >= 0 && isInitial(tk) && words >= 1 && j + 1 < toks.length) {
      // "Donald J. Trump": an initial between name words.
      const gap = gapBetween(p, j, j + 1);
      if (/^\.? $/.test(gap) && isNameWord(p, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    break;
  }
  if (words === 0 || last < 0) return undefined;
  if (j > i && isInitial(toks[i]) && words === 1) words = 2;
  // Leading initials count toward the start.
  return { first: i, last, start: toks[i].start, end: toks[last].end, words };
}

/** True when the token before `i` ends a title ("President", "Gov.", "Vice-Premier", "Secretary of State"). */
export function titleBefore(p: Prepared, i: number): boolean {
  const toks = p.toks;
  const h = i - 1;
  if (h < 0) return false;
  if (!SINGLE_SPACE.test(gapBetween(p, h, i)) && !(/^\. $/.test(gapBetween(p, h, i)))) return false;
  const n = toks[h].norm;
  const dotted = p.text.charAt(toks[h].end) === '.';
  if (dotted && (TITLE_ABBREVIATIONS.has(n) || HONORIFICS.has(n))) return true;
  if (gapBetween(p, h, i) !== ' ') return false;
  if (TITLE_HEADS.has(n) || TITLE_PLURALS.has(n) || HONORIFICS.has(n)) return true;
  // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Wang Yi".
  for (let k = h; k >= Math.max(0, h - 4); k--) {
    if (toks[k].norm === 'of' && k > 0 && TITLE_HEADS.has(toks[k - 1].norm)) {
      for (let m = k + 1; m <= h; m++) {
        const w = toks[m].norm;
        if (!(TITLE_MODIFIERS.has(w) || ORG_WORDS.has(w) || p.geo[m] || w === 'the' || w === 'and')) return false;
      }
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Scanning

export interface NameSpan {
  /** The name as written, without a possessive "’s". */
  name: string;
  /** Offsets local to the scanned text. */
  start: number;
  end: number;
  /** True when a title or honorific stands right before the name. */
  titled: boolean;
}

export interface ScanOptions {
  /**
   * Names known from elsewhere (earlier in the article). A single capitalised
   * word equal to the first or last word of one of them is a name ("Trump"
   * after "Donald Trump").
   */
  known?: readonly string[];
  /**
   * Also accept a lone capitalised word that is not a lexicon word when it
   * is not the first word of a sentence, or when a speech or contact verb
   * follows it ("Trump spoke by phone with Xi").
   */
  loose?: boolean;
}

const LOOSE_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'spoke', 'speaks', 'talked', 'talks', 'met', 'meets', 'called', 'calls',
  'phoned', 'wrote', 'writes', 'added', 'noted', 'stated', 'held', 'holds', 'had', 'has', 'will', 'would',
  'announced', 'confirmed', 'insisted', 'warned', 'argued', 'replied', 'asked', 'urged', 'described', 'and',
]);

const LOCATIVE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'via', 'of']);

function atSentenceStart(p: Prepared, i: number): boolean {
  if (i === 0) return /^[\s"“‘'(\[]*$/u.test(p.text.slice(0, p.toks[0].start));
  const gap = gapBetween(p, i - 1, i);
  return /[.!?:]["”’)]*\s+["“‘(]*$/u.test(gap) || /\n/.test(gap);
}

/** Lower-case first/last words of known names, for single-word matches. */
function knownWords(known: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const k of known ?? []) {
    const parts = nameTokens(k);
    if (parts.length === 0) continue;
    out.add(parts[0]);
    out.add(parts[parts.length - 1]);
  }
  return out;
}

/**
 * Person names in `text` with local offsets, in order. A name is a run of
 * 2–3 capitalised name words ("Scott Bessent", "He Lifeng"), or a single
 * word right after a title ("President Trump", "Vice-Premier He"), or a
 * single word matching a known name. Runs next to an organisation word
 * ("Fox Business Network") and gazetteer names ("Kuala Lumpur") are not
 * names. In a headline (title case) only titled and known names count.
 */
export function scanNames(text: string, opts: ScanOptions = {}, prepared?: Prepared): NameSpan[] {
  if (typeof text !== 'string' || text === '') return [];
  const p = prepared ?? prepare(text);
  const toks = p.toks;
  const known = knownWords(opts.known);
  const out: NameSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    const titled = titleBefore(p, i);
    const r = readName(p, i, titled);
    if (!r) {
      i++;
      continue;
    }
    const nextIdx = r.last + 1;
    const next = toks[nextIdx];
    const orgFollows =
      next !== undefined && next.capital && SINGLE_SPACE.test(gapBetween(p, r.last, nextIdx)) && ORG_WORDS.has(next.norm);
    let accept = false;
    if (titled) accept = true;
    else if (orgFollows) accept = false;
    else if (r.words >= 2 && !p.titleCase) accept = true;
    else if (r.words === 1) {
      const written = p.text.slice(r.start, r.end);
      const parts = written.split(/[-‐]/);
      if (parts.length > 1) {
        // "Trump-Xi": report each known part on its own.
        let off = r.start;
        for (const part of parts) {
          if (known.has(foldPart(part))) out.push({ name: part, start: off, end: off + part.length, titled: false });
          off += part.length + 1;
        }
        i = r.last + 1;
        continue;
      }
      if (nameTokens(written).some((w) => known.has(w))) accept = true;
      else if (opts.loose && !p.titleCase) {
        const after = next && SINGLE_SPACE.test(gapBetween(p, r.last, nextIdx)) ? next.norm : '';
        // A lone word after a locative preposition is more likely a place ("held in Manhattan").
        const prevWord = r.first > 0 && SINGLE_SPACE.test(gapBetween(p, r.first - 1, r.first)) ? toks[r.first - 1].norm : '';
        accept =
          !LOCATIVE_BEFORE.has(prevWord) &&
          (!atSentenceStart(p, r.first) || LOOSE_VERBS.has(after) || p.text.charAt(toks[r.last].fullEnd) === ',');
      }
    } else if (r.words >= 2 && p.titleCase) {
      const ws = nameTokens(p.text.slice(r.start, r.end));
      accept = ws.some((w) => known.has(w));
    }
    if (accept) {
      out.push({ name: p.text.slice(r.start, r.end), start: r.start, end: r.end, titled });
      i = r.last + 1;
    } else {
      i = r.first + 1;
    }
  }
  return out;
}

function foldPart(s: string): string {
  return nameTokens(s)[0] ?? '';
}

// ---------------------------------------------------------------------------
// Comparing names

export { nameTokens, sameName };

// ---------------------------------------------------------------------------
// Known names of a whole source (cached), for single-word matches

let cacheText: string | undefined;
let cacheNames: string[] = [];

/**
 * Multi-word and titled names anywhere in a source text, computed once per
 * text (the last text is cached, so calling it for every sentence of one
 * source is linear overall).
 */
export function namesOfSource(text: string): string[] {
  if (text === cacheText) return cacheNames;
  const names = new Set<string>();
  // Scan line by line to keep the title-case test local to each line.
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (/\p{Lu}/u.test(line)) {
      for (const n of scanNames(line)) if (nameTokens(n.name).length >= 2) names.add(n.name);
    }
    from = to + 1;
  }
  cacheText = text;
  cacheNames = [...names];
  return cacheNames;
}
