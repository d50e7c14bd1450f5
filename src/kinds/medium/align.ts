// Alignment of how people spoke: the same participants, then the words.
import type { AlignHook } from '../../align/hook.js';
import { personKeys } from '../../align/keys.js';
import { anyPersonMatch, contextSim } from '../../align/similarity.js';

export const mediumAlign: AlignHook = {
  joinThreshold: 0.5,
  keys: personKeys,
  similarity: (f, c) => {
    const shared = anyPersonMatch(f.persons, [...c.stats.persons.keys()]);
    return shared ? 0.5 + 0.5 * contextSim(f, c, 0.3, 0.5, 0.2) : 0;
  },
};
