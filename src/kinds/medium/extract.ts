// kind 'medium': the channel of one contact between parties.
//
//   phone call   "phone call", "telephone call", "phone conversation", "phone talks",
//                "call by phone", "spoke by phone", "by telephone", "phoned"
//   video call   "video call", "video conference", "videoconference", "video link",
//                "virtual meeting", "via video"
//   letter       "letter" (not "letter of credit", "to the letter", "the letter A")
//   email        "email", "e-mail", "emailed" (not "email address", "email newsletter")
//   text message "text message", "texted"
//
// Plurals ("several phone calls between the leaders", "video calls",
// "letters") describe many contacts, not the channel of one: they are
// skipped. Statement channels ("on social media", "in a statement", "in an
// interview", "told Fox Business Network") are not a medium of contact.
//
// participants: person names in the sentence (quotations masked), as written,
// including a single name after a title ("Vice-Premier He"); a subject
// pronoun "he"/"she" stands for the first person named before it in the
// sentence, or, when there is none, for the first person of the nearest
// earlier sentence of the source ("he spoke with X" is never X). With no person at all, the countries or
// governments named ("China", "the US") are the participants.

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { MediumValue } from '../../model/value.js';
import { findActors } from '../../text/gazetteer/index.js';
import { namesOfSource, sameName, scanNames } from '../../text/names/scan.js';

/** One medium phrase found in a text, offsets local to that text. */
export interface MediumHit {
  text: string;
  start: number;
  end: number;
  medium: string;
}

interface Pattern {
  re: RegExp;
  medium: string;
  /** Reject the match when the text right after it matches. */
  notBefore?: RegExp;
  /** Reject the match when the text right before it matches. */
  notAfter?: RegExp;
}

const PHONE = '(?:tele)?phone';
const CONTACT_VERBS =
  'spoke|speak|speaks|speaking|talked|talk|talks|talking|conferred|confer|chatted|chat|met|meet|meets|spoken|consulted|held talks|discussed|agreed|communicated|connected|briefed|contacted|reached';

const PATTERNS: Pattern[] = [
  // phone
  { re: new RegExp(`\\b${PHONE}[- ]?(?:call|conversation|discussion|talks|exchange|chat)(?![\\p{L}-])`, 'giu'), medium: 'phone call', notBefore: /^s\b/u },
  { re: new RegExp(`\\b(?:(?:${CONTACT_VERBS})\\s+)?(?:by|via|over the|on the)\\s+${PHONE}(?![\\p{L}-])(?![- ](?:calls?|conversations?|talks|discussions?|exchanges?|chats?|numbers?|lines?|records?|compan(?:y|ies)|makers?|apps?|books?|sales|networks?|bills?)\\b)`, 'giu'), medium: 'phone call' },
  { re: new RegExp(`\\b(?:call(?:ed|s)?|calling)\\s+(?:by|over the|on the)\\s+${PHONE}(?![\\p{L}-])`, 'giu'), medium: 'phone call' },
  { re: /\b(?:tele)?phoned\b/giu, medium: 'phone call' },
  // video
  { re: /\bvideo[- ]?(?:call|conference|conferencing|chat|link|meeting|talks|summit|conversation)(?![\p{L}-])/giu, medium: 'video call', notBefore: /^s\b/u },
  { re: /\bvirtual\s+(?:meeting|summit|talks|call|conference|conversation)(?![\p{L}-])/giu, medium: 'video call', notBefore: /^s\b/u },
  { re: /\b(?:via|by|over)\s+video(?:\s+link)?(?![\p{L}-])/giu, medium: 'video call' },
  // letter, email, text message
  {
    re: /\bletter(?![\p{L}-])/giu,
    medium: 'letter',
    notBefore: /^(?:s\b|\s+of\s+(?:credit|intent(?:ion)?s?|the law|comfort|support)\b|\s+grades?\b|\s+\p{Lu}(?![\p{L}]))/u,
    notAfter: /(?:\bto the|\bcapital|\bupper-?case|\blower-?case|\bscarlet|\bnews)\s*$/iu,
  },
  {
    re: /\be-?mail(?:ed)?(?![\p{L}-])/giu,
    medium: 'email',
    notBefore: /^(?:s\b|\s+(?:address(?:es)?|newsletters?|lists?|alerts?|subscriptions?|updates?|marketing|accounts?|servers?|inbox(?:es)?)\b)/iu,
  },
  { re: /\btext(?:ed)?[- ]messages?(?![\p{L}-])|\btexted\b/giu, medium: 'text message' },
];

/** Medium phrases in `text` (local offsets), plurals and statement channels excluded. */
export function findMedia(text: string): MediumHit[] {
  if (typeof text !== 'string' || text === '') return [];
  if (!/phone|video|virtual|letter|mail|text/iu.test(text)) return [];
  const hits: MediumHit[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      if (/messages$/iu.test(m[0])) continue; // plural text messages
      const after = text.slice(end, end + 40);
      const before = text.slice(Math.max(0, start - 30), start);
      if (p.notBefore && p.notBefore.test(after)) continue;
      if (p.notAfter && p.notAfter.test(before)) continue;
      hits.push({ text: m[0], start, end, medium: p.medium });
    }
  }
  // Keep the longest of overlapping matches.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MediumHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      if (h.end - h.start > prev.end - prev.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

/** Quotation interiors blanked (same length), so names inside quotes are not participants. */
function maskQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"\n]*"/gu, (q) => q.charAt(0) + ' '.repeat(Math.max(0, q.length - 2)) + q.charAt(q.length - 1));
}

const SUBJECT_PRONOUN = /(?:^|[^\p{L}])(he|she|He|She)(?![\p{L}])(?!\s+\p{Lu}\p{Ll})/u;

/** The first person named in the text before `pos` in the source, sentence by sentence backwards (bounded). */
function personBefore(full: string, pos: number, known: readonly string[]): string | undefined {
  const window = full.slice(Math.max(0, pos - 1500), pos);
  const parts = window.split(/(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}“"])|\n+/u);
  for (let k = parts.length - 1, n = 0; k >= 0 && n < 4; k--) {
    if (!parts[k].trim()) continue;
    n++;
    const ns = scanNames(maskQuotes(parts[k]), { known, loose: true });
    if (ns.length > 0) return ns[0].name;
  }
  return undefined;
}

/** Participants of the contacts in a sentence. */
export function participantsOf(text: string, opts: { known?: readonly string[]; before?: () => string | undefined } = {}): string[] {
  const masked = maskQuotes(text);
  const names = scanNames(masked, { known: opts.known ?? [], loose: true });
  const out: { name: string; at: number }[] = names.map((n) => ({ name: n.name, at: n.start }));
  const pm = SUBJECT_PRONOUN.exec(masked);
  if (pm) {
    const at = pm.index + pm[0].indexOf(pm[1]);
    const insideName = names.some((n) => n.start <= at && n.end > at);
    if (!insideName) {
      // The first person named before the pronoun, else the nearest earlier sentence's ("he spoke with X": not X).
      const first = names.find((n) => n.end <= at);
      const resolved = first ? first.name : opts.before?.();
      if (resolved) out.push({ name: resolved, at });
    }
  }
  out.sort((a, b) => a.at - b.at);
  const unique: string[] = [];
  for (const o of out) if (!unique.some((u) => sameName(u, o.name))) unique.push(o.name);
  if (unique.length > 0) return unique;
  // No person: the governments named.
  const actors: string[] = [];
  const countries = new Set<string>();
  for (const a of findActors(masked)) {
    if (countries.has(a.country)) continue;
    countries.add(a.country);
    actors.push(a.text);
  }
  return actors;
}

function reading(medium: string, participants: string[]): string {
  if (participants.length === 0) return `${medium} (participants not stated)`;
  if (participants.length === 1) return `${medium} with ${participants[0]}`;
  return `${medium} between ${participants.slice(0, -1).join(', ')} and ${participants[participants.length - 1]}`;
}

/** Medium claims of one sentence. Never throws. */
export function extractMedia(sentence: Sentence, ctx?: ExtractContext): RawClaim[] {
  try {
    if (!sentence || typeof sentence.text !== 'string') return [];
    const hits = findMedia(sentence.text);
    if (hits.length === 0) return [];
    const full = ctx?.source?.text;
    const usable = typeof full === 'string' && full.slice(sentence.start, sentence.end) === sentence.text;
    const known = usable ? namesOfSource(full) : [];
    const participants = participantsOf(sentence.text, {
      known,
      before: usable ? () => personBefore(full, sentence.start, known) : undefined,
    });
    return hits.map((h) => {
      const value: MediumValue = {
        type: 'medium',
        medium: h.medium,
        participants,
        reading: reading(h.medium, participants),
      };
      const claim: RawClaim = {
        kind: 'medium',
        start: sentence.start + h.start,
        end: sentence.start + h.end,
        text: sentence.text.slice(h.start, h.end),
        value,
      };
      if (participants.length > 0) claim.subjectHint = participants.join(' and ');
      return claim;
    });
  } catch {
    return [];
  }
}

export const mediumExtractor: Extractor = {
  kind: 'medium',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return extractMedia(sentence, ctx);
  },
};

export default mediumExtractor;
