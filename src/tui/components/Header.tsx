import { Box, Text } from 'ink';
import { VerdictTotals } from './VerdictTotals.js';
import type { Totals } from '../state/selectors.js';
import { oneLine } from '../../text/sanitize.js';
import { STALE_MARK } from './FactRow.js';

export interface HeaderProps {
  story?: string;
  sourceCount: number;
  claimCount: number;
  factCount: number;
  totals: Totals;
  width: number;
}

/** Two lines above the fact list: the story at a glance and the totals per verdict. */
export function Header({ story, sourceCount, claimCount, factCount, totals, width }: HeaderProps) {
  const e = totals.editor;
  const reviewed = e['confirmed-conflict'] + e['not-a-conflict'] + e['needs-follow-up'];
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end" bold>
        claimcheck review{story ? ` · ${oneLine(story)}` : ''} · {sourceCount} sources · {claimCount} claims · {factCount} facts
      </Text>
      <Text wrap="truncate-end">
        <VerdictTotals totals={totals} />
        {` │ reviewed ${reviewed} of ${factCount}`}
        {e['needs-follow-up'] > 0 ? ` · ${e['needs-follow-up']} follow-up` : ''}
        {e.stale > 0 ? ` · ${e.stale} changed since review (${STALE_MARK} in EDIT)` : ''}
      </Text>
    </Box>
  );
}
