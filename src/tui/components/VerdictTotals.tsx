import { Text } from 'ink';
import { VERDICT_ORDER } from '../../model/judgement.js';
import type { Totals } from '../state/selectors.js';
import { useTheme, verdictColor } from '../theme.js';

/** "conflict 4 · scope-differs 2 · compatible 19 · agree 11", each in its verdict's colour. */
export function VerdictTotals({ totals }: { totals: Totals }) {
  const theme = useTheme();
  return (
    <>
      {VERDICT_ORDER.map((v, i) => (
        <Text key={v}>
          {i > 0 ? ' · ' : ''}
          <Text color={verdictColor(theme, v)} bold={v === 'conflict'}>
            {v} {totals.verdicts[v]}
          </Text>
        </Text>
      ))}
    </>
  );
}
