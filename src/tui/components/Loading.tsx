import { Box, Text } from 'ink';
import type { ProgressState, Stage } from '../../progress/render.js';
import { formatDuration } from '../../progress/render.js';

export interface LoadingProps {
  /** Where the run is (src/progress's state, fed by the pipeline's events). */
  progress: ProgressState;
  /** Clock (ms, same as the progress state's) when the frame was drawn. */
  now: number;
  width: number;
  height: number;
}

const STEPS: { stage: Stage; words: string }[] = [
  { stage: 'read', words: 'reading the sources' },
  { stage: 'extract', words: 'extracting claims' },
  { stage: 'align', words: 'aligning statements into facts' },
  { stage: 'compare', words: 'comparing the values of each fact' },
  { stage: 'catalogue', words: "applying the editor's catalogue" },
];

const n = (x: number) => x.toLocaleString('en-US');

function detail(stage: Stage, p: ProgressState): string {
  if (stage === 'read') return p.sources !== undefined ? `${n(p.sources)} sources` : '';
  if (stage === 'extract') {
    if (p.sources === undefined) return '';
    return `${n(p.done)} of ${n(p.sources)} sources · ${n(p.claims)} claims${p.cached > 0 ? ` · ${n(p.cached)} from the cache` : ''}`;
  }
  if (stage === 'align') return `${n(p.claims)} claims`;
  return '';
}

/** The review's frame while the story is read: each step, done (✓) or under way (▸), with counts. */
export function Loading({ progress, now, width, height }: LoadingProps) {
  const at = STEPS.findIndex((s) => s.stage === progress.stage);
  const current = at < 0 ? STEPS.length : at;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        claimcheck review · reading the story · {formatDuration(now - progress.startedAt)}
      </Text>
      <Text> </Text>
      {STEPS.map((s, i) => {
        // The catalogue step is skipped without one; it only shows once reached.
        if (s.stage === 'catalogue' && current < i) return null;
        const mark = i < current ? '✓' : i === current ? '▸' : ' ';
        const d = i <= current ? detail(s.stage, progress) : '';
        return (
          <Text key={s.stage} wrap="truncate-end" bold={i === current} dimColor={i > current}>
            {mark} {s.words}
            {d ? ` — ${d}` : ''}
          </Text>
        );
      })}
      <Box flexGrow={1} />
      <Text wrap="truncate-end">The facts appear here when they are ready. Ctrl+C stops.</Text>
    </Box>
  );
}
