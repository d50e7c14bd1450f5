import { describe, expect, test } from '@jest/globals';
import { parseDateLine, parseDateline, parseIsoDateTime } from '../../src/ingest/publishedDate.js';

describe('parseIsoDateTime', () => {
  test.each([
    ['2025-10-23', { year: 2025, month: 10, day: 23 }],
    ['2025-10-23T14:17:00+03:00', { year: 2025, month: 10, day: 23, time: '14:17', tzOffsetMinutes: 180 }],
    ['2024-03-07T18:30-05:00', { year: 2024, month: 3, day: 7, time: '18:30', tzOffsetMinutes: -300 }],
    ['2024-03-07 23:59Z', { year: 2024, month: 3, day: 7, time: '23:59', tzOffsetMinutes: 0 }],
    ['2024-03-07T08:00:00.123+0530', { year: 2024, month: 3, day: 7, time: '08:00', tzOffsetMinutes: 330 }],
    ['2024-03-07T08:00', { year: 2024, month: 3, day: 7, time: '08:00' }],
  ])('%s', (input, expected) => {
    expect(parseIsoDateTime(input)).toEqual(expected);
  });

  test.each(['2025-02-30', '2025-13-01', '23/10/2025', 'October 23, 2025', '2025-10-23T25:00', '2025-10-23T10:00+3'])(
    'rejects %s',
    (input) => {
      expect(parseIsoDateTime(input)).toBeUndefined();
    },
  );
});

describe('parseDateLine', () => {
  test.each([
    ['October 23, 2025', { year: 2025, month: 10, day: 23, updated: false }],
    ['October 23, 2025 02:17 PM GMT+03:00', { year: 2025, month: 10, day: 23, time: '14:17', tzOffsetMinutes: 180, updated: false }],
    ['Oct. 3, 2024 12:05 a.m. UTC', { year: 2024, month: 10, day: 3, time: '00:05', updated: false, tzOffsetMinutes: 0 }],
    ['Thursday, 23 October 2025', { year: 2025, month: 10, day: 23, updated: false }],
    ['Sept. 9, 2024, 18:45 (GMT-4)', { year: 2024, month: 9, day: 9, time: '18:45', tzOffsetMinutes: -240, updated: false }],
    ['March 4, 2024 at 9:30 AM EST', { year: 2024, month: 3, day: 4, time: '09:30', tzOffsetMinutes: -300, updated: false }],
    ['Published: March 4, 2024', { year: 2024, month: 3, day: 4, updated: false }],
    ['Updated: 5 March 2024 10:00 +01:00', { year: 2024, month: 3, day: 5, time: '10:00', tzOffsetMinutes: 60, updated: true }],
    ['2024-03-04', { year: 2024, month: 3, day: 4, updated: false }],
  ])('%s', (input, expected) => {
    expect(parseDateLine(input)).toEqual(expected);
  });

  test.each([
    'On October 23, 2025 the talks began.',
    'October 23',
    'February 30, 2024',
    'October 23, 2025 13:15 PM',
    'October 23, 2025 02:17 PM XYZT',
    'US and China',
    'The council met on March 4, 2024.',
  ])('not a date line: %s', (input) => {
    expect(parseDateLine(input)).toBeUndefined();
  });
});

describe('parseDateline', () => {
  test.each([
    ['Kuala Lumpur, Oct 25: Senior officials met.', { length: 21, text: 'Kuala Lumpur, Oct 25:', place: 'Kuala Lumpur', placeLength: 12, month: 10, day: 25 }],
    ['BEIJING; China announced talks.', { length: 8, text: 'BEIJING;', place: 'BEIJING', placeLength: 7 }],
    ['WASHINGTON (Reuters) — Lawmakers voted.', { length: 22, text: 'WASHINGTON (Reuters) —', place: 'WASHINGTON', placeLength: 10 }],
    [
      'NAIROBI, March 4, 2024 (Reuters) - The court ruled.',
      { length: 34, text: 'NAIROBI, March 4, 2024 (Reuters) -', place: 'NAIROBI', placeLength: 7, month: 3, day: 4, year: 2024 },
    ],
    ['LONDON, Oct. 25 (AP) - Rail strikes resumed.', { length: 22, text: 'LONDON, Oct. 25 (AP) -', place: 'LONDON', placeLength: 6, month: 10, day: 25 }],
    ['São Paulo, 3 May: Heavy rain fell.', { length: 17, text: 'São Paulo, 3 May:', place: 'São Paulo', placeLength: 9, month: 5, day: 3 }],
    ['SAN JUAN, Puerto Rico — Power returned.', { length: 23, text: 'SAN JUAN, Puerto Rico —', place: 'SAN JUAN', placeLength: 21 }],
    // The New York Times News Service's separator; an agency after a place and its country.
    ['LONDON _ Global warming could wipe out species.', { length: 8, text: 'LONDON _', place: 'LONDON', placeLength: 6 }],
    ['GONESSE, France (AP) -- Forensic experts worked on.', { length: 23, text: 'GONESSE, France (AP) --', place: 'GONESSE', placeLength: 15 }],
  ])('%s', (input, expected) => {
    expect(parseDateline(input)).toEqual(expected);
  });

  test.each([
    'Meanwhile: prices rose.',
    'However, failure to act - he said - would hurt.',
    'BREAKING: Quake hits coast.',
    'US — the country — voted.',
    'Officials from both nations - reports said - met.',
    'China announced on Thursday that it will hold talks.',
    'Trade talks to address tariffs, export controls',
    'Monday, Oct 20: the ministry announced controls.',
    'MONDAY, Oct. 20 — Markets fell.',
    'October, 2024: the truce ends.',
  ])('not a dateline: %s', (input) => {
    expect(parseDateline(input)).toBeUndefined();
  });
});
