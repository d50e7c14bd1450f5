// The quote kind. Quotations and who said them.
import type { KindDefinition } from '../kind.js';
import { quoteAlign } from './align.js';
import { compareQuotes } from './compare.js';

export const quote: KindDefinition = {
  label: 'Quote',
  extractor: async () => (await import('./extract.js')).quoteExtractor,
  compare: compareQuotes,
  align: quoteAlign,
};
