// The HTML report: golden file, hostile source text, and no network.
// Regenerate the golden after an intended change (then read the diff):
//   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report
import { describe, expect, test } from '@jest/globals';
import { escapeHtml, formatHtml } from '../../src/report/html.js';
import type { RunResult } from '../../src/model/run.js';
import { makeClaim, makeSource, percent } from '../helpers/fixture-result.js';
import { buildReportFixture, GAZETTE_URL, POST_URL } from '../helpers/report-fixture.js';
import { expectGolden } from './golden.js';

const OPTIONS = { color: false };

const TAGS = new Set(
  'html head meta title style body div header h1 h2 h3 span ul ol li main section article p strong b code a time mark table thead tbody tr th td footer br nav'.split(' '),
);
const ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'id', 'href', 'rel', 'datetime', 'scope', 'data-label', 'aria-label']);

/** Every real tag in the page (escaped text has no "<"): name and attribute names. */
function tags(html: string): { name: string; attrs: string[] }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: [...m[2].matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g)].map((a) => a[1].toLowerCase()),
  }));
}

/** The fixture plus a fourth source written by an attacker, stating the percent fact. */
function hostile(): RunResult {
  const r = buildReportFixture();
  const outlet = '<script>alert("outlet")</script>';
  const text =
    `---\noutlet: ${outlet}\ndate: 2026-03-12\n---\nBreaking\n\n` +
    `Officials said <script>alert(1)</script> that more than 40% of homes were hit \u202eby <img src=x onerror=alert(2)> "floods" & worse.\n`;
  const src = makeSource('evil', text, { outlet, date: '2026-03-12' });
  src.url = 'javascript:alert(3)';
  src.title = '<iframe src="https://evil.example/frame"></iframe>';
  const claim = makeClaim(src, 'Officials said', 'more than 40%', 'percent', percent(40, 'more-than'));
  r.sources.push(src);
  r.claims.push(claim);
  r.groups[0] = { ...r.groups[0], subject: 'homes <b onmouseover=alert(4)>damaged</b>', claims: [...r.groups[0].claims, claim], sourceCount: 4 };
  r.review[r.groups[0].id] = { ...r.review[r.groups[0].id], note: '</p><script src="https://evil.example/x.js"></script>' };
  return r;
}

describe('html report', () => {
  test('matches the golden file', () => {
    expectGolden('report.html', formatHtml(buildReportFixture(), OPTIONS));
  });

  test('escapeHtml escapes markup and strips control, bidi and zero-width characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('a\u202eb\u200bc\x1b[31md\x07')).toBe('abcd');
  });

  test('source text is escaped: no <script>, no injected element or attribute', () => {
    const html = formatHtml(hostile(), OPTIONS);
    expect(html).not.toMatch(/<script/i);
    for (const t of tags(html)) {
      expect(TAGS).toContain(t.name);
      for (const a of t.attrs) expect(ATTRIBUTES).toContain(a);
    }
    expect(html).toContain('Officials said &lt;script&gt;alert(1)&lt;/script&gt; that <mark>more than 40%</mark> of homes were hit by &lt;img src=x onerror=alert(2)&gt; &quot;floods&quot; &amp; worse.');
    expect(html).toContain('&lt;script&gt;alert(&quot;outlet&quot;)&lt;/script&gt;');
    expect(html).not.toContain('\u202e');
    // A javascript: url is never a link.
    expect(html).not.toContain('javascript:');
  });

  test('no network: inline CSS only, no script, and the only http(s) urls are source links', () => {
    for (const html of [formatHtml(buildReportFixture(), OPTIONS), formatHtml(hostile(), OPTIONS)]) {
      const found = tags(html);
      expect(found.map((t) => t.name)).not.toEqual(expect.arrayContaining(['script']));
      for (const t of found) expect(TAGS).toContain(t.name); // no link, img, iframe, object, embed, form
      for (const t of found) expect(t.attrs).not.toContain('src');
      const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
      expect(css).not.toMatch(/@import|url\(|@font-face/i);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
      const urls = [...html.matchAll(/https?:\/\/[^\s"'<>]*/gi)];
      expect(urls.length).toBeGreaterThan(0);
      for (const m of urls) {
        const before = html.slice(0, m.index);
        const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
        if (!inTag) continue; // text an editor reads (a source's title), not a request
        // Inside a tag: only as the target of <a href="…">, and only a source's own url.
        expect(html.slice(m.index! - 9, m.index)).toBe('<a href="');
        expect([GAZETTE_URL.replace(/&/g, '&amp;'), POST_URL.replace(/&/g, '&amp;')]).toContain(m[0]);
      }
    }
  });

  test('conflicts come first; each statement shows its sentence with the value marked', () => {
    const html = formatHtml(buildReportFixture(), OPTIONS);
    const conflicts = html.indexOf('<section id="conflicts">');
    expect(conflicts).toBeGreaterThan(0);
    expect(conflicts).toBeLessThan(html.indexOf('<section id="scope">'));
    expect(html.indexOf('<section id="scope">')).toBeLessThan(html.indexOf('<section id="summary">'));
    expect(html).toContain(
      '<p class="said">Floodwaters reached <mark>about 25 percent</mark> of homes in the lower district, according to a county survey.</p>',
    );
    expect(html).toContain('<span class="badge e-confirmed-conflict">Editor: Confirmed conflict</span>');
    expect(html).toContain('<span class="badge e-none">No editor verdict yet</span>');
    expect(html).toContain('@media print');
    expect(html).toContain('max-width:52rem');
  });
});
