import { Box, Text } from 'ink';
import type { InputMode, VerdictFilter } from '../state/types.js';

export interface FilterBarProps {
  textFilter: string;
  verdictFilter: VerdictFilter;
  input: InputMode;
  shown: number;
  total: number;
  /** The rows on screen, [first, end) in the filtered list; where they are is said when not all fit. */
  window?: [number, number];
  width: number;
}

/** "rows 12–40 · 11 above · 2 more below": where the screen is in a list longer than it. */
export function listPosition(window: [number, number] | undefined, shown: number): string {
  if (!window) return '';
  const [start, end] = window;
  if (start === 0 && end >= shown) return '';
  const parts = [`rows ${start + 1}–${end}`];
  if (start > 0) parts.push(`${start} above`);
  if (end < shown) parts.push(`${shown - end} more below`);
  return parts.join(' · ');
}

/** The filter line: what is filtered, how many facts are shown and which rows are on screen; the `/` prompt while typing. */
export function FilterBar({ textFilter, verdictFilter, input, shown, total, window, width }: FilterBarProps) {
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
  const position = listPosition(window, shown);
  if (position) parts.push(position);
  return (
    <Box width={width}>
      <Text wrap="truncate-end">
        {shown === total ? `${total} facts` : `${shown} of ${total} facts`} · {parts.join(' · ')}
        {verdictFilter === 'all' && !textFilter ? '   (/ filter text · f cycle verdicts)' : ''}
      </Text>
    </Box>
  );
}
