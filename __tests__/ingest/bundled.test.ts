// The bundled story in sources/: the five seed articles with front matter
// added (only what each article states about itself).
import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSources } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences/split.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Sentence, Source } from '../../src/model/source.js';

const dir = path.relative(process.cwd(), fileURLToPath(new URL('../../sources', import.meta.url))) || '.';
let sources: Source[];
let diagnostics: Diagnostic[];
const sentences = new Map<string, Sentence[]>();
const byId = (prefix: string) => sources.find((s) => s.id.startsWith(prefix))!;

beforeAll(async () => {
  ({ sources, diagnostics } = await readSources(dir));
  for (const s of sources) sentences.set(s.id, splitSentences(s));
});

describe('bundled sources/', () => {
  test('five sources, sorted, paths open the files', () => {
    expect(sources.map((s) => s.id)).toEqual([
      '000_3f016b9f84c35ddd',
      '001_715e942bf6295f6d',
      '002_b6e44232a38566ef',
      '003_bfb6ffcdaaf0958f',
      '004_838299f1a2aeab63',
    ]);
    for (const s of sources) expect(s.path).toBe(path.join(dir, `${s.id}.txt`));
  });

  test('only info diagnostics (the two inferred dates)', () => {
    expect(diagnostics.map((d) => [d.severity, path.basename(d.file), d.ruleId])).toEqual([
      ['info', '000_3f016b9f84c35ddd.txt', 'ingest/date-inferred'],
      ['info', '003_bfb6ffcdaaf0958f.txt', 'ingest/date-inferred'],
    ]);
  });

  test('front matter: outlets and titles', () => {
    expect(sources.map((s) => [s.outlet, s.title])).toEqual([
      [undefined, undefined],
      ['Türkiye Today', 'US-China trade talks to resume in Malaysia on Oct. 25-26'],
      ['Boston Brand Media (via SCMP)', 'China Confirms US Trade Talks in Malaysia Ahead of Potential Xi-Trump Summit'],
      ['The Defense News', 'China and U.S. to Resume Trade Talks in Malaysia Ahead of Xi–Trump Meeting'],
      [undefined, 'US and China Meet in Kuala Lumpur to Prevent Escalation of Trade Tensions'],
    ]);
    expect(sources.map((s) => s.bodyStart)).toEqual([0, 135, 156, 119, 91]);
  });

  test('publication dates', () => {
    expect(byId('001').published).toEqual({
      date: '2025-10-23',
      time: '14:17',
      tzOffsetMinutes: 180,
      inferred: false,
      origin: 'front-matter',
      evidence: '2025-10-23T14:17:00+03:00',
    });
    expect(byId('002').published).toEqual({ date: '2025-10-23', inferred: false, origin: 'front-matter', evidence: '2025-10-23' });
    expect(byId('004').published).toEqual({
      date: '2025-10-25',
      inferred: false,
      origin: 'dateline',
      evidence: 'Kuala Lumpur, Oct 25: (year 2025 taken from the other sources of the story)',
    });
    for (const id of ['000', '003']) {
      expect(byId(id).published).toEqual({ date: '2025-10-23', inferred: true, origin: 'other-sources' });
    }
  });

  test('every sentence slices from the file and lies outside every excluded region (a dateline\'s place inside its dateline)', () => {
    for (const s of sources) {
      const list = sentences.get(s.id)!;
      expect(list.length).toBeGreaterThan(10);
      list.forEach((x, i) => {
        expect(s.text.slice(x.start, x.end)).toBe(x.text);
        expect(x.index).toBe(i);
        expect(x.start).toBeGreaterThanOrEqual(s.bodyStart);
        for (const e of s.excluded) {
          const inside = x.start >= e.start && x.end <= e.end;
          expect(x.end <= e.start || x.start >= e.end || (x.isDateline === true && e.reason === 'dateline' && inside)).toBe(true);
        }
      });
    }
  });

  test('excluded regions are sorted and do not overlap', () => {
    for (const s of sources) {
      for (let i = 1; i < s.excluded.length; i++) expect(s.excluded[i].start).toBeGreaterThanOrEqual(s.excluded[i - 1].end);
    }
  });

  test('001: both copies of each photo caption and the page furniture yield no sentence', () => {
    const s = byId('001');
    const texts = sentences.get(s.id)!.map((x) => x.text);
    expect(texts.filter((t) => /AFP Photo|prior to meeting to discuss|Far L|BigPhoto|Newsletters|More From|02:1\d PM/.test(t))).toEqual([]);
    const captions = s.excluded.filter((e) => e.reason === 'caption').map((e) => s.text.slice(e.start, e.end));
    expect(captions.map((c) => c.match(/\(AFP Photo\)/g)!.length)).toEqual([1, 1, 2]); // the Geneva group photo: two copies, one region
    expect(captions[0]).toBe(captions[1]);
    expect(s.excluded.map((e) => e.reason)).toEqual([
      'front-matter', 'boilerplate', 'caption', 'boilerplate', 'caption', 'metadata', 'caption', 'metadata', 'boilerplate',
    ]);
    // the date line under the title is metadata, the subheads stay prose
    expect(texts).toContain('Trade talks to address tariffs, export controls');
    expect(texts).toContain('Hopes for de-escalation ahead of Trump-Xi meeting');
  });

  test('titles are the first sentence of 001-004; 000 has none', () => {
    for (const s of sources) {
      const first = sentences.get(s.id)![0];
      if (s.id.startsWith('000')) {
        expect(s.titleSpan).toBeUndefined();
        expect(first.isTitle).toBeUndefined();
      } else {
        expect(first).toMatchObject({ isTitle: true, text: s.title, start: s.titleSpan!.start, paragraph: 0 });
      }
    }
  });

  test('datelines: only the prefix is excluded', () => {
    const s0 = byId('000');
    const s4 = byId('004');
    expect(s0.excluded).toEqual([{ start: 0, end: 8, reason: 'dateline' }]);
    expect(sentences.get(s0.id)![0]).toMatchObject({ text: 'BEIJING', isDateline: true });
    expect(sentences.get(s0.id)![1].text.startsWith('China announced on Thursday')).toBe(true);
    const dl = s4.excluded.find((e) => e.reason === 'dateline')!;
    expect(s4.text.slice(dl.start, dl.end)).toBe('Kuala Lumpur, Oct 25:');
    expect(sentences.get(s4.id)!.find((x) => x.start > dl.end)!.text).toBe(
      'Senior economic officials from the United States and China met on Saturday in Kuala Lumpur to prevent a further escalation of the ongoing trade war, according to reports.',
    );
  });

  test('page furniture of 002, 003 and 004 is excluded', () => {
    const furniture = (prefix: string) => {
      const s = byId(prefix);
      return s.excluded.filter((e) => e.reason === 'boilerplate' || e.reason === 'metadata').map((e) => s.text.slice(e.start, e.end));
    };
    expect(furniture('002')).toEqual([
      'Stay informed with our newsletter.\n\nIcon\nTrending',
      'October 23, 2025',
      'For questions or comments write to contactus@bostonbrandmedia.com\n\nSource: scmp\n\nStay informed with our newsletter.\n\nSimilar News',
    ]);
    expect(furniture('003')).toEqual(['✍️ This article is written by the team of The Defense News.']);
    expect(furniture('004')).toEqual(['US and China\nComments (0)\nAdd Comment']);
  });

  test('a multi-sentence quotation stays one sentence (003)', () => {
    expect(sentences.get(byId('003').id)!.map((x) => x.text)).toContain(
      '“The rare earth is the least of it. We’ll make a deal on soybeans and the farmers. Maybe even on nuclear.”',
    );
  });
});
