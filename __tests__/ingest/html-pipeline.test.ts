// A saved web page through the whole pipeline (src/pipeline.ts run()):
// claims slice the page's readable text, map back into the HTML file, and
// nothing comes from scripts, styles, menus, captions or related-link lists.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../../src/ingest/decode.js';
import { visibleText } from '../../src/ingest/html.js';
import { htmlFileSpan } from '../../src/ingest/index.js';
import { run } from '../../src/pipeline/run.js';
import type { RunResult } from '../../src/model/run.js';

const DIR = path.join(import.meta.dirname, '../fixtures/input/html');
let result: RunResult;

beforeAll(async () => {
  result = await run({ sourcesDir: DIR, today: '2025-03-10' });
}, 30_000);

const claims = (id: string) => result.claims.filter((c) => c.sourceId === id).map((c) => [c.kind, c.text]);

describe('pipeline on a folder with saved pages and a Markdown source', () => {
  test('sources: two pages and one Markdown file, no warnings', () => {
    expect(result.sources.map((s) => [s.id, s.outlet, s.published?.date, s.published?.origin])).toEqual([
      ['ledger', 'Civic Ledger', '2024-06-12', 'front-matter'],
      ['metro-budget', 'Metro Courier', '2024-06-12', 'html-meta'],
      ['riverside-bridge', 'Riverside Post', '2025-03-03', 'html-meta'],
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  // Exact extraction is the extractors' business; ingestion guarantees what reaches them.
  test('claims from the page: article text only', () => {
    const texts = (id: string) => claims(id).map(([, t]) => t);
    expect(texts('metro-budget')).toEqual(
      expect.arrayContaining(['$4.2\u00a0billion', 'more than 300 residents', '8%', '120 police', 'about $90 million', 'on July 1']),
    );
    expect(claims('metro-budget')).toContainEqual(['quote', '“This budget keeps every library open,” Park said at City Hall. “It is the fairest plan in a decade.”']);
    expect(texts('riverside-bridge')).toEqual(expect.arrayContaining(['14 days', 'about €2.5 million', 'more than 12,000 drivers', '“We will lose half our trade — again,”']));
    // Script, style, menu, caption, "Similar News", share bar and footer values never become claims.
    const junk = /75%|99%|\b12000\b|\$1 a week|15%|\b2,000\b|3 cracks|February 2|40 new|40 ms|3 widgets|2024 Metro/;
    for (const c of result.claims) expect(c.text).not.toMatch(junk);
    for (const c of result.claims) expect(c.sentence.text).not.toMatch(/Similar News|Facebook|Subscribe|Photo:/);
  });

  test('the page and the Markdown source are compared: the budget figures conflict', () => {
    const money = result.groups.find((g) => g.kind === 'money' && g.claims.some((c) => c.text === '$4.1 billion'))!;
    expect(money.verdict).toBe('conflict');
    expect(new Set(money.claims.map((c) => c.sourceId))).toEqual(new Set(['ledger', 'metro-budget']));
  });

  test('every claim slices Source.text, and maps into the HTML file where the page shows the same text', () => {
    for (const c of result.claims) {
      const source = result.sources.find((s) => s.id === c.sourceId)!;
      expect(source.text.slice(c.start, c.end)).toBe(c.text);
      expect(source.text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
      if (!source.path.endsWith('.md')) {
        const html = decodeBytes(readFileSync(source.path), { html: true }).text;
        const f = htmlFileSpan(source, c.start, c.end)!;
        expect(visibleText(html.slice(f.start, f.end))).toBe(c.text);
      }
    }
  });
});
