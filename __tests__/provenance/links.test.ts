// Links between two sources: copy, partial copy, shared quotation, named
// common origin, or nothing, from the passages and credits they share.
import { describe, expect, test } from '@jest/globals';
import { alignPair } from '../../src/provenance/align.js';
import { articleAttributions, sentenceAttributions } from '../../src/provenance/attribution.js';
import { classify } from '../../src/provenance/links.js';
import { prepare, type Prepared } from './helpers.js';

function link(a: string, b: string) {
  const [x, y] = prepare([{ id: 'a', text: a }, { id: 'b', text: b }]);
  const credits = (p: Prepared) => [...articleAttributions(p.source), ...p.sentences.flatMap((s) => sentenceAttributions(p.source, s, s.index))];
  return classify(x.words, a, y.words, b, alignPair(x.words, x.hashes, y.words, y.hashes), credits(x), credits(y))?.link;
}

const P1 = 'Harbour pilots will strike for two days from Monday after talks over night-shift pay collapsed late on Thursday evening.';
const P2 = 'The stoppage is expected to delay container ships waiting outside the port during the busiest week of the shipping season.';
const P3 = 'Port managers said they would keep the ferry terminal open and move freight to the northern quay where they could.';
const QUOTE = '"We have offered a fair increase and the door remains open for further talks with the pilots at any time this week," the port authority said in a statement.';

describe('classify', () => {
  test('most of one article inside shared narration: a copy', () => {
    const l = link(`${P1} ${P2} ${P3}\n`, `Breaking news.\n\n${P1} ${P2} ${P3}\n\nMore later.\n`)!;
    expect(l).toMatchObject({ kind: 'copy', reason: 'most-of-article-shared' });
    expect(l.share.a).toBe(1);
    expect(l.sharedSentences).toEqual({ a: 3, b: 3 });
  });

  test('two shared paragraphs in longer, different articles: a partial copy', () => {
    // Own paragraphs: words in an order no other paragraph shares.
    const vocab = 'amber basil cedar delta ember fjord gravel hazel indigo juniper kelp lantern meadow nectar orchard pebble quartz ripple saffron thistle'.split(' ');
    const own = (seed: number) => {
      let x = seed;
      const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % vocab.length;
      return Array.from({ length: 6 }, () => `${Array.from({ length: 14 }, () => vocab[next()]).join(' ')}.`).join('\n\n');
    };
    const l = link(`${own(1)}\n\n${P1}\n\n${own(2)}\n\n${P2}\n`, `${own(3)}\n\n${P1}\n\n${own(4)}\n\n${P2}\n`)!;
    expect(l).toMatchObject({ kind: 'partial-copy', reason: 'narration-shared' });
    expect(l.passages).toHaveLength(2);
    expect(l.share.a).toBeLessThan(0.5);
  });

  test('only a statement quoted at length in common: a shared quotation', () => {
    const l = link(`Pilots walked out on Monday. ${QUOTE}\n`, `The strike began before dawn with pickets at the gates. ${QUOTE}\n`)!;
    expect(l).toMatchObject({ kind: 'shared-quotation', reason: 'quotation-shared' });
    expect(l.passages.every((p) => p.kind === 'quotation')).toBe(true);
  });

  test('a short clause of one statement in common is not a link', () => {
    expect(
      link(
        'Pilots walked out on Monday; the authority said "the door remains open" to them.\n',
        'The strike began before dawn, and the port said "the door remains open" for talks.\n',
      ),
    ).toBeUndefined();
  });

  test('the same wire credit and no shared text: a named common origin', () => {
    const l = link('RIVERTON (Metro Wire) — Pilots walked out on Monday.\n', 'Ships waited at anchor all day.\n\nSource: Metro Wire\n')!;
    expect(l).toMatchObject({ kind: 'named-common-origin', reason: 'same-credited-origin', passages: [] });
    expect(l.commonOrigins.map((o) => [o.a.kind, o.b.kind])).toEqual([['wire', 'source-line']]);
  });

  test('a stock phrase and a shared name are not a link', () => {
    expect(
      link(
        'The talks coincide with the Association of Southeast Asian Nations summit in the capital.\n',
        'Leaders gathered as the talks coincide with the Association of Southeast Asian Nations summit.\n',
      ),
    ).toBeUndefined();
  });
});
