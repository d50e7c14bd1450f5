import { describe, expect, test, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryLocation, readCatalogue } from '../../src/catalogue/read.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = `# The story's facts
story: riverton-floods
entries:
  - id: homes-share
    subject: Share of homes damaged
    kind: percent
    verdict: confirmed-conflict
    note: county survey says 25%
    reviewed: "0a1b2c3d4e5f"
    statements:
      - source: harbor-gazette
        text: "damaged more than 40% of homes"
      - {source: valley-courier, text: about 25 percent of homes}
    hints: [homes, lower district]
  - id: repairs
    subject: When repairs begin
    kind: date
    statements: []
    hints: repairs
`;

describe('readCatalogue', () => {
  test('reads entries, story, statements, hints, verdict and fingerprint', () => {
    writeFileSync(join(dir, 'catalogue.yaml'), GOOD);
    const r = readCatalogue(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.catalogue?.path).toBe(join(dir, 'catalogue.yaml'));
    expect(r.catalogue?.story).toBe('riverton-floods');
    expect(r.catalogue?.entries).toEqual([
      {
        id: 'homes-share',
        subject: 'Share of homes damaged',
        kind: 'percent',
        editorVerdict: 'confirmed-conflict',
        note: 'county survey says 25%',
        reviewed: '0a1b2c3d4e5f',
        statements: [
          { source: 'harbor-gazette', text: 'damaged more than 40% of homes' },
          { source: 'valley-courier', text: 'about 25 percent of homes' },
        ],
        hints: ['homes', 'lower district'],
      },
      { id: 'repairs', subject: 'When repairs begin', kind: 'date', statements: [], hints: ['repairs'] },
    ]);
    expect(entryLocation(r.catalogue!.entries[1])).toEqual({ file: join(dir, 'catalogue.yaml'), line: 15, column: 5 });
    expect(r.documents.map((d) => [d.writable, d.entryIds])).toEqual([[true, ['homes-share', 'repairs']]]);
  });

  test('a missing folder is no catalogue and no error', () => {
    const r = readCatalogue(join(dir, 'nope'));
    expect(r).toEqual({ catalogue: undefined, diagnostics: [], documents: [] });
  });

  test('a YAML syntax error is reported with file, line and column and the file is marked not writable', () => {
    const file = join(dir, 'catalogue.yaml');
    writeFileSync(file, 'story: x\nentries:\n  - id: a\n    subject: a: b\n    kind: percent\n');
    const r = readCatalogue(dir);
    expect(r.catalogue).toBeUndefined();
    expect(r.documents).toEqual([{ file, doc: undefined, writable: false, entryIds: [] }]);
    const d = r.diagnostics[0];
    expect(d).toMatchObject({ severity: 'error', file, ruleId: 'claims/yaml-syntax', skipped: true, line: 4, column: 14 });
    expect(d.message).toBe(
      'YAML syntax error: Nested mappings are not allowed in compact mappings. Fix the file; claimcheck will not change it until it parses.',
    );
  });

  test('bad indentation reports the line of the problem', () => {
    writeFileSync(join(dir, 'catalogue.yaml'), 'entries:\n  - id: a\n    kind: percent\n   subject: x\n');
    const d = readCatalogue(dir).diagnostics.find((x) => x.ruleId === 'claims/yaml-syntax');
    expect(d?.line).toBe(4);
    expect(d?.column).toBeGreaterThan(0);
  });

  test('unknown and invalid fields are warnings with line numbers; the rest is kept', () => {
    writeFileSync(
      join(dir, 'catalogue.yaml'),
      [
        'storry: typo', // 1
        'entries:', // 2
        '  - id: a', // 3
        '    kind: percent', // 4
        '    subject: A', // 5
        '    verdikt: confirmed-conflict', // 6
        '    verdict: maybe', // 7
        '    statements:', // 8
        '      - {source: s1, txt: oops}', // 9
        '      - {source: s1, text: ok text}', // 10
        '  - id: b', // 11
        '    kind: percentage', // 12
        '    subject: B', // 13
        '  - just a string', // 14
        '',
      ].join('\n'),
    );
    const r = readCatalogue(dir);
    const brief = r.diagnostics.map((d) => [d.severity, d.ruleId, d.line, d.column]);
    expect(brief).toEqual([
      ['warning', 'claims/unknown-field', 1, 1],
      ['warning', 'claims/unknown-field', 6, 5],
      ['warning', 'claims/invalid-field', 7, 14],
      ['warning', 'claims/unknown-field', 9, 22],
      ['warning', 'claims/missing-field', 9, 9],
      ['warning', 'claims/invalid-field', 12, 11],
      ['warning', 'claims/invalid-entry', 14, 5],
    ]);
    expect(r.diagnostics[5].message).toContain("Entry 'b' needs a 'kind'");
    expect(r.catalogue?.entries).toEqual([
      { id: 'a', subject: 'A', kind: 'percent', statements: [{ source: 's1', text: 'ok text' }] },
    ]);
  });

  test('several files are read, catalogue.yaml first; a repeated id is a warning', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b-extra.yml'), 'entries:\n  - {id: x, kind: count, subject: X, hints: [people]}\n  - {id: homes-share, kind: count, subject: dup, hints: [h]}\n');
    writeFileSync(join(dir, 'catalogue.yaml'), GOOD);
    writeFileSync(join(dir, 'notes.txt'), 'not yaml');
    const r = readCatalogue(dir);
    expect(r.catalogue?.path).toBe(join(dir, 'catalogue.yaml'));
    expect(r.catalogue?.entries.map((e) => e.id)).toEqual(['homes-share', 'repairs', 'x']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'claims/duplicate-id', file: join(dir, 'b-extra.yml'), line: 3, column: 5 });
    expect(r.diagnostics[0].message).toContain('catalogue.yaml:4');
  });

  test('a broken file does not hide the good ones', () => {
    writeFileSync(join(dir, 'catalogue.yaml'), GOOD);
    writeFileSync(join(dir, 'extra.yaml'), 'entries: [\n');
    const r = readCatalogue(dir);
    expect(r.catalogue?.entries).toHaveLength(2);
    expect(r.documents.map((d) => d.writable)).toEqual([true, false]);
    expect(r.diagnostics.every((d) => d.ruleId === 'claims/yaml-syntax' && d.file.endsWith('extra.yaml'))).toBe(true);
  });

  test('a catalogue whose top level is not a map is an error and not writable', () => {
    writeFileSync(join(dir, 'catalogue.yaml'), '"just text"\n');
    const r = readCatalogue(dir);
    expect(r.catalogue).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'claims/not-a-catalogue', line: 1, column: 1 });
  });
});
