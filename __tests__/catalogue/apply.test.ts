import { describe, expect, test, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCatalogue, hintedClaims, statementScore } from '../../src/catalogue/apply.js';
import { fingerprint, fingerprintClaims } from '../../src/catalogue/fingerprint.js';
import { readCatalogue } from '../../src/catalogue/read.js';
import { statementsFor, statementText } from '../../src/catalogue/statements.js';
import { initCatalogue, setVerdict } from '../../src/catalogue/write.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import type { JudgedGroup } from '../../src/model/judgement.js';
import { buildFixture, fixtureJudge } from '../helpers/fixture-result.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-apply-'));
  file = join(dir, 'catalogue.yaml');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function load(): Catalogue {
  const r = readCatalogue(dir);
  expect(r.diagnostics).toEqual([]);
  return r.catalogue!;
}

const ids = (groups: JudgedGroup[]) => groups.map((g) => g.id);

describe('statements and fingerprints', () => {
  test('statement text is the value with up to four words of its sentence each side', () => {
    const { claims } = buildFixture();
    expect(statementText(claims.gazettePercent)).toBe('fund after floods damaged more than 40% of homes in the');
    expect(statementText(claims.gazetteVote)).toBe('The city council voted on Thursday to approve a relief');
    expect(statementText(claims.postDate)).toBe('Repairs start March 16.');
    expect(statementText(claims.courierQuote)).toBe('"a first step, not a promise kept."');
  });

  test('fingerprint ignores order, whitespace, quote style and case; changes with the words', () => {
    const a = fingerprint([
      { source: 's1', text: 'He said “yes”' },
      { source: 's2', text: 'more than  40%' },
    ]);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint([{ source: 's2', text: 'More than 40%' }, { source: 's1', text: 'he said "yes"' }])).toBe(a);
    expect(fingerprint([{ source: 's2', text: 'more than 42%' }, { source: 's1', text: 'he said "yes"' }])).not.toBe(a);
    expect(fingerprint([{ source: 's3', text: 'more than 40%' }, { source: 's1', text: 'he said "yes"' }])).not.toBe(a);
  });

  test('statement scores: exact, positioned containment, fuzzy after an edit, other source', () => {
    const { claims } = buildFixture();
    const edited = buildFixture({ edited: true }).claims;
    const st = { source: 'harbor-gazette', text: 'fund after floods damaged more than 40% of homes in the' };
    expect(statementScore({ source: 'harbor-gazette', text: 'more than 40%' }, claims.gazettePercent)).toBe(4);
    // Positioned containment scores 3.1–3.5, highest when the value sits at the statement's centre.
    const positioned = statementScore(st, claims.gazettePercent);
    expect(positioned).toBeGreaterThan(3.1);
    expect(positioned).toBeLessThanOrEqual(3.5);
    expect(statementScore({ source: 'harbor-gazette', text: 'damaged more than 40% of homes' }, claims.gazettePercent)).toBeGreaterThan(positioned);
    expect(statementScore({ source: 'harbor-gazette', text: 'than 40' }, claims.gazettePercent)).toBe(3);
    const fuzzy = statementScore(st, edited.gazettePercent);
    expect(fuzzy).toBeGreaterThan(0.9);
    expect(fuzzy).toBeLessThan(1.1);
    expect(statementScore(st, edited.gazetteVote)).toBeLessThan(fuzzy);
    expect(statementScore({ ...st, source: 'river-post' }, claims.gazettePercent)).toBe(0);
    expect(statementScore({ source: 'harbor-gazette', text: 'something else entirely' }, claims.gazettePercent)).toBe(0);
  });

  test('hints pin claims of the kind whose sentence holds every hint', () => {
    const { claims } = buildFixture();
    const entry = { id: 'vote', subject: 'vote day', kind: 'date' as const, statements: [], hints: ['vote', 'THURSDAY'] };
    expect(hintedClaims(entry, Object.values(claims)).map((c) => c.id)).toEqual([claims.gazetteVote.id, claims.courierVote.id]);
    expect(hintedClaims({ ...entry, kind: 'percent' }, Object.values(claims))).toEqual([claims.gazettePercent]);
    expect(hintedClaims({ ...entry, kind: 'quote' }, Object.values(claims))).toEqual([]);
    expect(hintedClaims({ ...entry, hints: [] }, Object.values(claims))).toEqual([]);
  });
});

describe('applyCatalogue', () => {
  test('a fresh catalogue joins every group, by statements, with no verdicts', () => {
    const { result } = buildFixture();
    initCatalogue(result, file);
    const out = applyCatalogue(result.groups, result.claims, load(), fixtureJudge);
    expect(out.diagnostics).toEqual([]);
    expect(ids(out.groups)).toEqual(ids(result.groups));
    expect(out.review).toEqual({
      'percent-homes-damaged-lower-district': { entryId: 'percent-homes-damaged-lower-district', stale: false },
      'date-repairs-begin': { entryId: 'date-repairs-begin', stale: false },
      'quote-ortiz-fund': { entryId: 'quote-ortiz-fund', stale: false },
    });
  });

  test('after a source edit each verdict stays on its fact, and the changed one is flagged stale', () => {
    const before = buildFixture();
    initCatalogue(before.result, file);
    const [percentGroup, dateGroup, quoteGroup] = before.result.groups;
    setVerdict(file, percentGroup.id, { verdict: 'confirmed-conflict', note: 'county survey: 25%', statements: statementsFor(percentGroup.claims) });
    setVerdict(file, dateGroup.id, { verdict: 'not-a-conflict', statements: statementsFor(dateGroup.claims) });
    setVerdict(file, quoteGroup.id, { note: 'call the mayor’s office' });
    // The editor renames the percent fact in their own words.
    writeFileSync(file, readFileSync(file, 'utf8').replace('subject: homes damaged in the lower district', 'subject: Share of lower-district homes hit by the flood'));

    // Unchanged sources: nothing is stale.
    const same = applyCatalogue(before.result.groups, before.result.claims, load(), fixtureJudge);
    expect(same.review['percent-homes-damaged-lower-district']).toEqual({
      entryId: 'percent-homes-damaged-lower-district',
      editorVerdict: 'confirmed-conflict',
      note: 'county survey: 25%',
      stale: false,
    });
    expect(same.groups[0].subject).toBe('Share of lower-district homes hit by the flood');

    // Re-run on the edited Gazette: new offsets, new claim and group ids, new order.
    const after = buildFixture({ edited: true });
    expect(ids(after.result.groups)).toEqual(['quote-ortiz-fund-promise', 'date-repairs-begin', 'percent-homes-lower-district']);
    const out = applyCatalogue(after.result.groups, after.result.claims, load(), fixtureJudge);
    expect(out.diagnostics).toEqual([]);
    expect(ids(out.groups)).toEqual(ids(after.result.groups));
    expect(out.review).toEqual({
      'percent-homes-lower-district': {
        entryId: 'percent-homes-damaged-lower-district',
        editorVerdict: 'confirmed-conflict',
        note: 'county survey: 25%',
        stale: true, // 40% became 42% in the Gazette
      },
      'date-repairs-begin': { entryId: 'date-repairs-begin', editorVerdict: 'not-a-conflict', stale: false },
      'quote-ortiz-fund-promise': { entryId: 'quote-ortiz-fund', note: 'call the mayor’s office', stale: false },
    });
    const percent = out.groups.find((g) => g.id === 'percent-homes-lower-district')!;
    expect(percent.subject).toBe('Share of lower-district homes hit by the flood');
    expect(percent.origin).toBe('auto');
    expect(percent.claims.map((c) => c.text)).toEqual(['more than 42%', 'about 25 percent', 'More than 40 percent']);

    // Re-reviewing records the new statements: no longer stale.
    setVerdict(file, 'percent-homes-damaged-lower-district', { verdict: 'confirmed-conflict', statements: statementsFor(percent.claims) });
    const again = applyCatalogue(after.result.groups, after.result.claims, load(), fixtureJudge);
    expect(again.review['percent-homes-lower-district'].stale).toBe(false);
    expect(load().entries[0].reviewed).toBe(fingerprintClaims(percent.claims));
  });

  test('statements split over several groups make one catalogue group, re-judged; emptied groups go', () => {
    const { result, claims } = buildFixture();
    const split: JudgedGroup[] = [
      fixtureJudge({ id: 'percent-gazette', subject: 'homes', kind: 'percent', claims: [claims.gazettePercent], sourceCount: 1, origin: 'auto' }),
      fixtureJudge({ id: 'percent-others', subject: 'homes hit', kind: 'percent', claims: [claims.courierPercent, claims.postPercent], sourceCount: 2, origin: 'auto' }),
      result.groups[1],
    ];
    writeFileSync(
      file,
      `entries:
  - id: homes
    subject: Share of homes damaged
    kind: percent
    verdict: confirmed-conflict
    statements:
      - {source: harbor-gazette, text: "more than 40% of homes"}
      - {source: valley-courier, text: "about 25 percent"}
      - {source: river-post, text: "More than 40 percent of homes"}
`,
    );
    const out = applyCatalogue(split, result.claims, load(), fixtureJudge);
    expect(out.diagnostics).toEqual([]);
    expect(ids(out.groups)).toEqual(['homes', 'date-repairs-begin']);
    const g = out.groups[0];
    expect(g).toMatchObject({ origin: 'catalogue', subject: 'Share of homes damaged', kind: 'percent', verdict: 'conflict', sourceCount: 3, ruleId: 'number/disjoint' });
    expect(g.claims.map((c) => c.id)).toEqual([claims.gazettePercent.id, claims.postPercent.id, claims.courierPercent.id]);
    expect(out.review.homes).toEqual({ entryId: 'homes', editorVerdict: 'confirmed-conflict', stale: true });
  });

  test('a group that keeps other sources after losing claims is re-judged', () => {
    const { result, claims } = buildFixture();
    writeFileSync(
      file,
      `entries:
  - id: weekly
    subject: the week repairs start
    kind: date
    statements:
      - {source: valley-courier, text: next week}
    hints: [vote, thursday]
`,
    );
    const out = applyCatalogue(result.groups, result.claims, load(), fixtureJudge);
    // The hint pins the two ungrouped vote-day claims; the statement is in
    // the date group, which holds most of it: the entry takes that group
    // plus the pinned claims as a catalogue group.
    const weekly = out.groups.find((g) => g.id === 'weekly')!;
    expect(weekly).toMatchObject({ origin: 'catalogue', subject: 'the week repairs start', verdict: 'conflict' });
    expect(weekly.claims.map((c) => c.id)).toEqual([claims.gazetteVote.id, claims.courierDate.id, claims.courierVote.id]);
    const rest = out.groups.find((g) => g.id === 'date-repairs-begin')!;
    expect(rest.claims.map((c) => c.id)).toEqual([claims.gazetteDate.id, claims.postDate.id]);
    expect(rest.verdict).toBe('agree');
  });

  test('hints pin ungrouped claims into a catalogue group', () => {
    const { result, claims } = buildFixture();
    writeFileSync(
      file,
      `# vote day is not grouped by the engine
entries:
  - id: vote-day
    subject: the day of the council vote
    kind: date
    hints: [vote, thursday]
`,
    );
    const catalogue = readCatalogue(dir).catalogue!;
    const out = applyCatalogue(result.groups, result.claims, catalogue, fixtureJudge);
    expect(out.diagnostics).toEqual([]);
    expect(ids(out.groups)).toEqual([...ids(result.groups), 'vote-day']);
    const g = out.groups[3];
    expect(g).toMatchObject({ origin: 'catalogue', verdict: 'agree', sourceCount: 2, subject: 'the day of the council vote' });
    expect(g.claims.map((c) => c.id)).toEqual([claims.gazetteVote.id, claims.courierVote.id]);
    expect(out.review['vote-day']).toEqual({ entryId: 'vote-day', stale: false });
  });

  test('two entries on one automatic group: the second carves its claims out', () => {
    const { result, claims } = buildFixture();
    writeFileSync(
      file,
      `entries:
  - id: promise
    subject: the promise quote
    kind: quote
    statements:
      - {source: harbor-gazette, text: "a promise kept to every family on the river."}
      - {source: river-post, text: "This is a promise kept to every family on the river,"}
  - id: first-step
    subject: the first-step quote
    kind: quote
    verdict: needs-follow-up
    statements:
      - {source: valley-courier, text: "a first step"}
`,
    );
    const out = applyCatalogue(result.groups, result.claims, load(), fixtureJudge);
    expect(ids(out.groups)).toEqual(['percent-homes-damaged-lower-district', 'date-repairs-begin', 'quote-ortiz-fund', 'first-step']);
    expect(out.groups[2]).toMatchObject({ subject: 'the promise quote', verdict: 'agree', origin: 'auto' });
    expect(out.groups[2].claims.map((c) => c.id)).toEqual([claims.gazetteQuote.id, claims.postQuote.id]);
    expect(out.groups[3]).toMatchObject({ origin: 'catalogue', sourceCount: 1 });
    expect(out.review['quote-ortiz-fund']).toEqual({ entryId: 'promise', stale: false });
    expect(out.review['first-step'].editorVerdict).toBe('needs-follow-up');
  });

  test('an entry that matches nothing is a warning with its line', () => {
    const { result } = buildFixture();
    writeFileSync(
      file,
      `entries:
  - id: gone
    subject: a fact no source states any more
    kind: money
    statements:
      - {source: harbor-gazette, text: "$3 million"}
      - {source: elsewhere, text: "3 million dollars"}
`,
    );
    const out = applyCatalogue(result.groups, result.claims, load(), fixtureJudge);
    expect(ids(out.groups)).toEqual(ids(result.groups));
    expect(out.review).toEqual({});
    expect(out.diagnostics.map((d) => [d.ruleId, d.line, d.file])).toEqual([
      ['claims/statement-unmatched', 2, file],
      ['claims/statement-unmatched', 2, file],
      ['claims/entry-unmatched', 2, file],
    ]);
    expect(out.diagnostics[1].message).toContain("names source 'elsewhere'");
  });

  test('2,000 entries over 2,000 groups apply in time that grows linearly', async () => {
    const { result } = buildFixture();
    const story = (n: number) => {
      const groups: JudgedGroup[] = [];
      const entries: Catalogue['entries'] = [];
      for (let i = 0; i < n; i++) {
        const src = result.groups[i % 3];
        const claims = src.claims.map((c) => ({ ...c, id: `${c.id}#${i}`, sourceId: `${c.sourceId}-${i}` }));
        groups.push({ ...src, id: `g${i}`, claims });
        entries.push({ id: `e${i}`, subject: `fact ${i}`, kind: src.kind, statements: statementsFor(claims) });
      }
      return () => applyCatalogue(groups, groups.flatMap((g) => g.claims), { path: file, entries }, fixtureJudge);
    };
    const out = story(2000)();
    expect(out.diagnostics).toEqual([]);
    expect(Object.keys(out.review)).toHaveLength(2000);
    expect(out.review.g1234.entryId).toBe('e1234');
    const stories = new Map([125, 2000].map((n) => [n, story(n)]));
    expect(await growthRatio((n) => stories.get(n)!(), 125)).toBeLessThan(linearBound());
  });
});
