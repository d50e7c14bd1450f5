// The progress line: a pure renderer (no terminal needed), the stage
// estimate and when it has a basis, the reporter's timing rules with a fake
// clock, fake timers and a fake stream, and when progress is shown.
import { describe, expect, jest, test } from '@jest/globals';
import {
  etaMs,
  formatDuration,
  initialState,
  reduceProgress,
  renderProgress,
  stageFraction,
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

  test('extracting: sources done of all, claims, elapsed and the stage estimate from its rate so far', () => {
    const s = play([
      [1000, { stage: 'extract', sources: 2000, done: 0, claims: 0, cached: 0 }],
      [3000, { stage: 'extract', done: 500, claims: 14_000, cached: 0 }],
    ]);
    // 500 sources in 2 s → 1,500 left take 6 s.
    expect(etaMs(s, 3000)).toBe(6000);
    expect(renderProgress(s, 3000, 100)).toBe('claimcheck: extracting · 500/2,000 sources · 14,000 claims · 3.0 s · 6.0 s more extracting');
  });

  test('cache hits arrive at once and do not count towards the rate', () => {
    const s = play([
      [1000, { stage: 'extract', sources: 500, done: 0, claims: 0, cached: 0 }],
      [1050, { stage: 'extract', done: 200, claims: 5_000, cached: 200 }],
      [1100, { stage: 'extract', done: 400, claims: 11_000, cached: 400 }],
      [2100, { stage: 'extract', done: 450, claims: 12_500, cached: 400 }],
    ]);
    // 50 extracted in 1 s → 50 left take 1 s.
    expect(etaMs(s, 2100)).toBeCloseTo(1000, 6);
    expect(renderProgress(s, 2100, 120)).toBe('claimcheck: extracting · 450/500 sources · 12,500 claims · 400 cached · 2.1 s · 1.0 s more extracting');
    // 90 columns: the cached count goes first.
    expect(renderProgress(s, 2100, 90)).toBe('claimcheck: extracting · 450/500 sources · 12,500 claims · 2.1 s · 1.0 s more extracting');
  });

  test('no estimate without a basis: under a second of the stage, under 2% of it, or a stage that counts nothing', () => {
    const early = play([
      [0, { stage: 'extract', sources: 100, done: 0, claims: 0, cached: 0 }],
      [900, { stage: 'extract', done: 40, claims: 50, cached: 0 }],
    ]);
    expect(etaMs(early, 900)).toBeUndefined();
    expect(etaMs(early, 1000)).toBe(1500);
    const few = play([
      [0, { stage: 'extract', sources: 1000, done: 0, claims: 0, cached: 0 }],
      [5000, { stage: 'extract', done: 19, claims: 5, cached: 0 }],
    ]);
    expect(etaMs(few, 5000)).toBeUndefined();
    const cachedOnly = play([
      [0, { stage: 'extract', sources: 100, done: 0, claims: 0, cached: 0 }],
      [100, { stage: 'extract', done: 90, claims: 900, cached: 90 }],
    ]);
    // 90 hits in 0.1 s say nothing about extracting the other 10.
    expect(etaMs(cachedOnly, 3000)).toBeUndefined();
    const counting = play([
      [0, { stage: 'extract', sources: 100, done: 100, claims: 900, cached: 0 }],
      [5000, { stage: 'catalogue' }],
    ]);
    expect(etaMs(counting, 9000)).toBeUndefined();
    expect(renderProgress(counting, 9000)).toBe('claimcheck: applying the catalogue · 100 sources · 900 claims · 9.0 s');
  });

  test('a new stage has no estimate until it has its own basis: the previous stage\'s rate is not carried over', () => {
    const s = play([
      [0, { stage: 'extract', sources: 100, done: 0, claims: 0, cached: 0 }],
      [10_000, { stage: 'extract', done: 100, claims: 4000, cached: 0 }],
      [10_000, { stage: 'align', claims: 4000 }],
      [10_500, { stage: 'align', step: 1, steps: 4, done: 2000, total: 4000, unit: 'claims' }],
    ]);
    expect(etaMs(s, 10_500)).toBeUndefined();
    expect(renderProgress(s, 10_500)).toBe('claimcheck: aligning (step 1/4) · 2,000/4,000 claims · 100 sources · 11 s');
  });

  test('a stage in steps: the estimate covers the steps still to come', () => {
    const s = play([
      [0, { stage: 'align', claims: 4000, sources: 100 }],
      [2000, { stage: 'align', step: 2, steps: 4, done: 0, total: 4000, unit: 'claims' }],
      [3000, { stage: 'align', step: 2, steps: 4, done: 2000, total: 4000, unit: 'claims' }],
    ]);
    // 1.5 of 4 steps in 3 s → 2.5 steps left take 5 s.
    expect(stageFraction(s)).toBe(0.375);
    expect(etaMs(s, 3000)).toBe(5000);
    expect(renderProgress(s, 3000, 100)).toBe('claimcheck: aligning (step 2/4) · 2,000/4,000 claims · 100 sources · 3.0 s · 5.0 s more aligning');
    const merging = reduceProgress(s, { stage: 'align', step: 4, steps: 4, done: 10, total: 40, unit: 'clusters' }, 4000);
    // 3.25 of 4 steps in 4 s → 0.75 step left takes 0.92 s.
    expect(etaMs(merging, 4000)).toBeCloseTo(923.08, 1);
    expect(renderProgress(merging, 4000, 120)).toBe('claimcheck: aligning (step 4/4) · 10/40 clusters · 100 sources · 4,000 claims · 4.0 s · 0.9 s more aligning');
  });

  test('at 80 columns, a stage in steps keeps its count, the elapsed time and its estimate', () => {
    const s = play([
      [0, { stage: 'align', claims: 47_031, sources: 1700 }],
      [2000, { stage: 'align', step: 2, steps: 4, done: 13_984, total: 47_031, unit: 'claims' }],
    ]);
    expect(renderProgress(s, 2000, 80)).toBe('aligning (step 2/4) · 13,984/47,031 claims · 2.0 s · 4.2 s more aligning');
  });

  test('never wider than the terminal; the elapsed time goes last', () => {
    const s = play([
      [0, { stage: 'extract', sources: 123_456, done: 0, claims: 0, cached: 0 }],
      [4000, { stage: 'extract', done: 23_456, claims: 987_654, cached: 12 }],
    ]);
    expect(renderProgress(s, 4000, 120)).toBe('claimcheck: extracting · 23,456/123,456 sources · 987,654 claims · 12 cached · 4.0 s · 17 s more extracting');
    expect(renderProgress(s, 4000, 72)).toBe('extracting · 23,456/123,456 sources · 4.0 s · 17 s more extracting');
    expect(renderProgress(s, 4000, 60)).toBe('extracting · 23,456/123,456 sources · 4.0 s');
    const line = renderProgress(s, 4000, 40);
    expect(line).toHaveLength(39);
    expect(line).toBe('extracting · 23,456/123,456 sources · …');
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
  test('shown from the first event, redrawn in place at most every 100 ms, a new stage at once, erased at the end', () => {
    let now = 0;
    const stream = new FakeStream();
    const r = new ProgressReporter(stream, { now: () => now, timer: false });
    r.update({ stage: 'read' });
    now = 50;
    r.update({ stage: 'read' }); // too soon: not drawn
    now = 500;
    r.update({ stage: 'extract', sources: 10, done: 0, claims: 0, cached: 0 });
    now = 1000;
    r.update({ stage: 'extract', done: 6, claims: 60 });
    now = 1050;
    r.update({ stage: 'extract', done: 7, claims: 70 }); // too soon: not drawn
    now = 1500;
    r.update({ stage: 'extract', done: 8, claims: 80 });
    now = 1520;
    r.update({ stage: 'align', claims: 100 }); // a new stage is drawn at once
    now = 1600;
    r.update({ stage: 'done' });
    expect(stream.out).toEqual([
      '\rclaimcheck: reading sources · 0.0 s\x1b[K',
      '\rclaimcheck: extracting · 0/10 sources · 0 claims · 0.5 s\x1b[K',
      '\rclaimcheck: extracting · 6/10 sources · 60 claims · 1.0 s\x1b[K',
      '\rclaimcheck: extracting · 8/10 sources · 80 claims · 1.5 s · 0.2 s more extracting\x1b[K',
      '\rclaimcheck: aligning · 10 sources · 100 claims · 1.5 s\x1b[K',
      '\r\x1b[K',
    ]);
    r.update({ stage: 'extract', done: 9 }); // after the end: nothing
    expect(stream.out).toHaveLength(6);
  });

  test('with a delay, a run shorter than it writes nothing at all, not even the erase', () => {
    let now = 0;
    const stream = new FakeStream();
    const r = new ProgressReporter(stream, { now: () => now, timer: false, delayMs: 500 });
    r.update({ stage: 'extract', sources: 5, done: 5, claims: 160, cached: 0 });
    now = 400;
    r.update({ stage: 'done' });
    expect(stream.out).toEqual([]);
  });

  test('the elapsed time moves on the timer while no event arrives', () => {
    jest.useFakeTimers();
    try {
      let now = 0;
      const stream = new FakeStream();
      const r = new ProgressReporter(stream, { now: () => now });
      r.update({ stage: 'align', sources: 3, claims: 40 });
      expect(stream.out).toEqual(['\rclaimcheck: aligning · 3 sources · 40 claims · 0.0 s\x1b[K']);
      for (let k = 0; k < 12; k++) {
        now += 100;
        jest.advanceTimersByTime(100);
      }
      expect(stream.out).toHaveLength(13);
      expect(stream.out.at(-1)).toBe('\rclaimcheck: aligning · 3 sources · 40 claims · 1.2 s\x1b[K');
      r.close();
      const n = stream.out.length;
      now += 1000;
      jest.advanceTimersByTime(1000);
      // Closed: the timer is stopped, the line erased once.
      expect(stream.out.slice(n)).toEqual([]);
      expect(stream.out.at(-1)).toBe('\r\x1b[K');
    } finally {
      jest.useRealTimers();
    }
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
