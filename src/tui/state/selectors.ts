import type { ReviewState } from '../../model/catalogue.js';
import type { JudgedGroup, Verdict } from '../../model/judgement.js';
import type { Source } from '../../model/source.js';
import { VERDICT_ORDER } from '../../model/judgement.js';
import type { VerdictFilter } from './types.js';

export { compareGroups, sortGroups } from '../../present/order.js';

/** Lower-cased text a fact is found by: subject, id, kind, claim texts, readings and source names. */
export function searchIndex(groups: readonly JudgedGroup[], sources: readonly Source[]): Map<string, string> {
  const names = new Map(sources.map((s) => [s.id, `${s.id} ${s.outlet ?? ''} ${s.title ?? ''}`]));
  const index = new Map<string, string>();
  for (const g of groups) {
    const parts = [g.subject, g.id, g.kind, g.verdict, g.ruleId];
    for (const c of g.claims) parts.push(c.text, c.value.reading, names.get(c.sourceId) ?? c.sourceId);
    index.set(g.id, parts.join('\n').toLowerCase());
  }
  return index;
}

/** True when the editor still has something to do: no verdict, a follow-up, or statements changed since. */
export function needsReview(review: ReviewState | undefined): boolean {
  return !review?.editorVerdict || review.editorVerdict === 'needs-follow-up' || review.stale;
}

export function matchesFilter(
  g: JudgedGroup,
  text: string,
  verdict: VerdictFilter,
  review: Record<string, ReviewState>,
  index: Map<string, string>,
): boolean {
  if (verdict === 'needs-review') {
    if (!needsReview(review[g.id])) return false;
  } else if (verdict !== 'all' && g.verdict !== verdict) return false;
  if (text === '') return true;
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = `${index.get(g.id) ?? g.subject.toLowerCase()}\n${(review[g.id]?.note ?? '').toLowerCase()}`;
  return words.every((w) => hay.includes(w));
}

/** The facts shown, in order. Returns `sorted` itself when nothing is filtered out. */
export function filterGroups(
  sorted: JudgedGroup[],
  text: string,
  verdict: VerdictFilter,
  review: Record<string, ReviewState>,
  index: Map<string, string>,
): JudgedGroup[] {
  if (text === '' && verdict === 'all') return sorted;
  return sorted.filter((g) => matchesFilter(g, text, verdict, review, index));
}

export interface Totals {
  verdicts: Record<Verdict, number>;
  editor: { 'confirmed-conflict': number; 'not-a-conflict': number; 'needs-follow-up': number; open: number; stale: number };
}

export function totals(groups: readonly JudgedGroup[], review: Record<string, ReviewState>): Totals {
  const t: Totals = {
    verdicts: { conflict: 0, 'scope-differs': 0, compatible: 0, agree: 0 },
    editor: { 'confirmed-conflict': 0, 'not-a-conflict': 0, 'needs-follow-up': 0, open: 0, stale: 0 },
  };
  for (const g of groups) {
    t.verdicts[g.verdict] = (t.verdicts[g.verdict] ?? 0) + 1;
    const r = review[g.id];
    if (r?.editorVerdict) t.editor[r.editorVerdict]++;
    else t.editor.open++;
    if (r?.stale) t.editor.stale++;
  }
  return t;
}

/** Rows [start, end) to render for a window of `pageSize` rows. */
export function visibleRange(scrollTop: number, pageSize: number, count: number): [number, number] {
  const page = Math.max(1, pageSize);
  const start = Math.max(0, Math.min(scrollTop, Math.max(0, count - page)));
  return [start, Math.min(count, start + page)];
}

/** Number of claims per source id. */
export function claimCounts(claims: readonly { sourceId: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of claims) m.set(c.sourceId, (m.get(c.sourceId) ?? 0) + 1);
  return m;
}
