// Blocking: which statement pairs are worth scoring. Two statements are
// compared when they are of one kind, come from different sources and share
// a key: a word near the value, a name, a counted noun, a person, or both
// being in their article's lead. A key shared by very many statements says
// little (like a stop word) and is dropped, so the pairs grow with the
// story's facts, not with the square of its statements.
import { alignHook } from './hook.js';
import type { AlignView } from './view.js';

/** A key held by more statements than this blocks nothing. */
export const MAX_POSTING = 400;

function keysOf(v: AlignView, idfWeight: (t: string) => number): string[] {
  const kind = v.claim.kind;
  const by = alignHook(kind).keys;
  const keys: string[] = [];
  if (by === 'person') {
    for (const t of v.personTokens) keys.push(`p:${t}`);
  } else {
    if (by === 'quote') {
      for (const t of v.personTokens) keys.push(`p:${t}`);
      const top = [...v.quoteStems].sort((a, b) => idfWeight(b) - idfWeight(a) || (a < b ? -1 : 1)).slice(0, 4);
      for (const t of top) keys.push(`q:${t}`);
    }
    for (const [t, d] of v.near) if (d <= 3) keys.push(`n:${t}`);
    for (const [c, d] of v.concepts) if (d <= 3) keys.push(`c:${c}`);
    for (const e of v.entities) keys.push(`e:${e}`);
    if (v.unit) keys.push(`u:${v.unit}`);
    if (v.position < 0.15) keys.push('lead');
  }
  if (keys.length === 0) keys.push('*');
  return keys.map((k) => `${kind}|${k}`);
}

/** Index pairs [i, j] (i < j) of statements from different sources worth scoring. */
export function candidatePairs(views: AlignView[], idfWeight: (t: string) => number): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  views.forEach((v, i) => {
    for (const k of new Set(keysOf(v, idfWeight))) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = views.length;
  for (const list of postings.values()) {
    if (list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (views[i].claim.sourceId === views[j].claim.sourceId) continue;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([i, j]);
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
