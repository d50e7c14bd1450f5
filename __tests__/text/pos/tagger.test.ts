// POS tagger, tokenizer and chunker, on hand-tagged sentences written for these tests.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { lexiconAvailable, mainVerb, nounPhrases, tagSentence, tokenize, verbGroups, type TaggedToken } from '../../../src/text/pos/index.js';

interface Gold {
  text: string;
  toks: Array<{ text: string; start: number; end: number; tag: string }>;
}

function loadGold(name: string): Gold[] {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const out: Gold[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const text = lines[i];
    let pos = 0;
    const toks = lines[i + 1].split(' ').map((wt) => {
      const k = wt.lastIndexOf('/');
      const w = wt.slice(0, k);
      const start = text.indexOf(w, pos);
      if (start < 0) throw new Error(`${name}: "${w}" not in "${text}"`);
      pos = start + w.length;
      return { text: w, start, end: pos, tag: wt.slice(k + 1) };
    });
    out.push({ text, toks });
  }
  return out;
}

function accuracy(gold: Gold[]): { n: number; tokenised: number; correct: number } {
  let n = 0;
  let tokenised = 0;
  let correct = 0;
  for (const s of gold) {
    const got = new Map(tagSentence(s.text).map((t) => [`${t.start}:${t.end}`, t.tag]));
    for (const g of s.toks) {
      n++;
      const tag = got.get(`${g.start}:${g.end}`);
      if (tag !== undefined) tokenised++;
      if (tag === g.tag) correct++;
    }
  }
  return { n, tokenised, correct };
}

const tagOf = (toks: TaggedToken[], word: string) => toks.find((t) => t.text === word)?.tag;

describe('tagger accuracy on hand-tagged news sentences', () => {
  it('finds the POS lexicon (run `npm run build` if this fails)', () => {
    expect(lexiconAvailable()).toBe(true);
  });

  // Floors, not targets: measured 99.0 % (dev, rules written against it), 99.0 % and 97.8 % (held out).
  it.each([
    ['gold-sentences.txt', 48, 0.97],
    ['heldout-sentences.txt', 20, 0.95],
    ['heldout2-sentences.txt', 22, 0.95],
  ])('%s: %i sentences, every gold token found, ≥ %d tagged right', (file, count, floor) => {
    const gold = loadGold(file as string);
    expect(gold).toHaveLength(count as number);
    const r = accuracy(gold);
    expect(r.tokenised).toBe(r.n);
    expect(r.correct / r.n).toBeGreaterThanOrEqual(floor as number);
  });
});

describe('tokens keep exact offsets', () => {
  it('on tricky text: currency, percent, clitics, abbreviations, curly quotes', () => {
    const text = '“It’s over,” Dr. Lee said; the U.S. firm’s shares fell 8.5% to $4.20 (3rd drop) — don\'t  panic…';
    const toks = tagSentence(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual([
      '“', 'It', '’s', 'over', ',', '”', 'Dr.', 'Lee', 'said', ';', 'the', 'U.S.', 'firm', '’s', 'shares', 'fell', '8.5', '%', 'to', '$',
      '4.20', '(', '3rd', 'drop', ')', '—', 'do', "n't", 'panic', '…',
    ]);
  });

  it('for any string: tokens are in order, non-overlapping, exact, and cover every non-space character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const toks = tokenize(text);
        let last = 0;
        let covered = '';
        for (const t of toks) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.end).toBeGreaterThan(t.start);
          covered += text.slice(last, t.start).replace(/\s+/g, '');
          last = t.end;
        }
        // Characters between tokens are whitespace only.
        expect(covered + text.slice(last).replace(/\s+/g, '')).toBe('');
        tagSentence(text); // never throws
      }),
      { numRuns: 300 },
    );
  });
});

describe('tags in context', () => {
  it('passives and perfects take the participle; a bare past after a subject is past tense', () => {
    const t = tagSentence('Officials said the suspects were arrested and have confessed.');
    expect(tagOf(t, 'said')).toBe('VBD');
    expect(tagOf(t, 'arrested')).toBe('VBN');
    expect(tagOf(t, 'confessed')).toBe('VBN');
  });

  it('numbers, number words, money and percentages', () => {
    const t = tagSentence('Six hundred workers lost $2.5 million, or 12% of the second fund.');
    expect(t.map((x) => x.tag)).toEqual(['CD', 'CD', 'NNS', 'VBD', '$', 'CD', 'CD', ',', 'CC', 'CD', 'NN', 'IN', 'DT', 'JJ', 'NN', '.']);
  });

  it("possessive 's versus it's", () => {
    const t = tagSentence("It's the mayor's plan.");
    expect(t[1]).toMatchObject({ text: "'s", tag: 'VBZ' });
    expect(t[4]).toMatchObject({ text: "'s", tag: 'POS' });
  });

  it('a capitalised first word is read in lower case unless a name runs on', () => {
    expect(tagSentence('Police fired tear gas.')[0].tag).not.toBe('NNP');
    expect(tagSentence('Prime Minister Ana Ruiz resigned.').slice(0, 4).map((x) => x.tag)).toEqual(['NNP', 'NNP', 'NNP', 'NNP']);
  });

  it('unknown words are guessed from their shape', () => {
    const t = tagSentence('The Zorblatt ministry glorped quickly.');
    expect(tagOf(t, 'Zorblatt')).toBe('NNP');
    expect(tagOf(t, 'glorped')).toMatch(/^VB[DN]$/);
    expect(tagOf(t, 'quickly')).toBe('RB');
  });

  it('gives WordNet lemmas to content words', () => {
    const t = tagSentence('He was indicted after two children died.');
    expect(t.find((x) => x.text === 'indicted')?.lemma).toBe('indict');
    expect(t.find((x) => x.text === 'children')?.lemma).toBe('child');
    expect(t.find((x) => x.text === 'died')?.lemma).toBe('die');
    expect(t.find((x) => x.text === 'was')?.lemma).toBe('be');
    expect(t.find((x) => x.text === 'after')?.lemma).toBeUndefined();
  });
});

describe('chunker', () => {
  const phrases = (s: string) => {
    const t = tagSentence(s);
    return nounPhrases(t).map((np) => ({
      text: s.slice(np.start, np.end),
      head: t[np.head].text,
      modifiers: np.modifiers.map((k) => t[k].text),
    }));
  };

  it('noun phrases with head and modifiers', () => {
    expect(phrases('The central bank raised its key rate by a quarter point.')).toEqual([
      { text: 'The central bank', head: 'bank', modifiers: ['central'] },
      { text: 'its key rate', head: 'rate', modifiers: ['key'] },
      { text: 'a quarter point', head: 'point', modifiers: ['quarter'] },
    ]);
  });

  it('numbers, money and possessors are modifiers; a new adjective starts a new phrase', () => {
    expect(phrases("The team's coach lost $4.2 billion in money laundering last week.")).toEqual([
      { text: "The team's coach", head: 'coach', modifiers: ['team'] },
      { text: '$4.2 billion', head: 'billion', modifiers: ['$', '4.2'] },
      { text: 'money laundering', head: 'laundering', modifiers: ['money'] },
      { text: 'last week', head: 'week', modifiers: ['last'] },
    ]);
  });

  it('a participle after an auxiliary is a verb, not a modifier', () => {
    expect(phrases('The fire has burned 40,000 acres.').map((p) => p.text)).toEqual(['The fire', '40,000 acres']);
  });

  it('verb groups: voice, negation, finiteness, relative clauses', () => {
    const s = 'The bridge, which collapsed on Friday, had not been inspected and officials refused to comment.';
    const t = tagSentence(s);
    const groups = verbGroups(t).map((g) => ({ text: s.slice(g.start, g.end), main: t[g.main].text, passive: g.passive, negated: g.negated, finite: g.finite, relative: g.relative }));
    expect(groups).toEqual([
      { text: 'collapsed', main: 'collapsed', passive: false, negated: false, finite: true, relative: true },
      { text: 'had not been inspected', main: 'inspected', passive: true, negated: true, finite: true, relative: false },
      { text: 'refused', main: 'refused', passive: false, negated: false, finite: true, relative: false },
      { text: 'comment', main: 'comment', passive: false, negated: false, finite: false, relative: false },
    ]);
    expect(t[mainVerb(t)!.main].text).toBe('inspected');
  });

  it('a particle belongs to its verb', () => {
    const s = 'The union called off the strike.';
    const t = tagSentence(s);
    const g = mainVerb(t)!;
    expect(s.slice(g.start, g.end)).toBe('called off');
  });

  it('no verb, no main verb', () => {
    expect(mainVerb(tagSentence('A quiet morning.'))).toBeUndefined();
    expect(mainVerb(tagSentence(''))).toBeUndefined();
  });
});
