// `npm run bench`: generate one-story corpora of several sizes from the
// bundled articles, run the real pipeline on each in a fresh process, and
// print wall time, claims per second, peak RSS, groups, the growth exponent
// and a naive all-pairs alignment baseline. Also: the bundled report's
// start-up (median of N runs), an incremental run (one source of N changed)
// and, with --tui, the review UI's key-press latency on the biggest story.
//
//   npm run bench [-- --sizes 5,50,500,2000] [--json] [--seed N] [--naive-budget S]
//                    [--no-naive] [--startup-runs N] [--incremental N] [--tui] [--keep]
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUNDLED_SOURCES } from '../../paths.js';
import type { ChildResult } from './child.js';
import { generateCorpus, readArticles, writeCorpus } from './corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'child.js');
const TUI = path.join(HERE, 'tui.js');
const CLI = path.join(HERE, '..', '..', 'cli.js');

export const DEFAULT_SIZES = [5, 50, 500, 2000];

export interface BenchOptions {
  sizes: number[];
  json: boolean;
  seed: number;
  /** Seconds the naive baseline may take per size before it extrapolates. */
  naiveBudget: number;
  naive: boolean;
  startupRuns: number;
  /** Size of the incremental-run story (0 = skip). */
  incremental: number;
  tui: boolean;
  keep: boolean;
  /** Seconds before a child run is abandoned. */
  timeout: number;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      json: { type: 'boolean' },
      seed: { type: 'string' },
      'naive-budget': { type: 'string' },
      'no-naive': { type: 'boolean' },
      'startup-runs': { type: 'string' },
      incremental: { type: 'string' },
      tui: { type: 'boolean' },
      keep: { type: 'boolean' },
      timeout: { type: 'string' },
    },
  });
  const num = (s: string | undefined, d: number, name: string) => {
    if (s === undefined) return d;
    const n = Number(s);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} takes a number, not '${s}'`);
    return n;
  };
  const sizes = values.sizes
    ? values.sizes.split(',').map((x) => {
        const n = Number(x.trim());
        if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes takes positive integers, not '${x}'`);
        return n;
      })
    : DEFAULT_SIZES;
  const full = values.sizes === undefined;
  return {
    sizes,
    json: values.json ?? false,
    seed: num(values.seed, 42, 'seed'),
    naiveBudget: num(values['naive-budget'], 20, 'naive-budget'),
    naive: !(values['no-naive'] ?? false),
    startupRuns: num(values['startup-runs'], full ? 10 : 3, 'startup-runs'),
    incremental: num(values.incremental, full ? 500 : 0, 'incremental'),
    tui: values.tui ?? false,
    keep: values.keep ?? false,
    timeout: num(values.timeout, 900, 'timeout'),
  };
}

interface TuiPassSummary {
  medianMs: number;
  p95Ms: number;
  keys: number;
  firstFrameMs: number;
}

export interface SizeResult extends ChildResult {
  size: number;
  claimsPerSecond: number;
}

export interface BenchReport {
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string };
  seed: number;
  sizes: (SizeResult | { size: number; error: string })[];
  /** log(t_max / t_min) / log(max / min) over run() time (and CPU time), from the first size ≥ 50 to the largest. */
  exponent?: { from: number; to: number; value: number; cpu: number };
  startup?: { runs: number; coldMedianMs: number; coldMinMs: number; warmMedianMs: number; warmMinMs: number };
  incremental?: { sources: number; noCacheMs: number; coldCacheMs: number; warmMs: number; oneChangedMs: number; speedup: number; hitsWhenOneChanged: number };
  tui?: unknown;
}

function log(o: BenchOptions, s: string): void {
  if (!o.json || process.stderr.isTTY) process.stderr.write(`bench: ${s}\n`);
}

function runChild(args: string[], o: BenchOptions, cwd?: string): ChildResult {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [CHILD, ...args], {
    encoding: 'utf8',
    env,
    cwd,
    timeout: o.timeout * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const why = r.signal ? `killed by ${r.signal}${r.error ? ` (${r.error.message})` : ''}` : `exit ${r.status}`;
    const tail = (r.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
    throw new Error(`${why}${tail ? `: ${tail}` : ''}`);
  }
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ChildResult;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Growth exponent between two (size, time) points. */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

function timeCli(args: string[], cwd: string): number {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.NODE_OPTIONS;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`claimcheck ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

function startup(o: BenchOptions, tmp: string): BenchReport['startup'] {
  const work = path.join(tmp, 'startup');
  mkdirSync(work, { recursive: true });
  const cold: number[] = [];
  const warm: number[] = [];
  timeCli(['report', '--no-cache'], work); // file-system cache warm-up, not counted
  for (let i = 0; i < o.startupRuns; i++) cold.push(timeCli(['report', '--no-cache'], work));
  timeCli(['report'], work); // fills the claims cache (under XDG_CACHE_HOME, see bench())
  for (let i = 0; i < o.startupRuns; i++) warm.push(timeCli(['report'], work));
  return {
    runs: o.startupRuns,
    coldMedianMs: median(cold),
    coldMinMs: Math.min(...cold),
    warmMedianMs: median(warm),
    warmMinMs: Math.min(...warm),
  };
}

function incremental(o: BenchOptions, articles: ReturnType<typeof readArticles>, tmp: string, noCacheMs?: number): BenchReport['incremental'] {
  const n = o.incremental;
  const dir = path.join(tmp, `incremental-${n}`);
  const work = path.join(tmp, `incremental-${n}-work`);
  writeCorpus(dir, generateCorpus(articles, n, { seed: o.seed }));
  mkdirSync(work, { recursive: true });
  const base = ['--dir', dir, '--no-naive'];
  const noCache = noCacheMs ?? runChild(base, o, work).runMs;
  log(o, `incremental ${n}: cold cache`);
  const cold = runChild([...base, '--cache'], o, work);
  log(o, `incremental ${n}: warm cache`);
  const warm = runChild([...base, '--cache'], o, work);
  // Change one source: a new sentence with a number at its end.
  const files = readdirSync(dir).sort();
  appendFileSync(path.join(dir, files[files.length >> 1]), '\nOfficials said 17 people took part in the meeting.\n');
  log(o, `incremental ${n}: one source changed`);
  const one = runChild([...base, '--cache'], o, work);
  return {
    sources: n,
    noCacheMs: noCache,
    coldCacheMs: cold.runMs,
    warmMs: warm.runMs,
    oneChangedMs: one.runMs,
    speedup: noCache / one.runMs,
    hitsWhenOneChanged: one.cache?.hits ?? 0,
  };
}

const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
const s2 = (ms: number) => (ms / 1000).toFixed(2);

export function formatReport(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`claimcheck benchmark · seed ${r.seed} · ${m.cpus} CPUs (${m.cpuModel}) · ${(m.memoryBytes / 2 ** 30).toFixed(0)} GiB · node ${m.node}`);
  out.push('');
  const head = ['sources', 'claims', 'groups', 'run s', 'process s', 'cpu s', 'claims/s', 'peak RSS', 'ingest', 'extract', 'align', 'compare', 'prov', 'naive align s', 'naive/align'];
  const rows: string[][] = [head];
  for (const x of r.sizes) {
    if ('error' in x) {
      rows.push([String(x.size), `failed: ${x.error}`]);
      continue;
    }
    const t = x.timings;
    const naive = x.naive;
    const naiveCell = naive ? `${s2(naive.estimatedMs)}${naive.complete ? '' : '*'}` : '–';
    const ratio = naive && t.align ? `${(naive.estimatedMs / t.align).toFixed(1)}×` : '–';
    rows.push([
      String(x.size),
      String(x.claims),
      String(x.groups),
      s2(x.runMs),
      s2(x.processMs),
      s2(x.cpuMs),
      String(Math.round(x.claimsPerSecond)),
      mb(x.peakRssBytes),
      s2(t.ingest ?? 0),
      s2(t.extract ?? 0),
      s2(t.align ?? 0),
      s2(t.compare ?? 0),
      s2(t.provenance ?? 0),
      naiveCell,
      ratio,
    ]);
  }
  const full = rows.filter((row) => row.length === head.length);
  const widths = head.map((_, i) => Math.max(...full.map((row) => row[i].length)));
  for (const row of rows) {
    if (row.length === 2) out.push(`${row[0].padStart(widths[0])}  ${row[1]}`);
    else out.push(row.map((c, i) => c.padStart(widths[i])).join('  '));
  }
  if (r.sizes.some((x) => !('error' in x) && x.naive && !x.naive.complete)) {
    out.push('* naive all-pairs stopped at its time budget and was extrapolated from the pairs it scored');
  }
  out.push(
    '(run = pipeline run() wall time; process = Node start to end of run, in a fresh process; cpu = user+system CPU of that process, ' +
      'all threads; stage columns: wall seconds; naive align = all-pairs baseline on the same claims, naive/align = its time over the aligner\'s)',
  );
  if (r.exponent) {
    out.push(`growth exponent ${r.exponent.from} → ${r.exponent.to} sources: ${r.exponent.value.toFixed(2)} (run time), ${r.exponent.cpu.toFixed(2)} (CPU time)`);
  }
  if (r.startup) {
    const st = r.startup;
    out.push(
      `bundled story, claimcheck report (wall, ${st.runs} runs): --no-cache median ${Math.round(st.coldMedianMs)} ms (min ${Math.round(st.coldMinMs)}); ` +
        `warm cache median ${Math.round(st.warmMedianMs)} ms (min ${Math.round(st.warmMinMs)})`,
    );
  }
  if (r.incremental) {
    const i = r.incremental;
    out.push(
      `incremental, ${i.sources} sources: no cache ${s2(i.noCacheMs)} s, filling the cache ${s2(i.coldCacheMs)} s, all cached ${s2(i.warmMs)} s, ` +
        `one source changed ${s2(i.oneChangedMs)} s (${i.hitsWhenOneChanged} hits) → ${i.speedup.toFixed(1)}× faster than no cache`,
    );
  }
  if (r.tui) {
    const t = r.tui as { sources?: number; groups?: number; shipped?: TuiPassSummary; unthrottled?: TuiPassSummary; error?: string };
    if (t.shipped && t.unthrottled) {
      const f = (p: TuiPassSummary) => `median ${p.medianMs.toFixed(1)} ms, p95 ${p.p95Ms.toFixed(1)} ms (${p.keys} keys, first frame ${Math.round(p.firstFrameMs)} ms)`;
      out.push(
        `review UI, ${t.sources} sources, ${t.groups} facts: ` +
          `key → frame as shipped ${f(t.shipped)}; unthrottled ${f(t.unthrottled)}`,
      );
    } else out.push(`review UI: ${t.error ?? JSON.stringify(t)}`);
  }
  return `${out.join('\n')}\n`;
}

export async function bench(o: BenchOptions): Promise<BenchReport> {
  const cpus = os.cpus();
  const report: BenchReport = {
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: cpus[0]?.model?.trim() ?? '?',
      memoryBytes: os.totalmem(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    seed: o.seed,
    sizes: [],
  };
  const articles = readArticles(BUNDLED_SOURCES);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-bench-'));
  // The claims cache of every child lives in the bench's folder (removed with
  // it), not in the user's cache folder: each bench starts cold, leaves nothing.
  process.env.XDG_CACHE_HOME = path.join(tmp, 'cache');
  try {
    for (const size of o.sizes) {
      const dir = path.join(tmp, `story-${size}`);
      writeCorpus(dir, generateCorpus(articles, size, { seed: o.seed }));
      log(o, `${size} sources …`);
      try {
        const args = ['--dir', dir];
        if (!o.naive) args.push('--no-naive');
        else args.push('--naive-budget', String(o.naiveBudget * 1000));
        const r = runChild(args, o, tmp);
        report.sizes.push({ ...r, size, claimsPerSecond: r.claims / (r.runMs / 1000) });
      } catch (e) {
        report.sizes.push({ size, error: (e as Error).message });
      }
    }
    const ok = report.sizes.filter((x): x is SizeResult => !('error' in x));
    const from = ok.find((x) => x.size >= 50);
    const to = ok[ok.length - 1];
    if (from && to && to.size > from.size) {
      report.exponent = {
        from: from.size,
        to: to.size,
        value: growthExponent(from.size, from.runMs, to.size, to.runMs),
        cpu: growthExponent(from.size, from.cpuMs, to.size, to.cpuMs),
      };
    }
    if (o.startupRuns > 0) {
      log(o, `start-up, ${o.startupRuns} runs of the bundled report …`);
      report.startup = startup(o, tmp);
    }
    if (o.incremental > 0) {
      const same = ok.find((x) => x.size === o.incremental);
      report.incremental = incremental(o, articles, tmp, same?.runMs);
    }
    if (o.tui) {
      const size = Math.max(...o.sizes);
      log(o, `tui key presses on the ${size}-source story …`);
      const env = { ...process.env };
      delete env.NODE_OPTIONS;
      const r = spawnSync(process.execPath, [TUI, '--dir', path.join(tmp, `story-${size}`), '--json'], {
        encoding: 'utf8',
        env,
        cwd: tmp,
        timeout: o.timeout * 1000,
      });
      report.tui = r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop() ?? 'null') : { error: `exit ${r.status}: ${r.stderr.slice(-300)}` };
    }
  } finally {
    if (o.keep) log(o, `corpora kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  return report;
}

const USAGE = `usage: npm run bench [-- --sizes 5,50,500,2000] [--json] [--seed N] [--naive-budget S]
                    [--no-naive] [--startup-runs N] [--incremental N] [--tui] [--keep] [--timeout S]

Generates one-story corpora of each size from the bundled articles (seeded), runs the
pipeline on each in a fresh process, and prints wall and CPU time, claims per second,
peak memory, time per stage, the growth exponent, a naive all-pairs alignment baseline,
and the bundled report's start-up. With no --sizes, also an incremental run (one source
of 500 changed).

  --sizes N,N        corpus sizes in sources (default ${DEFAULT_SIZES.join(',')})
  --json             the figures as JSON
  --seed N           corpus seed (default 42)
  --naive-budget S   seconds the naive baseline may take per size before it extrapolates (default 20)
  --no-naive         skip the naive baseline
  --startup-runs N   runs of the bundled report to take the median of
  --incremental N    size of the incremental-run story (0: skip)
  --tui              also the review UI's key-press latency on the biggest story
  --keep             keep the generated corpora
  --timeout S        seconds before a child run is abandoned
  -h, --help         this text
`;

async function main(): Promise<void> {
  if (process.argv.slice(2).some((a) => a === '-h' || a === '--help')) {
    process.stdout.write(USAGE);
    return;
  }
  let o: BenchOptions;
  try {
    o = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message.split('. ')[0]} (npm run bench -- --help for the options)\n`);
    process.exitCode = 2;
    return;
  }
  const report = await bench(o);
  process.stdout.write(o.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (report.sizes.some((x) => 'error' in x)) process.exitCode = 1;
}

// Run only as a program (the test imports the helpers).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
