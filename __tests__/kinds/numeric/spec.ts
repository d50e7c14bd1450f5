// Spec-table runner shared by the numeric extractor tests (percent, money,
// count, ordinal). Each case is data: a sentence and the claims expected in
// it (offsets within the sentence). Every case runs twice: as its own file
// (source.text = sentence, start 0) and embedded after a lead-in, to check
// that offsets are file offsets (sentence.start + local).

import { expect, test } from '@jest/globals';
import type { ClaimKind } from '../../../src/model/claim.js';
import type { ExtractContext, Extractor, RawClaim } from '../../../src/model/extraction.js';
import type { Sentence } from '../../../src/model/source.js';
import type { NumberQualifier, NumberValue } from '../../../src/model/value.js';
import { growthRatio, linearBound } from '../../helpers/growth.js';

export interface Expected {
  text: string;
  /** Offset within the sentence. */
  start: number;
  kind: ClaimKind;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  qualifier: NumberQualifier;
  unit: string;
  /** Checked when given. */
  subjectHint?: string;
  reading?: string;
  stated?: number;
  statedHigh?: number;
}

export interface Case {
  sentence: string;
  expected: Expected[];
  /** Mark a title line (isTitle). */
  isTitle?: boolean;
}

export function makeSentence(text: string, start = 0, isTitle = false): { sentence: Sentence; ctx: ExtractContext } {
  const lead = start > 0 ? 'x'.repeat(start - 1) + ' ' : '';
  const full = lead + text;
  const sentence: Sentence = { sourceId: 'spec', index: 0, paragraph: 0, start, end: start + text.length, text };
  if (isTitle) sentence.isTitle = true;
  const ctx: ExtractContext = {
    source: { id: 'spec', path: 'spec.txt', text: full, bodyStart: 0, excluded: [] },
    reference: '2025-10-23',
    referenceInferred: false,
  };
  return { sentence, ctx };
}

function num(v: number | null): number | null {
  return v;
}

function check(claims: RawClaim[], expected: Expected[], offset: number, full: string): void {
  const got = claims.map((c) => ({ text: c.text, start: c.start - offset }));
  expect(got).toEqual(expected.map((e) => ({ text: e.text, start: e.start })));
  claims.forEach((c, i) => {
    const e = expected[i];
    expect(full.slice(c.start, c.end)).toBe(c.text);
    expect(c.kind).toBe(e.kind);
    const v = c.value as NumberValue;
    expect(v.type).toBe('number');
    expect(v.qualifier).toBe(e.qualifier);
    expect(v.unit).toBe(e.unit);
    if (e.low === null) expect(v.low).toBeNull();
    else expect(num(v.low)).toBeCloseTo(e.low, 6);
    if (e.high === null) expect(v.high).toBeNull();
    else expect(num(v.high)).toBeCloseTo(e.high, 6);
    expect(v.lowInclusive).toBe(e.lowInclusive);
    expect(v.highInclusive).toBe(e.highInclusive);
    expect(typeof v.reading).toBe('string');
    expect(v.reading.length).toBeGreaterThan(0);
    if (e.subjectHint !== undefined) expect(c.subjectHint).toBe(e.subjectHint);
    if (e.reading !== undefined) expect(v.reading).toBe(e.reading);
    if (e.stated !== undefined) expect(v.stated).toBeCloseTo(e.stated, 6);
    if (e.statedHigh !== undefined) expect(v.statedHigh).toBeCloseTo(e.statedHigh, 6);
  });
}

/** One jest test per case (plus its embedded twin). */
export function runCases(extractor: Extractor, cases: Case[]): void {
  for (const c of cases) {
    const name = c.expected.length ? c.sentence : `[none] ${c.sentence}`;
    test(name.length > 110 ? name.slice(0, 107) + '…' : name, () => {
      const a = makeSentence(c.sentence, 0, c.isTitle);
      check(extractor.extract(a.sentence, a.ctx), c.expected, 0, a.ctx.source.text);
      const b = makeSentence(c.sentence, 37, c.isTitle);
      check(extractor.extract(b.sentence, b.ctx), c.expected, 37, b.ctx.source.text);
    });
  }
}

/** Shorthand for an expected numeric claim. */
export function claim(
  kind: ClaimKind,
  text: string,
  start: number,
  qualifier: NumberQualifier,
  low: number | null,
  high: number | null,
  lowInclusive: boolean,
  highInclusive: boolean,
  unit: string,
  extra: Partial<Expected> = {},
): Expected {
  return { kind, text, start, qualifier, low, high, lowInclusive, highInclusive, unit, ...extra };
}

/** Inputs that must never throw and must stay fast. */
export const HOSTILE: string[] = [
  '',
  ' ',
  '%%%%',
  '$$$ 5',
  '-'.repeat(1000),
  '1-'.repeat(5000),
  'between between and and 5',
  'more than more than',
  'thousands of',
  'a',
  '\u00a0\u2009\u202f',
  '😀 5 😀 people',
  '5\u200b%',
  'one two three four five six seven eight nine ten eleven twelve thirteen',
  '1,2,3,4,5,6,7,8,9,0',
];

export function runHostile(extractor: Extractor): void {
  test('never throws on hostile input, and a 100k-character line takes linear time', async () => {
    for (const s of HOSTILE) {
      const { sentence, ctx } = makeSentence(s);
      expect(() => extractor.extract(sentence, ctx)).not.toThrow();
    }
    // a malformed sentence object (text missing) yields nothing
    const bad = makeSentence('x');
    expect(extractor.extract({ ...bad.sentence, text: undefined as unknown as string }, bad.ctx)).toEqual([]);
    const unit =
      'More than 90% of the global supply rose from 10% to 20% as $3.6 billion and thousands of Chinese firms held the fifth round of talks on October 24 to 27, with 398 people. ';
    const { sentence, ctx } = makeSentence(unit.repeat(600));
    expect(extractor.extract(sentence, ctx).length).toBeGreaterThan(0);
    const extract = (units: number, run: number) => {
      const { sentence, ctx } = makeSentence(unit.repeat(units) + run);
      return extractor.extract(sentence, ctx);
    };
    expect(await growthRatio(extract, 40)).toBeLessThan(linearBound());
  });
}
