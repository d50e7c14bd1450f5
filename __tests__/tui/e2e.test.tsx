/**
 * End to end: the review app on a fixture run with a real catalogue file on
 * disk, driven by keys through runReview, as `claimcheck review` would.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReview, type WriteEvent } from '../../src/tui/app.js';
import { applyCatalogue } from '../../src/catalogue/apply.js';
import { readCatalogue } from '../../src/catalogue/read.js';
import { initCatalogue, type setVerdict } from '../../src/catalogue/write.js';
import type { RunResult } from '../../src/model/run.js';
import { buildFixture, fixtureJudge } from '../helpers/fixture-result.js';
import { FakeStdin } from '../../src/tools/fake-stdin.js';

class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = false;
  constructor(
    public columns = 100,
    public rows = 24,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
  /** The last frame drawn, without the escape codes ink uses to erase the one before. */
  lastFrame = () => {
    const f = this.frames[this.frames.length - 1] ?? '';
    const i = f.lastIndexOf('\x1b[G');
    return i >= 0 ? f.slice(i + 3) : f;
  };
}


// ink draws at most 30 frames a second: wait a little more than two frames per key.
const sleep = (ms = 80) => new Promise((r) => setTimeout(r, ms));

function start(result: RunResult, cataloguePath: string | undefined, size = { columns: 100, rows: 24 }, writeEntry?: typeof setVerdict) {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(size.columns, size.rows);
  const stderr = new FakeStdout();
  const writes: WriteEvent[] = [];
  const done = runReview(result, {
    cataloguePath,
    onWrite: (e) => writes.push(e),
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    color: false,
    writeEntry,
  });
  /** Wait until ink has drawn and then stayed quiet for a few frames (robust under a loaded CI). */
  const settle = async () => {
    let seen = stdout.frames.length;
    let quietSince = performance.now();
    const t0 = performance.now();
    while (performance.now() - t0 < 3000) {
      await sleep(10);
      if (stdout.frames.length !== seen) {
        seen = stdout.frames.length;
        quietSince = performance.now();
      } else if (performance.now() - quietSince >= 100) return;
    }
  };
  const type = async (...keys: string[]) => {
    for (const k of keys) {
      stdin.write(k);
      await settle();
    }
  };
  /** The footer's message above the keys line, its wrapped lines joined. */
  const status = () => {
    const rows = stdout.lastFrame().replace(/\n$/, '').split('\n');
    const from = rows.findIndex((r) => r.startsWith('⚠'));
    return from < 0 ? '' : rows.slice(from, -1).map((r) => r.trim()).join(' ');
  };
  return { stdin, stdout, done, type, settle, writes, status, frame: () => stdout.lastFrame() };
}

/** What the pipeline does with a catalogue folder. */
function withCatalogue(dir: string, edited = false): RunResult {
  const { result } = buildFixture({ edited });
  const read = readCatalogue(dir);
  if (!read.catalogue) return { ...result, diagnostics: read.diagnostics };
  const applied = applyCatalogue(result.groups, result.claims, read.catalogue, fixtureJudge);
  return { ...result, groups: applied.groups, review: applied.review, catalogue: read.catalogue, diagnostics: [...read.diagnostics, ...applied.diagnostics] };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
  file = join(dir, 'catalogue.yaml');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('review end to end', () => {
  test('j, Enter, 1, n + note + Enter, q: the verdict and note are on disk, comments survive, exit 0; a restart shows them', async () => {
    initCatalogue(buildFixture().result, file, { story: 'riverton-floods' });
    const original = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      original
        .replace('story: riverton-floods', '# desk: metro\nstory: riverton-floods # the March floods')
        .replace('  - id: quote-ortiz-fund', '  # ask the mayor’s office about this one\n  - id: quote-ortiz-fund'),
    );

    const app = start(withCatalogue(dir), file);
    await app.settle();
    expect(app.frame()).toContain('claimcheck review · riverton-floods · 3 sources · 11 claims · 3 facts');
    expect(app.frame()).toMatch(/▸ CONFLICT +· +3 .*homes damaged/);

    await app.type('j'); // second row: the quote conflict
    expect(app.frame()).toMatch(/▸ CONFLICT +· +3 .*Ortiz's words/);
    await app.type('\r');
    expect(app.frame()).toContain('CONFLICT · Ortiz\'s words on the fund');
    expect(app.frame()).toContain('Editor: no verdict yet');

    await app.type('1');
    expect(app.frame()).toContain('Editor: confirmed conflict');
    expect(app.frame()).toContain('Marked “confirmed conflict”.');

    await app.type('n');
    expect(app.frame()).toContain('Note on “Ortiz\'s words on the fund”:');
    await app.type('Courier', ' misquotes', 'x', '\x7f', '; check tape'); // \x7f = Backspace
    expect(app.frame()).toContain('Courier misquotes; check tape');
    await app.type('\r');
    expect(app.frame()).toContain('Editor: confirmed conflict — Courier misquotes; check tape');
    expect(app.frame()).toContain('Note saved.');

    await app.type('\x1b'); // back to the list
    expect(app.frame()).toMatch(/▸ CONFLICT +conf +3 .*Ortiz's words/);
    await app.type('q');
    await expect(app.done).resolves.toBe(0);

    // On disk: verdict, reviewed fingerprint, note; comments and order kept.
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# desk: metro\nstory: riverton-floods # the March floods\n');
    expect(text).toMatch(
      /  # ask the mayor’s office about this one\n  - id: quote-ortiz-fund\n    subject: Ortiz's words on the fund\n    kind: quote\n    verdict: confirmed-conflict\n    note: Courier misquotes; check tape\n    reviewed: [0-9a-f]{12}\n    statements:\n/,
    );
    expect(text.split('verdict:').length - 1).toBe(1);
    expect(readdirSync(dir)).toEqual(['catalogue.yaml']); // no temp files left
    expect(app.writes.map((w) => [w.change, w.entryId, w.verdict, w.note])).toEqual([
      ['verdict', 'quote-ortiz-fund', 'confirmed-conflict', undefined],
      ['note', 'quote-ortiz-fund', 'confirmed-conflict', 'Courier misquotes; check tape'],
    ]);

    // Restart: the verdict is still there, on the right fact.
    const again = start(withCatalogue(dir), file);
    await again.settle();
    expect(again.frame()).toMatch(/CONFLICT +conf +3 .*Ortiz's words/);
    expect(again.frame()).toContain('reviewed 1 of 3');
    await again.type('j', '\r');
    expect(again.frame()).toContain('Editor: confirmed conflict — Courier misquotes; check tape');
    await again.type('q');
    await expect(again.done).resolves.toBe(0);

    // After an edit to a source, the verdict follows its fact.
    const edited = start(withCatalogue(dir, true), file);
    await edited.settle();
    expect(edited.frame()).toMatch(/CONFLICT +conf +3 .*Ortiz's words/);
    await edited.type('q');
    await edited.done;
  });

  test('a verdict on a fact with no entry appends one; 0 clears it; filters narrow the list', async () => {
    writeFileSync(file, '# hand-made catalogue\nstory: riverton-floods\nentries: []\n');
    const app = start(withCatalogue(dir), file);
    await app.settle();
    await app.type('f'); // conflict
    expect(app.frame()).toContain('2 of 3 facts · verdict: conflict');
    await app.type('f', 'f'); // scope-differs, compatible
    expect(app.frame()).toContain('1 of 3 facts · verdict: compatible');
    expect(app.frame()).toMatch(/▸ compatible +· +3 .*when repairs begin/);
    await app.type('2');
    expect(app.frame()).toMatch(/▸ compatible +ok +3 .*when repairs begin/);
    let text = readFileSync(file, 'utf8');
    expect(text.startsWith('# hand-made catalogue\nstory: riverton-floods\nentries:\n  - id: date-repairs-begin\n    subject: when repairs begin\n    kind: date\n    verdict: not-a-conflict\n')).toBe(true);
    await app.type('0');
    expect(app.frame()).toMatch(/▸ compatible +· +3 .*when repairs begin/);
    text = readFileSync(file, 'utf8');
    expect(text).not.toContain('verdict:');
    expect(text).toContain('  - id: date-repairs-begin\n');

    await app.type('f', 'f', 'f'); // agree, needs-review, all
    expect(app.frame()).toContain('3 facts · verdict: all');
    await app.type('/', 'p', 'r', 'o', 'm', 'i', 's', 'e');
    expect(app.frame()).toContain('Filter: promise');
    await app.type('\r');
    expect(app.frame()).toContain('1 of 3 facts · verdict: all · text: “promise”');
    await app.type('\x1b');
    expect(app.frame()).toContain('3 facts · verdict: all');
    await app.type('q');
    await expect(app.done).resolves.toBe(0);
  });

  test('a catalogue that does not parse: said on the first screen with file and line, the file is untouched, the UI carries on, q exits 1', async () => {
    const broken = 'story: x\nentries:\n  - id: a\n    subject: a: b\n';
    writeFileSync(file, broken);
    const result = withCatalogue(dir);
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'claims/yaml-syntax', line: 4, column: 14 });
    const app = start(result, file);
    await app.settle();
    // The first frame, before any key.
    expect(app.status()).toMatch(/⚠ Catalogue not read, verdicts will not be saved \(exit code 1\): .*catalogue\.yaml:4:14: YAML syntax error/);
    await app.type('1');
    expect(app.frame()).toMatch(/⚠ Not saved: .*catalogue\.yaml:4:14: YAML syntax error/);
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(app.writes[0].error).toContain('YAML syntax error');
    await app.type('n', 'x', '\r');
    // The note field closes so the reason can be read.
    expect(app.frame()).not.toContain('Note on');
    expect(app.frame()).toMatch(/⚠ Not saved: .*YAML syntax error/);
    await app.type('j');
    expect(app.frame()).toMatch(/▸ CONFLICT +· +3 .*Ortiz's words/);
    // With the message moved on, the warning stays in the footer.
    await app.type('\x1b');
    expect(app.status()).toMatch(/⚠ Catalogue not read, verdicts will not be saved \(exit code 1\): .*catalogue\.yaml:4:14/);
    await app.type('q');
    await expect(app.done).resolves.toBe(1);
    expect(readdirSync(dir)).toEqual(['catalogue.yaml']);
  });

  test('a catalogue that cannot be written: a verdict and a note say so in words, where, and what to do', async () => {
    const { result } = buildFixture();
    const denied = (path: string) => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}.lock'`), { code: 'EACCES', errno: -13, syscall: 'open', path: `${path}.lock` });
    };
    const app = start(result, file, undefined, denied as typeof setVerdict);
    await app.settle();
    await app.type('1');
    const frame = app.frame();
    expect(frame).toContain('⚠ Not saved: the catalogue');
    expect(frame).toContain('cannot be written (permission denied)');
    expect(frame).not.toContain('EACCES');
    expect(app.writes[0].error).toContain('EACCES');
    const text = app.status();
    expect(text).toContain(file);
    expect(text).toContain('chmod u+w');
    expect(text).toContain('--claims DIR');
    await app.type('\x1b', 'n', 'o', 'k', '\r');
    expect(app.frame()).not.toContain('Note on');
    expect(app.frame()).toContain('cannot be written (permission denied)');
    await app.type('q');
    await expect(app.done).resolves.toBe(0);
  });

  test('without a catalogue path a verdict explains how to get one', async () => {
    const app = start(buildFixture().result, undefined);
    await app.settle();
    await app.type('1');
    expect(app.frame()).toContain('No catalogue to write to');
    await app.type('q');
    await expect(app.done).resolves.toBe(0);
  });

  test('2,000 facts at 80x24: the frame fits the terminal and keys stay quick', async () => {
    const { result } = buildFixture();
    const groups = [];
    for (let i = 0; i < 2000; i++) groups.push({ ...result.groups[i % 3], id: `fact-${i}`, subject: `fact number ${i}` });
    const app = start({ ...result, groups }, join(dir, 'catalogue.yaml'), { columns: 80, rows: 24 });
    await app.settle();
    const rows = app.frame().replace(/\n$/, '').split('\n');
    expect(rows.length).toBe(23);
    expect(rows.every((r) => [...r].length <= 80)).toBe(true);
    await app.type('j', 'j', 'j');
    expect(app.frame()).toMatch(/▸ CONFLICT .*fact number 1004\b/); // fourth in subject order
    // From a key press to the frame showing its effect, well under a tenth of a second.
    const t0 = performance.now();
    app.stdin.write('G');
    while (!/▸ compatible +· +3 .*fact number 997\b/.test(app.frame()) && performance.now() - t0 < 2000) await sleep(5);
    expect(performance.now() - t0).toBeLessThan(250);
    expect(app.frame().replace(/\n$/, '').split('\n').length).toBe(23);
    await app.type('q');
    await expect(app.done).resolves.toBe(0);
  });
});

describe('runReview without a keyboard', () => {
  test('draws once and resolves 0 instead of waiting for keys that never come', async () => {
    const stdin = new FakeStdin();
    stdin.isTTY = false;
    const stdout = new FakeStdout(100, 24);
    const code = await runReview(buildFixture().result, {
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
      color: false,
    });
    expect(code).toBe(0);
    expect(stdout.lastFrame()).toContain('claimcheck review · 3 sources · 11 claims · 3 facts');
  });
});
