// Provenance of a story: attributions, text reuse between sources, links,
// and independent sources per fact. Data in, data out:
//   words (tokens.ts) → shingle index → candidate pairs (shingles.ts)
//   → local alignment per pair (align.ts) → links (links.ts)
//   → independent sources per group (independence.ts)
import type { JudgedGroup } from '../model/judgement.js';
import type { Sentence, Source } from '../model/source.js';
import { alignPair } from './align.js';
import { articleAttributions, sentenceAttributions } from './attribution.js';
import { groupProvenance, type PassageAt, type ProvenanceIndex } from './independence.js';
import { classify, type Linked } from './links.js';
import { candidatePairs, DEFAULT_CANDIDATES, shingles, type CandidateOptions } from './shingles.js';
import { Dictionary, sourceWords } from './tokens.js';
import type { Attribution, Provenance } from '../model/provenance.js';

export type * from '../model/provenance.js';

export interface ProvenanceInput {
  sources: Source[];
  /** Sentences per source id, as the sentence splitter gives them. */
  sentences: Map<string, Sentence[]>;
  groups: JudgedGroup[];
  /** Hears each source, pair and group as it is handled (progress for long runs). */
  onStep?: (step: ProvenanceStep) => void;
}

/** Where provenance is: one of its passes, `done` of `total` items. */
export interface ProvenanceStep {
  phase: 'words' | 'attributions' | 'pairs' | 'groups';
  /** Sources for words and attributions, candidate pairs for pairs, facts for groups. */
  done: number;
  total: number;
}

export function provenance(input: ProvenanceInput, options: CandidateOptions = DEFAULT_CANDIDATES): Provenance {
  const { sources, groups, onStep } = input;
  const dict = new Dictionary();
  const words = sources.map((s, done) => {
    onStep?.({ phase: 'words', done, total: sources.length });
    return sourceWords(s.id, s.text, input.sentences.get(s.id) ?? [], dict);
  });
  const hashes = words.map((w) => shingles(w));

  const attributions: Attribution[] = [];
  const bySentence = new Map<string, Map<number, Attribution[]>>();
  const byArticle = new Map<string, Attribution[]>();
  const ofSource = new Map<string, Attribution[]>();
  sources.forEach((s, done) => {
    onStep?.({ phase: 'attributions', done, total: sources.length });
    const mine: Attribution[] = [...articleAttributions(s)];
    byArticle.set(s.id, [...mine]);
    const perSentence = new Map<number, Attribution[]>();
    for (const sen of input.sentences.get(s.id) ?? []) {
      const found = sentenceAttributions(s, sen, sen.index);
      if (found.length) perSentence.set(sen.index, found);
      mine.push(...found);
    }
    bySentence.set(s.id, perSentence);
    mine.sort((x, y) => x.start - y.start);
    ofSource.set(s.id, mine);
    attributions.push(...mine);
  });

  // Text reuse for candidate pairs only; credits alone link pairs that share no text.
  const { pairs, commonShingles } = candidatePairs(hashes, options);
  const linked: Linked[] = [];
  const done = new Set<string>();
  let paired = 0;
  for (const [i, j] of pairs) {
    onStep?.({ phase: 'pairs', done: paired++, total: pairs.length });
    done.add(`${i} ${j}`);
    const alignments = alignPair(words[i], hashes[i], words[j], hashes[j]);
    const l = classify(words[i], sources[i].text, words[j], sources[j].text, alignments, ofSource.get(sources[i].id)!, ofSource.get(sources[j].id)!);
    if (l) linked.push(l);
  }
  for (const [i, j] of creditPairs(sources, byArticle, ofSource)) {
    if (done.has(`${i} ${j}`)) continue;
    const l = classify(words[i], sources[i].text, words[j], sources[j].text, [], ofSource.get(sources[i].id)!, ofSource.get(sources[j].id)!);
    if (l) linked.push(l);
  }
  const order = new Map(sources.map((s, k) => [s.id, k]));
  linked.sort((x, y) => order.get(x.link.a)! - order.get(y.link.a)! || order.get(x.link.b)! - order.get(y.link.b)!);

  const linksOf = new Map<string, Linked[]>();
  for (const l of linked) {
    for (const id of [l.link.a, l.link.b]) {
      const list = linksOf.get(id);
      if (list) list.push(l);
      else linksOf.set(id, [l]);
    }
  }
  const passagesOf = new Map<string, PassageAt[]>();
  for (const l of linked) {
    l.link.passages.forEach((p, k) => {
      for (const which of ['a', 'b'] as const) {
        const id = p[which].sourceId;
        const at: PassageAt = { linked: l, k, which, start: p[which].start, end: p[which].end };
        const list = passagesOf.get(id);
        if (list) list.push(at);
        else passagesOf.set(id, [at]);
      }
    });
  }
  for (const list of passagesOf.values()) list.sort((x, y) => x.start - y.start);
  const ix: ProvenanceIndex = { linked, words: new Map(words.map((w) => [w.sourceId, w])), bySentence, byArticle, linksOf, passagesOf, order };
  const perGroup: Provenance['groups'] = {};
  groups.forEach((g, done) => {
    onStep?.({ phase: 'groups', done, total: groups.length });
    perGroup[g.id] = groupProvenance(g, ix);
  });
  return {
    attributions,
    links: linked.map((l) => l.link),
    groups: perGroup,
    stats: { sources: sources.length, candidatePairs: pairs.length, links: linked.length, commonShingles },
  };
}

/** Pairs of sources that credit an origin with the same first key word (article credits and "X reported"), by an index on that word. */
function creditPairs(sources: Source[], byArticle: Map<string, Attribution[]>, ofSource: Map<string, Attribution[]>): [number, number][] {
  const byWord = new Map<string, number[]>();
  sources.forEach((s, k) => {
    const credits = [...(byArticle.get(s.id) ?? []), ...(ofSource.get(s.id) ?? []).filter((t) => t.kind === 'reported')];
    for (const w of new Set(credits.flatMap((t) => t.key))) byWord.set(w, [...(byWord.get(w) ?? []), k]);
  });
  const out = new Set<string>();
  for (const list of byWord.values()) {
    if (list.length > DEFAULT_CANDIDATES.maxSources) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) out.add(`${list[x]} ${list[y]}`);
  }
  return [...out].map((k) => k.split(' ').map(Number) as [number, number]);
}
