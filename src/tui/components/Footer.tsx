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
  /** The status as wrapped lines (the app wraps an error onto a few lines so it is read in full); default one line. */
  lines?: string[];
  /** Replaces the status line (the note input). */
  children?: ReactNode;
  width: number;
}

/** A status line (message, error or the note being typed; an error may wrap onto a few) and the main keys. */
export function Footer({ screen, status, lines, children, width }: FooterProps) {
  const theme = useTheme();
  const error = status?.kind === 'error';
  const text = lines ?? [status ? `${error ? '⚠ ' : ''}${oneLine(status.text)}` : ' '];
  return (
    <Box flexDirection="column" width={width}>
      {children ? (
        <Box height={1}>{children}</Box>
      ) : (
        text.map((line, i) => (
          <Text key={i} wrap="truncate-end" bold={error} inverse={error} color={error && theme.color ? 'red' : undefined}>
            {status ? line : ' '}
          </Text>
        ))
      )}
      <Text wrap="truncate-end" inverse>
        {footerKeys(screen, width).padEnd(Math.max(0, width - 1))}
      </Text>
    </Box>
  );
}
