// npm start rebuilds only when what the build reads changed (scripts/build-if-stale.mjs).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(import.meta.dirname, '../../scripts/build-if-stale.mjs');

function staleReason(base: string): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { staleReason } from ${JSON.stringify(SCRIPT)}; console.log(staleReason(${JSON.stringify(base)}) ?? 'up to date');`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

describe('build-if-stale', () => {
  let base: string;
  const at = (file: string, seconds: number) => utimesSync(path.join(base, file), seconds, seconds);
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'cc-stale-'));
    for (const dir of ['src/report', 'dist', 'data', 'scripts']) mkdirSync(path.join(base, dir), { recursive: true });
    for (const f of ['src/cli.ts', 'src/report/text.ts', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build-lexicon.mjs', 'scripts/build-wordnet.mjs', 'dist/cli.js', 'data/lexicon.tsv', 'data/wordnet-words.tsv', 'data/wordnet-synsets.bin']) {
      writeFileSync(path.join(base, f), '');
      at(f, 1_000_000);
    }
    for (const d of ['src', 'src/report', 'scripts']) at(d, 1_000_000);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  test('no stamp: build; stamp newer than every input: up to date; a changed source: build', () => {
    expect(staleReason(base)).toBe('no complete build yet');
    writeFileSync(path.join(base, 'dist/.build-stamp'), '');
    at('dist/.build-stamp', 2_000_000);
    expect(staleReason(base)).toBe('up to date');
    at('src/report/text.ts', 3_000_000);
    expect(staleReason(base)).toBe('src changed since the last build');
    at('src/report/text.ts', 1_000_000);
    at('package.json', 3_000_000);
    expect(staleReason(base)).toBe('package.json changed since the last build');
    at('package.json', 1_000_000);
    rmSync(path.join(base, 'data/lexicon.tsv'));
    expect(staleReason(base)).toBe('data/lexicon.tsv is missing');
  });
});
