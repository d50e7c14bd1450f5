import { Box, Text } from 'ink';
import type { Claim } from '../../model/claim.js';
import type { Source } from '../../model/source.js';
import { oneLine } from '../../text/sanitize.js';
import { sentenceParts } from '../../present/sentence.js';
import { dateLabel, readingLine, wrapSegments, wrapText, type Segment } from '../format.js';
import { sourceName } from '../../present/sources.js';

export interface StatementProps {
  claim: Claim;
  source: Source | undefined;
  width: number;
}

const INDENT = 2;

interface StatementLines {
  sentence: Segment[][];
  reading: string[];
}

function layout(claim: Claim, source: Source | undefined, width: number): StatementLines {
  const h = sentenceParts(claim);
  const inner = Math.max(10, width - INDENT);
  return {
    sentence: wrapSegments([{ text: h.before }, { text: h.value, mark: true }, { text: h.after }], inner),
    reading: wrapText(`→ ${readingLine(claim, source)}`, inner),
  };
}

/** Lines a statement block takes at `width` (for the detail view's window). */
export function statementHeight(claim: Claim, source: Source | undefined, width: number): number {
  const l = layout(claim, source, width);
  return 1 + l.sentence.length + l.reading.length;
}

/** One source's statement: outlet, date, the sentence with the value in inverse, the reading in words. */
export function Statement({ claim, source, width }: StatementProps) {
  const l = layout(claim, source, width);
  const pad = ' '.repeat(INDENT);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold>{sourceName(source, claim.sourceId)}</Text>
        {' · '}
        {dateLabel(source?.published)}
        {' · '}
        {oneLine(claim.sourceId)}
      </Text>
      {l.sentence.map((line, i) => (
        <Text key={`s${i}`} wrap="truncate-end">
          {pad}
          {line.map((seg, j) =>
            seg.mark ? (
              <Text key={j} inverse bold>
                {seg.text}
              </Text>
            ) : (
              seg.text
            ),
          )}
        </Text>
      ))}
      {l.reading.map((line, i) => (
        <Text key={`r${i}`} wrap="truncate-end">
          {pad}
          {line}
        </Text>
      ))}
    </Box>
  );
}
