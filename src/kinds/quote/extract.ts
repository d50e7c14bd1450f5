// kind 'quote': direct quotations and who said them.
//
// Quotation marks: curly “…”, straight "…", and single ‘…’ when the closing
// ’ is clearly not an apostrophe. At least two words inside; a quoted name
// ("Section 301", “Entity List”: every word capitalised, no sentence
// punctuation, four words at most) is not a quotation.
//
// Speaker, in order: an attribution right after the closing mark (“…,”
// Trump said / said the ministry / The Sun reported); the nearest
// attribution verb before the opening mark in the same sentence ("Bessent
// described X as “…”", "according to China’s Commerce Ministry, “…”"), where
// a participle ("calling", "adding") or a verb after "and"/"but" takes the
// sentence subject; any attribution of another quote in the same sentence.
// "he"/"she" resolve to the first person named in the same sentence before
// them, else in the nearest earlier sentence of the paragraph, else in the
// text given as `before` (the previous paragraph).
//
// Fragments of one remark (“…,” he said. “…”) merge into ONE claim running
// from the first opening mark to the last closing mark; value.quoted joins
// the fragments with a space.
//
// Which function to use:
//   - `quoteExtractor` (the Extractor): give it each sentence and the context.
//     It reads the whole paragraph around the sentence from ctx.source.text
//     (so a quotation that runs over several sentences is seen whole) and
//     returns the claims whose opening mark lies in that sentence; a merged
//     remark may end after sentence.end. Results are cached per paragraph,
//     so calling it for every sentence stays linear. Without a usable
//     ctx.source it falls back to the sentence alone.
//   - `extractQuotesFromParagraph(text, offset, opts)`: for a pipeline that
//     walks paragraphs itself. Use one or the other, not both.
//   - `sentenceQuoteExtractor`: the sentence alone, never looks outside it.

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence, Source } from '../../model/source.js';
import type { QuoteValue } from '../../model/value.js';
import { findActors } from '../../text/gazetteer/index.js';
import { namesOfSource, sameName, scanNames } from '../../text/names/scan.js';

/** One remark found in a paragraph, offsets local to that paragraph. */
export interface QuoteHit {
  /** From the first opening mark to the last closing mark, both included. */
  start: number;
  end: number;
  /** Inner spans of the fragments (without marks). */
  fragments: { start: number; end: number }[];
  quoted: string;
  speaker?: string;
}

export interface QuoteOptions {
  /** Text before the paragraph (e.g. the previous paragraph), for resolving "he"/"she". */
  before?: string;
  /** Person names known from the whole article ("Donald Trump"), so "Trump" alone is a name. */
  known?: readonly string[];
}

interface Mark {
  open: number;
  close: number; // index of the closing mark
}

// ---------------------------------------------------------------------------
// Quotation marks

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘:;,]/u;

function findMarks(text: string): Mark[] {
  const out: Mark[] = [];
  const n = text.length;
  // Next “ and ” after a position, found once and reused (keeps the scan linear).
  let nextClose = -2;
  let nextOpen = -2;
  let noRsquo = false;
  const after = (ch: string, pos: number, cur: number): number => (cur === -1 || cur > pos ? cur : text.indexOf(ch, pos + 1));
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) {
      // “ … ”
      nextClose = after('”', i, nextClose);
      const close = nextClose;
      if (close < 0) break;
      nextOpen = after('“', i, nextOpen);
      const reopen = nextOpen;
      if (reopen >= 0 && reopen < close) {
        // An unclosed opening mark: skip it.
        i = reopen;
        continue;
      }
      out.push({ open: i, close });
      i = close + 1;
      continue;
    }
    if (c === 0x22) {
      const prev = i > 0 ? text.charAt(i - 1) : ' ';
      const next = text.charAt(i + 1);
      if ((i === 0 || OPEN_CONTEXT.test(prev)) && next !== '' && !/\s/u.test(next)) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) break;
        out.push({ open: i, close });
        i = close + 1;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x2018) {
      // ‘ … ’ : the closing ’ must not be an apostrophe inside or after a word.
      const prev = i > 0 ? text.charAt(i - 1) : ' ';
      const next = text.charAt(i + 1);
      if ((i === 0 || OPEN_CONTEXT.test(prev)) && /[\p{L}\p{N}]/u.test(next)) {
        let k = i + 1;
        let close = -1;
        while (k < n && k - i < 600 && !noRsquo) {
          const q = text.indexOf('’', k);
          if (q < 0) {
            noRsquo = true;
            break;
          }
          if (q - i > 600) break;
          const after = text.charAt(q + 1);
          const before = text.charAt(q - 1);
          const apostrophe = /[\p{L}\p{N}]/u.test(after) || (before === 's' && /\s/u.test(after) && /^\s+\p{Ll}/u.test(text.slice(q + 1, q + 4)));
          if (!apostrophe && !/\s/u.test(before)) {
            close = q;
            break;
          }
          k = q + 1;
        }
        if (close > 0) {
          out.push({ open: i, close });
          i = close + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    i++;
  }
  return out;
}

/** Lower-case word tokens of a quotation, punctuation removed, apostrophes straight. */
export function quoteWords(quoted: string): string[] {
  return quoted.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** True for a quoted name rather than a remark ("Section 301", “Entity List”). */
function looksLikeName(inner: string): boolean {
  const ws = inner.trim().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (ws.length > 4 || /[.!?,;:]\s*$/u.test(inner.trim())) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function wordCount(inner: string): number {
  return inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// ---------------------------------------------------------------------------
// Sentences of a paragraph (quotations masked, so no split falls inside one)

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'prof', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'inc', 'co', 'corp',
  'ltd', 'vs', 'jr', 'sr', 'pres', 'amb', 'atty', 'supt', 'dept', 'est', 'approx',
]);

function sentenceSplit(masked: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const n = masked.length;
  for (let i = 0; i < n; i++) {
    const c = masked.charAt(i);
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && /["”’)\]]/u.test(masked.charAt(j))) j++;
    if (j >= n || !/\s/u.test(masked.charAt(j))) continue;
    let k = j;
    while (k < n && /\s/u.test(masked.charAt(k))) k++;
    if (k >= n || !/[\p{Lu}“"‘(]/u.test(masked.charAt(k))) continue;
    if (c === '.' && j === i + 1) {
      let b = i;
      while (b > 0 && /[\p{L}.]/u.test(masked.charAt(b - 1)) && i - b < 20) b--;
      const word = masked.slice(b, i);
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word) || ABBREV.has(word.toLowerCase())) continue;
    }
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}

// ---------------------------------------------------------------------------
// Attributions

const VERBS =
  'said|says|say|told|tells|added|adds|noted|stated|wrote|writes|asked|asks|replied|replies|explained|explains|warned|warns|insisted|insists|argued|argues|continued|declared|declares|tweeted|posted|reported|recalled|announced|announces|acknowledged|admitted|claimed|conceded|countered|observed|remarked|stressed|emphasized|emphasised|suggested|described|describes|called|labeled|labelled|termed|dubbed|confirmed|expressed|urged|promised|vowed|pledged|predicted|responded|agreed|complained|cautioned|quipped|joked|boasted|lamented|maintained|maintains|contended|testified|ruled|according to|According to|calling|saying|adding|noting|describing|telling|warning|insisting|arguing|stressing|urging';
/** Attribution verbs, lower case only ("United States" is no verb). */
const VERB_RE = new RegExp(`(?:^|[^\\p{L}])(${VERBS})(?![\\p{L}])`, 'gu');
const PARTICIPLES = new Set([
  'calling', 'saying', 'adding', 'noting', 'describing', 'telling', 'warning', 'insisting', 'arguing', 'stressing', 'urging',
]);
/** Verbs that may stand right after a closing mark with the speaker after them ("…,” said the ministry). */
const POST_VERBS =
  'said|says|told|added|adds|noted|asked|asks|replied|replies|explained|wrote|writes|warned|insisted|argued|continued|declared|recalled|reported|remarked|observed|countered|responded|quipped|stressed|emphasized|emphasised|cautioned|tweeted|posted|announced|confirmed|acknowledged|admitted|conceded|added';
const POST_VERB_FIRST = new RegExp(`^(${POST_VERBS})\\s+`, 'u');
const POST_SUBJECT_VERB = new RegExp(`^(.{1,90}?)\\s+(?:(?:has|had|have|also|then|later|again|previously|once|further|earlier|separately)\\s+){0,2}(${POST_VERBS})(?![\\p{L}])`, 'u');

const PRONOUN = /^(he|she|they|i|we)$/iu;
const ROLE_NOUNS = new Set([
  'reports', 'officials', 'analysts', 'sources', 'experts', 'observers', 'critics', 'residents', 'witnesses',
  'authorities', 'police', 'investigators', 'prosecutors', 'lawyers', 'diplomats', 'aides', 'organizers',
  'organisers', 'protesters', 'economists', 'traders', 'doctors', 'scientists', 'researchers', 'spokesman',
  'spokeswoman', 'spokesperson', 'ministry', 'official', 'statement', 'report', 'agency', 'company', 'government',
  'court', 'judge', 'department', 'office', 'embassy', 'commission', 'council', 'committee', 'minister', 'president',
  'leader', 'source', 'person', 'people', 'media', 'outlet', 'newspaper', 'website', 'analyst', 'expert',
]);
const NP_STOP = new Set([
  'on', 'in', 'at', 'to', 'for', 'with', 'that', 'which', 'who', 'and', 'after', 'before', 'during', 'when', 'while',
  'last', 'this', 'late', 'early', 'earlier', 'later', 'as', 'by', 'from', 'about', 'told', 'said', 'in',
]);
const LEADING_CONJ = /^(?:while|and|but|as|whereas|although|though|when|after|before|because|so|yet|or|since|if|that|then)\s+/iu;
const TRAILING_ADVERBS = /(?:\s+(?:has|had|have|also|then|later|again|previously|once|further|earlier|separately|repeatedly|reportedly|recently|publicly|privately|himself|herself|would|will|could|did|does|is|was|had|later|often|never|always|already|still|even|just|only))+$/iu;

/** Normalise a speaker phrase: "The ministry" → "the ministry", a titled name → the name. */
function cleanSpeaker(np: string, known: readonly string[]): string | undefined {
  let s = np.trim().replace(/[,;:]+$/u, '').trim();
  if (!s) return undefined;
  if (PRONOUN.test(s)) return s;
  if (/^the\s/iu.test(s)) {
    // "The Sun", "the ministry", "The Chinese Ministry of Commerce": an organisation, not a person.
    if (/^the\s+\p{Ll}/iu.test(s) && /^\S+\s+\p{Ll}/u.test(s)) return 'the' + s.slice(3);
    if (/^\S+\s+\p{Lu}\S*\s+\p{Lu}/u.test(s)) return s.slice(4);
    return s;
  }
  const names = scanNames(s, { known, loose: true });
  const persons = names.filter((n) => !findActors(n.name).some((a) => a.start === 0 && a.end === n.name.length));
  if (persons.length > 0 && /^\p{Lu}/u.test(s)) {
    // "US Treasury Secretary Scott Bessent" → "Scott Bessent"; keep org names whole.
    const last = persons[persons.length - 1];
    if (s.slice(last.end).trim() === '') return last.name;
  }
  return s;
}

function isSpeakerPhrase(np: string): boolean {
  const s = np.trim();
  if (s === '' || s.length > 90) return false;
  if (PRONOUN.test(s)) return true;
  const words = s.split(/\s+/u);
  if (words.length > 8) return false;
  const last = words[words.length - 1].replace(/[’']s$/u, '');
  if (words.length === 1 && ROLE_NOUNS.has(last.toLowerCase())) return true;
  if (/^(?:the|a|an|its|his|her|their)$/iu.test(words[0]) && words.length <= 4) {
    return words.slice(1).every((w) => !NP_STOP.has(w.toLowerCase()));
  }
  if (!/^\p{Lu}/u.test(words[0])) return false;
  if (/^\p{Lu}/u.test(last) || ROLE_NOUNS.has(last.toLowerCase())) {
    return words.every((w) => !NP_STOP.has(w.toLowerCase()) || w === 'of');
  }
  return false;
}

/** Speaker phrase right after a verb ("said the ministry on Monday", "said Anwar Ibrahim, the prime minister"). */
function npAfter(text: string): string | undefined {
  let s = text.replace(/^\s+/u, '');
  // "according to a statement from X" → X.
  s = s.replace(/^(?:a|an|the)\s+(?:\p{L}+\s+)?(?:statement|report|release|announcement|post|notice|filing|readout|transcript|interview)\s+(?:from|by|of|issued by|released by|on)\s+/iu, '');
  const m = /^(?:(?:the|The)\s+)?(?:[\p{L}][\p{L}’'.-]*)(?:\s+[\p{L}][\p{L}’'.-]*){0,5}/u.exec(s);
  if (!m) return undefined;
  const words = m[0].split(/\s+/u);
  const out: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase().replace(/[’']s$/u, '');
    if (out.length > 0 && NP_STOP.has(lw)) break;
    if (out.length > 0 && /^\p{Ll}/u.test(w) && w !== 'of' && !/^(?:the|The)$/u.test(out[0])) break;
    out.push(w);
    if (/[.,;:]$/u.test(w)) break;
  }
  while (out.length > 0 && /^(?:of|the|and)$/iu.test(out[out.length - 1])) out.pop();
  const np = out.join(' ').replace(/[.,;:]+$/u, '');
  return np && isSpeakerPhrase(np) ? np : undefined;
}

/** Speaker phrase just before position `at` (a verb) in `text`, or undefined (e.g. after "and"/"but"). */
function npBefore(text: string, at: number): string | undefined {
  let s = text.slice(Math.max(0, at - 150), at);
  const brk = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf(':'), s.lastIndexOf('—'), s.lastIndexOf('”'), s.lastIndexOf('"'), s.lastIndexOf('('), s.lastIndexOf(')'));
  if (brk >= 0) s = s.slice(brk + 1);
  s = s.replace(TRAILING_ADVERBS, '').trim();
  if (s === '') return undefined;
  if (/(?:^|\s)(?:and|but|or)$/iu.test(s)) return undefined;
  // Take the tail that forms a noun phrase.
  const words = s.split(/\s+/u);
  const tail: string[] = [];
  for (let k = words.length - 1; k >= 0 && tail.length < 8; k--) {
    const w = words[k];
    const lw = w.toLowerCase();
    if (tail.length === 0 && PRONOUN.test(w)) return w;
    if (/^\p{Lu}/u.test(w) || lw === 'of' && tail.length > 0) {
      if (LEADING_CONJ.test(w + ' ') && tail.length > 0) break;
      tail.unshift(w);
      if (/^(?:The|A|An)$/u.test(w)) break;
      continue;
    }
    if (/^(?:the|a|an|its|his|her|their)$/u.test(w) && tail.length > 0) {
      tail.unshift(w);
      break;
    }
    if (/^\p{Ll}/u.test(w) && (tail.length === 0 || /^\p{Ll}/u.test(tail[0])) && tail.length < 3 && k > 0 && /^(?:the|a|an|its|his|her|their)$/iu.test(words[k - 1])) {
      tail.unshift(w);
      continue;
    }
    if (/^\p{Ll}/u.test(w) && tail.length === 0 && ROLE_NOUNS.has(lw)) {
      tail.unshift(w);
      continue;
    }
    break;
  }
  while (tail.length > 0 && /^(?:of|and)$/iu.test(tail[0])) tail.shift();
  const np = tail.join(' ');
  return np && isSpeakerPhrase(np) ? np : undefined;
}

// ---------------------------------------------------------------------------
// The paragraph

interface Frag {
  mark: Mark;
  inner: string;
  sentence: number;
  speaker?: string;
  /** True when the speaker came from right after the closing mark. */
  post: boolean;
}

/** A copy of `text` with quotation interiors blanked (final . ! ? kept), same length. */
function maskQuotes(text: string, marks: Mark[]): string {
  let out = '';
  let pos = 0;
  for (const m of marks) {
    out += text.slice(pos, m.open + 1);
    const inner = text.slice(m.open + 1, m.close);
    const keep = /[.!?]+\s*$/u.exec(inner);
    const blankLen = keep ? inner.length - keep[0].length : inner.length;
    out += ' '.repeat(blankLen) + (keep ? keep[0] : '');
    pos = m.close;
  }
  return out + text.slice(pos);
}

/**
 * Quotations in one paragraph, fragments of one remark merged, with their
 * speakers. Offsets are local to `text`.
 */
export function findQuotes(text: string, opts: QuoteOptions = {}): QuoteHit[] {
  if (typeof text !== 'string' || text.length < 4) return [];
  if (!/[“"‘]/u.test(text)) return [];
  const marks = findMarks(text);
  if (marks.length === 0) return [];
  const masked = maskQuotes(text, marks);
  const sentences = sentenceSplit(masked);
  const known = opts.known ?? [];
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Person names per sentence (masked, so names inside quotes never speak), computed lazily.
  const namesCache = new Map<number, string[]>();
  const personsIn = (k: number): string[] => {
    let v = namesCache.get(k);
    if (!v) {
      const s = sentences[k];
      const slice = masked.slice(s.start, Math.min(s.end, s.start + 600));
      v = personNames(slice, known);
      namesCache.set(k, v);
    }
    return v;
  };
  const resolve = (pronoun: string, sIdx: number, pos: number): string | undefined => {
    if (!PRONOUN.test(pronoun) || /^(?:i|we|they)$/iu.test(pronoun)) return pronoun;
    const s = sentences[sIdx];
    const inSentence = personNames(masked.slice(Math.max(s.start, pos - 600), pos), known);
    if (inSentence.length > 0) return inSentence[0];
    for (let k = sIdx - 1; k >= 0 && sIdx - k <= 4; k--) {
      const ns = personsIn(k);
      if (ns.length > 0) return ns[0];
    }
    if (opts.before) {
      const b = opts.before.slice(-1500);
      const bs = sentenceSplit(b);
      for (let k = bs.length - 1; k >= 0 && bs.length - k <= 4; k--) {
        const ns = personNames(b.slice(bs[k].start, bs[k].end), known);
        if (ns.length > 0) return ns[0];
      }
    }
    return undefined;
  };
  const finish = (np: string | undefined, sIdx: number, pos: number): string | undefined => {
    if (!np) return undefined;
    const cleaned = cleanSpeaker(np, known);
    if (!cleaned) return undefined;
    if (PRONOUN.test(cleaned)) return resolve(cleaned, sIdx, pos);
    return cleaned;
  };
  /** Subject of a sentence: its first person, else its first speaker-like phrase before a verb. */
  const subjectOf = (sIdx: number): string | undefined => {
    const s = sentences[sIdx];
    const head = masked.slice(s.start, Math.min(s.end, s.start + 400));
    const ps = personsIn(sIdx);
    if (ps.length > 0) return ps[0];
    const pm = /^\s*["“‘(]*\s*(He|She)\b/u.exec(head);
    if (pm) return resolve(pm[1], sIdx, s.start + pm.index);
    VERB_RE.lastIndex = 0;
    const v = VERB_RE.exec(head);
    if (v) return finish(npBefore(head, v.index + v[0].indexOf(v[1])), sIdx, s.start);
    return undefined;
  };

  const frags: Frag[] = [];
  for (const m of marks) {
    const inner = text.slice(m.open + 1, m.close);
    if (wordCount(inner) < 2 || looksLikeName(inner)) continue;
    frags.push({ mark: m, inner, sentence: sentenceOf(m.open), post: false });
  }
  if (frags.length === 0) return [];

  // Direct attributions.
  for (let f = 0; f < frags.length; f++) {
    const fr = frags[f];
    const s = sentences[fr.sentence];
    // After the closing mark, up to the next opening mark or the sentence end.
    const nextOpen = f + 1 < frags.length ? frags[f + 1].mark.open : masked.length;
    const postEnd = Math.min(nextOpen, Math.max(s.end, fr.mark.close + 1), fr.mark.close + 160);
    const post = masked.slice(fr.mark.close + 1, postEnd).replace(/^[\s,.!?;:—–-]+/u, '');
    const vf = POST_VERB_FIRST.exec(post);
    if (vf) {
      const np = npAfter(post.slice(vf[0].length));
      if (np) {
        fr.speaker = finish(np, fr.sentence, fr.mark.close);
        fr.post = fr.speaker !== undefined;
      }
    }
    if (!fr.speaker) {
      const sv = POST_SUBJECT_VERB.exec(post);
      if (sv && isSpeakerPhrase(sv[1].replace(TRAILING_ADVERBS, ''))) {
        fr.speaker = finish(sv[1].replace(TRAILING_ADVERBS, ''), fr.sentence, fr.mark.close);
        fr.post = fr.speaker !== undefined;
      }
    }
    if (fr.speaker) continue;
    // Before the opening mark, in the same sentence: the nearest attribution verb.
    const preStart = Math.max(s.start, fr.mark.open - 400);
    const pre = masked.slice(preStart, fr.mark.open);
    VERB_RE.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    let first: RegExpExecArray | null = null;
    let v: RegExpExecArray | null;
    while ((v = VERB_RE.exec(pre)) !== null) {
      if (!first) first = v;
      last = v;
      if (VERB_RE.lastIndex === v.index) VERB_RE.lastIndex++;
    }
    if (!last) continue;
    const verb = last[1].toLowerCase();
    const verbAt = last.index + last[0].indexOf(last[1]);
    if (verb === 'according to') {
      fr.speaker = finish(npAfter(pre.slice(verbAt + last[1].length)), fr.sentence, fr.mark.open);
      continue;
    }
    let np: string | undefined;
    if (!PARTICIPLES.has(verb)) np = npBefore(pre, verbAt);
    if (np) {
      fr.speaker = finish(np, fr.sentence, preStart + verbAt);
      continue;
    }
    // A participle or "but emphasized": the subject of the first attribution in the sentence.
    if (first && first !== last && !PARTICIPLES.has(first[1].toLowerCase())) {
      const fAt = first.index + first[0].indexOf(first[1]);
      const fnp = first[1].toLowerCase() === 'according to' ? npAfter(pre.slice(fAt + first[1].length)) : npBefore(pre, fAt);
      if (fnp) {
        fr.speaker = finish(fnp, fr.sentence, preStart + fAt);
        continue;
      }
    }
    fr.speaker = subjectOf(fr.sentence);
  }

  // A quote with no attribution of its own takes its sentence's ("“…,” following the “…,” the ministry said").
  for (const fr of frags) {
    if (fr.speaker) continue;
    const mate = frags.find((o) => o !== fr && o.sentence === fr.sentence && o.speaker && o.post);
    if (mate) fr.speaker = mate.speaker;
  }

  // Merge fragments joined by an attribution only: “…,” he said. “…”
  const hits: QuoteHit[] = [];
  let cur: { frags: Frag[]; speaker?: string } | undefined;
  const flush = () => {
    if (!cur) return;
    const fs = cur.frags;
    const start = fs[0].mark.open;
    const end = fs[fs.length - 1].mark.close + 1;
    const quoted = fs.map((f) => f.inner.trim()).join(' ');
    const hit: QuoteHit = {
      start,
      end,
      fragments: fs.map((f) => ({ start: f.mark.open + 1, end: f.mark.close })),
      quoted,
    };
    if (cur.speaker) hit.speaker = cur.speaker;
    hits.push(hit);
    cur = undefined;
  };
  for (let f = 0; f < frags.length; f++) {
    const fr = frags[f];
    if (cur) {
      const prev = cur.frags[cur.frags.length - 1];
      const gap = masked.slice(prev.mark.close + 1, fr.mark.open);
      const sameSpeaker = fr.speaker === undefined || (cur.speaker !== undefined && sameName(fr.speaker, cur.speaker)) || fr.speaker === cur.speaker;
      if (cur.speaker && prev.post && sameSpeaker && isAttributionGap(gap)) {
        cur.frags.push(fr);
        continue;
      }
      flush();
    }
    cur = { frags: [fr], speaker: fr.speaker };
  }
  flush();
  return hits;
}

const ATTRIBUTION_GAP = new RegExp(
  `^[\\s,.!?;:—–-]*(?:(?:${POST_VERBS})\\s+[^“"‘]{1,60}?|[^“"‘]{1,60}?\\s+(?:${POST_VERBS}))(?:\\s+[\\p{L}\\p{N}’'-]+){0,3}[\\s,.;:—–-]*$`,
  'u',
);

/** True when the text between two fragments is only an attribution (", he said. ", " Bessent said, "). */
function isAttributionGap(gap: string): boolean {
  if (gap.length > 100) return false;
  return ATTRIBUTION_GAP.test(gap);
}

/** Person names in a piece of text, in order (known names and loose single words accepted). */
function personNames(text: string, known: readonly string[]): string[] {
  if (!/\p{Lu}/u.test(text)) return [];
  return scanNames(text, { known, loose: true }).map((n) => n.name);
}

// ---------------------------------------------------------------------------
// Claims

/** "Trump: “I think we’ll make a deal …”"; long quotations cut at a word near 80 characters. */
export function quoteReading(quoted: string, speaker?: string): string {
  let q = quoted.trim();
  if (q.length > 80) {
    const cut = q.lastIndexOf(' ', 80);
    q = `${q.slice(0, cut > 40 ? cut : 80).replace(/[\s,;:]+$/u, '')} …`;
  }
  return speaker ? `${speaker}: “${q}”` : `“${q}”`;
}

function toClaim(hit: QuoteHit, text: string, offset: number): RawClaim {
  const value: QuoteValue = {
    type: 'quote',
    quoted: hit.quoted,
    words: quoteWords(hit.quoted),
    reading: quoteReading(hit.quoted, hit.speaker),
  };
  if (hit.speaker) value.speaker = hit.speaker;
  const claim: RawClaim = {
    kind: 'quote',
    start: offset + hit.start,
    end: offset + hit.end,
    text: text.slice(hit.start, hit.end),
    value,
  };
  if (hit.speaker) claim.subjectHint = hit.speaker;
  return claim;
}

/**
 * Quote claims of one paragraph. `offset` is the paragraph's offset in the
 * file, so claim offsets are file offsets. Never throws.
 */
export function extractQuotesFromParagraph(text: string, offset: number, opts: QuoteOptions = {}): RawClaim[] {
  try {
    return findQuotes(text, opts).map((h) => toClaim(h, text, offset));
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------
// Paragraph bounds in a source, and a per-paragraph cache

const TERMINAL_END = /[.!?:;…"”’)\]]$/u;

/** Start and end of the line holding `pos`, trimmed of the newline. */
function lineAt(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return { start, end };
}

/** True when line `next` continues line `prev` (hard-wrapped prose). */
function continues(text: string, prev: { start: number; end: number }, next: { start: number; end: number }): boolean {
  const p = text.slice(prev.start, prev.end).trim();
  const n = text.slice(next.start, next.end).trim();
  if (p.length < 40 || n === '' || p.startsWith('#')) return false;
  if (TERMINAL_END.test(p)) return false;
  return /^\p{Ll}/u.test(n);
}

/** The paragraph around [start, end): its line, joined with hard-wrapped neighbours. */
export function paragraphAround(text: string, start: number, end: number): { start: number; end: number } {
  let first = lineAt(text, start);
  let last = lineAt(text, Math.max(start, end - 1));
  for (let n = 0; n < 200 && first.start > 0; n++) {
    const prev = lineAt(text, first.start - 1);
    if (!continues(text, prev, first)) break;
    first = prev;
  }
  for (let n = 0; n < 200 && last.end < text.length; n++) {
    const next = lineAt(text, last.end + 1);
    if (!continues(text, last, next)) break;
    last = next;
  }
  return { start: first.start, end: last.end };
}

/** Claims per paragraph start, per source object (a WeakMap, so nothing outlives the run). */
const sourceCache = new WeakMap<Source, { text: string; byParagraph: Map<number, RawClaim[]> }>();

function cacheFor(source: Source, text: string): Map<number, RawClaim[]> {
  let entry = sourceCache.get(source);
  if (!entry || entry.text !== text) {
    entry = { text, byParagraph: new Map() };
    sourceCache.set(source, entry);
  }
  return entry.byParagraph;
}

/** Quote claims of one sentence, reading its whole paragraph from the source. */
export function extractQuotes(sentence: Sentence, ctx?: ExtractContext): RawClaim[] {
  try {
    if (!sentence || typeof sentence.text !== 'string') return [];
    const src = ctx?.source;
    const full = src?.text;
    const usable =
      typeof full === 'string' &&
      sentence.start >= 0 &&
      sentence.end <= full.length &&
      full.slice(sentence.start, sentence.end) === sentence.text;
    if (!usable) return extractSentenceQuotes(sentence);
    if (!/[“"‘]/u.test(sentence.text)) return [];
    const para = paragraphAround(full, sentence.start, sentence.end);
    const cache = cacheFor(src!, full);
    let claims = cache.get(para.start);
    if (!claims) {
      const prevStart = Math.max(0, para.start - 1500);
      const before = full.slice(prevStart, para.start);
      claims = extractQuotesFromParagraph(full.slice(para.start, para.end), para.start, {
        before,
        known: namesOfSource(full),
      });
      cache.set(para.start, claims);
    }
    return claims.filter((c) => c.start >= sentence.start && c.start < sentence.end);
  } catch {
    return [];
  }
}

/** Quote claims of one sentence taken alone. */
export function extractSentenceQuotes(sentence: Sentence): RawClaim[] {
  try {
    if (!sentence || typeof sentence.text !== 'string') return [];
    return extractQuotesFromParagraph(sentence.text, sentence.start);
  } catch {
    return [];
  }
}

/** The Extractor to register: paragraph-aware through ctx.source (see the header). */
export const quoteExtractor: Extractor = {
  kind: 'quote',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return extractQuotes(sentence, ctx);
  },
};

/** An Extractor that never looks outside the sentence. */
export const sentenceQuoteExtractor: Extractor = {
  kind: 'quote',
  extract(sentence: Sentence): RawClaim[] {
    return extractSentenceQuotes(sentence);
  },
};

export default quoteExtractor;

