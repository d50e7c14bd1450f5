// The date kind. Dates and ranges of days: "March 3 to 5", "Tuesday through Thursday", "later this month".
import type { KindDefinition } from '../kind.js';
import { dateAlign } from './align.js';
import { compareDates } from './compare.js';

export const date: KindDefinition = {
  label: 'Date',
  numericPriority: 2,
  extractor: async () => (await import('./extract.js')).dateExtractor,
  compare: compareDates,
  align: dateAlign,
};
