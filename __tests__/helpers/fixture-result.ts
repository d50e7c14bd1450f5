/**
 * Hand-built RunResults for the catalogue and review-UI tests: a three-source
 * story (a council's flood relief fund) with a percent conflict, a date group
 * that is compatible, a quote conflict and two ungrouped date claims that a
 * catalogue hint can pin. Every claim's offsets really slice its source.
 */
import type { Claim, ClaimKind } from '../../src/model/claim.js';
import type { ClaimGroup, JudgedGroup, PairFinding, Verdict } from '../../src/model/judgement.js';
import type { RunResult } from '../../src/model/run.js';
import type { Source } from '../../src/model/source.js';
import type { DateValue, NumberValue, QuoteValue, Value } from '../../src/model/value.js';

export const GAZETTE = `---
outlet: Harbor Gazette
date: 2026-03-12
---
Riverton council approves flood relief fund

RIVERTON — The city council voted on Thursday to approve a relief fund after floods damaged more than 40% of homes in the lower district. Mayor Ana Ortiz called the fund "a promise kept to every family on the river." Repairs will begin on Monday, March 16, officials said.
`;

/** The same article after an update: a new first sentence (every offset moves) and 40% → 42%. */
export const GAZETTE_EDITED = `---
outlet: Harbor Gazette
date: 2026-03-12
---
Riverton council approves flood relief fund

Updated with the county's figures. RIVERTON — The city council voted on Thursday to approve a relief fund after floods damaged more than 42% of homes in the lower district. Mayor Ana Ortiz called the fund "a promise kept to every family on the river." Repairs will begin on Monday, March 16, officials said.
`;

export const COURIER = `Valley Courier — March 13, 2026

Floodwaters reached about 25 percent of homes in the lower district, according to a county survey. Ortiz described the fund as "a first step, not a promise kept." Work crews are set to start repairs next week. The council vote on Thursday was unanimous.
`;

export const POST = `---
outlet: River Post
date: 2026-03-12
---
Relief fund passes

More than 40 percent of homes in the lower district were damaged, the council said. "This is a promise kept to every family on the river," Ortiz said. Repairs start March 16.
`;

// ---------------------------------------------------------------------------
// Builders

export function makeSource(
  id: string,
  text: string,
  meta: { outlet?: string; date?: string; inferred?: boolean; bodyStart?: number } = {},
): Source {
  const fm = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) + 5 : 0;
  return {
    id,
    path: `sources/${id}.txt`,
    text,
    outlet: meta.outlet,
    published: meta.date
      ? { date: meta.date, inferred: meta.inferred ?? false, origin: fm > 0 ? 'front-matter' : 'date-line' }
      : undefined,
    bodyStart: meta.bodyStart ?? fm,
    excluded: fm > 0 ? [{ start: 0, end: fm, reason: 'front-matter' }] : [],
  };
}

/**
 * A claim whose text is `value` inside the sentence that starts with
 * `sentenceStart` (the sentence runs to the next ". " or end of paragraph).
 */
export function makeClaim(
  source: Source,
  sentenceStart: string,
  value: string,
  kind: ClaimKind,
  v: Value,
  sentenceIndex = 0,
): Claim {
  const sStart = source.text.indexOf(sentenceStart);
  if (sStart < 0) throw new Error(`fixture: sentence "${sentenceStart}" not in ${source.id}`);
  const sEnd = sentenceEnd(source.text, sStart);
  const sentence = source.text.slice(sStart, sEnd);
  const local = sentence.indexOf(value);
  if (local < 0) throw new Error(`fixture: value "${value}" not in sentence "${sentence}"`);
  const start = sStart + local;
  const end = start + value.length;
  if (source.text.slice(start, end) !== value) throw new Error('fixture: offsets do not slice');
  return {
    id: `${source.id}:${start}`,
    sourceId: source.id,
    kind,
    text: value,
    start,
    end,
    sentence: { start: sStart, end: sEnd, text: sentence, index: sentenceIndex },
    subject: '',
    terms: [],
    entities: [],
    value: v,
    context: { times: [], aspects: [], modality: 'actual' },
  };
}

function sentenceEnd(text: string, from: number): number {
  const re = /[.!?]["”]?(?=\s)|\n\n/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return text.trimEnd().length;
  return m[0] === '\n\n' ? m.index : m.index + m[0].length;
}

export function percent(stated: number, qualifier: NumberValue['qualifier']): NumberValue {
  const approx = qualifier === 'approximately';
  const low = qualifier === 'more-than' ? stated : approx ? stated * 0.9 : stated;
  const high = qualifier === 'more-than' ? 100 : approx ? stated * 1.1 : stated;
  const reading =
    qualifier === 'more-than'
      ? `above ${stated} % (lower bound)`
      : approx
        ? `about ${stated} % (${low.toFixed(1)}–${high.toFixed(1)} %)`
        : `${stated} %`;
  return {
    type: 'number',
    unit: 'percent',
    stated,
    qualifier,
    low,
    high,
    lowInclusive: qualifier !== 'more-than',
    highInclusive: true,
    reading,
  };
}

export function date(first: string, last: string, reading: string, granularity: DateValue['granularity'] = 'day'): DateValue {
  return {
    type: 'date',
    first,
    last,
    granularity,
    relation: 'on',
    stated: granularity === 'day' ? ['month', 'day'] : ['relative'],
    inferred: ['year'],
    vague: granularity !== 'day',
    reference: '2026-03-12',
    referenceInferred: false,
    reading,
  };
}

export function quote(quoted: string, speaker?: string): QuoteValue {
  const words = quoted
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return { type: 'quote', quoted, words, speaker, reading: `“${quoted}”${speaker ? ` — ${speaker}` : ''}` };
}

// ---------------------------------------------------------------------------
// A tiny judge, standing in for src/compare.

export function fixtureJudge(g: ClaimGroup): JudgedGroup {
  const pairs: PairFinding[] = [];
  for (let i = 0; i < g.claims.length; i++)
    for (let j = i + 1; j < g.claims.length; j++) {
      const a = g.claims[i];
      const b = g.claims[j];
      if (a.sourceId === b.sourceId) continue;
      pairs.push(comparePair(a, b));
    }
  const order: Verdict[] = ['conflict', 'scope-differs', 'compatible', 'agree'];
  pairs.sort((x, y) => order.indexOf(x.verdict) - order.indexOf(y.verdict));
  const worst = pairs[0];
  return {
    ...g,
    sourceCount: new Set(g.claims.map((c) => c.sourceId)).size,
    verdict: worst?.verdict ?? 'agree',
    ruleId: worst?.ruleId ?? 'single-source',
    explanation: worst?.explanation ?? 'Only one source states this.',
    pairs,
  };
}

function comparePair(a: Claim, b: Claim): PairFinding {
  const va = a.value;
  const vb = b.value;
  if (va.type === 'number' && vb.type === 'number') {
    const overlap = (va.high ?? Infinity) >= (vb.low ?? -Infinity) && (vb.high ?? Infinity) >= (va.low ?? -Infinity);
    return overlap
      ? { a: a.id, b: b.id, verdict: va.reading === vb.reading ? 'agree' : 'compatible', ruleId: 'number/overlap', explanation: `${va.reading} and ${vb.reading} overlap.` }
      : { a: a.id, b: b.id, verdict: 'conflict', ruleId: 'number/disjoint', explanation: `${va.reading} and ${vb.reading} cannot both be true.` };
  }
  if (va.type === 'date' && vb.type === 'date') {
    const overlap = va.first <= vb.last && vb.first <= va.last;
    const same = va.first === vb.first && va.last === vb.last;
    return {
      a: a.id,
      b: b.id,
      verdict: same ? 'agree' : overlap ? 'compatible' : 'conflict',
      ruleId: same ? 'date/same' : overlap ? 'date/within' : 'date/disjoint',
      explanation: same ? 'Same day.' : overlap ? `${va.reading} lies within ${vb.reading}.` : `${va.reading} vs ${vb.reading}.`,
    };
  }
  if (va.type === 'quote' && vb.type === 'quote') {
    const wa = va.words.join(' ');
    const wb = vb.words.join(' ');
    const contained = wa.includes(wb) || wb.includes(wa);
    return {
      a: a.id,
      b: b.id,
      verdict: contained ? 'agree' : 'conflict',
      ruleId: contained ? 'quote/same-words' : 'quote/different-words',
      explanation: contained ? 'One quote contains the other.' : 'The quoted words differ.',
    };
  }
  return { a: a.id, b: b.id, verdict: 'agree', ruleId: 'other/same', explanation: 'Same value.' };
}

// ---------------------------------------------------------------------------
// The fixture run.

export interface Fixture {
  result: RunResult;
  sources: Record<'gazette' | 'courier' | 'post', Source>;
  claims: {
    gazettePercent: Claim;
    courierPercent: Claim;
    postPercent: Claim;
    gazetteDate: Claim;
    courierDate: Claim;
    postDate: Claim;
    gazetteQuote: Claim;
    courierQuote: Claim;
    postQuote: Claim;
    gazetteVote: Claim;
    courierVote: Claim;
  };
}

/**
 * The story as the engine would report it. `edited` uses the updated Gazette
 * article (offsets shift, 40% becomes 42%), gives the groups new automatic
 * ids and subjects and lists them in another order — as a re-run would.
 */
export function buildFixture(opts: { edited?: boolean } = {}): Fixture {
  const gazette = makeSource('harbor-gazette', opts.edited ? GAZETTE_EDITED : GAZETTE, {
    outlet: 'Harbor Gazette',
    date: '2026-03-12',
  });
  const courier = makeSource('valley-courier', COURIER, { outlet: 'Valley Courier', date: '2026-03-13' });
  const post = makeSource('river-post', POST, { outlet: 'River Post', date: '2026-03-12' });

  const gStart = 'RIVERTON — The city council voted';
  const c = {
    gazettePercent: makeClaim(gazette, gStart, opts.edited ? 'more than 42%' : 'more than 40%', 'percent', percent(opts.edited ? 42 : 40, 'more-than'), opts.edited ? 1 : 0),
    courierPercent: makeClaim(courier, 'Floodwaters reached', 'about 25 percent', 'percent', percent(25, 'approximately')),
    postPercent: makeClaim(post, 'More than 40 percent', 'More than 40 percent', 'percent', percent(40, 'more-than')),
    gazetteDate: makeClaim(gazette, 'Repairs will begin', 'Monday, March 16', 'date', date('2026-03-16', '2026-03-16', 'Mon 16 Mar 2026'), opts.edited ? 3 : 2),
    courierDate: makeClaim(courier, 'Work crews are set', 'next week', 'date', date('2026-03-16', '2026-03-22', 'Mon 16 – Sun 22 Mar 2026 (next week)', 'week'), 2),
    postDate: makeClaim(post, 'Repairs start', 'March 16', 'date', date('2026-03-16', '2026-03-16', 'Mon 16 Mar 2026'), 2),
    gazetteQuote: makeClaim(gazette, 'Mayor Ana Ortiz called', '"a promise kept to every family on the river."', 'quote', quote('a promise kept to every family on the river.', 'Ana Ortiz'), opts.edited ? 2 : 1),
    courierQuote: makeClaim(courier, 'Ortiz described', '"a first step, not a promise kept."', 'quote', quote('a first step, not a promise kept.', 'Ortiz'), 1),
    postQuote: makeClaim(post, '"This is a promise', '"This is a promise kept to every family on the river,"', 'quote', quote('This is a promise kept to every family on the river,', 'Ortiz'), 1),
    gazetteVote: makeClaim(gazette, gStart, 'on Thursday', 'date', date('2026-03-12', '2026-03-12', 'Thu 12 Mar 2026'), opts.edited ? 1 : 0),
    courierVote: makeClaim(courier, 'The council vote', 'on Thursday', 'date', date('2026-03-12', '2026-03-12', 'Thu 12 Mar 2026'), 3),
  };

  const group = (id: string, subject: string, kind: ClaimKind, claims: Claim[]): JudgedGroup =>
    fixtureJudge({ id, subject, kind, claims, sourceCount: new Set(claims.map((x) => x.sourceId)).size, origin: 'auto' });

  const percentGroup = group(
    opts.edited ? 'percent-homes-lower-district' : 'percent-homes-damaged-lower-district',
    opts.edited ? 'homes in the lower district' : 'homes damaged in the lower district',
    'percent',
    [c.gazettePercent, c.courierPercent, c.postPercent],
  );
  const dateGroup = group('date-repairs-begin', 'when repairs begin', 'date', [c.gazetteDate, c.courierDate, c.postDate]);
  const quoteGroup = group(
    opts.edited ? 'quote-ortiz-fund-promise' : 'quote-ortiz-fund',
    "Ortiz's words on the fund",
    'quote',
    [c.gazetteQuote, c.courierQuote, c.postQuote],
  );
  const groups = opts.edited ? [quoteGroup, dateGroup, percentGroup] : [percentGroup, dateGroup, quoteGroup];

  const claims = Object.values(c).sort((a, b) => (a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1));
  return {
    result: { sources: [gazette, courier, post], claims, groups, review: {}, diagnostics: [], timings: {} },
    sources: { gazette, courier, post },
    claims: c,
  };
}

/** `n` synthetic groups (for windowing and sorting at scale), cycling through the verdicts. */
export function manyGroups(n: number, base: Fixture = buildFixture()): JudgedGroup[] {
  const verdicts: Verdict[] = ['agree', 'compatible', 'scope-differs', 'conflict'];
  const template = base.result.groups[0];
  const out: JudgedGroup[] = [];
  for (let i = 0; i < n; i++) {
    const sourceCount = 2 + (i % 3);
    out.push({
      ...template,
      id: `fact-${String(i).padStart(4, '0')}`,
      subject: `fact number ${i}`,
      verdict: verdicts[i % 4],
      sourceCount,
      claims: template.claims.slice(0, Math.min(sourceCount, template.claims.length)),
    });
  }
  return out;
}
