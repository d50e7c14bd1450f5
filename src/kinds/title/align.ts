// Alignment of titles: a person's title is one fact per person, whatever
// the words around it.
import type { AlignHook } from '../../align/hook.js';
import { personKeys } from '../../align/keys.js';
import { anyPersonMatch } from '../../align/similarity.js';

export const titleAlign: AlignHook = {
  joinThreshold: 0.99,
  keys: personKeys,
  similarity: (f, c) => (anyPersonMatch(f.persons, [...c.stats.persons.keys()]) ? 1 : 0),
};
