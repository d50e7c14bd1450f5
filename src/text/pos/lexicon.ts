// Possible Penn tags of a word, most frequent first, from data/lexicon.tsv
// (natural's Brill lexicon, ~92k words, sorted at build time by
// scripts/build-lexicon.mjs). The table is read on the first look-up and
// bisected as raw bytes, so nothing is decoded or split; UTF-8 byte order
// equals the table's UTF-16 order for every character below U+10000.
// Without the table (a checkout never built) every word is unknown and the
// tagger falls back on its spelling rules; `lexiconAvailable()` says so.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let table: Buffer | null | undefined;
const cache = new Map<string, readonly string[]>();
const NL = 10;
const TAB = 9;

// The lexicon holds a few malformed tags ("NN|DT"); only Penn tags are kept.
const PENN = new Set(
  'CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB'.split(' '),
);

function load(): Buffer | null {
  if (table !== undefined) return table;
  try {
    const p = fileURLToPath(new URL('../../../data/lexicon.tsv', import.meta.url));
    table = existsSync(p) ? readFileSync(p) : null;
  } catch {
    table = null;
  }
  return table;
}

/** Whether data/lexicon.tsv was found (false: run `npm run build`). */
export function lexiconAvailable(): boolean {
  return load() !== null;
}

function bisect(buf: Buffer, key: Buffer): string | undefined {
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : buf.lastIndexOf(NL, mid - 1) + 1;
    const tab = buf.indexOf(TAB, start);
    if (tab < 0) return undefined;
    const cmp = buf.compare(key, 0, key.length, start, tab);
    if (cmp === 0) {
      const end = buf.indexOf(NL, tab);
      return buf.toString('utf8', tab + 1, end < 0 ? buf.length : end);
    }
    if (cmp < 0) {
      const end = buf.indexOf(NL, tab);
      if (end < 0) return undefined;
      lo = end + 1;
    } else {
      hi = start;
    }
  }
  return undefined;
}

/** Tags the lexicon lists for exactly this spelling (case-sensitive); [] when unknown. */
export function lexiconTags(word: string): readonly string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const buf = load();
  const row = buf && word && !/[\t\n]/.test(word) ? bisect(buf, Buffer.from(word, 'utf8')) : undefined;
  const tags = row ? row.split(' ').filter((t) => PENN.has(t)) : [];
  if (cache.size > 50_000) cache.clear();
  cache.set(word, tags);
  return tags;
}
