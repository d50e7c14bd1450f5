// The age kind. Ages of people: "the 67-year-old senator", "Maria Smith, 45,".
import { compareAges } from './compare.js';
import type { KindDefinition } from '../kind.js';
import { ageAlign } from './align.js';

export const age: KindDefinition = {
  label: 'Age',
  // Wins over a count that reads the same number (ordinal is 3, count 4).
  numericPriority: 3.5,
  extractor: async () => (await import('./extract.js')).ageExtractor,
  compare: compareAges,
  align: ageAlign,
};
