// One benchmark measurement in a fresh process, so that peak RSS and
// start-up belong to this corpus alone. Prints one JSON line on stdout.
//   node dist/tools/bench/child.js --dir DIR [--naive-budget MS] [--no-naive] [--cache] [--workers N] [--dump FILE]
// --dump writes the run's claims as JSON (to compare runs, e.g. with and without workers).
import { parseArgs } from 'node:util';

export interface ChildResult {
  dir: string;
  sources: number;
  claims: number;
  groups: number;
  /** Time to import the pipeline, ms. */
  importMs: number;
  /** run() wall time, ms. */
  runMs: number;
  /** Process wall time from Node's start to the end of run(), ms (node start-up before timeOrigin not included). */
  processMs: number;
  timings: Record<string, number>;
  /** CPU time (user + system) of the process at the end of run(), ms: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Peak resident set of the process at the end of run(), bytes. */
  peakRssBytes: number;
  cache?: { hits: number; misses: number; writes: number };
  naive?: import('./naive.js').NaiveResult;
}

/** Peak RSS: VmHWM from /proc when there is one, else process.resourceUsage().maxRSS. */
export async function peakRss(): Promise<number> {
  try {
    const { readFileSync } = await import('node:fs');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      'naive-budget': { type: 'string' },
      'no-naive': { type: 'boolean' },
      cache: { type: 'boolean' },
      workers: { type: 'string' },
      dump: { type: 'string' },
    },
  });
  if (!values.dir) throw new Error('--dir is required');
  const t0 = performance.now();
  const { run } = await import('../../pipeline/run.js');
  let cache: import('../../pipeline/cache/store.js').ClaimCache | undefined;
  if (values.cache) {
    const { ClaimCache } = await import('../../pipeline/cache/store.js');
    cache = new ClaimCache();
  }
  const t1 = performance.now();
  const result = await run({
    sourcesDir: values.dir,
    cache,
    workers: values.workers !== undefined ? Number(values.workers) : undefined,
  });
  const t2 = performance.now();
  const out: ChildResult = {
    dir: values.dir,
    sources: result.sources.length,
    claims: result.claims.length,
    groups: result.groups.length,
    importMs: t1 - t0,
    runMs: t2 - t1,
    processMs: t2,
    timings: result.timings,
    cpuMs: (() => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    })(),
    peakRssBytes: await peakRss(),
  };
  if (values.dump) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(values.dump, JSON.stringify(result.claims));
  }
  if (cache) out.cache = { hits: cache.stats.hits, misses: cache.stats.misses, writes: cache.stats.writes };
  if (!values['no-naive']) {
    const { naiveAlign } = await import('./naive.js');
    const budget = values['naive-budget'] !== undefined ? Number(values['naive-budget']) : undefined;
    out.naive = naiveAlign(result.claims, { budgetMs: budget });
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench child: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 1;
});
