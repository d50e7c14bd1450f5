import { Box, Text } from 'ink';
import type { ReviewState } from '../../model/catalogue.js';
import type { JudgedGroup } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';
import { oneLine } from '../../text/sanitize.js';
import { EDITOR_WORDS, VERDICT_TAG } from '../../present/labels.js';
import { useTheme, verdictColor } from '../theme.js';
import { Statement, statementHeight } from './Statement.js';
import { wrapText } from '../format.js';

export interface FactDetailProps {
  group: JudgedGroup;
  review: ReviewState | undefined;
  sourceById: Map<string, Source>;
  /** First statement shown. */
  scroll: number;
  width: number;
  height: number;
}

/** Lines above the statements, besides the explanation. */
export const DETAIL_HEAD_LINES = 4;
/** The explanation wraps onto at most this many lines. */
const WHY_MAX_LINES = 3;

/** Every source's statement of one fact, side by side in reading order, with the verdict and the editor's review. */
export function FactDetail({ group, review, sourceById, scroll, width, height }: FactDetailProps) {
  const theme = useTheme();
  const claims = group.claims;
  const first = Math.max(0, Math.min(scroll, claims.length - 1));
  // Fit as many statements as the height allows (at least one), keeping a line for "more".
  const why = wrapText(`Why: ${oneLine(group.explanation)}`, width, WHY_MAX_LINES);
  const room = Math.max(3, height - DETAIL_HEAD_LINES - why.length - 1);
  const shown = [];
  let used = 0;
  for (let i = first; i < claims.length; i++) {
    const c = claims[i];
    const h = statementHeight(c, sourceById.get(c.sourceId), width);
    if (shown.length > 0 && used + h > room) break;
    used += h;
    shown.push(c);
  }
  const after = claims.length - first - shown.length;
  const editor = review?.editorVerdict ? EDITOR_WORDS[review.editorVerdict] : 'no verdict yet';
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text wrap="truncate-end">
        <Text color={verdictColor(theme, group.verdict)} bold inverse={!theme.color && group.verdict === 'conflict'}>
          {VERDICT_TAG[group.verdict]}
        </Text>
        {' · '}
        <Text bold>{oneLine(group.subject)}</Text>
      </Text>
      <Text wrap="truncate-end">
        {group.kind} · {group.sourceCount} sources · {claims.length} statements · rule {oneLine(group.ruleId)} · {oneLine(group.id)}
        {group.origin === 'catalogue' ? ' · grouped by the catalogue' : ''}
      </Text>
      {why.map((line, i) => (
        <Text key={`why${i}`} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Text wrap="truncate-end">
        <Text bold>Editor: {editor}</Text>
        {review?.note ? ` — ${oneLine(review.note)}` : ''}
        {review?.stale ? (
          <Text bold inverse>
            {' changed since review '}
          </Text>
        ) : (
          ''
        )}
      </Text>
      <Text wrap="truncate-end">
        {first > 0 ? `↑ ${first} more above · ` : ''}Statements {first + 1}–{first + shown.length} of {claims.length}
      </Text>
      {shown.map((c) => (
        <Statement key={c.id} claim={c} source={sourceById.get(c.sourceId)} width={width} />
      ))}
      {after > 0 ? <Text>↓ {after} more (j/k to scroll)</Text> : null}
    </Box>
  );
}
