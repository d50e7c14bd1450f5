// The ordinal kind. Positions in a series: "the fifth round", "second meeting".
import type { KindDefinition } from '../kind.js';
import { countedAlign } from '../numeric/align.js';
import { compareOrdinals } from './compare.js';

export const ordinal: KindDefinition = {
  label: 'Ordinal',
  numericPriority: 3,
  extractor: async () => (await import('./extract.js')).ordinalExtractor,
  compare: compareOrdinals,
  align: countedAlign(0.35),
  describe: { ownWords: true },
};
