import { describe, expect, test } from '@jest/globals';
import { compareOrdinals } from '../../../src/kinds/ordinal/compare.js';
import type { Value } from '../../../src/model/value.js';
import { makeClaim } from '../../helpers/make-claim.js';

const ordinal = (n: number, unit: string): Value => ({
  type: 'number', qualifier: 'exact', stated: n, low: n, high: n, lowInclusive: true, highInclusive: true, unit, reading: `#${n} ${unit}`,
}) as Value;

describe('ordinal rules', () => {
  test('different positions in one series conflict', () => {
    const a = makeClaim('a', 'ordinal', 'She is the second woman to lead the court.', 'second woman', ordinal(2, 'woman'));
    const b = makeClaim('b', 'ordinal', 'She is the third woman to lead the court.', 'third woman', ordinal(3, 'woman'));
    expect(compareOrdinals(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'ordinal/differs' });
  });

  test('a position counted from a point in time ("since …") and one counted from the start can both be right', () => {
    const a = makeClaim('a', 'ordinal', 'He will be the second black mayor of the city, after Ann Cole.', 'second black mayor', ordinal(2, 'mayor'));
    const b = makeClaim('b', 'ordinal', 'He will be the city’s first black mayor since Ann Cole.', 'first black mayor', ordinal(1, 'mayor'));
    expect(compareOrdinals(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'ordinal/counted-from' });
  });
});
