// The learned pair model: its shipped weights match the features and kinds
// of this build, and linking two clusters looks at a bounded number of pairs.
import { describe, expect, test } from '@jest/globals';
import { alignHook } from '../../src/align/hook.js';
import { PAIR_FEATURES, linkProbability, logit, type PairModel } from '../../src/align/pair-model.js';
import { PAIR_MODEL } from '../../src/align/pair-weights.js';
import { KINDS } from '../../src/kinds/registry.js';
import type { ClaimKind } from '../../src/model/claim.js';
import { run } from '../../src/pipeline/run.js';
import { buildIdf } from '../../src/align/idf.js';
import { featuresOf, sourceExtents } from '../../src/align/features.js';

describe('the shipped pair model', () => {
  test('weights for every feature and for every kind with learned pairing', () => {
    expect(PAIR_MODEL.features).toEqual([...PAIR_FEATURES]);
    expect(PAIR_MODEL.weights).toHaveLength(PAIR_FEATURES.length);
    const learned = (Object.keys(KINDS) as ClaimKind[]).filter((k) => alignHook(k).learnedPairing);
    expect([...PAIR_MODEL.kinds].sort()).toEqual(learned.sort());
    expect(PAIR_MODEL.kindWeights).toHaveLength(PAIR_MODEL.kinds.length);
    expect(PAIR_MODEL.threshold).toBeGreaterThan(0);
    expect(PAIR_MODEL.threshold).toBeLessThan(1);
  });

  test('shared words near the value and in the sentence raise the odds of one fact; words near the value that share nothing lower them', () => {
    const at = (name: string) => PAIR_FEATURES.indexOf(name as (typeof PAIR_FEATURES)[number]);
    const base = new Array(PAIR_FEATURES.length).fill(0);
    const withFeature = (name: string, v = 1) => base.map((x, k) => (k === at(name) ? v : x));
    const z = logit(PAIR_MODEL, base, 'count');
    expect(logit(PAIR_MODEL, withFeature('local'), 'count')).toBeGreaterThan(z);
    expect(logit(PAIR_MODEL, withFeature('sentence'), 'count')).toBeGreaterThan(z);
    expect(logit(PAIR_MODEL, withFeature('local-disjoint'), 'count')).toBeLessThan(z);
  });
});

describe('linkProbability', () => {
  test('the mean over pairs of members, at most eight of each cluster: the work per pair of clusters is bounded', async () => {
    const r = await run({ sourcesDir: 'sources', provenance: false });
    const idf = buildIdf(r.claims);
    const extents = sourceExtents(r.claims);
    const fs = r.claims.filter((c) => c.kind === 'date').map((c) => featuresOf(c, idf, undefined, extents));
    expect(fs.length).toBeGreaterThan(16);
    // A model that gives every pair the same probability: the mean is that probability.
    const flat: PairModel = { ...PAIR_MODEL, weights: PAIR_MODEL.weights.map(() => 0), kindWeights: PAIR_MODEL.kindWeights.map(() => 0), bias: 0 };
    expect(linkProbability(flat, fs.slice(0, 3), fs.slice(3, 5))).toBeCloseTo(0.5);
    // Members past the eighth are not looked at.
    const a = fs.slice(0, 8);
    const b = fs.slice(8, 16);
    expect(linkProbability(PAIR_MODEL, [...a, ...fs.slice(16)], b)).toBe(linkProbability(PAIR_MODEL, a, b));
    expect(linkProbability(PAIR_MODEL, [], b)).toBe(0);
  });
});
