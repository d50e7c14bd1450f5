import { describe, expect, test } from '@jest/globals';
import { extractPlaces, findEventPlaces, placeExtractor } from '../../../src/kinds/place/extract.js';
import type { ExtractContext } from '../../../src/model/extraction.js';
import type { Sentence, Source } from '../../../src/model/source.js';
import type { PlaceValue } from '../../../src/model/value.js';
import { growthRatio, linearBound } from '../../helpers/growth.js';

/** Sentences sit at offset 1000 of a file, so claim offsets must add sentence.start. */
const OFFSET = 1000;

function setup(text: string): { sentence: Sentence; ctx: ExtractContext } {
  const fileText = ' '.repeat(OFFSET) + text;
  const source: Source = { id: 't', path: 't.txt', text: fileText, bodyStart: 0, excluded: [] };
  const sentence: Sentence = { sourceId: 't', index: 0, paragraph: 0, start: OFFSET, end: OFFSET + text.length, text };
  return { sentence, ctx: { source, reference: '2025-10-23', referenceInferred: false } };
}

interface Expected {
  text: string;
  start: number;
  name: string;
  placeKind: string;
  subjectHint?: string;
}

const cases: { sentence: string; expected: Expected[] }[] = [
  {
    sentence: 'China announced on Thursday that it will hold a new round of trade negotiations with the United States in Malaysia later this month.',
    expected: [
      { text: 'Malaysia', start: 106, name: 'Malaysia', placeKind: 'country', subjectHint: 'negotiations' },
    ],
  },
  {
    sentence: 'Vice Premier He Lifeng will lead a delegation to Malaysia from October 24 to 27 to hold economic and trade discussions with the United States.',
    expected: [
      { text: 'Malaysia', start: 49, name: 'Malaysia', placeKind: 'country', subjectHint: 'delegation' },
    ],
  },
  {
    sentence: 'The United States and China will resume high-level trade negotiations this weekend in Malaysia’s capital, Kuala Lumpur, as the world’s two largest economies seek to ease tensions.',
    expected: [
      { text: 'Kuala Lumpur', start: 106, name: 'Kuala Lumpur', placeKind: 'city', subjectHint: 'negotiations' },
    ],
  },
  {
    sentence: 'The Kuala Lumpur discussions will mark the fifth round of in-person negotiations between the two sides, following earlier meetings in Geneva, London, Stockholm, and Madrid.',
    expected: [
      { text: 'Kuala Lumpur', start: 4, name: 'Kuala Lumpur', placeKind: 'city', subjectHint: 'discussions' },
      { text: 'Geneva', start: 134, name: 'Geneva', placeKind: 'city', subjectHint: 'meetings' },
      { text: 'London', start: 142, name: 'London', placeKind: 'city', subjectHint: 'meetings' },
      { text: 'Stockholm', start: 150, name: 'Stockholm', placeKind: 'city', subjectHint: 'meetings' },
      { text: 'Madrid', start: 165, name: 'Madrid', placeKind: 'city', subjectHint: 'meetings' },
    ],
  },
  {
    sentence: 'Senior economic officials from the United States and China met on Saturday in Kuala Lumpur to prevent a further escalation of the ongoing trade war.',
    expected: [
      { text: 'Kuala Lumpur', start: 78, name: 'Kuala Lumpur', placeKind: 'city', subjectHint: 'met' },
    ],
  },
  {
    sentence: 'Beyond the rare earth issue, the Malaysia talks are expected to cover a wide range of topics.',
    expected: [
      { text: 'Malaysia', start: 33, name: 'Malaysia', placeKind: 'country', subjectHint: 'talks' },
    ],
  },
  {
    sentence: 'The upcoming trade discussions coincide with President Trump’s visit to Kuala Lumpur for the Association of Southeast Asian Nations (ASEAN) meeting.',
    expected: [
      { text: 'Kuala Lumpur', start: 72, name: 'Kuala Lumpur', placeKind: 'city', subjectHint: 'visit' },
    ],
  },
  {
    sentence: 'US and Chinese flags prior to meeting to discuss trade relations and tariffs, in Geneva, Switzerland on May 11, 2025.',
    expected: [
      { text: 'Geneva', start: 81, name: 'Geneva', placeKind: 'city' },
    ],
  },
  {
    sentence: 'Floods in Jakarta, Indonesia, killed 12 people on Monday.',
    expected: [
      { text: 'Jakarta', start: 10, name: 'Jakarta', placeKind: 'city', subjectHint: 'Floods' },
    ],
  },
  {
    sentence: 'In Jakarta, floods killed 12 people.',
    expected: [
      { text: 'Jakarta', start: 3, name: 'Jakarta', placeKind: 'city', subjectHint: 'floods' },
    ],
  },
  {
    sentence: 'The finance minister tabled the budget in Ottawa on Tuesday.',
    expected: [
      { text: 'Ottawa', start: 42, name: 'Ottawa', placeKind: 'city', subjectHint: 'budget' },
    ],
  },
  {
    sentence: 'The trial in Smallville, Kansas, opened on Monday.',
    expected: [
      { text: 'Smallville', start: 13, name: 'Smallville', placeKind: 'unknown', subjectHint: 'trial' },
    ],
  },
  {
    sentence: 'Officials gathered in the Indonesian capital, Jakarta, for an emergency meeting.',
    expected: [
      { text: 'Jakarta', start: 46, name: 'Jakarta', placeKind: 'city', subjectHint: 'meeting' },
    ],
  },
  {
    sentence: 'Protests spread across Europe and throughout Southeast Asia.',
    expected: [
      { text: 'Europe', start: 23, name: 'Europe', placeKind: 'region', subjectHint: 'Protests' },
      { text: 'Southeast Asia', start: 45, name: 'Southeast Asia', placeKind: 'region', subjectHint: 'Protests' },
    ],
  },
  {
    sentence: 'He flew to Geneva for the talks.',
    expected: [
      { text: 'Geneva', start: 11, name: 'Geneva', placeKind: 'city', subjectHint: 'talks' },
    ],
  },
  {
    sentence: 'The hearing was held at The Hague on Friday.',
    expected: [
      { text: 'The Hague', start: 24, name: 'The Hague', placeKind: 'city', subjectHint: 'hearing' },
    ],
  },
  {
    sentence: 'China announced new rules. Beijing imposed curbs, and Washington called them unfair.',
    expected: [],
  },
  {
    sentence: 'Chinese goods and American soybeans were hit.',
    expected: [],
  },
  {
    sentence: 'The Bank of England met on Thursday.',
    expected: [],
  },
  {
    sentence: 'Talks between China and the United States resumed.',
    expected: [],
  },
  {
    sentence: 'US-China trade talks resumed after the Trump-Xi summit.',
    expected: [],
  },
  {
    sentence: 'The detention of Hong Kong media tycoon Jimmy Lai was raised.',
    expected: [],
  },
  {
    sentence: 'Exports to China fell sharply.',
    expected: [],
  },
  {
    sentence: 'He reads China Daily in US President Trump’s office.',
    expected: [],
  },
  {
    sentence: 'Earlier this month, Beijing imposed broad restrictions on its rare earths industry.',
    expected: [],
  },
  {
    sentence: 'According to a statement from China’s Ministry of Commerce, the talks will go on.',
    expected: [],
  },
  {
    sentence: 'The storm tore through Brisbane on Monday.',
    expected: [{ text: 'Brisbane', start: 23, name: 'Brisbane', placeKind: 'city', subjectHint: 'storm' }],
  },
  // A compass word between the preposition and the place.
  {
    sentence: 'The victims were taken to a morgue in eastern Paris.',
    expected: [{ text: 'Paris', start: 46, name: 'Paris', placeKind: 'city' }],
  },
  // Names the gazetteer does not know, made places by the noun before them.
  {
    sentence: 'Police searched a flat in the village of Brenvik on Sunday.',
    expected: [{ text: 'Brenvik', start: 41, name: 'Brenvik', placeKind: 'unknown' }],
  },
  {
    sentence: 'They were arrested in the coastal village, Brenvik, before dawn.',
    expected: [{ text: 'Brenvik', start: 43, name: 'Brenvik', placeKind: 'unknown', subjectHint: 'arrested' }],
  },
  { sentence: 'Back in the city, Police Chief Ana Moore said the road was shut.', expected: [] },
  // Named facilities after a locative preposition.
  {
    sentence: 'The jet took off from Charles de Gaulle airport at dusk.',
    expected: [{ text: 'Charles de Gaulle airport', start: 22, name: 'Charles de Gaulle Airport', placeKind: 'facility' }],
  },
  {
    sentence: 'Both were taken to St. Anne’s Hospital with burns.',
    expected: [{ text: 'St. Anne’s Hospital', start: 19, name: 'St. Anne’s Hospital', placeKind: 'facility' }],
  },
  { sentence: 'He went to school in the morning and to the hospital at night.', expected: [] },
  // AP state abbreviations place an unknown town.
  {
    sentence: 'She works at the store in Millbrook, Tenn., as a greeter.',
    expected: [{ text: 'Millbrook', start: 26, name: 'Millbrook', placeKind: 'unknown' }],
  },
  // Towns GeoNames knows (15,000 people or more), after a locative preposition.
  {
    sentence: 'Crews fought the blaze near Paradise, Calif., through the night.',
    expected: [{ text: 'Paradise', start: 28, name: 'Paradise', placeKind: 'city', subjectHint: 'blaze' }],
  },
  {
    sentence: 'The plant in Gonesse employs 300 people.',
    expected: [{ text: 'Gonesse', start: 13, name: 'Gonesse', placeKind: 'city' }],
  },
  {
    sentence: 'Flights to Larnaca were cancelled.',
    expected: [{ text: 'Larnaca', start: 11, name: 'Larnaca', placeKind: 'city' }],
  },
  // A word of a person's name in the article is the person, though a town bears it.
  { sentence: 'Sen. Lindsey Graham won, and the award went to Graham for his work.', expected: [] },
  // A capitalised word after the town makes another name: here a park.
  {
    sentence: 'They gathered in Moore Park after the vote.',
    expected: [{ text: 'Moore Park', start: 17, name: 'Moore Park', placeKind: 'facility', subjectHint: 'vote' }],
  },
  { sentence: 'The ruling came in March, after the hearing in Brenvik.', expected: [] },
];

describe('place extractor', () => {
  test.each(cases)('$sentence', ({ sentence: text, expected }) => {
    const { sentence, ctx } = setup(text);
    const claims = placeExtractor.extract(sentence, ctx);
    const got = claims.map((c) => {
      const v = c.value as PlaceValue;
      const row: Expected = { text: c.text, start: c.start - OFFSET, name: v.name, placeKind: v.placeKind };
      if (c.subjectHint !== undefined) row.subjectHint = c.subjectHint;
      return row;
    });
    expect(got).toEqual(expected);
    for (const c of claims) {
      expect(c.kind).toBe('place');
      expect(ctx.source.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.value.type).toBe('place');
    }
  });

  test('values carry the containment chain and a reading', () => {
    const [kl] = findEventPlaces('They met in Malaysia’s capital, Kuala Lumpur.');
    expect(kl).toMatchObject({
      text: 'Kuala Lumpur',
      name: 'Kuala Lumpur',
      placeKind: 'city',
      within: ['Malaysia', 'Southeast Asia', 'Asia'],
      reading: 'Kuala Lumpur (city in Malaysia)',
    });
    const [town] = findEventPlaces('Crews in Paradise, Calif., were overwhelmed.');
    expect(town).toMatchObject({ name: 'Paradise', placeKind: 'city', within: ['California', 'United States', 'North America'], reading: 'Paradise (city in California, United States)' });
    const [sv] = findEventPlaces('The trial in Smallville, Kansas, opened.');
    expect(sv).toMatchObject({ name: 'Smallville', placeKind: 'unknown', within: ['Kansas', 'United States', 'North America'] });
    expect(sv.reading).toBe('Smallville (place in Kansas)');
  });

  test('odd input never throws', () => {
    const bad = { sourceId: 't', index: 0, paragraph: 0, start: 0, end: 0, text: undefined } as unknown as Sentence;
    expect(extractPlaces(bad)).toEqual([]);
    expect(findEventPlaces('')).toEqual([]);
    expect(findEventPlaces('in in in the the to to , , ’s')).toEqual([]);
  });

  test('linear on a 100k-character line', async () => {
    const unit = 'Officials met in Kuala Lumpur, Malaysia, after talks in Geneva, London, and Madrid. ';
    const line = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    expect(findEventPlaces(line(100_000)).length).toBeGreaterThan(3000);
    expect(await growthRatio((size, run) => findEventPlaces(line(size) + run), 6_250)).toBeLessThan(linearBound());
  });
});

describe('the place of a dateline', () => {
  const dateline = (text: string) => {
    const { sentence, ctx } = setup(text);
    return placeExtractor.extract({ ...sentence, isDateline: true }, ctx).map((c) => ({ text: c.text, start: c.start - OFFSET, value: c.value, hint: c.subjectHint }));
  };

  test('a known place, in capitals', () => {
    expect(dateline('LONDON')).toEqual([
      { text: 'LONDON', start: 0, hint: 'dateline', value: expect.objectContaining({ name: 'London', placeKind: 'city', dateline: true }) },
    ]);
  });

  test('an unknown town placed by its country', () => {
    expect(dateline('VILLEPARISIS, France')).toEqual([
      {
        text: 'VILLEPARISIS',
        start: 0,
        hint: 'dateline',
        value: expect.objectContaining({ name: 'Villeparisis', placeKind: 'unknown', within: expect.arrayContaining(['France']), dateline: true }),
      },
    ]);
  });

  test('a dateline naming nothing known gives no place; the same words in prose are not a dateline', () => {
    expect(dateline('SOMEWHERE')).toEqual([]);
    const { sentence, ctx } = setup('LONDON');
    expect(placeExtractor.extract(sentence, ctx)).toEqual([]);
  });
});
