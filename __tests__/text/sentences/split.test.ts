import { describe, expect, test } from '@jest/globals';
import type { Excluded, Source } from '../../../src/model/source.js';
import { splitSentences } from '../../../src/text/sentences/split.js';
import { sentenceSpans } from '../../../src/text/sentences/boundaries.js';
import { growthRatio, linearBound } from '../../helpers/growth.js';

function src(text: string, extra: Partial<Source> = {}): Source {
  return { id: 't', path: 't.txt', text, bodyStart: 0, excluded: [], ...extra };
}

function split(text: string): string[] {
  return sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

// [input paragraph, expected sentences]
const SPEC: Array<[string, string[]]> = [
  // abbreviations before a capital do not end a sentence
  ['U.S. Treasury Secretary Ann Lee met him. He agreed.', ['U.S. Treasury Secretary Ann Lee met him.', 'He agreed.']],
  ['Britain and the U.K. Parliament differ. Fine.', ['Britain and the U.K. Parliament differ.', 'Fine.']],
  ['Mr. Smith and Dr. Jones arrived. They spoke.', ['Mr. Smith and Dr. Jones arrived.', 'They spoke.']],
  ['Mrs. Lee and Ms. Park agreed. Sen. Warren and Rep. Diaz objected.', ['Mrs. Lee and Ms. Park agreed.', 'Sen. Warren and Rep. Diaz objected.']],
  ['Gen. Ortiz and Gov. Hale toured St. Louis. Officials watched.', ['Gen. Ortiz and Gov. Hale toured St. Louis.', 'Officials watched.']],
  ['The court heard from J. Smith on Monday. It adjourned.', ['The court heard from J. Smith on Monday.', 'It adjourned.']],
  ['Doors open at 9 a.m. Tuesday and close at 5 p.m. Wednesday. Bring ID.', ['Doors open at 9 a.m. Tuesday and close at 5 p.m. Wednesday.', 'Bring ID.']],
  ['Cities, e.g. Paris, voted. Others, i.e. Rome and Oslo, did not.', ['Cities, e.g. Paris, voted.', 'Others, i.e. Rome and Oslo, did not.']],
  ['The case is Smith vs. Jones. It resumes Sept. 3.', ['The case is Smith vs. Jones.', 'It resumes Sept. 3.']],
  ['Acme Inc. Chief Li and Bolt Ltd. Director Ruiz signed. Co. Durham and Hale Corp. Staff cheered.', ['Acme Inc. Chief Li and Bolt Ltd. Director Ruiz signed.', 'Co. Durham and Hale Corp. Staff cheered.']],
  ['The deadline moved from Jan. Ten days later, Feb. Ministers met in Aug. People noticed in Nov. But Dec. Was quiet.', ['The deadline moved from Jan. Ten days later, Feb. Ministers met in Aug. People noticed in Nov. But Dec. Was quiet.']],
  ['Talks run from Oct. 24 to 27. The summit follows on Nov. 1.', ['Talks run from Oct. 24 to 27.', 'The summit follows on Nov. 1.']],
  ['He lives at No. 10 Downing Street. No. Not there.', ['He lives at No. 10 Downing Street.', 'No. Not there.']],
  // numbers, ellipses, ! and ?
  ['Prices rose 3.5% in May. Analysts expected 3.2%.', ['Prices rose 3.5% in May.', 'Analysts expected 3.2%.']],
  ['Is it over? Not yet! The judge will rule (on Friday). Then appeals follow.', ['Is it over?', 'Not yet!', 'The judge will rule (on Friday).', 'Then appeals follow.']],
  ['He waited… Then he left.', ['He waited…', 'Then he left.']],
  ['He waited... Then he left.', ['He waited...', 'Then he left.']],
  // quotes
  ['He called the rules “unworkable.” The talks continue.', ['He called the rules “unworkable.”', 'The talks continue.']],
  ['“I think we will make a deal, the rest is the least of it,” the mayor said. Others disagreed.', ['“I think we will make a deal, the rest is the least of it,” the mayor said.', 'Others disagreed.']],
  ['“It will pass,” Mayor Diaz said. “We are ready.”', ['“It will pass,” Mayor Diaz said.', '“We are ready.”']],
  ['She said "no." Then she left.', ['She said "no."', 'Then she left.']],
  ['“Why now?” Judge Okafor asked. Nobody answered.', ['“Why now?” Judge Okafor asked.', 'Nobody answered.']],
  ['“It is late. We will go. Soon.” He left.', ['“It is late. We will go. Soon.”', 'He left.']],
  ['The sign read "Closed. Come back. Thanks." Nobody did.', ['The sign read "Closed. Come back. Thanks."', 'Nobody did.']],
  // an unclosed quote does not glue the paragraph together
  ['“It is late. We will go. He left.', ['“It is late.', 'We will go.', 'He left.']],
  // no split without a following capital or quote; lower case continues the sentence
  ['The vote was 5-4. 12 members abstained.', ['The vote was 5-4. 12 members abstained.']],
  ['It costs 5 p.m. on weekdays. call ahead.', ['It costs 5 p.m. on weekdays. call ahead.']],
  ['Version 2.0.1 shipped.Then it broke.', ['Version 2.0.1 shipped.Then it broke.']],
  // pieces without letters or digits are dropped; whitespace is trimmed
  ['   Flood warning lifted.   *** ', ['Flood warning lifted.   ***']],
  ['— …', []],
];

describe('sentenceSpans spec table', () => {
  test.each(SPEC)('%s', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  test('spans are offsets into the text and slice to the sentence', () => {
    const text = 'Intro. Then “a quote.” Done!';
    const spans = sentenceSpans(text, 0, text.length);
    expect(spans).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 22 },
      { start: 23, end: 28 },
    ]);
  });

  test('a sub-range is split on its own', () => {
    const text = 'XXXX Alpha one. Beta two. YYYY';
    expect(sentenceSpans(text, 5, 25)).toEqual([
      { start: 5, end: 15 },
      { start: 16, end: 25 },
    ]);
  });
});

describe('splitSentences', () => {
  test('paragraphs are line-separated blocks; index runs over the source; offsets slice', () => {
    const text = 'Storm Nadia hits coast\n\nWinds reached 150 km/h. Power failed.\nSchools closed on Monday.\n';
    const s = src(text, { titleSpan: { start: 0, end: 22 }, title: 'Storm Nadia hits coast' });
    const out = splitSentences(s);
    expect(out).toEqual([
      { sourceId: 't', index: 0, paragraph: 0, start: 0, end: 22, text: 'Storm Nadia hits coast', isTitle: true },
      { sourceId: 't', index: 1, paragraph: 1, start: 24, end: 47, text: 'Winds reached 150 km/h.' },
      { sourceId: 't', index: 2, paragraph: 1, start: 48, end: 61, text: 'Power failed.' },
      { sourceId: 't', index: 3, paragraph: 2, start: 62, end: 87, text: 'Schools closed on Monday.' },
    ]);
    for (const x of out) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test('a title line with a period inside is one sentence', () => {
    const text = 'Talks set for Oct. 25-26. Maybe\nThe talks start. Later more.';
    const out = splitSentences(src(text, { titleSpan: { start: 0, end: 31 } }));
    expect(out.map((x) => [x.text, x.isTitle ?? false])).toEqual([
      ['Talks set for Oct. 25-26. Maybe', true],
      ['The talks start.', false],
      ['Later more.', false],
    ]);
  });

  test('text before bodyStart and inside excluded regions never becomes a sentence', () => {
    const text = '---\ntitle: "A. B."\n---\nKYIV, May 3 (AP) — Drones struck a depot. Two people died. Two people died.\nShare\nResidents flee. (AP Photo)\n';
    const dash = text.indexOf('—') + 1;
    const repeatStart = text.lastIndexOf('Two people died.');
    const share = text.indexOf('Share');
    const cap = text.indexOf('Residents');
    const excluded: Excluded[] = [
      { start: 0, end: 22, reason: 'front-matter' },
      { start: 22, end: dash, reason: 'dateline' },
      { start: repeatStart, end: repeatStart + 16, reason: 'repeat' },
      { start: share, end: share + 5, reason: 'boilerplate' },
      { start: cap, end: text.length - 1, reason: 'caption' },
    ];
    const out = splitSentences(src(text, { bodyStart: 22, excluded }));
    expect(out.map((x) => x.text)).toEqual(['Drones struck a depot.', 'Two people died.']);
    expect(out[0].start).toBe(dash + 1);
    expect(out[1].start).toBe(text.indexOf('Two people died.'));
    expect(out.every((x) => x.paragraph === 0)).toBe(true);
  });

  test('an excluded region cutting a sentence splits around it', () => {
    const text = 'Officials said the dam held [Advertisement] and residents returned.';
    const a = text.indexOf('[');
    const b = text.indexOf(']') + 1;
    const out = splitSentences(src(text, { excluded: [{ start: a, end: b, reason: 'boilerplate' }] }));
    expect(out.map((x) => [x.start, x.end, x.text])).toEqual([
      [0, 27, 'Officials said the dam held'],
      [b + 1, text.length, 'and residents returned.'],
    ]);
  });

  test('CRLF line ends: offsets still slice and exclude the CR', () => {
    const text = 'Budget passes\r\n\r\nThe council voted 7-2. The mayor signed.\r\nNext year follows.\r\n';
    const out = splitSentences(src(text));
    expect(out.map((x) => [x.start, x.end, x.paragraph])).toEqual([
      [0, 13, 0],
      [17, 39, 1],
      [40, 57, 1],
      [59, 77, 2],
    ]);
    for (const x of out) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.text).not.toMatch(/[\r\n]/);
    }
  });

  test('Markdown: heading and list marks are not part of the sentence; hard-wrapped lines join', () => {
    const text =
      '## Flood defences\n\n- The barrier held overnight.\n\nEngineers said the eastern embankment was weakened by\nthree days of rain. Repairs start today.\n';
    const out = splitSentences(src(text));
    expect(out.map((x) => [x.paragraph, x.text])).toEqual([
      [0, 'Flood defences'],
      [1, 'The barrier held overnight.'],
      [2, 'Engineers said the eastern embankment was weakened by\nthree days of rain.'],
      [2, 'Repairs start today.'],
    ]);
    for (const x of out) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test('linear time: a single-line file, 62 KB and 1 MB, split in time that grows with its size', async () => {
    const unit = 'The river rose 2.5 m near St. Paul on Oct. 3, officials said. “It is bad. Very bad,” Mr. Diaz said! ';
    const text = (size: number) => unit.repeat(Math.ceil(size / unit.length));
    const out = splitSentences(src(text(1_000_000)));
    // two sentences per unit: the two-sentence quotation stays whole
    expect(out.length).toBe(2 * Math.ceil(1_000_000 / unit.length));
    expect(await growthRatio((size, run) => splitSentences(src(text(size) + run)), 62_500)).toBeLessThan(linearBound());
  });

  test('linear time on adversarial input (no spaces, many periods, quotes)', async () => {
    for (const unit of ['a.', '"', 'A. ', '“x. ']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const out = splitSentences(src(text));
      for (const x of out.slice(0, 50)) expect(text.slice(x.start, x.end)).toBe(x.text);
      const ratio = await growthRatio((size, run) => splitSentences(src(unit.repeat(Math.ceil(size / unit.length)) + run)), 62_500);
      expect(ratio).toBeLessThan(linearBound());
    }
  });
});
