// The ClaimReview export: golden file, only facts with an editor verdict,
// the rating scale, first appearance, author and date.
// Regenerate the golden after an intended change (then read the diff):
//   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report
import { describe, expect, test } from '@jest/globals';
import { claimReviewSkipped, formatClaimReview, RATINGS } from '../../src/report/claimreview.js';
import { buildReportFixture, GAZETTE_URL, POST_URL } from '../helpers/report-fixture.js';
import { expectGolden } from './golden.js';

const OPTIONS = {
  color: false,
  author: 'Harbor Gazette Fact Desk',
  authorUrl: 'https://harborgazette.example/fact-check',
  datePublished: '2026-03-14',
};

type Item = Record<string, any>;
const graphOf = (json: string): Item[] => JSON.parse(json)['@graph'];

describe('claimreview export', () => {
  test('matches the golden file', () => {
    expectGolden('claimreview.jsonld', formatClaimReview(buildReportFixture(), OPTIONS));
  });

  test('exports only facts with an editor verdict and counts the rest', () => {
    const r = buildReportFixture();
    const graph = graphOf(formatClaimReview(r, OPTIONS));
    expect(graph.map((x) => x.identifier)).toEqual(['percent-homes-damaged-lower-district', 'money-relief-fund-size']);
    // The quote conflict (a note, no verdict) and the compatible date group are left out.
    expect(claimReviewSkipped(r)).toBe(2);
    r.review = {};
    expect(graphOf(formatClaimReview(r, OPTIONS))).toEqual([]);
    expect(claimReviewSkipped(r)).toBe(4);
  });

  test('rating: alternateName with a documented 1–3 scale', () => {
    const [homes, fund] = graphOf(formatClaimReview(buildReportFixture(), OPTIONS));
    expect(homes.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 3,
      worstRating: 1,
      alternateName: 'Conflicting reports',
    });
    expect(fund.reviewRating.alternateName).toBe('Needs follow-up');
    expect(fund.reviewRating.ratingValue).toBe(2);
    expect(RATINGS['not-a-conflict']).toEqual({ ratingValue: 3, alternateName: 'Consistent' });
  });

  test('claimReviewed, appearances with urls when known, the earliest as firstAppearance', () => {
    const [homes] = graphOf(formatClaimReview(buildReportFixture(), OPTIONS));
    expect(homes['@type']).toBe('ClaimReview');
    expect(homes.claimReviewed).toBe(
      'homes damaged in the lower district: Harbor Gazette: “more than 40%”; Valley Courier: “about 25 percent”; River Post: “More than 40 percent”',
    );
    const item = homes.itemReviewed;
    expect(item['@type']).toBe('Claim');
    expect(item.appearance.map((a: Item) => a.url)).toEqual([GAZETTE_URL, undefined, POST_URL]);
    expect(item.appearance[1]).toEqual({
      '@type': 'CreativeWork',
      headline: 'Valley Courier',
      datePublished: '2026-03-13',
      publisher: { '@type': 'Organization', name: 'Valley Courier' },
    });
    // Gazette and Post both 2026-03-12: the first in the group's order wins the tie; the Courier is a day later.
    expect(item.firstAppearance.url).toBe(GAZETTE_URL);
    expect(homes.author).toEqual({ '@type': 'Organization', name: 'Harbor Gazette Fact Desk', url: 'https://harborgazette.example/fact-check' });
    expect(homes.datePublished).toBe('2026-03-14');
  });

  test('firstAppearance prefers a stated time and a stated date', () => {
    const r = buildReportFixture();
    const [gazette, courier, post] = r.sources;
    post.published = { ...post.published!, time: '07:15' };
    gazette.published = { ...gazette.published!, time: '08:00' };
    courier.published = { date: '2026-03-01', inferred: true, origin: 'other-sources' };
    const [homes] = graphOf(formatClaimReview(r, OPTIONS));
    expect(homes.itemReviewed.firstAppearance.url).toBe(POST_URL);
    expect(homes.itemReviewed.firstAppearance.datePublished).toBe('2026-03-12T07:15');
  });

  test('needs an author; output is safe to paste into a <script> element', () => {
    expect(() => formatClaimReview(buildReportFixture(), { color: false })).toThrow(/author/);
    const r = buildReportFixture();
    r.groups[0] = { ...r.groups[0], subject: '</script><script>alert(1)</script>' };
    const json = formatClaimReview(r, OPTIONS);
    expect(json).not.toMatch(/<\/?script/i);
    expect(graphOf(json)[0].claimReviewed.startsWith('</script><script>alert(1)</script>: ')).toBe(true);
    // A javascript: author url is dropped.
    const bad = graphOf(formatClaimReview(buildReportFixture(), { ...OPTIONS, authorUrl: 'javascript:alert(1)' }));
    expect(bad[0].author).toEqual({ '@type': 'Organization', name: 'Harbor Gazette Fact Desk' });
  });
});
