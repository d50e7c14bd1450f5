import { describe, expect, test } from '@jest/globals';
import { extractTitles, findTitles, normalizeTitle, titleExtractor } from '../../../src/kinds/title/extract.js';
import type { ExtractContext } from '../../../src/model/extraction.js';
import type { Sentence, Source } from '../../../src/model/source.js';
import type { TitleValue } from '../../../src/model/value.js';
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
  person: string;
  title: string;
  normalized: string;
  qualifiers: string[];
  formal: boolean;
}

const cases: { sentence: string; expected: Expected[] }[] = [
  {
    sentence: 'Its spokesperson, Abdul Muhari, told reporters that water levels were falling.',
    expected: [
      { text: 'spokesperson, Abdul Muhari', start: 4, person: 'Abdul Muhari', title: 'spokesperson', normalized: 'spokesperson', qualifiers: [], formal: false },
    ],
  },
  {
    sentence: 'Smith’s attorney, Rebecca Chen, said her client would appeal.',
    expected: [
      { text: 'Smith’s attorney, Rebecca Chen', start: 0, person: 'Rebecca Chen', title: 'attorney', normalized: 'attorney', qualifiers: ['Smith’s'], formal: false },
    ],
  },
  {
    sentence: 'Conservative leader Pierre Poilievre said the budget was reckless.',
    expected: [
      { text: 'Conservative leader Pierre Poilievre', start: 0, person: 'Pierre Poilievre', title: 'Conservative leader', normalized: 'conservative leader', qualifiers: [], formal: false },
    ],
  },
  { sentence: 'The President, in a speech, said so.', expected: [] },
  {
    sentence: 'Vice Premier He Lifeng will lead a delegation to Malaysia.',
    expected: [
      { text: 'Vice Premier He Lifeng', start: 0, person: 'He Lifeng', title: 'Vice Premier', normalized: 'vice premier', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'China’s Vice-Premier He Lifeng is scheduled to meet with US officials.',
    expected: [
      { text: 'China’s Vice-Premier He Lifeng', start: 0, person: 'He Lifeng', title: 'Vice-Premier', normalized: 'vice premier', qualifiers: ['China’s'], formal: true },
    ],
  },
  {
    sentence: 'US Treasury Secretary Scott Bessent noted on social media last week that he and Vice-Premier He had “frank and detailed discussions” via video call.',
    expected: [
      { text: 'US Treasury Secretary Scott Bessent', start: 0, person: 'Scott Bessent', title: 'Treasury Secretary', normalized: 'treasury secretary', qualifiers: ['US'], formal: true },
      { text: 'Vice-Premier He', start: 80, person: 'He', title: 'Vice-Premier', normalized: 'vice premier', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'U.S. Treasury Secretary Scott Bessent said he will meet with Chinese Vice Premier He Lifeng, joined by U.S. Trade Representative Jamieson Greer.',
    expected: [
      { text: 'U.S. Treasury Secretary Scott Bessent', start: 0, person: 'Scott Bessent', title: 'Treasury Secretary', normalized: 'treasury secretary', qualifiers: ['U.S.'], formal: true },
      { text: 'Chinese Vice Premier He Lifeng', start: 61, person: 'He Lifeng', title: 'Vice Premier', normalized: 'vice premier', qualifiers: ['Chinese'], formal: true },
      { text: 'U.S. Trade Representative Jamieson Greer', start: 103, person: 'Jamieson Greer', title: 'Trade Representative', normalized: 'trade representative', qualifiers: ['U.S.'], formal: true },
    ],
  },
  {
    sentence: 'The upcoming trade discussions coincide with President Trump’s visit to Kuala Lumpur.',
    expected: [
      { text: 'President Trump', start: 45, person: 'Trump', title: 'President', normalized: 'president', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'It signals a potential high-level meeting between Presidents Xi Jinping and Donald Trump.',
    expected: [
      { text: 'Presidents Xi Jinping', start: 50, person: 'Xi Jinping', title: 'Presidents', normalized: 'president', qualifiers: [], formal: true },
      { text: 'Donald Trump', start: 76, person: 'Donald Trump', title: 'Presidents', normalized: 'president', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'China’s international trade representative Li Chenggang (2nd R) and Chinas Vice Premier He Lifeng (Far R) posed.',
    expected: [
      { text: 'China’s international trade representative Li Chenggang', start: 0, person: 'Li Chenggang', title: 'international trade representative', normalized: 'international trade representative', qualifiers: ['China’s'], formal: false },
      { text: 'Chinas Vice Premier He Lifeng', start: 68, person: 'He Lifeng', title: 'Vice Premier', normalized: 'vice premier', qualifiers: ['Chinas'], formal: true },
    ],
  },
  {
    sentence: 'China’s top trade negotiator Li Chenggang also attended the Kuala Lumpur discussions.',
    expected: [
      { text: 'China’s top trade negotiator Li Chenggang', start: 0, person: 'Li Chenggang', title: 'top trade negotiator', normalized: 'top trade negotiator', qualifiers: ['China’s'], formal: false },
    ],
  },
  {
    sentence: 'He plans to raise the detention of Hong Kong media tycoon Jimmy Lai.',
    expected: [
      { text: 'Hong Kong media tycoon Jimmy Lai', start: 35, person: 'Jimmy Lai', title: 'media tycoon', normalized: 'media tycoon', qualifiers: ['Hong Kong'], formal: false },
    ],
  },
  {
    sentence: 'China’s Vice Minister of Finance Liao Min was there.',
    expected: [
      { text: 'China’s Vice Minister of Finance Liao Min', start: 0, person: 'Liao Min', title: 'Vice Minister of Finance', normalized: 'vice minister of finance', qualifiers: ['China’s'], formal: true },
    ],
  },
  {
    sentence: 'Li Chenggang, China’s top trade negotiator, said the talks were constructive.',
    expected: [
      { text: 'Li Chenggang, China’s top trade negotiator', start: 0, person: 'Li Chenggang', title: 'top trade negotiator', normalized: 'top trade negotiator', qualifiers: ['China’s'], formal: false },
    ],
  },
  {
    sentence: 'Judge Maria Lopez said the ruling was “final and binding,” adding that appeals would fail.',
    expected: [
      { text: 'Judge Maria Lopez', start: 0, person: 'Maria Lopez', title: 'Judge', normalized: 'judge', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'Gov. Kathy Hochul and Secretary of State Marco Rubio met Prime Minister Anwar Ibrahim in Ottawa.',
    expected: [
      { text: 'Gov. Kathy Hochul', start: 0, person: 'Kathy Hochul', title: 'Gov.', normalized: 'governor', qualifiers: [], formal: true },
      { text: 'Secretary of State Marco Rubio', start: 22, person: 'Marco Rubio', title: 'Secretary of State', normalized: 'secretary of state', qualifiers: [], formal: true },
      { text: 'Prime Minister Anwar Ibrahim', start: 57, person: 'Anwar Ibrahim', title: 'Prime Minister', normalized: 'prime minister', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'Anwar Ibrahim, the Malaysian prime minister, welcomed the delegation.',
    expected: [
      { text: 'Anwar Ibrahim, the Malaysian prime minister', start: 0, person: 'Anwar Ibrahim', title: 'prime minister', normalized: 'prime minister', qualifiers: ['Malaysian'], formal: false },
    ],
  },
  {
    sentence: 'Former President Barack Obama spoke with Chief Justice John Roberts and Attorney General Pam Bondi.',
    expected: [
      { text: 'Former President Barack Obama', start: 0, person: 'Barack Obama', title: 'Former President', normalized: 'former president', qualifiers: [], formal: true },
      { text: 'Chief Justice John Roberts', start: 41, person: 'John Roberts', title: 'Chief Justice', normalized: 'chief justice', qualifiers: [], formal: true },
      { text: 'Attorney General Pam Bondi', start: 72, person: 'Pam Bondi', title: 'Attorney General', normalized: 'attorney general', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'Indonesian President Prabowo Subianto visited flooded districts of Jakarta.',
    expected: [
      { text: 'Indonesian President Prabowo Subianto', start: 0, person: 'Prabowo Subianto', title: 'President', normalized: 'president', qualifiers: ['Indonesian'], formal: true },
    ],
  },
  {
    sentence: 'White House press secretary Karoline Leavitt said Sen. Chuck Schumer objected.',
    expected: [
      { text: 'White House press secretary Karoline Leavitt', start: 0, person: 'Karoline Leavitt', title: 'press secretary', normalized: 'press secretary', qualifiers: ['White House'], formal: false },
      { text: 'Sen. Chuck Schumer', start: 50, person: 'Chuck Schumer', title: 'Sen.', normalized: 'senator', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'Finance Minister François-Philippe Champagne tabled the budget in Ottawa.',
    expected: [
      { text: 'Finance Minister François-Philippe Champagne', start: 0, person: 'François-Philippe Champagne', title: 'Finance Minister', normalized: 'finance minister', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'Presidents Xi and Trump met.',
    expected: [
      { text: 'Presidents Xi', start: 0, person: 'Xi', title: 'Presidents', normalized: 'president', qualifiers: [], formal: true },
      { text: 'Trump', start: 18, person: 'Trump', title: 'Presidents', normalized: 'president', qualifiers: [], formal: true },
    ],
  },
  {
    sentence: 'He said it would be a shame. He Lifeng said so.',
    expected: [],
  },
  {
    sentence: 'General Motors said the Premier League and the Justice Department agreed.',
    expected: [],
  },
  {
    sentence: 'The president said the minister would decide.',
    expected: [],
  },
  {
    sentence: 'Officials from the Commerce Ministry and the Treasury met reporters.',
    expected: [],
  },
  {
    sentence: 'The leaders’ summit in South Korea will proceed.',
    expected: [],
  },
  // Appositives with a complement naming the employer, a possessive
  // determiner, a time adverb, a suffix before the comma, a party.
  {
    sentence: 'Maria Alvarez, a spokeswoman for the county sheriff, said the road was closed.',
    expected: [
      { text: 'Maria Alvarez, a spokeswoman for the county sheriff', start: 0, person: 'Maria Alvarez', title: 'spokeswoman for the county sheriff', normalized: 'spokeswoman for the county sheriff', qualifiers: [], formal: false },
    ],
  },
  {
    sentence: 'The suit was filed by Dana Cole, her former office manager, in 2019.',
    expected: [
      { text: 'Dana Cole, her former office manager', start: 22, person: 'Dana Cole', title: 'former office manager', normalized: 'former office manager', qualifiers: [], formal: false },
    ],
  },
  {
    sentence: 'She said Mr. Hale, then a deputy sheriff, drove her home.',
    expected: [
      { text: 'Hale, then a deputy sheriff', start: 13, person: 'Hale', title: 'deputy sheriff', normalized: 'deputy sheriff', qualifiers: [], formal: false },
    ],
  },
  {
    sentence: 'Paul R. Lent Jr., a lawyer for the shipping line, disagreed.',
    expected: [
      { text: 'Paul R. Lent Jr., a lawyer for the shipping line', start: 0, person: 'Paul R. Lent Jr', title: 'lawyer for the shipping line', normalized: 'lawyer for the shipping line', qualifiers: [], formal: false },
    ],
  },
  // Describing adjectives before an appositive title stand outside it; an adjective alone is no title.
  {
    sentence: 'Carla Ruiz, a controversial judge in Alabama, denied it.',
    expected: [
      { text: 'Carla Ruiz, a controversial judge in Alabama', start: 0, person: 'Carla Ruiz', title: 'judge in Alabama', normalized: 'judge in alabama', qualifiers: [], formal: false },
    ],
  },
  { sentence: 'Carla Ruiz, a staunch conservative, denied it.', expected: [] },
  {
    sentence: 'The seat went to Ann Ruiz, a Republican, in the runoff.',
    expected: [
      { text: 'Ann Ruiz, a Republican', start: 17, person: 'Ann Ruiz', title: 'Republican', normalized: 'republican', qualifiers: [], formal: true },
    ],
  },
  // A capitalised portfolio after a lower-case head; roles set beside a name as offices are.
  {
    sentence: 'The visit was approved by the president of Chile, Ana Ruiz, on Monday.',
    expected: [
      { text: 'president of Chile, Ana Ruiz', start: 30, person: 'Ana Ruiz', title: 'president of Chile', normalized: 'president of chile', qualifiers: [], formal: false },
    ],
  },
  {
    sentence: 'Omar Haddad, a security analyst, doubted the account.',
    expected: [
      { text: 'Omar Haddad, a security analyst', start: 0, person: 'Omar Haddad', title: 'security analyst', normalized: 'security analyst', qualifiers: [], formal: false },
    ],
  },
  // A complement that opens a clause, or runs on without ending, is no title.
  { sentence: 'Jane Doe, a reporter at the paper whose editors covered the trial, said so.', expected: [] },
  { sentence: 'Tom Reyes, a lawyer for many years and then in private practice across three states said so.', expected: [] },
];

describe('title extractor', () => {
  test.each(cases)('$sentence', ({ sentence: text, expected }) => {
    const { sentence, ctx } = setup(text);
    const claims = titleExtractor.extract(sentence, ctx);
    const got = claims.map((c) => {
      const v = c.value as TitleValue;
      return {
        text: c.text,
        start: c.start - OFFSET,
        person: v.person,
        title: v.title,
        normalized: v.normalized,
        qualifiers: v.qualifiers,
        formal: v.formal,
      };
    });
    expect(got).toEqual(expected);
    for (const c of claims) {
      expect(c.kind).toBe('title');
      expect(ctx.source.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.subjectHint).toBe((c.value as TitleValue).person);
    }
  });

  test('readings say formal title or description', () => {
    const [vp] = extractTitles(setup('Vice Premier He Lifeng spoke.').sentence);
    expect((vp.value as TitleValue).reading).toBe('Vice Premier (formal title)');
    const [tn] = extractTitles(setup('China’s top trade negotiator Li Chenggang spoke.').sentence);
    expect((tn.value as TitleValue).reading).toBe('top trade negotiator (description)');
  });

  test.each([
    ['Vice-Premier', 'vice premier'],
    ['Vice  Premier', 'vice premier'],
    ['Gov.', 'governor'],
    ['Sec. of State', 'secretary of state'],
    ['Presidents', 'president'],
    ['Secretary-General', 'secretary general'],
    ['Attorney General', 'attorney general'],
  ])('normalizeTitle(%p) = %p', (title, normalized) => {
    expect(normalizeTitle(title)).toBe(normalized);
  });

  test('odd input never throws', () => {
    const bad = { sourceId: 't', index: 0, paragraph: 0, start: 0, end: 0, text: null } as unknown as Sentence;
    expect(extractTitles(bad)).toEqual([]);
    expect(findTitles('')).toEqual([]);
    expect(findTitles('President President , of of Gov. . Presidents and')).toEqual([]);
  });

  test('linear on a 100k-character line', async () => {
    const unit = 'US Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng and Presidents Xi Jinping and Donald Trump. ';
    const line = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    expect(findTitles(line(100_000)).length).toBeGreaterThan(3000);
    expect(await growthRatio((size, run) => findTitles(line(size) + run), 6_250)).toBeLessThan(linearBound());
  });
});

describe('titles at another time, and surnames the article gave in full', () => {
  test('"then" sets the office at another moment; "now" does not', () => {
    const [then] = findTitles('She said Mr. Hale, then a deputy sheriff, drove her home.');
    expect(then).toMatchObject({ person: 'Hale', title: 'deputy sheriff', when: 'then' });
    const [now] = findTitles('Mr. Hale, now a county judge, declined to comment.');
    expect(now).toMatchObject({ person: 'Hale', title: 'county judge' });
    expect(now.when).toBeUndefined();
  });

  test('a surname alone is read as the person when the article named them in full', () => {
    const text = 'Moore, then a deputy sheriff, drove her home.';
    expect(findTitles(text)).toEqual([]);
    expect(findTitles(text, undefined, ['Roy Moore']).map((t) => [t.person, t.title, t.when])).toEqual([['Moore', 'deputy sheriff', 'then']]);
    const { sentence, ctx } = setup(text);
    ctx.source.text = `Roy Moore spoke first.\n\n${ctx.source.text}`;
    const moved = { ...sentence, start: sentence.start + 24, end: sentence.end + 24 };
    expect(titleExtractor.extract(moved, ctx).map((c) => (c.value as TitleValue).when)).toEqual(['then']);
  });
});

test('a one-letter initial that is also a roman numeral stays inside the name', () => {
  expect(findTitles('He urged President Vladimir V. Putin of Russia to act.').map((t) => t.person)).toEqual(['Vladimir V. Putin']);
  expect(findTitles('King Charles V. of Spain ruled.').map((t) => t.person)).toEqual(['Charles V']);
});
