// A named programme, network, newspaper or event someone spoke on or to:
// "told Fox Business Network", "in an interview with the Financial Times".
// Alignment and judging both ask whether two remarks share an occasion.
const OCCASION =
  /\b(?:on|to|with|told|at)\s+(?:the\s+)?((?:[A-Z][\p{L}’'&.-]*\s+){0,4}(?:Network|News|TV|Television|Radio|Channel|Times|Post|Journal|Press|Broadcasting|Media|Podcast|Show|Conference|Forum|Briefing|Hearing))\b/gu;

/** Named occasions in a sentence, lower-cased. */
export function occasionsOf(sentence: string): string[] {
  return [...sentence.matchAll(OCCASION)].map((m) => m[1].toLowerCase());
}
