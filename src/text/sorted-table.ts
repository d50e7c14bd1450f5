/**
 * Lookup in a sorted tab-separated table kept as one string ("key\tvalue\n" rows,
 * keys in code-unit order). The built data files (POS lexicon, WordNet words, the
 * number lexicon) are read this way: bisection over the raw text needs no index
 * and no per-row objects, so a 10 MB table costs its string and nothing more.
 */
export function bisectTable(text: string, key: string): string | undefined {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const tab = text.indexOf('\t', start);
    if (tab < 0) return undefined;
    const k = text.slice(start, tab);
    if (k === key) {
      const end = text.indexOf('\n', tab);
      return text.slice(tab + 1, end < 0 ? undefined : end);
    }
    if (k < key) {
      const end = text.indexOf('\n', tab);
      if (end < 0) return undefined;
      lo = end + 1;
    } else {
      hi = start;
    }
  }
  return undefined;
}
