// The title kind. People's titles: "Mayor Ana Ortiz", "the county sheriff".
import type { KindDefinition } from '../kind.js';
import { titleAlign } from './align.js';
import { compareTitles } from './compare.js';

export const title: KindDefinition = {
  label: 'Title',
  extractor: async () => (await import('./extract.js')).titleExtractor,
  compare: compareTitles,
  align: titleAlign,
};
