import { describe, expect, test } from '@jest/globals';
import { parseSource } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences/split.js';
import type { Source } from '../../src/model/source.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

const parse = (text: string, id = 'a') => parseSource(text, { id, path: `${id}.txt` });
const regions = (s: Source) => s.excluded.map((e) => [e.reason, s.text.slice(e.start, e.end)]);
const sentences = (s: Source) => splitSentences(s).map((x) => x.text);

const FLOOD = [
  'Menu',
  'Facebook Twitter WhatsApp',
  '',
  'Floodwaters recede in Valencia as death toll rises to 62',
  '',
  'Residents clear mud from a street in Paiporta on Nov. 2, 2024. (Reuters)',
  'Photo',
  'Residents clear mud from a street in Paiporta on Nov. 2, 2024. (Reuters)',
  'November 3, 2024 09:05 AM GMT+01:00',
  '',
  'Emergency services said on Sunday that 62 people had died. Rescue teams are still searching.',
  '',
  'Sign up for our morning briefing',
  '',
  'Recovery plans',
  '',
  'Officials said 1,200 homes were damaged.',
  '',
  'Advertisement',
  'Read more: Spain storms',
  'More From The Valencia Courier',
  'November 3, 2024 11:40 AM GMT+01:00',
  'Spain floods',
  'Share',
].join('\n');

describe('an article without front matter (flood story)', () => {
  const { source, diagnostics } = parse(FLOOD);

  test('headline found after leading furniture', () => {
    expect(source.title).toBe('Floodwaters recede in Valencia as death toll rises to 62');
    expect(source.titleSpan).toEqual({ start: 32, end: 88 });
    expect(FLOOD.slice(32, 88)).toBe(source.title);
  });

  test('first date line with time and zone is the publication date; the later one is ignored', () => {
    expect(source.published).toEqual({
      date: '2024-11-03',
      time: '09:05',
      tzOffsetMinutes: 60,
      inferred: false,
      origin: 'date-line',
      evidence: 'November 3, 2024 09:05 AM GMT+01:00',
    });
  });

  test('outlet from "More From …"', () => {
    expect(source.outlet).toBe('The Valencia Courier');
  });

  test('furniture, captions (both copies), date lines and end tags are excluded; a mid-article subhead stays', () => {
    expect(regions(source)).toEqual([
      ['boilerplate', 'Menu\nFacebook Twitter WhatsApp'],
      ['caption', 'Residents clear mud from a street in Paiporta on Nov. 2, 2024. (Reuters)'],
      ['boilerplate', 'Photo'],
      ['caption', 'Residents clear mud from a street in Paiporta on Nov. 2, 2024. (Reuters)'],
      ['metadata', 'November 3, 2024 09:05 AM GMT+01:00'],
      ['boilerplate', 'Sign up for our morning briefing'],
      ['boilerplate', 'Advertisement\nRead more: Spain storms\nMore From The Valencia Courier'],
      ['metadata', 'November 3, 2024 11:40 AM GMT+01:00'],
      ['boilerplate', 'Spain floods\nShare'],
    ]);
    expect(source.excluded[0]).toEqual({ start: 0, end: 30, reason: 'boilerplate' });
    expect(source.bodyStart).toBe(0);
    expect(diagnostics).toEqual([]);
  });

  test('only prose and the headline become sentences', () => {
    expect(sentences(source)).toEqual([
      'Floodwaters recede in Valencia as death toll rises to 62',
      'Emergency services said on Sunday that 62 people had died.',
      'Rescue teams are still searching.',
      'Recovery plans',
      'Officials said 1,200 homes were damaged.',
    ]);
  });
});

describe('title detection', () => {
  test.each([
    ['prose first: no title', 'The council met on Tuesday and approved the plan.\n\nMore text.', undefined],
    ['a first line ending with a period is not a headline', 'Council approves plan.\n\nMore text.', undefined],
    ['a date line and furniture are skipped', 'Stay informed with our newsletter.\nTrending\nMarch 4, 2024\n\nCouncil approves budget\n\nText.', 'Council approves budget'],
    ['a question headline', 'Will the dam hold?\n\nEngineers are unsure.', 'Will the dam hold?'],
    ['a Markdown heading: the mark is not part of the title', '# Court blocks levy.\n\nThe court ruled.', 'Court blocks levy.'],
    ['too long', `${'Word '.repeat(31)}end\n\nText.`, undefined],
    ['one word', 'Budget\n\nText.', undefined],
    ['a caption first (after a Photo marker) is not the headline', 'Photo\nFirefighters at the scene\nBlaze contained in Tema port\n\nCrews worked all night.', 'Blaze contained in Tema port'],
  ])('%s', (_name, text, title) => {
    const { source } = parse(text);
    expect(source.title).toBe(title);
    if (title === undefined) expect(source.titleSpan).toBeUndefined();
    else expect(source.text.slice(source.titleSpan!.start, source.titleSpan!.end)).toBe(title);
  });

  test('front-matter title that differs from the first line: no titleSpan, first line stays prose', () => {
    const { source } = parse('---\ntitle: Budget passes\n---\nCouncil approves spending plan\n\nText.');
    expect(source.title).toBe('Budget passes');
    expect(source.titleSpan).toBeUndefined();
    expect(splitSentences(source).map((s) => [s.text, s.isTitle ?? false])).toEqual([
      ['Council approves spending plan', false],
      ['Text.', false],
    ]);
  });
});

describe('dates without front matter', () => {
  test('an "Updated" line does not beat the publication line', () => {
    const { source } = parse('Quake rattles coast\n\nUpdated: March 5, 2024 10:00 UTC\nPublished: March 4, 2024\n\nThe quake hit at dawn.');
    expect(source.published).toEqual({ date: '2024-03-04', inferred: false, origin: 'date-line', evidence: 'Published: March 4, 2024' });
    expect(regions(source)).toEqual([['metadata', 'Updated: March 5, 2024 10:00 UTC\nPublished: March 4, 2024']]);
  });

  test('a dateline with a year: date from the dateline, only the prefix excluded', () => {
    const text = 'Court halts eviction order\n\nNAIROBI, March 4, 2024 (Reuters) - The High Court blocked the evictions. Residents cheered.';
    const { source, pendingDateline } = parse(text);
    expect(source.published).toEqual({ date: '2024-03-04', inferred: false, origin: 'dateline', evidence: 'NAIROBI, March 4, 2024 (Reuters) -' });
    expect(pendingDateline).toBeUndefined();
    expect(source.excluded).toEqual([{ start: 28, end: 62, reason: 'dateline' }]);
    // The dateline's place is a sentence of its own, marked, inside the excluded prefix.
    expect(sentences(source)).toEqual(['Court halts eviction order', 'NAIROBI', 'The High Court blocked the evictions.', 'Residents cheered.']);
    expect(source.datelinePlace).toEqual({ start: 28, end: 35 });
    expect(splitSentences(source).map((x) => x.isDateline === true)).toEqual([false, true, false, false]);
  });

  test('a dateline without a year waits for the story (pendingDateline)', () => {
    const { source, pendingDateline } = parse('Lagos, Jan 2: Fuel prices rose again.');
    expect(source.published).toBeUndefined();
    expect(pendingDateline).toEqual({ month: 1, day: 2, text: 'Lagos, Jan 2:' });
    expect(regions(source)).toEqual([['dateline', 'Lagos, Jan 2:']]);
  });

  test('a dateline without a date: excluded, no date', () => {
    const { source, pendingDateline } = parse('WASHINGTON (Reuters) — Lawmakers passed the bill. It now goes to the Senate.');
    expect(source.published).toBeUndefined();
    expect(pendingDateline).toBeUndefined();
    expect(sentences(source)).toEqual(['WASHINGTON', 'Lawmakers passed the bill.', 'It now goes to the Senate.']);
  });
});

describe('boilerplate rules (generic, other outlets)', () => {
  test.each([
    'Close',
    'newsletters Newsletters',
    'X Instagram Youtube',
    'Facebook Twitter',
    'Stay informed with our newsletter.',
    'Sign up for the Morning Brief',
    'Subscribe now',
    'Icon',
    'Trending',
    'BigPhoto',
    'Share',
    'Comments (12)',
    'Add Comment',
    'Similar News',
    'Related',
    'Read more: Rates hold steady',
    'More From Metro Ledger',
    'Source: apnews',
    'For questions or comments write to desk@example.org',
    '✍️ This article is written by the team of Metro Ledger.',
    'Advertisement',
    '© 2024 Metro Ledger. All rights reserved.',
    'By Ana Ruiz and Tom Berg',
  ])('%s', (line) => {
    const text = `Rates hold steady\n\nThe bank kept rates at 4%. Markets rose.\n\n${line}\n\nInflation eased to 2.1% in May.`;
    const { source } = parse(text);
    expect(regions(source)).toEqual([['boilerplate', line]]);
  });

  test.each([
    'Trade talks to address tariffs, export controls',
    'Hopes for de-escalation ahead of the vote',
    'The newsletter industry grew 12% last year, the trade group said in a long report published on Monday.',
    'By Thursday, officials said, the water had receded.',
    'Source code for the app was released in 2023.',
  ])('not boilerplate: %s', (line) => {
    const text = `Rates hold steady\n\nThe bank kept rates at 4%. Markets rose.\n\n${line}\n\nInflation eased to 2.1% in May.`;
    expect(parse(text).source.excluded).toEqual([]);
  });

  test('short tag lines only at the very end', () => {
    const text = 'Dam holds\n\nThe dam held.\n\nFlood defences\n\nRepairs begin.\n\nFlood defences\nWeather\nRead more';
    expect(regions(parse(text).source)).toEqual([['boilerplate', 'Flood defences\nWeather\nRead more']]);
  });

  test('outlet from a sign-off or a copyright line', () => {
    expect(parse('Dam holds\n\nThe dam held.\n\n✍️ This article is written by the team of The Harbor Gazette.').source.outlet).toBe('The Harbor Gazette');
    expect(parse('Dam holds\n\nThe dam held.\n\n© 2024 Daily Ledger. All rights reserved.').source.outlet).toBe('Daily Ledger');
    expect(parse('---\noutlet: Front Matter Times\n---\nThe dam held.\n\nMore From Someone Else').source.outlet).toBe('Front Matter Times');
    expect(parse('Dam holds\n\nThe dam held.\n\nSource: apnews').source.outlet).toBeUndefined();
  });
});

describe('captions', () => {
  test.each([
    'Rescuers search the rubble in Hatay. (AFP Photo)',
    'Rescuers search the rubble in Hatay. (Reuters)',
    'Rescuers search the rubble in Hatay (Photo: Ali Demir)',
    'Rescuers search the rubble in Hatay. (Getty Images)',
    'Rescuers search the rubble in Hatay. (File Photo)',
    'Photo: Ali Demir/Anadolu',
  ])('credited caption: %s', (line) => {
    const text = `Quake toll rises\n\nThe toll rose to 41.\n\n${line}\n\nAid arrived on Monday.`;
    expect(regions(parse(text).source)).toEqual([['caption', line]]);
  });

  test('uncredited caption on the line after a Photo marker, and its second copy elsewhere', () => {
    const text = 'Quake toll rises\n\nPhoto\nRescuers at work in Hatay\n\nThe toll rose to 41.\n\nRescuers at work in Hatay\n\nAid arrived.';
    expect(regions(parse(text).source)).toEqual([
      ['boilerplate', 'Photo'],
      ['caption', 'Rescuers at work in Hatay'],
      ['caption', 'Rescuers at work in Hatay'],
    ]);
    expect(sentences(parse(text).source)).toEqual(['Quake toll rises', 'The toll rose to 41.', 'Aid arrived.']);
  });

  test('the line before a marker is a caption only when it repeats the caption after it', () => {
    const twice = 'Dam holds\n\nWorkers inspect the wall\nPhoto\nWorkers inspect the wall\n\nThe dam held.';
    expect(regions(parse(twice).source)).toEqual([
      ['caption', 'Workers inspect the wall'],
      ['boilerplate', 'Photo'],
      ['caption', 'Workers inspect the wall'],
    ]);
    const prose = 'Dam holds\n\nThe dam held overnight.\nPhoto\nWorkers inspect the wall\n\nRepairs begin.';
    expect(regions(parse(prose).source)).toEqual([
      ['boilerplate', 'Photo'],
      ['caption', 'Workers inspect the wall'],
    ]);
    // blank lines around a marker: nothing next to it is taken as a caption
    const apart = 'Dam holds\n\nThe dam held overnight.\n\nBigPhoto\n\nRepairs begin.';
    expect(regions(parse(apart).source)).toEqual([['boilerplate', 'BigPhoto']]);
  });

  test('a parenthesis that is not a credit leaves the paragraph alone', () => {
    const text = 'Summit opens\n\nLeaders met at the Asia-Pacific Economic Cooperation (APEC)\n\nTalks went on.';
    expect(parse(text).source.excluded).toEqual([]);
  });
});

describe('repeats', () => {
  const text = [
    'City council approves budget',
    '',
    'The council voted 7-2 on Tuesday to approve a $48 million budget. The mayor praised the vote.',
    '',
    'The council voted 7–2 on Tuesday to  approve a $48 million budget.',
    '',
    'Critics said the plan cuts library hours. The mayor praised the vote.',
  ].join('\n');
  const { source } = parse(text);

  test('a repeated paragraph or sentence is excluded; the first copy stays', () => {
    expect(regions(source)).toEqual([
      ['repeat', 'The council voted 7–2 on Tuesday to  approve a $48 million budget.'],
      ['repeat', 'The mayor praised the vote.'],
    ]);
    expect(source.excluded[1].start).toBe(text.lastIndexOf('The mayor'));
  });

  test('so each statement yields one sentence', () => {
    expect(sentences(source)).toEqual([
      'City council approves budget',
      'The council voted 7-2 on Tuesday to approve a $48 million budget.',
      'The mayor praised the vote.',
      'Critics said the plan cuts library hours.',
    ]);
  });
});

describe('CRLF', () => {
  const text = 'Close\r\n\r\nBridge reopens\r\n\r\nOctober 2, 2024\r\n\r\nTraffic resumed. Tolls stay.\r\nPhoto\r\nCommuters cross the bridge. (AP Photo)\r\n';
  const { source } = parse(text);

  test('regions and title slice without the CR', () => {
    expect(regions(source)).toEqual([
      ['boilerplate', 'Close'],
      ['metadata', 'October 2, 2024'],
      ['boilerplate', 'Photo'],
      ['caption', 'Commuters cross the bridge. (AP Photo)'],
    ]);
    expect(source.titleSpan).toEqual({ start: 9, end: 23 });
    expect(source.published?.date).toBe('2024-10-02');
  });

  test('sentences slice exactly', () => {
    const out = splitSentences(source);
    expect(out.map((s) => [s.start, s.end, s.text])).toEqual([
      [9, 23, 'Bridge reopens'],
      [46, 62, 'Traffic resumed.'],
      [63, 74, 'Tolls stay.'],
    ]);
  });
});

test('1 MB single-line article: ingestion and splitting take linear time', async () => {
  const unit = 'Officials in Porto said 3.5 m of rain fell on Oct. 3. ';
  const article = (size: number) => {
    const parts: string[] = [];
    for (let n = 0, i = 0; n < size; i++, n += unit.length) parts.push(unit.replace('3.5', `${i}.5`));
    return parts.join('');
  };
  expect(await growthRatio((size, run) => splitSentences(parse(article(size) + run).source), 62_500)).toBeLessThan(linearBound());
  const text = article(1_000_000);
  const units = Math.ceil(1_000_000 / unit.length);
  const { source } = parse(text);
  const out = splitSentences(source);
  expect(out.length).toBe(units);
  for (const s of [out[0], out[out.length - 1]]) expect(text.slice(s.start, s.end)).toBe(s.text);
});
