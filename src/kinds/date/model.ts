// Internal shapes shared by the date helpers (not part of src/types.ts).
import type { DateGranularity } from '../../model/value.js';
import type { Tense } from './tense.js';

/** A month-and-day date, year when written. */
export interface MonthDay {
  month: number;
  day: number;
  year?: number;
}

/** What the date words say, before any reading against the reference. */
export type DateExpr =
  | { type: 'md'; start: MonthDay; end?: MonthDay; weekday?: boolean }
  | { type: 'month'; month: number; year?: number; endMonth?: number; endYear?: number }
  | { type: 'weekday'; weekday: number; endWeekday?: number; modifier?: 'last' | 'next' | 'this' }
  | { type: 'year'; year: number; endYear?: number }
  | { type: 'relative'; phrase: string; rule: RelativeRule };

/** A relative phrase ("later this month"): its reading against the reference. */
export interface RelativeRule {
  /** Granularity before any early/mid/late narrowing. */
  granularity: DateGranularity;
  vague: boolean;
  inferred: string[];
  /** Accepts early/mid/late/end-of modifiers ("late last year", "early next week"). */
  modifiable: boolean;
  resolve(reference: string, tense: Tense, match: RegExpExecArray): { first: string; last: string } | null;
}

/** A date phrase found in the sentence (local offsets of the date words only). */
export interface Candidate {
  start: number;
  end: number;
  expr: DateExpr;
  /** Which finder produced it; chrono results win ties over the others. */
  source: 'chrono' | 'year' | 'relative';
  /** The regex match for relative phrases. */
  match?: RegExpExecArray;
}

export interface Resolved {
  first: string;
  last: string;
  granularity: DateGranularity;
  stated: string[];
  inferred: string[];
  vague: boolean;
  /** Words appended to the reading of vague spans ("earlier this month"). */
  phrase?: string;
}

export type Modifier = 'early' | 'mid' | 'late' | 'rest';

/** Canonical order for stated/inferred part lists. */
export const PART_ORDER = ['year', 'month', 'day', 'weekday', 'relative'];

export function orderParts(parts: Iterable<string>): string[] {
  const set = new Set(parts);
  return PART_ORDER.filter((p) => set.has(p));
}
