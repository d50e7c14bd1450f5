// Day arithmetic on calendar dates written YYYY-MM-DD.
//
// Every computation goes through a day number (days since 1970-01-01) built
// with Date.UTC, so the machine's local zone and daylight-saving changes never
// move a date. Years below 100 are set with setUTCFullYear because Date.UTC
// maps 0..99 to 1900..1999.

/** Open lower bound of an interval ("before April", past tense: no known start). */
export const OPEN_FIRST = '0001-01-01';
/** Open upper bound of an interval ("after Nov. 10", future tense: no known end). */
export const OPEN_LAST = '9999-12-31';

const MS_PER_DAY = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Parse "YYYY-MM-DD"; null when malformed or not a real calendar day. */
export function parseYmd(s: string): Ymd | null {
  const m = YMD.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day number: days since 1970-01-01 (negative before). */
export function toDayNumber(s: string): number {
  const p = parseYmd(s);
  if (!p) throw new RangeError(`not a calendar date: ${s}`);
  return dayNumberOf(p.year, p.month, p.day);
}

export function dayNumberOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(s: string, days: number): string {
  return fromDayNumber(toDayNumber(s) + days);
}

/** b − a in days. */
export function diffDays(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday (as Date.getUTCDay). */
export function weekdayOf(s: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(s) + 4) % 7) + 7) % 7;
}

/** Monday of the ISO 8601 week holding the date. */
export function isoWeekMonday(s: string): string {
  const wd = weekdayOf(s);
  return addDays(s, -((wd + 6) % 7));
}

export function monthStart(year: number, month: number): string {
  return ymd(year, month, 1);
}

export function monthEnd(year: number, month: number): string {
  return ymd(year, month, daysInMonth(year, month));
}

/** Shift a (year, month) pair by n months. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (((idx % 12) + 12) % 12) + 1 };
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Days between a day and an interval: 0 inside it, else to the nearer end. */
export function distanceToInterval(day: string, first: string, last: string): number {
  if (day < first) return diffDays(day, first);
  if (day > last) return diffDays(last, day);
  return 0;
}

export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Offsets into a century that "early", "mid" and "late" keep (thirds; "the end of" is its last third). */
const CENTURY_PART: Readonly<Record<string, readonly [number, number]>> = { early: [0, 33], mid: [33, 66], late: [67, 99] };

/**
 * First and last year of the `n`th century as people count it ("the 21st
 * century" → 2000–2099, as "this century" said in 2000 means), narrowed by
 * early/mid/late: (21, 'late') → [2067, 2099].
 */
export function centurySpan(n: number, part?: string): [number, number] {
  const start = (n - 1) * 100;
  const [a, b] = (part && CENTURY_PART[part]) || [0, 99];
  return [start + a, start + b];
}

/** Offsets into a decade that "early", "mid" and "late" keep ("the late 1960s" → 6..9). */
const DECADE_PART: Readonly<Record<string, readonly [number, number]>> = { early: [0, 3], mid: [3, 6], late: [6, 9] };

/**
 * First and last of the ten numbers from `start` (a year or an age ending in
 * 0), narrowed by an early/mid/late modifier: (1960, 'late') → [1966, 1969],
 * (30) → [30, 39].
 */
export function decadeSpan(start: number, modifier?: string): [number, number] {
  const [a, b] = (modifier && DECADE_PART[modifier.toLowerCase()]) || [0, 9];
  return [start + a, start + b];
}
