import { Box, Text } from 'ink';
import type { ReviewState } from '../../model/catalogue.js';
import type { JudgedGroup } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';
import { visibleRange } from '../state/selectors.js';
import { FactRow, columnWidths } from './FactRow.js';

export interface FactListProps {
  groups: JudgedGroup[];
  review: Record<string, ReviewState>;
  cursor: number;
  scrollTop: number;
  pageSize: number;
  width: number;
  sourceById: Map<string, Source>;
}

/** The sorted, filtered facts; only the rows in the window are rendered. */
export function FactList({ groups, review, cursor, scrollTop, pageSize, width, sourceById }: FactListProps) {
  const widths = columnWidths(width);
  const [start, end] = visibleRange(scrollTop, pageSize, groups.length);
  const rows = [];
  for (let i = start; i < end; i++) {
    const g = groups[i];
    rows.push(<FactRow key={g.id} group={g} review={review[g.id]} selected={i === cursor} sourceById={sourceById} widths={widths} />);
  }
  return (
    <Box flexDirection="column" width={width}>
      <Box height={1}>
        <Box width={widths.marker}>
          <Text> </Text>
        </Box>
        <Box width={widths.verdict}>
          <Text bold>VERDICT</Text>
        </Box>
        <Box width={widths.editor}>
          <Text bold>EDIT</Text>
        </Box>
        <Box width={widths.sources}>
          <Text bold>SRC</Text>
        </Box>
        <Box width={widths.values} marginRight={1}>
          <Text bold wrap="truncate-end">
            VALUES
          </Text>
        </Box>
        <Box width={widths.subject}>
          <Text bold wrap="truncate-end">
            FACT
          </Text>
        </Box>
      </Box>
      {groups.length === 0 ? <Text>No facts match. Press Esc to clear the text filter or f to change the verdict filter.</Text> : rows}
    </Box>
  );
}
