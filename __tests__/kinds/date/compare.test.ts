import { describe, expect, test } from '@jest/globals';
import { explainFinding } from '../../../src/present/explain.js';
import { compareDates } from '../../../src/kinds/date/compare.js';
import { day, makeClaim, name } from '../../helpers/make-claim.js';

describe('date rules', () => {
  test('weekdays that resolve to the stated days are compatible, and say how they were read', () => {
    const a = makeClaim('a', 'date', 'a delegation from October 24 to 27', 'from October 24 to 27', day('2025-10-24', '2025-10-27'));
    const b = makeClaim('b', 'date', 'talks from Friday through Monday', 'from Friday through Monday',
      day('2025-10-24', '2025-10-27', { stated: ['weekday'], inferred: ['year', 'month', 'day'] }));
    const f = compareDates(a, b);
    expect(f).toMatchObject({ verdict: 'compatible', ruleId: 'date/resolved-same-days' });
    expect(explainFinding(a, b, f, name)).toContain('“from Friday through Monday” read against the publication date 2025-10-23');
  });

  test('identical stated days agree', () => {
    const a = makeClaim('a', 'date', 'from October 24 to 27', 'from October 24 to 27', day('2025-10-24', '2025-10-27'));
    const b = makeClaim('b', 'date', 'from Oct. 24 to 27', 'from Oct. 24 to 27', day('2025-10-24', '2025-10-27'));
    expect(compareDates(a, b)).toMatchObject({ verdict: 'agree', ruleId: 'date/same-days' });
  });

  test('"later this month" beside a stated day inside it is compatible', () => {
    const a = makeClaim('a', 'date', 'meet later this month', 'later this month',
      day('2025-10-23', '2025-10-31', { vague: true, granularity: 'vague', stated: ['relative'], inferred: ['year', 'month'] }));
    const b = makeClaim('b', 'date', 'the summit starting Oct. 31', 'starting Oct. 31', day('2025-10-31', '2025-10-31', { relation: 'start' }));
    expect(compareDates(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'date/vague-overlaps' });
  });

  test('talks inside a longer stay are a difference of scope', () => {
    const a = makeClaim('a', 'date', 'meet on Saturday and Sunday', 'on Saturday and Sunday',
      day('2025-10-25', '2025-10-26', { stated: ['weekday'], inferred: ['year', 'month', 'day'] }));
    const b = makeClaim('b', 'date', 'a delegation from October 24 to 27', 'from October 24 to 27', day('2025-10-24', '2025-10-27'));
    expect(compareDates(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'date/contains' });
  });

  test('days that cannot meet conflict', () => {
    const a = makeClaim('a', 'date', 'the verdict on March 3', 'on March 3', day('2024-03-03'));
    const b = makeClaim('b', 'date', 'the verdict on March 5', 'on March 5', day('2024-03-05'));
    expect(compareDates(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'date/disjoint' });
  });

  test('precise spans overlapping only in part conflict', () => {
    const a = makeClaim('a', 'date', 'from March 3 to 7', 'from March 3 to 7', day('2024-03-03', '2024-03-07'));
    const b = makeClaim('b', 'date', 'from March 5 to 9', 'from March 5 to 9', day('2024-03-05', '2024-03-09'));
    expect(compareDates(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'date/partial-overlap' });
  });

  test('spans of years written as precisely as each other conflict when they overlap only in part', () => {
    const years = (from: number, to: number) => day(`${from}-01-01`, `${to}-12-31`, { granularity: 'year' });
    const a = makeClaim('a', 'date', 'who served from 1967 to 1979', 'from 1967 to 1979', years(1967, 1979));
    const b = makeClaim('b', 'date', 'held the seat from 1966 to 1978', 'from 1966 to 1978', years(1966, 1978));
    expect(compareDates(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'date/partial-overlap' });
  });

  test('a month beside a day inside it is only less precise', () => {
    const a = makeClaim('a', 'date', 'until a special election in June', 'in June', day('2013-06-01', '2013-06-30', { granularity: 'month' }));
    const b = makeClaim('b', 'date', 'a special election set for June 25', 'for June 25', day('2013-06-25'));
    expect(compareDates(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'date/vague-overlaps' });
  });
});
