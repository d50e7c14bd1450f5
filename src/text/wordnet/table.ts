// The WordNet tables built by scripts/build-wordnet.mjs, read on the first
// look-up and never at import. data/wordnet-words.tsv (ASCII, sorted) is
// bisected as raw bytes: no decoding or splitting of its 150k lines, so the
// first look-up costs one file read. data/wordnet-synsets.bin is a uint32
// view (hypernym lists). Without the tables (a checkout never built) every
// look-up finds nothing and `wordnetAvailable()` says so, so callers can
// report it.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type WnPos = 'n' | 'v' | 'a' | 'r';

/** One sense of a lemma: its synset, and the synsets of its derivationally related forms. */
export interface Sense {
  readonly synset: number;
  readonly links: readonly number[];
}

export type Entry = Partial<Record<WnPos, readonly Sense[]>>;

let words: Buffer | null | undefined;
let hyper: Uint32Array | null | undefined;
const entryCache = new Map<string, Entry | undefined>();

const NL = 10;
const TAB = 9;

function dataFile(name: string): string {
  return fileURLToPath(new URL(`../../../data/${name}`, import.meta.url));
}

function read(name: string): Buffer | null {
  try {
    const p = dataFile(name);
    return existsSync(p) ? readFileSync(p) : null;
  } catch {
    return null;
  }
}

function wordsTable(): Buffer | null {
  if (words === undefined) words = read('wordnet-words.tsv');
  return words;
}

/** Whether the built WordNet tables were found (false: run `npm run build`). */
export function wordnetAvailable(): boolean {
  return wordsTable() !== null;
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
    // cmp compares the table's key against ours: <0 table key sorts first.
    if (cmp === 0) {
      const end = buf.indexOf(NL, tab);
      return buf.toString('latin1', tab + 1, end < 0 ? buf.length : end);
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

function parseEntry(row: string): Entry {
  const entry: Entry = {};
  for (const part of row.split('|')) {
    const pos = part[0] as WnPos;
    entry[pos] = part
      .slice(2)
      .split(',')
      .map((s) => {
        const [synset, ...links] = s.split('.').map(Number);
        return { synset, links };
      });
  }
  return entry;
}

/** WordNet's entry for an exact lemma (lower case, spaces as "_"), or undefined. */
export function entryOf(lemma: string): Entry | undefined {
  if (entryCache.has(lemma)) return entryCache.get(lemma);
  const table = wordsTable();
  // The table holds printable ASCII lemmas only.
  const row = table && /^[\x21-\x7e]+$/.test(lemma) ? bisect(table, Buffer.from(lemma, 'latin1')) : undefined;
  const entry = row === undefined ? undefined : parseEntry(row);
  if (entryCache.size > 50_000) entryCache.clear();
  entryCache.set(lemma, entry);
  return entry;
}

function hypernymTable(): Uint32Array | null {
  if (hyper !== undefined) return hyper;
  const buf = read('wordnet-synsets.bin');
  // Copy into an aligned buffer: readFileSync may hand back an unaligned slice of its pool.
  hyper = buf && buf.length % 4 === 0 ? new Uint32Array(new Uint8Array(buf).buffer) : null;
  return hyper;
}

/** Direct hypernyms (and instance hypernyms) of a synset. */
export function hypernymsOf(synset: number): readonly number[] {
  const t = hypernymTable();
  if (!t || synset < 0 || synset >= t[0]) return [];
  const base = 2 + t[0];
  return Array.from(t.subarray(base + t[1 + synset], base + t[2 + synset]));
}
