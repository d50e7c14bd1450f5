// One constructor for every diagnostic: the same fields in the same order
// (the JSON report prints them as they are), absent fields left out.
import { describe, expect, test } from '@jest/globals';
import { diagnostic } from '../../src/model/diagnostic.js';

describe('diagnostic', () => {
  test('fields in report order; place and skipped only when given', () => {
    const d = diagnostic('warning', 'a.md', 'Something is off.', 'ingest/x', { column: 3, line: 2, skipped: true });
    expect(Object.keys(d)).toEqual(['severity', 'file', 'line', 'column', 'message', 'ruleId', 'skipped']);
    expect(JSON.stringify(diagnostic('info', 'b.md', 'Fine.', 'ingest/y', { line: undefined }))).toBe(
      '{"severity":"info","file":"b.md","message":"Fine.","ruleId":"ingest/y"}',
    );
  });
});
