// The review's launch: a frame at once, then what the engine is doing (with
// counts) until the facts arrive, then the review.
import { describe, expect, test } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { launchReview } from '../../src/tui/launch.js';
import type { ProgressEvent } from '../../src/progress/render.js';
import type { RunResult } from '../../src/model/run.js';
import { buildFixture } from '../helpers/fixture-result.js';
import { FakeStdin } from '../../src/tools/fake-stdin.js';

class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  columns = 100;
  rows = 24;
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
  text = () => this.frames.join('');
}


const sleep = (ms = 80) => new Promise((r) => setTimeout(r, ms));
/** Waits (bounded by steps, not a clock) until `text` is on the fake screen. */
async function until(out: { text(): string }, text: string): Promise<string> {
  for (let i = 0; !out.text().includes(text) && i < 300; i++) await sleep(10);
  return out.text();
}

describe('launching the review', () => {
  test('the frame is written before the engine runs; each stage shows with its counts; then the facts; q exits', async () => {
    const stdout = new FakeStdout();
    const stdin = new FakeStdin();
    const { result } = buildFixture();
    let report!: (e: ProgressEvent) => void;
    let finish!: (r: RunResult) => void;
    const seen: string[] = [];
    const milestones: string[] = [];
    const done = launchReview({
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
      color: false,
      onMilestone: (m) => milestones.push(m),
      load: (onProgress) => {
        // Called only once the progress frame is up.
        seen.push(stdout.text());
        report = onProgress;
        return new Promise((r) => (finish = r));
      },
    });
    // Synchronously, before anything is imported or run.
    expect(stdout.text()).toContain('claimcheck review · starting…');
    for (let i = 0; !report && i < 300; i++) await sleep(10);
    expect(report).toBeDefined();
    expect(seen[0]).toContain('▸ reading the sources');
    // Each event is drawn (at once when the last frame is a few ms old; on a loaded machine a
    // timer's redraw may come first, and the event waits for the event loop: poll for it).
    await sleep(20);
    report({ stage: 'extract', sources: 4, done: 0, claims: 0, cached: 0 });
    expect(await until(stdout, '✓ reading the sources — 4 sources')).toContain('✓ reading the sources — 4 sources');
    await sleep(20);
    report({ stage: 'extract', done: 3, claims: 27, cached: 1 });
    const extracting = '▸ extracting claims — 3 of 4 sources · 27 claims · 1 from the cache';
    expect(await until(stdout, extracting)).toContain(extracting);
    await sleep(20);
    const before = stdout.frames.length;
    report({ stage: 'align', claims: 31 });
    await until(stdout, '▸ aligning statements into facts — 31 claims');
    expect(stdout.frames.slice(before).join('')).toContain('▸ aligning statements into facts — 31 claims');
    finish(result);
    for (let i = 0; !milestones.includes('facts') && i < 300; i++) await sleep(10);
    await sleep();
    expect(stdout.text()).toContain('▸ CONFLICT');
    stdin.write('q');
    await expect(done).resolves.toMatchObject({ code: 0 });
    expect(milestones).toEqual(['progress-frame', 'facts']);
    // The terminal's own screen is restored.
    expect(stdout.frames[stdout.frames.length - 1]).toBe('\x1b[?1049l');
  });
});
