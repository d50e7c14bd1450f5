// The percent kind. Percentages: "more than 40%", "12 percent", "5.5 percentage points".
import type { KindDefinition } from '../kind.js';
import { numericAlign } from '../numeric/align.js';
import { compareNumbers } from '../numeric/compare.js';

export const percent: KindDefinition = {
  label: 'Percentage',
  numericPriority: 1,
  extractor: async () => (await import('./extract.js')).percentExtractor,
  compare: compareNumbers,
  align: numericAlign(0.3),
  describe: { hasRole: true },
};
