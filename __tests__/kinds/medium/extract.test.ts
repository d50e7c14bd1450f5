import { describe, expect, test } from '@jest/globals';
import { extractMedia, findMedia, mediumExtractor } from '../../../src/kinds/medium/extract.js';
import type { ExtractContext } from '../../../src/model/extraction.js';
import type { Sentence, Source } from '../../../src/model/source.js';
import type { MediumValue } from '../../../src/model/value.js';
import { growthRatio, linearBound } from '../../helpers/growth.js';

/** Sentences sit at offset 1000 of a file, so claim offsets must add sentence.start. */
const OFFSET = 1000;

function setup(text: string, before = ''): { sentence: Sentence; ctx: ExtractContext } {
  const fileText = before + ' '.repeat(OFFSET - before.length) + text;
  const source: Source = { id: 't', path: 't.txt', text: fileText, bodyStart: 0, excluded: [] };
  const sentence: Sentence = { sourceId: 't', index: 1, paragraph: 0, start: OFFSET, end: OFFSET + text.length, text };
  return { sentence, ctx: { source, reference: '2025-10-23', referenceInferred: false } };
}

interface Expected {
  text: string;
  start: number;
  medium: string;
  participants: string[];
}

const cases: { sentence: string; expected: Expected[] }[] = [
  {
    sentence: 'The trial was held in Manhattan last year, and Smith spoke by phone with reporters after the verdict.',
    expected: [
      { text: 'spoke by phone', start: 53, medium: 'phone call', participants: ['Smith'] },
    ],
  },
  {
    sentence: 'Thursday’s announcement came shortly after Vice Premier He Lifeng held a phone call with US Treasury Secretary Scott Bessent, during which both sides agreed to resume in-person negotiations.',
    expected: [
      { text: 'phone call', start: 73, medium: 'phone call', participants: ['He Lifeng', 'Scott Bessent'] },
    ],
  },
  {
    sentence: 'US Treasury Secretary Scott Bessent noted on social media last week that he and Vice-Premier He had “frank and detailed discussions” via video call, and they planned to continue the dialogue in Malaysia.',
    expected: [
      { text: 'video call', start: 137, medium: 'video call', participants: ['Scott Bessent', 'He'] },
    ],
  },
  {
    sentence: 'U.S. Treasury Secretary Scott Bessent confirmed last week that he had held a “frank and detailed” video call with He Lifeng.',
    expected: [
      { text: 'video call', start: 98, medium: 'video call', participants: ['Scott Bessent', 'He Lifeng'] },
    ],
  },
  {
    sentence: 'Trump spoke by phone with Xi on Monday.',
    expected: [
      { text: 'spoke by phone', start: 6, medium: 'phone call', participants: ['Trump', 'Xi'] },
    ],
  },
  {
    sentence: 'Prime Minister Anwar Ibrahim telephoned Indonesian President Prabowo Subianto after the floods in Jakarta.',
    expected: [
      { text: 'telephoned', start: 29, medium: 'phone call', participants: ['Anwar Ibrahim', 'Prabowo Subianto'] },
    ],
  },
  {
    sentence: 'Judge Maria Lopez said she would hear the case by video link from Ottawa.',
    expected: [
      { text: 'by video link', start: 47, medium: 'video call', participants: ['Maria Lopez'] },
    ],
  },
  {
    sentence: 'China and the United States held a videoconference on trade.',
    expected: [
      { text: 'videoconference', start: 35, medium: 'video call', participants: ['China', 'United States'] },
    ],
  },
  {
    sentence: 'The minister sent a letter to Gov. Kathy Hochul.',
    expected: [
      { text: 'letter', start: 20, medium: 'letter', participants: ['Kathy Hochul'] },
    ],
  },
  {
    sentence: 'Finance Minister Chrystia Freeland sent an e-mail to the premiers.',
    expected: [
      { text: 'e-mail', start: 43, medium: 'email', participants: ['Chrystia Freeland'] },
    ],
  },
  {
    sentence: 'They held a virtual meeting on Friday.',
    expected: [
      { text: 'virtual meeting', start: 12, medium: 'video call', participants: [] },
    ],
  },
  {
    sentence: 'She texted her lawyer, who replied by text message.',
    expected: [
      { text: 'texted', start: 4, medium: 'text message', participants: [] },
      { text: 'text message', start: 38, medium: 'text message', participants: [] },
    ],
  },
  {
    sentence: 'The talks will build on agreements reached during several phone calls between the two nations’ leaders this year.',
    expected: [],
  },
  {
    sentence: 'Bessent told Fox Business Network that both sides are aiming to resolve the issues.',
    expected: [],
  },
  {
    sentence: 'In an interview on Fox Business Network, Bessent said so in a statement posted on social media.',
    expected: [],
  },
  {
    sentence: 'The ministers exchanged letters and emails.',
    expected: [],
  },
  {
    sentence: 'Please update your email address to get our email newsletter.',
    expected: [],
  },
  {
    sentence: 'The agency followed the rules to the letter.',
    expected: [],
  },
  {
    sentence: 'Phone makers and video games were hit by tariffs.',
    expected: [],
  },
  {
    sentence: 'She called him on the phone number listed.',
    expected: [],
  },
];

describe('medium extractor', () => {
  test.each(cases)('$sentence', ({ sentence: text, expected }) => {
    const { sentence, ctx } = setup(text);
    const claims = mediumExtractor.extract(sentence, ctx);
    const got = claims.map((c) => {
      const v = c.value as MediumValue;
      return { text: c.text, start: c.start - OFFSET, medium: v.medium, participants: v.participants };
    });
    expect(got).toEqual(expected);
    for (const c of claims) {
      const v = c.value as MediumValue;
      expect(c.kind).toBe('medium');
      expect(ctx.source.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.subjectHint).toBe(v.participants.length > 0 ? v.participants.join(' and ') : undefined);
    }
  });

  test('a pronoun with no name before it takes the previous sentence’s first person', () => {
    const before = 'Prime Minister Anwar Ibrahim toured the flooded districts. ';
    const { sentence, ctx } = setup('Later, he spoke by phone with Indonesian President Prabowo Subianto.', before);
    const [claim] = extractMedia(sentence, ctx);
    const v = claim.value as MediumValue;
    expect(v.participants).toEqual(['Anwar Ibrahim', 'Prabowo Subianto']);
    const { sentence: s2, ctx: c2 } = setup('Later, he spoke by phone about the floods.', before);
    expect((extractMedia(s2, c2)[0].value as MediumValue).participants).toEqual(['Anwar Ibrahim']);
  });

  test('readings', () => {
    const { sentence, ctx } = setup('Trump spoke by phone with Xi on Monday.');
    expect((extractMedia(sentence, ctx)[0].value as MediumValue).reading).toBe('phone call between Trump and Xi');
    const { sentence: s2, ctx: c2 } = setup('They held a virtual meeting on Friday.');
    expect((extractMedia(s2, c2)[0].value as MediumValue).reading).toBe('video call (participants not stated)');
  });

  test('works without a source', () => {
    const text = 'Vice Premier He Lifeng held a phone call with Scott Bessent.';
    const sentence: Sentence = { sourceId: 't', index: 0, paragraph: 0, start: 5, end: 5 + text.length, text };
    const [claim] = extractMedia(sentence);
    expect(claim.start).toBe(5 + text.indexOf('phone call'));
    expect((claim.value as MediumValue).participants).toEqual(['He Lifeng', 'Scott Bessent']);
  });

  test('odd input never throws', () => {
    const bad = { sourceId: 't', index: 0, paragraph: 0, start: 0, end: 0, text: 7 } as unknown as Sentence;
    expect(extractMedia(bad)).toEqual([]);
    expect(findMedia('')).toEqual([]);
  });

  test('linear on a 100k-character line', async () => {
    const unit = 'He Lifeng held a phone call with Scott Bessent by video link, then phone calls and letters. ';
    const line = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    expect(findMedia(line(100_000)).length).toBeGreaterThan(2000);
    expect(await growthRatio((size, run) => findMedia(line(size) + run), 6_250)).toBeLessThan(linearBound());
  });
});
