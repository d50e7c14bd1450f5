#!/usr/bin/env node
// `npm start` rebuilds only when the build is out of date: when something the
// build reads (src/, the build scripts, package.json, the tsconfig files) is
// newer than the stamp the last complete build left (dist/.build-stamp), or
// a generated file is missing. A full build takes 10–17 s on a loaded
// 2-core machine; checking the times takes milliseconds.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = path.join(root, 'dist', '.build-stamp');
const INPUTS = ['src', 'scripts/build-lexicon.mjs', 'scripts/build-wordnet.mjs', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
const OUTPUTS = ['dist/cli.js', 'data/lexicon.tsv', 'data/wordnet-words.tsv', 'data/wordnet-synsets.bin'];

/** The newest modification time under `p` (a file or a folder), 0 when absent. */
function newest(p) {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs; // a deleted file changes its folder's time
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

/** Why a build is needed, or undefined when dist/ is up to date. */
export function staleReason(base = root) {
  const stamp = path.join(base, 'dist', '.build-stamp');
  if (!existsSync(stamp)) return 'no complete build yet';
  const missing = OUTPUTS.find((f) => !existsSync(path.join(base, f)));
  if (missing) return `${missing} is missing`;
  const built = statSync(stamp).mtimeMs;
  const changed = INPUTS.find((p) => newest(path.join(base, p)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const reason = staleReason();
  if (reason) {
    process.stderr.write(`claimcheck: building (${reason})…\n`);
    // tsc's incremental record does not notice a deleted output: start it afresh.
    if (/missing|no complete build/.test(reason)) rmSync(path.join(root, 'dist', '.tsbuildinfo'), { force: true });
    const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
}
