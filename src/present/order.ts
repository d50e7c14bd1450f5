// The one order of facts, for the run's result, the reports and the review:
// worst verdict first (conflict, scope-differs, compatible, agree), then the
// facts more sources state, then by id so the order is total.
import { severity, type JudgedGroup } from '../model/judgement.js';

export function compareGroups(a: JudgedGroup, b: JudgedGroup): number {
  return severity(a.verdict) - severity(b.verdict) || b.sourceCount - a.sourceCount || (a.id < b.id ? -1 : 1);
}

/** A sorted copy (the input is not touched). */
export function sortGroups(groups: readonly JudgedGroup[]): JudgedGroup[] {
  return [...groups].sort(compareGroups);
}
