// The review as a person meets it: a real terminal (tmux), keys typed,
// the screen read back, the catalogue checked on disk, then a restart.
// .ci/run installs tmux; the built CLI is used (npm ci builds it).
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-tmux-'));
const claims = path.join(dir, 'claims');
cpSync('claims', claims, { recursive: true });
const session = `claimcheck-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['kill-session', '-t', session]);
  rmSync(dir, { recursive: true, force: true });
});

function screen(): string {
  return tmux('capture-pane', '-t', session, '-p');
}

async function waitFor(text: string | RegExp, ms = 15000): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  while (Date.now() < end) {
    last = screen();
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${text}; screen was:\n${last}`);
}

function start(cols: number, rows: number): void {
  const exitFile = path.join(dir, 'exit');
  rmSync(exitFile, { force: true });
  const cmd = `NO_COLOR=1 ${process.execPath} dist/cli.js review --sources sources --claims ${claims}; echo $? > ${exitFile}; sleep 30`;
  tmux('new-session', '-d', '-s', session, '-x', String(cols), '-y', String(rows), '-c', process.cwd(), cmd);
}

async function exitCode(): Promise<string> {
  const file = path.join(dir, 'exit');
  const end = Date.now() + 10000;
  while (!existsSync(file) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return readFileSync(file, 'utf8').trim();
}

(hasTmux ? describe : describe.skip)('review in a real terminal (tmux)', () => {
  test('open the rare-earth fact, record a verdict, quit, restart: the verdict is still there', async () => {
    start(120, 40);
    await waitFor('claimcheck review');
    tmux('send-keys', '-t', session, '/');
    tmux('send-keys', '-t', session, '-l', 'rare-earth output');
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(/1 of \d+ facts/);
    tmux('send-keys', '-t', session, 'Enter');
    const detail = await waitFor('rule percent/lower-bound-differs');
    expect(detail).toContain('more than 90%');
    expect(detail).toContain('more than 60 percent');
    tmux('send-keys', '-t', session, '2');
    await waitFor('Editor: not a conflict');
    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode()).toBe('0');
    spawnSync('tmux', ['kill-session', '-t', session]);

    const yaml = readFileSync(path.join(claims, 'catalogue.yaml'), 'utf8');
    const entry = yaml.slice(yaml.indexOf('- id: percent-china-currently-produces'));
    expect(entry.slice(0, entry.indexOf('\n  - id:'))).toMatch(/verdict: not-a-conflict/);
    // The editor's comments at the top of the file survive the write.
    expect(yaml.startsWith('# Story catalogue for claimcheck')).toBe(true);

    start(80, 24);
    await waitFor('claimcheck review');
    tmux('send-keys', '-t', session, '/');
    tmux('send-keys', '-t', session, '-l', 'rare-earth output');
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(/1 of \d+ facts/);
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor('Editor: not a conflict');
    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode()).toBe('0');
  }, 60000);
});
