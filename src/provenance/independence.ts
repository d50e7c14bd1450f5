// How many independent sources state a fact. Two sources are one when one
// copies the other (in whole or in part), when their statements of it sit
// inside one shared passage, when both credit one origin
// for the whole article, or when both statements' sentences name the same
// origin ("according to the ministry", "The Sun reported", "Ortiz said").
// A disagreement between two statements at the same place of one shared
// passage is named: the copy differs from the text it shares.
import type { Claim, JudgedGroup, Verdict } from '../types.js';
import type { Linked } from './links.js';
import type { SourceWords } from './tokens.js';
import type { Attribution, CopyDifference, DependentCluster, GroupProvenance } from './types.js';
import { sameOrigin } from './origin.js';

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export interface ProvenanceIndex {
  linked: Linked[];
  words: Map<string, SourceWords>;
  /** Sentence-scope attributions by source id, then sentence index. */
  bySentence: Map<string, Map<number, Attribution[]>>;
  /** Article-scope credits by source id. */
  byArticle: Map<string, Attribution[]>;
  /** Links by source id. */
  linksOf: Map<string, Linked[]>;
  /** Source order of the run. */
  order: Map<string, number>;
}

const DISAGREE: readonly Verdict[] = ['conflict', 'scope-differs'];

/** Positions of the words a claim covers. */
function wordsOf(w: SourceWords, c: Claim): number[] {
  const out: number[] = [];
  // Words are in text order: binary search the first that ends after the claim's start.
  let lo = 0;
  let hi = w.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.ends[mid] <= c.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < w.starts.length && w.starts[k] < c.end; k++) out.push(k);
  return out;
}

function disagree(g: JudgedGroup, x: Claim, y: Claim): boolean {
  const direct = g.pairs.find((p) => (p.a === x.id && p.b === y.id) || (p.a === y.id && p.b === x.id));
  if (direct) return DISAGREE.includes(direct.verdict);
  if (x.value.reading === y.value.reading) return false;
  // Judgement compares one statement per reading: find the pair that stands for these two readings.
  const byId = new Map(g.claims.map((c) => [c.id, c]));
  const rx = x.value.reading;
  const ry = y.value.reading;
  const p = g.pairs.find((q) => {
    const a = byId.get(q.a)?.value.reading;
    const b = byId.get(q.b)?.value.reading;
    return (a === rx && b === ry) || (a === ry && b === rx);
  });
  return p ? DISAGREE.includes(p.verdict) : false;
}

function originsOf(ix: ProvenanceIndex, c: Claim): Attribution[] {
  return [...(ix.bySentence.get(c.sourceId)?.get(c.sentence.index) ?? []), ...(ix.byArticle.get(c.sourceId) ?? [])];
}

export function groupProvenance(g: JudgedGroup, ix: ProvenanceIndex): GroupProvenance {
  const sources = [...new Set(g.claims.map((c) => c.sourceId))].sort((x, y) => (ix.order.get(x) ?? 0) - (ix.order.get(y) ?? 0));
  const uf = new UnionFind();
  const reasons = new Map<string, Set<'shared-text' | 'same-origin'>>();
  const origin = new Map<string, string>();
  const note = (a: string, b: string, why: 'shared-text' | 'same-origin', named?: string) => {
    uf.union(a, b);
    const key = [a, b].sort().join('\u0000');
    const set = reasons.get(key) ?? new Set();
    set.add(why);
    reasons.set(key, set);
    if (named && !origin.has(key)) origin.set(key, named);
  };
  const copyDifferences: CopyDifference[] = [];
  const inGroup = new Set(sources);
  const claimsOf = new Map<string, Claim[]>();
  for (const c of g.claims) claimsOf.set(c.sourceId, [...(claimsOf.get(c.sourceId) ?? []), c]);

  // Shared text: statements inside the two sides of one passage of a link.
  const seen = new Set<Linked>();
  for (const s of sources) {
    for (const l of ix.linksOf.get(s) ?? []) {
      if (seen.has(l)) continue;
      seen.add(l);
      const { a, b } = l.link;
      if (!inGroup.has(a) || !inGroup.has(b)) continue;
      if (l.link.kind === 'named-common-origin') {
        // A credit for the whole article makes every statement the origin's; "X reported" only its own sentence (below).
        const whole = l.link.commonOrigins.find((o) => o.a.scope === 'article' && o.b.scope === 'article');
        if (whole) note(a, b, 'same-origin', whole.a.origin);
        continue;
      }
      // A copy or partial copy is one text, rewritten or not: its sources count once for every fact
      // both state. Sources sharing only a quotation count once where they state a fact inside it.
      if (l.link.kind === 'copy' || l.link.kind === 'partial-copy') note(a, b, 'shared-text');
      const wa = ix.words.get(a)!;
      const wb = ix.words.get(b)!;
      l.link.passages.forEach((p, k) => {
        const xs = claimsOf.get(a)!.filter((c) => c.start >= p.a.start && c.end <= p.a.end);
        const ys = claimsOf.get(b)!.filter((c) => c.start >= p.b.start && c.end <= p.b.end);
        if (!xs.length || !ys.length) return;
        note(a, b, 'shared-text');
        const al = l.alignments[k];
        for (const x of xs) {
          const mine = new Set(wordsOf(wa, x));
          const mapped = new Set<number>();
          for (const st of al.steps) if (st.i >= 0 && st.j >= 0 && mine.has(st.i)) mapped.add(st.j);
          for (const y of ys) {
            if (!wordsOf(wb, y).some((j) => mapped.has(j))) continue;
            if (disagree(g, x, y)) copyDifferences.push({ a: x.id, b: y.id, sourceA: a, sourceB: b });
          }
        }
      });
    }
  }

  // Named origins of the statements' sentences (and the articles' credits).
  // One entry per distinct origin key: sources naming it are one; distinct keys
  // (few per fact) are compared with each other for containment.
  const byKey = new Map<string, { key: string[]; origin: string; sources: string[] }>();
  for (const c of g.claims) {
    for (const t of originsOf(ix, c)) {
      const k = t.key.join(' ');
      const e = byKey.get(k) ?? { key: t.key, origin: t.origin, sources: [] };
      if (!e.sources.includes(c.sourceId)) e.sources.push(c.sourceId);
      byKey.set(k, e);
    }
  }
  const keys = [...byKey.values()];
  for (const e of keys) for (const s of e.sources.slice(1)) note(e.sources[0], s, 'same-origin', e.origin);
  for (let x = 0; x < keys.length; x++) {
    for (let y = x + 1; y < keys.length; y++) {
      const p = keys[x];
      const q = keys[y];
      if (!sameOrigin(p.key, q.key)) continue;
      const s = p.sources.find((id) => !q.sources.includes(id)) ?? p.sources[0];
      const t = q.sources.find((id) => id !== s);
      if (t) note(s, t, 'same-origin', (p.key.length >= q.key.length ? p : q).origin);
    }
  }

  const components = new Map<string, string[]>();
  for (const s of sources) {
    const r = uf.find(s);
    components.set(r, [...(components.get(r) ?? []), s]);
  }
  const clusters: DependentCluster[] = [];
  for (const members of components.values()) {
    if (members.length < 2) continue;
    const why = new Set<'shared-text' | 'same-origin'>();
    let named: string | undefined;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = [members[i], members[j]].sort().join('\u0000');
        for (const r of reasons.get(key) ?? []) why.add(r);
        named ??= origin.get(key);
      }
    }
    const cluster: DependentCluster = { sources: members, reasons: [...why].sort() };
    if (named) cluster.origin = named;
    clusters.push(cluster);
  }
  return { sources: sources.length, independent: components.size, clusters, copyDifferences };
}
