// Do two written names refer to one person? "He" ~ "He Lifeng" (a family
// name alone), "Trump" ~ "Donald Trump", "Bessent" ~ "Scott Bessent", and
// one-letter misspellings of long names ("Jinpeng" ~ "Jinping").
import levenshtein from 'fast-levenshtein';

function tokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && levenshtein.get(a, b) <= 1;
}

export function sameName(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.length === tb.length) return ta.every((t, i) => sameToken(t, tb[i]));
  const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1) return sameToken(short[0], long[0]) || sameToken(short[0], long[long.length - 1]);
  // "Donald J. Trump" vs "Donald Trump": first and last agree.
  return sameToken(short[0], long[0]) && sameToken(short[short.length - 1], long[long.length - 1]);
}
