import { Box } from 'ink';
import type { Claim } from '../../model/claim.js';
import type { Source } from '../../model/source.js';
import { oneLine } from '../../text/sanitize.js';
import { sentenceParts } from '../../present/sentence.js';
import { dateLabel, readingLine, truncate, wrapSegments, wrapText, type Line } from '../format.js';
import { sourceName } from '../../present/sources.js';
import { StyledLine } from './StyledLine.js';

export interface StatementProps {
  claim: Claim;
  source: Source | undefined;
  width: number;
}

const INDENT = 2;

/**
 * A statement as screen lines `width` wide: outlet, date and source id; the
 * sentence with the value marked, wrapped and indented; the reading in words.
 */
export function statementLines(claim: Claim, source: Source | undefined, width: number): Line[] {
  const h = sentenceParts(claim);
  const inner = Math.max(10, width - INDENT);
  const pad = { text: ' '.repeat(INDENT) };
  const name = truncate(sourceName(source, claim.sourceId), width);
  const rest = truncate(` · ${dateLabel(source?.published)} · ${oneLine(claim.sourceId)}`, Math.max(0, width - [...name].length));
  const lines: Line[] = [rest ? [{ text: name, mark: 'bold' }, { text: rest }] : [{ text: name, mark: 'bold' }]];
  for (const line of wrapSegments([{ text: h.before }, { text: h.value, mark: 'value' }, { text: h.after }], inner)) lines.push([pad, ...line]);
  for (const line of wrapText(`→ ${readingLine(claim, source)}`, inner)) lines.push([pad, { text: line }]);
  return lines;
}

/** Lines a statement block takes at `width`. */
export function statementHeight(claim: Claim, source: Source | undefined, width: number): number {
  return statementLines(claim, source, width).length;
}

/** One source's statement: outlet, date, the sentence with the value in inverse, the reading in words. */
export function Statement({ claim, source, width }: StatementProps) {
  return (
    <Box flexDirection="column" width={width}>
      {statementLines(claim, source, width).map((line, i) => (
        <StyledLine key={i} line={line} />
      ))}
    </Box>
  );
}
