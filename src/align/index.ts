// The align stage: claims in, groups of claims that state one fact out.
// No catalogue and no knowledge of the story: only the words around each
// value, the names in its sentence and who it concerns.
import type { Claim } from '../model/claim.js';
import type { ClaimGroup } from '../model/judgement.js';
import { cluster, type StepListener } from './cluster.js';
export type { AlignStep, StepListener } from './cluster.js';
import { featuresOf, sourceExtents } from './features.js';
import { buildIdf } from './idf.js';
import type { PairModel } from './pair-model.js';
import type { Vec } from './vectors.js';
import { groupId, groupSubject } from './subject.js';

export interface AlignResult {
  /** Facts stated by two or more sources. */
  groups: ClaimGroup[];
  /** Claims no other source shares. */
  singles: Claim[];
}

export interface AlignOptions {
  /** Share of a kind's join threshold a mutual best match across sources needs (see cluster.ts). */
  pairFactor?: number;
  /** The pair model to score with (default: the shipped weights, pair-weights.ts); refitting passes its own. */
  model?: PairModel;
  /** Hears each claim and cluster as it is handled (progress for long runs). */
  onStep?: StepListener;
}

export function align(claims: Claim[], options: AlignOptions = {}): AlignResult {
  const { onStep } = options;
  const idf = buildIdf(claims);
  // Claims of one sentence share its term vector: stem each sentence once.
  const sentenceVecs = new Map<string, Vec>();
  const extents = sourceExtents(claims);
  const features = claims.map((c, done) => {
    onStep?.({ phase: 'features', done, total: claims.length });
    return featuresOf(c, idf, sentenceVecs, extents);
  });
  const clusters = cluster(features, options.pairFactor, onStep, options.model);
  const taken = new Set<string>();
  const groups: ClaimGroup[] = [];
  const singles: Claim[] = [];
  for (const { members, paired } of clusters) {
    const sources = new Set(members.map((m) => m.claim.sourceId));
    if (sources.size < 2) {
      singles.push(...members.map((m) => m.claim));
      continue;
    }
    const subject = groupSubject(members);
    const ordered = members
      .map((m) => m.claim)
      .sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start));
    groups.push({
      id: groupId(ordered[0].kind, subject, taken),
      subject,
      kind: ordered[0].kind,
      claims: ordered,
      sourceCount: sources.size,
      origin: 'auto',
      ...(paired ? { weakMatch: paired.map((m) => m.claim.id) } : {}),
    });
  }
  return { groups, singles };
}
