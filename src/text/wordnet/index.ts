// WordNet lexicon: base forms, concepts and graded similarity, synchronous
// and lazily loaded (nothing is read at import). See README.md here.
export { lemmas, lemmasFor, wnKey } from './morphy.js';
export { concept, relatedConcepts, similarity, SENSES, SIMILARITY, type ConceptOptions } from './concepts.js';
export { wordnetAvailable, type WnPos } from './table.js';
