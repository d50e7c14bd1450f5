import { memo } from 'react';
import { Box, Text } from 'ink';
import type { ReviewState } from '../../model/catalogue.js';
import type { JudgedGroup } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';
import { oneLine } from '../../text/sanitize.js';
import { valuesCell } from '../values-cell.js';
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
  // The values come first and get the larger share: in a conflict they are what the editor checks.
  const values = Math.max(12, Math.floor(rest * 0.55));
  return { marker, verdict, editor, sources, values, subject: Math.max(6, rest - values - 1) };
}

/** After the editor's verdict when the statements changed since it was given (the header says what it means). */
export const STALE_MARK = '!';

export function editorMark(review: ReviewState | undefined): string {
  if (!review?.editorVerdict) return review?.note ? 'note' : '·';
  return `${EDITOR_SHORT[review.editorVerdict]}${review.stale ? STALE_MARK : ''}`;
}

export interface FactRowProps {
  group: JudgedGroup;
  review: ReviewState | undefined;
  selected: boolean;
  sourceById: Map<string, Source>;
  widths: ColumnWidths;
}

/** One fact in the list: verdict, editor's verdict, source count, the competing values, subject. */
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
      <Box width={widths.values} marginRight={1}>
        <Text inverse={selected} wrap="truncate-end">
          {valuesCell(group, sourceById, widths.values)}
        </Text>
      </Box>
      <Box width={widths.subject}>
        <Text inverse={selected} bold={selected} wrap="truncate-end">
          {oneLine(group.subject)}
        </Text>
      </Box>
    </Box>
  );
});
