// The tally kind. The two sides of a vote: "passed 234-193", "a 5-4 decision".
import type { KindDefinition } from '../kind.js';
import { tallyAlign } from './align.js';
import { compareTallies } from './compare.js';

export const tally: KindDefinition = {
  label: 'Vote tally',
  // Wins over a count or a range that reads the same figures ("52 votes to 48"; count is 4).
  numericPriority: 0.5,
  extractor: async () => (await import('./extract.js')).tallyExtractor,
  compare: compareTallies,
  align: tallyAlign,
};
