import { describe, expect, test } from '@jest/globals';
import { parseSource } from '../../src/ingest/index.js';

const opts = { id: 'port', path: 'stories/port.md' };

describe('front matter', () => {
  test('valid block: fields read, block excluded, bodyStart after the closing line', () => {
    const text =
      '---\noutlet: Harbor Gazette\ntitle: Port strike ends after 9 days\npublished: 2024-03-07T18:30:00-05:00\nurl: https://example.org/port\n---\n' +
      'Port strike ends after 9 days\n\nDockworkers returned to work on Thursday.\n';
    const { source, diagnostics } = parseSource(text, opts);
    expect(diagnostics).toEqual([]);
    expect(source.outlet).toBe('Harbor Gazette');
    expect(source.title).toBe('Port strike ends after 9 days');
    expect(source.url).toBe('https://example.org/port');
    expect(source.published).toEqual({
      date: '2024-03-07',
      time: '18:30',
      tzOffsetMinutes: -300,
      inferred: false,
      origin: 'front-matter',
      evidence: '2024-03-07T18:30:00-05:00',
    });
    expect(source.bodyStart).toBe(135);
    expect(text.slice(135, 164)).toBe('Port strike ends after 9 days');
    expect(source.excluded).toEqual([{ start: 0, end: 135, reason: 'front-matter' }]);
    // The body's headline matches the front-matter title: its offsets are kept.
    expect(source.titleSpan).toEqual({ start: 135, end: 164 });
  });

  test('date-only published has no time or zone', () => {
    const { source } = parseSource('---\npublished: 2025-10-23\n---\nText here.', opts);
    expect(source.published).toEqual({ date: '2025-10-23', inferred: false, origin: 'front-matter', evidence: '2025-10-23' });
    expect(source.bodyStart).toBe(30);
  });

  test('malformed YAML: error at the line and column in the FILE; article still read without the block', () => {
    const text = '---\noutlet: Daily Planet\ntitle: x: y\n---\nBridge reopens after repairs\n\nTraffic resumed on Monday.\n';
    const { source, diagnostics } = parseSource(text, opts);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'stories/port.md', line: 3, column: 8, ruleId: 'ingest/front-matter-yaml' });
    expect(diagnostics[0].message).toMatch(/not valid YAML/);
    expect(source.outlet).toBeUndefined();
    expect(source.bodyStart).toBe(41);
    expect(source.excluded[0]).toEqual({ start: 0, end: 41, reason: 'front-matter' });
    // Without a usable front-matter title, the headline comes from the text.
    expect(source.title).toBe('Bridge reopens after repairs');
    expect(source.titleSpan).toEqual({ start: 41, end: 69 });
  });

  test('duplicate key is a YAML error at the second key', () => {
    const { diagnostics } = parseSource('---\noutlet: A\noutlet: B\n---\nBody.', opts);
    expect(diagnostics.map((d) => [d.severity, d.line, d.column, d.ruleId])).toEqual([['error', 3, 1, 'ingest/front-matter-yaml']]);
  });

  test('unknown key: warning naming the key, other keys still read', () => {
    const text = '---\ntitle: Dam holds\nauthor: Jane Roe\n---\nThe dam held.';
    const { source, diagnostics } = parseSource(text, opts);
    expect(source.title).toBe('Dam holds');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', line: 3, column: 1, ruleId: 'ingest/front-matter-key' });
    expect(diagnostics[0].message).toContain('"author"');
  });

  test('published that is not ISO: warning at the value, no date', () => {
    const { source, diagnostics } = parseSource('---\npublished: 07/03/2024\n---\nBody.', opts);
    expect(source.published).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, column: 12, ruleId: 'ingest/front-matter-value' }),
    ]);
  });

  test('unclosed block: warning, read as plain text', () => {
    const { source, diagnostics } = parseSource('---\ntitle: Oops\nThe body.', opts);
    expect(source.bodyStart).toBe(0);
    // the lone "---" line is furniture (no letters), nothing else is excluded
    expect(source.excluded).toEqual([{ start: 0, end: 3, reason: 'boilerplate' }]);
    expect(diagnostics.map((d) => [d.severity, d.line, d.column, d.ruleId])).toEqual([['warning', 1, 1, 'ingest/front-matter-unclosed']]);
  });

  test('CRLF front matter and an empty block', () => {
    const crlf = parseSource('---\r\ntitle: Dam holds\r\n---\r\nThe dam held.', opts).source;
    expect(crlf.bodyStart).toBe(28);
    expect(crlf.text.slice(crlf.bodyStart)).toBe('The dam held.');
    const empty = parseSource('---\n---\nThe dam held.', opts);
    expect(empty.source.bodyStart).toBe(8);
    expect(empty.diagnostics).toEqual([]);
  });

  test('a Markdown rule that is not at the top is not front matter', () => {
    const { source } = parseSource('Headline here today\n---\nBody text.\n---\n', opts);
    expect(source.bodyStart).toBe(0);
    expect(source.title).toBe('Headline here today');
  });
});
