// Is the value in force, or threatened, planned or forecast? A threatened
// 100% tariff and a 55% tariff in force are not rival readings of one number.
import type { ClaimContext } from '../model/claim.js';

const CUES: Array<[RegExp, ClaimContext['modality']]> = [
  [/\bthreat(?:s|en|ens|ened|ening)?\b/i, 'threat'],
  [/\b(?:plans?|planned|planning|propos(?:e|es|ed|al)|intends?|vow(?:s|ed)?|pledg(?:e|es|ed)|announced plans)\b/i, 'plan'],
  [/\b(?:expected|forecasts?|projected|predicts?|predicted|projections?|estimates? (?:that|it))\b/i, 'forecast'],
  // "may" only in lower case: "in May" is a month, not a possibility.
  [/\b(?:[Cc]ould|[Mm]ight|may|[Ww]ould|[Pp]ossible|[Pp]ossibly|[Pp]otential)\b/, 'possible'],
];

/**
 * Where a cue still governs the value: after the last comma or relative
 * pronoun before it. "Although she may side with the plaintiffs, … the
 * lawsuit that covers 1.5 million women": the "may" belongs to another
 * verb, and the women are counted as a fact.
 */
const SCOPE_BREAK = /,|\b(?:that|which|who|whom|whose)\b/giu;

/** Modality from the words of the clause before the value, within the value's own phrase. */
export function modalityOf(textBefore: string): ClaimContext['modality'] {
  let from = 0;
  for (const m of textBefore.matchAll(SCOPE_BREAK)) from = m.index! + m[0].length;
  const scope = textBefore.slice(from);
  for (const [re, m] of CUES) if (re.test(scope)) return m;
  return 'actual';
}

const ASPECTS =
  /\b(currently|now|initially|originally|previously|formerly|once|at (?:its|the) peak|peak(?:ed)?|so far|to date|still|again|already|at one point)\b/gi;

/** Time adverbs in the clause ("currently", "initially"), lower-cased. */
export function aspectsOf(clause: string): string[] {
  return [...new Set([...clause.matchAll(ASPECTS)].map((m) => m[1].toLowerCase()))];
}
