// The Markdown memo: golden file plus what an editor relies on.
// Regenerate the golden after an intended change (then read the diff):
//   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report
import { describe, expect, test } from '@jest/globals';
import { escapeMarkdown, formatMarkdown } from '../../src/report/markdown.js';
import { buildReportFixture, GAZETTE_URL } from '../helpers/report-fixture.js';
import { expectGolden } from './golden.js';

const OPTIONS = { color: false };

describe('markdown report', () => {
  test('matches the golden file', () => {
    expectGolden('report.md', formatMarkdown(buildReportFixture(), OPTIONS));
  });

  test('summary table: one column per outlet, "—" where an outlet does not state the fact', () => {
    const md = formatMarkdown(buildReportFixture(), OPTIONS);
    const lines = md.split('\n');
    expect(lines).toContain('| Fact | Verdict | Editor | Harbor Gazette | Valley Courier | River Post |');
    const fund = lines.find((l) => l.startsWith('| size of the flood relief fund |'));
    // The Post does not state the fund's size.
    expect(fund).toBe('| size of the flood relief fund | **Scope differs** | Needs follow-up | $2,000,000 (exact) | $5,000,000 (exact) | — |');
    // Conflicts first, as the engine would sort.
    const rows = lines.filter((l) => /^\| (homes|Ortiz|size|when)/.test(l)).map((l) => l.split(' | ')[1]);
    expect(rows).toEqual(['**Conflict**', '**Conflict**', '**Scope differs**', 'Compatible']);
  });

  test('statements link to the source url, show the date, bold the value in its sentence', () => {
    const md = formatMarkdown(buildReportFixture(), OPTIONS);
    expect(md).toContain(`- [Harbor Gazette](${GAZETTE_URL}), Thu 2026-03-12: “more than 40%”, read as above 40 % (lower bound)`);
    expect(md).toContain('  > RIVERTON — The city council voted on Thursday to approve a relief fund after floods damaged **more than 40%** of homes in the lower district.');
    // No url known: the outlet in bold, not a link.
    expect(md).toContain('- **Valley Courier**, Fri 2026-03-13: “about 25 percent”');
    expect(md).toContain('**Why:** above 40 % (lower bound) and about 25 % (22.5–27.5 %) cannot both be true. (rule `number/disjoint`)');
    expect(md).toContain('**Editor:** Confirmed conflict: County survey counts homes the water reached;');
    expect(md).toContain("**Editor:** No verdict yet: Asked the mayor's office for the recording.");
  });

  test('source text cannot inject Markdown: links, HTML, table cells, headings', () => {
    expect(escapeMarkdown('[click](javascript:alert(1)) <img src=x> a|b *x* _y_ `z`')).toBe(
      '\\[click\\](javascript:alert(1)) \\<img src=x\\> a\\|b \\*x\\* \\_y\\_ \\`z\\`',
    );
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('line\none\u202e\u200b')).toBe('line one');
    const r = buildReportFixture();
    r.groups[0].subject = 'homes | damaged <b>now</b>';
    r.sources[0].url = 'javascript:alert(1)';
    const md = formatMarkdown(r, OPTIONS);
    expect(md).toContain('| homes \\| damaged \\<b\\>now\\</b\\> | **Conflict** |');
    expect(md).not.toContain('javascript:');
  });
});
