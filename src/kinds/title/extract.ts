// kind 'title': a person's title or role written next to their name.
//
//   [qualifier] [modifiers] head [of portfolio] Name    "U.S. Treasury Secretary Scott Bessent",
//                                                       "China’s Vice Minister of Finance Liao Min",
//                                                       "Hong Kong media tycoon Jimmy Lai", "Gov. Kathy Hochul"
//   Presidents Name and Name                            two claims, one per person
//   Name, [the|a] [qualifier] [modifiers] head [of …],  "Li Chenggang, China’s top trade negotiator,"
//   [qualifier] [modifiers] head, Name,                 "Smith’s attorney, Rebecca Chen, said" (lower-case head)
//
// The qualifier (a country, demonym, place or possessive: "U.S.", "Chinese",
// "China’s") is kept apart from the title; `formal` tells a capitalised office
// ("Vice Premier") from a lower-case description ("top trade negotiator").

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { TitleValue } from '../../model/value.js';
import { countryOfActor } from '../../text/gazetteer/index.js';
import { lexiconTags } from '../../text/pos/lexicon.js';
import {
  gapBetween,
  HONORIFICS,
  namesOfSource,
  type Prepared,
  prepare,
  readName,
  scanNames,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_PLURALS,
} from '../../text/names/scan.js';

/** One title found in a text, offsets local to that text. */
export interface TitleHit {
  person: string;
  personStart: number;
  personEnd: number;
  /** The title as written, without qualifiers ("Vice-Premier", "Vice Minister of Finance"). */
  title: string;
  titleStart: number;
  titleEnd: number;
  qualifiers: { text: string; start: number; end: number }[];
  formal: boolean;
  /** Span of the claim: qualifiers + title + name, or name + appositive title. */
  start: number;
  end: number;
  appositive: boolean;
  /** The time adverb before an appositive title that sets it in the past or future ("then", "later"). */
  when?: string;
}

/** Words that may follow "of" in a title ("Secretary of State", "Minister of Foreign Affairs"). */
const PORTFOLIO = new Set([
  'state', 'finance', 'defense', 'defence', 'foreign', 'affairs', 'home', 'commerce', 'trade', 'justice', 'health',
  'education', 'energy', 'agriculture', 'labor', 'labour', 'transport', 'transportation', 'treasury', 'interior',
  'economy', 'industry', 'culture', 'tourism', 'environment', 'housing', 'homeland', 'security', 'veterans',
  'external', 'information', 'science', 'technology', 'communications', 'immigration', 'public', 'works',
  'planning', 'development', 'investment', 'sports', 'youth', 'women', 'social', 'welfare', 'fisheries', 'mines',
  'petroleum', 'water', 'digital', 'national', 'exchequer', 'staff', 'joint', 'chiefs', 'war', 'navy', 'army', 'air',
  'force', 'police', 'budget', 'revenue', 'customs', 'intelligence', 'internal', 'international', 'cooperation',
  'economic', 'commission', 'bank', 'council', 'board', 'federal', 'reserve', 'european', 'united', 'nations',
  'court', 'supreme', 'appeals', 'house', 'senate', 'representatives', 'commons', 'lords', 'company', 'board',
  'directors', 'government', 'people', 'republic', 'central', 'committee', 'party', 'ministry', 'department',
  'office', 'authority', 'agency', 'fund', 'monetary', 'world', 'organization', 'organisation', 'trust',
  'resources', 'natural', 'urban', 'rural', 'regional', 'local', 'land', 'transport', 'infrastructure', 'finance',
  'and', 'the', 'for',
]);

const ARTICLES = new Set(['the', 'a', 'an']);

/** Determiners an appositive title may open with besides articles ("Lauren Greene, his former aide"). */
const APPOSITIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Adverbs of time before an appositive title ("Moore, then an assistant district attorney"). */
const APPOSITIVE_ADVERBS = new Set(['then', 'now', 'later', 'formerly', 'once', 'previously', 'currently']);
/** Of those, the ones that put the office at another moment than the present. */
const OTHER_TIME = new Set(['then', 'later', 'formerly', 'once', 'previously']);

/** Prepositions that attach an employer or post to a title ("a spokesman for the campaign", "a lawyer with the Center"). */
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'with', 'at', 'of', 'to', 'in', 'on']);

/** Words that start a new clause: a complement running into one is not part of the title. */
const CLAUSE_WORDS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'said', 'says', 'told', 'when', 'where', 'while', 'because', 'after',
  'before', 'since', 'and', 'but', 'or', 'if', 'as', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would',
]);

/** Longest complement kept, in tokens after the preposition. */
const COMPLEMENT_TOKENS = 7;

/** Words that may follow an appositive title ("Li Chenggang, China’s top trade negotiator, said"). */
const APPOSITIVE_END = new Set(['who', 'said', 'says', 'told', 'added', 'noted', 'and', 'has', 'had', 'was', 'is', 'will', 'also']);

/** A party member named by party ("Democrat Doug Jones", "Jones, a Democrat"): a title for this kind only, not a name-scanner stop word. */
const PARTY_HEADS = new Set(['democrat', 'republican']);

function isHead(p: Prepared, i: number): boolean {
  const tk = p.toks[i];
  if (!tk) return false;
  const n = tk.norm;
  if (TITLE_HEADS.has(n) || TITLE_PLURALS.has(n)) return !p.geo[i];
  if (PARTY_HEADS.has(n)) return tk.capital && !p.geo[i];
  return TITLE_ABBREVIATIONS.has(n) && p.text.charAt(tk.end) === '.' && tk.capital;
}

/**
 * A lower-case word the lexicon reads first as an adjective and that is no
 * part of a title ("controversial", "staunch", "longtime"; not "former",
 * "senior" or "deputy", which are).
 */
function describingAdjective(p: Prepared, i: number): boolean {
  const tk = p.toks[i];
  if (!tk || tk.capital || isTitleWord(p, i)) return false;
  return lexiconTags(tk.raw)[0] === 'JJ';
}

function isTitleWord(p: Prepared, i: number): boolean {
  const tk = p.toks[i];
  if (!tk || p.geo[i] || tk.possessive) return false;
  return TITLE_HEADS.has(tk.norm) || TITLE_MODIFIERS.has(tk.norm) || isHead(p, i);
}

/** Token index just after "of …" in a title, or `i` when no portfolio follows. */
function portfolioEnd(p: Prepared, i: number): number {
  const toks = p.toks;
  if (!toks[i] || toks[i].norm !== 'of' || gapBetween(p, i - 1, i) !== ' ') return i;
  let k = i + 1;
  let last = -1;
  while (k < toks.length && k - i <= 6) {
    if (gapBetween(p, k - 1, k) !== ' ' && !(k - 1 === i && gapBetween(p, k - 1, k) === ' ')) break;
    const tk = toks[k];
    const isGeo = p.geo[k];
    if (isGeo) {
      // A whole place name: "Governor of New York", "President of the United States".
      const span = p.geoSpans[p.geoAt[k]];
      last = span.last;
      k = span.last + 1;
      if (toks[last].possessive) return i;
      continue;
    }
    if (ARTICLES.has(tk.norm) && tk.norm === 'the' && !tk.capital) {
      k++;
      continue;
    }
    if (tk.capital && PORTFOLIO.has(tk.norm) && tk.norm !== 'and' && tk.norm !== 'the' && tk.norm !== 'for') {
      last = k;
      k++;
      continue;
    }
    if ((tk.norm === 'and' || tk.norm === 'for') && last >= 0) {
      k++;
      continue;
    }
    break;
  }
  return last >= 0 ? last + 1 : i;
}

/** Qualifier right before token `s` (a place/actor name, a possessive, "Chinas"), or undefined. */
function qualifierBefore(p: Prepared, s: number): { text: string; start: number; end: number } | undefined {
  const q = s - 1;
  if (q < 0) return undefined;
  const toks = p.toks;
  const gap = p.text.slice(toks[q].fullEnd, toks[s].start);
  if (gap !== ' ') return undefined;
  if (p.geo[q]) {
    const span = p.geoSpans[p.geoAt[q]];
    if (span.last !== q) return undefined;
    const start = toks[span.first].start;
    return { text: p.text.slice(start, toks[q].fullEnd), start, end: toks[q].fullEnd };
  }
  const tk = toks[q];
  if (tk.possessive && tk.capital && /\p{Ll}/u.test(tk.raw)) {
    return { text: p.text.slice(tk.start, tk.fullEnd), start: tk.start, end: tk.fullEnd };
  }
  // "Chinas Vice Premier": a country name with a dropped apostrophe.
  if (tk.capital && /s$/u.test(tk.raw) && tk.raw.length > 3 && countryOfActor(tk.raw.slice(0, -1))) {
    return { text: tk.raw, start: tk.start, end: tk.end };
  }
  return undefined;
}

/** Expand, fold and singularise a title for comparison ("Vice-Premier" → "vice premier", "Gov." → "governor"). */
export function normalizeTitle(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[\s\-‐–—]+/u)
    .filter(Boolean)
    .map((w) => {
      const bare = w.replace(/\.$/, '');
      if (w.endsWith('.') && TITLE_ABBREVIATIONS.has(bare)) return TITLE_ABBREVIATIONS.get(bare)!;
      if (TITLE_PLURALS.has(bare)) return TITLE_PLURALS.get(bare)!;
      return bare;
    });
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Titles in `text` with local offsets. Pass a `prepared` text to share the
 * tokenisation with other extractors, and the names the article gives in
 * full (`known`) so that a surname alone ("Moore, then a district
 * attorney") is read as the person.
 */
export function findTitles(text: string, prepared?: Prepared, known: readonly string[] = []): TitleHit[] {
  if (typeof text !== 'string' || text === '') return [];
  const p = prepared ?? prepare(text);
  const toks = p.toks;
  const out: TitleHit[] = [];

  for (let h = 0; h < toks.length; h++) {
    if (!isHead(p, h)) continue;
    // The last head of a chain carries the title ("Attorney General", "Vice President").
    if (h + 1 < toks.length && isHead(p, h + 1) && /^[ -]$/.test(gapBetween(p, h, h + 1)) && !toks[h].possessive) continue;
    if (toks[h].possessive) continue;
    const afterPortfolio = portfolioEnd(p, h + 1);
    const titleLast = afterPortfolio - 1;
    const nameIdx = afterPortfolio;
    if (nameIdx >= toks.length) continue;
    const gap = gapBetween(p, titleLast, nameIdx);
    const abbrev = TITLE_ABBREVIATIONS.has(toks[titleLast].norm) && gap === '. ';
    // "Its spokesperson, Abdul Muhari, told reporters": the name set off by commas.
    // "the president of France, Jacques Chirac": the head, not the portfolio, must be lower case.
    const commaForm = gap === ', ' && !toks[h].capital;
    if (gap !== ' ' && !abbrev && !commaForm) continue;
    const name = readName(p, nameIdx, !commaForm);
    if (!name) continue;
    if (commaForm) {
      // "Its spokesperson, Abdul Muhari, told": the name must close the apposition.
      if (name.words < 2 || appositiveEnd(p, name.last) === undefined) continue;
    }
    // An organisation word right after the "name" means it is not a person ("General Motors Co").
    const after = toks[name.last + 1];
    if (after && after.capital && gapBetween(p, name.last, name.last + 1) === ' ' && TITLE_HEADS.has(after.norm)) continue;

    // Modifiers before the head: "Vice", "Treasury", "top trade", "media".
    let s = h;
    while (s - 1 >= 0 && /^[ \-‐]$/.test(gapBetween(p, s - 1, s)) && isTitleWord(p, s - 1)) s--;
    if (HONORIFICS.has(toks[h].norm) && s === h) continue;
    const qualifier = qualifierBefore(p, s);
    const titleStart = toks[s].start;
    const titleEnd = abbrev || p.text.charAt(toks[titleLast].end) === '.' && TITLE_ABBREVIATIONS.has(toks[titleLast].norm)
      ? toks[titleLast].end + 1
      : toks[titleLast].end;
    const title = p.text.slice(titleStart, titleEnd);
    const formal = toks[h].capital;
    const quals = qualifier ? [qualifier] : [];
    const start = qualifier ? qualifier.start : titleStart;
    out.push({
      person: p.text.slice(name.start, name.end),
      personStart: name.start,
      personEnd: name.end,
      title,
      titleStart,
      titleEnd,
      qualifiers: quals,
      formal,
      start,
      end: name.end,
      appositive: false,
    });

    // "Presidents Xi Jinping and Donald Trump": the second person shares the title.
    if (TITLE_PLURALS.has(toks[h].norm)) {
      const andIdx = name.last + 1;
      if (andIdx + 1 < toks.length && toks[andIdx].norm === 'and' && gapBetween(p, name.last, andIdx) === ' ' && gapBetween(p, andIdx, andIdx + 1) === ' ') {
        const second = readName(p, andIdx + 1, false);
        if (second) {
          out.push({
            person: p.text.slice(second.start, second.end),
            personStart: second.start,
            personEnd: second.end,
            title,
            titleStart,
            titleEnd,
            qualifiers: quals,
            formal,
            start: second.start,
            end: second.end,
            appositive: false,
          });
        }
      }
    }
    h = name.last;
  }

  // Appositives: "Li Chenggang, China’s top trade negotiator, said".
  for (const n of scanNames(text, { known }, p)) {
    const lastIdx = tokenEndingAt(p, n.end);
    if (lastIdx < 0) continue;
    // "Theodore J. Boutrous Jr., a lawyer": the suffix's period may stand before the comma.
    const comma = /^\.?, /u.exec(p.text.slice(n.end, n.end + 3));
    if (!comma) continue;
    let k = lastIdx + 1;
    if (k >= toks.length || toks[k].start !== n.end + comma[0].length) continue;
    let when: string | undefined;
    if (APPOSITIVE_ADVERBS.has(toks[k].norm) && !toks[k].capital && gapBetween(p, k, k + 1) === ' ') {
      if (OTHER_TIME.has(toks[k].norm)) when = toks[k].norm;
      k++;
    }
    if (k < toks.length && APPOSITIVE_DETERMINERS.has(toks[k].norm) && !toks[k].capital) k++;
    if (k >= toks.length) continue;
    // Optional qualifier.
    let qual: { text: string; start: number; end: number } | undefined;
    if (p.geo[k]) {
      const span = p.geoSpans[p.geoAt[k]];
      const q = span.last;
      if (q + 1 < toks.length && gapBetween(p, q, q + 1) === ' ') {
        qual = { text: p.text.slice(toks[span.first].start, toks[q].fullEnd), start: toks[span.first].start, end: toks[q].fullEnd };
        k = q + 1;
      }
    } else if (toks[k].possessive && toks[k].capital) {
      qual = { text: p.text.slice(toks[k].start, toks[k].fullEnd), start: toks[k].start, end: toks[k].fullEnd };
      k++;
    }
    // Up to two describing adjectives stand outside the title ("Moore, a controversial judge in Alabama").
    for (let a = 0; a < 2 && k + 1 < toks.length && describingAdjective(p, k) && gapBetween(p, k, k + 1) === ' '; a++) k++;
    const s = k;
    let lastHead = -1;
    while (k < toks.length && k - s < 6 && isTitleWord(p, k) && (k === s || /^[ \-‐]$/.test(gapBetween(p, k - 1, k)))) {
      if (isHead(p, k)) lastHead = k;
      k++;
    }
    if (lastHead < 0) continue;
    // The title runs to its last head, plus an "of …" portfolio.
    const end = portfolioEnd(p, lastHead + 1);
    const tl = end - 1;
    // The title must end the appositive (punctuation, the end, or a verb),
    // perhaps after a complement naming the employer or post.
    const last = appositiveEnd(p, tl) ?? complementEnd(p, tl);
    if (last === undefined) continue;
    const titleStart = toks[s].start;
    const titleEnd = toks[last].end;
    out.push({
      person: n.name,
      personStart: n.start,
      personEnd: n.end,
      title: p.text.slice(titleStart, titleEnd),
      titleStart,
      titleEnd,
      qualifiers: qual ? [qual] : [],
      formal: toks[lastHead].capital,
      start: n.start,
      end: titleEnd,
      appositive: true,
      ...(when ? { when } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `tl` when the appositive ends right after token `tl`: punctuation, the end of the text, or a verb. */
function appositiveEnd(p: Prepared, tl: number, andEnds = true): number | undefined {
  const rest = p.text.slice(p.toks[tl].fullEnd);
  const next = p.toks[tl + 1];
  if (/^\s*(?:[,;:.)!?—–]|$)/u.test(rest)) return tl;
  if (next === undefined || gapBetween(p, tl, tl + 1) !== ' ' || !APPOSITIVE_END.has(next.norm)) return undefined;
  return andEnds || next.norm !== 'and' ? tl : undefined;
}

/**
 * Last token of a complement after the title ("for the Obama campaign", "at
 * the regional police headquarters") that runs to the end of the appositive
 * within a few words and opens no clause, or undefined.
 */
function complementEnd(p: Prepared, tl: number): number | undefined {
  const toks = p.toks;
  const prep = tl + 1;
  if (!toks[prep] || !COMPLEMENT_PREPOSITIONS.has(toks[prep].norm) || toks[prep].capital) return undefined;
  if (gapBetween(p, tl, prep) !== ' ') return undefined;
  for (let k = prep + 1; k < toks.length && k - prep <= COMPLEMENT_TOKENS; k++) {
    if (!/^(?:[ \-‐]|)$/u.test(gapBetween(p, k - 1, k))) return undefined;
    if (CLAUSE_WORDS.has(toks[k].norm) && !toks[k].capital) return undefined;
    // "and" after a complement may join more of it ("for many years and then …"): only punctuation or a verb ends it.
    const end = appositiveEnd(p, k, false);
    if (end !== undefined) return end;
  }
  return undefined;
}

function tokenEndingAt(p: Prepared, end: number): number {
  // Binary search over token ends.
  let lo = 0;
  let hi = p.toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = p.toks[mid].end;
    if (e === end) return mid;
    if (e < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function toClaim(sentence: Sentence, hit: TitleHit): RawClaim {
  const value: TitleValue = {
    type: 'title',
    person: hit.person,
    title: hit.title,
    normalized: normalizeTitle(hit.title),
    qualifiers: hit.qualifiers.map((q) => q.text),
    formal: hit.formal,
    ...(hit.when ? { when: hit.when } : {}),
    reading: `${hit.title} (${hit.formal ? 'formal title' : 'description'}${hit.when ? `, ${hit.when}` : ''})`,
  };
  return {
    kind: 'title',
    start: sentence.start + hit.start,
    end: sentence.start + hit.end,
    text: sentence.text.slice(hit.start, hit.end),
    value,
    subjectHint: hit.person,
  };
}

/** Titles in one sentence; `known` are the names its article gives in full. Never throws. */
export function extractTitles(sentence: Sentence, known: readonly string[] = []): RawClaim[] {
  try {
    if (!sentence || typeof sentence.text !== 'string') return [];
    return findTitles(sentence.text, undefined, known).map((h) => toClaim(sentence, h));
  } catch {
    return [];
  }
}

export const titleExtractor: Extractor = {
  kind: 'title',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return extractTitles(sentence, ctx?.source?.text ? namesOfSource(ctx.source.text) : []);
  },
};

export default titleExtractor;
