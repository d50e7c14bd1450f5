import { Box, Text } from 'ink';
import type { Claim, Source } from '../../types.js';
import { oneLine } from '../../text/sanitize.js';
import { dateLabel, highlightSentence, readingLine, sourceName } from '../format.js';

export interface StatementProps {
  claim: Claim;
  source: Source | undefined;
  width: number;
}

/** Lines a statement block takes at `width` (for the detail view's window). */
export function statementHeight(claim: Claim, source: Source | undefined, width: number): number {
  const h = highlightSentence(claim);
  const inner = Math.max(10, width - 2);
  const sentence = Math.max(1, Math.ceil((h.before.length + h.value.length + h.after.length) / inner));
  const reading = Math.max(1, Math.ceil((readingLine(claim, source).length + 2) / inner));
  return 1 + sentence + reading;
}

/** One source's statement: outlet, date, the sentence with the value in inverse, the reading in words. */
export function Statement({ claim, source, width }: StatementProps) {
  const h = highlightSentence(claim);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold>{sourceName(source, claim.sourceId)}</Text>
        {' · '}
        {dateLabel(source?.published)}
        {' · '}
        {oneLine(claim.sourceId)}
      </Text>
      <Box paddingLeft={2}>
        <Text wrap="wrap">
          {h.before}
          <Text inverse bold>
            {h.value}
          </Text>
          {h.after}
        </Text>
      </Box>
      <Box paddingLeft={2}>
        <Text wrap="wrap">→ {readingLine(claim, source)}</Text>
      </Box>
    </Box>
  );
}
