// Excluded regions: sorted, non-overlapping, neighbours with the same reason
// merged when only whitespace separates them.

import type { Excluded } from '../model/source.js';

/** Tie-break when two regions start together: the more specific reason first. */
const PRIORITY: Record<Excluded['reason'], number> = {
  'front-matter': 0,
  metadata: 1,
  dateline: 2,
  caption: 3,
  boilerplate: 4,
  repeat: 5,
};

export function normalizeRegions(text: string, regions: Excluded[]): Excluded[] {
  const sorted = regions
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || PRIORITY[a.reason] - PRIORITY[b.reason] || b.end - a.end);
  const out: Excluded[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    let start = r.start;
    if (last && start < last.end) start = last.end; // overlap: keep the earlier region whole
    if (start >= r.end) continue;
    if (last && last.reason === r.reason && /^\s*$/.test(text.slice(last.end, start))) {
      last.end = r.end;
      continue;
    }
    out.push({ start, end: r.end, reason: r.reason });
  }
  return out;
}
