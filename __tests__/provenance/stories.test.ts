// Provenance on whole stories through the pipeline: the bundled story and a
// made-up one where a fourth article reprints another with light edits.
import { describe, expect, test } from '@jest/globals';
import { run } from '../../src/pipeline/run.js';
import type { RunResult } from '../../src/model/run.js';

function outletPairs(r: RunResult): string[] {
  const name = (id: string) => r.sources.find((s) => s.id === id)?.outlet ?? id;
  return r.provenance!.links.map((l) => `${name(l.a)} + ${name(l.b)}: ${l.kind}`);
}

describe('the bundled story', () => {
  let r: RunResult;
  test('runs', async () => {
    r = await run({ sourcesDir: 'sources' });
    expect(r.provenance).toBeDefined();
  });

  test('the pair sharing the SCMP-derived text is a partial copy; the two ministry quotations a shared quotation; nothing else', () => {
    expect(outletPairs(r)).toEqual(['000_3f016b9f84c35ddd + Türkiye Today: shared-quotation', 'Boston Brand Media (via SCMP) + The Defense News: partial-copy']);
    const copy = r.provenance!.links[1];
    expect(copy.passages.length).toBeGreaterThanOrEqual(3);
    const texts = copy.passages.map((p) => p.a.text);
    expect(texts).toContain('unworkable and unacceptable');
    expect(texts.some((t) => t.includes('fifth round of trade talks between the world’s two largest economies'))).toBe(true);
    // Every passage slices both files.
    for (const p of copy.passages) {
      for (const side of [p.a, p.b]) {
        expect(r.sources.find((s) => s.id === side.sourceId)!.text.slice(side.start, side.end)).toBe(side.text);
      }
    }
    const quote = r.provenance!.links[0];
    expect(quote.passages.filter((p) => p.kind === 'quotation').length).toBeGreaterThanOrEqual(1);
  });

  test('the SCMP credit is read with its span', () => {
    const credits = r.provenance!.attributions.filter((a) => a.scope === 'article');
    expect(credits.map((a) => [a.sourceId, a.kind, a.key.join(' ')])).toEqual([
      ['002_b6e44232a38566ef', 'via', 'scmp'],
      ['002_b6e44232a38566ef', 'source-line', 'scmp'],
    ]);
    expect(r.provenance!.attributions.some((a) => a.kind === 'reported' && a.text === 'The Sun reported')).toBe(true);
  });

  test('facts stated only by that pair count one independent source', () => {
    const pair = new Set(['002_b6e44232a38566ef', '003_bfb6ffcdaaf0958f']);
    const only = r.groups.filter((g) => {
      const ids = new Set(g.claims.map((c) => c.sourceId));
      return ids.size === 2 && [...ids].every((id) => pair.has(id));
    });
    expect(only.length).toBeGreaterThanOrEqual(3);
    for (const g of only) expect(r.provenance!.groups[g.id]).toMatchObject({ sources: 2, independent: 1 });
  });
});

describe('a made-up story with a reprint', () => {
  let r: RunResult;
  test('runs', async () => {
    r = await run({ sourcesDir: '__tests__/fixtures/stories/bridge' });
  });

  test('the reprint is linked to its original, and the unrelated articles to nothing', () => {
    expect(outletPairs(r)).toEqual(['Lakeside Times + Valley Digest: copy']);
  });

  test('the changed number is a copy differing from its original', () => {
    const link = r.provenance!.links[0];
    const numeric = link.passages.flatMap((p) => p.edits.filter((e) => e.numeric));
    expect(numeric.map((e) => [e.a.text, e.b.text])).toEqual([['18.5', '21.5']]);
    const money = r.groups.find((g) => g.claims.some((c) => c.text.includes('$21.5 million')))!;
    expect(money.verdict).toBe('conflict');
    const gp = r.provenance!.groups[money.id];
    expect(gp.copyDifferences).toHaveLength(1);
    expect(gp.copyDifferences[0]).toMatchObject({ sourceA: 'lakeside-times', sourceB: 'valley-digest' });
    expect(gp).toMatchObject({ sources: 3, independent: 2 });
  });

  test('a fact the reprint shares with an independent article counts two sources', () => {
    const title = r.groups.find((g) => g.kind === 'title' && g.claims.some((c) => c.sourceId === 'county-courier'))!;
    expect(r.provenance!.groups[title.id]).toMatchObject({ sources: 3, independent: 2 });
    const [cluster, ...rest] = r.provenance!.groups[title.id].clusters;
    expect(rest).toEqual([]);
    expect(cluster.sources).toEqual(['lakeside-times', 'valley-digest']);
    expect(cluster.reasons).toContain('shared-text');
  });
});
