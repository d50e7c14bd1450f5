import { describe, expect, test } from '@jest/globals';
import {
  contains,
  countryOfActor,
  findActors,
  findPlaces,
  isoCode,
  lookupPlace,
  lookupPlaces,
} from '../../src/text/gazetteer/index.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

describe('lookupPlace', () => {
  const cases: { input: string; name: string; placeKind: string; within: string[] }[] = [
    { input: 'Kuala Lumpur', name: 'Kuala Lumpur', placeKind: 'city', within: ['Malaysia', 'Southeast Asia', 'Asia'] },
    { input: 'kuala lumpur', name: 'Kuala Lumpur', placeKind: 'city', within: ['Malaysia', 'Southeast Asia', 'Asia'] },
    { input: 'Malaysia', name: 'Malaysia', placeKind: 'country', within: ['Southeast Asia', 'Asia'] },
    { input: 'U.S.', name: 'United States', placeKind: 'country', within: ['North America'] },
    { input: 'US', name: 'United States', placeKind: 'country', within: ['North America'] },
    { input: 'USA', name: 'United States', placeKind: 'country', within: ['North America'] },
    { input: 'United States of America', name: 'United States', placeKind: 'country', within: ['North America'] },
    { input: 'the United States', name: 'United States', placeKind: 'country', within: ['North America'] },
    { input: 'America', name: 'United States', placeKind: 'country', within: ['North America'] },
    { input: 'UK', name: 'United Kingdom', placeKind: 'country', within: ['Northern Europe', 'Europe'] },
    { input: 'Britain', name: 'United Kingdom', placeKind: 'country', within: ['Northern Europe', 'Europe'] },
    { input: 'Bogota', name: 'Bogotá', placeKind: 'city', within: ['Colombia', 'South America'] },
    { input: 'Zürich', name: 'Zurich', placeKind: 'city', within: ['Switzerland', 'Western Europe', 'Europe'] },
    { input: 'Geneva', name: 'Geneva', placeKind: 'city', within: ['Switzerland', 'Western Europe', 'Europe'] },
    { input: 'Jakarta', name: 'Jakarta', placeKind: 'city', within: ['Indonesia', 'Southeast Asia', 'Asia'] },
    { input: 'Ottawa', name: 'Ottawa', placeKind: 'city', within: ['Canada', 'North America'] },
    { input: 'Toronto', name: 'Toronto', placeKind: 'city', within: ['Ontario', 'Canada', 'North America'] },
    { input: 'New York', name: 'New York', placeKind: 'city', within: ['New York', 'United States', 'North America'] },
    { input: 'Chicago', name: 'Chicago', placeKind: 'city', within: ['Illinois', 'United States', 'North America'] },
    { input: 'Washington, D.C.', name: 'Washington', placeKind: 'city', within: ['United States', 'North America'] },
    { input: 'Texas', name: 'Texas', placeKind: 'state', within: ['United States', 'North America'] },
    { input: 'Hong Kong', name: 'Hong Kong', placeKind: 'city', within: ['China', 'East Asia', 'Asia'] },
    { input: 'Southeast Asia', name: 'Southeast Asia', placeKind: 'region', within: ['Asia'] },
    { input: 'South-East Asia', name: 'Southeast Asia', placeKind: 'region', within: ['Asia'] },
    { input: 'the Middle East', name: 'Middle East', placeKind: 'region', within: ['Asia'] },
    { input: 'Asia', name: 'Asia', placeKind: 'region', within: [] },
    { input: 'Europe', name: 'Europe', placeKind: 'region', within: [] },
    { input: 'South Korea', name: 'South Korea', placeKind: 'country', within: ['East Asia', 'Asia'] },
    { input: 'Türkiye', name: 'Turkey', placeKind: 'country', within: ['Middle East', 'Asia'] },
    { input: 'Côte d’Ivoire', name: 'Côte d’Ivoire', placeKind: 'country', within: ['West Africa', 'Africa'] },
    { input: "Cote d'Ivoire", name: 'Côte d’Ivoire', placeKind: 'country', within: ['West Africa', 'Africa'] },
  ];
  test.each(cases)('$input', ({ input, name, placeKind, within }) => {
    const p = lookupPlace(input);
    expect(p).toBeDefined();
    expect(p!.name).toBe(name);
    expect(p!.placeKind).toBe(placeKind);
    expect(p!.within).toEqual(within);
  });

  const negatives = ['us', 'usa', 'Narnia', '', '   ', 'Fox Business Network', 'Chinese', 'Trump'];
  test.each(negatives)('no place: %p', (input) => {
    expect(lookupPlace(input)).toBeUndefined();
  });

  test('readings', () => {
    expect(lookupPlace('Kuala Lumpur')!.reading).toBe('Kuala Lumpur (city in Malaysia)');
    expect(lookupPlace('Chicago')!.reading).toBe('Chicago (city in Illinois, United States)');
    expect(lookupPlace('Malaysia')!.reading).toBe('Malaysia (country in Southeast Asia)');
    expect(lookupPlace('Asia')!.reading).toBe('Asia (region)');
    expect(lookupPlace('Texas')!.reading).toBe('Texas (state in United States)');
  });

  test('ambiguous names list every reading, preferred first', () => {
    expect(lookupPlaces('Georgia').map((p) => `${p.name}/${p.placeKind}`)).toEqual(['Georgia/country', 'Georgia/state']);
    expect(lookupPlaces('New York').map((p) => p.placeKind)).toEqual(['city', 'state']);
  });

  test('never throws on odd input', () => {
    expect(lookupPlace(undefined as unknown as string)).toBeUndefined();
    expect(lookupPlace(42 as unknown as string)).toBeUndefined();
  });
});

describe('isoCode', () => {
  test.each([
    ['U.S.', 'US'],
    ['China', 'CN'],
    ['Malaysia', 'MY'],
    ['Britain', 'GB'],
    ['Kuala Lumpur', undefined],
  ])('%s → %s', (name, iso) => {
    expect(isoCode(name)).toBe(iso);
  });
});

describe('contains', () => {
  const cases: [string, string, boolean][] = [
    ['Malaysia', 'Kuala Lumpur', true],
    ['Asia', 'Kuala Lumpur', true],
    ['Southeast Asia', 'Malaysia', true],
    ['Asia', 'Southeast Asia', true],
    ['Switzerland', 'Geneva', true],
    ['Europe', 'Geneva', true],
    ['Indonesia', 'Jakarta', true],
    ['Canada', 'Ottawa', true],
    ['Latin America', 'Brazil', true],
    ['Asia-Pacific', 'Japan', true],
    ['European Union', 'Paris', true],
    ['United States', 'Chicago', true],
    ['Illinois', 'Chicago', true],
    ['U.S.', 'Texas', true],
    ['Georgia', 'Atlanta', true],
    ['Malaysia', 'Malaysia', true],
    ['Kuala Lumpur', 'Malaysia', false],
    ['Europe', 'Kuala Lumpur', false],
    ['Malaysia', 'Geneva', false],
    ['China', 'Taipei', false],
    ['Narnia', 'Malaysia', false],
    ['Malaysia', 'Narnia', false],
  ];
  test.each(cases)('contains(%s, %s) = %s', (outer, inner, expected) => {
    expect(contains(outer, inner)).toBe(expected);
  });
});

describe('countryOfActor', () => {
  const cases: [string, string | undefined][] = [
    ['Beijing', 'China'],
    ['Washington', 'United States'],
    ['Moscow', 'Russia'],
    ['Tokyo', 'Japan'],
    ['London', 'United Kingdom'],
    ['Ottawa', 'Canada'],
    ['Jakarta', 'Indonesia'],
    ['the White House', 'United States'],
    ['White House', 'United States'],
    ['the Kremlin', 'Russia'],
    ['Downing Street', 'United Kingdom'],
    ['Chinese', 'China'],
    ['American', 'United States'],
    ['Americans', 'United States'],
    ['Malaysian', 'Malaysia'],
    ['British', 'United Kingdom'],
    ['U.S.', 'United States'],
    ['US', 'United States'],
    ['China’s', 'China'],
    ["Beijing's", 'China'],
    ['the United States', 'United States'],
    ['Brussels', 'European Union'],
    ['EU', 'European Union'],
    ['us', undefined],
    ['Shanghai', undefined],
    ['Trump', undefined],
    ['', undefined],
  ];
  test.each(cases)('%p → %p', (word, country) => {
    expect(countryOfActor(word)).toBe(country);
  });
});

describe('findPlaces', () => {
  const cases: { text: string; expected: { text: string; start: number; name: string; placeKind: string }[] }[] = [
    {
      text: 'Talks in Malaysia’s capital, Kuala Lumpur, and the U.S.-China summit.',
      expected: [
        { text: 'Malaysia', start: 9, name: 'Malaysia', placeKind: 'country' },
        { text: 'Kuala Lumpur', start: 29, name: 'Kuala Lumpur', placeKind: 'city' },
        { text: 'U.S.', start: 51, name: 'United States', placeKind: 'country' },
        { text: 'China', start: 56, name: 'China', placeKind: 'country' },
      ],
    },
    {
      text: 'A storm hit Atlanta, Georgia, then Tbilisi, Georgia.',
      expected: [
        { text: 'Atlanta', start: 12, name: 'Atlanta', placeKind: 'city' },
        { text: 'Georgia', start: 21, name: 'Georgia', placeKind: 'state' },
        { text: 'Tbilisi', start: 35, name: 'Tbilisi', placeKind: 'city' },
        { text: 'Georgia', start: 44, name: 'Georgia', placeKind: 'country' },
      ],
    },
    {
      text: 'Ships crossed the South China Sea to Washington, D.C. and Papua New Guinea.',
      expected: [
        { text: 'South China Sea', start: 18, name: 'South China Sea', placeKind: 'region' },
        { text: 'Washington, D.C.', start: 37, name: 'Washington', placeKind: 'city' },
        { text: 'Papua New Guinea', start: 58, name: 'Papua New Guinea', placeKind: 'country' },
      ],
    },
    {
      text: 'Floods in Jakarta and a budget in Ottawa; the Asia-Pacific summit.',
      expected: [
        { text: 'Jakarta', start: 10, name: 'Jakarta', placeKind: 'city' },
        { text: 'Ottawa', start: 34, name: 'Ottawa', placeKind: 'city' },
        { text: 'Asia-Pacific', start: 46, name: 'Asia-Pacific', placeKind: 'region' },
      ],
    },
    // Negatives: pronoun "us", lower-case words, demonyms, a given name.
    { text: 'Let us buy fine china in turkey season.', expected: [] },
    { text: 'Chinese and American officials met Michael Jordan.', expected: [] },
    { text: 'Nice weather helped.', expected: [] },
  ];
  test.each(cases)('$text', ({ text, expected }) => {
    const got = findPlaces(text).map((p) => ({ text: p.text, start: p.start, name: p.name, placeKind: p.placeKind }));
    expect(got).toEqual(expected);
    for (const p of findPlaces(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('findActors', () => {
  test('country names, demonyms, capitals and metonyms', () => {
    const text = 'The White House and Beijing traded blows; Chinese and US officials, and the Kremlin, watched.';
    expect(findActors(text).map((a) => [a.text, a.start, a.country])).toEqual([
      ['White House', 4, 'United States'],
      ['Beijing', 20, 'China'],
      ['Chinese', 42, 'China'],
      ['US', 54, 'United States'],
      ['Kremlin', 76, 'Russia'],
    ]);
  });
  test('no actors in lower case or in a given name', () => {
    expect(findActors('let us see; Michael Jordan scored')).toEqual([]);
  });
});

describe('performance', () => {
  test('a 100k-character line scans in linear time', async () => {
    const unit = 'Talks in Kuala Lumpur, Malaysia, with U.S. and Chinese officials from Washington. ';
    const line = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    expect(findPlaces(line(100_000)).length).toBeGreaterThan(1000);
    expect(findActors(line(100_000)).length).toBeGreaterThan(1000);
    expect(await growthRatio((size, run) => [findPlaces(line(size) + run), findActors(line(size) + run)], 6_250)).toBeLessThan(linearBound());
    expect(findPlaces('Abc '.repeat(25_000))).toEqual([]);
    expect(await growthRatio((size, run) => findPlaces('Abc '.repeat(size / 4) + run), 6_250)).toBeLessThan(linearBound());
  });
});
