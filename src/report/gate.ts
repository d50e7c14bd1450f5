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
