import { Box, Text } from 'ink';
import { VerdictTotals } from './VerdictTotals.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Source } from '../../model/source.js';
import { oneLine } from '../../text/sanitize.js';
import type { Totals } from '../state/selectors.js';
import { INFERRED_MARK, shortDate, truncate } from '../format.js';
import { sourceName } from '../../present/sources.js';
import { EDITOR_VERDICTS } from '../../model/catalogue.js';
import { EDITOR_WORDS } from '../../present/labels.js';

export interface OverviewProps {
  story?: string;
  sources: Source[];
  claimCounts: Map<string, number>;
  claimCount: number;
  factCount: number;
  totals: Totals;
  diagnostics: Diagnostic[];
  cataloguePath?: string;
  /** Provenance links in words ("A and B: partial copy — 7 shared passages"), listed under the sources. */
  links?: string[];
  scroll: number;
  width: number;
  height: number;
}

/** Lines above the sources table. */
export const OVERVIEW_HEAD_LINES = 7;

/** The story at a glance: sources with outlet, date and claim count; totals per verdict. */
export function Overview(props: OverviewProps) {
  const { sources, claimCounts, totals, width, height } = props;
  const warnings = props.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = props.diagnostics.filter((d) => d.severity === 'error').length;
  const firstProblem = props.diagnostics.find((d) => d.severity === 'error') ?? props.diagnostics.find((d) => d.severity === 'warning');
  // Links take at most a third of the body, below the sources.
  const links = props.links ?? [];
  const linkRows = links.length ? Math.min(links.length + 1, Math.max(2, Math.floor(height / 3))) : 0;
  const inferred = sources.some((s) => s.published?.inferred);
  const rows = Math.max(1, height - OVERVIEW_HEAD_LINES - 1 - linkRows - (inferred ? 1 : 0));
  const start = Math.max(0, Math.min(props.scroll, Math.max(0, sources.length - rows)));
  const end = Math.min(sources.length, start + rows);
  const idW = Math.max(12, Math.floor((width - 24) * 0.45));
  const outletW = Math.max(10, width - idW - 24);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold wrap="truncate-end">
        Story: {props.story ? oneLine(props.story) : '(no name; set story: in the catalogue)'} · {sources.length} sources · {props.claimCount} claims · {props.factCount} facts
      </Text>
      <Text wrap="truncate-end">
        Verdicts:{' '}
        <VerdictTotals totals={totals} />
      </Text>
      <Text wrap="truncate-end">
        Editor: {EDITOR_VERDICTS.map((v) => `${EDITOR_WORDS[v]} ${totals.editor[v]}`).join(' · ')} · open {totals.editor.open}
        {totals.editor.stale > 0 ? ` · changed since review ${totals.editor.stale}` : ''}
      </Text>
      <Text wrap="truncate-end">Catalogue: {props.cataloguePath ? oneLine(props.cataloguePath) : 'none (verdicts cannot be saved; start with --claims DIR)'}</Text>
      <Text wrap="truncate-end">
        Input: {errors} errors · {warnings} warnings
        {firstProblem ? ` — ${oneLine(firstProblem.file)}${firstProblem.line ? `:${firstProblem.line}` : ''}${firstProblem.column ? `:${firstProblem.column}` : ''} ${oneLine(firstProblem.message)}` : ''}
      </Text>
      <Text> </Text>
      <Text bold wrap="truncate-end">
        {'SOURCE'.padEnd(idW)} {'OUTLET'.padEnd(outletW)} {'DATE'.padEnd(13)} CLAIMS
      </Text>
      {sources.slice(start, end).map((s) => (
        <Text key={s.id} wrap="truncate-end">
          {truncate(oneLine(s.id), idW - 1).padEnd(idW)} {truncate(sourceName(s, '—'), outletW - 1).padEnd(outletW)}{' '}
          {shortDate(s.published).padEnd(13)} {String(claimCounts.get(s.id) ?? 0).padStart(6)}
        </Text>
      ))}
      {sources.length > end ? <Text>↓ {sources.length - end} more sources (j/k to scroll)</Text> : null}
      {inferred ? <Text wrap="truncate-end">{INFERRED_MARK} before a date: inferred, not stated by the source</Text> : null}
      {linkRows > 0 ? (
        <Text bold wrap="truncate-end">
          SHARED TEXT ({links.length}){links.length > linkRows - 1 ? ` — first ${linkRows - 1}; the reports list all` : ''}
        </Text>
      ) : null}
      {links.slice(0, Math.max(0, linkRows - 1)).map((l, i) => (
        <Text key={`link${i}`} wrap="truncate-end">
          {oneLine(l)}
        </Text>
      ))}
    </Box>
  );
}
