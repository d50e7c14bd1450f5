// Spec table for the age kind: ages of people, never ages of things, and
// never a number that merely follows a comma.
import { describe, expect, test } from '@jest/globals';
import { ageExtractor } from '../../../src/kinds/age/extract.js';
import { compareAges } from '../../../src/kinds/age/compare.js';
import { claim, HOSTILE, makeSentence, runCases, type Case, type Expected } from '../numeric/spec.js';
import { makeClaim } from '../../helpers/make-claim.js';

const A = (text: string, start: number, n: number, extra: Partial<Expected> = {}): Expected =>
  claim('age', text, start, 'exact', n, n, true, true, 'years', { stated: n, reading: `${n} years old`, ...extra });

const POSITIVE: Case[] = [
  { sentence: 'The 67-year-old senator announced her retirement.', expected: [A('67-year-old', 4, 67, { subjectHint: 'senator' })] },
  { sentence: 'Maria Smith, 45, a teacher from the valley, spoke first.', expected: [A('Maria Smith, 45', 0, 45, { subjectHint: 'Maria Smith' })] },
  { sentence: 'The award went to Smith, 45, and Lee, 38.', expected: [A('Smith, 45', 18, 45, { subjectHint: 'Smith' }), A('Lee, 38', 33, 38, { subjectHint: 'Lee' })] },
  { sentence: 'A sixty-seven-year-old former mayor won the seat.', expected: [A('sixty-seven-year-old', 2, 67, { subjectHint: 'mayor' })] },
  { sentence: 'The 19-year-old said she had trained for years.', expected: [A('19-year-old', 4, 19)] },
  { sentence: 'Police named the 24-year-old Tomas Berg as the driver.', expected: [A('24-year-old', 17, 24, { subjectHint: 'Tomas Berg' })] },
  { sentence: 'A man aged 30 was arrested at the scene.', expected: [A('aged 30', 6, 30)] },
  { sentence: 'Then Ana Ortiz, 52, took the stand.', expected: [A('Ana Ortiz, 52', 5, 52, { subjectHint: 'Ana Ortiz' })] },
  { sentence: 'The club signed a 17 year old striker on Friday.', expected: [A('17 year old', 18, 17, { subjectHint: 'striker' })] },
  // A list of names and ages joined by "and"; a common word opening the sentence is not part of the name.
  { sentence: 'They were named as Ivo Kral, 31 and Petra Novak, 29.', expected: [A('Ivo Kral, 31', 19, 31, { subjectHint: 'Ivo Kral' }), A('Petra Novak, 29', 36, 29, { subjectHint: 'Petra Novak' })] },
  // Spans of ages: a decade of life, bounds, ranges.
  { sentence: 'Neighbors said the man was in his 30s.', expected: [claim('age', 'in his 30s', 27, 'range', 30, 39, true, true, 'years', { stated: 30, reading: '30 to 39 years old' })] },
  { sentence: 'She is in her late 60s and still teaching.', expected: [claim('age', 'in her late 60s', 7, 'range', 66, 69, true, true, 'years', { stated: 66, reading: '66 to 69 years old' })] },
  { sentence: 'The law covers anyone 19 or older.', expected: [claim('age', '19 or older', 22, 'at-least', 19, null, true, false, 'years', { stated: 19, reading: 'at least 19 years old' })] },
  { sentence: 'Shots are open to people aged 65 and over.', expected: [claim('age', 'aged 65 and over', 25, 'at-least', 65, null, true, false, 'years', { stated: 65, reading: 'at least 65 years old' })] },
  { sentence: 'It applies to children between 12 and 16 years old.', expected: [claim('age', 'between 12 and 16 years old', 23, 'range', 12, 16, true, true, 'years', { stated: 12, reading: '12 to 16 years old' })] },
  { sentence: 'It applies between the ages of 12 and 16.', expected: [claim('age', 'between the ages of 12 and 16', 11, 'range', 12, 16, true, true, 'years', { stated: 12, reading: '12 to 16 years old' })] },
  { sentence: 'Suspects Ivo Kral, 31, and Petra Novak, 29, were held.', expected: [A('Ivo Kral, 31', 9, 31, { subjectHint: 'Ivo Kral' }), A('Petra Novak, 29', 27, 29, { subjectHint: 'Petra Novak' })] },
];

const NEGATIVE: Case[] = [
  { sentence: 'A 30-year-old bridge closed for repairs.', expected: [] },
  { sentence: 'The 12-year-old program cost the county a fortune.', expected: [] },
  { sentence: 'The hearing is set for March 3, 2026, in the capital.', expected: [] },
  { sentence: 'The hearing was on March 3, 45 minutes late.', expected: [] },
  { sentence: 'In 2020, 45 people were hurt.', expected: [] },
  { sentence: 'However, 45, not 50, is the figure in the report.', expected: [] },
  { sentence: 'The company, 40, hired more staff.', expected: [] },
  { sentence: 'Section 12, 45, was amended.', expected: [] },
  { sentence: 'Smith, 145, is not an age anyone believes.', expected: [] },
  { sentence: 'Smith, 045, is a code.', expected: [] },
  { sentence: 'The vote was Smith, 4.5 points ahead.', expected: [] },
  { sentence: 'The scores were 3, 45, and 60.', expected: [] },
  { sentence: 'The teams were Smith, 31 and Lee, 2.5 points behind.', expected: [] },
  { sentence: 'Scores of 65 and over passed; he was in the 1930s archive.', expected: [] },
];

describe('age extractor', () => {
  describe('ages of people', () => runCases(ageExtractor, POSITIVE));
  describe('not ages', () => runCases(ageExtractor, NEGATIVE));
  test('never throws on hostile input; reads every age of a 100k-character line', () => {
    for (const s of HOSTILE) {
      const { sentence, ctx } = makeSentence(s);
      expect(() => ageExtractor.extract(sentence, ctx)).not.toThrow();
    }
    const bad = makeSentence('x');
    expect(ageExtractor.extract({ ...bad.sentence, text: undefined as unknown as string }, bad.ctx)).toEqual([]);
    const long = 'The 67-year-old senator met Maria Smith, 45, and a 30-year-old bridge ABCDEFGHIJ, '.repeat(1200);
    const { sentence, ctx } = makeSentence(long);
    expect(ageExtractor.extract(sentence, ctx)).toHaveLength(2400);
  });
});

describe('age comparison', () => {
  const age = (source: string, n: number) =>
    makeClaim(source, 'age', `The ${n}-year-old mayor spoke.`, `${n}-year-old`, {
      type: 'number', unit: 'years', stated: n, qualifier: 'exact', low: n, high: n, lowInclusive: true, highInclusive: true, reading: `${n} years old`,
    });

  test('the same age agrees', () => {
    expect(compareAges(age('a', 45), age('b', 45)).ruleId).toBe('age/same-value');
  });
  test('ages one year apart may both be right (a birthday between the reports)', () => {
    const f = compareAges(age('a', 45), age('b', 46));
    expect(f).toMatchObject({ verdict: 'scope-differs', ruleId: 'age/one-year-apart' });
  });
  test('ages further apart conflict', () => {
    expect(compareAges(age('a', 45), age('b', 54))).toMatchObject({ verdict: 'conflict', ruleId: 'age/disjoint' });
  });
});
