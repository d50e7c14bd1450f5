import { describe, expect, test } from '@jest/globals';
import { findNumbers, parseNumber, vagueAt } from '../../../src/kinds/numeric/parse-number.js';
import { tokenize } from '../../../src/kinds/numeric/tokens.js';
import { qualifierAfter, qualifierBefore } from '../../../src/kinds/numeric/qualifier.js';
import { buildNumberValue, formatPlain, formatScaled, intervalFor } from '../../../src/kinds/numeric/interval.js';
import { singular } from '../../../src/kinds/numeric/lexicon.js';
import type { NumberQualifier } from '../../../src/model/value.js';
import { growthRatio, linearBound } from '../../helpers/growth.js';

describe('parseNumber: one numeral', () => {
  const cases: Array<[string, number | null]> = [
    ['5,687.75', 5687.75],
    ['3.6', 3.6],
    ['12,000', 12000],
    ['1,000,000', 1e6],
    ['0', 0],
    ['one', 1],
    ['Nine', 9],
    ['ninety-nine', 99],
    ['twenty one', 21],
    ['a hundred', 100],
    ['two hundred and five', 205],
    ['one thousand two hundred', 1200],
    ['a thousand', 1000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half', 0.5],
    ['half a million', 500000],
    ['two and a half million', 2.5e6],
    ['3.6 billion', 3.6e9],
    ['five million', 5e6],
    ['1.5 trillion', 1.5e12],
    ['100 crore', 1e9],
    ['40m', 40e6],
    ['3.6bn', 3.6e9],
    // not one numeral
    ['', null],
    ['hello', null],
    ['1,23', null],
    ['1.2.3', null],
    ['02:17', null],
    ['hundred', null],
    ['a', null],
    ['one two', null],
    ['COVID-19', null],
    ['3rd', null],
    ['5%', null],
  ];
  test.each(cases)('%j → %p', (s, v) => {
    const got = parseNumber(s);
    if (v === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(v, 9);
  });
});

describe('findNumbers: scanner with local offsets', () => {
  const cases: Array<[string, Array<{ text: string; start: number; value: number }>]> = [
    [
      'China produces more than 90% of 5,687.75 units and two hundred and five more.',
      [
        { text: '90', start: 25, value: 90 },
        { text: '5,687.75', start: 32, value: 5687.75 },
        { text: 'two hundred and five', start: 51, value: 205 },
      ],
    ],
    ['a $3.6 billion shortfall', [{ text: '3.6 billion', start: 3, value: 3.6e9 }]],
    ['from October 24 to 27', [{ text: '24', start: 13, value: 24 }, { text: '27', start: 19, value: 27 }]],
    ['10-20%', [{ text: '10', start: 0, value: 10 }, { text: '20', start: 3, value: 20 }]],
    ['the G20 and COVID-19 at 02:17 PM GMT+03:00 in the 3rd round', []],
    ['Ninety-nine people and a dozen eggs', [{ text: 'Ninety-nine', start: 0, value: 99 }, { text: 'a dozen', start: 23, value: 12 }]],
    ['a few people and the one', [{ text: 'one', start: 21, value: 1 }]],
  ];
  test.each(cases)('%j', (s, expected) => {
    const { numbers } = findNumbers(s);
    expect(numbers.map((n) => ({ text: n.text, start: n.start, value: n.value }))).toEqual(expected);
    for (const n of numbers) expect(s.slice(n.start, n.end)).toBe(n.text);
  });

  test('abbreviated scales are reported apart, not applied', () => {
    const { numbers } = findNumbers('a 40m yacht');
    expect(numbers).toHaveLength(1);
    expect(numbers[0].value).toBe(40);
    expect(numbers[0].abbrev).toEqual({ mult: 1e6, word: 'm' });
  });
});

describe('tokenize', () => {
  test('token types and offsets', () => {
    const s = 'U.S. tariffs of 10-20% on COVID-19 at 02:17, the 3rd in-person round; China’s 5,687.75';
    const toks = tokenize(s);
    const pick = toks.map((t) => [t.text, t.type]);
    expect(pick).toEqual([
      ['U.S', 'word'],
      ['.', 'punct'],
      ['tariffs', 'word'],
      ['of', 'word'],
      ['10', 'num'],
      ['-', 'punct'],
      ['20', 'num'],
      ['%', 'punct'],
      ['on', 'word'],
      ['COVID-19', 'mixed'],
      ['at', 'word'],
      ['02:17', 'code'],
      [',', 'punct'],
      ['the', 'word'],
      ['3rd', 'ordnum'],
      ['in-person', 'word'],
      ['round', 'word'],
      [';', 'punct'],
      ['China’s', 'word'],
      ['5,687.75', 'num'],
    ]);
    for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(toks[5].spaceBefore).toBe(false);
    expect(toks[4].spaceBefore).toBe(true);
  });

  test('linear on a long line', async () => {
    const line = (size: number) => '1-'.repeat(size / 4) + 'x'.repeat(size / 2);
    expect(await growthRatio((size, run) => tokenize(line(size) + run), 12_500)).toBeLessThan(linearBound());
    const s = line(200_000);
    const toks = tokenize(s);
    // 49,999 × ("1", "-") and the last "1-xxx…" joined (a hyphen between a digit and a letter joins)
    expect(toks.length).toBe(99999);
  });
});

describe('qualifierBefore: the words before a number', () => {
  const cases: Array<[string, NumberQualifier | null, string | null]> = [
    ['more than 90', 'more-than', 'more than'],
    ['over 90', 'more-than', 'over'],
    ['above 90', 'more-than', 'above'],
    ['exceeding 90', 'more-than', 'exceeding'],
    ['just over 90', 'more-than', 'just over'],
    ['at least 90', 'at-least', 'at least'],
    ['no fewer than 90', 'at-least', 'no fewer than'],
    ['less than 90', 'less-than', 'less than'],
    ['under 90', 'less-than', 'under'],
    ['below 90', 'less-than', 'below'],
    ['fewer than 90', 'less-than', 'fewer than'],
    ['at most 90', 'at-most', 'at most'],
    ['no more than 90', 'at-most', 'no more than'],
    ['up to 90', 'up-to', 'up to'],
    ['as high as 90', 'up-to', 'as high as'],
    ['as much as 90', 'up-to', 'as much as'],
    ['as many as 90', 'up-to', 'as many as'],
    ['about 90', 'approximately', 'about'],
    ['around 90', 'approximately', 'around'],
    ['roughly 90', 'approximately', 'roughly'],
    ['approximately 90', 'approximately', 'approximately'],
    ['some 90', 'approximately', 'some'],
    ['an estimated 90', 'approximately', 'an estimated'],
    ['close to 90', 'approximately', 'close to'],
    ['nearly 90', 'nearly', 'nearly'],
    ['almost 90', 'nearly', 'almost'],
    ['just under 90', 'nearly', 'just under'],
    ['More Than 90', 'more-than', 'more than'],
    ['to 90', null, null],
    ['than, 90', null, null],
    ['90', null, null],
  ];
  test.each(cases)('%j', (s, q, phrase) => {
    const toks = tokenize(s);
    const numTok = toks.findIndex((t) => t.type === 'num');
    const m = qualifierBefore(toks, numTok);
    if (q === null) expect(m).toBeNull();
    else {
      expect(m?.qualifier).toBe(q);
      expect(m?.phrase).toBe(phrase);
      expect(toks[m!.startTok].start).toBe(0);
    }
  });

  test.each([
    ['90 or more', 'at-least'],
    ['90 or fewer', 'at-most'],
    ['90 or so', 'approximately'],
    ['90 or 100', null],
  ] as Array<[string, NumberQualifier | null]>)('qualifierAfter %j', (s, q) => {
    const toks = tokenize(s);
    const m = qualifierAfter(toks, 1);
    expect(m?.qualifier ?? null).toBe(q);
  });
});

describe('intervalFor: interval conventions', () => {
  const cases: Array<[NumberQualifier, number, number | undefined, number | null, number | null, boolean, boolean]> = [
    ['exact', 100, undefined, 100, 100, true, true],
    ['more-than', 90, undefined, 90, null, false, false],
    ['at-least', 398, undefined, 398, null, true, false],
    ['less-than', 5, undefined, 0, 5, true, false],
    ['at-most', 10, undefined, 0, 10, true, true],
    ['up-to', 125, undefined, 0, 125, true, true],
    ['approximately', 400, undefined, 380, 420, true, true],
    ['nearly', 12, undefined, 11.4, 12, true, false],
    ['range', 10, 20, 10, 20, true, true],
    ['vague', 2000, 999999, 2000, 999999, true, true],
    ['less-than', -2, undefined, null, -2, false, false],
  ];
  test.each(cases)('%s %p (%p)', (q, x, x2, low, high, li, hi) => {
    expect(intervalFor(q, x, x2)).toEqual({ low, high, lowInclusive: li, highInclusive: hi });
  });

  test('readings in plain words', () => {
    const pct = (x: number) => `${formatPlain(x)} %`;
    expect(buildNumberValue({ qualifier: 'more-than', stated: 90, unit: 'percent', format: pct }).reading).toBe('more than 90 %');
    expect(buildNumberValue({ qualifier: 'up-to', stated: 100, unit: 'percent', format: pct }).reading).toBe('up to 100 %');
    expect(buildNumberValue({ qualifier: 'exact', stated: 100, unit: 'percent', format: pct, sayExactly: true }).reading).toBe('exactly 100 %');
    expect(buildNumberValue({ qualifier: 'exact', stated: 3.6e9, unit: 'USD', format: (x) => `$${formatScaled(x)}` }).reading).toBe('$3.6 billion');
    expect(buildNumberValue({ qualifier: 'approximately', stated: 400, unit: 'people', format: (x) => `${formatScaled(x)} people` }).reading).toBe(
      'about 400 people',
    );
    const r = buildNumberValue({ qualifier: 'range', stated: 10, statedHigh: 20, unit: 'percent', format: pct });
    expect(r.statedHigh).toBe(20);
    expect(r.reading).toBe('10 %–20 %');
    expect(buildNumberValue({ qualifier: 'exact', stated: 5, unit: 'percent', format: pct }).statedHigh).toBeUndefined();
  });

  test('number formatting', () => {
    expect(formatPlain(5687.75)).toBe('5,687.75');
    expect(formatPlain(12000)).toBe('12,000');
    expect(formatPlain(-0.5)).toBe('-0.5');
    expect(formatScaled(3.6e9)).toBe('3.6 billion');
    expect(formatScaled(5e6)).toBe('5 million');
    expect(formatScaled(1.2e12)).toBe('1.2 trillion');
  });
});

describe('vagueAt: vague quantity words', () => {
  const cases: Array<[string, [number, number] | null, string | null]> = [
    ['thousands of firms', [2000, 999999], 'thousands of'],
    ['hundreds of homes', [200, 999], 'hundreds of'],
    ['dozens of villages', [24, 99], 'dozens of'],
    ['tens of thousands of troops', [20000, 99999], 'tens of thousands of'],
    ['hundreds of thousands of people', [200000, 999999], 'hundreds of thousands of'],
    ['millions of people', [2e6, 999999999], 'millions of'],
    ['several calls', [3, 9], 'several'],
    ['several hundred protesters', [300, 999], 'several hundred'],
    ['a few days', [2, 5], 'a few'],
    ['a few thousand people', [2000, 5000], 'a few thousand'],
    ['a couple of weeks', [2, 3], 'a couple of'],
    ['a handful of cases', [2, 5], 'a handful of'],
    ['several of the leaders', null, null],
    ['thousands more', null, null],
    ['a feud', null, null],
  ];
  test.each(cases)('%j', (s, range, phrase) => {
    const v = vagueAt(tokenize(s), 0);
    if (range === null) expect(v).toBeNull();
    else {
      expect([v?.low, v?.high]).toEqual(range);
      expect(v?.phrase).toBe(phrase);
    }
  });
});

describe('singular: counted nouns', () => {
  test.each([
    ['meetings', 'meeting'],
    ['Firms', 'firm'],
    ['people', 'people'],
    ['persons', 'people'],
    ['economies', 'economy'],
    ['children', 'child'],
    ['crises', 'crisis'],
    ['by-elections', 'by-election'],
    ['troops', 'troop'],
  ])('%s → %s', (w, s) => expect(singular(w)).toBe(s));
});
