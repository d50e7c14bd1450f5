/**
 * The review UI on the hostile fixture: no escape sequence, control, bidi or
 * zero-width character from a source reaches a frame. Colour is off, so any
 * ESC in a frame would have come from the data.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunResult } from '../../src/model/run.js';

process.env.FORCE_COLOR = '0';
const { render, cleanup } = await import('ink-testing-library');
const { ReviewApp } = await import('../../src/tui/app.js');
const { run } = await import('../../src/pipeline/run.js');
const { UNSAFE_CHARACTER } = await import('../../src/text/sanitize.js');

const FIXTURES = path.join(import.meta.dirname, '../fixtures/input/hostile');
const sleep = (ms = 60) => new Promise((r) => setTimeout(r, ms));
let dir: string;
let result: RunResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimcheck-hostile-tui-'));
  for (const f of await readdir(FIXTURES)) await copyFile(path.join(FIXTURES, f), path.join(dir, f));
  await copyFile(path.join(FIXTURES, 'hostile.md'), path.join(dir, 'evil\x1b]0;t\x07\u202ename.md'));
  result = await run({ sourcesDir: dir, today: '2024-06-20' });
  for (const g of result.groups) result.review[g.id] = { editorVerdict: 'needs-follow-up', note: 'note \x1b[2J\u202ehidden\u200b', stale: false };
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => cleanup());

describe('review UI', () => {
  test('list, detail of every fact, overview and help: every frame is clean', async () => {
    const app = render(<ReviewApp result={result} size={{ rows: 40, columns: 120 }} />);
    const frames: string[] = [];
    const look = async (keys: string) => {
      app.stdin.write(keys);
      await sleep();
      frames.push(app.lastFrame() ?? '');
    };
    await look('');
    for (let i = 0; i < result.groups.length; i++) {
      await look('\r'); // open
      await look('\x1b'); // back
      await look('j');
    }
    await look('o');
    await look('o');
    await look('?');
    expect(frames.join('\n')).toMatch(/\$4\.2 billion/);
    for (const f of frames) {
      const m = UNSAFE_CHARACTER.exec(f);
      expect(m ? `U+${m[0].codePointAt(0)!.toString(16)} in ${JSON.stringify(f.slice(Math.max(0, m.index - 40), m.index + 40))}` : undefined).toBeUndefined();
    }
  }, 30_000);
});
