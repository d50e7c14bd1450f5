// The benchmark's corpus generator: deterministic (same seed → same files),
// prefix-stable across sizes, and varied enough to hold conflicts.
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseDate, generateCorpus, mixSeed, mulberry32, parseArticle, perturb, readArticles, writeCorpus } from '../../../src/tools/bench/corpus.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const articles = readArticles(path.join(ROOT, 'sources'));
const digest = (files: { name: string; text: string }[]) =>
  createHash('sha256')
    .update(files.map((f) => `${f.name}\0${f.text}`).join('\0'))
    .digest('hex');

describe('PRNG', () => {
  test('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  test('mixSeed spreads neighbouring indexes', () => {
    const seeds = Array.from({ length: 100 }, (_, i) => mixSeed(42, i));
    expect(new Set(seeds).size).toBe(100);
    expect(mixSeed(42, 0)).toBe(mixSeed(42, 0));
    expect(mixSeed(42, 0)).not.toBe(mixSeed(43, 0));
  });
});

describe('parseArticle', () => {
  test('reads front matter and keeps prose lines as paragraphs', () => {
    const text = [
      '---',
      'outlet: "The Daily"',
      'title: "Bridge closed"',
      'published: 2026-03-14T09:00:00+01:00',
      '---',
      'Share this',
      'The council closed the bridge on Monday after inspectors found 12 cracks in the deck.',
      'Photo: the bridge from the river bank, taken on Monday morning by our reporter.',
      'Repairs will cost about $3.5 million and take up to 90 days, the council said.',
    ].join('\n');
    expect(parseArticle(text)).toEqual({
      title: 'Bridge closed',
      outlet: 'The Daily',
      published: '2026-03-14',
      paragraphs: [
        'The council closed the bridge on Monday after inspectors found 12 cracks in the deck.',
        'Repairs will cost about $3.5 million and take up to 90 days, the council said.',
      ],
    });
  });

  test('the bundled articles give paragraphs and a base date', () => {
    expect(articles).toHaveLength(5);
    expect(articles.every((a) => a.paragraphs.length > 0)).toBe(true);
    expect(baseDate(articles)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('perturb', () => {
  test('rate 0 changes nothing; rate 1 changes percentages, money, days and counts', () => {
    const text = 'Tariffs rose to 55% on October 24, costing $3.6 billion and 12 jobs.';
    expect(perturb(text, mulberry32(1), { rate: 0 })).toBe(text);
    const changed = perturb(text, mulberry32(1), { rate: 1 });
    expect(changed).not.toBe(text);
    const m = /^Tariffs rose to (\d+)% on October (\d+), costing \$([\d.]+) billion and (\d+) jobs\.$/.exec(changed);
    expect(m).not.toBeNull();
    expect(Number(m![1])).not.toBe(55);
    expect(Number(m![2])).not.toBe(24);
    expect(Math.abs(Number(m![2]) - 24)).toBeLessThanOrEqual(3);
  });

  test('years are left alone', () => {
    expect(perturb('In 2025 and 1999, prices held.', mulberry32(3), { rate: 1 })).toBe('In 2025 and 1999, prices held.');
  });
});

describe('generateCorpus', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test('same seed → same files, byte for byte', () => {
    const a = generateCorpus(articles, 50, { seed: 42 });
    const b = generateCorpus(articles, 50, { seed: 42 });
    expect(digest(a)).toBe(digest(b));
    expect(digest(generateCorpus(articles, 50, { seed: 43 }))).not.toBe(digest(a));
  });

  test('a smaller corpus is the start of a bigger one', () => {
    const small = generateCorpus(articles, 10, { seed: 7 });
    const big = generateCorpus(articles, 40, { seed: 7 });
    expect(big.slice(0, 10)).toEqual(small);
  });

  test('files have unique, sorted names; outlets and dates vary; some sources are undated', () => {
    const files = generateCorpus(articles, 200, { seed: 42 });
    const names = files.map((f) => f.name);
    expect(new Set(names).size).toBe(200);
    expect([...names].sort()).toEqual(names);
    expect(names[0]).toMatch(/^00000_[0-9a-f]{16}\.txt$/);
    const outlets = new Set(files.map((f) => /^outlet: "(.*)"$/m.exec(f.text)?.[1]).filter(Boolean));
    expect(outlets.size).toBeGreaterThan(50);
    const dates = new Set(files.map((f) => /^published: (\d{4}-\d{2}-\d{2})/m.exec(f.text)?.[1]).filter(Boolean));
    expect(dates.size).toBeGreaterThanOrEqual(3);
    const undated = files.filter((f) => !/^published: /m.test(f.text) && !/^[A-Z][a-z]+ \d{1,2}, \d{4}$/m.test(f.text));
    expect(undated.length).toBeGreaterThan(10);
    expect(undated.length).toBeLessThan(60);
  });

  test('values differ across sources (so conflicts exist)', () => {
    const files = generateCorpus(articles, 200, { seed: 42 });
    const source = articles.flatMap((a) => a.paragraphs).join('\n');
    const percents = new Set(files.flatMap((f) => f.text.match(/\b\d{1,3}(?= ?(?:%|percent))/g) ?? []));
    const original = new Set(source.match(/\b\d{1,3}(?= ?(?:%|percent))/g) ?? []);
    expect([...percents].some((p) => !original.has(p))).toBe(true);
  });

  test('writeCorpus writes every file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-corpus-'));
    dirs.push(dir);
    const files = generateCorpus(articles, 5, { seed: 42 });
    writeCorpus(dir, files);
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.name));
    expect(readFileSync(path.join(dir, files[3].name), 'utf8')).toBe(files[3].text);
  });
});
