// From a stated number and its qualifier to the interval the statement
// allows (a NumberValue). Conventions, one place for all numeric kinds:
//
//   exact          "90%"                 [x, x]
//   more-than      "more than 90%"       (x, ∞)      low exclusive, high null
//   at-least       "at least 398"        [x, ∞)
//   less-than      "less than 5%"        [0, x)      (a count or share cannot be negative;
//                                                      a negative x keeps no lower bound)
//   at-most        "at most 10"          [0, x]
//   up-to          "up to 125%"          [0, x]      "up to"/"as high as" state a maximum,
//                                                      not the value itself
//   approximately  "about 400"           [0.95x, 1.05x]
//   nearly         "nearly 12 percent"   [0.95x, x)
//   range          "between 10 and 20"   [a, b]
//   vague          "thousands of"        [lo, hi] given by the extractor's table
//
// Written precision: a figure written with a scale word is rounded to its
// last written digit, so "$4.2 million" is [4.15, 4.25) million and "1.5
// million women" [1.45, 1.55] million (half a unit of the last digit either
// side; trailing zeros count as written: "$700 billion" is [699.5, 700.5]
// billion). "About" takes the wider of its 5 % and that; bounds ("more
// than", "up to", "nearly") stay at the figure as written. Plain digits
// ("$84,000", "398 people") are read as exact.
//
// APPROX_TOLERANCE: reporters round. "About 400" is usually a figure between
// 380 and 420 rounded to a round number, and "nearly 12 percent" something
// like 11.6–11.9. Five per cent either side is wide enough that two honest
// roundings of one figure still overlap, narrow enough that "about 400" and
// "about 500" do not.

import type { NumberQualifier, NumberValue } from '../../model/value.js';

export const APPROX_TOLERANCE = 0.05;

export interface Interval {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** Round away binary noise (400 * 0.95 → 380, 12 * 0.95 → 11.4). */
export function tidy(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(x.toPrecision(12));
}

/**
 * Half a unit of the last written digit of a figure written with a scale
 * word ("4.2" before "million" → 50,000), or undefined for a figure that
 * is not scaled (read as exact).
 */
export function writtenPrecision(digits: string, mult: number): number | undefined {
  if (!(mult >= 1e3)) return undefined;
  const m = /^[\d,]*(?:\.(\d+))?$/.exec(digits);
  if (!m) return undefined;
  const places = m[1]?.length ?? 0;
  return tidy((0.5 * mult) / 10 ** places);
}

/**
 * The interval a qualified statement allows. For 'range', `x2` is the high
 * end; for 'vague', pass [x, x2]. `precision` (half a unit of the last
 * written digit, see writtenPrecision) widens 'exact' and 'approximately'.
 */
export function intervalFor(qualifier: NumberQualifier, x: number, x2?: number, precision?: number): Interval {
  switch (qualifier) {
    case 'exact':
      // half-open, as rounding is: 4.15 rounds up to 4.2, so "4.1" and "4.2" million never meet
      if (precision) return { low: tidy(x - precision), high: tidy(x + precision), lowInclusive: true, highInclusive: false };
      return { low: x, high: x, lowInclusive: true, highInclusive: true };
    case 'more-than':
      return { low: x, high: null, lowInclusive: false, highInclusive: false };
    case 'at-least':
      return { low: x, high: null, lowInclusive: true, highInclusive: false };
    case 'less-than':
      return { low: x < 0 ? null : 0, high: x, lowInclusive: x >= 0, highInclusive: false };
    case 'at-most':
    case 'up-to':
      return { low: x < 0 ? null : 0, high: x, lowInclusive: x >= 0, highInclusive: true };
    case 'approximately': {
      const a = tidy(x * (1 - APPROX_TOLERANCE));
      const b = tidy(x * (1 + APPROX_TOLERANCE));
      const p = precision ?? 0;
      return { low: Math.min(a, b, tidy(x - p)), high: Math.max(a, b, tidy(x + p)), lowInclusive: true, highInclusive: true };
    }
    case 'nearly':
      return { low: tidy(x * (1 - APPROX_TOLERANCE)), high: x, lowInclusive: true, highInclusive: false };
    case 'range':
    case 'vague': {
      const hi = x2 ?? x;
      return { low: Math.min(x, hi), high: Math.max(x, hi), lowInclusive: true, highInclusive: true };
    }
    default:
      return { low: x, high: x, lowInclusive: true, highInclusive: true };
  }
}

export interface ValueSpec {
  qualifier: NumberQualifier;
  /** The number as written, converted (low end of a range, low bound of a vague word). */
  stated: number;
  /** High end of a range / vague word. */
  statedHigh?: number;
  unit: string;
  /** Formats one quantity with its unit: 90 → "90 %", 3.6e9 → "$3.6 billion". */
  format: (x: number) => string;
  /** Formats a range: (10, 20) → "10–20 %". Defaults to "a–b" with format on both ends. */
  formatRange?: (a: number, b: number) => string;
  /** For 'vague' with a high bound of 99…9: formats "lo to under 10^k" (default: "format(lo) to under format(10^k)"). */
  formatUnder?: (low: number, under: number) => string;
  /** For 'vague': the word as written ("triple-digit", "thousands of"). */
  vagueWord?: string;
  /** Prefix "exactly" on exact readings (used for percentages). */
  sayExactly?: boolean;
  /** Half a unit of the last written digit (writtenPrecision): "$4.2 million" is read as 4.15–4.25 million. */
  precision?: number;
}

/** Build the NumberValue for a statement, with its interval and plain-words reading. */
export function buildNumberValue(spec: ValueSpec): NumberValue {
  const { qualifier, stated, statedHigh, unit, format } = spec;
  const iv = intervalFor(qualifier, stated, statedHigh, spec.precision);
  const fr = spec.formatRange ?? ((a: number, b: number) => `${format(a)}–${format(b)}`);
  let reading: string;
  switch (qualifier) {
    case 'exact':
      reading = spec.sayExactly ? `exactly ${format(stated)}` : format(stated);
      // "$4.2 million (4.15–4.25 million as written)": the rounding the figure allows
      if (spec.precision && iv.low !== null && iv.high !== null) reading += ` (${fr(iv.low, iv.high)} as written)`;
      break;
    case 'range':
      reading = fr(stated, statedHigh ?? stated);
      break;
    case 'vague': {
      // "thousands of (2,000 to under 1 million)": a high bound of 999,999 reads better as "under 1 million"
      const hi = statedHigh ?? stated;
      const next = hi + 1;
      const round = Number.isInteger(hi) && hi >= 999 && Number(next.toPrecision(1)) === next;
      const under = spec.formatUnder ?? ((a: number, b: number) => `${format(a)} to under ${format(b)}`);
      const inner = round ? under(stated, next) : fr(stated, hi);
      reading = `${spec.vagueWord ?? 'vague'} (${inner})`;
      break;
    }
    case 'more-than':
      reading = `more than ${format(stated)}`;
      break;
    case 'at-least':
      reading = `at least ${format(stated)}`;
      break;
    case 'less-than':
      reading = `less than ${format(stated)}`;
      break;
    case 'at-most':
      reading = `at most ${format(stated)}`;
      break;
    case 'up-to':
      reading = `up to ${format(stated)}`;
      break;
    case 'approximately':
      reading = `about ${format(stated)}`;
      break;
    case 'nearly':
      reading = `nearly ${format(stated)}`;
      break;
    default:
      reading = format(stated);
  }
  const v: NumberValue = {
    type: 'number',
    unit,
    stated,
    qualifier,
    low: iv.low,
    high: iv.high,
    lowInclusive: iv.lowInclusive,
    highInclusive: iv.highInclusive,
    reading,
  };
  if (statedHigh !== undefined && (qualifier === 'range' || qualifier === 'vague')) v.statedHigh = statedHigh;
  return v;
}

/** 5687.75 → "5,687.75", 0.125 → "0.125", 12000 → "12,000". */
export function formatPlain(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const r = tidy(x);
  const neg = r < 0;
  const abs = Math.abs(r);
  const [intPart, frac] = String(abs >= 1e21 ? abs.toExponential() : abs).split('.');
  if (intPart.includes('e')) return String(r);
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac ? '.' + frac.slice(0, 4) : ''}`;
}

/** Large quantities in words: 3.6e9 → "3.6 billion", 5e6 → "5 million", 5687.75 → "5,687.75". */
export function formatScaled(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e12) return `${formatPlain(x / 1e12)} trillion`;
  if (abs >= 1e9) return `${formatPlain(x / 1e9)} billion`;
  if (abs >= 1e6) return `${formatPlain(x / 1e6)} million`;
  return formatPlain(x);
}
