import { describe, expect, test } from '@jest/globals';
import { mostCommonDate, parseSource, resolveSingleDate, resolveStoryDates } from '../../src/ingest/index.js';
import { closestYear } from '../../src/ingest/storyDates.js';

const parse = (id: string, text: string, mtime?: Date) => parseSource(text, { id, path: `${id}.md`, mtime });

describe('mostCommonDate', () => {
  test.each([
    [['2024-10-03', '2024-10-05', '2024-10-03'], '2024-10-03'],
    [['2024-10-05', '2024-10-03'], '2024-10-03'], // tie → earliest
    [['2024-10-05'], '2024-10-05'],
    [[], undefined],
  ])('%j → %s', (dates, expected) => {
    expect(mostCommonDate(dates)).toBe(expected);
  });
});

describe('closestYear', () => {
  test.each([
    [10, 25, '2025-10-23', '2025-10-25'],
    [1, 2, '2023-12-30', '2024-01-02'],
    [12, 30, '2024-01-02', '2023-12-30'],
    [2, 29, '2024-03-01', '2024-02-29'],
  ])('%i/%i near %s → %s', (month, day, ref, expected) => {
    expect(closestYear(month, day, ref)).toBe(expected);
  });
});

describe('resolveStoryDates', () => {
  test('a dateline without a year takes the year of the other sources; evidence says so', () => {
    const a = parse('a', '---\npublished: 2023-12-30\n---\nFuel queues grow.');
    const b = parse('b', 'Lagos, Jan 2: Fuel prices rose again.');
    const diagnostics = resolveStoryDates([a, b]);
    expect(b.source.published).toEqual({
      date: '2024-01-02',
      inferred: false,
      origin: 'dateline',
      evidence: 'Lagos, Jan 2: (year 2024 taken from the other sources of the story)',
    });
    expect(diagnostics).toEqual([]);
  });

  test('an undated source gets the most common stated date, inferred', () => {
    const sources = [
      parse('w', 'Turnout was high. Polls closed at 8 p.m.'),
      parse('x', 'Vote count begins\n\nOctober 3, 2024\n\nCounting began.'),
      parse('y', '---\npublished: 2024-10-03\n---\nCounting began.'),
      parse('z', '---\npublished: 2024-10-05\n---\nResults came in.'),
    ];
    const diagnostics = resolveStoryDates(sources);
    expect(sources[0].source.published).toEqual({ date: '2024-10-03', inferred: true, origin: 'other-sources' });
    expect(sources[1].source.published?.origin).toBe('date-line');
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', file: 'w.md', ruleId: 'ingest/date-inferred' })]);
  });

  test('inference uses dateline dates too, but never other inferred dates', () => {
    const sources = [
      parse('a', 'KYIV, May 3 (AP) — Drones struck a depot.'),
      parse('b', '---\npublished: 2024-05-03\n---\nDrones struck.'),
      parse('c', 'Officials gave no figures.'),
    ];
    resolveStoryDates(sources);
    expect(sources[0].source.published).toMatchObject({ date: '2024-05-03', origin: 'dateline', inferred: false });
    expect(sources[2].source.published).toEqual({ date: '2024-05-03', inferred: true, origin: 'other-sources' });
  });

  test('with no dated source at all: a year-less dateline uses the file mtime, the rest stay undated', () => {
    const a = parse('a', 'Lagos, Jun 20: Fuel prices rose again.', new Date(2023, 5, 15, 12));
    const b = parse('b', 'No date anywhere here.');
    const diagnostics = resolveStoryDates([a, b]);
    expect(a.source.published).toEqual({
      date: '2023-06-20',
      inferred: false,
      origin: 'dateline',
      evidence: "Lagos, Jun 20: (year 2023 taken from the file's modification time)",
    });
    // a's dateline date (2023-06-20) is now a stated date, so b is inferred from it
    expect(b.source.published).toEqual({ date: '2023-06-20', inferred: true, origin: 'other-sources' });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ingest/dateline-year', 'ingest/date-inferred']);
  });

  test('resolveSingleDate: mtime year, nothing inferred for an undated file', () => {
    const a = parse('a', 'Lagos, Dec 30: Fuel prices rose again.', new Date(2024, 0, 3, 12));
    expect(resolveSingleDate(a).map((d) => d.ruleId)).toEqual(['ingest/dateline-year']);
    expect(a.source.published?.date).toBe('2023-12-30');
    const b = parse('b', 'No date anywhere here.');
    expect(resolveSingleDate(b)).toEqual([]);
    expect(b.source.published).toBeUndefined();
  });
});
