// The CI gate: how many findings at the --fail-on level no editor has ruled
// on. Kept apart from src/cli.ts (which runs on import) so tests can use it.
import type { Verdict } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';

export type FailOn = 'conflict' | 'scope-differs' | 'none';

const LEVELS: Record<FailOn, Verdict[]> = {
  conflict: ['conflict'],
  'scope-differs': ['conflict', 'scope-differs'],
  none: [],
};

/** Findings at the gate's level that no editor has ruled on. */
export function openFindings(result: RunResult, failOn: FailOn): number {
  const levels = LEVELS[failOn];
  return result.groups.filter((g) => levels.includes(g.verdict) && !result.review[g.id]?.editorVerdict).length;
}

/**
 * Why the gate cannot pass whatever the findings: fewer than two sources
 * were read, so nothing was compared and "no open findings" would mean
 * nothing. Undefined when the gate is off or there was something to check.
 */
export function gateUnchecked(result: RunResult, failOn: FailOn): string | undefined {
  if (failOn === 'none' || result.sources.length >= 2) return undefined;
  const read = result.sources.length === 0 ? 'no source was read' : 'only one source was read';
  return `--fail-on ${failOn}: ${read}, so nothing was compared; the gate does not pass`;
}
