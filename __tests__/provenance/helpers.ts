// Sources, sentences and words for the provenance unit tests, from made-up text.
import { splitSentences } from '../../src/text/sentences/split.js';
import { Dictionary, sourceWords, type SourceWords } from '../../src/provenance/tokens.js';
import { shingles } from '../../src/provenance/shingles.js';
import type { Sentence, Source } from '../../src/model/source.js';
import { makeSource } from '../helpers/fixture-result.js';

export interface Prepared {
  source: Source;
  sentences: Sentence[];
  words: SourceWords;
  hashes: Float64Array;
}

export function prepare(items: { id: string; text: string; outlet?: string }[]): Prepared[] {
  const dict = new Dictionary();
  return items.map(({ id, text, outlet }) => {
    const source = makeSource(id, text, { outlet });
    const sentences = splitSentences(source);
    const words = sourceWords(id, text, sentences, dict);
    return { source, sentences, words, hashes: shingles(words) };
  });
}
