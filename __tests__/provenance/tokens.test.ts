// Words for reuse detection: normalised so that spelling variants of one
// word meet, flagged for quotation marks and content.
import { describe, expect, test } from '@jest/globals';
import { CONTENT, NUMBER, QUOTED, normalizeWord, quotedSpans } from '../../src/provenance/tokens.js';
import { SHINGLE, candidatePairs, shingles } from '../../src/provenance/shingles.js';
import { prepare } from './helpers.js';

describe('words', () => {
  test('acronyms lose their dots, % is a word, thousands separators go', () => {
    expect(normalizeWord('U.S.')).toBe('us');
    expect(normalizeWord('%')).toBe('percent');
    expect(normalizeWord('9,400')).toBe('9400');
    expect(normalizeWord('18.5')).toBe('18.5');
    expect(normalizeWord('Bridge')).toBe('bridge');
  });

  test('quotation marks: curly pairs, straight pairs, and a quotation left open runs to the paragraph end', () => {
    const t = 'He said “one two” and "three" then “four';
    const spans = quotedSpans(t, 0, t.length).map(([a, b]) => t.slice(a, b));
    expect(spans).toEqual(['“one two”', '"three"', '“four']);
  });

  test('each word knows its offsets, sentence, quotation and content flags', () => {
    const [p] = prepare([{ id: 'a', text: 'The mayor said the plan costs 40% more. "It is a fair price," Ortiz said.\n' }]);
    const w = p.words;
    const words = [...w.ids].map((_, k) => p.source.text.slice(w.starts[k], w.ends[k]));
    expect(words).toEqual(['The', 'mayor', 'said', 'the', 'plan', 'costs', '40', '%', 'more', 'It', 'is', 'a', 'fair', 'price', 'Ortiz', 'said']);
    const at = (word: string) => words.indexOf(word);
    expect(w.flags[at('mayor')] & CONTENT).toBeTruthy();
    expect(w.flags[at('the')] & CONTENT).toBeFalsy(); // function word
    expect(w.flags[at('Ortiz')] & CONTENT).toBeFalsy(); // a name: shared names are not copying
    expect(w.flags[at('40')] & NUMBER).toBeTruthy();
    expect(w.flags[at('fair')] & QUOTED).toBeTruthy();
    expect(w.flags[at('Ortiz')] & QUOTED).toBeFalsy();
    expect(w.sentence[at('mayor')]).not.toBe(w.sentence[at('fair')]);
  });
});

describe('candidate pairs from the shingle index', () => {
  const shared = 'the county will replace the corroded steel deck of the old bridge before the winter storms arrive';
  test('only sources sharing shingles are paired; unrelated ones are never compared', () => {
    const ps = prepare([
      { id: 'a', text: `Crews said ${shared}.\n` },
      { id: 'b', text: 'A new library opens downtown with reading rooms for children and a rooftop garden.\n' },
      { id: 'c', text: `Officials confirmed ${shared}.\n` },
      { id: 'd', text: 'Farmers expect a smaller harvest after the dry summer, the growers association warned.\n' },
    ]);
    const { pairs } = candidatePairs(ps.map((p) => p.hashes));
    expect(pairs).toEqual([[0, 2]]);
  });

  test('a shingle printed by more sources than the limit is common text, not evidence', () => {
    const ps = prepare(Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, text: `Story ${i} begins. ${shared}.\n` })));
    const all = candidatePairs(ps.map((p) => p.hashes), { maxSources: 50, minShared: 2, maxPartners: 24 });
    expect(all.pairs).toHaveLength(15);
    const capped = candidatePairs(ps.map((p) => p.hashes), { maxSources: 5, minShared: 2, maxPartners: 24 });
    expect(capped.pairs).toHaveLength(0);
    expect(capped.commonShingles).toBeGreaterThan(0);
  });

  test('shingles made only of names and function words are skipped', () => {
    const [p] = prepare([{ id: 'a', text: 'Vice Premier He Lifeng of the Ministry of Commerce met them.\n' }]);
    const h = shingles(p.words);
    expect(h.length).toBe(p.words.ids.length - SHINGLE + 1);
    expect([...h].every((x) => x === -1)).toBe(true);
  });
});
