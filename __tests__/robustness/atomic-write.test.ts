// Nothing lost: a write that fails or is killed half-way leaves the previous
// file whole and, by the next write, no temporary file behind.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { isTempFile, removeStaleTemps, setRenameForTesting, writeFileAtomic } from '../../src/io/atomic-write.js';

const SOURCE = path.join(import.meta.dirname, '../../src/io/atomic-write.ts');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-atomic-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const temps = (dir: string) => readdirSync(dir).filter(isTempFile);

describe('writeFileAtomic', () => {
  test('writes, replaces, creates folders; no temporary file stays', () => {
    const file = path.join(tmp, 'a', 'b', 'report.json');
    writeFileAtomic(file, '{"v":1}\n');
    writeFileAtomic(file, '{"v":2}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}\n');
    expect(readdirSync(path.dirname(file))).toEqual(['report.json']);
  });

  test('a failing rename leaves the previous file intact and removes the temporary file', () => {
    const dir = path.join(tmp, 'rename-fails');
    mkdirSync(dir);
    const file = path.join(dir, 'catalogue.yaml');
    writeFileSync(file, 'previous: true\n');
    const previous = setRenameForTesting(() => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    try {
      expect(() => writeFileAtomic(file, 'next: true\n')).toThrow(/EXDEV/);
    } finally {
      setRenameForTesting(previous);
    }
    expect(readFileSync(file, 'utf8')).toBe('previous: true\n');
    expect(readdirSync(dir)).toEqual(['catalogue.yaml']);
  });

  test('a failing write (the target folder is a file) throws and leaves nothing', () => {
    const blocker = path.join(tmp, 'blocker');
    writeFileSync(blocker, 'x');
    expect(() => writeFileAtomic(path.join(blocker, 'out.txt'), 'y')).toThrow();
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  test('a symbolic link stays a link; an existing file keeps its permissions', () => {
    const dir = path.join(tmp, 'link');
    mkdirSync(dir);
    const real = path.join(dir, 'real.yaml');
    writeFileSync(real, 'old\n');
    chmodSync(real, 0o640);
    symlinkSync('real.yaml', path.join(dir, 'link.yaml'));
    writeFileAtomic(path.join(dir, 'link.yaml'), 'new\n');
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.yaml'))).toBe('real.yaml');
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(temps(dir)).toEqual([]);
  });

  test('stale temporary files of dead processes are removed, a live process’s are kept', () => {
    const dir = path.join(tmp, 'stale');
    mkdirSync(dir);
    const dead = path.join(dir, '.x.json.claimcheck-999999999-abcdef012345.tmp');
    const live = path.join(dir, `.x.json.claimcheck-${process.ppid}-abcdef012345.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'half');
    expect(removeStaleTemps(dir, true)).toEqual([dead]);
    expect(temps(dir)).toEqual([path.basename(live)]);
  });
});

/** The module as plain JavaScript, so a child process can run it. */
function compiledModule(dir: string): string {
  const out = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = path.join(dir, 'atomic-write.mjs');
  writeFileSync(file, out);
  return file;
}

describe('a process killed mid-write', () => {
  for (const signal of ['SIGKILL', 'SIGINT'] as const) {
    test(`${signal} while the temporary file is being written: the previous file is intact, the next write clears the leftover`, async () => {
      const dir = path.join(tmp, `killed-${signal}`);
      mkdirSync(dir);
      const target = path.join(dir, 'catalogue.yaml');
      const before = 'entries:\n  - id: keep-me\n    editorVerdict: confirmed-conflict\n';
      writeFileSync(target, before);
      const mod = compiledModule(tmp);
      // 256 MB: long enough to be caught half-way.
      const child = spawn(
        process.execPath,
        ['--input-type=module', '-e', `import { writeFileAtomic } from ${JSON.stringify(mod)}; writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(256 * 1024 * 1024));`],
        { stdio: 'ignore' },
      );
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      const t0 = Date.now();
      let seen = false;
      while (!seen && Date.now() - t0 < 20_000) {
        seen = temps(dir).some((n) => {
          try {
            return statSync(path.join(dir, n)).size > 0;
          } catch {
            return false;
          }
        });
        if (!seen) await new Promise((r) => setTimeout(r, 2));
      }
      child.kill(signal);
      await exited;
      expect(seen).toBe(true);
      // The target is the previous file, never half of the new one.
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(temps(dir).length).toBeLessThanOrEqual(1);
      // The next write (any process) removes the dead writer's temporary file.
      writeFileAtomic(path.join(dir, 'other.json'), '{}\n');
      expect(temps(dir)).toEqual([]);
      expect(readFileSync(target, 'utf8')).toBe(before);
    }, 30_000);
  }
});

describe('special files', () => {
  test('a device is written to, never renamed over (--output /dev/null)', () => {
    if (!statSync('/dev/null', { throwIfNoEntry: false })?.isCharacterDevice()) return;
    writeFileAtomic('/dev/null', 'nothing to keep\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
