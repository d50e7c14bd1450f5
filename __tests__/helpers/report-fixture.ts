/**
 * The RunResult the report tests render: the shared hand-built story of
 * fixture-result.ts (three outlets on a council's flood relief fund), made
 * publishable: titles and urls (the Courier has none: "url when known"), a
 * scope difference on the fund's size (a sentence appended to two articles,
 * so every earlier offset still slices), the editor's review from the story's
 * catalogue, and one input warning.
 *
 *   percent-homes-damaged-lower-district  conflict       editor: confirmed-conflict + note
 *   quote-ortiz-fund                      conflict       no editor verdict (a note only)
 *   money-relief-fund-size                scope-differs  editor: needs-follow-up + note
 *   date-repairs-begin                    compatible     no editor verdict
 */
import type { Catalogue } from '../../src/model/catalogue.js';
import type { JudgedGroup } from '../../src/model/judgement.js';
import type { RunResult } from '../../src/model/run.js';
import type { NumberValue } from '../../src/model/value.js';
import { buildFixture, makeClaim } from './fixture-result.js';

export const GAZETTE_URL = 'https://harborgazette.example/2026/03/12/riverton-flood-relief-fund';
export const POST_URL = 'https://riverpost.example/news/relief-fund-passes?ref=rss&utm=1';

/** Appended to the Gazette and the Courier: the fund's size, stated for different periods. */
export const GAZETTE_FUND = '\nThe fund holds $2 million for this year.\n';
export const COURIER_FUND = '\nThe county has pledged $5 million to the fund over three years.\n';

function usd(stated: number, reading: string): NumberValue {
  return {
    type: 'number',
    unit: 'USD',
    stated,
    qualifier: 'exact',
    low: stated,
    high: stated,
    lowInclusive: true,
    highInclusive: true,
    reading,
  };
}

export function buildReportFixture(): RunResult {
  const f = buildFixture();
  const { gazette, courier, post } = f.sources;
  gazette.title = 'Riverton council approves flood relief fund';
  gazette.titleSpan = { start: gazette.text.indexOf('Riverton council'), end: gazette.text.indexOf('Riverton council') + gazette.title.length };
  gazette.url = GAZETTE_URL;
  post.title = 'Relief fund passes';
  post.url = POST_URL;
  gazette.text += GAZETTE_FUND;
  courier.text += COURIER_FUND;

  const gazetteFund = makeClaim(gazette, 'The fund holds', '$2 million', 'money', usd(2e6, '$2,000,000 (exact)'), 3);
  const courierFund = makeClaim(courier, 'The county has pledged', '$5 million', 'money', usd(5e6, '$5,000,000 (exact)'), 4);
  gazetteFund.context.times = [{ text: 'for this year', first: '2026-01-01', last: '2026-12-31' }];
  courierFund.context.times = [{ text: 'over three years' }];
  courierFund.context.actor = 'county';
  const fundGroup: JudgedGroup = {
    id: 'money-relief-fund-size',
    subject: 'size of the flood relief fund',
    kind: 'money',
    claims: [gazetteFund, courierFund],
    sourceCount: 2,
    origin: 'auto',
    verdict: 'scope-differs',
    ruleId: 'number/different-period',
    explanation: '$2,000,000 is for this year; $5,000,000 is over three years and pledged by the county.',
    pairs: [
      {
        a: gazetteFund.id,
        b: courierFund.id,
        verdict: 'scope-differs',
        ruleId: 'number/different-period',
        explanation: '$2,000,000 is for this year; $5,000,000 is over three years and pledged by the county.',
      },
    ],
  };

  const [percentGroup, dateGroup, quoteGroup] = f.result.groups;
  const review: RunResult['review'] = {
    [percentGroup.id]: {
      entryId: 'homes-share',
      editorVerdict: 'confirmed-conflict',
      note: 'County survey counts homes the water reached; Gazette and Post count damaged homes. Ask the county press office.',
      stale: false,
    },
    [quoteGroup.id]: { entryId: 'ortiz-quote', note: "Asked the mayor's office for the recording.", stale: false },
    [fundGroup.id]: {
      entryId: 'fund-size',
      editorVerdict: 'needs-follow-up',
      note: 'Does the $5 million include the council’s $2 million?',
      stale: false,
    },
  };
  const catalogue: Catalogue = {
    path: 'claims/catalogue.yaml',
    story: 'Riverton flood relief fund',
    entries: [
      {
        id: 'homes-share',
        subject: percentGroup.subject,
        kind: 'percent',
        editorVerdict: 'confirmed-conflict',
        note: review[percentGroup.id].note,
        statements: percentGroup.claims.map((c) => ({ source: c.sourceId, text: c.text })),
      },
      {
        id: 'ortiz-quote',
        subject: quoteGroup.subject,
        kind: 'quote',
        note: review[quoteGroup.id].note,
        statements: quoteGroup.claims.map((c) => ({ source: c.sourceId, text: c.text })),
      },
      {
        id: 'fund-size',
        subject: fundGroup.subject,
        kind: 'money',
        editorVerdict: 'needs-follow-up',
        note: review[fundGroup.id].note,
        statements: fundGroup.claims.map((c) => ({ source: c.sourceId, text: c.text })),
      },
    ],
  };

  const claims = [...f.result.claims, gazetteFund, courierFund].sort((a, b) =>
    a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1,
  );
  return {
    ...f.result,
    claims,
    // The engine's order: worst first.
    groups: [percentGroup, quoteGroup, fundGroup, dateGroup],
    review,
    catalogue,
    diagnostics: [
      {
        severity: 'warning',
        file: courier.path,
        line: 1,
        column: 1,
        message: 'publication date read from the first line of the text; add "date:" front matter to be sure.',
        ruleId: 'ingest/date-from-text',
      },
    ],
  };
}
