// Who spoke: attribution verbs after a quotation (“…,” Trump said) and
// before it (Bessent described X as “…”), the noun phrase that names the
// speaker, and the names in a piece of text.

import { findActors } from '../../text/gazetteer/index.js';
import { scanNames } from '../../text/names/scan.js';

// ---------------------------------------------------------------------------
// Attributions

export const VERBS =
  'said|says|say|told|tells|added|adds|noted|stated|wrote|writes|asked|asks|replied|replies|explained|explains|warned|warns|insisted|insists|argued|argues|continued|declared|declares|tweeted|posted|reported|recalled|announced|announces|acknowledged|admitted|claimed|conceded|countered|observed|remarked|stressed|emphasized|emphasised|suggested|described|describes|called|labeled|labelled|termed|dubbed|confirmed|expressed|urged|promised|vowed|pledged|predicted|responded|agreed|complained|cautioned|quipped|joked|boasted|lamented|maintained|maintains|contended|testified|ruled|according to|According to|calling|saying|adding|noting|describing|telling|warning|insisting|arguing|stressing|urging';
/** Attribution verbs, lower case only ("United States" is no verb). */
export const VERB_RE = new RegExp(`(?:^|[^\\p{L}])(${VERBS})(?![\\p{L}])`, 'gu');
export const PARTICIPLES = new Set([
  'calling', 'saying', 'adding', 'noting', 'describing', 'telling', 'warning', 'insisting', 'arguing', 'stressing', 'urging',
]);
/** Verbs that may stand right after a closing mark with the speaker after them ("…,” said the ministry). */
export const POST_VERBS =
  'said|says|told|added|adds|noted|asked|asks|replied|replies|explained|wrote|writes|warned|insisted|argued|continued|declared|recalled|reported|remarked|observed|countered|responded|quipped|stressed|emphasized|emphasised|cautioned|tweeted|posted|announced|confirmed|acknowledged|admitted|conceded|added';
export const POST_VERB_FIRST = new RegExp(`^(${POST_VERBS})\\s+`, 'u');
export const POST_SUBJECT_VERB = new RegExp(`^(.{1,90}?)\\s+(?:(?:has|had|have|also|then|later|again|previously|once|further|earlier|separately)\\s+){0,2}(${POST_VERBS})(?![\\p{L}])`, 'u');

export const PRONOUN = /^(he|she|they|i|we)$/iu;
export const ROLE_NOUNS = new Set([
  'reports', 'officials', 'analysts', 'sources', 'experts', 'observers', 'critics', 'residents', 'witnesses',
  'authorities', 'police', 'investigators', 'prosecutors', 'lawyers', 'diplomats', 'aides', 'organizers',
  'organisers', 'protesters', 'economists', 'traders', 'doctors', 'scientists', 'researchers', 'spokesman',
  'spokeswoman', 'spokesperson', 'ministry', 'official', 'statement', 'report', 'agency', 'company', 'government',
  'court', 'judge', 'department', 'office', 'embassy', 'commission', 'council', 'committee', 'minister', 'president',
  'leader', 'source', 'person', 'people', 'media', 'outlet', 'newspaper', 'website', 'analyst', 'expert',
]);
export const NP_STOP = new Set([
  'on', 'in', 'at', 'to', 'for', 'with', 'that', 'which', 'who', 'and', 'after', 'before', 'during', 'when', 'while',
  'last', 'this', 'late', 'early', 'earlier', 'later', 'as', 'by', 'from', 'about', 'told', 'said', 'in',
]);
export const LEADING_CONJ = /^(?:while|and|but|as|whereas|although|though|when|after|before|because|so|yet|or|since|if|that|then)\s+/iu;
export const TRAILING_ADVERBS = /(?:\s+(?:has|had|have|also|then|later|again|previously|once|further|earlier|separately|repeatedly|reportedly|recently|publicly|privately|himself|herself|would|will|could|did|does|is|was|had|later|often|never|always|already|still|even|just|only))+$/iu;

/** Normalise a speaker phrase: "The ministry" → "the ministry", a titled name → the name. */
export function cleanSpeaker(np: string, known: readonly string[]): string | undefined {
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

export function isSpeakerPhrase(np: string): boolean {
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
export function npAfter(text: string): string | undefined {
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
export function npBefore(text: string, at: number): string | undefined {
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

export const ATTRIBUTION_GAP = new RegExp(
  `^[\\s,.!?;:—–-]*(?:(?:${POST_VERBS})\\s+[^“"‘]{1,60}?|[^“"‘]{1,60}?\\s+(?:${POST_VERBS}))(?:\\s+[\\p{L}\\p{N}’'.-]+){0,3}[\\s,.;:—–-]*$`,
  'u',
);

/** True when the text between two fragments is only an attribution (", he said. ", " Bessent said, "). */
export function isAttributionGap(gap: string): boolean {
  if (gap.length > 100) return false;
  return ATTRIBUTION_GAP.test(gap);
}

/** Person names in a piece of text, in order (known names and loose single words accepted). */
export function personNames(text: string, known: readonly string[]): string[] {
  if (!/\p{Lu}/u.test(text)) return [];
  return scanNames(text, { known, loose: true }).map((n) => n.name);
}

/**
 * False for a speaker written as a description ("the statement", "the ad",
 * "the group"): it does not say who spoke, so it neither matches nor
 * differs from a named speaker.
 */
export function namesSomeone(speaker: string): boolean {
  return !(/^(?:the|a|an|this|that|its|his|her|their)\s/iu.test(speaker) && !/\p{Lu}/u.test(speaker.replace(/^\S+\s/u, '').charAt(0)));
}
