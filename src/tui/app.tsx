/**
 * The interactive review: `claimcheck review` / `npm start` on a terminal.
 * Renders the engine's result with ink, writes the editor's verdicts and
 * notes to the story's catalogue as they are given, and resolves with the
 * exit code when the editor quits.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { Box, render, useApp } from 'ink';
import type { JudgedGroup } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';
import type { Source } from '../model/source.js';
import { oneLine } from '../text/sanitize.js';
import { initialState, reducer, scrollFor } from './state/reducer.js';
import { claimCounts, filterGroups, searchIndex, sortGroups, totals as computeTotals, visibleRange } from './state/selectors.js';
import { move, moveTo, open, back, type Action } from './state/actions.js';
import type { StatusMessage, UiState } from './state/types.js';
import type { setVerdict } from '../catalogue/write.js';
import { useKeys, type Intent } from './hooks/useKeys.js';
import { useTerminalSize, type TerminalSize } from './hooks/useTerminalSize.js';
import { useCatalogueWriter, type WriteEvent } from './hooks/useCatalogueWriter.js';
import { ThemeContext, colorFromEnv } from './theme.js';
import { Header } from './components/Header.js';
import { FilterBar } from './components/FilterBar.js';
import { FactList } from './components/FactList.js';
import { FactDetail } from './components/FactDetail.js';
import { Overview, OVERVIEW_HEAD_LINES } from './components/Overview.js';
import { Help } from './components/Help.js';
import { Footer } from './components/Footer.js';
import { NoteInput } from './components/NoteInput.js';
import { wrapText } from './format.js';
import { detailLayout, detailRows, maxDetailScroll } from './detail-layout.js';
import { groupProvenanceLines, linkTitle } from '../present/provenance.js';
import { sourceName } from '../present/sources.js';

export type { WriteEvent } from './hooks/useCatalogueWriter.js';

/** Lines of the list body that are not fact rows: header 2, filter 1, column heads 1. */
export const LIST_HEAD_LINES = 4;
/** An error in the footer wraps onto at most this many lines (the body gives them up). */
const STATUS_MAX_LINES = 3;

export interface ReviewAppProps {
  result: RunResult;
  /** The catalogue file new entries go to (claims/catalogue.yaml). Without it verdicts cannot be saved. */
  cataloguePath?: string;
  onWrite?: (event: WriteEvent) => void;
  /** Called with the exit code when the editor quits. */
  onExit?: (code: number) => void;
  /** Fixed terminal size (tests); otherwise the terminal's, following resizes. */
  size?: Partial<TerminalSize>;
  /** The catalogue writer (tests pass one that fails). */
  writeEntry?: typeof setVerdict;
}

/** As `claimcheck report`: 1 when an input file was skipped (a catalogue that does not parse, an unreadable source), else 0. */
export function quitCode(result: RunResult): number {
  return result.diagnostics.some((d) => d.skipped) ? 1 : 0;
}

/** A catalogue that could not be read, said on the first screen and kept in the footer until a message replaces it. */
export function catalogueWarning(result: RunResult): StatusMessage | undefined {
  const d = result.diagnostics.find((x) => x.severity === 'error' && x.ruleId.startsWith('claims/'));
  if (!d) return undefined;
  const at = `${oneLine(d.file)}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}`;
  return { kind: 'error', text: `Catalogue not read, verdicts will not be saved (exit code 1): ${at}: ${oneLine(d.message)}` };
}

const EMPTY: Record<string, never> = {};

export function ReviewApp({ result, cataloguePath, onWrite, onExit, size: sizeOverride, writeEntry }: ReviewAppProps) {
  const { exit } = useApp();
  const [state, rawDispatch] = useReducer(reducer, result.review ?? EMPTY, initialState);
  // The state as of the last dispatched action, ahead of React's render, so
  // several keys arriving between two frames each see the previous one's effect.
  const stateRef = useRef(state);
  stateRef.current = state;
  const dispatch = useCallback((action: Action) => {
    stateRef.current = reducer(stateRef.current, action);
    rawDispatch(action);
  }, []);

  const size = useTerminalSize(sizeOverride);
  // Ink redraws the whole screen when a frame is as tall as the terminal: stay one line short.
  const height = Math.max(8, size.rows - 1);
  const width = Math.max(40, size.columns);
  const warning = useMemo(() => catalogueWarning(result), [result]);
  const status = state.status ?? warning;
  // An error is read in full: it wraps above the keys line, and the body is that much shorter.
  const statusLines =
    status && state.input.kind !== 'note' ? wrapText(`${status.kind === 'error' ? '⚠ ' : ''}${oneLine(status.text)}`, width - 1, status.kind === 'error' ? STATUS_MAX_LINES : 1) : [' '];
  const bodyHeight = Math.max(3, height - 1 - statusLines.length);
  const pageSize = Math.max(1, bodyHeight - LIST_HEAD_LINES);

  const sourceById = useMemo(() => new Map<string, Source>(result.sources.map((s) => [s.id, s])), [result.sources]);
  const sorted = useMemo(() => sortGroups(result.groups), [result.groups]);
  const index = useMemo(() => searchIndex(result.groups, result.sources), [result.groups, result.sources]);
  const byId = useMemo(() => new Map<string, JudgedGroup>(result.groups.map((g) => [g.id, g])), [result.groups]);
  const counts = useMemo(() => claimCounts(result.claims), [result.claims]);

  // The visible list, recomputed only when its inputs change (memoised by identity).
  const filterCache = useRef<{ inputs: unknown[]; value: JudgedGroup[] } | undefined>(undefined);
  const viewOf = useCallback(
    (s: UiState) => {
      // The review record only matters for 'needs-review' and for notes in a text filter.
      const review = s.verdictFilter === 'needs-review' || s.textFilter !== '' ? s.review : EMPTY;
      const inputs = [sorted, index, s.textFilter, s.verdictFilter, review];
      const cached = filterCache.current;
      let visible: JudgedGroup[];
      if (cached && cached.inputs.every((x, i) => x === inputs[i])) visible = cached.value;
      else {
        visible = filterGroups(sorted, s.textFilter, s.verdictFilter, review, index);
        filterCache.current = { inputs, value: visible };
      }
      const count = visible.length;
      const cursor = count === 0 ? 0 : Math.min(s.cursor, count - 1);
      const selected: JudgedGroup | undefined = visible[cursor];
      const detail = s.detailGroupId !== undefined ? byId.get(s.detailGroupId) : undefined;
      const target = s.screen === 'detail' ? detail : s.screen === 'list' ? selected : undefined;
      return { visible, count, cursor, selected, detail, target };
    },
    [sorted, index, byId],
  );

  const view = viewOf(state);
  const { visible, count, cursor } = view;
  const scrollTop = scrollFor(cursor, state.scrollTop, count, pageSize);
  const totals = useMemo(() => computeTotals(result.groups, state.review), [result.groups, state.review]);

  // Keep the window valid when the terminal is resized or the list shrinks.
  useEffect(() => {
    dispatch({ type: 'resize', count, pageSize });
  }, [count, pageSize, dispatch]);

  // The open fact's provenance lines, worked out once per fact (the detail layout is memoised on them).
  const provenanceCache = useRef<{ group?: JudgedGroup; lines: string[] }>({ lines: [] });
  const provenanceOf = useCallback(
    (g: JudgedGroup) => {
      const c = provenanceCache.current;
      if (c.group !== g) provenanceCache.current = { group: g, lines: groupProvenanceLines(result, g, (id) => sourceName(sourceById.get(id), id)) };
      return provenanceCache.current.lines;
    },
    [result, sourceById],
  );
  // The fact view's lines at this width, to bound its scroll.
  const layoutOf = useCallback(
    (g: JudgedGroup, s: UiState) => detailLayout({ group: g, review: s.review[g.id], sourceById, provenance: provenanceOf(g), width }),
    [sourceById, provenanceOf, width],
  );

  const getReview = useCallback(() => stateRef.current.review, []);
  const writer = useCatalogueWriter(result, cataloguePath, getReview, dispatch, onWrite, writeEntry);

  const quit = useCallback(() => {
    const code = quitCode(result);
    onExit?.(code);
    exit(code);
  }, [exit, onExit, result]);

  const onIntent = useCallback(
    (intent: Intent) => {
      const s = stateRef.current;
      const { count, selected, detail, target } = viewOf(s);
      const overviewRows = Math.max(1, bodyHeight - OVERVIEW_HEAD_LINES - 1);
      switch (intent.kind) {
        case 'quit':
          return quit();
        case 'help':
          return dispatch({ type: 'toggle-help' });
        case 'move':
          if (s.screen === 'detail' && detail) return dispatch({ type: 'scroll-detail', delta: intent.delta, max: maxDetailScroll(layoutOf(detail, s), bodyHeight) });
          if (s.screen === 'overview')
            return dispatch({ type: 'scroll-overview', delta: intent.delta, max: result.sources.length - overviewRows });
          return dispatch(move(intent.delta, count, pageSize));
        case 'page':
          if (s.screen === 'list') return dispatch(move(intent.delta * pageSize, count, pageSize));
          if (s.screen === 'overview')
            return dispatch({ type: 'scroll-overview', delta: intent.delta * overviewRows, max: result.sources.length - overviewRows });
          if (detail) {
            const layout = layoutOf(detail, s);
            // A page keeps one line of the last for context.
            const page = Math.max(1, detailRows(layout, bodyHeight) - 1);
            return dispatch({ type: 'scroll-detail', delta: intent.delta * page, max: maxDetailScroll(layout, bodyHeight) });
          }
          return;
        case 'home':
          if (s.screen === 'detail' && detail) return dispatch({ type: 'scroll-detail', delta: -s.detailScroll, max: maxDetailScroll(layoutOf(detail, s), bodyHeight) });
          return s.screen === 'list' ? dispatch(moveTo(0, count, pageSize)) : undefined;
        case 'end':
          if (s.screen === 'detail' && detail) {
            const max = maxDetailScroll(layoutOf(detail, s), bodyHeight);
            return dispatch({ type: 'scroll-detail', delta: max - s.detailScroll, max });
          }
          return s.screen === 'list' ? dispatch(moveTo(count - 1, count, pageSize)) : undefined;
        case 'open':
          if (selected) dispatch(open(selected.id));
          return;
        case 'back':
          if (s.screen === 'list' && s.textFilter !== '') return dispatch({ type: 'clear-filter' });
          return dispatch(back());
        case 'overview':
          return dispatch({ type: 'show-overview' });
        case 'start-filter':
          return dispatch({ type: 'start-filter' });
        case 'cycle-filter':
          return dispatch({ type: 'cycle-verdict-filter' });
        case 'verdict':
          if (target) writer.verdict(target, intent.verdict);
          return;
        case 'start-note':
          if (target) dispatch({ type: 'start-note', groupId: target.id, initial: s.review[target.id]?.note ?? '' });
          return;
        case 'type':
          return dispatch({ type: 'input-text', text: intent.text });
        case 'erase':
          return dispatch({ type: 'input-backspace' });
        case 'erase-all':
          return dispatch({ type: 'input-clear' });
        case 'submit':
          if (s.input.kind === 'filter') return dispatch({ type: 'apply-filter' });
          if (s.input.kind === 'note') {
            const g = byId.get(s.input.groupId);
            if (g) writer.note(g, s.input.draft);
          }
          return;
        case 'cancel':
          if (s.input.kind === 'filter') return dispatch({ type: 'clear-filter' });
          return dispatch({ type: 'cancel-note' });
      }
    },
    [quit, dispatch, viewOf, pageSize, bodyHeight, result.sources.length, writer, byId, layoutOf],
  );

  const keyContext = useCallback(() => {
    const s = stateRef.current;
    return { screen: s.screen, input: s.input.kind, showHelp: s.showHelp };
  }, []);
  useKeys(keyContext, onIntent);

  const detail = view.detail;
  const story = result.catalogue?.story;
  let body;
  if (state.showHelp) {
    body = <Help width={width} height={bodyHeight} cataloguePath={cataloguePath} />;
  } else if (state.screen === 'detail' && detail) {
    body = (
      <FactDetail
        group={detail}
        review={state.review[detail.id]}
        sourceById={sourceById}
        provenance={provenanceOf(detail)}
        scroll={state.detailScroll}
        width={width}
        height={bodyHeight}
      />
    );
  } else if (state.screen === 'overview') {
    body = (
      <Overview
        story={story}
        sources={result.sources}
        claimCounts={counts}
        claimCount={result.claims.length}
        factCount={result.groups.length}
        totals={totals}
        diagnostics={result.diagnostics}
        cataloguePath={cataloguePath}
        links={(result.provenance?.links ?? []).map(
          (l) => `${linkTitle(l, (id) => sourceName(sourceById.get(id), id))}${l.passages.length ? ` — ${l.passages.length} shared passages` : ''}`,
        )}
        scroll={state.overviewScroll}
        width={width}
        height={bodyHeight}
      />
    );
  } else {
    body = (
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        <Header
          story={story}
          sourceCount={result.sources.length}
          claimCount={result.claims.length}
          factCount={result.groups.length}
          totals={totals}
          width={width}
        />
        <FilterBar
          textFilter={state.textFilter}
          verdictFilter={state.verdictFilter}
          input={state.input}
          shown={count}
          total={result.groups.length}
          window={visibleRange(scrollTop, pageSize, count)}
          width={width}
        />
        <FactList
          groups={visible}
          review={state.review}
          cursor={cursor}
          scrollTop={scrollTop}
          pageSize={pageSize}
          width={width}
          sourceById={sourceById}
        />
      </Box>
    );
  }

  const noteGroup = state.input.kind === 'note' ? byId.get(state.input.groupId) : undefined;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {body}
      </Box>
      <Footer screen={state.showHelp ? 'overview' : state.screen} status={status} lines={statusLines} width={width}>
        {state.input.kind === 'note' ? (
          <NoteInput draft={state.input.draft} subject={oneLine(noteGroup?.subject ?? '')} width={width} />
        ) : undefined}
      </Footer>
    </Box>
  );
}

export interface ReviewOptions {
  /** Catalogue file for verdicts and notes (claims/catalogue.yaml); created on the first verdict if missing. */
  cataloguePath?: string;
  /** Called after each catalogue write (or failed write). */
  onWrite?: (event: WriteEvent) => void;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  /** Colours on or off; default: off when NO_COLOR is set. */
  color?: boolean;
  /** Draw on the terminal's alternate screen (restored on exit); default: when stdout is a TTY. */
  alternateScreen?: boolean;
  /** Called once, after the first frame of the review is drawn (launch timing). */
  onFirstFrame?: () => void;
  /** Fixed size instead of the terminal's. */
  size?: Partial<TerminalSize>;
  writeEntry?: typeof setVerdict;
}

/**
 * Open the review UI on a run's result and resolve with the exit code when
 * the editor quits: for `q` 0, or 1 when an input file was skipped (a
 * catalogue that does not parse), as `claimcheck report`; 130 when
 * interrupted (Ctrl+C). Without a TTY
 * on stdin it draws the list once and resolves with 0 (callers should print
 * the text report instead, as `claimcheck review` does).
 */
export async function runReview(result: RunResult, opts: ReviewOptions = {}): Promise<number> {
  const stdout = opts.stdout ?? process.stdout;
  const stdin = opts.stdin ?? process.stdin;
  const interactive = stdin.isTTY === true;
  // Without a keyboard there is nothing to review with: draw one frame and return.
  const alternate = interactive && (opts.alternateScreen ?? stdout.isTTY === true);
  const color = opts.color ?? colorFromEnv();
  if (alternate) stdout.write('\x1b[?1049h\x1b[H');
  let first = opts.onFirstFrame;
  try {
    const instance = render(
      <ThemeContext.Provider value={{ color }}>
        <ReviewApp result={result} cataloguePath={opts.cataloguePath} onWrite={opts.onWrite} size={opts.size} writeEntry={opts.writeEntry} />
      </ThemeContext.Provider>,
      {
        stdin,
        stdout,
        stderr: opts.stderr ?? process.stderr,
        exitOnCtrlC: true,
        patchConsole: false,
        onRender: opts.onFirstFrame
          ? () => {
              const f = first;
              first = undefined;
              f?.();
            }
          : undefined,
      },
    );
    if (!interactive) {
      await new Promise((r) => setTimeout(r, 50));
      instance.unmount();
      await instance.waitUntilExit();
      return 0;
    }
    const value = await instance.waitUntilExit();
    return typeof value === 'number' ? value : 130;
  } finally {
    if (alternate) stdout.write('\x1b[?1049l');
  }
}
