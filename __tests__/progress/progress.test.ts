// The progress line: a pure renderer (no terminal needed), the reporter's
// timing rules with a fake clock and stream, and when progress is shown.
import { describe, expect, test } from '@jest/globals';
import {
  etaMs,
  formatDuration,
  initialState,
  reduceProgress,
  renderProgress,
  type ProgressEvent,
  type ProgressState,
} from '../../src/progress/render.js';
import { ProgressReporter, progressFor } from '../../src/progress/reporter.js';

function play(events: [number, ProgressEvent][], start = 0): ProgressState {
  let s = initialState(start);
  for (const [t, e] of events) s = reduceProgress(s, e, t);
  return s;
}

describe('formatDuration', () => {
  test.each([
    [0, '0.0 s'],
    [420, '0.4 s'],
    [9_960, '10.0 s'],
    [12_400, '12 s'],
    [59_400, '59 s'],
    [65_000, '1 min 05 s'],
    [-5, '0.0 s'],
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('renderProgress', () => {
  test('reading: stage and clock only', () => {
    expect(renderProgress(initialState(0), 1500)).toBe('claimcheck: reading sources · 1.5 s');
  });

  test('extracting: sources done of all, claims, elapsed and ETA from the rate so far', () => {
    const s = play([
      [1000, { stage: 'extract', sources: 2000, done: 0, claims: 0, cached: 0 }],
      [3000, { stage: 'extract', done: 500, claims: 14_000, cached: 0 }],
    ]);
    // 500 sources in 2 s → 1,500 left take 6 s.
    expect(etaMs(s, 3000)).toBe(6000);
    expect(renderProgress(s, 3000)).toBe('claimcheck: extracting · 500/2,000 sources · 14,000 claims · 3.0 s · ETA 6.0 s');
  });

  test('cache hits arrive at once and do not count towards the rate', () => {
    const s = play([
      [1000, { stage: 'extract', sources: 500, done: 0, claims: 0, cached: 0 }],
      [1100, { stage: 'extract', done: 400, claims: 11_000, cached: 400 }],
      [2100, { stage: 'extract', done: 450, claims: 12_500, cached: 400 }],
    ]);
    // 50 extracted in 1 s → 50 left take 1 s.
    expect(etaMs(s, 2100)).toBe(1000);
    expect(renderProgress(s, 2100, 100)).toBe('claimcheck: extracting · 450/500 sources · 12,500 claims · 400 cached · 2.1 s · ETA 1.0 s');
    // 80 columns: the cached count goes first.
    expect(renderProgress(s, 2100, 80)).toBe('claimcheck: extracting · 450/500 sources · 12,500 claims · 2.1 s · ETA 1.0 s');
  });

  test('no ETA before three sources or 300 ms, nor outside extraction', () => {
    const early = play([
      [0, { stage: 'extract', sources: 100, done: 0, claims: 0, cached: 0 }],
      [200, { stage: 'extract', done: 10, claims: 50, cached: 0 }],
    ]);
    expect(etaMs(early, 200)).toBeUndefined();
    const few = play([
      [0, { stage: 'extract', sources: 100, done: 0, claims: 0, cached: 0 }],
      [900, { stage: 'extract', done: 2, claims: 5, cached: 0 }],
    ]);
    expect(etaMs(few, 900)).toBeUndefined();
    const aligning = play([
      [0, { stage: 'extract', sources: 100, done: 100, claims: 900, cached: 0 }],
      [5000, { stage: 'align', claims: 900 }],
    ]);
    expect(etaMs(aligning, 6000)).toBeUndefined();
    expect(renderProgress(aligning, 6000)).toBe('claimcheck: aligning · 100 sources · 900 claims · 6.0 s');
  });

  test('later stages name themselves', () => {
    const s = play([
      [0, { stage: 'extract', sources: 3, done: 3, claims: 40, cached: 3 }],
      [10, { stage: 'align', claims: 40 }],
      [20, { stage: 'compare' }],
    ]);
    expect(renderProgress(s, 1200)).toBe('claimcheck: comparing · 3 sources · 40 claims · 3 cached · 1.2 s');
    expect(renderProgress(reduceProgress(s, { stage: 'catalogue' }, 30), 1300)).toBe(
      'claimcheck: applying the catalogue · 3 sources · 40 claims · 3 cached · 1.3 s',
    );
  });

  test('never wider than the terminal', () => {
    const s = play([
      [0, { stage: 'extract', sources: 123_456, done: 0, claims: 0, cached: 0 }],
      [4000, { stage: 'extract', done: 23_456, claims: 987_654, cached: 12 }],
    ]);
    expect(renderProgress(s, 4000, 120)).toBe('claimcheck: extracting · 23,456/123,456 sources · 987,654 claims · 12 cached · 4.0 s · ETA 17 s');
    expect(renderProgress(s, 4000, 60)).toBe('claimcheck: extracting · 23,456/123,456 sources · ETA 17 s');
    const line = renderProgress(s, 4000, 40);
    expect(line).toHaveLength(39);
    expect(line).toBe('claimcheck: extracting · 23,456/123,45…');
    expect(renderProgress(s, 4000, 200).length).toBeLessThan(200);
  });
});

class FakeStream {
  out: string[] = [];
  isTTY = true;
  columns = 100;
  write(s: string) {
    this.out.push(s);
    return true;
  }
}

describe('ProgressReporter', () => {
  test('silent for the first second, then one line redrawn in place at most every 100 ms, erased at the end', () => {
    let now = 0;
    const stream = new FakeStream();
    const r = new ProgressReporter(stream, { now: () => now, timer: false });
    r.update({ stage: 'read' });
    now = 500;
    r.update({ stage: 'extract', sources: 10, done: 0, claims: 0, cached: 0 });
    now = 900;
    r.update({ stage: 'extract', done: 5, claims: 50 });
    expect(stream.out).toEqual([]);
    now = 1000;
    r.update({ stage: 'extract', done: 6, claims: 60 });
    now = 1050;
    r.update({ stage: 'extract', done: 7, claims: 70 }); // too soon: not drawn
    now = 1100;
    r.update({ stage: 'extract', done: 8, claims: 80 });
    now = 1120;
    r.update({ stage: 'align', claims: 100 }); // a new stage is drawn at once
    now = 1500;
    r.update({ stage: 'done' });
    expect(stream.out).toEqual([
      '\rclaimcheck: extracting · 6/10 sources · 60 claims · 1.0 s · ETA 0.3 s\x1b[K',
      '\rclaimcheck: extracting · 8/10 sources · 80 claims · 1.1 s · ETA 0.1 s\x1b[K',
      '\rclaimcheck: aligning · 10 sources · 100 claims · 1.1 s\x1b[K',
      '\r\x1b[K',
    ]);
    r.update({ stage: 'extract', done: 9 }); // after the end: nothing
    expect(stream.out).toHaveLength(4);
  });

  test('a short run writes nothing at all, not even the erase', () => {
    let now = 0;
    const stream = new FakeStream();
    const r = new ProgressReporter(stream, { now: () => now, timer: false });
    r.update({ stage: 'extract', sources: 5, done: 5, claims: 160, cached: 0 });
    now = 400;
    r.update({ stage: 'done' });
    expect(stream.out).toEqual([]);
  });
});

describe('progressFor: when progress is shown', () => {
  const tty = new FakeStream();
  const pipe = Object.assign(new FakeStream(), { isTTY: false });
  const close = (r: ProgressReporter | undefined) => {
    r?.close();
    return r !== undefined;
  };
  test('text output to a terminal: yes', () => {
    expect(close(progressFor({ format: 'text' }, tty, {}))).toBe(true);
    expect(close(progressFor({ format: 'markdown' }, tty, {}))).toBe(true);
  });
  test('stderr piped: no', () => {
    expect(close(progressFor({ format: 'text' }, pipe, {}))).toBe(false);
  });
  test('JSON output (json, claimreview), --quiet, or CLAIMCHECK_PROGRESS=0: no', () => {
    expect(close(progressFor({ format: 'json' }, tty, {}))).toBe(false);
    expect(close(progressFor({ format: 'claimreview' }, tty, {}))).toBe(false);
    expect(close(progressFor({ format: 'text', quiet: true }, tty, {}))).toBe(false);
    expect(close(progressFor({ format: 'text' }, tty, { CLAIMCHECK_PROGRESS: '0' }))).toBe(false);
  });
});
