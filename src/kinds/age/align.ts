// Alignment of ages: a person's age is one fact per person, whatever the
// words around it ("Cowan, 43, a former chief of staff" and "Mr. Cowan,
// 43, known as Mo"). An age of someone unnamed ("the 14-year-old") aligns
// on its words, as other numbers do.
import type { AlignHook } from '../../align/hook.js';
import { personKeys, valueKeys } from '../../align/keys.js';
import { anyPersonMatch, numericSim, type ClusterProfile } from '../../align/similarity.js';
import type { Features } from '../../align/features.js';

function ageSim(f: Features, c: ClusterProfile): number {
  const theirs = [...c.stats.persons.keys()];
  if (f.persons.length === 0 || theirs.length === 0) return numericSim(f, c);
  return anyPersonMatch(f.persons, theirs) ? 1 : 0;
}

export const ageAlign: AlignHook = {
  joinThreshold: 0.4,
  learnedPairing: true,
  keys: (b) => [...personKeys(b), ...valueKeys(b)],
  similarity: ageSim,
};
