// Builds claims by hand for rule tests: a sentence, the value's text in it,
// and the normalized value, with offsets that really slice the sentence.
import type { Claim, ClaimContext, ClaimKind } from '../../src/model/claim.js';
import type { Value } from '../../src/model/value.js';

let counter = 0;

export function makeClaim(
  sourceId: string,
  kind: ClaimKind,
  sentence: string,
  text: string,
  value: Value,
  context: Partial<ClaimContext> = {},
): Claim {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  counter++;
  return {
    id: `${sourceId}:${kind}:${start}:${counter}`,
    sourceId,
    kind,
    text,
    start,
    end: start + text.length,
    sentence: { start: 0, end: sentence.length, text: sentence, index: 0 },
    subject: text,
    terms: [],
    entities: [],
    value,
    context: { times: [], aspects: [], modality: 'actual', ...context },
  };
}

export function pct(
  stated: number,
  qualifier: 'exact' | 'more-than' | 'up-to' | 'approximately' | 'at-least' | 'vague',
  bounds?: [number | null, number | null],
): Value {
  const [low, high] =
    bounds ??
    (qualifier === 'exact'
      ? [stated, stated]
      : qualifier === 'more-than' || qualifier === 'at-least'
        ? [stated, null]
        : qualifier === 'up-to'
          ? [0, stated]
          : [stated * 0.95, stated * 1.05]);
  return {
    type: 'number',
    unit: 'percent',
    stated,
    qualifier,
    low,
    high,
    lowInclusive: qualifier !== 'more-than',
    highInclusive: true,
    reading: `${qualifier} ${stated} %`,
  };
}

export function day(first: string, last = first, extra: Partial<import('../../src/model/value.js').DateValue> = {}): Value {
  return {
    type: 'date',
    first,
    last,
    granularity: 'day',
    relation: 'on',
    stated: ['month', 'day'],
    inferred: ['year'],
    vague: false,
    reference: '2025-10-23',
    referenceInferred: false,
    reading: first === last ? first : `${first} – ${last}`,
    ...extra,
  };
}

export const name = (id: string) => id.toUpperCase();
