import { describe, expect, test } from '@jest/globals';
import { namesOfSource, sameName, scanNames } from '../../src/text/names/scan.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

interface Case {
  text: string;
  expected: { name: string; start: number; titled: boolean }[];
}

const cases: Case[] = [
  // Seed-shaped.
  { text: 'Vice Premier He Lifeng will lead a delegation to Malaysia.', expected: [{ name: 'He Lifeng', start: 13, titled: true }] },
  {
    text: 'U.S. Treasury Secretary Scott Bessent said he will meet with Chinese Vice Premier He Lifeng.',
    expected: [
      { name: 'Scott Bessent', start: 24, titled: true },
      { name: 'He Lifeng', start: 82, titled: true },
    ],
  },
  {
    text: 'US Treasury Secretary Scott Bessent noted that he and Vice-Premier He had talks.',
    expected: [
      { name: 'Scott Bessent', start: 22, titled: true },
      { name: 'He', start: 67, titled: true },
    ],
  },
  // Other domains.
  {
    text: 'Ursula von der Leyen met Donald J. Trump and JD Vance in Brussels.',
    expected: [
      { name: 'Ursula von der Leyen', start: 0, titled: false },
      { name: 'Donald J. Trump', start: 25, titled: false },
      { name: 'JD Vance', start: 45, titled: false },
    ],
  },
  {
    text: 'Former British prime minister Theresa May spoke with Alexandria Ocasio-Cortez.',
    expected: [
      { name: 'Theresa May', start: 30, titled: true },
      { name: 'Alexandria Ocasio-Cortez', start: 53, titled: false },
    ],
  },
  {
    text: 'Michael Jordan visited Jordan and Georgia Meloni went to Georgia.',
    expected: [
      { name: 'Michael Jordan', start: 0, titled: false },
      { name: 'Georgia Meloni', start: 34, titled: false },
    ],
  },
  { text: 'Judge Maria Lopez said the ruling was final.', expected: [{ name: 'Maria Lopez', start: 6, titled: true }] },
  { text: 'Gov. Kathy Hochul signed it.', expected: [{ name: 'Kathy Hochul', start: 5, titled: true }] },
  // Negatives: a sentence-initial pronoun, a lone word, organisations, places, a headline.
  { text: 'He said it would be a shame to waste the meeting.', expected: [] },
  { text: 'Trump, speaking to reporters on Wednesday, played down the impact.', expected: [] },
  { text: 'Bessent told Fox Business Network that both sides are aiming to resolve issues.', expected: [] },
  { text: 'The Kuala Lumpur discussions will mark the fifth round, following meetings in Geneva and London.', expected: [] },
  { text: 'US and China Meet in Kuala Lumpur to Prevent Escalation of Trade Tensions', expected: [] },
  { text: 'The Association of Southeast Asian Nations (ASEAN) summit and the Entity List were discussed.', expected: [] },
];

describe('scanNames', () => {
  test.each(cases)('$text', ({ text, expected }) => {
    const got = scanNames(text);
    expect(got.map((n) => ({ name: n.name, start: n.start, titled: n.titled }))).toEqual(expected);
    for (const n of got) expect(text.slice(n.start, n.end)).toBe(n.name);
  });

  test('known names make single words names', () => {
    const text = 'Trump, speaking to reporters, said Xi agreed.';
    expect(scanNames(text)).toEqual([]);
    expect(scanNames(text, { known: ['Donald Trump', 'Xi Jinping'] }).map((n) => [n.name, n.start])).toEqual([
      ['Trump', 0],
      ['Xi', 35],
    ]);
  });

  test('known parts of a hyphenated pair are reported apart', () => {
    const got = scanNames('ahead of the Trump-Xi summit', { known: ['Donald Trump', 'Xi Jinping'] });
    expect(got.map((n) => [n.name, n.start, n.end])).toEqual([
      ['Trump', 13, 18],
      ['Xi', 19, 21],
    ]);
    expect(scanNames('ahead of the Trump-Xi summit')).toEqual([]);
  });

  test('loose mode accepts lone capitalised words that act', () => {
    expect(scanNames('Trump spoke by phone with Xi on Monday.', { loose: true }).map((n) => n.name)).toEqual(['Trump', 'Xi']);
    expect(scanNames('Analysts noted that Thursday was calm.', { loose: true })).toEqual([]);
  });

  test('odd input never throws', () => {
    expect(scanNames('')).toEqual([]);
    expect(scanNames(undefined as unknown as string)).toEqual([]);
    expect(scanNames('“ ” , . He')).toEqual([]);
  });

  test('linear on a 100k-character line', async () => {
    const unit = 'President Xi Jinping and Treasury Secretary Scott Bessent met Fox Business Network staff. ';
    const line = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    expect(scanNames(line(100_000)).length).toBeGreaterThan(2000);
    expect(await growthRatio((size, run) => scanNames(line(size) + run), 6_250)).toBeLessThan(linearBound());
  });
});

describe('sameName', () => {
  const cases: [string, string, boolean][] = [
    ['He Lifeng', 'He Lifeng', true],
    ['he lifeng', 'He Lifeng', true],
    ['He', 'He Lifeng', true],
    ['Lifeng', 'He Lifeng', true],
    ['Trump', 'Donald Trump', true],
    ['Donald Trump', 'Trump', true],
    ['Donald J. Trump', 'Donald Trump', true],
    ['Xi Jinpeng', 'Xi Jinping', true],
    ['Bessent’s', 'Scott Bessent', true],
    ['Ocasio-Cortez', 'Alexandria Ocasio-Cortez', true],
    ['Ocasio', 'Alexandria Ocasio-Cortez', false],
    ['Li', 'Lai', false],
    ['Xi', 'Li', false],
    ['Scott Bessent', 'Jamieson Greer', false],
    ['Trump', 'Donald Trumpet', false],
    ['', 'Trump', false],
    // A courtesy title is not part of the name; a name that is only a courtesy title stays itself.
    ['Ms. Whitfield', 'Dana Whitfield', true],
    ['Mr. Moore', 'Roy Moore', true],
    ['Ms. Whitfield', 'Dana Reyes', false],
    ['Dr.', 'Dr.', true],
    // Suffixes and short forms of given names.
    ['Joseph R. Biden Jr.', 'Joe Biden', true],
    ['John G. Roberts Jr.', 'John Roberts', true],
    ['Tim Murray', 'Timothy Murray', true],
    ['Bill Nelson', 'William Nelson', true],
    ['John Smith Jr.', 'John Smith Sr.', false],
    ['Tim Murray', 'Tom Murray', false],
    ['Jo Murray', 'Joseph Murray', false],
    // A name used without its first given name.
    ['Todd Jones', 'Byron Todd Jones', true],
    ['Todd Jones', 'Byron Tad Jones', false],
  ];
  test.each(cases)('sameName(%p, %p) = %p', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });
});

describe('namesOfSource', () => {
  test('multi-word names of a whole text, each once', () => {
    const text = 'US President Donald Trump met Xi Jinping.\nTrump said so. Donald Trump left.\nHe Lifeng stayed.';
    expect(namesOfSource(text)).toEqual(['Donald Trump', 'Xi Jinping', 'He Lifeng']);
  });
});
