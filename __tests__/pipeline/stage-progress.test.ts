// The stages that hold the thread (align, compare, provenance) report how
// far they are in units they count, so the progress line moves while they
// work and its estimate rests on the stage's own rate.
import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/pipeline/run.js';
import { initialState, reduceProgress, stageFraction, type ProgressEvent } from '../../src/progress/render.js';
import type { RunResult } from '../../src/model/run.js';

const BUNDLED = path.join(fileURLToPath(new URL('../../', import.meta.url)), 'sources');

describe('progress events of a run', () => {
  const events: ProgressEvent[] = [];
  let result: RunResult;
  beforeAll(async () => {
    result = await run({ sourcesDir: BUNDLED, today: '2025-11-01', onProgress: (e) => events.push(e) });
  });
  const of = (stage: ProgressEvent['stage']) => events.filter((e) => e.stage === stage && e.total !== undefined);

  test('align counts claims through its passes, then clusters', () => {
    const align = of('align');
    expect(align.length).toBeGreaterThan(4);
    expect(new Set(align.map((e) => e.step))).toEqual(new Set([1, 2, 3, 4]));
    for (const e of align.filter((x) => (x.step ?? 0) < 4)) {
      expect(e.unit).toBe('claims');
      expect(e.total).toBe(result.claims.length);
    }
    expect(align.filter((e) => e.step === 4).every((e) => e.unit === 'clusters')).toBe(true);
  });

  test('provenance counts sources, then source pairs, then facts', () => {
    const prov = of('provenance');
    expect(prov.filter((e) => e.step === 1).every((e) => e.unit === 'sources' && e.total === result.sources.length)).toBe(true);
    expect(new Set(prov.map((e) => e.step))).toEqual(new Set([1, 2, 3, 4, 5].filter((k) => k !== 4 || result.provenance!.stats.candidatePairs > 0)));
    expect(prov.filter((e) => e.step === 5).every((e) => e.unit === 'facts' && e.total === result.groups.length)).toBe(true);
  });

  test('compare counts facts', () => {
    const cmp = of('compare');
    expect(cmp.length).toBeGreaterThan(0);
    expect(cmp.every((e) => e.unit === 'facts')).toBe(true);
  });

  test('within a stage, the share done never goes back', () => {
    let s = initialState(0);
    let last = { stage: s.stage, f: 0 };
    events.forEach((e, t) => {
      s = reduceProgress(s, e, t);
      const f = stageFraction(s);
      if (f === undefined) return;
      if (s.stage === last.stage) expect(f).toBeGreaterThanOrEqual(last.f);
      last = { stage: s.stage, f };
    });
  });
});
