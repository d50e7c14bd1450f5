import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { Screen, StatusMessage } from '../state/types.js';
import { useTheme } from '../theme.js';
import { oneLine } from '../../text/sanitize.js';

const LONG: Record<Screen, string> = {
  list: '↑↓/jk move  Enter open  / filter  f verdicts  1 conflict  2 not  3 follow-up  0 clear  n note  ? keys  q quit',
  detail: '↑↓/jk scroll  PgUp/PgDn page  g/G top/end  Esc back  1 conflict  2 not  3 follow-up  0 clear  n note  ? keys  q quit',
  overview: '↑↓/jk scroll  Esc back  ? keys  q quit',
};
const SHORT: Record<Screen, string> = {
  list: 'jk move ⏎ open / filter f verdicts 1 conf 2 not 3 f-up 0 clear n note ? q quit',
  detail: 'jk scroll PgDn/PgUp page Esc back 1 conf 2 not 3 f-up 0 clear n note ? q quit',
  overview: 'jk scroll Esc back ? keys q quit',
};

export function footerKeys(screen: Screen, width: number): string {
  return [...LONG[screen]].length < width ? LONG[screen] : SHORT[screen];
}

export interface FooterProps {
  screen: Screen;
  status?: StatusMessage;
  /** Replaces the status line (the note input). */
  children?: ReactNode;
  width: number;
}

/** Two lines: a status line (message, error or the note being typed) and the main keys. */
export function Footer({ screen, status, children, width }: FooterProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      <Box height={1}>
        {children ??
          (status ? (
            <Text wrap="truncate-end" bold={status.kind === 'error'} inverse={status.kind === 'error'} color={status.kind === 'error' && theme.color ? 'red' : undefined}>
              {status.kind === 'error' ? '⚠ ' : ''}
              {oneLine(status.text)}
            </Text>
          ) : (
            <Text> </Text>
          ))}
      </Box>
      <Text wrap="truncate-end" inverse>
        {footerKeys(screen, width).padEnd(Math.max(0, width - 1))}
      </Text>
    </Box>
  );
}
