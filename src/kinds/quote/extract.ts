

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { QuoteValue } from '../../model/value.js';
import { namesOfSource, sameName } from '../../text/names/scan.js';
import { type Mark, findMarks, quoteWords, looksLikeName, wordCount, sentenceSplit, maskQuotes } from './marks.js';
import { VERB_RE, PARTICIPLES, POST_VERB_FIRST, POST_SUBJECT_VERB, PRONOUN, TRAILING_ADVERBS, cleanSpeaker, isSpeakerPhrase, npAfter, npBefore, isAttributionGap, personNames } from './speaker.js';
import { paragraphAround, cacheFor } from './paragraph.js';

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
