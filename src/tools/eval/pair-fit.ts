// Fitting the aligner's pair model (src/align/pair-model.ts) on annotated
// stories; the CLI is refit-pair-model.ts.
//
// Training pairs: every two claims of one kind with learned pairing from two
// sources, one compared with a cluster of the other alone, as
// pair-model.ts linkProbability compares them; a pair is one fact when both
// claims overlap spans of one gold fact. Pairs a kind's own rules keep apart
// (hook.pairWeight 0) are never scored, so they are not taught either. A
// logistic regression over the pair features and a weight per kind; then
// the threshold, the probability a pairing needs, chosen from a grid on the
// objective of figures.ts.
import { readFileSync } from 'node:fs';
import { alignHook } from '../../align/hook.js';
import { featuresOf, sourceExtents } from '../../align/features.js';
import { buildIdf } from '../../align/idf.js';
import { PAIR_FEATURES, pairFeatures, type PairModel } from '../../align/pair-model.js';
import { singletonProfile } from '../../align/similarity.js';
import { KINDS } from '../../kinds/registry.js';
import type { Claim, ClaimKind } from '../../model/claim.js';
import type { Source } from '../../model/source.js';
import { alignAndJudge, run } from '../../pipeline/run.js';
import { figuresOf, objective, type Figures } from './figures.js';
import { fitLogistic } from './logistic.js';
import { goldFactsOf, parseGold, type GoldGroup } from './score.js';
import type { Story } from './stories.js';

/** Kinds the pair model scores: their hooks ask for learned pairing. */
export function learnedKinds(): ClaimKind[] {
  return (Object.keys(KINDS) as ClaimKind[]).filter((k) => alignHook(k).learnedPairing === true);
}

export interface PairRow {
  x: number[];
  kind: ClaimKind;
  /** 1 when both claims state one gold fact. */
  label: number;
}

/** A story read once: its claims, and the pairs they give. */
export interface StoryData {
  name: string;
  gold: GoldGroup[];
  sources: Source[];
  claims: Claim[];
  rows: PairRow[];
}

export function pairRows(claims: Claim[], gold: GoldGroup[], sources: Source[]): PairRow[] {
  const kinds = new Set(learnedKinds());
  const idf = buildIdf(claims);
  const extents = sourceExtents(claims);
  const goldOf = goldFactsOf(gold, sources);
  const fs = claims.filter((c) => kinds.has(c.kind)).map((c) => featuresOf(c, idf, undefined, extents));
  const facts = fs.map((f) => goldOf(f.claim));
  const profiles = fs.map(singletonProfile);
  const rows: PairRow[] = [];
  for (let i = 0; i < fs.length; i++) {
    for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i].claim;
      const b = fs[j].claim;
      if (a.kind !== b.kind || a.sourceId === b.sourceId) continue;
      const weight = alignHook(a.kind).pairWeight;
      if (weight && (weight(fs[i], profiles[j]) === 0 || weight(fs[j], profiles[i]) === 0)) continue;
      const label = [...facts[i]].some((id) => facts[j].has(id)) ? 1 : 0;
      rows.push({ x: pairFeatures(fs[i], profiles[j]), kind: a.kind, label });
    }
  }
  return rows;
}

/** Weights fitted on `rows`, with the given thresholds. */
export function fitModel(rows: PairRow[], threshold: number): PairModel {
  const kinds = learnedKinds();
  const xs = rows.map((r) => [...r.x, ...kinds.map((k) => (r.kind === k ? 1 : 0))]);
  const fit = fitLogistic(xs, rows.map((r) => r.label));
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const weights = xs.length ? fit.weights : new Array<number>(PAIR_FEATURES.length + kinds.length).fill(0);
  return {
    features: [...PAIR_FEATURES],
    kinds,
    weights: weights.slice(0, PAIR_FEATURES.length).map(round),
    kindWeights: weights.slice(PAIR_FEATURES.length).map(round),
    bias: round(fit.bias),
    threshold,
  };
}

/** Extracts a story's claims once (no catalogue, no provenance). */
export async function readStory(story: Story): Promise<StoryData> {
  const gold = parseGold(readFileSync(story.gold, 'utf8'));
  const r = await run({ sourcesDir: story.sources, provenance: false });
  return { name: story.name, gold, sources: r.sources, claims: r.claims, rows: pairRows(r.claims, gold, r.sources) };
}

/** A story's figures when aligned with `model`. */
export function figuresWith(s: StoryData, model: PairModel): Figures {
  return figuresOf(s.gold, alignAndJudge(s.claims, s.sources, { model }), s.sources, s.claims);
}

/**
 * Weights fitted on `train`, and the threshold of `grid` that scores best on
 * it (the objective per threshold beside). The objective is nearly flat
 * over a wide range, so each threshold is scored by the mean of its own and
 * its neighbours' objectives: a threshold on a plateau, not on a spike.
 */
export function fitOn(train: StoryData[], grid: readonly number[]): { model: PairModel; objectives: number[] } {
  const base = fitModel(train.flatMap((s) => s.rows), grid[0]);
  const objectives = grid.map((threshold) => train.reduce((a, s) => a + objective(figuresWith(s, { ...base, threshold })), 0));
  const smoothed = objectives.map((_, g) => {
    const near = objectives.slice(Math.max(0, g - 1), g + 2);
    return near.reduce((a, v) => a + v, 0) / near.length;
  });
  const best = smoothed.reduce((b, v, g) => (v > smoothed[b] ? g : b), 0);
  return { model: { ...base, threshold: grid[best] }, objectives };
}

/** For each story: the model fitted on all the others, and that story's figures with it. */
export function leaveOneStoryOut(stories: StoryData[], grid: readonly number[]): Array<{ story: string; model: PairModel; figures: Figures }> {
  return stories.map((s, i) => {
    const { model } = fitOn(stories.filter((_, k) => k !== i), grid);
    return { story: s.name, model, figures: figuresWith(s, model) };
  });
}

/** The text of pair-weights.ts for a fitted model. */
export function weightsModule(m: PairModel, storyCount: number): string {
  const list = (xs: readonly (string | number)[]) => `[${xs.map((x) => (typeof x === 'string' ? `'${x}'` : String(x))).join(', ')}]`;
  return `// Generated by \`npm run refit-pair-model -- --write\` from ${storyCount} annotated stories: do not edit by hand.
import type { PairModel } from './pair-model.js';

export const PAIR_MODEL: PairModel = {
  features: ${list(m.features)},
  kinds: ${list(m.kinds)},
  weights: ${list(m.weights)},
  kindWeights: ${list(m.kindWeights)},
  bias: ${m.bias},
  threshold: ${m.threshold},
};
`;
}
