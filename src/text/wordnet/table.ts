// The WordNet tables built by scripts/build-wordnet.mjs, read on the first
// look-up and never at import. data/wordnet-words.tsv (ASCII, sorted) is
// read as one string and bisected in place: no splitting of its 150k lines.
// (Bisecting the raw Buffer avoided the decode but cost a native call per
// step, three times slower over a story's thousand distinct words.)
// data/wordnet-synsets.bin is a uint32 view (hypernym lists). Without the tables (a checkout never built) every
// look-up finds nothing and `wordnetAvailable()` says so, so callers can
// report it.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bisectTable } from '../sorted-table.js';

export type WnPos = 'n' | 'v' | 'a' | 'r';

/** One sense of a lemma: its synset, and the synsets of its derivationally related forms. */
export interface Sense {
  readonly synset: number;
  readonly links: readonly number[];
}

let words: string | null | undefined;
let hyper: Uint32Array | null | undefined;


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

function wordsTable(): string | null {
  if (words === undefined) words = read('wordnet-words.tsv')?.toString('latin1') ?? null;
  return words;
}

/** Whether the built WordNet tables were found (false: run `npm run build`). */
export function wordnetAvailable(): boolean {
  return wordsTable() !== null;
}

const rowCache = new Map<string, string | null>();
const senseCache = new Map<string, readonly Sense[]>();

function rowOf(lemma: string): string | null {
  const hit = rowCache.get(lemma);
  if (hit !== undefined) return hit;
  const table = wordsTable();
  // The table holds printable ASCII lemmas only.
  const row = (table && /^[\x21-\x7e]+$/.test(lemma) ? bisectTable(table, lemma) : undefined) ?? null;
  if (rowCache.size > 50_000) rowCache.clear();
  rowCache.set(lemma, row);
  return row;
}

// A row is "n=…|v=…": a part of speech is present when its "x=" opens the row or follows a "|".
function posStart(row: string, pos: WnPos): number {
  if (row.startsWith(`${pos}=`)) return 2;
  const i = row.indexOf(`|${pos}=`);
  return i < 0 ? -1 : i + 3;
}

/** Whether WordNet lists this exact lemma (lower case, spaces as "_") for the part of speech. */
export function hasLemma(lemma: string, pos: WnPos): boolean {
  const row = rowOf(lemma);
  return row !== null && posStart(row, pos) >= 0;
}

/** The lemma's senses for one part of speech, most frequent first (parsed on first use). */
export function sensesOf(lemma: string, pos: WnPos): readonly Sense[] {
  const key = `${pos}:${lemma}`;
  const hit = senseCache.get(key);
  if (hit) return hit;
  const row = rowOf(lemma);
  const at = row === null ? -1 : posStart(row, pos);
  let senses: Sense[] = [];
  if (row !== null && at >= 0) {
    const bar = row.indexOf('|', at);
    senses = row
      .slice(at, bar < 0 ? undefined : bar)
      .split(',')
      .map((part) => {
        const [synset, ...links] = part.split('.').map(Number);
        return { synset, links };
      });
  }
  if (senseCache.size > 50_000) senseCache.clear();
  senseCache.set(key, senses);
  return senses;
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
