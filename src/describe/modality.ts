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

/** Modality from the words of the clause before the value. */
export function modalityOf(textBefore: string): ClaimContext['modality'] {
  for (const [re, m] of CUES) if (re.test(textBefore)) return m;
  return 'actual';
}

const ASPECTS =
  /\b(currently|now|initially|originally|previously|formerly|once|at (?:its|the) peak|peak(?:ed)?|so far|to date|still|again|already|at one point)\b/gi;

/** Time adverbs in the clause ("currently", "initially"), lower-cased. */
export function aspectsOf(clause: string): string[] {
  return [...new Set([...clause.matchAll(ASPECTS)].map((m) => m[1].toLowerCase()))];
}
