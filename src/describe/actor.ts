// Whose value is it? "US tariffs to 55% and Chinese tariffs to 30%": the
// country named next to the measure. "the U.S. raised duties on Chinese goods
// to 145%": the clause's subject, not the object after "on".
import { countryOfActor } from '../text/gazetteer/index.js';
import { nameRuns } from './entities.js';

const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'for', 'into', 'onto', 'toward', 'towards', 'with', 'over', 'between']);

function countryIn(runText: string): string | undefined {
  const bare = runText.replace(/[’']s$/, '');
  const whole = countryOfActor(bare);
  if (whole) return whole;
  // "US President Donald Trump", "Chinese Vice Premier He Lifeng": a leading qualifier.
  const first = bare.split(/\s+/)[0];
  return countryOfActor(first);
}

/**
 * The actor of a value at local offset `at` in `clause`: the nearest country
 * before it that is not the object of a preposition.
 */
export function actorBefore(clause: string, at: number): string | undefined {
  const runs = nameRuns(clause).filter((r) => r.end <= at);
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    const country = countryIn(run.text);
    if (!country) continue;
    const before = clause.slice(Math.max(0, run.start - 16), run.start).toLowerCase();
    const prev = before.match(/([a-z]+)\s+(?:the\s+)?$/);
    if (prev && OBJECT_PREPOSITIONS.has(prev[1])) continue;
    return country;
  }
  return undefined;
}
