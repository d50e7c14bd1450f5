import { memo } from 'react';
import { Box, Text } from 'ink';
import type { ReviewState } from '../../model/catalogue.js';
import type { JudgedGroup } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';
import { oneLine } from '../../text/sanitize.js';
import { valuesSummary } from '../format.js';
import { EDITOR_SHORT, VERDICT_TAG } from '../../present/labels.js';
import { useTheme, verdictColor } from '../theme.js';

export interface ColumnWidths {
  marker: number;
  verdict: number;
  editor: number;
  sources: number;
  subject: number;
  values: number;
}

/** Column widths for a terminal `width` wide. */
export function columnWidths(width: number): ColumnWidths {
  const marker = 2;
  const verdict = 14;
  const editor = 6;
  const sources = 4;
  const rest = Math.max(20, width - marker - verdict - editor - sources);
  const subject = Math.max(14, Math.floor(rest * 0.4));
  return { marker, verdict, editor, sources, subject, values: Math.max(6, rest - subject - 1) };
}

export function editorMark(review: ReviewState | undefined): string {
  if (!review?.editorVerdict) return review?.note ? 'note' : '·';
  return `${EDITOR_SHORT[review.editorVerdict]}${review.stale ? '*' : ''}`;
}

export interface FactRowProps {
  group: JudgedGroup;
  review: ReviewState | undefined;
  selected: boolean;
  sourceById: Map<string, Source>;
  widths: ColumnWidths;
}

/** One fact in the list: verdict, editor's verdict, source count, subject, the competing values. */
export const FactRow = memo(function FactRow({ group, review, selected, sourceById, widths }: FactRowProps) {
  const theme = useTheme();
  return (
    <Box height={1}>
      <Box width={widths.marker}>
        <Text bold={selected}>{selected ? '▸' : ' '}</Text>
      </Box>
      <Box width={widths.verdict}>
        <Text color={verdictColor(theme, group.verdict)} bold={group.verdict === 'conflict'} inverse={selected} wrap="truncate-end">
          {VERDICT_TAG[group.verdict]}
        </Text>
      </Box>
      <Box width={widths.editor}>
        <Text inverse={selected} wrap="truncate-end">
          {editorMark(review)}
        </Text>
      </Box>
      <Box width={widths.sources}>
        <Text inverse={selected}>{String(group.sourceCount).padStart(2)} </Text>
      </Box>
      <Box width={widths.subject} marginRight={1}>
        <Text inverse={selected} bold={selected} wrap="truncate-end">
          {oneLine(group.subject)}
        </Text>
      </Box>
      <Box width={widths.values}>
        <Text inverse={selected} wrap="truncate-end">
          {valuesSummary(group, sourceById)}
        </Text>
      </Box>
    </Box>
  );
});
