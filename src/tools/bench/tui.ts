// Key-press latency of the review UI on a big story: the real ink app,
// driven through a fake terminal, timed from the key to the next frame
// written. Two passes: as shipped (ink's 30-frames-a-second throttle, what
// an editor sees) and unthrottled (the rendering work itself).
//
//   node dist/tools/bench/tui.js (--dir DIR | --result FILE) [--rounds N] [--save FILE]
//                          [--columns 120] [--rows 40] [--json]
// --save writes the RunResult it built (JSON), to time the UI again with --result.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RunResult } from '../../model/run.js';
import { FakeStdin } from '../fake-stdin.js';

class FakeStdout extends EventEmitter {
  isTTY = true;
  writes = 0;
  lastWriteAt = 0;
  onWrite?: () => void;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (_frame: string) => {
    this.writes++;
    this.lastWriteAt = performance.now();
    const f = this.onWrite;
    this.onWrite = undefined;
    f?.();
    return true;
  };
}


const KEYS = { down: '\x1b[B', up: '\x1b[A', pageDown: '\x1b[6~', pageUp: '\x1b[5~', enter: '\r', esc: '\x1b' };

/** One round of keys an editor would press; each changes the screen. */
export function keyRound(): { name: string; key: string }[] {
  const out: { name: string; key: string }[] = [];
  for (let i = 0; i < 10; i++) out.push({ name: 'down', key: KEYS.down });
  for (let i = 0; i < 3; i++) out.push({ name: 'page-down', key: KEYS.pageDown });
  for (let i = 0; i < 3; i++) out.push({ name: 'page-up', key: KEYS.pageUp });
  out.push({ name: 'open', key: KEYS.enter });
  for (let i = 0; i < 5; i++) out.push({ name: 'detail-down', key: KEYS.down });
  out.push({ name: 'back', key: KEYS.esc });
  out.push({ name: 'filter-verdict', key: 'f' });
  out.push({ name: 'filter-verdict', key: 'f' });
  for (let i = 0; i < 4; i++) out.push({ name: 'filter-verdict', key: 'f' });
  out.push({ name: 'search-start', key: '/' });
  for (const ch of 'trade') out.push({ name: 'search-type', key: ch });
  out.push({ name: 'search-apply', key: KEYS.enter });
  out.push({ name: 'search-clear', key: KEYS.esc });
  out.push({ name: 'overview', key: 'o' });
  out.push({ name: 'overview-down', key: KEYS.down });
  out.push({ name: 'back', key: 'o' });
  return out;
}

export interface KeyTiming {
  name: string;
  ms: number;
}

export interface TuiPass {
  maxFps: number;
  firstFrameMs: number;
  keys: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  byKey: Record<string, { n: number; medianMs: number; p95Ms: number }>;
  /** Keys that produced no frame within the timeout (should be 0). */
  silent: number;
}

function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function quiet(stdout: FakeStdout, ms: number, limit = 5000): Promise<void> {
  const t0 = performance.now();
  while (performance.now() - t0 < limit) {
    await wait(ms / 2);
    if (performance.now() - stdout.lastWriteAt >= ms) return;
  }
}

/** Renders the app and times each key of `rounds` rounds. */
export async function timeKeys(
  result: RunResult,
  o: { rounds: number; columns: number; rows: number; maxFps: number; /** A key with no frame after this long drew nothing (default 2000 ms). */ silentAfterMs?: number },
): Promise<TuiPass> {
  const React = await import('react');
  const { render } = await import('ink');
  const { ReviewApp } = await import('../../tui/app.js');
  const { ThemeContext } = await import('../../tui/theme.js');
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(o.columns, o.rows);
  const stderr = new FakeStdout(o.columns, o.rows);
  const t0 = performance.now();
  const first = new Promise<void>((r) => (stdout.onWrite = r));
  const app = React.createElement(
    ThemeContext.Provider,
    { value: { color: false } },
    React.createElement(ReviewApp, { result, size: { columns: o.columns, rows: o.rows } }),
  );
  const instance = render(app, {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: o.maxFps,
  });
  await first;
  const firstFrameMs = performance.now() - t0;
  await quiet(stdout, 150);

  const timings: KeyTiming[] = [];
  let silent = 0;
  for (let r = 0; r < o.rounds; r++) {
    for (const { name, key } of keyRound()) {
      const frame = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          stdout.onWrite = undefined;
          resolve(false);
        }, o.silentAfterMs ?? 2000);
        stdout.onWrite = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      const k0 = performance.now();
      stdin.write(key);
      const drawn = await frame;
      const ms = performance.now() - k0;
      if (drawn) timings.push({ name, ms });
      else silent++;
      // Let trailing frames (throttled redraws) finish before the next key.
      await quiet(stdout, Math.max(40, Math.ceil(1000 / Math.max(1, o.maxFps)) + 10));
    }
  }
  instance.unmount();
  await instance.waitUntilExit().catch(() => undefined);

  const all = timings.map((t) => t.ms);
  const byKey: TuiPass['byKey'] = {};
  for (const name of [...new Set(timings.map((t) => t.name))]) {
    const xs = timings.filter((t) => t.name === name).map((t) => t.ms);
    byKey[name] = { n: xs.length, medianMs: quantile(xs, 50), p95Ms: quantile(xs, 95) };
  }
  return {
    maxFps: o.maxFps,
    firstFrameMs,
    keys: all.length,
    medianMs: quantile(all, 50),
    p95Ms: quantile(all, 95),
    maxMs: Math.max(...all),
    byKey,
    silent,
  };
}

/** The run's result, as `claimcheck review --sources DIR` builds it (claims cache in the working directory). */
export async function buildResult(dir: string): Promise<RunResult> {
  const { ClaimCache } = await import('../../pipeline/cache/store.js');
  const { run } = await import('../../pipeline/run.js');
  return run({ sourcesDir: dir, cache: new ClaimCache() });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      result: { type: 'string' },
      rounds: { type: 'string' },
      columns: { type: 'string' },
      rows: { type: 'string' },
      json: { type: 'boolean' },
      save: { type: 'string' },
    },
  });
  if (!values.dir && !values.result) throw new Error('--dir DIR or --result FILE is required');
  // As `claimcheck review` runs it (src/cli.ts): React's production build.
  process.env.NODE_ENV ??= 'production';
  const t0 = performance.now();
  const result = values.result
    ? (JSON.parse(readFileSync(values.result, 'utf8')) as RunResult)
    : await buildResult(values.dir!);
  const buildMs = performance.now() - t0;
  if (values.save) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(values.save, JSON.stringify(result));
  }
  const o = { rounds: Number(values.rounds ?? 3), columns: Number(values.columns ?? 120), rows: Number(values.rows ?? 40) };
  const shipped = await timeKeys(result, { ...o, maxFps: 30 });
  const unthrottled = await timeKeys(result, { ...o, maxFps: 1000 });
  const out = {
    sources: result.sources.length,
    claims: result.claims.length,
    groups: result.groups.length,
    largestGroup: Math.max(0, ...result.groups.map((g) => g.claims.length)),
    buildMs,
    terminal: `${o.columns}x${o.rows}`,
    shipped,
    unthrottled,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const line = (p: TuiPass) =>
    `first frame ${p.firstFrameMs.toFixed(0)} ms; ${p.keys} keys: median ${p.medianMs.toFixed(1)} ms, p95 ${p.p95Ms.toFixed(1)} ms, max ${p.maxMs.toFixed(1)} ms${p.silent ? `, ${p.silent} keys drew nothing` : ''}`;
  process.stdout.write(
    `review UI on ${out.sources} sources, ${out.claims} claims, ${out.groups} facts (largest ${out.largestGroup} statements), ${out.terminal}\n` +
      `  as shipped (30 fps):   ${line(shipped)}\n` +
      `  unthrottled (render):  ${line(unthrottled)}\n` +
      Object.entries(unthrottled.byKey)
        .map(([k, v]) => `    ${k.padEnd(15)} n=${String(v.n).padStart(3)}  median ${v.medianMs.toFixed(1).padStart(6)} ms  p95 ${v.p95Ms.toFixed(1).padStart(6)} ms`)
        .join('\n') +
      '\n',
  );
}

// Run only as a program.
const self = (await import('node:url')).fileURLToPath(import.meta.url);
if (process.argv[1] && (await import('node:path')).resolve(process.argv[1]) === self) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench tui: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
