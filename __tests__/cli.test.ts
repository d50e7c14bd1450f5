// The command line as a user meets it: help, version, one-line usage errors
// with exit 2, and the text report without a terminal. Runs the built CLI
// (npm ci builds it; run `npm run build` after changing src/).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('claimcheck CLI', () => {
  test('--help lists the commands and exits 0', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('claimcheck report');
    expect(r.stdout).toContain('--sources DIR');
  });

  test('claimcheck help, and help <command>, print the help; --help lists --no-cache and every exit code', () => {
    const help = cli('--help').stdout;
    expect(help).toContain('--no-cache');
    for (const args of [['help'], ['help', 'report'], ['help', 'review'], ['help', 'claims', 'init']]) {
      const r = cli(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(help);
    }
    const bad = cli('help', 'frob');
    expect([bad.status, bad.stderr]).toEqual([2, "claimcheck: no help for 'frob' (commands: report, review, claims init)\n"]);
    // The README documents the same exit codes as --help.
    const readme = readFileSync('README.md', 'utf8');
    for (const code of ['0', '1', '2', '3', '130']) {
      expect(help).toMatch(new RegExp(`\\b${code} [a-z]|; ${code} |\\n${code} `));
      expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\|`));
    }
  });

  test('--version prints the package version', () => {
    const r = cli('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  test.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['report', '--frob'], "Unknown option '--frob'"],
    [['report', '--format', 'xml'], "unknown format 'xml'"],
    [['report', '--sources', '/no/such/folder'], 'no such folder'],
    [['report', '--claims', 'typo-claims'], "--claims: no such folder 'typo-claims' (to start a catalogue there: claimcheck claims init --claims typo-claims)"],
    [['review', '--claims', 'typo-claims'], "--claims: no such folder 'typo-claims'"],
    [['report', '--sources', 'sources', '--claims', 'typo-claims'], "--claims: no such folder 'typo-claims'"],
    [['report', '--claims', 'package.json'], "--claims: no such folder 'package.json'"],
    [['report', '--format', 'claimreview', '--author', 'Desk', '--date-published', '2026-13-45'], "--date-published takes a real date like 2025-10-24 (YYYY-MM-DD), not '2026-13-45'"],
    [['report', '--format', 'claimreview', '--author', 'Desk', '--date-published', '2026-02-29'], "not '2026-02-29'"],
  ])('%j exits 2 with one line', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    expect(existsSync('typo-claims')).toBe(false);
  });

  test('without a terminal the default command prints the text report, conflicts first', () => {
    const r = cli();
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^claimcheck: 5 sources, \d+ claims/);
    expect(lines[3]).toMatch(/^CONFLICTS \(\d+\)/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  test('report --format json is valid JSON with version 1', () => {
    const r = cli('report', '--sources', 'sources', '--format', 'json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.sources).toHaveLength(5);
  });
});

describe('claimcheck CLI in a pipeline', () => {
  test('a reader that closes the pipe early (report | head -3): exit 0, nothing on stderr', () => {
    // The JSON report of the bundled story is over 64 KB: more than a pipe holds, so
    // the writer is still writing when head exits.
    const r = spawnSync('bash', ['-c', 'node dist/cli.js report --format json --no-cache | head -3; echo "status=${PIPESTATUS[0]}" >&2'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['{', '  "version": 1,']);
    expect(r.stderr).toBe('status=0\n');
  });
});

describe('--output', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-output-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an existing folder: exit 2, one line naming it', () => {
    const r = cli('report', '--format', 'html', '--output', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimcheck: --output: '${dir}' is a folder; give a file name, such as ${path.join(dir, 'report.html')}\n`);
  });

  test('a file in a folder that does not exist: exit 2, the folder is not created', () => {
    const target = path.join(dir, 'no/such/r.html');
    const r = cli('report', '--output', target);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`the folder '${path.join(dir, 'no/such')}' does not exist`);
    expect(existsSync(path.join(dir, 'no'))).toBe(false);
  });

  test('without --format the extension sets the format', () => {
    for (const [name, start] of [
      ['r.html', '<!DOCTYPE html>'],
      ['r.json', '{'],
      ['r.csv', 'fact_id,'],
      ['r.txt', 'claimcheck: 5 sources'],
    ]) {
      const file = path.join(dir, name);
      const r = cli('report', '--output', file, '--quiet');
      expect(r.status).toBe(0);
      expect(readFileSync(file, 'utf8').startsWith(start)).toBe(true);
    }
  });

  test('claims init still creates a --claims folder that does not exist', () => {
    const claims = path.join(dir, 'new-claims');
    const r = cli('claims', 'init', '--sources', 'sources', '--claims', claims, '--no-cache');
    expect(r.status).toBe(0);
    expect(existsSync(path.join(claims, 'catalogue.yaml'))).toBe(true);
  });

  test('a --format that contradicts the extension: exit 2 before anything runs', () => {
    const r = cli('report', '--format', 'json', '--output', path.join(dir, 'r.html'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format json does not match --output '.*r\.html' \(a \.html file is html\)/);
  });
});

describe('a gate with nothing to check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-gate-'));
    mkdirSync(path.join(dir, 'empty'));
    mkdirSync(path.join(dir, 'one'));
    writeFileSync(path.join(dir, 'one', 'a.md'), 'Bridge closes\n\nThe bridge will close for 14 days, the council said.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an empty sources folder under --fail-on: exit 1, and stderr says why', () => {
    const r = cli('report', '--sources', path.join(dir, 'empty'), '--fail-on', 'conflict', '--no-cache');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('claimcheck: --fail-on conflict: no source was read, so nothing was compared; the gate does not pass');
    expect(cli('report', '--sources', path.join(dir, 'empty'), '--fail-on', 'conflict', '--quiet', '--no-cache')).toMatchObject({ status: 1, stdout: '', stderr: '' });
  });

  test('one article: the report says nothing can be compared; under --fail-on the gate does not pass', () => {
    const r = cli('report', '--sources', path.join(dir, 'one'), '--no-cache');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'claimcheck: 1 source, 1 claim, 0 facts stated by two or more sources',
      '  Only one source was read: nothing can be compared with a single source — add the other articles of the story.',
    ]);
    const json = cli('report', '--sources', path.join(dir, 'one'), '--format', 'json', '--no-cache');
    expect(json.stderr).toContain('claimcheck: warning: Only one source was read: nothing can be compared with a single source');
    const gate = cli('report', '--sources', path.join(dir, 'one'), '--fail-on', 'scope-differs', '--no-cache');
    expect(gate.status).toBe(1);
    expect(gate.stderr).toContain('--fail-on scope-differs: only one source was read, so nothing was compared; the gate does not pass');
  });
});
