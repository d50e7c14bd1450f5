import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSourceFile, readSourcePaths, readSources } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences/split.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimcheck-ingest-'));
  await writeFile(path.join(dir, 'b.md'), '---\npublished: 2024-10-03\n---\nCounting began.\n');
  await writeFile(path.join(dir, 'a.txt'), 'Vote count begins\n\nOctober 3, 2024\n\nCounting began at 8 p.m. Results follow.\n');
  await writeFile(path.join(dir, 'c.markdown'), 'Turnout was high across the region.\n');
  await writeFile(path.join(dir, 'notes.json'), '{}');
  await writeFile(path.join(dir, '.DS_Store'), 'x');
  await writeFile(path.join(dir, 'README.md'), '# Notes about this folder\n');
  await writeFile(path.join(dir, 'empty.txt'), '\n\n  \n');
  await mkdir(path.join(dir, 'sub'));
  await writeFile(path.join(dir, 'sub', 'd.txt'), 'Nested files are not read.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readSources', () => {
  test('reads .md/.markdown/.txt sorted by name; other files get info diagnostics; dates settled across the story', async () => {
    const { sources, diagnostics } = await readSources(dir);
    expect(sources.map((s) => [s.id, s.path])).toEqual([
      ['a', path.join(dir, 'a.txt')],
      ['b', path.join(dir, 'b.md')],
      ['c', path.join(dir, 'c.markdown')],
    ]);
    expect(sources.map((s) => s.published?.date)).toEqual(['2024-10-03', '2024-10-03', '2024-10-03']);
    expect(sources[2].published).toEqual({ date: '2024-10-03', inferred: true, origin: 'other-sources' });
    expect(diagnostics.map((d) => [d.severity, path.basename(d.file), d.ruleId])).toEqual([
      ['info', 'README.md', 'ingest/not-a-source'],
      ['info', 'notes.json', 'ingest/not-a-source'],
      ['warning', 'empty.txt', 'ingest/empty-file'],
      ['info', 'c.markdown', 'ingest/date-inferred'],
    ]);
    expect(diagnostics[1].message).toMatch(/^not a source \(\.json\)/);
    expect(diagnostics[2].skipped).toBe(true);
  });

  test('a missing folder is an error diagnostic, not a throw', async () => {
    const { sources, diagnostics } = await readSources(path.join(dir, 'nope'));
    expect(sources).toEqual([]);
    expect(diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['error', 'ingest/no-folder']]);
  });

  test('a folder without sources warns', async () => {
    const { sources, diagnostics } = await readSources(path.join(dir, 'sub'));
    expect(sources.map((s) => s.id)).toEqual(['d']);
    expect(diagnostics).toEqual([]);
    const empty = await mkdtemp(path.join(os.tmpdir(), 'claimcheck-empty-'));
    try {
      const r = await readSources(empty);
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['ingest/no-sources']);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('readSourceFile', () => {
  test('BOM is stripped: offsets index the decoded text without it', async () => {
    const file = path.join(dir, 'bom.md');
    const body = '---\r\ntitle: Dam holds\r\n---\r\nDam holds\r\n\r\nThe dam held. Residents returned.';
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    const { source, diagnostics } = await readSourceFile(file);
    expect(diagnostics).toEqual([]);
    expect(source!.text).toBe(body);
    expect(source!.bodyStart).toBe(28);
    expect(source!.titleSpan).toEqual({ start: 28, end: 37 });
    expect(splitSentences(source!).map((s) => [s.start, s.end, s.text])).toEqual([
      [28, 37, 'Dam holds'],
      [41, 54, 'The dam held.'],
      [55, 74, 'Residents returned.'],
    ]);
  });

  test('bytes that are not UTF-8 and look like Latin-1 are decoded as Windows-1252, said in an info diagnostic', async () => {
    const file = path.join(dir, 'latin1.txt');
    await writeFile(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]));
    const { source, diagnostics } = await readSourceFile(file);
    expect(source!.text).toBe('Café opens.');
    expect(diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['info', 'ingest/encoding']]);
    expect(diagnostics[0].message).toMatch(/Windows-1252/);
  });

  test('UTF-8 with a broken byte keeps UTF-8: U+FFFD and a warning', async () => {
    const file = path.join(dir, 'broken-utf8.txt');
    const good = Buffer.from('Café crème brûlée, naïve ', 'utf8');
    await writeFile(file, Buffer.concat([good, Buffer.from([0xff]), Buffer.from(' opens.')]));
    const { source, diagnostics } = await readSourceFile(file);
    expect(source!.text).toBe('Café crème brûlée, naïve \uFFFD opens.');
    expect(diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['warning', 'ingest/invalid-utf8']]);
  });

  test('a dateline without a year takes the year of the file mtime', async () => {
    const file = path.join(dir, 'lagos.txt');
    await writeFile(file, 'Fuel prices rise\n\nLagos, Jun 20: Fuel prices rose again.\n');
    const t = new Date(2023, 5, 15, 12);
    await utimes(file, t, t);
    const { source, diagnostics } = await readSourceFile(file);
    expect(source!.published).toEqual({
      date: '2023-06-20',
      inferred: false,
      origin: 'dateline',
      evidence: "Lagos, Jun 20: (year 2023 taken from the file's modification time)",
    });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ingest/dateline-year']);
  });

  test('an unreadable path is an error diagnostic', async () => {
    const { source, diagnostics } = await readSourceFile(path.join(dir, 'missing.txt'));
    expect(source).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'ingest/read-error', skipped: true })]);
  });
});

describe('readSourcePaths', () => {
  test('files and folders together; duplicate ids keep the extension', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'claimcheck-other-'));
    try {
      await writeFile(path.join(other, 'a.md'), 'Another a.\n');
      const { sources, diagnostics } = await readSourcePaths([path.join(other, 'a.md'), path.join(dir, 'a.txt'), path.join(dir, 'notes.json')]);
      expect(sources.map((s) => s.id)).toEqual(['a', 'a.txt']);
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['ingest/not-a-source', 'ingest/duplicate-id', 'ingest/date-inferred']);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
