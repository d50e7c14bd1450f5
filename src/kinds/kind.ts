// What a value kind is: everything the stages need to know about it, in one
// place. Each kind is a folder beside this file (extract.ts, compare.ts,
// align.ts, index.ts with its definition); registry.ts lists them. Leaving
// out a piece of a definition fails to compile.
import type { AlignHook } from '../align/hook.js';
import type { Rule } from '../judge/rule.js';
import type { Extractor } from '../model/extraction.js';

export interface KindDefinition {
  /** How reports name the kind ("Percentage"). */
  label: string;
  /**
   * Where one number could be read as two kinds, the lower wins: "$3.6
   * billion" is money, not a count; "Oct. 25-26" a date, not a range.
   * Undefined for kinds that never compete for a number.
   */
  numericPriority?: number;
  /**
   * The extractor, loaded on demand: a run whose sources all come from the
   * cache never loads extraction's libraries (chrono, the gazetteer, the
   * POS table).
   */
  extractor: () => Promise<Extractor>;
  /** Compares two claims of this kind from different sources. */
  compare: Rule;
  /** How claims of this kind are lined up across sources. */
  align: AlignHook;
  /** How the describe stage reads the words around the value (all optional). */
  describe?: DescribeHints;
}

export interface DescribeHints {
  /** The value's own words describe the fact ("three meetings"): count them among its terms. */
  ownWords?: boolean;
  /** Words after the value to read (default: the usual window): a place belongs to what precedes it. */
  wordsAfter?: number;
  /** A number can be the old, the new value or the change ("to 9% from 11%"). */
  hasRole?: boolean;
}
