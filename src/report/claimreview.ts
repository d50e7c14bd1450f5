// schema.org ClaimReview as JSON-LD: one ClaimReview per fact the editor has
// given a verdict (claims/ catalogue → result.review[group.id].editorVerdict).
// Facts without one are not exported: the machine's verdict alone is not a
// published review. `claimReviewSkipped` counts them so the CLI can say so.
//
// Rating scale. The rating says how the sources stand with each other on
// the fact, as the editor judged it, not whether the fact is true:
//
//   ratingValue  alternateName          editor verdict
//   1 (worst)    Conflicting reports    confirmed-conflict
//   2            Needs follow-up        needs-follow-up
//   3 (best)     Consistent             not-a-conflict
//
// worstRating 1, bestRating 3. Readers (and search engines) should show
// alternateName; the number exists because Rating requires one.
//
// The editor's note is internal and is not exported.
import type { EditorVerdict } from '../model/catalogue.js';
import type { Claim } from '../model/claim.js';
import type { JudgedGroup } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';
import type { Source } from '../model/source.js';
import { clean, quotedText, safeUrl } from './common.js';
import { sortGroups } from '../present/order.js';
import { outletOf, sourceLabel } from '../present/sources.js';
import type { FormatOptions } from './options.js';

export const RATING_WORST = 1;
export const RATING_BEST = 3;

export const RATINGS: Record<EditorVerdict, { ratingValue: number; alternateName: string }> = {
  'confirmed-conflict': { ratingValue: 1, alternateName: 'Conflicting reports' },
  'needs-follow-up': { ratingValue: 2, alternateName: 'Needs follow-up' },
  'not-a-conflict': { ratingValue: 3, alternateName: 'Consistent' },
};

/** Facts left out of the export because no editor has given them a verdict. */
export function claimReviewSkipped(result: RunResult): number {
  return result.groups.filter((g) => !result.review[g.id]?.editorVerdict).length;
}

interface CreativeWork {
  '@type': 'CreativeWork';
  headline: string;
  url?: string;
  datePublished?: string;
  publisher?: { '@type': 'Organization'; name: string };
}

function appearanceOf(s: Source | undefined, sourceId: string): CreativeWork {
  // The headline: the article's title, else who published it, else its file name (never an internal id).
  const work: CreativeWork = { '@type': 'CreativeWork', headline: clean(s?.title) || sourceLabel(s, sourceId) };
  const url = safeUrl(s?.url);
  if (url) work.url = url;
  if (s?.published) work.datePublished = s.published.time ? `${s.published.date}T${s.published.time}` : s.published.date;
  const outlet = outletOf(s);
  if (outlet) work.publisher = { '@type': 'Organization', name: clean(outlet) };
  return work;
}

/** Sort key for "earliest published": date, then time (an untimed date sorts after timed ones that day). */
function publishedKey(s: Source | undefined): string | undefined {
  return s?.published ? `${s.published.date}T${s.published.time ?? '99:99'}` : undefined;
}

/**
 * The earliest-published source among those stating the fact. Dates the
 * source states itself win over dates inferred from other sources; undated
 * sources never count. Ties keep the group's order.
 */
function firstSource(sources: (Source | undefined)[]): Source | undefined {
  const dated = sources.filter((s): s is Source => !!s?.published);
  const stated = dated.filter((s) => !s.published!.inferred);
  const pool = stated.length ? stated : dated;
  let best: Source | undefined;
  for (const s of pool) if (!best || publishedKey(s)! < publishedKey(best)!) best = s;
  return best;
}

function claimReviewed(g: JudgedGroup, byId: Map<string, Source>): string {
  const statements = g.claims.map((c: Claim) => `${sourceLabel(byId.get(c.sourceId), c.sourceId)}: ${quotedText(c)}`);
  return `${clean(g.subject)}: ${statements.join('; ')}`;
}

/**
 * JSON for a page: `<`, `>`, `&`, U+2028 and U+2029 written as \u escapes so
 * the output can be pasted into <script type="application/ld+json"> without
 * a source's "</script>" ending the element. Still the same JSON.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatClaimReview(result: RunResult, options: FormatOptions): string {
  const name = clean(options.author);
  if (!name) throw new Error('ClaimReview needs an author (--author NAME or author.name in the config file)');
  const author: { '@type': 'Organization'; name: string; url?: string } = { '@type': 'Organization', name };
  const authorUrl = safeUrl(options.authorUrl);
  if (authorUrl) author.url = authorUrl;
  const byId = new Map(result.sources.map((s) => [s.id, s]));

  const graph = [];
  for (const g of sortGroups(result.groups)) {
    const verdict = result.review[g.id]?.editorVerdict;
    if (!verdict) continue;
    const sourceIds = [...new Set(g.claims.map((c) => c.sourceId))];
    const first = firstSource(sourceIds.map((id) => byId.get(id)));
    const itemReviewed: Record<string, unknown> = {
      '@type': 'Claim',
      appearance: sourceIds.map((id) => appearanceOf(byId.get(id), id)),
    };
    if (first) itemReviewed.firstAppearance = appearanceOf(first, first.id);
    const review: Record<string, unknown> = {
      '@type': 'ClaimReview',
      identifier: clean(g.id),
      claimReviewed: claimReviewed(g, byId),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATINGS[verdict].ratingValue,
        bestRating: RATING_BEST,
        worstRating: RATING_WORST,
        alternateName: RATINGS[verdict].alternateName,
      },
      itemReviewed,
      author,
    };
    if (options.datePublished) review.datePublished = options.datePublished;
    graph.push(review);
  }
  return `${scriptSafeJson({ '@context': 'https://schema.org', '@graph': graph })}\n`;
}
