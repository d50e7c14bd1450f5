// Alignment of titles: a person's title is one fact per person, whatever
// the words around it; an office held at another time ("Moore, then a
// district attorney") is another fact than the title now.
import type { AlignHook } from '../../align/hook.js';
import { personKeys } from '../../align/keys.js';
import { anyPersonMatch } from '../../align/similarity.js';

export const titleAlign: AlignHook = {
  joinThreshold: 0.99,
  keys: personKeys,
  similarity: (f, c) => {
    const when = f.claim.value.type === 'title' ? (f.claim.value.when ?? '') : '';
    return c.stats.times.has(when) && anyPersonMatch(f.persons, [...c.stats.persons.keys()]) ? 1 : 0;
  },
};
