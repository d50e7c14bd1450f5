// The ClaimReview's datePublished, from --date-published or the config: an
// ISO 8601 date (2026-03-14), optionally with a time and offset
// (2026-03-14T09:30:00+01:00), that is a real day and a real time:
// 2026-13-45 or 2026-02-29 would be published as is by a reader's system.
import { parseYmd } from '../text/calendar.js';

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

export function isPublishDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m || !parseYmd(m[1])) return false;
  const [, , hh, mm, ss, , oh, om] = m;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59))) return false;
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) return false;
  return true;
}
