// How many independent sources state a fact. Two sources are one when one
// copies the other (in whole or in part), when their statements of it sit
// inside one shared passage, when both credit one origin
// for the whole article, or when both statements' sentences name the same
// origin ("according to the ministry", "The Sun reported", "Ortiz said").
// A disagreement between two statements at the same place of one shared
// passage is named: the copy differs from the text it shares.
import type { Claim } from '../model/claim.js';
import type { JudgedGroup, Verdict } from '../model/judgement.js';
import type { Linked } from './links.js';
import type { SourceWords } from './tokens.js';
import type { Attribution, CopyDifference, DependentCluster, GroupProvenance } from '../model/provenance.js';
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

/** One side of a shared passage, as found on its source. */
export interface PassageAt {
  linked: Linked;
  /** Index into linked.link.passages. */
  k: number;
  which: 'a' | 'b';
  start: number;
  end: number;
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
  /** Passage sides by source id. */
  passagesOf: Map<string, PassageAt[]>;
  /** Source order of the run. */
  order: Map<string, number>;
}

const DISAGREE: readonly Verdict[] = ['conflict', 'scope-differs'];

/** First and last position of the words a claim covers (first > last when it covers none). */
function wordRange(w: SourceWords, c: Claim): [number, number] {
  // Words are in text order: binary search the first that ends after the claim's start.
  let lo = 0;
  let hi = w.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.ends[mid] <= c.start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  while (last + 1 < w.starts.length && w.starts[last + 1] < c.end) last++;
  return [lo, last];
}

/** Whether two statements of the group disagree, from the judged pairs (one per pair of readings). */
function disagreement(g: JudgedGroup): (x: Claim, y: Claim) => boolean {
  const byId = new Map(g.claims.map((c) => [c.id, c]));
  const direct = new Map<string, Verdict>();
  const byReadings = new Map<string, Verdict>();
  for (const p of g.pairs) {
    direct.set(`${p.a}\u0000${p.b}`, p.verdict);
    direct.set(`${p.b}\u0000${p.a}`, p.verdict);
    const ra = byId.get(p.a)?.value.reading;
    const rb = byId.get(p.b)?.value.reading;
    if (ra === undefined || rb === undefined) continue;
    byReadings.set(`${ra}\u0000${rb}`, p.verdict);
    byReadings.set(`${rb}\u0000${ra}`, p.verdict);
  }
  return (x, y) => {
    const v = direct.get(`${x.id}\u0000${y.id}`);
    if (v) return DISAGREE.includes(v);
    if (x.value.reading === y.value.reading) return false;
    // Judgement compares one statement per reading: the pair that stands for these two readings decides.
    const r = byReadings.get(`${x.value.reading}\u0000${y.value.reading}`);
    return r ? DISAGREE.includes(r) : false;
  };
}

export function groupProvenance(g: JudgedGroup, ix: ProvenanceIndex): GroupProvenance {
  const sources = [...new Set(g.claims.map((c) => c.sourceId))].sort((x, y) => (ix.order.get(x) ?? 0) - (ix.order.get(y) ?? 0));
  const uf = new UnionFind();
  // Every union with its reason; summed per component at the end.
  const noted: { a: string; why: 'shared-text' | 'same-origin'; named?: string }[] = [];
  const note = (a: string, b: string, why: 'shared-text' | 'same-origin', named?: string) => {
    uf.union(a, b);
    noted.push({ a, why, named });
  };
  const copyDifferences: CopyDifference[] = [];
  const inGroup = new Set(sources);

  // Copies: one text, rewritten or not; its sources count once for every fact both state.
  // Credits for the whole article make every statement the origin's.
  for (const s of sources) {
    for (const l of ix.linksOf.get(s) ?? []) {
      const { a, b } = l.link;
      if (a !== s || !inGroup.has(b)) continue;
      if (l.link.kind === 'copy' || l.link.kind === 'partial-copy') note(a, b, 'shared-text');
      else if (l.link.kind === 'named-common-origin') {
        const whole = l.link.commonOrigins.find((o) => o.a.scope === 'article' && o.b.scope === 'article');
        if (whole) note(a, b, 'same-origin', whole.a.origin);
      }
    }
  }
  // Statements inside the two sides of one shared passage (of any text link).
  const inPassage = new Map<PassageAt['linked'], Map<number, { a: Claim[]; b: Claim[] }>>();
  for (const c of g.claims) {
    // Sides are sorted by start: none after the claim's start can hold it.
    for (const at of ix.passagesOf.get(c.sourceId) ?? []) {
      if (at.start > c.start) break;
      if (c.end > at.end) continue;
      const other = at.which === 'a' ? at.linked.link.b : at.linked.link.a;
      if (!inGroup.has(other)) continue;
      let byK = inPassage.get(at.linked);
      if (!byK) inPassage.set(at.linked, (byK = new Map()));
      let both = byK.get(at.k);
      if (!both) byK.set(at.k, (both = { a: [], b: [] }));
      both[at.which].push(c);
    }
  }
  // Copy differences only where the judged pairs hold a disagreement at all.
  const anyDisagreement = g.pairs.some((p) => DISAGREE.includes(p.verdict));
  let disagree: ((x: Claim, y: Claim) => boolean) | undefined;
  for (const [l, byK] of inPassage) {
    const { a, b } = l.link;
    for (const [k, { a: xs, b: ys }] of byK) {
      if (!xs.length || !ys.length) continue;
      note(a, b, 'shared-text');
      if (!anyDisagreement) continue;
      const al = l.alignments[k];
      const wa = ix.words.get(a)!;
      const wb = ix.words.get(b)!;
      for (const x of xs) {
        // Only statements read differently can disagree.
        const differing = ys.filter((y) => y.value.reading !== x.value.reading);
        if (!differing.length) continue;
        const [lo, hi] = wordRange(wa, x);
        let jMin = Infinity;
        let jMax = -Infinity;
        for (let t = 0; t < al.si.length; t++) {
          const i = al.si[t];
          const j = al.sj[t];
          if (i < lo || i > hi || j < 0) continue;
          if (j < jMin) jMin = j;
          if (j > jMax) jMax = j;
        }
        if (jMin > jMax) continue;
        for (const y of differing) {
          const [ylo, yhi] = wordRange(wb, y);
          if (yhi < jMin || ylo > jMax) continue;
          disagree ??= disagreement(g);
          if (disagree(x, y)) copyDifferences.push({ a: x.id, b: y.id, sourceA: a, sourceB: b });
        }
      }
    }
  }

  // One entry per distinct origin key: sources naming it are one; distinct keys
  // (few per fact) are compared with each other for containment.
  const byKey = new Map<string, { key: string[]; origin: string; set: Set<string> }>();
  for (const c of g.claims) {
    for (const t of ix.bySentence.get(c.sourceId)?.get(c.sentence.index) ?? []) addOrigin(t, c);
    for (const t of ix.byArticle.get(c.sourceId) ?? []) addOrigin(t, c);
  }
  function addOrigin(t: Attribution, c: Claim): void {
    const k = t.key.join(' ');
    const e = byKey.get(k) ?? { key: t.key, origin: t.origin, set: new Set<string>() };
    e.set.add(c.sourceId);
    byKey.set(k, e);
  }
  const keys = [...byKey.values()].map((e) => ({ ...e, sources: [...e.set] }));
  for (const e of keys) for (const s of e.sources.slice(1)) note(e.sources[0], s, 'same-origin', e.origin);
  for (let x = 0; x < keys.length; x++) {
    for (let y = x + 1; y < keys.length; y++) {
      const p = keys[x];
      const q = keys[y];
      if (!sameOrigin(p.key, q.key)) continue;
      const s = p.sources.find((id) => !q.set.has(id)) ?? p.sources[0];
      const t = q.sources.find((id) => id !== s);
      if (t) note(s, t, 'same-origin', (p.key.length >= q.key.length ? p : q).origin);
    }
  }

  const components = new Map<string, string[]>();
  for (const s of sources) {
    const r = uf.find(s);
    const list = components.get(r);
    if (list) list.push(s);
    else components.set(r, [s]);
  }
  const why = new Map<string, Set<'shared-text' | 'same-origin'>>();
  const named = new Map<string, string>();
  for (const n of noted) {
    const r = uf.find(n.a);
    const set = why.get(r) ?? new Set();
    set.add(n.why);
    why.set(r, set);
    if (n.named && !named.has(r)) named.set(r, n.named);
  }
  const clusters: DependentCluster[] = [];
  for (const [r, members] of components) {
    if (members.length < 2) continue;
    const cluster: DependentCluster = { sources: members, reasons: [...(why.get(r) ?? [])].sort() };
    const origin = named.get(r);
    if (origin) cluster.origin = origin;
    clusters.push(cluster);
  }
  return { sources: sources.length, independent: components.size, clusters, copyDifferences };
}
