// The figures the refitting tools fit to: per story, what one alignment
// setting gives against the annotation, and the objective they maximise.
import type { Claim } from '../../model/claim.js';
import type { JudgedGroup } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';
import { score, type GoldGroup } from './score.js';

export interface Figures {
  typed: number;
  alignedTyped: number;
  caught: number;
  falseAlarms: number;
  unmatched: number;
  groups: number;
  unmatchedGroups: number;
}

export function figuresOf(gold: GoldGroup[], groups: JudgedGroup[], sources: Source[], claims: Claim[]): Figures {
  const s = score(gold, groups, sources, claims);
  const typed = s.groups.filter((g) => g.gold.type !== 'event-attribute');
  const matched = new Set(s.groups.flatMap((g) => g.aligned.map((a) => a.id)));
  return {
    typed: typed.length,
    alignedTyped: typed.filter((g) => g.aligned.length > 0).length,
    caught: s.conflictsCaught,
    falseAlarms: s.falseAlarms.length,
    unmatched: s.unmatchedConflicts.length,
    groups: groups.length,
    unmatchedGroups: groups.filter((g) => !matched.has(g.id)).length,
  };
}

/**
 * Per story: typed gold facts aligned, plus 3 per gold conflict caught,
 * minus 3 per false alarm or conflict matching no gold fact, minus 0.5 per
 * reported group matching no gold fact (a setting that invents groups costs
 * the editor reading time even when they agree).
 */
export const objective = (f: Figures): number => f.alignedTyped + 3 * f.caught - 3 * (f.falseAlarms + f.unmatched) - 0.5 * f.unmatchedGroups;

export function emptyFigures(): Figures {
  return { typed: 0, alignedTyped: 0, caught: 0, falseAlarms: 0, unmatched: 0, groups: 0, unmatchedGroups: 0 };
}

export function addFigures(into: Figures, f: Figures): void {
  for (const k of Object.keys(into) as (keyof Figures)[]) into[k] += f[k];
}

export function pooledLine(total: Figures): string {
  const reported = total.caught + total.falseAlarms + total.unmatched;
  return `typed facts aligned ${total.alignedTyped}/${total.typed} (${(total.alignedTyped / total.typed).toFixed(2)}), conflicts caught ${total.caught}, false alarms ${total.falseAlarms}, unmatched ${total.unmatched}, precision ${reported ? (total.caught / reported).toFixed(2) : '-'}, groups matching no gold fact ${total.unmatchedGroups} of ${total.groups}`;
}
