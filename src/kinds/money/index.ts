// The money kind. Sums of money: "$4.2 billion", "€40m", "about 2 million dollars".
import type { KindDefinition } from '../kind.js';
import { numericAlign } from '../numeric/align.js';
import { compareNumbers } from '../numeric/compare.js';

export const money: KindDefinition = {
  label: 'Money',
  numericPriority: 0,
  extractor: async () => (await import('./extract.js')).moneyExtractor,
  compare: compareNumbers,
  align: numericAlign(0.3),
  describe: { hasRole: true },
};
