// WordNet's morphy: the base forms of an inflected word, found by trying the
// word itself, its irregular forms, then WordNet's suffix rules, and keeping
// only candidates WordNet lists for that part of speech. Added to the rules:
// undoubling a final consonant ("committed" → "commit", "bigger" → "big"),
// "-ies" plural/3rd-person and Latin/Greek plurals ("crises", "nuclei"),
// which WordNet itself covers through exception files not shipped here.

import { irregularBases } from './irregular.js';
import { hasLemma, type WnPos } from './table.js';

const RULES: Record<WnPos, ReadonlyArray<readonly [string, string]>> = {
  n: [['s', ''], ['ses', 's'], ['ses', 'sis'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['i', 'us']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ied', 'y']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  r: [],
};

const ALL: readonly WnPos[] = ['n', 'v', 'a', 'r'];

/** Normalise a surface word to WordNet's key form: lower case, curly quotes straightened, spaces as "_". */
export function wnKey(word: string): string {
  if (/^[a-z]+$/.test(word)) return word;
  return word.trim().toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, '_');
}

const memo = new Map<string, string[]>();

function has(lemma: string, pos: WnPos): boolean {
  return hasLemma(lemma, pos);
}

/** Base forms of `word` for one part of speech, most likely first; [] when WordNet has none. */
export function lemmasFor(word: string, pos: WnPos): string[] {
  const w = wnKey(word);
  if (!w) return [];
  const key = `${pos}:${w}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const out = findLemmas(w, pos);
  if (memo.size > 50_000) memo.clear();
  memo.set(key, out);
  return out;
}

function findLemmas(w: string, pos: WnPos): string[] {
  const out: string[] = [];
  const add = (c: string) => {
    if (c && !out.includes(c) && has(c, pos)) out.push(c);
  };
  const irregular = irregularBases(w, pos);
  for (const b of irregular) add(b);
  add(w);
  if (irregular.length) return out;
  for (const [suffix, ending] of RULES[pos]) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 1) continue;
    const stem = w.slice(0, w.length - suffix.length);
    add(stem + ending);
    // committed → committ → commit; bigger → bigg → big
    if (ending === '' && /([bdgklmnprstz])\1$/.test(stem)) add(stem.slice(0, -1));
  }
  return out;
}

/** Base forms of `word` in every part of speech (or only `pos`), e.g. "indicted" → ["indict"], "children" → ["child"]. */
export function lemmas(word: string, pos?: WnPos): string[] {
  const out: string[] = [];
  for (const p of pos ? [pos] : ALL) for (const l of lemmasFor(word, p)) if (!out.includes(l)) out.push(l);
  return out;
}
