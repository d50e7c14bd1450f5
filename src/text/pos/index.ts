// Part-of-speech tagging and chunking: see README.md here.
export { tagSentence, wordnetPos, type TaggedToken } from './tagger.js';
export { tokenize, type Token } from './tokenize.js';
export { nounPhrases, verbGroups, mainVerb, type NounPhrase, type VerbGroup } from './chunk.js';
export { lexiconAvailable } from './lexicon.js';
