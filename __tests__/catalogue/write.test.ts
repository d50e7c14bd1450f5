import { describe, expect, test, beforeEach, afterEach } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCatalogue } from '../../src/catalogue/read.js';
import { CatalogueWriteError, clearVerdict, initCatalogue, setVerdict, writeFileAtomic } from '../../src/catalogue/write.js';
import { fingerprint } from '../../src/catalogue/fingerprint.js';
import { statementsFor } from '../../src/catalogue/statements.js';
import { buildFixture } from '../helpers/fixture-result.js';
import { cachedDocument } from '../../src/catalogue/doc-cache.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-write-'));
  file = join(dir, 'catalogue.yaml');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HAND = `# My catalogue — keep this comment
story: riverton-floods

entries:
  # the headline number
  - id: homes-share   # editor's id
    kind: percent
    subject: Share of homes damaged
    # what each paper said
    statements:
      - source: harbor-gazette
        text: "damaged more than 40% of homes"
      - {source: valley-courier, text: about 25 percent of homes}
    hints: [homes, lower district]

  - id: ortiz-quote
    subject: the mayor's words
    kind: quote
    note: old note # to be replaced
    statements: []
`;

const onlyCatalogue = () => readdirSync(dir);

describe('setVerdict', () => {
  test('records verdict, note and reviewed fingerprint, keeping comments and key order', () => {
    writeFileSync(file, HAND);
    const entry = setVerdict(file, 'homes-share', { verdict: 'confirmed-conflict', note: 'county: 25% is right' });
    const fp = fingerprint([
      { source: 'harbor-gazette', text: 'damaged more than 40% of homes' },
      { source: 'valley-courier', text: 'about 25 percent of homes' },
    ]);
    expect(entry).toMatchObject({ id: 'homes-share', editorVerdict: 'confirmed-conflict', note: 'county: 25% is right', reviewed: fp });
    expect(readFileSync(file, 'utf8')).toBe(`# My catalogue — keep this comment
story: riverton-floods

entries:
  # the headline number
  - id: homes-share # editor's id
    kind: percent
    subject: Share of homes damaged
    verdict: confirmed-conflict
    note: "county: 25% is right"
    reviewed: ${fp}
    # what each paper said
    statements:
      - source: harbor-gazette
        text: "damaged more than 40% of homes"
      - { source: valley-courier, text: about 25 percent of homes }
    hints: [ homes, lower district ]

  - id: ortiz-quote
    subject: the mayor's words
    kind: quote
    note: old note # to be replaced
    statements: []
`);
    expect(onlyCatalogue()).toEqual(['catalogue.yaml']);
  });

  test('replacing a note keeps its place; clearing the verdict keeps the note', () => {
    writeFileSync(file, HAND);
    setVerdict(file, 'ortiz-quote', { verdict: 'needs-follow-up', note: 'ask the desk' });
    let text = readFileSync(file, 'utf8');
    expect(text).toContain('    note: ask the desk # to be replaced\n');
    expect(text).toMatch(/kind: quote\n    verdict: needs-follow-up\n    note: ask the desk # to be replaced\n    reviewed: \S+\n    statements: \[\]/);
    clearVerdict(file, 'ortiz-quote');
    text = readFileSync(file, 'utf8');
    expect(text).not.toContain('verdict:');
    expect(text).not.toContain('reviewed:');
    expect(text).toContain('note: ask the desk');
    setVerdict(file, 'ortiz-quote', { note: '' });
    expect(readFileSync(file, 'utf8')).not.toContain('note:');
  });

  test('the statements given replace the list and set the fingerprint', () => {
    writeFileSync(file, HAND);
    const statements = [
      { source: 'harbor-gazette', text: 'fund after floods damaged more than 42% of homes in the' },
      { source: 'valley-courier', text: 'Floodwaters reached about 25 percent of homes in the lower' },
    ];
    const entry = setVerdict(file, 'homes-share', { verdict: 'not-a-conflict', statements });
    expect(entry.statements).toEqual(statements);
    expect(entry.reviewed).toBe(fingerprint(statements));
    const back = readCatalogue(dir).catalogue!.entries[0];
    expect(back.statements).toEqual(statements);
    expect(readFileSync(file, 'utf8')).toContain('# what each paper said\n    statements:\n      - source: harbor-gazette\n        text: "fund after floods damaged more than 42% of homes in the"\n');
  });

  test('an unknown id appends a new entry (and creates the file when missing)', () => {
    const { result } = buildFixture();
    const g = result.groups[1];
    const entry = setVerdict(file, g.id, {
      verdict: 'not-a-conflict',
      subject: g.subject,
      kind: g.kind,
      statements: statementsFor(g.claims),
    });
    expect(entry).toMatchObject({ id: 'date-repairs-begin', kind: 'date', subject: 'when repairs begin', editorVerdict: 'not-a-conflict' });
    const r = readCatalogue(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.catalogue!.entries).toHaveLength(1);
    expect(r.catalogue!.entries[0].statements).toEqual([
      { source: 'harbor-gazette', text: 'Repairs will begin on Monday, March 16, officials said.' },
      { source: 'river-post', text: 'Repairs start March 16.' },
      { source: 'valley-courier', text: 'set to start repairs next week.' },
    ]);
    // and appends after existing entries in a hand-written file
    writeFileSync(file, HAND);
    setVerdict(file, g.id, { verdict: 'needs-follow-up', subject: g.subject, kind: g.kind, statements: statementsFor(g.claims) });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(HAND.split('\n  - id: ortiz-quote')[0].replace('homes-share   #', 'homes-share #').replace('{source: valley-courier, text: about 25 percent of homes}', '{ source: valley-courier, text: about 25 percent of homes }').replace('[homes, lower district]', '[ homes, lower district ]'))).toBe(true);
    expect(readCatalogue(dir).catalogue!.entries.map((e) => e.id)).toEqual(['homes-share', 'ortiz-quote', 'date-repairs-begin']);
  });

  test('an unknown id without a kind is an error and nothing is written', () => {
    writeFileSync(file, HAND);
    expect(() => setVerdict(file, 'nope', { verdict: 'not-a-conflict' })).toThrow(CatalogueWriteError);
    expect(readFileSync(file, 'utf8')).toBe(HAND);
  });

  test('a catalogue that does not parse is never overwritten', () => {
    const broken = HAND.replace('subject: Share of homes damaged', 'subject: Share: of homes: damaged');
    writeFileSync(file, broken);
    let error: unknown;
    try {
      setVerdict(file, 'homes-share', { verdict: 'confirmed-conflict' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogueWriteError);
    expect((error as CatalogueWriteError).line).toBe(8);
    expect((error as Error).message).toMatch(/catalogue\.yaml:8:\d+: YAML syntax error \(.*\); the catalogue is not changed — fix it first\./);
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(() => clearVerdict(file, 'homes-share')).toThrow(CatalogueWriteError);
    expect(() => initCatalogue(buildFixture().result, file, { force: true })).toThrow(CatalogueWriteError);
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(onlyCatalogue()).toEqual(['catalogue.yaml']);
  });

  test('a file that is YAML but not a catalogue is not overwritten either', () => {
    writeFileSync(file, '- just\n- a list of words\n');
    expect(() => setVerdict(file, 'x', { verdict: 'not-a-conflict', kind: 'count' })).toThrow(/not changed|is not/);
    expect(readFileSync(file, 'utf8')).toBe('- just\n- a list of words\n');
  });
});

describe('writeFileAtomic', () => {
  test('replaces the file and leaves no temp file', () => {
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(onlyCatalogue()).toEqual(['catalogue.yaml']);
  });

  test('a failed rename leaves the target alone and removes the temp file', () => {
    const target = join(dir, 'is-a-folder');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(target, 'text')).toThrow(CatalogueWriteError);
    expect(readdirSync(dir)).toEqual(['is-a-folder']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});

describe('initCatalogue', () => {
  test('writes one entry per multi-source group, with statements and no verdicts', () => {
    const { result } = buildFixture();
    const out = initCatalogue(result, file, { story: 'riverton-floods' });
    expect(out).toEqual({ path: file, entries: 3 });
    const r = readCatalogue(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.catalogue!.story).toBe('riverton-floods');
    expect(r.catalogue!.entries.map((e) => [e.id, e.kind, e.subject, e.editorVerdict])).toEqual([
      ['percent-homes-damaged-lower-district', 'percent', 'homes damaged in the lower district', undefined],
      ['date-repairs-begin', 'date', 'when repairs begin', undefined],
      ['quote-ortiz-fund', 'quote', "Ortiz's words on the fund", undefined],
    ]);
    expect(r.catalogue!.entries[0].statements).toEqual([
      { source: 'harbor-gazette', text: 'fund after floods damaged more than 40% of homes in the' },
      { source: 'river-post', text: 'More than 40 percent of homes in the' },
      { source: 'valley-courier', text: 'Floodwaters reached about 25 percent of homes in the' },
    ]);
    expect(r.catalogue!.entries[2].statements[0]).toEqual({ source: 'harbor-gazette', text: '"a promise kept to every family on the river."' });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Story catalogue for claimcheck')).toBe(true);
    expect(onlyCatalogue()).toEqual(['catalogue.yaml']);
  });

  test('does not replace an existing catalogue unless forced', () => {
    writeFileSync(file, HAND);
    expect(() => initCatalogue(buildFixture().result, file)).toThrow(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe(HAND);
    initCatalogue(buildFixture().result, file, { force: true });
    expect(readCatalogue(dir).catalogue!.entries).toHaveLength(3);
  });

  test('creates the claims folder when missing', () => {
    const nested = join(dir, 'claims', 'catalogue.yaml');
    initCatalogue(buildFixture().result, nested);
    expect(readCatalogue(join(dir, 'claims')).catalogue!.entries).toHaveLength(3);
  });
});

describe('large catalogues', () => {
  test('consecutive verdicts reuse the parsed document until the file changes on disk', () => {
    const { result } = buildFixture();
    const groups = [];
    for (let i = 0; i < 1500; i++) groups.push({ ...result.groups[i % 3], id: `fact-${i}` });
    initCatalogue({ ...result, groups }, file);
    setVerdict(file, 'fact-10', { verdict: 'confirmed-conflict' });
    // The document written is kept for the next verdict, as long as the file holds its text.
    const kept = cachedDocument(file, readFileSync(file, 'utf8'));
    expect(kept).toBeDefined();
    for (let i = 0; i < 5; i++) setVerdict(file, `fact-${20 + i}`, { verdict: 'not-a-conflict', note: `n${i}` });
    expect(cachedDocument(file, readFileSync(file, 'utf8'))).toBe(kept);
    // A hand edit between two writes is seen (and kept).
    writeFileSync(file, readFileSync(file, 'utf8').replace('entries:\n', '# edited by hand\nentries:\n'));
    expect(cachedDocument(file, readFileSync(file, 'utf8'))).toBeUndefined();
    setVerdict(file, 'fact-30', { verdict: 'needs-follow-up' });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# edited by hand\nentries:\n');
    const entries = readCatalogue(dir).catalogue!.entries;
    expect(entries.filter((e) => e.editorVerdict).map((e) => [e.id, e.editorVerdict, e.note])).toEqual([
      ['fact-10', 'confirmed-conflict', undefined],
      ['fact-20', 'not-a-conflict', 'n0'],
      ['fact-21', 'not-a-conflict', 'n1'],
      ['fact-22', 'not-a-conflict', 'n2'],
      ['fact-23', 'not-a-conflict', 'n3'],
      ['fact-24', 'not-a-conflict', 'n4'],
      ['fact-30', 'needs-follow-up', undefined],
    ]);
    expect(onlyCatalogue()).toEqual(['catalogue.yaml']);
  });
});
