// The benchmark: its arithmetic, the naive all-pairs baseline, and a smoke
// run of the compiled `npm run bench -- --sizes 5` in a temporary package
// (compiled there, never into the shared dist/).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, growthExponent, median, parseBenchArgs, percentile, type BenchReport } from '../../../src/tools/bench/cli.js';
import { naiveAlign } from '../../../src/tools/bench/naive.js';
import { run } from '../../../src/pipeline/run.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('arithmetic', () => {
  test('growth exponent: linear 1, quadratic 2', () => {
    expect(growthExponent(50, 1000, 2000, 40_000)).toBeCloseTo(1, 10);
    expect(growthExponent(50, 1000, 2000, 1_600_000)).toBeCloseTo(2, 10);
    expect(growthExponent(50, 1000, 2000, 1000 * 40 ** 1.2)).toBeCloseTo(1.2, 10);
  });

  test('median and percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  test('flags', () => {
    expect(parseBenchArgs([])).toMatchObject({ sizes: [5, 50, 500, 2000], json: false, naive: true, startupRuns: 10, incremental: 500 });
    expect(parseBenchArgs(['--sizes', '5,50', '--json'])).toMatchObject({ sizes: [5, 50], json: true, startupRuns: 3, incremental: 0 });
    expect(parseBenchArgs(['--no-naive', '--naive-budget', '2', '--incremental', '50'])).toMatchObject({ naive: false, naiveBudget: 2, incremental: 50 });
    expect(() => parseBenchArgs(['--sizes', '5,x'])).toThrow("--sizes takes positive integers, not 'x'");
    expect(() => parseBenchArgs(['--seed', 'abc'])).toThrow("--seed takes a number, not 'abc'");
  });

  test('the table names every column and marks extrapolated baselines', () => {
    const r: BenchReport = {
      machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 8 * 2 ** 30, node: 'v20.0.0', platform: 'linux' },
      seed: 42,
      sizes: [
        {
          size: 50, dir: '/tmp/x', sources: 50, claims: 1000, groups: 90, importMs: 100, runMs: 1000, processMs: 1200, cpuMs: 1100,
          timings: { ingest: 100, extract: 600, align: 200, compare: 100 }, peakRssBytes: 100 * 2 ** 20, claimsPerSecond: 1000,
          naive: { claims: 1000, pairs: 100, scored: 50, ms: 300, complete: false, estimatedMs: 600 },
        },
        { size: 2000, error: 'killed by SIGTERM' },
      ],
      exponent: { from: 50, to: 500, value: 1.05, cpu: 1.1 },
    };
    const text = formatReport(r);
    expect(text).toContain('seed 42 · 2 CPUs (Test CPU) · 8 GiB · node v20.0.0');
    expect(text).toContain('sources  claims  groups  run s  process s  cpu s  claims/s  peak RSS  ingest  extract  align  compare  prov  naive align s  naive/align\n');
    expect(text).toContain('     50    1000      90   1.00       1.20   1.10      1000    100 MB    0.10     0.60   0.20     0.10  0.00          0.60*         3.0×\n');
    expect(text).toContain('0.60*');
    expect(text).toContain('3.0×');
    expect(text).toContain('2000  failed: killed by SIGTERM');
    expect(text).toContain('* naive all-pairs stopped at its time budget');
    expect(text).toContain('growth exponent 50 → 500 sources: 1.05 (run time), 1.10 (CPU time)');
  });
});

describe('naive all-pairs baseline', () => {
  let claims: Awaited<ReturnType<typeof run>>['claims'];
  beforeAll(async () => {
    claims = (await run({ sourcesDir: path.join(ROOT, 'sources'), today: '2025-11-01' })).claims;
  });

  test('scores every cross-source pair of one kind once', () => {
    const r = naiveAlign(claims);
    let pairs = 0;
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        if (claims[i].kind === claims[j].kind && claims[i].sourceId !== claims[j].sourceId) pairs++;
      }
    }
    expect(r.complete).toBe(true);
    expect(r.pairs).toBe(pairs);
    expect(r.scored).toBe(pairs);
    expect(r.estimatedMs).toBe(r.ms);
    expect(r.groups).toBeGreaterThan(5);
  });

  test('stops at its budget and extrapolates from the pairs it scored', () => {
    let clock = 0;
    const r = naiveAlign(claims, { budgetMs: 10, now: () => (clock += 1) });
    expect(r.complete).toBe(false);
    expect(r.scored).toBeLessThan(r.pairs);
    expect(r.groups).toBeUndefined();
    expect(r.estimatedMs).toBeGreaterThan(r.ms);
  });
});

describe('npm run bench -- --sizes 5 (compiled, smoke)', () => {
  let pkg: string;
  beforeAll(() => {
    pkg = mkdtempSync(path.join(tmpdir(), 'cc-bench-'));
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(pkg, 'dist')], {
      encoding: 'utf8',
    });
    cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    symlinkSync(path.join(ROOT, 'sources'), path.join(pkg, 'sources'));
    symlinkSync(path.join(ROOT, 'claims'), path.join(pkg, 'claims'));
    if (existsSync(path.join(ROOT, 'data'))) symlinkSync(path.join(ROOT, 'data'), path.join(pkg, 'data'));
    mkdirSync(path.join(pkg, 'work'));
  }, 180_000);
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  function node(args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_OPTIONS;
    return spawnSync(process.execPath, args, { cwd: path.join(pkg, 'work'), encoding: 'utf8', env, timeout: 120_000 });
  }

  test('--json: one size measured, the naive baseline complete, start-up timed', () => {
    const r = node([path.join(pkg, 'dist/tools/bench/cli.js'), '--sizes', '5', '--json', '--startup-runs', '1']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as BenchReport;
    expect(report.sizes).toHaveLength(1);
    const s = report.sizes[0];
    if ('error' in s) throw new Error(s.error);
    expect(s.size).toBe(5);
    expect(s.sources).toBe(5);
    expect(s.claims).toBeGreaterThan(50);
    expect(s.groups).toBeGreaterThan(5);
    expect(s.peakRssBytes).toBeGreaterThan(10 * 2 ** 20);
    expect(s.runMs).toBeGreaterThan(0);
    expect(s.claimsPerSecond).toBeCloseTo(s.claims / (s.runMs / 1000), 6);
    expect(s.naive?.complete).toBe(true);
    expect(report.exponent).toBeUndefined();
    expect(report.startup?.runs).toBe(1);
    expect(report.startup!.coldMedianMs).toBeGreaterThan(0);
  }, 120_000);

  test('worker threads give the same claims and groups as one thread', () => {
    const dir = path.join(ROOT, 'sources');
    const dump = (n: string) => path.join(pkg, `claims-${n}.json`);
    const one = node([path.join(pkg, 'dist/tools/bench/child.js'), '--dir', dir, '--no-naive', '--workers', '0', '--dump', dump('0')]);
    const two = node([path.join(pkg, 'dist/tools/bench/child.js'), '--dir', dir, '--no-naive', '--workers', '2', '--dump', dump('2')]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(two.stdout);
    expect(a.claims).toBeGreaterThan(50);
    expect(b.claims).toBe(a.claims);
    expect(b.groups).toBe(a.groups);
    expect(readFileSync(dump('2'), 'utf8')).toBe(readFileSync(dump('0'), 'utf8'));
  }, 120_000);

  test('a usage error exits 2 with one line', () => {
    const r = node([path.join(pkg, 'dist/tools/bench/cli.js'), '--sizes', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("bench: --sizes takes positive integers, not 'many' (npm run bench -- --help for the options)\n");
  });

  test('--help lists the options and runs nothing', () => {
    const r = node([path.join(pkg, 'dist/tools/bench/cli.js'), '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run bench/);
    expect(r.stdout).toContain('--sizes N,N');
  });
});
