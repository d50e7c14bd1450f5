import { describe, expect, test } from '@jest/globals';
import type { Key } from 'ink';
import { initialState, reducer, scrollFor } from '../../src/tui/state/reducer.js';
import { move, moveTo, open, back, reviewUpdated, showError } from '../../src/tui/state/actions.js';
import type { Action } from '../../src/tui/state/actions.js';
import type { UiState, VerdictFilter } from '../../src/tui/state/types.js';
import {
  filterGroups,
  needsReview,
  searchIndex,
  sortGroups,
  totals,
  visibleRange,
} from '../../src/tui/state/selectors.js';
import { keyEvents, mapKey, type KeyContext } from '../../src/tui/hooks/useKeys.js';
import type { JudgedGroup } from '../../src/model/judgement.js';
import { buildFixture, manyGroups } from '../helpers/fixture-result.js';

const run = (actions: Action[], from: UiState = initialState()) => actions.reduce(reducer, from);

describe('navigation', () => {
  test('moves clamp to the list', () => {
    expect(run([move(1, 3, 10)]).cursor).toBe(1);
    expect(run([move(1, 3, 10), move(1, 3, 10), move(1, 3, 10), move(1, 3, 10)]).cursor).toBe(2);
    expect(run([move(-1, 3, 10)]).cursor).toBe(0);
    expect(run([move(5, 0, 10)]).cursor).toBe(0);
  });

  test('the window follows the cursor (page of 5 over 20 rows)', () => {
    let s = run([move(7, 20, 5)]);
    expect([s.cursor, s.scrollTop]).toEqual([7, 3]);
    s = run([move(-5, 20, 5)], s);
    expect([s.cursor, s.scrollTop]).toEqual([2, 2]);
    s = run([moveTo(19, 20, 5)], s);
    expect([s.cursor, s.scrollTop]).toEqual([19, 15]);
    s = run([move(-4, 20, 5)], s);
    expect([s.cursor, s.scrollTop]).toEqual([15, 15]);
    s = run([move(-1, 20, 5)], s);
    expect([s.cursor, s.scrollTop]).toEqual([14, 14]);
    // A taller terminal shows more rows: the window moves up so it stays full.
    s = run([{ type: 'resize', count: 20, pageSize: 10 }], s);
    expect([s.cursor, s.scrollTop]).toEqual([14, 10]);
    // The list shrank under the cursor (a filter): cursor and window come back.
    s = run([{ type: 'resize', count: 4, pageSize: 10 }], s);
    expect([s.cursor, s.scrollTop]).toEqual([3, 0]);
  });

  test('scrollFor and visibleRange', () => {
    expect(scrollFor(0, 0, 2000, 17)).toBe(0);
    expect(scrollFor(16, 0, 2000, 17)).toBe(0);
    expect(scrollFor(17, 0, 2000, 17)).toBe(1);
    expect(scrollFor(1999, 0, 2000, 17)).toBe(1983);
    expect(scrollFor(3, 1983, 2000, 17)).toBe(3);
    expect(visibleRange(1983, 17, 2000)).toEqual([1983, 2000]);
    expect(visibleRange(5, 17, 3)).toEqual([0, 3]);
  });

  test('a move that changes nothing returns the same state object', () => {
    const s = initialState();
    expect(reducer(s, move(-1, 3, 10))).toBe(s);
  });

  test('open and back', () => {
    let s = run([move(2, 3, 10), open('quote-ortiz-fund')]);
    expect(s).toMatchObject({ screen: 'detail', detailGroupId: 'quote-ortiz-fund', cursor: 2, detailScroll: 0 });
    s = run([{ type: 'scroll-detail', delta: 5, max: 2 }], s);
    expect(s.detailScroll).toBe(2);
    s = run([back()], s);
    expect(s).toMatchObject({ screen: 'list', cursor: 2 });
    s = run([showError('boom'), back()], s);
    expect(s.status).toBeUndefined();
    s = run([{ type: 'show-overview' }], s);
    expect(s.screen).toBe('overview');
    s = run([{ type: 'scroll-overview', delta: 3, max: 1 }, back()], s);
    expect(s).toMatchObject({ screen: 'list', overviewScroll: 1 });
  });
});

describe('filters', () => {
  test('typing a text filter: Enter applies (trimmed), Esc clears', () => {
    let s = run([move(2, 3, 10), { type: 'start-filter' }]);
    expect(s.input).toEqual({ kind: 'filter', draft: '' });
    s = run([{ type: 'input-text', text: ' ho' }, { type: 'input-text', text: 'mesx' }, { type: 'input-backspace' }], s);
    expect(s.input).toEqual({ kind: 'filter', draft: ' homes' });
    s = run([{ type: 'apply-filter' }], s);
    expect(s).toMatchObject({ textFilter: 'homes', input: { kind: 'none' }, cursor: 0, scrollTop: 0 });
    s = run([{ type: 'start-filter' }], s);
    expect(s.input).toEqual({ kind: 'filter', draft: 'homes' });
    s = run([{ type: 'clear-filter' }], s);
    expect(s).toMatchObject({ textFilter: '', input: { kind: 'none' } });
  });

  test('f cycles all → conflict → scope-differs → compatible → agree → needs-review → all', () => {
    const seen: VerdictFilter[] = [];
    let s = run([move(1, 3, 10)]);
    for (let i = 0; i < 6; i++) {
      s = reducer(s, { type: 'cycle-verdict-filter' });
      seen.push(s.verdictFilter);
      expect(s.cursor).toBe(0);
    }
    expect(seen).toEqual(['conflict', 'scope-differs', 'compatible', 'agree', 'needs-review', 'all']);
  });
});

describe('notes and review state', () => {
  test('a note is typed, cancelled or saved', () => {
    let s = run([{ type: 'start-note', groupId: 'g1', initial: 'old' }, { type: 'input-text', text: ' + new' }]);
    expect(s.input).toEqual({ kind: 'note', draft: 'old + new', groupId: 'g1' });
    expect(run([{ type: 'cancel-note' }], s).input).toEqual({ kind: 'none' });
    s = run([reviewUpdated('g1', { entryId: 'g1', note: 'old + new', stale: false }, 'Note saved.')], s);
    expect(s.input).toEqual({ kind: 'none' });
    expect(s.review.g1).toEqual({ entryId: 'g1', note: 'old + new', stale: false });
    expect(s.status).toEqual({ kind: 'info', text: 'Note saved.' });
  });

  test('a failed write keeps the note open', () => {
    const s = run([{ type: 'start-note', groupId: 'g1', initial: '' }, { type: 'input-text', text: 'x' }, showError('disk full')]);
    expect(s.input).toEqual({ kind: 'note', draft: 'x', groupId: 'g1' });
    expect(s.status).toEqual({ kind: 'error', text: 'disk full' });
  });

  test('input-backspace removes one character, not one UTF-16 unit', () => {
    const s = run([{ type: 'start-note', groupId: 'g', initial: 'ok 🙂' }, { type: 'input-backspace' }]);
    expect(s.input).toEqual({ kind: 'note', draft: 'ok ', groupId: 'g' });
  });
});

describe('selectors', () => {
  const { result } = buildFixture();
  const index = searchIndex(result.groups, result.sources);

  test('sorted by severity, then by source count, then subject', () => {
    const groups = manyGroups(12);
    const sorted = sortGroups(groups);
    expect(sorted.map((g) => `${g.verdict}/${g.sourceCount}`)).toEqual([
      'conflict/4', 'conflict/3', 'conflict/2',
      'scope-differs/4', 'scope-differs/3', 'scope-differs/2',
      'compatible/4', 'compatible/3', 'compatible/2',
      'agree/4', 'agree/3', 'agree/2',
    ]);
    expect(groups[0].id).toBe('fact-0000'); // input untouched
    expect(sortGroups(result.groups).map((g) => g.id)).toEqual(['percent-homes-damaged-lower-district', 'quote-ortiz-fund', 'date-repairs-begin']);
  });

  test('text filter matches subject, values, readings and outlets; all words must match', () => {
    const sorted = sortGroups(result.groups);
    const f = (text: string) => filterGroups(sorted, text, 'all', {}, index).map((g) => g.id);
    expect(f('')).toEqual(sorted.map((g) => g.id));
    expect(filterGroups(sorted, '', 'all', {}, index)).toBe(sorted);
    expect(f('HOMES')).toEqual(['percent-homes-damaged-lower-district']);
    expect(f('25 %')).toEqual(['percent-homes-damaged-lower-district']);
    expect(f('mar 2026')).toEqual(['date-repairs-begin']);
    expect(f('promise river')).toEqual(['quote-ortiz-fund']);
    expect(f('valley courier')).toEqual(sorted.map((g) => g.id));
    expect(f('promise homes')).toEqual([]);
    // notes are searchable
    expect(filterGroups(sorted, 'mayor', 'all', { 'date-repairs-begin': { note: 'ask the mayor', stale: false } }, index).map((g) => g.id)).toEqual(['date-repairs-begin']);
  });

  test('verdict filters, including needs-review', () => {
    const sorted = sortGroups(result.groups);
    expect(filterGroups(sorted, '', 'conflict', {}, index).map((g) => g.verdict)).toEqual(['conflict', 'conflict']);
    expect(filterGroups(sorted, '', 'compatible', {}, index).map((g) => g.id)).toEqual(['date-repairs-begin']);
    expect(filterGroups(sorted, '', 'agree', {}, index)).toEqual([]);
    const review = {
      'percent-homes-damaged-lower-district': { editorVerdict: 'confirmed-conflict' as const, stale: false },
      'quote-ortiz-fund': { editorVerdict: 'not-a-conflict' as const, stale: true },
      'date-repairs-begin': { editorVerdict: 'needs-follow-up' as const, stale: false },
    };
    expect(filterGroups(sorted, '', 'needs-review', review, index).map((g) => g.id)).toEqual(['quote-ortiz-fund', 'date-repairs-begin']);
    expect(needsReview(undefined)).toBe(true);
    expect(needsReview({ editorVerdict: 'not-a-conflict', stale: false })).toBe(false);
  });

  test('totals per verdict and per editor verdict', () => {
    expect(totals(result.groups, { 'quote-ortiz-fund': { editorVerdict: 'confirmed-conflict', stale: true } })).toEqual({
      verdicts: { conflict: 2, 'scope-differs': 0, compatible: 1, agree: 0 },
      editor: { 'confirmed-conflict': 1, 'not-a-conflict': 0, 'needs-follow-up': 0, open: 2, stale: 1 },
    });
  });

  test('filtering 2,000 facts is fast and sorting is memoisable (pure)', () => {
    const groups: JudgedGroup[] = manyGroups(2000);
    const idx = searchIndex(groups, result.sources);
    const t0 = performance.now();
    const sorted = sortGroups(groups);
    for (let i = 0; i < 50; i++) filterGroups(sorted, 'number 19', 'all', {}, idx);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(filterGroups(sorted, 'number 1999', 'all', {}, idx).map((g) => g.id)).toEqual(['fact-1999']);
  });
});

describe('key map', () => {
  const key = (k: Partial<Key> = {}): Key =>
    ({
      upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
      home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
      backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
      ...k,
    }) as Key;
  const list: KeyContext = { screen: 'list', input: 'none', showHelp: false };
  const esc = key({ escape: true, meta: true }); // how ink reports a lone Esc

  test.each([
    ['j', key(), { kind: 'move', delta: 1 }],
    ['k', key(), { kind: 'move', delta: -1 }],
    ['', key({ downArrow: true }), { kind: 'move', delta: 1 }],
    ['', key({ upArrow: true }), { kind: 'move', delta: -1 }],
    ['', key({ return: true }), { kind: 'open' }],
    ['', esc, { kind: 'back' }],
    ['/', key(), { kind: 'start-filter' }],
    ['f', key(), { kind: 'cycle-filter' }],
    ['1', key(), { kind: 'verdict', verdict: 'confirmed-conflict' }],
    ['2', key(), { kind: 'verdict', verdict: 'not-a-conflict' }],
    ['3', key(), { kind: 'verdict', verdict: 'needs-follow-up' }],
    ['0', key(), { kind: 'verdict', verdict: null }],
    ['n', key(), { kind: 'start-note' }],
    ['?', key(), { kind: 'help' }],
    ['q', key(), { kind: 'quit' }],
    ['o', key(), { kind: 'overview' }],
    ['', key({ pageDown: true }), { kind: 'page', delta: 1 }],
    ['x', key(), undefined],
    ['j', key({ ctrl: true }), undefined],
    ['j', key({ meta: true }), undefined],
  ])('list: %j %o → %o', (input, k, intent) => {
    expect(mapKey(input as string, k as Key, list)).toEqual(intent);
  });

  test('typing in the footer: text, erase, Enter, Esc; shortcuts do not fire', () => {
    const typing: KeyContext = { screen: 'detail', input: 'note', showHelp: false };
    expect(mapKey('q', key(), typing)).toEqual({ kind: 'type', text: 'q' });
    expect(mapKey('1', key(), typing)).toEqual({ kind: 'type', text: '1' });
    expect(mapKey('pasted\x1b[31m text\n', key(), typing)).toEqual({ kind: 'type', text: 'pasted text ' });
    expect(mapKey('', key({ backspace: true }), typing)).toEqual({ kind: 'erase' });
    expect(mapKey('', key({ delete: true }), typing)).toEqual({ kind: 'erase' });
    expect(mapKey('u', key({ ctrl: true }), typing)).toEqual({ kind: 'erase-all' });
    expect(mapKey('', key({ return: true }), typing)).toEqual({ kind: 'submit' });
    expect(mapKey('', esc, typing)).toEqual({ kind: 'cancel' });
    expect(mapKey('', key({ upArrow: true }), typing)).toBeUndefined();
  });

  test('detail, overview and help', () => {
    const detail: KeyContext = { screen: 'detail', input: 'none', showHelp: false };
    expect(mapKey('', key({ return: true }), detail)).toBeUndefined();
    expect(mapKey('1', key(), detail)).toEqual({ kind: 'verdict', verdict: 'confirmed-conflict' });
    const overview: KeyContext = { screen: 'overview', input: 'none', showHelp: false };
    expect(mapKey('1', key(), overview)).toBeUndefined();
    expect(mapKey('', key({ return: true }), overview)).toEqual({ kind: 'back' });
    const help: KeyContext = { ...list, showHelp: true };
    expect(mapKey('j', key(), help)).toBeUndefined();
    expect(mapKey('?', key(), help)).toEqual({ kind: 'help' });
    expect(mapKey('', esc, help)).toEqual({ kind: 'help' });
    expect(mapKey('q', key(), help)).toEqual({ kind: 'quit' });
  });
});

describe('key bursts', () => {
  const blank = {} as Key;
  const events = (input: string, typingAfter = Infinity, key: Key = blank) => {
    let n = 0;
    const out: string[] = [];
    for (const e of keyEvents(input, key, () => n >= typingAfter)) {
      n++;
      const k = e.key;
      out.push(k.return ? '⏎' : k.tab ? '⇥' : k.delete ? '⌫' : k.backspace ? '⌫b' : e.input);
    }
    return out;
  };

  test('a chunk of keys becomes one key press per character, control characters included', () => {
    expect(events('jjj')).toEqual(['j', 'j', 'j']);
    expect(events('jj\r')).toEqual(['j', 'j', '⏎']);
    expect(events('j\tk\x7f\b')).toEqual(['j', '⇥', 'k', '⌫', '⌫b']);
    expect(events('j')).toEqual(['j']);
    expect(events('[A', Infinity, { upArrow: true } as Key)).toEqual(['[A']);
  });

  test('once a text field opens, the rest of the run is typed at once, and Enter still submits', () => {
    // "/" opens the filter (typing from the second event on)
    expect(events('/promise\rj', 1)).toEqual(['/', 'promise', '⏎', 'j']);
    expect(events('Courier misquotes\r', 0)).toEqual(['Courier misquotes', '⏎']);
  });
});
