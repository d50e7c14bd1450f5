// The extract stage for a whole story: each source's claims come from the
// cache when its key is there, else they are extracted (in this thread, or
// in worker threads when there is enough text to repay their start-up) and
// stored. The result is in source order whatever the order of completion,
// so a run gives the same claims with or without cache and workers.
import { availableParallelism } from 'node:os';
import type { Claim } from '../model/claim.js';
import type { ExtractContext } from '../model/extraction.js';
import type { Source } from '../model/source.js';
import { sourceKey } from './cache/key.js';
import type { ClaimCache } from './cache/store.js';
import type { WorkerJob } from './extract-worker.js';
import { runInWorkers, workersAvailable } from './pool/pool.js';

export interface SourceJob {
  source: Source;
  ctx: ExtractContext;
}

export interface SourceDone {
  /** Sources finished so far (cached or extracted). */
  done: number;
  total: number;
  /** Claims found so far. */
  claims: number;
  /** Sources taken from the cache so far. */
  cached: number;
}

export interface ClaimsStageOptions {
  cache?: ClaimCache;
  /** Called after each source. */
  onSource?: (p: SourceDone) => void;
  /**
   * Worker threads for extraction: 0 = none, a number = that many, undefined
   * = automatic (env CLAIMCHECK_WORKERS overrides).
   */
  workers?: number;
}

/**
 * Below this much uncached text (UTF-16 units) extraction stays in this
 * thread: a worker pays ~0.1 s to load the extractors and warms its JIT from
 * cold, and the claims cross back as JSON. Measured on 2 cores: 2 workers
 * are slower at 300k characters (100 sources), break even at 1.5M (500
 * sources) and are 1.2× faster at 6M (2,000 sources).
 */
export const WORKER_MIN_CHARS = 2_000_000;
/** Text each worker should have before another one pays for itself. */
const CHARS_PER_WORKER = 500_000;

const WORKER_URL = new URL('./extract-worker.js', import.meta.url);

export function autoWorkers(chars: number, jobs: number, cpus = availableParallelism()): number {
  if (chars < WORKER_MIN_CHARS || jobs < 2 || cpus < 2) return 0;
  return Math.max(2, Math.min(cpus, jobs, Math.floor(chars / CHARS_PER_WORKER)));
}

function workerCount(o: ClaimsStageOptions, misses: SourceJob[]): number {
  const env = process.env.CLAIMCHECK_WORKERS;
  let n: number;
  if (env !== undefined && env !== '' && /^\d+$/.test(env)) n = Number(env);
  else if (o.workers !== undefined) n = o.workers;
  else n = autoWorkers(misses.reduce((s, j) => s + j.source.text.length, 0), misses.length);
  n = Math.min(n, misses.length);
  return n >= 1 && workersAvailable(WORKER_URL) ? n : 0;
}

/** A job as it crosses to a worker: the context without its source (sent once, beside it). */
function workerJob({ source, ctx }: SourceJob): WorkerJob {
  const { source: _source, ...rest } = ctx;
  return { source, ctx: rest };
}

/** Claims of every source, in source order: from the cache, else extracted (and stored). */
export async function claimsOfSources(all: SourceJob[], o: ClaimsStageOptions = {}): Promise<Claim[][]> {
  const results: (Claim[] | undefined)[] = new Array(all.length);
  const keys: (string | undefined)[] = new Array(all.length);
  const progress: SourceDone = { done: 0, total: all.length, claims: 0, cached: 0 };
  const misses: number[] = [];
  const cache = o.cache;
  for (let i = 0; i < all.length; i++) {
    if (cache) {
      keys[i] = sourceKey(all[i].source, all[i].ctx, cache.engine);
      const hit = cache.get(keys[i]!, all[i].source);
      if (hit) {
        results[i] = hit;
        progress.done++;
        progress.cached++;
        progress.claims += hit.length;
        // Told per hit: reading a big story's entries takes seconds, and the line should move meanwhile.
        o.onSource?.({ ...progress });
        continue;
      }
    }
    misses.push(i);
  }

  const finished = (i: number, claims: Claim[]) => {
    results[i] = claims;
    if (cache) cache.set(keys[i]!, claims, all[i].source);
    progress.done++;
    progress.claims += claims.length;
    o.onSource?.({ ...progress });
  };

  let local = misses;
  const n = workerCount(o, misses.map((i) => all[i]));
  if (n > 0) {
    local = await runInWorkers(WORKER_URL, misses, n, (i) => workerJob(all[i]), (i, json) =>
      finished(i, JSON.parse(json) as Claim[]),
    );
  }
  if (local.length > 0) {
    const { claimsOfSource } = await import('./per-source.js');
    for (const i of local) finished(i, claimsOfSource(all[i].source, all[i].ctx));
  }
  return results.map((r) => r ?? []);
}
