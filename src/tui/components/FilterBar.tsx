import { Box, Text } from 'ink';
import type { InputMode, VerdictFilter } from '../state/types.js';

export interface FilterBarProps {
  textFilter: string;
  verdictFilter: VerdictFilter;
  input: InputMode;
  shown: number;
  total: number;
  width: number;
}

/** The filter line: what is filtered and how many facts are shown; the `/` prompt while typing. */
export function FilterBar({ textFilter, verdictFilter, input, shown, total, width }: FilterBarProps) {
  if (input.kind === 'filter') {
    return (
      <Box width={width}>
        <Text wrap="truncate-start">
          <Text bold>Filter: </Text>
          {input.draft}
          <Text inverse> </Text>
          {'   Enter apply · Esc clear'}
        </Text>
      </Box>
    );
  }
  const parts = [`verdict: ${verdictFilter}`];
  if (textFilter) parts.push(`text: “${textFilter}”`);
  return (
    <Box width={width}>
      <Text wrap="truncate-end">
        {shown === total ? `${total} facts` : `${shown} of ${total} facts`} · {parts.join(' · ')}
        {verdictFilter === 'all' && !textFilter ? '   (/ filter text · f cycle verdicts)' : ''}
      </Text>
    </Box>
  );
}
