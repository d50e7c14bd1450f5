import { afterEach, describe, expect, test } from '@jest/globals';
import { cleanup, render } from 'ink-testing-library';
import { Box } from 'ink';
import { ReviewApp } from '../../src/tui/app.js';
import { FactList } from '../../src/tui/components/FactList.js';
import { FactDetail } from '../../src/tui/components/FactDetail.js';
import { Overview } from '../../src/tui/components/Overview.js';
import { Footer, footerKeys } from '../../src/tui/components/Footer.js';
import { Statement } from '../../src/tui/components/Statement.js';
import { NoteInput } from '../../src/tui/components/NoteInput.js';
import { Help } from '../../src/tui/components/Help.js';
import { claimCounts, sortGroups, totals } from '../../src/tui/state/selectors.js';
import { wrapSegments, wrapText } from '../../src/tui/format.js';
import { valuesCell } from '../../src/tui/values-cell.js';
import { FilterBar } from '../../src/tui/components/FilterBar.js';
import { sentenceParts } from '../../src/present/sentence.js';
import type { JudgedGroup } from '../../src/model/judgement.js';
import type { RunResult } from '../../src/model/run.js';
import type { Source } from '../../src/model/source.js';
import { buildFixture, makeClaim, makeSource, manyGroups, percent, fixtureJudge } from '../helpers/fixture-result.js';

const sleep = (ms = 80) => new Promise((r) => setTimeout(r, ms));
afterEach(() => cleanup());

const fx = buildFixture();
const { result } = fx;
const sourceById = new Map<string, Source>(result.sources.map((s) => [s.id, s]));
const lines = (frame: string | undefined) => (frame ?? '').split('\n').map((l) => l.trimEnd());

describe('FactList', () => {
  test('rows: verdict, editor mark (! changed since review), source count, the competing values first, subject', () => {
    const groups = sortGroups(result.groups);
    const { lastFrame } = render(
      <FactList
        groups={groups}
        review={{ 'quote-ortiz-fund': { entryId: 'q', editorVerdict: 'confirmed-conflict', stale: true } }}
        cursor={1}
        scrollTop={0}
        pageSize={10}
        width={100}
        sourceById={sourceById}
      />,
    );
    expect(lines(lastFrame())).toEqual([
      '  VERDICT       EDIT  SRC VALUES                                   FACT',
      '  CONFLICT      ·      3  above 40 % ≠ about 25 %                  homes damaged in the lower distr…',
      "▸ CONFLICT      conf!  3  “a promise ke… ≠ “This is a pr… +1 more  Ortiz's words on the fund",
      '  compatible    ·      3  Mon 16 Mar 2026 │ Mon 16 – Sun 22 Mar 2… when repairs begin',
    ]);
  });

  test('only the rows in the window are rendered (2,000 facts)', () => {
    const groups = sortGroups(manyGroups(2000));
    const t0 = performance.now();
    const { lastFrame } = render(
      <FactList groups={groups} review={{}} cursor={1500} scrollTop={1490} pageSize={17} width={100} sourceById={sourceById} />,
    );
    const ms = performance.now() - t0;
    const out = lines(lastFrame());
    expect(out).toHaveLength(18);
    expect(out[0]).toMatch(/VALUES +FACT$/);
    expect(out[1]).toContain(groups[1490].subject);
    expect(out[11]).toMatch(/^▸ /);
    expect(out[11]).toContain(groups[1500].subject);
    expect(out[17]).toContain(groups[1506].subject);
    expect(ms).toBeLessThan(1500);
  });

  test('an empty list says how to get facts back', () => {
    const { lastFrame } = render(<FactList groups={[]} review={{}} cursor={0} scrollTop={0} pageSize={5} width={100} sourceById={sourceById} />);
    expect(lastFrame()).toContain('No facts match.');
  });

  test('values cell: each reading once with its sources when they fit; shortened, competing values first when not', () => {
    expect(valuesCell(result.groups[0], sourceById, 120)).toBe(
      'above 40 % (lower bound) (Harbor Gazette, River Post) ≠ about 25 % (22.5–27.5 %) (Valley Courier)',
    );
    expect(valuesCell(result.groups[0], sourceById, 70)).toBe('above 40 % (Harbor Gazette, River Post) ≠ about 25 % (Valley Courier)');
    expect(valuesCell(result.groups[0], sourceById, 24)).toBe('above 40 % ≠ about 25 %');
    expect(valuesCell(result.groups[0], sourceById, 21)).toBe('above 40… ≠ about 25…');
  });

  test('at 70 columns every conflict row shows two competing values, before the subject', () => {
    const groups = sortGroups(result.groups);
    const out = lines(render(<FactList groups={groups} review={{}} cursor={0} scrollTop={0} pageSize={10} width={70} sourceById={sourceById} />).lastFrame());
    expect(out[0]).toBe('  VERDICT       EDIT  SRC VALUES                   FACT');
    expect(out[1]).toBe('▸ CONFLICT      ·      3  above 40 % ≠ about 25 %  homes damaged in t…');
    expect(out[2]).toBe("  CONFLICT      ·      3  “a pr… ≠ “This… +1 more  Ortiz's words on t…");
  });

  test('the list position is said in words: rows on screen, how many above and below', () => {
    const out = (window: [number, number], shown = 35) =>
      lines(render(<FilterBar textFilter="" verdictFilter="all" input={{ kind: 'none' }} shown={shown} total={35} window={window} width={120} />).lastFrame())[0];
    expect(out([0, 33])).toBe('35 facts · verdict: all · rows 1–33 · 2 more below   (/ filter text · f cycle verdicts)');
    expect(out([2, 35])).toBe('35 facts · verdict: all · rows 3–35 · 2 above   (/ filter text · f cycle verdicts)');
    expect(out([0, 35])).toBe('35 facts · verdict: all   (/ filter text · f cycle verdicts)');
  });
});

describe('FactDetail', () => {
  const group = result.groups[0];

  test('each statement: outlet, date, sentence, reading; the explanation with rule id; editor verdict, note, stale', () => {
    const { lastFrame } = render(
      <FactDetail
        group={group}
        review={{ entryId: 'x', editorVerdict: 'confirmed-conflict', note: 'county survey says 25%', stale: true }}
        sourceById={sourceById}
        scroll={0}
        width={100}
        height={30}
      />,
    );
    expect(lines(lastFrame()).filter((l) => l !== '')).toEqual([
      'CONFLICT · homes damaged in the lower district',
      'percent · 3 sources · 3 statements · rule number/disjoint · percent-homes-damaged-lower-district',
      'Why: above 40 % (lower bound) and about 25 % (22.5–27.5 %) cannot both be true.',
      'Editor: confirmed conflict — county survey says 25% changed since review',
      'Statements (3)',
      'Harbor Gazette · Thu 12 Mar 2026 · harbor-gazette',
      '  RIVERTON — The city council voted on Thursday to approve a relief fund after floods damaged more',
      '  than 40% of homes in the lower district.',
      '  → above 40 % (lower bound)',
      'Valley Courier · Fri 13 Mar 2026 · valley-courier',
      '  Floodwaters reached about 25 percent of homes in the lower district, according to a county survey.',
      '  → about 25 % (22.5–27.5 %)',
      'River Post · Thu 12 Mar 2026 · river-post',
      '  More than 40 percent of homes in the lower district were damaged, the council said.',
      '  → above 40 % (lower bound)',
    ]);
  });

  test('dates read in words with where they came from', () => {
    const { lastFrame } = render(<FactDetail group={result.groups[1]} review={undefined} sourceById={sourceById} scroll={0} width={100} height={30} />);
    const out = lines(lastFrame());
    expect(out).toContain('Editor: no verdict yet');
    expect(out).toContain("  → Mon 16 – Sun 22 Mar 2026 (next week), from 'next week', year inferred, published Fri 13 Mar 2026");
  });

  test('a short terminal fills its height, then says what is above and below; the title stays', () => {
    const top = lines(render(<FactDetail group={group} review={undefined} sourceById={sourceById} scroll={0} width={80} height={12} />).lastFrame());
    expect(top).toHaveLength(12);
    expect(top[0]).toBe('CONFLICT · homes damaged in the lower district');
    expect(top[11]).toMatch(/^↓ \d+ lines below · statements 1–\d of 3 in view · j\/k scroll/);
    expect(top.slice(0, 11).every((l) => l !== '')).toBe(true);
    const down = lines(render(<FactDetail group={group} review={undefined} sourceById={sourceById} scroll={99} width={80} height={12} />).lastFrame());
    expect(down[0]).toBe('CONFLICT · homes damaged in the lower district');
    expect(down[10]).toBe('  → above 40 % (lower bound)');
    expect(down[11]).toMatch(/^↑ \d+ lines above · statements \d–3 of 3 in view/);
  });

  test('a long explanation and a long note wrap in full, never cut', () => {
    const why = 'The Gazette gives a lower bound of 40 percent while the Courier, citing the county survey, gives about 25 percent; the two ranges do not overlap, so at most one is right as written.';
    const note = 'Called the county clerk on Monday: the survey counted only insured homes, which is why it is lower. Ask the council for its own count before we run either figure.';
    const { lastFrame } = render(
      <FactDetail group={{ ...group, explanation: why }} review={{ entryId: 'x', note, stale: false }} sourceById={sourceById} scroll={0} width={80} height={40} />,
    );
    const out = lines(lastFrame());
    // The line of facts about the fact wraps too (two lines at 80 columns).
    expect(out[3]).toBe('Why: The Gazette gives a lower bound of 40 percent while the Courier, citing the');
    expect(out[4]).toBe('county survey, gives about 25 percent; the two ranges do not overlap, so at most');
    expect(out[5]).toBe('one is right as written.');
    expect(out[6]).toBe('Editor: no verdict yet — Called the county clerk on Monday: the survey counted');
    expect(out.join(' ').replace(/\s+/g, ' ')).toContain('Ask the council for its own count before we run either figure.');
    expect(out.join('\n')).not.toContain('…');
  });

  test('the value is cut out of its sentence for highlighting', () => {
    expect(sentenceParts(fx.claims.courierPercent)).toEqual({
      before: 'Floodwaters reached ',
      value: 'about 25 percent',
      after: ' of homes in the lower district, according to a county survey.',
    });
  });
});

describe('Overview', () => {
  test('sources with outlet, date and claim count; totals per verdict and per editor verdict', () => {
    const { lastFrame } = render(
      <Overview
        story="riverton-floods"
        sources={result.sources}
        claimCounts={claimCounts(result.claims)}
        claimCount={result.claims.length}
        factCount={result.groups.length}
        totals={totals(result.groups, { 'date-repairs-begin': { editorVerdict: 'not-a-conflict', stale: false } })}
        diagnostics={[{ severity: 'warning', file: 'claims/catalogue.yaml', line: 7, column: 5, message: 'Unknown field.', ruleId: 'claims/unknown-field' }]}
        cataloguePath="claims/catalogue.yaml"
        scroll={0}
        width={100}
        height={20}
      />,
    );
    expect(lines(lastFrame()).filter((l) => l !== '')).toEqual([
      'Story: riverton-floods · 3 sources · 11 claims · 3 facts',
      'Verdicts: conflict 2 · scope-differs 0 · compatible 1 · agree 0',
      'Editor: confirmed conflict 0 · not a conflict 1 · needs follow-up 0 · open 2',
      'Catalogue: claims/catalogue.yaml',
      'Input: 0 errors · 1 warnings — claims/catalogue.yaml:7:5 Unknown field.',
      'SOURCE                             OUTLET                                     DATE          CLAIMS',
      'harbor-gazette                     Harbor Gazette                             12 Mar 2026        4',
      'valley-courier                     Valley Courier                             13 Mar 2026        4',
      'river-post                         River Post                                 12 Mar 2026        3',
    ]);
  });
});

describe('markers', () => {
  test('an inferred date (~ in the overview) and a changed-since-review verdict (! in the list) have different marks, each with its legend', () => {
    const sources = result.sources.map((s, i) => (i === 0 && s.published ? { ...s, published: { ...s.published, inferred: true } } : s));
    const overview = lines(
      render(
        <Overview
          sources={sources}
          claimCounts={claimCounts(result.claims)}
          claimCount={result.claims.length}
          factCount={result.groups.length}
          totals={totals(result.groups, {})}
          diagnostics={[]}
          scroll={0}
          width={100}
          height={20}
        />,
      ).lastFrame(),
    );
    expect(overview.find((l) => l.startsWith('harbor-gazette'))).toMatch(/Harbor Gazette +~12 Mar 2026 +4$/);
    expect(overview).toContain('~ before a date: inferred, not stated by the source');
    const ortiz = result.groups.find((g) => g.subject.includes('Ortiz'))!;
    const stale = { [ortiz.id]: { entryId: 'q', editorVerdict: 'confirmed-conflict' as const, stale: true } };
    const app = render(<ReviewApp result={{ ...result, review: stale }} size={{ rows: 24, columns: 120 }} />);
    const frame = lines(app.lastFrame());
    expect(frame[1]).toContain('1 changed since review (! in EDIT)');
    expect(frame.find((l) => l.includes('Ortiz'))).toMatch(/CONFLICT +conf! +3 /);
    expect(frame.join('\n')).not.toContain('*');
  });
});

describe('Footer, help and note input', () => {
  test('the main keys fit 120 and 80 columns', () => {
    expect(footerKeys('list', 120)).toBe('↑↓/jk move  Enter open  / filter  f verdicts  1 conflict  2 not  3 follow-up  0 clear  n note  ? keys  q quit');
    expect(footerKeys('list', 80)).toBe('jk move ⏎ open / filter f verdicts 1 conf 2 not 3 f-up 0 clear n note ? q quit');
    for (const screen of ['list', 'detail', 'overview'] as const) {
      expect([...footerKeys(screen, 80)].length).toBeLessThan(80);
      expect([...footerKeys(screen, 120)].length).toBeLessThan(120);
    }
    const { lastFrame } = render(<Footer screen="detail" status={{ kind: 'error', text: 'Not saved: disk full' }} width={120} />);
    expect(lines(lastFrame())).toEqual([
      '⚠ Not saved: disk full',
      '↑↓/jk scroll  PgUp/PgDn page  g/G top/end  Esc back  1 conflict  2 not  3 follow-up  0 clear  n note  ? keys  q quit',
    ]);
  });

  test('the note input keeps the end of a long draft in view', () => {
    const { lastFrame } = render(<NoteInput draft={'x'.repeat(200) + 'END'} subject="homes" width={80} />);
    const out = lines(lastFrame())[0];
    expect(out.startsWith('Note on “homes”: …')).toBe(true);
    expect(out).toContain('END   Enter save · Esc cancel');
  });

  test('help lists every key', () => {
    const { lastFrame } = render(<Help width={120} height={30} cataloguePath="claims/catalogue.yaml" />);
    const out = lastFrame() ?? '';
    for (const k of ['j k', 'Enter', 'Esc', '/', 'f ', '1 ', '2 ', '3 ', '0 ', 'n ', '?', 'q ']) expect(out).toContain(k);
    expect(out).toContain('claims/catalogue.yaml');
  });
});

describe('source text is sanitized before it reaches the screen', () => {
  const evil =
    '---\noutlet: "Evil\\u001b]0;pwned\\u0007 Times"\n---\nShares rose \u202eby more than 50%\u202c today\u200b, officials\u001b[2J said.\n';
  const src = makeSource('evil', evil, { outlet: 'Evil\u001b]0;pwned\u0007 Times', date: '2026-03-12' });
  const claim = makeClaim(src, 'Shares rose', 'more than 50%', 'percent', { ...percent(50, 'more-than'), reading: 'above 50 %\u001b[31m red' });
  const group: JudgedGroup = fixtureJudge({ id: 'g', subject: 'shares\u001b[1m rose\u2066', kind: 'percent', claims: [claim], sourceCount: 1, origin: 'auto' });
  const run: RunResult = { sources: [src], claims: [claim], groups: [group], review: {}, diagnostics: [], timings: {} };

  test('list, detail and overview show no escape, bidi or zero-width characters from the source', async () => {
    const r = render(<ReviewApp result={run} size={{ rows: 24, columns: 100 }} />);
    await sleep();
    const frames: string[] = [r.lastFrame() ?? ''];
    r.stdin.write('\r');
    await sleep();
    frames.push(r.lastFrame() ?? '');
    r.stdin.write('o');
    await sleep();
    frames.push(r.lastFrame() ?? '');
    for (const f of frames) {
      expect(f).not.toContain('pwned');
      expect(f).not.toMatch(/\x1b\]|\x1b\[2J|\x07|[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/);
    }
    expect(frames[0]).toContain('shares rose');
    expect(frames[1]).toContain('Shares rose by more than 50% today, officials said.');
    expect(frames[1]).toContain('→ above 50 % red');
    expect(frames[2]).toContain('Evil Times');
  });

  test('a Statement renders the sentence with the value inside it', () => {
    const { lastFrame } = render(
      <Box>
        <Statement claim={claim} source={src} width={100} />
      </Box>,
    );
    expect(lines(lastFrame())).toEqual(['Evil Times · Thu 12 Mar 2026 · evil', '  Shares rose by more than 50% today, officials said.', '  → above 50 % red']);
  });
});

describe('keys typed faster than frames', () => {
  test('a burst "jj" + Enter in one chunk opens the third fact; "/" + text in one chunk types into the filter', async () => {
    const r = render(<ReviewApp result={result} size={{ rows: 24, columns: 100 }} />);
    await sleep();
    r.stdin.write('jj');
    r.stdin.write('\r');
    await sleep(100);
    expect(r.lastFrame()).toContain('compatible · when repairs begin');
    r.stdin.write('\x1b');
    await sleep(100);
    r.stdin.write('/promise');
    await sleep(100);
    expect(r.lastFrame()).toContain('Filter: promise');
    r.stdin.write('\r');
    await sleep(100);
    expect(r.lastFrame()).toContain('1 of 3 facts · verdict: all · text: “promise”');
    // As `tmux send-keys Escape j j Enter` or a fast typist delivers them: one chunk.
    r.stdin.write('\x1b');
    await sleep(100);
    r.stdin.write('jj\r');
    await sleep(100);
    expect(r.lastFrame()).toContain('compatible · when repairs begin');
  });
});

describe('wrapping', () => {
  test('lines break at spaces, never start with one, and the highlight follows the value across lines', () => {
    expect(wrapSegments([{ text: 'floods damaged ' }, { text: 'more than 40%', mark: true }, { text: ' of homes' }], 20)).toEqual([
      [{ text: 'floods damaged ' }, { text: 'more', mark: true }],
      [{ text: 'than 40%', mark: true }, { text: ' of homes' }],
    ]);
    expect(wrapSegments([{ text: '“' }, { text: 'quoted', mark: true }, { text: '”,' }], 5)).toEqual([
      [{ text: '“' }, { text: 'quot', mark: true }],
      [{ text: 'ed', mark: true }, { text: '”,' }],
    ]);
    expect(wrapText('  one   two three  ', 7)).toEqual(['one two', 'three']);
    expect(wrapText('a b c d e f', 3, 2)).toEqual(['a b', 'c …']);
    expect(wrapText('', 10)).toEqual([]);
  });
});
