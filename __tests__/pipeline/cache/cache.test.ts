// The claims cache: where it lives, keys, hits and misses, what an entry
// holds (no source text), invalidation by engine version, sweeping unused
// entries, damaged entries, and the extract stage reading through it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimsOfSources, autoWorkers, type SourceJob } from '../../../src/pipeline/extract.js';
import { claimsOfSource } from '../../../src/pipeline/per-source.js';
import { codeHash, ENGINE_VERSION, engineVersion, sourceKey } from '../../../src/pipeline/cache/key.js';
import { cacheRoot, ClaimCache, LEGACY_CACHE_DIR, projectFolder } from '../../../src/pipeline/cache/store.js';
import { readSources } from '../../../src/ingest/index.js';
import { run } from '../../../src/pipeline/run.js';
import type { Claim } from '../../../src/model/claim.js';
import type { Source } from '../../../src/model/source.js';

/** An entry's JSON, as stored (gzipped). */
const entryText = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');

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

describe('where the cache lives', () => {
  const home = () => '/home/from-os';
  test('$XDG_CACHE_HOME/claimcheck when XDG_CACHE_HOME is set', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' }, home)).toBe(path.join('/x/cache', 'claimcheck'));
  });
  test('~/.cache/claimcheck when it is unset, empty or relative (the XDG spec ignores a relative one)', () => {
    expect(cacheRoot({ HOME: '/home/u' }, home)).toBe(path.join('/home/u', '.cache', 'claimcheck'));
    expect(cacheRoot({ XDG_CACHE_HOME: '', HOME: '/home/u' }, home)).toBe(path.join('/home/u', '.cache', 'claimcheck'));
    expect(cacheRoot({ XDG_CACHE_HOME: 'rel/cache', HOME: '/home/u' }, home)).toBe(path.join('/home/u', '.cache', 'claimcheck'));
  });
  test('without HOME, the account\'s home folder', () => {
    expect(cacheRoot({}, home)).toBe(path.join('/home/from-os', '.cache', 'claimcheck'));
  });
  test('with no home folder at all, the temp folder', () => {
    const none = () => {
      throw new Error('no home');
    };
    expect(cacheRoot({}, none)).toBe(path.join(tmpdir(), 'claimcheck-cache'));
    expect(cacheRoot({}, () => '')).toBe(path.join(tmpdir(), 'claimcheck-cache'));
  });
  test('by default, never the working folder', () => {
    const cache = new ClaimCache({ engine: 'e' });
    expect(cache.root).toBe(cacheRoot());
    expect(cache.root).not.toBe(path.join(process.cwd(), LEGACY_CACHE_DIR));
  });
  test('one folder per project: named after it, told apart by its full path, the same however it is spelled', () => {
    const a = projectFolder('/work/story-a/sources');
    const b = projectFolder('/work/story-b/sources');
    expect(a).toMatch(/^sources-[0-9a-f]{16}$/);
    expect(b).not.toBe(a);
    expect(projectFolder('/work/story-a/sources/')).toBe(a);
    expect(projectFolder('/work/story-a/x/../sources')).toBe(a);
    const cache = new ClaimCache({ root: '/tmp/r', engine: 'e' });
    expect(cache.forProject('/work/story-a/sources').dir.startsWith(path.join('/tmp/r', a))).toBe(true);
  });
});

describe('ClaimCache', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cc-cache-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const src = source('Officials said 12 people attended the meeting in Lyon on Friday.', { id: 'x' });
  const claims = claimsOfSource(src, { source: src, ...ctx });
  const other = source('Police said 40 cars were damaged overnight.', { id: 'y' });
  const otherClaims = claimsOfSource(other, { source: other, ...ctx });

  test('miss, then hit after a write, with the same claims; the entry is one JSON file', () => {
    expect(claims.length).toBeGreaterThan(1);
    const cache = new ClaimCache({ root, engine: 'e1' });
    expect(cache.get('k1', src)).toBeUndefined();
    cache.set('k1', claims, src);
    expect(cache.get('k1', src)).toEqual(claims);
    expect(JSON.stringify(new ClaimCache({ root, engine: 'e1' }).get('k1', src))).toBe(JSON.stringify(claims));
    expect(cache.stats).toEqual({ hits: 1, misses: 1, writes: 1, errors: 0, swept: 0 });
    expect(readdirSync(cache.dir)).toEqual(['k1.json.gz']);
    expect(JSON.parse(entryText(path.join(cache.dir, 'k1.json.gz')))).toMatchObject({ engine: 'e1', key: 'k1' });
  });

  test('an entry holds what extraction found, not the text it read', () => {
    const cache = new ClaimCache({ root, engine: 'e1' });
    cache.set('k5', claims, src);
    const file = entryText(path.join(cache.dir, 'k5.json.gz'));
    // The subject is a few words of the sentence, chosen by extraction; the sentence itself is not stored.
    expect(file).not.toContain(src.text.trim());
    expect(file).not.toContain('Officials said 12 people');
    const stored = JSON.parse(file).claims as Record<string, unknown>[];
    for (const c of stored) {
      expect(c).not.toHaveProperty('text');
      expect(c.sentence).not.toHaveProperty('text');
      expect(c).not.toHaveProperty('sourceId');
      expect(c).not.toHaveProperty('id');
    }
  });

  test('a claim whose fields are not what its source gives keeps them (nothing is lost)', () => {
    const odd = { ...claims[0], id: 'custom', sourceId: 'elsewhere', text: 'twelve', sentence: { ...claims[0].sentence, text: 'Another sentence.' } };
    const cache = new ClaimCache({ root, engine: 'e1' });
    cache.set('k6', [odd], src);
    expect(cache.get('k6', src)).toEqual([odd]);
  });

  test('a new engine version misses and removes the old entries on its first write', () => {
    const old = new ClaimCache({ root, engine: 'e1' });
    expect(old.get('k1', src)).toEqual(claims);
    const next = new ClaimCache({ root, engine: 'e2' });
    expect(next.dir).not.toBe(old.dir);
    expect(next.get('k1', src)).toBeUndefined();
    next.set('k1', [], src);
    expect(existsSync(old.dir)).toBe(false);
    expect(next.get('k1', src)).toEqual([]);
    expect(new ClaimCache({ root, engine: 'e1' }).get('k1', src)).toBeUndefined();
  });

  test('a damaged or foreign entry is a miss, and the next write replaces it', () => {
    const cache = new ClaimCache({ root, engine: 'e3' });
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(path.join(cache.dir, 'bad.json.gz'), gzipSync('{"engine":"e3","key":"bad","claims":['));
    writeFileSync(path.join(cache.dir, 'other.json.gz'), gzipSync(JSON.stringify({ engine: 'e9', key: 'other', claims })));
    writeFileSync(path.join(cache.dir, 'raw.json.gz'), JSON.stringify({ engine: 'e3', key: 'raw', claims }));
    expect(cache.get('bad', src)).toBeUndefined();
    expect(cache.get('other', src)).toBeUndefined();
    expect(cache.get('raw', src)).toBeUndefined();
    cache.set('bad', claims, src);
    expect(cache.get('bad', src)).toEqual(claims);
  });

  test('an unwritable cache folder is skipped silently', () => {
    const file = path.join(root, 'not-a-folder');
    writeFileSync(file, 'x');
    const cache = new ClaimCache({ root: file, engine: 'e1' });
    expect(() => cache.set('k', claims, src)).not.toThrow();
    expect(cache.get('k', src)).toBeUndefined();
    expect(cache.stats.errors).toBe(1);
  });

  test('writes leave no temporary files behind', () => {
    const cache = new ClaimCache({ root, engine: 'e4' });
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, claims, src);
    expect(readdirSync(cache.dir).sort()).toEqual(['k0.json.gz', 'k1.json.gz', 'k2.json.gz', 'k3.json.gz', 'k4.json.gz']);
  });

  test('a project\'s entries that a run did not use (sources edited or removed) are swept after it', () => {
    const base = new ClaimCache({ root, engine: 'e5' });
    const first = base.forProject(path.join(root, 'story'));
    const [ka, kb] = ['a'.repeat(64), 'b'.repeat(64)];
    first.set(ka, claims, src);
    first.set(kb, otherClaims, other);
    first.sweep();
    expect(readdirSync(first.dir).sort()).toEqual([`${ka}.json.gz`, `${kb}.json.gz`]);
    const next = base.forProject(path.join(root, 'story'));
    expect(next.get(ka, src)).toEqual(claims);
    next.sweep();
    expect(readdirSync(next.dir)).toEqual([`${ka}.json.gz`]);
    expect(next.stats.swept).toBe(1);
    // Another project's entries are not touched.
    const elsewhere = base.forProject(path.join(root, 'other-story'));
    elsewhere.set(kb, otherClaims, other);
    base.forProject(path.join(root, 'story')).sweep();
    expect(elsewhere.get(kb, other)).toEqual(otherClaims);
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
    expect(cold.stats).toEqual({ hits: 0, misses: jobs.length, writes: jobs.length, errors: 0, swept: 0 });
    expect(progress).toEqual(jobs.map((_, i) => i + 1));

    const warm = new ClaimCache({ root, engine: 'stage' });
    const seen: { done: number; cached: number; claims: number }[] = [];
    const second = await claimsOfSources(jobs, { cache: warm, workers: 0, onSource: (p) => seen.push(p) });
    expect(second).toEqual(fresh);
    expect(warm.stats).toEqual({ hits: jobs.length, misses: 0, writes: 0, errors: 0, swept: 0 });
    // Each hit is reported as it is read (a big story's entries take seconds to read).
    expect(seen.map((p) => p.cached)).toEqual(jobs.map((_, i) => i + 1));
    expect(seen.at(-1)).toEqual({ done: jobs.length, total: jobs.length, cached: jobs.length, claims: fresh.flat().length });

    // The entries hold no source text: no sentence that holds a claim (other than a quote, whose words are its value) is in them.
    const files = readdirSync(cold.dir).map((f) => path.join(cold.dir, f));
    const stored = files.map(entryText).join('\n');
    const sentences = new Set(fresh.flat().filter((c) => c.kind !== 'quote' && c.sentence.text.length > 40).map((c) => c.sentence.text));
    expect(sentences.size).toBeGreaterThan(20);
    for (const t of sentences) expect(stored).not.toContain(JSON.stringify(t).slice(1, -1));
    // On disk, the story's entries take less room than its text (before: 8.4× the text).
    const chars = jobs.reduce((n, j) => n + Buffer.byteLength(j.source.text), 0);
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes).toBeLessThan(1.5 * chars);
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
