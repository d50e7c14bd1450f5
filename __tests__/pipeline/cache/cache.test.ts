// The claims cache: keys, hits and misses, invalidation by engine version,
// damaged entries, and the extract stage reading through it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimsOfSources, autoWorkers, type SourceJob } from '../../../src/pipeline/extract.js';
import { claimsOfSource } from '../../../src/pipeline/per-source.js';
import { codeHash, ENGINE_VERSION, engineVersion, sourceKey } from '../../../src/pipeline/cache/key.js';
import { ClaimCache } from '../../../src/pipeline/cache/store.js';
import { readSources } from '../../../src/ingest/index.js';
import { run } from '../../../src/pipeline/run.js';
import type { Claim } from '../../../src/model/claim.js';
import type { Source } from '../../../src/model/source.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUNDLED = path.join(ROOT, 'sources');

function source(text: string, over: Partial<Source> = {}): Source {
  return { id: 'a', path: 'sources/a.txt', text, bodyStart: 0, excluded: [], ...over };
}
const ctx = { reference: '2025-10-23', referenceInferred: false, tzOffsetMinutes: 180 };

describe('sourceKey', () => {
  const base = source('China controls more than 60 percent of production.');
  const k = sourceKey(base, ctx, 'engine-1');

  test('is a sha256 hex digest, stable for the same inputs', () => {
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceKey(source('China controls more than 60 percent of production.'), { ...ctx }, 'engine-1')).toBe(k);
  });

  test('changes with the text, the id, what ingest decided, the reference date and the engine', () => {
    const others = [
      sourceKey(source('China controls more than 70 percent of production.'), ctx, 'engine-1'),
      sourceKey(source(base.text, { id: 'b' }), ctx, 'engine-1'),
      sourceKey(source(base.text, { excluded: [{ start: 0, end: 5, reason: 'boilerplate' }] }), ctx, 'engine-1'),
      sourceKey(source(base.text, { published: { date: '2025-10-23', inferred: true, origin: 'other-sources' } }), ctx, 'engine-1'),
      sourceKey(base, { ...ctx, reference: '2025-10-24' }, 'engine-1'),
      sourceKey(base, { ...ctx, referenceInferred: true }, 'engine-1'),
      sourceKey(base, { ...ctx, tzOffsetMinutes: 0 }, 'engine-1'),
      sourceKey(base, ctx, 'engine-2'),
    ];
    for (const o of others) expect(o).not.toBe(k);
    expect(new Set(others).size).toBe(others.length);
  });

  test('ignores the path, so a moved folder still hits', () => {
    expect(sourceKey(source(base.text, { path: 'elsewhere/a.txt' }), ctx, 'engine-1')).toBe(k);
  });
});

describe('engine version', () => {
  test('names the package, ENGINE_VERSION, the libraries and the code hash', () => {
    const v = engineVersion();
    expect(v).toMatch(/^claimcheck@\S+ engine@\d+ chrono-node@\d+\.\d+\.\d+ natural@\d+\.\d+\.\d+ code@[0-9a-f]{16}$/);
    expect(v).toContain(`engine@${ENGINE_VERSION}`);
    expect(engineVersion()).toBe(v);
  });

  test('the code hash changes when a file of the extraction code changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-code-'));
    try {
      mkdirSync(path.join(dir, 'extract'), { recursive: true });
      writeFileSync(path.join(dir, 'extract', 'a.js'), 'export const a = 1;\n');
      const h1 = codeHash(dir, ['extract']);
      expect(codeHash(dir, ['extract'])).toBe(h1);
      writeFileSync(path.join(dir, 'extract', 'a.js'), 'export const a = 2;\n');
      const h2 = codeHash(dir, ['extract']);
      expect(h2).not.toBe(h1);
      writeFileSync(path.join(dir, 'extract', 'b.js'), '\n');
      expect(codeHash(dir, ['extract'])).not.toBe(h2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ClaimCache', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cc-cache-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const claims = [{ id: 'a:1', sourceId: 'a', kind: 'percent', text: '60 percent' }] as unknown as Claim[];

  test('miss, then hit after a write; the entry is one JSON file', () => {
    const cache = new ClaimCache({ root, engine: 'e1' });
    expect(cache.get('k1')).toBeUndefined();
    cache.set('k1', claims);
    expect(cache.get('k1')).toEqual(claims);
    expect(cache.stats).toEqual({ hits: 1, misses: 1, writes: 1, errors: 0 });
    const files = readdirSync(cache.dir);
    expect(files).toEqual(['k1.json']);
    expect(JSON.parse(readFileSync(path.join(cache.dir, 'k1.json'), 'utf8'))).toEqual({ engine: 'e1', key: 'k1', claims });
  });

  test('the JSON handed over by a worker is stored as is', () => {
    const cache = new ClaimCache({ root, engine: 'e1' });
    cache.set('k2', claims, JSON.stringify(claims));
    expect(new ClaimCache({ root, engine: 'e1' }).get('k2')).toEqual(claims);
  });

  test('a new engine version misses and removes the old entries on its first write', () => {
    const old = new ClaimCache({ root, engine: 'e1' });
    expect(old.get('k1')).toEqual(claims);
    const next = new ClaimCache({ root, engine: 'e2' });
    expect(next.dir).not.toBe(old.dir);
    expect(next.get('k1')).toBeUndefined();
    next.set('k1', []);
    expect(existsSync(old.dir)).toBe(false);
    expect(next.get('k1')).toEqual([]);
    expect(new ClaimCache({ root, engine: 'e1' }).get('k1')).toBeUndefined();
  });

  test('a damaged or foreign entry is a miss, and the next write replaces it', () => {
    const cache = new ClaimCache({ root, engine: 'e3' });
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(path.join(cache.dir, 'bad.json'), '{"engine":"e3","key":"bad","claims":[');
    writeFileSync(path.join(cache.dir, 'other.json'), JSON.stringify({ engine: 'e9', key: 'other', claims }));
    expect(cache.get('bad')).toBeUndefined();
    expect(cache.get('other')).toBeUndefined();
    cache.set('bad', claims);
    expect(cache.get('bad')).toEqual(claims);
  });

  test('an unwritable cache folder is skipped silently', () => {
    const file = path.join(root, 'not-a-folder');
    writeFileSync(file, 'x');
    const cache = new ClaimCache({ root: file, engine: 'e1' });
    expect(() => cache.set('k', claims)).not.toThrow();
    expect(cache.get('k')).toBeUndefined();
    expect(cache.stats.errors).toBe(1);
  });

  test('writes leave no temporary files behind', () => {
    const cache = new ClaimCache({ root, engine: 'e4' });
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, claims);
    expect(readdirSync(cache.dir).sort()).toEqual(['k0.json', 'k1.json', 'k2.json', 'k3.json', 'k4.json']);
  });
});

describe('claimsOfSources through the cache (bundled story)', () => {
  let root: string;
  let jobs: SourceJob[];
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cc-stage-'));
    const { sources } = await readSources(BUNDLED);
    jobs = sources.map((s) => ({
      source: s,
      ctx: { source: s, reference: s.published?.date ?? '2025-10-23', referenceInferred: s.published?.inferred ?? true, tzOffsetMinutes: s.published?.tzOffsetMinutes },
    }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('cold: every source extracted and stored; warm: every source read back, equal claims', async () => {
    const fresh = jobs.map((j) => claimsOfSource(j.source, j.ctx));
    const cold = new ClaimCache({ root, engine: 'stage' });
    const progress: number[] = [];
    const first = await claimsOfSources(jobs, { cache: cold, workers: 0, onSource: (p) => progress.push(p.done) });
    expect(first).toEqual(fresh);
    expect(cold.stats).toEqual({ hits: 0, misses: jobs.length, writes: jobs.length, errors: 0 });
    expect(progress).toEqual(jobs.map((_, i) => i + 1));

    const warm = new ClaimCache({ root, engine: 'stage' });
    const seen: { done: number; cached: number; claims: number }[] = [];
    const second = await claimsOfSources(jobs, { cache: warm, workers: 0, onSource: (p) => seen.push(p) });
    expect(second).toEqual(fresh);
    expect(warm.stats).toEqual({ hits: jobs.length, misses: 0, writes: 0, errors: 0 });
    // Each hit is reported as it is read (a big story's entries take seconds to read).
    expect(seen.map((p) => p.cached)).toEqual(jobs.map((_, i) => i + 1));
    expect(seen.at(-1)).toEqual({ done: jobs.length, total: jobs.length, cached: jobs.length, claims: fresh.flat().length });
  });

  test('one changed source is the only one extracted again', async () => {
    const changed = jobs.map((j, i) =>
      i === 2 ? { source: { ...j.source, text: `${j.source.text}\nOfficials said 17 people attended.\n` }, ctx: j.ctx } : j,
    );
    changed[2].ctx = { ...changed[2].ctx, source: changed[2].source };
    const cache = new ClaimCache({ root, engine: 'stage' });
    const out = await claimsOfSources(changed, { cache, workers: 0 });
    expect(cache.stats.hits).toBe(jobs.length - 1);
    expect(cache.stats.misses).toBe(1);
    expect(out[2]).toEqual(claimsOfSource(changed[2].source, changed[2].ctx));
  });

  test('a different reference date (inferred from other sources) is another entry', async () => {
    const moved = jobs.map((j) => ({ source: j.source, ctx: { ...j.ctx, reference: '2025-11-02' } }));
    const cache = new ClaimCache({ root, engine: 'stage' });
    await claimsOfSources(moved, { cache, workers: 0 });
    expect(cache.stats.hits).toBe(0);
  });
});

describe('the pipeline with a cache', () => {
  test('run() gives the same result from the cache, and reports the stages', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cc-run-'));
    try {
      const plain = await run({ sourcesDir: BUNDLED, today: '2025-11-01' });
      const stages: string[] = [];
      const onProgress = (e: { stage: string }) => {
        if (stages[stages.length - 1] !== e.stage) stages.push(e.stage);
      };
      const cold = await run({ sourcesDir: BUNDLED, today: '2025-11-01', cache: new ClaimCache({ root, engine: 'run' }), onProgress });
      const warmCache = new ClaimCache({ root, engine: 'run' });
      const warm = await run({ sourcesDir: BUNDLED, today: '2025-11-01', cache: warmCache });
      expect(warmCache.stats.hits).toBe(plain.sources.length);
      expect(cold.claims).toEqual(plain.claims);
      expect(warm.claims).toEqual(plain.claims);
      expect(JSON.stringify(warm.groups)).toBe(JSON.stringify(plain.groups));
      expect(stages).toEqual(['read', 'extract', 'align', 'compare', 'provenance', 'done']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('worker threads', () => {
  test('only for stories with enough text, never more than the CPUs or the sources', () => {
    expect(autoWorkers(300_000, 100, 2)).toBe(0);
    expect(autoWorkers(6_000_000, 2000, 1)).toBe(0);
    expect(autoWorkers(6_000_000, 2000, 2)).toBe(2);
    expect(autoWorkers(6_000_000, 2000, 8)).toBe(8);
    expect(autoWorkers(3_000_000, 1000, 8)).toBe(6);
    expect(autoWorkers(1_500_000, 500, 8)).toBe(0);
    expect(autoWorkers(2_200_000, 700, 8)).toBe(4);
    expect(autoWorkers(6_000_000, 1, 8)).toBe(0);
  });

  test('are not used under ts-jest (no compiled worker): the stage runs in this thread', async () => {
    const { sources } = await readSources(BUNDLED);
    const jobs = sources.map((s) => ({ source: s, ctx: { source: s, reference: '2025-10-23', referenceInferred: false } }));
    const out = await claimsOfSources(jobs, { workers: 4 });
    expect(out).toEqual(jobs.map((j) => claimsOfSource(j.source, j.ctx)));
  });
});
