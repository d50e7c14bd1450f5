import { Text } from 'ink';
import type { Verdict } from '../../model/judgement.js';
import type { Line } from '../format.js';
import { useTheme, verdictColor } from '../theme.js';

export interface StyledLineProps {
  line: Line;
  /** The verdict whose colour a 'verdict' run takes. */
  verdict?: Verdict;
}

/** One pre-wrapped line; each run drawn as its mark says (see format.ts `Mark`). */
export function StyledLine({ line, verdict }: StyledLineProps) {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end">
      {line.length === 0
        ? ' '
        : line.map((seg, i) => {
            switch (seg.mark) {
              case true:
              case 'value':
              case 'stale':
                return (
                  <Text key={i} inverse bold>
                    {seg.text}
                  </Text>
                );
              case 'bold':
                return (
                  <Text key={i} bold>
                    {seg.text}
                  </Text>
                );
              case 'verdict':
                return (
                  <Text key={i} bold color={verdict ? verdictColor(theme, verdict) : undefined} inverse={!theme.color && verdict === 'conflict'}>
                    {seg.text}
                  </Text>
                );
              default:
                return seg.text;
            }
          })}
    </Text>
  );
}
