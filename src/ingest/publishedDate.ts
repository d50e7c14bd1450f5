// Reading publication dates written in an article: ISO values (front
// matter), date lines ("October 23, 2025 02:17 PM GMT+03:00") and
// datelines ("Kuala Lumpur, Oct 25:", "WASHINGTON (Reuters) —").

export interface DateParts {
  year?: number;
  month: number;
  day: number;
  /** HH:MM, 24-hour. */
  time?: string;
  tzOffsetMinutes?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Month name or abbreviation, optional period. */
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

/** Common zone abbreviations with a fixed offset (minutes east of UTC). */
const ZONES: Record<string, number> = {
  gmt: 0, utc: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, trt: 180,
  ist: 330, sgt: 480, myt: 480, hkt: 480, pht: 480, cst: -360, cdt: -300, est: -300, edt: -240,
  mst: -420, mdt: -360, pst: -480, pdt: -420, jst: 540, kst: 540, aest: 600, aedt: 660,
};

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function signedOffset(sign: string, hours: string, minutes: string | undefined): number {
  const m = Number(hours) * 60 + Number(minutes ?? 0);
  return sign === '+' ? m : -m;
}

/** "02:17 PM" → "14:17"; undefined when the hour or minute is out of range. */
function toTime(hour: string, minute: string, ampm: string | undefined): string | undefined {
  let h = Number(hour);
  const m = Number(minute);
  if (m > 59) return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    const pm = /^p/i.test(ampm);
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  } else if (h > 23) return undefined;
  return `${pad(h)}:${pad(m)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * ISO 8601 date or date-time: "2025-10-23", "2025-10-23T14:17:00+03:00",
 * "2025-10-23 14:17Z". The date is the one written (the publication's own
 * calendar day), not converted to UTC.
 */
export function parseIsoDateTime(s: string): (DateParts & { year: number }) | undefined {
  const m = ISO.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return undefined;
  const out: DateParts & { year: number } = { year, month, day };
  if (m[4] !== undefined) {
    const time = toTime(m[4], m[5], undefined);
    if (!time) return undefined;
    out.time = time;
    const zone = m[6];
    if (zone) {
      if (/^z$/i.test(zone)) out.tzOffsetMinutes = 0;
      else {
        const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
        if (!z) return undefined;
        out.tzOffsetMinutes = signedOffset(z[1], z[2], z[3]);
      }
    }
  }
  return out;
}

const TIME_PART =
  '(?:\\s*(?:,|\\bat\\b|[|•·–—-])?\\s*(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap]\\.?\\s?m\\.?)?)?';
const ZONE_PART =
  '(?:\\s*\\(?\\s*(?:(gmt|utc)\\s*(?:([+\\-−])(\\d{1,2})(?::?(\\d{2}))?)?|([+\\-−])(\\d{2}):?(\\d{2})|([a-z]{1,4}))\\s*\\)?)?';
const PREFIX = '^(?:(published|updated|last updated|posted|first published|date)(?:\\s+on)?\\s*:?\\s*)?';

const DATE_LINE_MDY = new RegExp(`${PREFIX}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})${TIME_PART}${ZONE_PART}\\.?$`, 'i');
const DATE_LINE_DMY = new RegExp(`${PREFIX}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+(\\d{4})${TIME_PART}${ZONE_PART}\\.?$`, 'i');

export interface DateLine extends DateParts {
  year: number;
  /** The line says "Updated …": a later revision, not the publication. */
  updated: boolean;
}

/**
 * A paragraph that is only a date, optionally with weekday, time and zone:
 * "October 23, 2025", "Thursday, 23 October 2025", "October 23, 2025 02:17
 * PM GMT+03:00", "Updated: Oct. 23, 2025 14:17 UTC", "2025-10-23". Returns
 * undefined for anything else (long text is rejected without scanning it).
 */
export function parseDateLine(line: string): DateLine | undefined {
  const s = line.trim();
  if (s.length === 0 || s.length > 90) return undefined;
  const iso = parseIsoDateTime(s.replace(PREFIX_RE, ''));
  if (iso) return { ...iso, updated: /^(?:last\s+)?updated/i.test(s) };
  let m = DATE_LINE_MDY.exec(s);
  let monthName: string;
  let dayStr: string;
  if (m) {
    monthName = m[2];
    dayStr = m[3];
  } else {
    m = DATE_LINE_DMY.exec(s);
    if (!m) return undefined;
    dayStr = m[2];
    monthName = m[3];
  }
  const [, prefix, , , yearStr, hour, minute, ampm, zName, zSign, zH, zM, oSign, oH, oM, abbr] = m;
  const month = monthNumber(monthName);
  const year = Number(yearStr);
  const day = Number(dayStr);
  if (!month || !isValidDate(year, month, day)) return undefined;
  const out: DateLine = { year, month, day, updated: /updated/i.test(prefix ?? '') };
  if (hour !== undefined) {
    const time = toTime(hour, minute, ampm);
    if (!time) return undefined;
    out.time = time;
  }
  if (zName) out.tzOffsetMinutes = zSign ? signedOffset(zSign === '−' ? '-' : zSign, zH, zM) : 0;
  else if (oSign) out.tzOffsetMinutes = signedOffset(oSign === '−' ? '-' : oSign, oH, oM);
  else if (abbr) {
    const z = ZONES[abbr.toLowerCase()];
    if (z === undefined) return undefined;
    out.tzOffsetMinutes = z;
  }
  return out;
}

const PREFIX_RE = new RegExp(PREFIX, 'i');

export interface Dateline {
  /** Length of the dateline prefix, delimiter included ("Kuala Lumpur, Oct 25:"). */
  length: number;
  /** The prefix as written. */
  text: string;
  place: string;
  /** Length of the place as written, with its region ("GONESSE, France"), from the dateline's start. */
  placeLength: number;
  month?: number;
  day?: number;
  year?: number;
}

/** All-caps words that start paragraphs but are not places. */
const NOT_PLACES = new Set([
  'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'NOTE', 'WATCH', 'LIVE', 'ANALYSIS', 'OPINION',
  'CORRECTION', 'FILE', 'PHOTO', 'VIDEO', 'READ', 'MORE', 'EDITOR', "EDITOR'S NOTE", 'ALSO', 'FACT CHECK',
  'WARNING', 'ALERT', 'URGENT', 'FLASH', 'SOURCE', 'SOURCES', 'Q', 'A',
]);

const WEEKDAY_OR_TIME_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|tomorrow|update|updated)$/i;

const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}'’.\\-]+(?:\\s+(?:\\p{Lu}[\\p{Ll}'’.\\-]+|de|da|del|al|el|la|of)){0,3}";
const DL_DATE = `(?:${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?|${DAY}\\s+${MONTH}(?:,?\\s+(\\d{4}))?)`;
const DATELINE = new RegExp(
  `^(${CAPS_PLACE}|${TITLE_PLACE})` +
    `(?:,\\s*(${CAPS_PLACE}|${TITLE_PLACE}))??` +
    `(?:,\\s*${DL_DATE})?` +
    `(?:\\s*\\((\\p{L}[\\p{L} .&\\-]{0,30})\\))?` +
    `\\s*(:|;|—|–|--|-|_)(?=\\s)`,
  'iu',
);

/**
 * A dateline at the start of a paragraph: "Kuala Lumpur, Oct 25:",
 * "LONDON, Oct. 25 (Reuters) -", "WASHINGTON (Reuters) —", "BEIJING;".
 * A place in ordinary capitalisation needs a date or an agency to count
 * (so "Meanwhile: …" is not a dateline); an all-caps place may stand alone.
 */
export function parseDateline(paragraph: string): Dateline | undefined {
  const head = paragraph.slice(0, 120);
  // The regex is case-insensitive for month names; check capitalisation by hand.
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  const [all, place, region, mdyMonth, mdyDay, mdyYear, dmyDay, dmyMonth, dmyYear, agency] = m;
  const isCaps = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  const isTitle = /^\p{Lu}/u.test(place) && place.split(/\s+/).every((w) => /^(?:\p{Lu}|de|da|del|al|el|la|of)/u.test(w));
  if (!isCaps && !isTitle) return undefined;
  // "Monday, Oct 20: …" and "October, 2024: …" are timeline entries, not places.
  if (WEEKDAY_OR_TIME_WORD.test(place) || monthNumber(place) !== undefined) return undefined;
  const hasDate = mdyMonth !== undefined || dmyMonth !== undefined;
  if (isCaps && (NOT_PLACES.has(place) || place.replace(/[^\p{L}]/gu, '').length < 3) && !hasDate && !agency) return undefined;
  if (!isCaps && !hasDate && !agency) return undefined;
  if (agency !== undefined && !/^\p{Lu}/u.test(agency)) return undefined;
  const placeLength = region === undefined ? place.trimEnd().length : all.indexOf(region, place.length) + region.trimEnd().length;
  const out: Dateline = { length: all.length, text: all, place: place.trim(), placeLength };
  if (hasDate) {
    const month = monthNumber(mdyMonth ?? dmyMonth);
    const day = Number(mdyDay ?? dmyDay);
    const yearStr = mdyYear ?? dmyYear;
    if (!month || day < 1 || day > 31) return undefined;
    if (yearStr !== undefined && !isValidDate(Number(yearStr), month, day)) return undefined;
    out.month = month;
    out.day = day;
    if (yearStr !== undefined) out.year = Number(yearStr);
  }
  return out;
}
