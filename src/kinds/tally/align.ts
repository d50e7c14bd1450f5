// Alignment of tallies. A story reports few votes, and outlets name the one
// vote in different words ("the act, which passed", "the House approved the
// plan"), so every tally of a story may meet every other (one block for the
// kind) and a low bar joins them; the value itself is never looked at.
import type { AlignHook } from '../../align/hook.js';
import { valueKeys } from '../../align/keys.js';
import { numericSim } from '../../align/similarity.js';

export const tallyAlign: AlignHook = {
  joinThreshold: 0.1,
  keys: (b) => [...valueKeys(b), `${b.kind}|*`],
  similarity: numericSim,
};
