// The review-UI benchmark drives the real app through a fake terminal: every
// key of a round draws a frame, and the timings are reported per key.
import { describe, expect, test } from '@jest/globals';
import { keyRound, timeKeys } from '../../../src/tools/bench/tui.js';
import { buildFixture, manyGroups } from '../../helpers/fixture-result.js';

describe('bench tui', () => {
  test('a round presses list, detail, filter, search and overview keys', () => {
    const names = keyRound().map((k) => k.name);
    expect(names.filter((n) => n === 'down')).toHaveLength(10);
    for (const n of ['page-down', 'open', 'detail-down', 'back', 'filter-verdict', 'search-type', 'search-apply', 'overview']) {
      expect(names).toContain(n);
    }
  });

  test('times every key from the key press to the next frame', async () => {
    const base = buildFixture();
    const result = { ...base.result, groups: manyGroups(200, base) };
    const pass = await timeKeys(result, { rounds: 1, columns: 100, rows: 30, maxFps: 1000, silentAfterMs: 400 });
    const keys = keyRound().length;
    // Scrolling a 3-statement detail view and searching may leave the screen as it was.
    expect(pass.keys + pass.silent).toBe(keys);
    expect(pass.keys).toBeGreaterThan(keys - 8);
    expect(pass.firstFrameMs).toBeGreaterThan(0);
    expect(pass.medianMs).toBeGreaterThan(0);
    expect(pass.p95Ms).toBeGreaterThanOrEqual(pass.medianMs);
    expect(pass.maxMs).toBeGreaterThanOrEqual(pass.p95Ms);
    expect(pass.byKey.down.n).toBe(10);
  }, 60_000);
});
