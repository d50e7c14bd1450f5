// Bad input: each problem is one diagnostic naming the file, what is wrong
// and what to do; the file is skipped (skipped: true) or read without the
// broken part; the run goes on with the rest.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { readSourceFile, readSourcePaths, readSources } from '../../src/ingest/index.js';
import { openErrorDiagnostic, sizeLimit } from '../../src/ingest/read.js';
import { splitSentences } from '../../src/text/sentences/split.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

const BAD = path.join(import.meta.dirname, '../fixtures/input/bad');
const row = (d: Diagnostic) => [path.basename(d.file), d.severity, d.ruleId, d.line ?? null, d.column ?? null, d.skipped ?? false];

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'claimcheck-bad-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env.CLAIMCHECK_MAX_FILE_MB;
});

describe('the bad-input fixture folder', () => {
  test('one diagnostic per problem, the good parts still read (limit set to 0.00025 MB = 262 bytes)', async () => {
    process.env.CLAIMCHECK_MAX_FILE_MB = '0.00025';
    const { sources, diagnostics } = await readSources(BAD);
    expect(diagnostics.map(row)).toEqual([
      ['binary.txt', 'warning', 'ingest/binary-file', null, null, true],
      ['blank.md', 'warning', 'ingest/empty-file', null, null, true],
      ['controls.txt', 'warning', 'ingest/binary-file', null, null, true],
      ['empty.txt', 'warning', 'ingest/empty-file', null, null, true],
      ['front-matter-broken.md', 'error', 'ingest/front-matter-yaml', 4, 1, false],
      ['front-matter-broken.md', 'error', 'ingest/front-matter-yaml', 5, 1, false],
      ['front-matter-unclosed.md', 'warning', 'ingest/front-matter-unclosed', 1, 1, false],
      ['front-matter-unknown.md', 'warning', 'ingest/front-matter-key', 4, 1, false],
      ['front-matter-unknown.md', 'warning', 'ingest/front-matter-key', 5, 1, false],
      ['oversize.txt', 'warning', 'ingest/too-large', null, null, true],
      // Its front matter ignored, the broken file has no date: it takes the others'.
      ['front-matter-broken.md', 'info', 'ingest/date-inferred', null, null, false],
    ]);
    expect(sources.map((s) => s.id)).toEqual(['front-matter-broken', 'front-matter-unclosed', 'front-matter-unknown', 'good']);
    const message = (name: string) => diagnostics.find((d) => path.basename(d.file) === name)!.message;
    expect(message('binary.txt')).toBe('The file does not look like text (it contains NUL bytes); it was skipped — save the article as plain text (.txt, .md) or a web page (.html).');
    expect(message('controls.txt')).toMatch(/^The file does not look like text \(\d+ % of its characters are control characters\)/);
    expect(message('empty.txt')).toBe('The file is empty (0 bytes); it was skipped — save the article into it, or remove it.');
    expect(message('oversize.txt')).toBe(
      'The file is 273 bytes, over the 0.00025 MB limit for one source; it was skipped — to read it, raise the limit with the environment variable CLAIMCHECK_MAX_FILE_MB=2.',
    );
    expect(message('front-matter-broken.md')).toBe(
      'Front matter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); its values were ignored and the article was read without them — fix the YAML at this position.',
    );
    expect(message('front-matter-unknown.md')).toBe('Unknown front-matter key "author" (known keys: outlet, title, published, url); it was ignored.');
  });

  test('broken front matter: the article is still read, the block excluded; its sentences are found', async () => {
    const { sources } = await readSources(BAD);
    const broken = sources.find((s) => s.id === 'front-matter-broken')!;
    expect(broken.outlet).toBeUndefined();
    expect(broken.excluded[0]).toMatchObject({ start: 0, reason: 'front-matter' });
    expect(splitSentences(broken).map((s) => s.text)).toEqual([
      'Bridge closes for repairs (broken front matter)',
      'The Old Mill bridge will close for 14 days from Monday, the transport department said.',
    ]);
    // Unclosed: read as plain text; the "---" rule is furniture, the "published:" line a date line.
    const unclosed = sources.find((s) => s.id === 'front-matter-unclosed')!;
    expect(unclosed.excluded.map((r) => [r.reason, unclosed.text.slice(r.start, r.end)])).toEqual([
      ['boilerplate', '---'],
      ['metadata', 'published: 2025-03-03'],
    ]);
    const unknown = sources.find((s) => s.id === 'front-matter-unknown')!;
    expect([unknown.outlet, unknown.published?.date]).toEqual(['Hill Times', '2025-03-03']);
  });

  test('the size limit: default 5 MB, CLAIMCHECK_MAX_FILE_MB raises it, a bad value warns and keeps the default', () => {
    expect(sizeLimit({})).toEqual({ mb: 5, bytes: 5 * 1024 * 1024 });
    expect(sizeLimit({ CLAIMCHECK_MAX_FILE_MB: '20' })).toEqual({ mb: 20, bytes: 20 * 1024 * 1024 });
    const bad = sizeLimit({ CLAIMCHECK_MAX_FILE_MB: 'lots' });
    expect(bad.mb).toBe(5);
    expect(bad.problem).toMatchObject({ severity: 'warning', file: 'CLAIMCHECK_MAX_FILE_MB', ruleId: 'ingest/size-limit-setting' });
  });

  test('a 6 MB file is over the default limit; the message names the limit and how to raise it', async () => {
    const big = path.join(tmp, 'big.txt');
    await writeFile(big, 'Prose. '.repeat(900_000));
    const { source, diagnostics } = await readSourceFile(big);
    expect(source).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The file is 6.0 MB, over the 5 MB limit for one source; it was skipped — to read it, raise the limit with the environment variable CLAIMCHECK_MAX_FILE_MB=8.',
    ]);
    process.env.CLAIMCHECK_MAX_FILE_MB = '8';
    const again = await readSourceFile(big);
    expect(again.source).toBeDefined();
  });
});

describe('the file system', () => {
  test('symbolic link loops, dangling links, links to folders and FIFOs: one diagnostic each, the rest is read', async () => {
    const dir = path.join(tmp, 'links');
    await mkdir(dir);
    await copyFile(path.join(BAD, 'good.md'), path.join(dir, 'good.md'));
    await symlink('loop-b.md', path.join(dir, 'loop-a.md'));
    await symlink('loop-a.md', path.join(dir, 'loop-b.md'));
    await symlink('self.txt', path.join(dir, 'self.txt'));
    await symlink('missing.md', path.join(dir, 'dangling.md'));
    await symlink('good.md', path.join(dir, 'alias.md'));
    await mkdir(path.join(dir, 'folder'));
    await symlink('folder', path.join(dir, 'folder-link.md'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    // The FIFO must not block: were it opened, this would hang until the test times out.
    const { sources, diagnostics } = await readSources(dir);
    expect(diagnostics.map(row)).toEqual([
      ['dangling.md', 'error', 'ingest/dangling-link', null, null, true],
      ['folder-link.md', 'info', 'ingest/not-a-source', null, null, false],
      ['loop-a.md', 'error', 'ingest/symlink-loop', null, null, true],
      ['loop-b.md', 'error', 'ingest/symlink-loop', null, null, true],
      ['pipe.txt', 'warning', 'ingest/not-a-file', null, null, true],
      ['self.txt', 'error', 'ingest/symlink-loop', null, null, true],
    ]);
    expect(sources.map((s) => s.id)).toEqual(['alias', 'good']);
    expect(diagnostics[0].message).toBe('The file is a symbolic link to a file that does not exist (a dangling link); it was skipped — fix the link or remove it.');
    expect(diagnostics[2].message).toBe('The file is a symbolic link that loops back on itself (too many levels of links); it was skipped — point the link at a real file or remove it.');
    // Named on the command line, the same.
    const named = await readSourcePaths([path.join(dir, 'loop-a.md'), path.join(dir, 'dangling.md'), path.join(dir, 'good.md')]);
    expect(named.diagnostics.map((d) => d.ruleId)).toEqual(['ingest/symlink-loop', 'ingest/dangling-link']);
    expect(named.sources.map((s) => s.id)).toEqual(['good']);
  });

  test('an unreadable file (EACCES): one error, skipped, the message says what to do', async () => {
    const file = path.join(tmp, 'secret.md');
    await writeFile(file, 'Secret budget of $5 million.\n');
    await chmod(file, 0o000);
    const root = process.getuid?.() === 0; // root reads anything: check the message on the real error code instead
    const diagnostic = root
      ? await openErrorDiagnostic(file, Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' }))
      : (await readSourceFile(file)).diagnostics[0];
    await chmod(file, 0o644);
    expect(diagnostic).toEqual({
      severity: 'error',
      file,
      message: 'The file cannot be read: permission denied; it was skipped — make it readable (chmod a+r) or move it out of the folder.',
      ruleId: 'ingest/permission-denied',
      skipped: true,
    });
  });

  test('a folder that does not exist, or is a file', async () => {
    expect((await readSources(path.join(tmp, 'nope'))).diagnostics.map((d) => d.message)).toEqual(['Cannot read the folder: the folder does not exist — check the path.']);
    expect((await readSources(path.join(BAD, 'good.md'))).diagnostics.map((d) => d.message)).toEqual(['Cannot read the folder: it is not a folder — name a folder of articles.']);
  });

  test('a file name with escape sequences is reported with them removed from the message', async () => {
    const dir = path.join(tmp, 'names');
    await mkdir(dir);
    await writeFile(path.join(dir, 'a.md'), 'One.\n');
    await writeFile(path.join(dir, 'a.txt'), 'Two.\n');
    await writeFile(path.join(dir, 'x.p\x1b[2Jdf'), 'pdf');
    const { diagnostics } = await readSources(dir);
    for (const d of diagnostics) expect(d.message).not.toMatch(/\x1b/);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'not a source (.pdf): only .md, .markdown, .txt, .html, .htm files are read.',
      'Another source already has the id "a"; this one is called "a.txt" (rename one of the files).',
    ]);
  });
});

describe('a folder of 10,000 files', () => {
  test('read and split in linear time (measured: see the report)', async () => {
    const N = 10_000;
    const folder = (n: number) => path.join(tmp, `many-${n}`);
    for (const n of [N / 8, N]) {
      await mkdir(folder(n));
      const writes: Promise<void>[] = [];
      for (let i = 0; i < n; i++) {
        writes.push(writeFile(path.join(folder(n), `s${String(i).padStart(5, '0')}.md`), `---\npublished: 2025-03-03\n---\nStory ${i}\n\nThe bridge will close for ${(i % 30) + 1} days, officials said. Repairs cost $${i}.5 million.\n`));
        if (writes.length === 256) await Promise.all(writes.splice(0));
      }
      await Promise.all(writes);
      await writeFile(path.join(folder(n), 'zz-empty.txt'), '');
    }
    const readAndSplit = async (n: number) => {
      const { sources, diagnostics } = await readSources(folder(n));
      let sentences = 0;
      for (const s of sources) sentences += splitSentences(s).length;
      return { sources, diagnostics, sentences };
    };
    const { sources, diagnostics, sentences } = await readAndSplit(N);
    expect(sources.length).toBe(N);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ingest/empty-file']);
    expect(sentences).toBe(3 * N);
    // About 2 s for 10,000 files on the 2-core reference machine (npm run bench measures speed).
    expect(await growthRatio(readAndSplit, N / 8, 8, 2)).toBeLessThan(linearBound(8));
    expect(await readdir(folder(N))).toHaveLength(N + 1);
  }, 60_000);
});

describe('random bytes', () => {
  test('a 64 KiB file of seeded random bytes with no control codes is skipped as binary, named in the diagnostic', async () => {
    const dir = path.join(tmp, 'random');
    await mkdir(dir);
    let s = 2025;
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      bytes[i] = 0x20 + ((s >>> 16) % 0xe0); // 0x20–0xFF: no NUL, no C0 control
    }
    await writeFile(path.join(dir, 'binary.txt'), bytes);
    await copyFile(path.join(BAD, 'good.md'), path.join(dir, 'good.md'));
    const { sources, diagnostics } = await readSources(dir);
    expect(sources.map((x) => x.id)).toEqual(['good']);
    expect(diagnostics.map(row)).toEqual([['binary.txt', 'warning', 'ingest/binary-file', null, null, true]]);
    expect(diagnostics[0].message).toMatch(/^The file does not look like text \(it is not valid UTF-8, UTF-16 or Windows-1252 text: .*\); it was skipped/);
  });
});
