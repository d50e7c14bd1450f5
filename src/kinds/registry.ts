// The value kinds, in extraction order. Everything per kind derives from
// here: the ClaimKind union, the labels, the extraction priority, the
// comparison rules, the alignment hooks and the catalogue's and the JSON
// schema's list of kinds (a test holds schema/report.schema.json to it).
// A new kind is a folder beside this file and one line below.
import type { KindDefinition } from './kind.js';
import { age } from './age/index.js';
import { count } from './count/index.js';
import { date } from './date/index.js';
import { medium } from './medium/index.js';
import { money } from './money/index.js';
import { ordinal } from './ordinal/index.js';
import { percent } from './percent/index.js';
import { place } from './place/index.js';
import { quote } from './quote/index.js';
import { tally } from './tally/index.js';
import { title } from './title/index.js';

export const KINDS = { percent, money, count, ordinal, date, place, title, quote, medium, age, tally };

export type ClaimKind = keyof typeof KINDS;

/** Every kind, in extraction order. */
export const CLAIM_KINDS = Object.keys(KINDS) as ClaimKind[];

export function kindOf(kind: ClaimKind): KindDefinition {
  return KINDS[kind];
}

/** How reports name each kind ("Percentage"). */
export const KIND_LABEL = Object.fromEntries(CLAIM_KINDS.map((k) => [k, KINDS[k].label])) as Record<ClaimKind, string>;
