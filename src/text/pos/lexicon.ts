// Possible Penn tags of a word, most frequent first, from data/lexicon.tsv
// (natural's Brill lexicon, ~92k words, sorted at build time by
// scripts/build-lexicon.mjs). The table is read on the first look-up as one
// string and bisected in place (no split of its lines).
// Without the table (a checkout never built) every word is unknown and the
// tagger falls back on its spelling rules; `lexiconAvailable()` says so.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bisectTable } from '../sorted-table.js';

let table: string | null | undefined;
const cache = new Map<string, readonly string[]>();

// The lexicon holds a few malformed tags ("NN|DT"); only Penn tags are kept.
const PENN = new Set(
  'CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB'.split(' '),
);

function load(): string | null {
  if (table !== undefined) return table;
  try {
    const p = fileURLToPath(new URL('../../../data/lexicon.tsv', import.meta.url));
    table = existsSync(p) ? readFileSync(p, 'utf8') : null;
  } catch {
    table = null;
  }
  return table;
}

/** Whether data/lexicon.tsv was found (false: run `npm run build`). */
export function lexiconAvailable(): boolean {
  return load() !== null;
}

/** Tags the lexicon lists for exactly this spelling (case-sensitive); [] when unknown. */
export function lexiconTags(word: string): readonly string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const buf = load();
  const row = buf && word && !/[\t\n]/.test(word) ? bisectTable(buf, word) : undefined;
  const tags = row ? row.split(' ').filter((t) => PENN.has(t)) : [];
  if (cache.size > 50_000) cache.clear();
  cache.set(word, tags);
  return tags;
}
