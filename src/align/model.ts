// The pair model: a logistic regression per family of kinds over the
// features of src/align/pairs.ts. Its weights are data, fitted on the
// development stories by `npm run fit-align` (src/tools/eval/fit-align.ts)
// and written to src/align/weights.ts; nothing here is tuned by hand.
import type { ClaimKind } from '../model/claim.js';
import { alignHook, type Family } from './hook.js';
import { PAIR_MODELS } from './weights.js';

export type { Family };

export interface Logistic {
  bias: number;
  weights: number[];
  mean: number[];
  scale: number[];
}

export interface PairModel {
  /** Second stage over src/align/competition.ts: the pair's score against its rivals. */
  second?: Logistic;
  bias: number;
  weights: number[];
  /** Feature means and spreads the weights were fitted on (inputs are standardised). */
  mean: number[];
  scale: number[];
  /** Probability at or above which two statements are taken as one fact. */
  threshold: number;
}

export function probability(model: Logistic, x: number[]): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += model.weights[k] * ((x[k] - model.mean[k]) / model.scale[k]);
  return 1 / (1 + Math.exp(-z));
}

export function familyOf(kind: ClaimKind): Family {
  return alignHook(kind).family;
}

export function modelFor(kind: ClaimKind, models: Record<Family, PairModel> = PAIR_MODELS): PairModel {
  return models[familyOf(kind)];
}
