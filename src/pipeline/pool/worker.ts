// Worker thread for claims.ts: extracts the claims of the sources it is sent.
// Messages in: { id, source, ctx } (ctx without its source); out: { id, json } (the claims as
// JSON, which crosses threads several times faster than a structured clone of the objects and
// is what the cache stores) or { id, error }.
import { parentPort } from 'node:worker_threads';
import type { ExtractContext, Source } from '../../types.js';
import { claimsOfSource } from '../per-source.js';

export interface WorkerJob {
  id: number;
  source: Source;
  ctx: Omit<ExtractContext, 'source'>;
}

parentPort?.on('message', (job: WorkerJob) => {
  try {
    const claims = claimsOfSource(job.source, { ...job.ctx, source: job.source });
    parentPort!.postMessage({ id: job.id, json: JSON.stringify(claims) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error)?.stack ?? String(e) });
  }
});
