// The count kind. Counts of things: "three meetings", "more than 1,200 people".
import type { KindDefinition } from '../kind.js';
import { countedAlign } from '../numeric/align.js';
import { compareNumbers } from '../numeric/compare.js';

export const count: KindDefinition = {
  label: 'Count',
  numericPriority: 4,
  extractor: async () => (await import('./extract.js')).countExtractor,
  compare: compareNumbers,
  align: countedAlign(0.4),
  describe: { ownWords: true, hasRole: true },
};
