// Messy text, end to end: every encoding, line-end and space style of the
// same article gives the same claims; page furniture gives none; a 1 MB
// line is read and split in linear time.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSourceFile } from '../../src/ingest/index.js';
import { run } from '../../src/pipeline/run.js';
import { splitSentences } from '../../src/text/sentences/split.js';
import type { RunResult } from '../../src/model/run.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

const MESSY = path.join(import.meta.dirname, '../fixtures/input/messy');
let result: RunResult;
let tmp: string;

beforeAll(async () => {
  result = await run({ sourcesDir: MESSY, today: '2025-03-10' });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'claimcheck-messy-'));
}, 30_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const claimsOf = (id: string) => result.claims.filter((c) => c.sourceId === id).map((c) => c.text);

describe('encodings', () => {
  const SAME = ['utf8-bom', 'utf16le-bom', 'utf16be-bom', 'utf16le-nobom', 'utf16be-nobom', 'windows-1252', 'crlf'];
  test.each(SAME)('%s: decoded, dated and the same claims found', (id) => {
    const source = result.sources.find((s) => s.id === id)!;
    expect(source.published?.date).toBe('2025-03-03');
    expect(source.title).toMatch(/^Bridge closes for repairs \(/);
    expect(claimsOf(id)).toEqual(expect.arrayContaining(['14 days', 'about €2.5 million', 'more than 12,000 drivers']));
    expect(source.text).not.toMatch(/[\u0000\ufeff\ufffd]/);
  });

  test('Windows-1252: curly quotes, dash, euro and é come out right', () => {
    const source = result.sources.find((s) => s.id === 'windows-1252')!;
    expect(source.text).toContain('The café owner said: “We will lose half our trade — again.”');
    expect(claimsOf('windows-1252')).toContain('“We will lose half our trade — again.”');
  });

  test('each non-UTF-8 file gets one info diagnostic naming its encoding', () => {
    expect(result.diagnostics.filter((d) => d.ruleId === 'ingest/encoding').map((d) => [path.basename(d.file), d.severity, d.message])).toEqual([
      ['utf16be-bom.txt', 'info', 'The file is UTF-16 BE (byte-order mark); it was decoded as such.'],
      ['utf16be-nobom.txt', 'info', 'The file is UTF-16 BE without a byte-order mark (detected from its NUL bytes); it was decoded as such — save it as UTF-8 to be sure.'],
      ['utf16le-bom.txt', 'info', 'The file is UTF-16 LE (byte-order mark); it was decoded as such.'],
      ['utf16le-nobom.txt', 'info', 'The file is UTF-16 LE without a byte-order mark (detected from its NUL bytes); it was decoded as such — save it as UTF-8 to be sure.'],
      ['windows-1252.txt', 'info', 'The file is not valid UTF-8; it was decoded as Windows-1252 (Latin-1) — save it as UTF-8 if any character looks wrong.'],
    ]);
    expect(result.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  test('CRLF: offsets index the text with its CRs; sentences do not end in \\r', () => {
    const source = result.sources.find((s) => s.id === 'crlf')!;
    expect(source.text).toContain('\r\n');
    for (const s of splitSentences(source)) expect(s.text).not.toMatch(/[\r\n]/);
  });

  test('NBSP and curly quotes: values and quotes are found, text kept as written', () => {
    expect(claimsOf('nbsp-curly')).toEqual(
      expect.arrayContaining(['14\u00a0days', '“Repairs will cost about €2.5\u00a0million,”', 'about €2.5\u00a0million', 'more than 12,000\u202fdrivers']),
    );
  });

  test('every claim slices its source text', () => {
    const byId = new Map(result.sources.map((s) => [s.id, s]));
    for (const c of result.claims) expect(byId.get(c.sourceId)!.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('boilerplate yields no claims', () => {
  test('menus, share bars, newsletter prompts, "Similar News" lists, repeated captions, copyright', () => {
    expect(claimsOf('boilerplate')).toEqual(expect.arrayContaining(['14 days', 'about €2.5 million']));
    expect(claimsOf('boilerplate').join(' ')).not.toMatch(/15%|40|5 stories|2025|February/);
    const source = result.sources.find((s) => s.id === 'boilerplate')!;
    for (const c of result.claims.filter((x) => x.sourceId === 'boilerplate')) {
      for (const r of source.excluded) expect(c.end <= r.start || c.start >= r.end).toBe(true);
    }
    const regions = source.excluded.map((r) => [r.reason, source.text.slice(r.start, r.end).split('\n')[0]]);
    expect(regions).toEqual([
      ['front-matter', '---'],
      ['boilerplate', 'Menu'],
      ['caption', 'Workers inspect the Old Mill bridge on February 2, 2025. (Photo: Riverside Post)'],
      ['boilerplate', 'Photo'],
      ['caption', 'Workers inspect the Old Mill bridge on February 2, 2025. (Photo: Riverside Post)'],
      ['boilerplate', 'Sign up for our newsletter to get 5 stories every morning.'],
      ['boilerplate', 'Similar News'],
    ]);
  });
});

describe('very long lines', () => {
  /** One line of `size` characters of distinct sentences (repeats would be excluded). */
  function longLine(size: number): string {
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < size; i++) {
      const s = `In district ${i}, the council approved a $${i}.2 billion budget on Tuesday, and ${i * 3} residents attended. `;
      parts.push(s);
      n += s.length;
    }
    return parts.join('').slice(0, size);
  }

  test('256 KB and 4 MB single lines: read and split in linear time', async () => {
    const readAndSplit = async (mb: number) => {
      const { source } = await readSourceFile(path.join(tmp, `line-${mb}.txt`));
      return { source: source!, sentences: splitSentences(source!) };
    };
    for (const mb of [0.25, 4]) {
      await writeFile(path.join(tmp, `line-${mb}.txt`), `---\npublished: 2024-06-12\n---\n${longLine(mb * 1024 * 1024)}`);
      const { source, sentences } = await readAndSplit(mb);
      expect(sentences.length).toBeGreaterThan(mb * 9000);
      const last = sentences[sentences.length - 1];
      expect(source.text.slice(last.start, last.end)).toBe(last.text);
    }
    // Measured about 50 ms for 1 MB and 200 ms for 4 MB; quadratic work would take minutes.
    expect(await growthRatio(readAndSplit, 0.25)).toBeLessThan(linearBound());
  }, 60_000);

  test('a 256 KB line through the whole pipeline', async () => {
    const dir = path.join(tmp, 'pipeline');
    await (await import('node:fs/promises')).mkdir(dir);
    await writeFile(path.join(dir, 'line.txt'), `---\npublished: 2024-06-12\n---\n${longLine(256 * 1024)}`);
    const r = await run({ sourcesDir: dir, today: '2024-06-20' });
    expect(r.claims.length).toBeGreaterThan(7000);
    const source = r.sources[0];
    for (const c of r.claims) expect(source.text.slice(c.start, c.end)).toBe(c.text);
  }, 30_000);
});
