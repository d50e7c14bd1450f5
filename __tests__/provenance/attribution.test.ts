// Attribution: the origins an article names, each with its span.
import { describe, expect, test } from '@jest/globals';
import { articleAttributions, sentenceAttributions } from '../../src/provenance/attribution.js';
import { originKey, sameOrigin } from '../../src/provenance/origin.js';
import { prepare } from './helpers.js';

function found(text: string, outlet?: string) {
  const [p] = prepare([{ id: 'a', text, outlet }]);
  const all = [...articleAttributions(p.source), ...p.sentences.flatMap((s) => sentenceAttributions(p.source, s, s.index))];
  for (const a of all) if (a.end > a.start) expect(text.slice(a.start, a.end)).toBe(a.text);
  return all.map((a) => [a.kind, a.scope, a.origin]);
}

describe('attributions', () => {
  test('credits for the whole article: a source line, a wire dateline, an outlet via another', () => {
    expect(found('The fund opens on Monday.\n\nSource: harbourwire\n')).toContainEqual(['source-line', 'article', 'harbourwire']);
    expect(found('RIVERTON (Metro Wire) — The fund opens on Monday.\n')).toContainEqual(['wire', 'article', 'Metro Wire']);
    expect(found('---\noutlet: Daily Brief (via Metro Wire)\n---\nThe fund opens on Monday.\n', 'Daily Brief (via Metro Wire)')).toContainEqual([
      'via',
      'article',
      'Metro Wire',
    ]);
  });

  test('origins of statements: according to, reported, told, a statement on a website, said', () => {
    expect(found('The dam holds, according to Reuters.\n')).toContainEqual(['according-to', 'sentence', 'Reuters']);
    expect(found('Prices rose 3%, according to a statement from the Ministry of Finance on Friday.\n')).toContainEqual([
      'according-to',
      'sentence',
      'the Ministry of Finance',
    ]);
    expect(found('"The vote is close," The Evening Star reported.\n')).toContainEqual(['reported', 'sentence', 'The Evening Star']);
    expect(found('Ortiz told River Radio that the fund is ready.\n')).toContainEqual(['told', 'sentence', 'River Radio']);
    expect(found('Talks will resume, the ministry said on its official website.\n')).toContainEqual(['statement', 'sentence', 'the ministry']);
    expect(found('Repairs start soon, Mayor Ana Ortiz said.\n')).toContainEqual(['said', 'sentence', 'Mayor Ana Ortiz']);
    expect(found('"We are ready," said roads director Helen Okafor.\n')).toContainEqual(['said', 'sentence', 'roads director Helen Okafor']);
  });

  test('pronouns, reporters and vague crowds name no origin', () => {
    expect(found('"We are ready," he said. Officials said it was fine. He told reporters little.\n')).toEqual([]);
    expect(found('The fund is ready, according to reports.\n')).toEqual([]);
    expect(found('The fund is ready, according to another.\n')).toEqual([]);
    // The end of a longer subject is not the origin.
    expect(found('Investigators in Norway reported a leak.\n')).toEqual([]);
  });

  test('origins match when one names part of the other, the owner left out', () => {
    expect(originKey('China’s Ministry of Commerce')).toEqual(['commerce', 'ministry']);
    expect(sameOrigin(originKey('Beijing’s Commerce Ministry'), originKey('the ministry'))).toBe(true);
    expect(sameOrigin(originKey('Mayor Ana Ortiz'), originKey('Ortiz'))).toBe(true);
    expect(sameOrigin(originKey('President Ortiz'), originKey('President Lee'))).toBe(false);
    expect(originKey('the president')).toEqual([]);
    expect(originKey('The Evening Post')).toEqual(['evening', 'post']);
  });
});
