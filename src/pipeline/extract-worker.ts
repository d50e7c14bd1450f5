// Worker thread for the extract stage (see extract.ts): extracts the claims
// of each source it is sent and answers with them as JSON, which is also
// what the cache stores.
import type { ExtractContext } from '../model/extraction.js';
import type { Source } from '../model/source.js';
import { serve } from './pool/serve.js';
import { claimsOfSource } from './per-source.js';

export interface WorkerJob {
  source: Source;
  ctx: Omit<ExtractContext, 'source'>;
}

serve((job: WorkerJob) => JSON.stringify(claimsOfSource(job.source, { ...job.ctx, source: job.source })));
