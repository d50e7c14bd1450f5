// Dates are intervals of days read against each article's own publication
// date. A weekday that resolves to the stated date, or "later this month"
// around a stated day, is the same fact in other words; two precise spans
// where one lies inside the other may be different spans of one event (the
// talks inside the delegation's stay); spans that cannot meet conflict.
// Precision is the granularity both sides were written in: "from 1967 to
// 1979" against "from 1966 to 1978" are two precise spans of years.
import type { Claim } from '../../model/claim.js';
import type { DateValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';

const PRECISE_GRANULARITIES = new Set(['day', 'month', 'year']);

function precise(v: DateValue): boolean {
  return !v.vague && PRECISE_GRANULARITIES.has(v.granularity) && (v.relation === 'on' || v.relation === 'start' || v.relation === 'end');
}

function resolvedFromContext(v: DateValue): boolean {
  return v.inferred.includes('day') || v.inferred.includes('month') || v.stated.includes('relative');
}

function span(v: DateValue): string {
  return v.first === v.last ? v.first : `${v.first}…${v.last}`;
}

export function compareDates(a: Claim, b: Claim): Finding {
  const va = a.value as DateValue;
  const vb = b.value as DateValue;
  const same = va.first === vb.first && va.last === vb.last;
  if (same) {
    if (!resolvedFromContext(va) && !resolvedFromContext(vb) && va.relation === vb.relation) {
      return finding('agree', 'date/same-days', 'Same days.');
    }
    const resolved = [a, b].filter((c) => resolvedFromContext(c.value as DateValue));
    const how = resolved
      .map((c) => {
        const v = c.value as DateValue;
        return `“${c.text}” read against ${v.referenceInferred ? 'the inferred' : 'the'} publication date ${v.reference}`;
      })
      .join('; ');
    return finding('compatible', 'date/resolved-same-days', `Same days (${span(va)}) once ${how}.`);
  }
  const overlap = va.first <= vb.last && vb.first <= va.last;
  if (!overlap) {
    return finding('conflict', 'date/disjoint', `The days cannot meet (${span(va)} vs ${span(vb)}).`);
  }
  // "in June" against "June 25": one is only less precise than the other.
  if (!precise(va) || !precise(vb) || va.granularity !== vb.granularity) {
    return finding('compatible', 'date/vague-overlaps', `At least one is a vague or bounded time, and the two overlap (${span(va)} and ${span(vb)}).`);
  }
  const aInB = vb.first <= va.first && va.last <= vb.last;
  const bInA = va.first <= vb.first && vb.last <= va.last;
  if (aInB || bInA) {
    const [inner, outer] = aInB ? [va, vb] : [vb, va];
    return finding('scope-differs', 'date/contains', `${span(inner)} lies inside ${span(outer)}: they may describe different spans of one event (a visit and a meeting during it), or one source is wrong.`);
  }
  return finding('conflict', 'date/partial-overlap', `The spans overlap only in part (${span(va)} vs ${span(vb)}): for one event they cannot both be right.`);
}
