// Proper names in a sentence, as lower-case keys. Country names, aliases,
// demonyms and capitals used for governments fold to one country, so
// "Beijing imposed" and "China implemented" share an entity.
import { countryOfActor } from '../text/gazetteer/index.js';
import { isStopword, isTimeWord, tokenize, type Token } from '../text/terms.js';

export interface NameRun {
  text: string;
  start: number;
  end: number;
}

const JOINERS = new Set(['of', 'for', 'and', 'de', 'al', 'von', 'van', 'la', 'le', 'del']);
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these',
  'those', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'for', 'to', 'by', 'from', 'with',
  'under', 'over', 'beyond', 'despite', 'meanwhile', 'however', 'officials', 'analysts', 'observers',
]);

function isCapitalised(t: Token): boolean {
  return /^[\p{Lu}]/u.test(t.word) || /^[A-Z]\.?[A-Z]\.?$/.test(t.word);
}

/** Runs of capitalised words ("Vice Premier He Lifeng", "Ministry of Commerce"). */
export function nameRuns(text: string): NameRun[] {
  const tokens = tokenize(text);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const sentenceInitial = i === 0 || /[.!?“"]\s*$/.test(text.slice(tokens[i - 1].end, t.start));
    if (!isCapitalised(t) || (sentenceInitial && NOT_NAMES.has(t.word.toLowerCase()))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      const next = tokens[j + 1];
      if (/^[\s.]*$/.test(gap) && gap.length <= 2 && isCapitalised(next)) {
        j++;
        continue;
      }
      // "Ministry of Commerce": a lower-case joiner between two capitalised words.
      if (
        gap.trim() === '' &&
        JOINERS.has(next.word) &&
        j + 2 < tokens.length &&
        isCapitalised(tokens[j + 2]) &&
        text.slice(next.end, tokens[j + 2].start).trim() === ''
      ) {
        j += 2;
        continue;
      }
      break;
    }
    let end = tokens[j].end;
    if (text[end] === '.' && /^[A-Z]$/.test(tokens[j].word)) end++; // "U.S."
    runs.push({ text: text.slice(t.start, end), start: t.start, end });
    i = j + 1;
  }
  return runs;
}

/** Entity keys of a text: countries folded, other names as lower-case words. */
export function entityKeys(text: string): string[] {
  const keys: string[] = [];
  for (const run of nameRuns(text)) {
    const whole = countryOfActor(run.text.replace(/[’']s$/, ''));
    if (whole) {
      keys.push(whole.toLowerCase());
      continue;
    }
    const tokens = tokenize(run.text);
    for (const t of tokens) {
      const bare = t.word.replace(/[’']s$/, '');
      const country = countryOfActor(bare);
      if (country) keys.push(country.toLowerCase());
      else if (isTimeWord(bare) || JOINERS.has(bare) || /^\d/.test(bare)) continue;
      // A stop word counts only inside a longer name ("He Lifeng"), not alone ("Earlier").
      else if (!isStopword(bare) || (tokens.length > 1 && bare.length > 1)) keys.push(bare.toLowerCase());
    }
  }
  return [...new Set(keys)];
}
