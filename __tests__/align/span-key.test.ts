// The span a date names precisely is evidence for alignment (kinds/date/align.ts):
// a day, a range, a month or a year, never a vague time.
import { describe, expect, test } from '@jest/globals';
import type { Features } from '../../src/align/features.js';
import { spanKey } from '../../src/align/stats.js';
import { day, makeClaim } from '../helpers/make-claim.js';

const features = (value: ReturnType<typeof day>): Features => ({ claim: makeClaim('a', 'date', 'x', 'x', value) }) as unknown as Features;

describe('spanKey', () => {
  test('a day, a month and a year named precisely have a key', () => {
    expect(spanKey(features(day('1979-03-05')))).toBe('1979-03-05/1979-03-05');
    expect(spanKey(features(day('1979-03-01', '1979-03-31', { granularity: 'month' })))).toBe('1979-03-01/1979-03-31');
    expect(spanKey(features(day('1979-01-01', '1979-12-31', { granularity: 'year' })))).toBe('1979-01-01/1979-12-31');
  });

  test('a vague time ("early 1979", "recently") has none', () => {
    expect(spanKey(features(day('1979-01-01', '1979-04-30', { granularity: 'year', vague: true })))).toBeUndefined();
    expect(spanKey(features(day('1979-01-01', '1979-04-30', { granularity: 'vague' })))).toBeUndefined();
  });
});
