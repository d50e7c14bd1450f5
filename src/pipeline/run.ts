// The run, top to bottom: ingest (read the folder) → extract (per source:
// sentences → extract → describe, see per-source.ts; cached, and in worker
// threads for big stories, see extract.ts) → align → judge → catalogue →
// provenance (text reuse, attributions, independent sources per fact).
// Each stage takes data and returns data.
import type { Claim } from '../model/claim.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { ExtractContext } from '../model/extraction.js';
import type { ClaimGroup, JudgedGroup } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';
import type { Source } from '../model/source.js';
import { readSources } from '../ingest/index.js';
import { align, type AlignOptions } from '../align/index.js';
import { judgeGroup } from '../judge/index.js';
import { explainGroup } from '../present/explain.js';
import { sortGroups } from '../present/order.js';
import { namerFor } from '../present/sources.js';
import { readCatalogue } from '../catalogue/read.js';
import { applyCatalogue } from '../catalogue/apply.js';
// The extractors (chrono, the gazetteer, the POS table) load only when a
// source is not in the cache: extract.ts imports per-source.ts on demand.
import { claimsOfSources } from './extract.js';
import type { ClaimCache } from './cache/store.js';
import type { ProgressEvent } from '../progress/render.js';
import { splitSentences } from '../text/sentences/split.js';
import { provenance } from '../provenance/index.js';
import { alignProgress, provenanceProgress } from './stage-progress.js';

export interface RunOptions {
  sourcesDir: string;
  /** Folder of the story's catalogue; undefined = no catalogue. */
  claimsDir?: string;
  /** Today's date (YYYY-MM-DD) for a source nothing dates; injectable for tests. */
  today?: string;
  // Optional: claims cache (see cache/store.ts), progress callback,
  // extraction worker threads (0 = none; default automatic for big stories).
  cache?: ClaimCache;
  onProgress?: (e: ProgressEvent) => void;
  workers?: number;
  /** Find text reuse and independent sources per fact (default true). */
  provenance?: boolean;
  /** Alignment settings other than the fitted defaults (used by the refitting tool). */
  align?: AlignOptions;
}

function timed<T>(timings: Record<string, number>, stage: string, f: () => T): T {
  const t0 = performance.now();
  try {
    return f();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
  }
}

function contextFor(source: Source, today: string, diagnostics: Diagnostic[]): ExtractContext {
  if (source.published) {
    return {
      source,
      reference: source.published.date,
      referenceInferred: source.published.inferred,
      tzOffsetMinutes: source.published.tzOffsetMinutes,
    };
  }
  diagnostics.push(diagnostic('warning', source.path, `no publication date found, and no other source to take one from; relative dates are read against today (${today}). Add "published:" front matter to fix.`, 'ingest/no-date'));
  return { source, reference: today, referenceInferred: true };
}

/**
 * The align and compare stages: claims in, judged and explained facts out,
 * in report order. Refitting calls it again and again on one story's claims
 * with other alignment settings, without extracting anew.
 */
export function alignAndJudge(
  claims: Claim[],
  sources: Source[],
  alignOptions?: AlignOptions,
  progress?: RunOptions['onProgress'],
  timings: Record<string, number> = {},
): JudgedGroup[] {
  const name = namerFor(sources);
  progress?.({ stage: 'align', claims: claims.length });
  const { groups: auto } = timed(timings, 'align', () => align(claims, { ...alignOptions, onStep: progress && alignProgress(progress) }));
  // Compare: judge and explain each fact (judgeGroup is judgeAll's step), telling progress per fact.
  progress?.({ stage: 'compare', done: 0, total: auto.length, unit: 'facts' });
  return timed(timings, 'compare', () =>
    sortGroups(
      auto.map((g, done) => {
        if (done > 0 && done % 32 === 0) progress?.({ stage: 'compare', done, total: auto.length, unit: 'facts' });
        return explainGroup(judgeGroup(g), name);
      }),
    ),
  );
}

export async function run(options: RunOptions): Promise<RunResult> {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const progress = options.onProgress;
  progress?.({ stage: 'read' });
  const { sources, diagnostics } = await readSources(options.sourcesDir);
  timings.ingest = performance.now() - t0;
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  // Per-source claims: cached, or extracted (in worker threads for big stories).
  const chars = sources.reduce((n, s) => n + s.text.length, 0);
  progress?.({ stage: 'extract', sources: sources.length, done: 0, claims: 0, cached: 0, chars });
  const jobs = sources.map((source) => ({ source, ctx: contextFor(source, today, diagnostics) }));
  const t1 = performance.now();
  // The cache of this project (the sources folder), in the user's cache folder.
  const cache = options.cache?.project === undefined ? options.cache?.forProject(options.sourcesDir) : options.cache;
  const perSource = await claimsOfSources(jobs, {
    cache,
    workers: options.workers,
    onSource: progress ? (p) => progress({ stage: 'extract', done: p.done, claims: p.claims, cached: p.cached }) : undefined,
  });
  // Every source went through the cache: what it did not use is stale.
  cache?.sweep();
  timings.extract = performance.now() - t1;
  const claims: Claim[] = [];
  for (const cs of perSource) for (const c of cs) claims.push(c);

  const name = namerFor(sources);
  let groups = alignAndJudge(claims, sources, options.align, progress, timings);
  let review: RunResult['review'] = {};
  let catalogue;
  if (options.claimsDir) {
    const read = readCatalogue(options.claimsDir);
    diagnostics.push(...read.diagnostics);
    catalogue = read.catalogue;
    if (catalogue) {
      progress?.({ stage: 'catalogue' });
      const applied = timed(timings, 'catalogue', () =>
        applyCatalogue(groups, claims, catalogue!, (g: ClaimGroup) => explainGroup(judgeGroup(g), name)),
      );
      groups = sortGroups(applied.groups);
      review = applied.review;
      diagnostics.push(...applied.diagnostics);
    }
  }
  let prov: RunResult['provenance'];
  if (options.provenance !== false) {
    const onStep = progress && provenanceProgress(progress);
    prov = timed(timings, 'provenance', () => {
      const sentences = new Map(
        sources.map((s, done) => {
          onStep?.({ phase: 'sentences', done, total: sources.length });
          return [s.id, splitSentences(s)];
        }),
      );
      return provenance({ sources, sentences, groups, onStep });
    });
  }
  timings.total = performance.now() - t0;
  progress?.({ stage: 'done' });
  return { sources, claims, groups, review, catalogue, diagnostics, timings, provenance: prov };
}
