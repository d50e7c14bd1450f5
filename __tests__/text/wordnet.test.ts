// WordNet lexicon: base forms, concepts, graded similarity. Needs the tables
// built by `npm run build` (scripts/build-wordnet.mjs).
import { describe, expect, it, test } from '@jest/globals';
import { concept, lemmas, relatedConcepts, similarity, wordnetAvailable, SIMILARITY } from '../../src/text/wordnet/index.js';

describe('wordnet tables', () => {
  it('are built (run `npm run build` if this fails)', () => {
    expect(wordnetAvailable()).toBe(true);
  });
});

describe('lemmas (morphy)', () => {
  it.each([
    ['indicted', 'indict'],
    ['cash', 'cash'],
    ['killed', 'kill'],
    ['children', 'child'],
    ['died', 'die'],
    ['dying', 'die'],
    ['committed', 'commit'],
    ['bigger', 'big'],
    ['crises', 'crisis'],
    ['went', 'go'],
    ['struck', 'strike'],
    ['better', 'good'],
    ['injuries', 'injury'],
    ['Elections', 'election'],
    ['women', 'woman'],
    ['wives', 'wife'],
  ])('%s → %s', (word, base) => {
    expect(lemmas(word)).toContain(base);
  });

  it('keeps a plural that WordNet lists in its own right, with its singular', () => {
    expect(lemmas('funds')).toEqual(expect.arrayContaining(['funds', 'fund']));
  });

  it('restricts to one part of speech', () => {
    expect(lemmas('killed', 'n')).toEqual([]);
    expect(lemmas('killed', 'v')).toEqual(['kill']);
  });

  it('returns nothing for a word WordNet does not know', () => {
    expect(lemmas('xqzvbl')).toEqual([]);
    expect(lemmas('')).toEqual([]);
    expect(lemmas('naïve-ish')).toEqual([]);
  });

  it('does not invent a base from a wrong rule (dying is not dye)', () => {
    expect(lemmas('dying', 'v')).not.toContain('dye');
  });
});

describe('concepts', () => {
  it('synonyms share a synset (funds / finances)', () => {
    const a = concept('funds');
    expect([...concept('finances')].some((s) => a.has(s))).toBe(true);
  });

  it('related concepts include derivations (indict → indictment)', () => {
    const r = relatedConcepts('indict');
    expect([...concept('indictment')].some((s) => r.has(s))).toBe(true);
  });

  it('only the most frequent senses count: rare readings are left out', () => {
    // "kill" has 15 verb senses in WordNet; concepts keep 2 per lemma and part of speech,
    // and the build keeps at most 4 (asking for more gives 4).
    expect(concept('kill', { pos: 'v' }).size).toBe(2);
    expect(concept('kill', { pos: 'v', senses: 3 }).size).toBe(3);
    expect(concept('kill', { pos: 'v', senses: 10 }).size).toBe(4);
  });
});

describe('similarity: related pairs', () => {
  it.each([
    ['killed', 'kills', SIMILARITY.sameLemma],
    ['Deaths', 'death', SIMILARITY.sameLemma],
    ['funds', 'finances', SIMILARITY.synonym],
    ['car', 'automobile', SIMILARITY.synonym],
    ['phone', 'telephone', SIMILARITY.synonym],
    ['talks', 'negotiations', SIMILARITY.synonym],
    ['indicted', 'indictment', SIMILARITY.derived],
    ['elect', 'election', SIMILARITY.derived],
    ['injure', 'injury', SIMILARITY.derived],
    ['die', 'death', SIMILARITY.derived],
    ['killed', 'died', SIMILARITY.derived],
    ['convicted', 'conviction', SIMILARITY.derived],
    ['president', 'presidential', SIMILARITY.derived],
  ])('%s ~ %s = %s', (a, b, level) => {
    expect(similarity(a, b)).toBe(level);
    expect(similarity(b, a)).toBe(level);
  });

  it.each([
    ['funds', 'money'],
    ['rose', 'increased'],
  ])('%s is a kind of %s (graded below synonyms)', (a, b) => {
    const s = similarity(a, b);
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(SIMILARITY.derived);
  });

  // Known gaps, kept visible: these fail today and `test.failing` turns red if they start to pass.
  // WordNet links neither "dead" (adjective) to "death"/"die", nor "cash" to "money" except as
  // siblings under "currency", and siblings are deliberately not related (see the negatives).
  test.failing('killed ~ dead (no WordNet link between the adjective and kill/die/death)', () => {
    expect(similarity('killed', 'dead')).toBeGreaterThan(0);
  });
  test.failing('money ~ cash (siblings under "currency" only)', () => {
    expect(similarity('money', 'cash')).toBeGreaterThan(0);
  });
});

describe('similarity: unrelated pairs', () => {
  it.each([
    ['money', 'time'],
    ['court', 'senate'],
    ['increase', 'decrease'],
    ['first', 'second'],
    ['plane', 'train'],
    ['husband', 'wife'],
    ['democrat', 'republican'],
    ['killed', 'injured'],
    ['won', 'lost'],
    ['rose', 'fell'],
    ['buy', 'sell'],
    ['arrested', 'released'],
    ['convicted', 'acquitted'],
    ['january', 'february'],
    ['monday', 'tuesday'],
    ['week', 'month'],
    ['north', 'south'],
    ['president', 'minister'],
    ['export', 'import'],
    ['army', 'navy'],
    ['man', 'woman'],
  ])('%s ≁ %s', (a, b) => {
    expect(similarity(a, b)).toBe(0);
  });

  // Known false positive, kept visible: sense 2 of both is "a very large indefinite number".
  // Callers should not compare number words through WordNet.
  test.failing('million ≁ billion', () => {
    expect(similarity('million', 'billion')).toBe(0);
  });

  it('a part-of-speech restriction removes cross-category matches', () => {
    // "fire" (noun) and "fired" (verb) share the lemma "fire" ...
    expect(similarity('fire', 'fired')).toBe(SIMILARITY.sameLemma);
    // ... as verbs too, but "fired" is no noun, so among nouns they are unrelated.
    expect(similarity('fire', 'fired', { pos: 'v' })).toBe(SIMILARITY.sameLemma);
    expect(similarity('fire', 'fired', { pos: 'n' })).toBe(0);
    // "dismissed" is a synonym of "fired" only in a rarer sense (employment), beyond the first two.
    expect(similarity('fired', 'dismissed', { pos: 'v' })).toBe(0);
    expect(similarity('fired', 'dismissed', { pos: 'v', senses: 4 })).toBe(SIMILARITY.synonym);
  });

  it('empty and unknown words are unrelated to everything but themselves', () => {
    expect(similarity('', 'money')).toBe(0);
    expect(similarity('xqzvbl', 'money')).toBe(0);
    expect(similarity('xqzvbl', 'Xqzvbl')).toBe(1);
  });
});
