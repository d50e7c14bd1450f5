#!/usr/bin/env node
// claimcheck's command line. Heavy modules (the engine, ink) load lazily so
// --help, --version and usage errors answer at once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HELP, parseCli, UsageError, type CliOptions } from './cli/args.js';
import { endQuietlyOnClosedPipe } from './cli/stdout.js';
import { checkOutputPath } from './cli/output.js';
import { BUNDLED_CLAIMS, BUNDLED_SOURCES, CATALOGUE_FILE, PACKAGE_ROOT, displayPath } from './paths.js';
import { FORMATTERS } from './report/index.js';
import { claimReviewSkipped } from './report/claimreview.js';
import { gateUnchecked, openFindings } from './report/gate.js';
import { tooFewSources } from './present/sources.js';
import { oneLine } from './text/sanitize.js';
import type { Diagnostic } from './model/diagnostic.js';
import type { RunResult } from './model/run.js';

// Every registered formatter (small modules, nothing heavy) is a --format choice.
const FORMAT_NAMES = Object.keys(FORMATTERS);

export { openFindings };

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function formatDiagnostic(d: Diagnostic): string {
  const at = d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : '';
  // File names and messages may quote hostile text: one clean line each.
  return `claimcheck: ${d.severity}: ${oneLine(d.file)}${at}: ${oneLine(d.message)}`;
}

// A --claims folder given by hand must exist: a typo would otherwise drop the
// editor's verdicts in silence (report) or start a new catalogue there
// (review). Creating one is `claims init`'s job, which passes `creating`.
function folders(o: CliOptions, creating = false): { sourcesDir: string; claimsDir?: string } {
  if (o.claims && !creating && !statSync(o.claims, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--claims: no such folder '${o.claims}' (to start a catalogue there: claimcheck claims init --claims ${o.claims})`);
  }
  if (o.sources) {
    if (!existsSync(o.sources)) throw new UsageError(`--sources: no such folder '${o.sources}'`);
    return { sourcesDir: o.sources, claimsDir: o.claims };
  }
  return { sourcesDir: displayPath(BUNDLED_SOURCES), claimsDir: o.claims ?? displayPath(BUNDLED_CLAIMS) };
}

// The claims cache (in the user's cache folder, see cache/store.ts; bypassed by --no-cache) and the
// progress line on stderr (terminal only, never with JSON output).
async function engineOptions(o: CliOptions): Promise<{ cache?: import('./pipeline/cache/store.js').ClaimCache; onProgress?: (e: import('./progress/render.js').ProgressEvent) => void }> {
  const [{ ClaimCache }, { progressFor }] = await Promise.all([import('./pipeline/cache/store.js'), import('./progress/reporter.js')]);
  const progress = progressFor({ format: o.command === 'review' && process.stdout.isTTY ? 'text' : o.format, quiet: o.quiet });
  const onProgress = (e: import('./progress/render.js').ProgressEvent) => progress?.update(e);
  return { cache: o.cache ? new ClaimCache() : undefined, onProgress };
}

async function runEngine(o: CliOptions): Promise<RunResult> {
  const { run } = await import('./pipeline/run.js');
  const { sourcesDir, claimsDir } = folders(o);
  const result = await run({ sourcesDir, claimsDir, ...(await engineOptions(o)) });
  if (!o.quiet) for (const d of result.diagnostics) if (d.severity !== 'info') process.stderr.write(`${formatDiagnostic(d)}\n`);
  return result;
}

async function report(o: CliOptions): Promise<number> {
  const formatter = FORMATTERS[o.format];
  if (!formatter) throw new UsageError(`format '${o.format}' is not available in this build`);
  // ClaimReview: author and date from the flags, --config FILE or ./claimcheck.yaml; checked before the engine runs.
  let publish: { author?: string; authorUrl?: string; datePublished?: string } = { author: o.author, datePublished: o.datePublished };
  if (o.format === 'claimreview' || o.config) {
    const { mergePublish, readPublishConfig } = await import('./cli/config.js');
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    publish = mergePublish(o, await readPublishConfig(o.config), today);
    if (o.format === 'claimreview' && !publish.author) {
      throw new UsageError('claimreview needs an author: pass --author NAME or set author: {name, url} in claimcheck.yaml (or --config FILE)');
    }
  }
  if (o.output) checkOutputPath(o.output);
  const result = await runEngine(o);
  const color = o.format === 'text' && !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR && !o.noColor;
  const out = formatter(result, { color, width: process.stdout.columns, ...publish });
  if (o.output) {
    const { writeFileAtomic } = await import('./io/atomic-write.js');
    writeFileAtomic(o.output, out);
    if (!o.quiet) process.stderr.write(`claimcheck: wrote ${o.output}\n`);
  } else if (!o.quiet) {
    process.stdout.write(out);
  }
  if (o.format === 'claimreview' && !o.quiet) {
    const skipped = claimReviewSkipped(result);
    if (skipped > 0) {
      process.stderr.write(
        `claimcheck: ${skipped} ${skipped === 1 ? 'fact without an editor verdict was' : 'facts without an editor verdict were'} left out of the ClaimReview export\n`,
      );
    }
  }
  let code = result.diagnostics.some((d) => d.skipped) ? 1 : 0;
  const few = tooFewSources(result.sources.length);
  // The text report says it in its header; other formats get it on stderr.
  if (few && o.format !== 'text' && !o.quiet) process.stderr.write(`claimcheck: warning: ${few}\n`);
  const unchecked = gateUnchecked(result, o.failOn);
  if (unchecked) {
    if (!o.quiet) process.stderr.write(`claimcheck: ${unchecked}\n`);
    code = 1;
  }
  const open = openFindings(result, o.failOn);
  if (open > 0) {
    if (!o.quiet) process.stderr.write(`claimcheck: ${open} finding(s) at level ${o.failOn} or worse have no editor verdict\n`);
    code = 1;
  }
  return code;
}

async function review(o: CliOptions): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    // No terminal to review in (CI, a pipe): the text report is the useful answer.
    return report({ ...o, format: 'text' });
  }
  const { sourcesDir, claimsDir } = folders(o);
  // ink renders only a final frame when it believes it runs in CI (CI or
  // CONTINUOUS_INTEGRATION set). We only get here with a terminal on both
  // ends, which is interactive by definition, so say so before ink loads.
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) if (key in process.env) process.env[key] = 'false';
  // React's development build (the default without NODE_ENV) renders the
  // review list ~25% slower, and nobody is developing the UI in a review.
  process.env.NODE_ENV ??= 'production';
  // The frame shows at once and says what the engine is doing (src/tui/launch.ts); the
  // progress goes there, not to stderr, and the diagnostics are printed after the review.
  const { launchReview } = await import('./tui/launch.js');
  const cataloguePath = claimsDir ? path.join(claimsDir, CATALOGUE_FILE) : undefined;
  const { code, result } = await launchReview({
    cataloguePath,
    color: o.noColor ? false : undefined,
    load: async (onProgress) => {
      const { run } = await import('./pipeline/run.js');
      return run({ sourcesDir, claimsDir, ...(await engineOptions({ ...o, quiet: true })), onProgress });
    },
  });
  if (result && !o.quiet) for (const d of result.diagnostics) if (d.severity !== 'info') process.stderr.write(`${formatDiagnostic(d)}\n`);
  return code;
}

async function claimsInit(o: CliOptions): Promise<number> {
  const { sourcesDir } = folders(o, true);
  const claimsDir = o.claims ?? (o.sources ? path.join(path.dirname(path.resolve(sourcesDir)), 'claims') : BUNDLED_CLAIMS);
  const file = path.join(claimsDir, CATALOGUE_FILE);
  if (existsSync(file) && !o.force) {
    throw new UsageError(`${file} exists; pass --force to replace it (editor verdicts in it would be lost)`);
  }
  const { run } = await import('./pipeline/run.js');
  const result = await run({ sourcesDir, ...(await engineOptions(o)) });
  const { initCatalogue } = await import('./catalogue/write.js');
  const written = initCatalogue(result, file, { force: o.force });
  if (!o.quiet) process.stderr.write(`claimcheck: wrote ${file} with ${written.entries} facts\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const o = parseCli(argv, FORMAT_NAMES);
  if (o.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (o.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  switch (o.command) {
    case 'report':
      return report(o);
    case 'review':
      return review(o);
    case 'claims-init':
      return claimsInit(o);
    default:
      return review(o);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`claimcheck: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`claimcheck: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 3;
    }
  },
);
