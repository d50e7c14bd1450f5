// The numeric extractors: percent, money, count, ordinal.

import type { Extractor } from '../../model/extraction.js';
import { percentExtractor } from '../percent/extract.js';
import { moneyExtractor } from '../money/extract.js';
import { countExtractor } from '../count/extract.js';
import { ordinalExtractor } from '../ordinal/extract.js';

export { percentExtractor, moneyExtractor, countExtractor, ordinalExtractor };

/** All four, in the order they should run. */
export const numericExtractors: readonly Extractor[] = [percentExtractor, moneyExtractor, countExtractor, ordinalExtractor];

export { parseNumber, findNumbers, scanNumbers, vagueAt, type NumberMatch, type VagueMatch } from './parse-number.js';
export { qualifierBefore, qualifierAfter, type QualifierMatch } from './qualifier.js';
export { buildNumberValue, intervalFor, APPROX_TOLERANCE, type Interval } from './interval.js';
export { tokenize, type Tok } from './tokens.js';
