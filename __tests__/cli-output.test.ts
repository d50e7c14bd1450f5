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
