// The place kind. Where something happened: "the summit in Geneva".
import type { KindDefinition } from '../kind.js';
import { placeAlign } from './align.js';
import { comparePlaces } from './compare.js';

export const place: KindDefinition = {
  label: 'Place',
  extractor: async () => (await import('./extract.js')).placeExtractor,
  compare: comparePlaces,
  align: placeAlign,
  describe: { wordsAfter: 2 },
};
