import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../../src/ingest/decode.js';
import { mapToFile, readHtml, visibleText } from '../../src/ingest/html.js';
import { htmlFileSpan, readSourceFile } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences/split.js';

const DIR = path.join(import.meta.dirname, '../fixtures/input/html');
const METRO = path.join(DIR, 'metro-budget.html');
const RIVERSIDE = path.join(DIR, 'riverside-bridge.htm');
const metroHtml = readFileSync(METRO, 'utf8');

const METRO_TEXT = [
  'Council approves $4.2 billion budget',
  'Dana Whitfield',
  'The city council approved a $4.2\u00a0billion budget on Tuesday, after three days of hearings that drew more than 300 residents.',
  'Mayor Elena Park’s office said the plan raises school spending by 8% and adds 120 police officers.',
  '“This budget keeps every library open,” Park said at City Hall. “It is the fairest plan in a decade.”',
  'Council member Omar Reyes, who voted against it, said the plan leaves a gap of about $90 million in the transit fund & relies on one-time money — a warning echoed by the city’s auditor.',
  'The vote was 9 to 4. The new fiscal year begins on July 1.',
].join('\n\n');

describe('readHtml: a saved news page', () => {
  const a = readHtml(metroHtml);

  test('metadata: og:site_name, article:published_time, canonical url, Readability title and byline', () => {
    expect(a.meta).toEqual({
      title: 'Council approves $4.2 billion budget',
      byline: 'Dana Whitfield',
      outlet: 'Metro Courier',
      url: 'https://courier.example/news/council-budget',
      lang: 'en',
      published: {
        date: '2024-06-12',
        time: '18:05',
        tzOffsetMinutes: -240,
        inferred: false,
        origin: 'html-meta',
        evidence: '<meta article:published_time="2024-06-12T18:05:00-04:00">',
      },
    });
    expect(a.readable).toBe(true);
  });

  test('readable text: title, byline, paragraphs; entities decoded, tags, scripts, menus, related links and footer gone', () => {
    expect(a.text).toBe(METRO_TEXT);
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'byline', 'prose', 'prose', 'prose', 'prose', 'prose']);
    for (const junk of ['dataLayer', '75%', '99%', 'Similar News', 'Subscribe', 'Facebook', 'All rights reserved', 'widgets']) {
      expect(a.text).not.toContain(junk);
    }
  });

  test('every block maps back to the file: the mapped HTML shows exactly the block text', () => {
    for (const b of a.blocks) {
      const f = mapToFile(a.map, b.start, b.end)!;
      expect(f).toBeDefined();
      expect(visibleText(metroHtml.slice(f.start, f.end))).toBe(a.text.slice(b.start, b.end));
    }
  });

  test('map examples: plain words are 1:1, entities and inline tags are covered whole', () => {
    const at = (s: string) => {
      const i = a.text.indexOf(s, a.blocks[2].start);
      const f = mapToFile(a.map, i, i + s.length)!;
      return metroHtml.slice(f.start, f.end);
    };
    expect(at('three days of hearings')).toBe('three days of hearings');
    expect(at('$4.2\u00a0billion')).toBe('$4.2&nbsp;billion');
    expect(at('approved a $4.2')).toBe('approved a <strong>$4.2');
    expect(at('Park’s')).toBe('Park&rsquo;s');
    expect(at('city’s')).toBe('city&#x2019;s');
    expect(at('money — a')).toBe('money &#8212; a');
    expect(at('fund & relies')).toBe('fund &amp; relies');
    // The blank lines between paragraphs came from no single place in the file.
    const gap = a.blocks[2].end;
    expect(mapToFile(a.map, gap, gap + 2)).toBeUndefined();
  });
});

describe('readHtml: other pages', () => {
  test('Windows-1252 page: JSON-LD date and publisher in @graph, og:url, captions and link lists as blocks', () => {
    const d = decodeBytes(readFileSync(RIVERSIDE), { html: true });
    expect([d.encoding, d.detectedBy]).toEqual(['windows-1252', 'html-meta']);
    const a = readHtml(d.text);
    expect(a.meta).toEqual({
      title: 'Old Mill bridge to close for repairs',
      outlet: 'Riverside Post',
      url: 'https://riverside.example/2025/03/old-mill-bridge',
      published: {
        date: '2025-03-03',
        time: '07:30',
        tzOffsetMinutes: 0,
        inferred: false,
        origin: 'html-meta',
        evidence: 'JSON-LD datePublished "2025-03-03T07:30:00+00:00"',
      },
    });
    const blocks = a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end).slice(0, 24)]);
    expect(blocks).toEqual([
      ['title', 'Old Mill bridge to close'],
      ['prose', 'The Old Mill bridge will'],
      ['caption', 'Workers inspected the br'],
      ['prose', 'Repairs will cost about '],
      ['prose', '“We will lose half our t'],
      ['prose', 'Drivers are advised to u'],
      ['heading', 'Similar News'],
      ['prose', 'Ferry fares to rise 15% '],
      ['prose', 'Council hires 40 new ins'],
      ['prose', 'Share this article'],
      ['prose', 'Facebook Twitter WhatsAp'],
    ]);
  });

  const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const DATES: Array<[string, string, string | undefined, string | undefined]> = [
    ['article:published_time', page('<meta property="article:published_time" content="2025-01-05T09:00:00Z">', '<p>x</p>'), '2025-01-05', 'meta'],
    ['JSON-LD datePublished', page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-06"}</script>', '<p>x</p>'), '2025-01-06', 'JSON-LD'],
    ['broken JSON-LD falls through to <time>', page('<script type="application/ld+json">{oops</script>', '<time datetime="2025-01-07T10:00+01:00">Jan 7</time>'), '2025-01-07', 'time'],
    ['<time pubdate> wins over an earlier <time>', page('', '<time datetime="2024-12-01">a</time><time pubdate datetime="2025-01-08">b</time>'), '2025-01-08', 'time'],
    ['a meta date written in words', page('<meta name="date" content="January 9, 2025">', ''), '2025-01-09', 'meta'],
    ['an unreadable date is ignored', page('<meta property="article:published_time" content="yesterday">', ''), undefined, undefined],
  ];
  test.each(DATES)('published date: %s', (_name, html, date, evidence) => {
    const p = readHtml(html).meta.published;
    expect(p?.date).toBe(date);
    if (evidence) expect(p?.evidence).toContain(evidence === 'time' ? '<time' : evidence);
  });

  test('url: relative canonical resolved against og:url; og:url alone; none', () => {
    expect(readHtml(page('<link rel="canonical" href="/a/b"><meta property="og:url" content="https://x.example/c?d=1">', '')).meta.url).toBe('https://x.example/a/b');
    expect(readHtml(page('<meta property="og:url" content="https://x.example/c">', '')).meta.url).toBe('https://x.example/c');
    expect(readHtml(page('', '')).meta.url).toBeUndefined();
  });

  test('a page Readability finds no article in: the visible text of a fresh copy of the page, readable = false', () => {
    const a = readHtml('<p>' + '<b>'.repeat(3000) + 'Deep text: 5 units.</p><script>var x = "99%"</script>');
    expect(a.readable).toBe(false);
    expect(a.text).toBe('Deep text: 5 units.');
  });

  test('fragments without <html>/<body> still give their text and metadata', () => {
    expect(readHtml('<meta property="og:site_name" content="X"><p>Hello 5 units.</p>')).toMatchObject({ text: 'Hello 5 units.', meta: { outlet: 'X' } });
    expect(readHtml('plain text, no tags: 5 units.').text).toBe('plain text, no tags: 5 units.');
    expect(readHtml('<html><p>x 5</p></html>').text).toBe('x 5');
  });

  test('entities: numeric, hex, astral, legacy without semicolon, unknown names kept as written', () => {
    const a = readHtml(page('', '<p>A &#8220;b&#x201D; &#x1F600; AT&amp;T &copy 2025 &zzz; &notin; x&lt;y</p>'));
    // &notin; is ∉, but "&notanentity;" would be ¬ + "anentity;" (HTML's legacy rule, as a browser reads it).
    expect(a.text).toBe('A “b” 😀 AT&T © 2025 &zzz; ∉ x<y');
    const i = a.text.indexOf('😀');
    const html = page('', '<p>A &#8220;b&#x201D; &#x1F600; AT&amp;T &copy 2025 &zzz; &notin; x&lt;y</p>');
    const f = mapToFile(a.map, i, i + 2)!;
    expect(html.slice(f.start, f.end)).toBe('&#x1F600;');
  });

  test('empty, script-only and garbage pages do not throw', () => {
    for (const html of ['', '<', '<<<>>>', '<script>alert(1)', '<!-- only a comment', '&&&;;;', '<p>' + '<b>'.repeat(5000) + 'deep</p>']) {
      expect(() => readHtml(html)).not.toThrow();
    }
    expect(readHtml('<script>alert(1)</script>').text).toBe('');
  });
});

describe('reading an HTML file as a source', () => {
  test('Source: readable text, metadata, byline excluded as metadata; offsets index the readable text', async () => {
    const { source, diagnostics } = await readSourceFile(METRO);
    expect(diagnostics).toEqual([]);
    expect(source!.text).toBe(METRO_TEXT);
    expect(source!.path).toBe(METRO);
    expect([source!.id, source!.outlet, source!.title, source!.url, source!.published?.origin]).toEqual([
      'metro-budget',
      'Metro Courier',
      'Council approves $4.2 billion budget',
      'https://courier.example/news/council-budget',
      'html-meta',
    ]);
    expect(source!.titleSpan).toEqual({ start: 0, end: 36 });
    expect(source!.excluded).toEqual([{ start: 38, end: 52, reason: 'metadata' }]);
    const sentences = splitSentences(source!);
    expect(sentences[0]).toMatchObject({ isTitle: true, text: 'Council approves $4.2 billion budget' });
    expect(sentences.map((s) => s.text)).not.toContain('Dana Whitfield');
    for (const s of sentences) {
      expect(source!.text.slice(s.start, s.end)).toBe(s.text);
      const f = htmlFileSpan(source!, s.start, s.end)!;
      expect(visibleText(metroHtml.slice(f.start, f.end))).toBe(s.text);
    }
  });

  test('captions and "Similar News" link lists of a page are excluded', async () => {
    const { source, diagnostics } = await readSourceFile(RIVERSIDE);
    expect(diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['info', 'ingest/encoding']]);
    const excluded = source!.excluded.map((r) => [r.reason, source!.text.slice(r.start, r.end).slice(0, 20)]);
    expect(excluded).toEqual([
      ['caption', 'Workers inspected th'],
      ['boilerplate', 'Similar News\n\nFerry '],
    ]);
    const last = source!.excluded[1];
    expect(source!.text.slice(last.end).trim()).toBe('');
  });

  test('for a plain-text source htmlFileSpan is the identity', async () => {
    const { source } = await readSourceFile(path.join(DIR, 'ledger.md'));
    expect(htmlFileSpan(source!, 5, 9)).toEqual({ start: 5, end: 9 });
  });
});
