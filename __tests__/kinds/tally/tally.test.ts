// Spec table for the tally kind: the two sides of a vote (or the score of a
// game), and the pairs of numbers that are not tallies: dates, years, ranges
// of things, phone numbers, times.
import { describe, expect, test } from '@jest/globals';
import { tallyExtractor } from '../../../src/kinds/tally/extract.js';
import { compareTallies } from '../../../src/kinds/tally/compare.js';
import { extractBySentence } from '../../../src/kinds/extract.js';
import type { TallyValue } from '../../../src/model/value.js';
import { HOSTILE, makeSentence } from '../numeric/spec.js';
import { makeClaim } from '../../helpers/make-claim.js';

/** sentence → [text of the tally, for, against] (empty: no tally). */
const TABLE: Array<[string, Array<[string, number | null, number | null]>]> = [
  ['The measure passed 234-193 after a long debate.', [['234-193', 234, 193]]],
  ['The House approved the plan 218–210 on Friday.', [['218–210', 218, 210]]],
  ['The Senate approved it 51-49.', [['51-49', 51, 49]]],
  ['The justices issued a 5-4 decision in the case.', [['5-4', 5, 4]]],
  ['It was confirmed by a vote of 52 to 48.', [['52 to 48', 52, 48]]],
  ['The council rejected the bid by 9 votes to 2.', [['9 votes to 2', 9, 2]]],
  ['The board voted 7-2 to close the school.', [['7-2', 7, 2]]],
  ['The bill cleared the chamber with 61 votes in favor and 38 against.', [['61 votes in favor and 38 against', 61, 38]]],
  ['The motion drew 218 votes in favour.', [['218 votes in favour', 218, null]]],
  ['Only 191 votes against were cast.', [['191 votes against', null, 191]]],
  ['The home side won 3-1 in extra time.', [['3-1', 3, 1]]],
  ['A 6-3 majority of the court struck down the law.', [['6-3', 6, 3]]],
  // not tallies
  ['The season ran from 2019-2020 without a break.', []],
  ['Between 10-15 people were hurt in the crash.', []],
  ['The panel approved 10-15 projects this year.', []],
  ['Call the clerk at (202) 555-0143 for details.', []],
  ['Call 555-1234 to reach the office.', []],
  ['The office is open 10-11 a.m. on weekdays.', []],
  ['The talks resume on Oct. 25-26 in the capital.', []],
  ['Prices rose 3.5-4 percent after the vote.', []],
  ['The 9-11 commission published its report.', []],
  ['The vote came after 1,200-1,500 people rallied.', []],
];

describe('tally extractor', () => {
  for (const [sentenceText, expected] of TABLE) {
    test(expected.length ? sentenceText : `[none] ${sentenceText}`, () => {
      for (const offset of [0, 37]) {
        const { sentence, ctx } = makeSentence(sentenceText, offset);
        const got = tallyExtractor.extract(sentence, ctx);
        expect(got.map((c) => [c.text, (c.value as TallyValue).for, (c.value as TallyValue).against])).toEqual(expected);
        for (const c of got) {
          expect(ctx.source.text.slice(c.start, c.end)).toBe(c.text);
          expect(c.kind).toBe('tally');
          expect(c.value.reading.length).toBeGreaterThan(0);
        }
      }
    });
  }

  test('a tally wins over the count and range that read the same figures', () => {
    const { sentence, ctx } = makeSentence('The council rejected the bid by 9 votes to 2.');
    const src = { ...ctx.source };
    const kinds = extractBySentence(src, [{ ...sentence, sourceId: src.id }], ctx).flat().map((c) => `${c.kind}:${c.text}`);
    expect(kinds).toEqual(['tally:9 votes to 2']);
  });

  test('never throws on hostile input', () => {
    for (const s of [...HOSTILE, '1-2-3-4-5', 'passed 1-'.repeat(2000), 'voted - 5']) {
      const { sentence, ctx } = makeSentence(s);
      expect(() => tallyExtractor.extract(sentence, ctx)).not.toThrow();
    }
    const bad = makeSentence('x');
    expect(tallyExtractor.extract({ ...bad.sentence, text: undefined as unknown as string }, bad.ctx)).toEqual([]);
  });
});

describe('tally comparison', () => {
  const t = (source: string, f: number | null, a: number | null) => {
    const s = `The bill passed ${f ?? '?'}-${a ?? '?'} on Tuesday.`;
    return makeClaim(source, 'tally', s, `${f ?? '?'}-${a ?? '?'}`, { type: 'tally', for: f, against: a, reading: `${f} for, ${a} against` });
  };

  test('the same tally agrees', () => {
    expect(compareTallies(t('a', 234, 193), t('b', 234, 193))).toMatchObject({ verdict: 'agree', ruleId: 'tally/same' });
  });
  test('a different tally is a conflict', () => {
    expect(compareTallies(t('a', 234, 193), t('b', 232, 195))).toMatchObject({ verdict: 'conflict', ruleId: 'tally/differs' });
  });
  test('one side only, and it matches: compatible; it differs: conflict', () => {
    expect(compareTallies(t('a', 234, 193), t('b', 234, null))).toMatchObject({ verdict: 'compatible', ruleId: 'tally/one-side' });
    expect(compareTallies(t('a', null, 193), t('b', 234, 193))).toMatchObject({ verdict: 'compatible', ruleId: 'tally/one-side' });
    expect(compareTallies(t('a', 230, null), t('b', 234, 193))).toMatchObject({ verdict: 'conflict', ruleId: 'tally/differs' });
  });
  test('the same figures the other way round are compatible', () => {
    expect(compareTallies(t('a', 5, 4), t('b', 4, 5))).toMatchObject({ verdict: 'compatible', ruleId: 'tally/reversed' });
  });
});
