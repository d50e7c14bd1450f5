// Who published a source when it does not say so in front matter or page
// metadata: the url's host, a "Source:" line, a dateline's wire credit;
// else the file name, never an internal id (issue 11, item 5).
import { describe, expect, test } from '@jest/globals';
import { fileNameOf, outletOf, sourceLabel, sourceName } from '../../src/present/sources.js';
import { formatClaimReview } from '../../src/report/claimreview.js';
import type { Source } from '../../src/model/source.js';
import { buildReportFixture } from '../helpers/report-fixture.js';

const source = (text: string, extra: Partial<Source> = {}): Source => ({
  id: '000_3f016b9f84c35ddd',
  path: 'stories/000_3f016b9f84c35ddd.txt',
  text,
  bodyStart: 0,
  excluded: [],
  ...extra,
});

describe('outletOf', () => {
  test('the outlet the source states wins', () => {
    expect(outletOf(source('Source: Harbor Wire\n', { outlet: 'Valley Courier', url: 'https://news.example/a' }))).toBe('Valley Courier');
  });

  test('else the host of its url, without www', () => {
    expect(outletOf(source('The bridge closed.\n', { url: 'https://www.rivertonpost.example/local/bridge' }))).toBe('rivertonpost.example');
  });

  test('else a "Source:" line or a dateline wire credit', () => {
    expect(outletOf(source('Bridge closes\n\nThe bridge closed on Monday.\n\nSource: Harbor Wire\n'))).toBe('Harbor Wire');
    expect(outletOf(source('Bridge closes\n\nRIVERTON (AP) — The bridge closed on Monday.\n'))).toBe('AP');
  });

  test('nothing: undefined, and the labels show the file name', () => {
    const s = source('Bridge closes\n\nThe bridge closed on Monday.\n', { title: 'Bridge closes' });
    expect(outletOf(s)).toBeUndefined();
    expect(fileNameOf(s)).toBe('000_3f016b9f84c35ddd.txt');
    expect(sourceLabel(s)).toBe('000_3f016b9f84c35ddd.txt');
    expect(sourceName(s, s.id)).toBe('000_3f016b9f84c35ddd.txt');
  });
});

describe('ClaimReview appearances without an outlet', () => {
  test('headline: the title, else the derived outlet, else the file name; publisher from the derived outlet', () => {
    const result = buildReportFixture();
    result.sources.forEach((s, i) => Object.assign(s, { outlet: undefined, title: undefined, url: undefined, bodyStart: 0, text: i === 0 ? 'Flood\n\nRIVERTON (AP) — The river rose.\n' : 'Flood\n\nThe river rose.\n' }));
    const graph = JSON.parse(formatClaimReview(result, { color: false, author: 'Desk', datePublished: '2026-03-14' }))['@graph'];
    type Work = { headline: string; publisher?: { name: string } };
    const works: Work[] = graph.flatMap((item: { itemReviewed: { appearance: Work[] } }) => item.itemReviewed.appearance);
    const names = result.sources.map((s, i) => (i === 0 ? 'AP' : s.path.split('/').pop()));
    expect(works.length).toBeGreaterThan(0);
    for (const w of works) expect(names).toContain(w.headline);
    for (const w of works) expect(w.publisher).toEqual(w.headline === 'AP' ? { '@type': 'Organization', name: 'AP' } : undefined);
    expect(works.map((w) => w.headline)).toContain('AP');
  });
});
