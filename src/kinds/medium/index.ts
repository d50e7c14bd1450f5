// The medium kind. How people spoke: a phone call, a video call, in person, a statement.
import type { KindDefinition } from '../kind.js';
import { mediumAlign } from './align.js';
import { compareMedia } from './compare.js';

export const medium: KindDefinition = {
  label: 'Medium',
  extractor: async () => (await import('./extract.js')).mediumExtractor,
  compare: compareMedia,
  align: mediumAlign,
};
