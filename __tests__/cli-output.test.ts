// The format an --output file name implies (src/cli/output.ts).
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../src/cli/args.js';
import { formatFor } from '../src/cli/output.js';

describe('formatFor', () => {
  test('--format wins when given; else the extension; else text', () => {
    expect(formatFor(undefined, undefined)).toBe('text');
    expect(formatFor('memo.MD', undefined)).toBe('markdown');
    expect(formatFor('page.htm', undefined)).toBe('html');
    expect(formatFor('out.data', undefined)).toBe('text');
    expect(formatFor('out.data', 'csv')).toBe('csv');
    expect(formatFor('r.json', 'json')).toBe('json');
    expect(formatFor('r.jsonld', 'claimreview')).toBe('claimreview');
    expect(formatFor('r.json', 'claimreview')).toBe('claimreview');
  });

  test('a --format the extension contradicts is a usage error', () => {
    expect(() => formatFor('r.html', 'json')).toThrow(UsageError);
    expect(() => formatFor('r.csv', 'claimreview')).toThrow(/--format claimreview does not match --output 'r.csv'/);
  });
});

describe('isPublishDate (--date-published, datePublished in the config)', () => {
  test('a real ISO date, optionally with a time and offset', async () => {
    const { isPublishDate } = await import('../src/cli/publish-date.js');
    for (const ok of ['2026-03-14', '2024-02-29', '2026-03-14T09:30', '2026-03-14T09:30:00Z', '2026-03-14T09:30:00.5+01:00']) expect(isPublishDate(ok)).toBe(true);
    for (const bad of ['2026-13-45', '2026-02-29', '2026-04-31', '2026-3-14', '14/03/2026', '2026-03-14T25:00', '2026-03-14T09:61', '2026-03-14junk', '']) {
      expect(isPublishDate(bad)).toBe(false);
    }
  });
});
