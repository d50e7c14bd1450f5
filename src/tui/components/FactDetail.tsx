import { Box, Text } from 'ink';
import type { ReviewState } from '../../model/catalogue.js';
import type { JudgedGroup } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';
import { detailLayout, detailRows } from '../detail-layout.js';
import { StyledLine } from './StyledLine.js';

export interface FactDetailProps {
  group: JudgedGroup;
  review: ReviewState | undefined;
  sourceById: Map<string, Source>;
  /** Which statements come from one text, and copies that differ ("2 outlets, 1 independent (…)"). */
  provenance?: readonly string[];
  /** First body line shown (the title stays). */
  scroll: number;
  width: number;
  height: number;
}

const NO_PROVENANCE: readonly string[] = [];

/**
 * Every source's statement of one fact, side by side in reading order, with
 * the verdict, the explanation and the editor's review, wrapped in full.
 * The title stays; the rest scrolls a line at a time (↑↓/jk) or a page
 * (PgUp/PgDn, Space), and a line at the bottom says what is above and below.
 */
export function FactDetail({ group, review, sourceById, provenance = NO_PROVENANCE, scroll, width, height }: FactDetailProps) {
  const layout = detailLayout({ group, review, sourceById, provenance, width });
  const rows = detailRows(layout, height);
  const total = layout.body.length;
  const first = Math.max(0, Math.min(scroll, total - rows));
  const last = Math.min(total, first + rows);
  const shown = layout.body.slice(first, last);
  let where = '';
  if (total > rows) {
    // Which statements are (partly) in view, to keep one's place in a long fact.
    const starts = layout.statementStarts;
    let a = -1;
    let b = -1;
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1] : total;
      if (end > first && starts[i] < last) {
        if (a < 0) a = i;
        b = i;
      }
    }
    const parts = [];
    if (first > 0) parts.push(`↑ ${first} ${first === 1 ? 'line' : 'lines'} above`);
    if (last < total) parts.push(`↓ ${total - last} ${total - last === 1 ? 'line' : 'lines'} below`);
    if (a >= 0) parts.push(`statements ${a + 1}–${b + 1} of ${starts.length} in view`);
    parts.push('j/k scroll · Space/PgDn page');
    where = parts.join(' · ');
  }
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <StyledLine line={layout.title} verdict={group.verdict} />
      {shown.map((line, i) => (
        <StyledLine key={first + i} line={line} />
      ))}
      {where ? <Text wrap="truncate-end">{where}</Text> : null}
    </Box>
  );
}
