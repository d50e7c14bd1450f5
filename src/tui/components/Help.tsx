import { Box, Text } from 'ink';
import { STALE_MARK } from './FactRow.js';

export const KEYS: readonly [string, string][] = [
  ['↑ ↓  j k', 'move in the list; scroll in a fact or the overview'],
  ['PgUp PgDn  Space  g G', 'page; first / last fact (in a fact: top / end)'],
  ['Enter  →', 'open the selected fact'],
  ['Esc  ←', 'back to the list (in the list: clear the text filter)'],
  ['/', 'filter by text (Enter applies, Esc clears)'],
  ['f', 'cycle the verdict filter: all → conflict → scope-differs → compatible → agree → needs-review'],
  ['1', 'editor verdict: confirmed conflict'],
  ['2', 'editor verdict: not a conflict'],
  ['3', 'editor verdict: needs follow-up'],
  ['0', "clear the editor's verdict"],
  ['n', 'add or edit a note (Enter saves, Esc cancels; an empty note removes it)'],
  ['o  Tab', 'overview: sources, dates, claim counts, totals'],
  ['?', 'show or hide this help'],
  ['q', 'quit'],
];

export interface HelpProps {
  width: number;
  height: number;
  cataloguePath?: string;
}

/** The key help, shown over the current screen. */
export function Help({ width, height, cataloguePath }: HelpProps) {
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold>Keys</Text>
      {KEYS.map(([k, what]) => (
        <Text key={k} wrap="truncate-end">
          {k.padEnd(22)} {what}
        </Text>
      ))}
      <Text> </Text>
      <Text wrap="truncate-end">EDIT column: conf / ok / f-up = your verdict; {STALE_MARK} after it = statements changed since you reviewed; · = not reviewed.</Text>
      <Text wrap="truncate-end">VALUES column: the competing readings, shortened (≠ between those in conflict); +2 more = two more readings in the fact.</Text>
      <Text wrap="truncate-end">Verdicts and notes are written at once to {cataloguePath ?? '(no catalogue)'}; comments in it are kept.</Text>
    </Box>
  );
}
