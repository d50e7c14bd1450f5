// Do two written names refer to one person? "He" ~ "He Lifeng" (a family
// name alone), "Trump" ~ "Donald Trump", "Bessent" ~ "Scott Bessent", and
// one-letter misspellings of long names ("Jinpeng" ~ "Jinping"). Shared by
// the extractors (speakers, participants) and by alignment and comparison.
import levenshtein from 'fast-levenshtein';

/** Courtesy titles: "Ms. Whitfield" is Whitfield. (Offices such as "Sen." are titles, kept apart by the title kind.) */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'madame', 'mme', 'mlle', 'herr', 'frau', 'monsieur']);

/** Lower-case words of a name, diacritics, possessives and a leading courtesy title removed; hyphenated parts stay one word. */
export function nameTokens(name: string): string[] {
  const words = rawTokens(name);
  return words.length > 1 && COURTESY.has(words[0]) ? words.slice(1) : words;
}

function rawTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[‐‑–]/gu, '-')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && levenshtein.get(a, b) <= 1;
}

/**
 * True when two written names can be one person: equal ignoring case and
 * punctuation; a single word equal to the first or last word of a longer
 * name ("He" ~ "He Lifeng", "Trump" ~ "Donald Trump"); longer names whose
 * first and last words agree ("Donald J. Trump" ~ "Donald Trump"); words of
 * five letters or more may differ by one edit ("Jinpeng" ~ "Jinping").
 */
export function sameName(a: string, b: string): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.length === tb.length) return ta.every((w, k) => sameToken(w, tb[k]));
  const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1) return sameToken(short[0], long[0]) || sameToken(short[0], long[long.length - 1]);
  return sameToken(short[0], long[0]) && sameToken(short[short.length - 1], long[long.length - 1]);
}

