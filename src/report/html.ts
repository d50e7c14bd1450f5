// The HTML report: one self-contained file an editor can open on a laptop or
// a phone, mail around or print. The same content as the Markdown memo, but
// ordered for deadline reading: the conflicts come first, each statement in
// its sentence with the value highlighted, then scope differences, then the
// summary table of every fact, then the sources.
//
// Safety: the page makes no request of its own. The CSS is inline, there is
// no script, no font, no image; a Content-Security-Policy meta tag
// (default-src 'none') backs that up. Source text is hostile: it is
// sanitized (control, bidi and zero-width characters out) and HTML-escaped;
// the only links are the sources' own http(s) urls, opened without referrer.
import type { EditorVerdict } from '../model/catalogue.js';
import type { Claim } from '../model/claim.js';
import type { JudgedGroup } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';
import type { Source } from '../model/source.js';
import { sanitizeForTerminal } from '../text/sanitize.js';
import {
  clean,
  counts,
  outletColumns,
  plural,
  reportTitle,
  safeUrl,
  valueShown,
  valuesBySource,
} from './common.js';
import { EDITOR_LABEL, KIND_LABEL, VERDICT_LABEL } from '../present/labels.js';
import { sortGroups } from '../present/order.js';
import { sentenceParts } from '../present/sentence.js';
import { publishedLabel, sourceLabel } from '../present/sources.js';
import type { FormatOptions } from './options.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a quoted attribute: sanitized, then & < > " ' escaped. */
export function escapeHtml(s: string | undefined | null): string {
  return sanitizeForTerminal(s ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Sanitized, folded onto one line, escaped. */
function h(s: string | undefined | null): string {
  return escapeHtml(clean(s));
}

/** Same, without trimming (for text that touches a highlighted value). */
function hInline(s: string): string {
  return escapeHtml(s.replace(/\s+/g, ' '));
}

/** A fragment id from an engine id: letters, digits, - and _ only. */
function anchor(id: string): string {
  return `fact-${clean(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const CSS = `
:root{--ink:#1d2433;--muted:#555e6e;--line:#d5d9e0;--paper:#fff;--tint:#f5f6f8;
--red:#a4161a;--red-bg:#fdecec;--amber:#8a4b00;--amber-bg:#fff4d6;--green:#0b6b3a;--green-bg:#e6f4ec;--mark:#ffe066}
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--tint);color:var(--ink);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:52rem;margin:0 auto;padding:1rem 1rem 3rem;background:var(--paper);min-height:100vh}
h1{font-size:1.45rem;line-height:1.25;margin:.25rem 0 .5rem}
h1 .sub{display:block;font-size:.95rem;font-weight:400;color:var(--muted)}
h2{font-size:1.15rem;margin:2rem 0 .25rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}
h2 .count{color:var(--muted);font-weight:400}
.lede{margin:0 0 .75rem;color:var(--muted);font-size:.95rem}
.tally{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 0;padding:0;list-style:none}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:999px;font-size:.8rem;font-weight:600;line-height:1.5;white-space:nowrap;border:1px solid transparent;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.b-conflict{background:var(--red);color:#fff}
.b-scope-differs{background:var(--amber-bg);color:var(--amber);border-color:var(--amber)}
.b-compatible,.b-agree{background:var(--green-bg);color:var(--green);border-color:var(--green)}
.e-confirmed-conflict{background:var(--red-bg);color:var(--red);border-color:var(--red)}
.e-needs-follow-up{background:var(--amber-bg);color:var(--amber);border-color:var(--amber)}
.e-not-a-conflict{background:var(--green-bg);color:var(--green);border-color:var(--green)}
.e-none{background:#fff;color:var(--red);border:1px dashed var(--red)}
.b-stale{background:#fff;color:var(--muted);border-color:var(--muted)}
.fact{margin:1rem 0;padding:.75rem .9rem;border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;break-inside:avoid}
.fact.v-conflict{border-left-color:var(--red)}
.fact.v-scope-differs{border-left-color:var(--amber)}
.fact h3{font-size:1.1rem;line-height:1.3;margin:0 0 .35rem}
.fact h3 .num{color:var(--muted);font-weight:400}
.badges{display:flex;flex-wrap:wrap;gap:.35rem;margin:0 0 .5rem}
.statements{list-style:none;margin:0;padding:0}
.statements li{padding:.5rem 0;border-top:1px solid var(--line)}
.who{margin:0;font-weight:700}
.who .date{font-weight:400;color:var(--muted);font-size:.9rem;margin-left:.35rem}
.said{margin:.2rem 0 .1rem;padding:0 0 0 .75rem;border-left:3px solid var(--line);font-family:Georgia,"Times New Roman",serif;font-size:1.02rem;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:0 .15em;border-radius:2px;font-weight:700;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.reading{margin:0;color:var(--muted);font-size:.9rem}
.reading b{color:var(--ink)}
.why,.editor{margin:.5rem 0 0}
.rule{color:var(--muted);font-size:.8rem;white-space:nowrap}
.editor{padding:.45rem .6rem;background:var(--tint);border-radius:4px}
.meta{margin:.5rem 0 0;color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
a{color:#0b4f9c}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--tint);font-weight:600}
td.none{color:var(--muted)}
.wide{width:min(96vw,80rem);position:relative;left:50%;transform:translateX(-50%);background:var(--paper);padding:0 .5rem}
.facts td{min-width:7rem}
.facts td:first-child{min-width:10rem}
.facts .ed{display:block;margin-top:.2rem;font-size:.8rem;color:var(--muted)}
.facts .ed.open{color:var(--red)}
.glance{margin:.75rem 0 0;padding:.5rem .75rem .5rem 0;background:var(--tint);border-radius:6px;font-size:.9rem}
.glance ol{margin:0;padding-left:2.2rem}
.glance li{margin:.15rem 0 .35rem;line-height:1.35}
.glance a{font-weight:600}
.glance .ed{font-size:.8rem;color:var(--muted);margin-left:.25rem}
.glance .ed.open{color:var(--red)}
.glance .badge{font-size:.7rem;padding:0 .4rem}
.glance .vals{color:var(--muted);overflow-wrap:anywhere}
.glance .vals b{color:var(--ink);font-weight:600}
.problems li{margin:.25rem 0}
.sources{padding-left:1.1rem}
.sources li{margin:.35rem 0}
.sources code{color:var(--muted)}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem}
@media (max-width:40rem){
html{font-size:106.25%}
body{background:var(--paper)}
.page{padding:.75rem .85rem 2rem}
h1{font-size:1.3rem}
.fact{padding:.6rem .7rem;margin:.75rem -.25rem}
.wide{width:auto;left:0;transform:none;padding:0}
.facts thead{display:none}
.facts tr{display:block;padding:.5rem 0;border-bottom:1px solid var(--line)}
.facts td{display:block;min-width:0;padding:.1rem 0;border:0}
.facts td:first-child{min-width:0;font-weight:700}
.facts td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-weight:600}
.facts .ed{display:inline;margin-left:.4rem}
}
@media print{
html{font-size:10.5pt}
body{background:#fff}
.page{max-width:none;padding:0}
h2{break-after:avoid}
.fact{border-color:#999}
a{color:inherit;text-decoration:none}
.sources a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;font-weight:400;color:var(--muted);overflow-wrap:anywhere}
.table-wrap{overflow:visible}
.wide{width:auto;left:0;transform:none;padding:0}
tr{break-inside:avoid}
}
`;

function editorBadge(v: EditorVerdict | undefined): string {
  return v
    ? `<span class="badge e-${v}">Editor: ${escapeHtml(EDITOR_LABEL[v])}</span>`
    : '<span class="badge e-none">No editor verdict yet</span>';
}

function verdictBadge(g: JudgedGroup): string {
  return `<span class="badge b-${g.verdict}">${escapeHtml(VERDICT_LABEL[g.verdict])}</span>`;
}

function outletHtml(s: Source | undefined, fallback: string): string {
  const label = escapeHtml(sourceLabel(s, fallback));
  const url = safeUrl(s?.url);
  return url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${label}</a>` : label;
}

function statementHtml(c: Claim, byId: Map<string, Source>): string {
  const src = byId.get(c.sourceId);
  const { before, value, after } = sentenceParts(c);
  const date = src?.published
    ? `<time class="date" datetime="${escapeHtml(src.published.date)}">${h(publishedLabel(src.published))}</time>`
    : '<span class="date">undated</span>';
  const reading = c.value.type === 'quote' ? '' : `\n<p class="reading">Read as <b>${h(valueShown(c))}</b></p>`;
  return (
    `<li>\n<p class="who">${outletHtml(src, c.sourceId)} ${date}</p>\n` +
    `<p class="said">${hInline(before)}<mark>${h(value)}</mark>${hInline(after)}</p>${reading}\n</li>`
  );
}

function factHtml(g: JudgedGroup, n: number, result: RunResult, byId: Map<string, Source>): string {
  const review = result.review[g.id];
  const stale = review?.stale ? ' <span class="badge b-stale">Statements changed since the verdict</span>' : '';
  const note = review?.note ? ` ${h(review.note)}` : '';
  const editor = review?.editorVerdict
    ? `<strong>Editor: ${escapeHtml(EDITOR_LABEL[review.editorVerdict])}.</strong>${note}`
    : `<strong>No editor verdict yet.</strong>${note}`;
  return [
    `<article class="fact v-${g.verdict}" id="${anchor(g.id)}">`,
    `<h3><span class="num">${n}.</span> ${h(g.subject)}</h3>`,
    `<p class="badges">${verdictBadge(g)} ${editorBadge(review?.editorVerdict)}${stale}</p>`,
    '<ul class="statements">',
    ...g.claims.map((c) => statementHtml(c, byId)),
    '</ul>',
    `<p class="why"><strong>Why:</strong> ${h(g.explanation)} <span class="rule">(rule <code>${h(g.ruleId)}</code>)</span></p>`,
    `<p class="editor">${editor}</p>`,
    `<p class="meta">${escapeHtml(KIND_LABEL[g.kind] ?? clean(g.kind))} · ${plural(g.sourceCount, 'source')} · <code>${h(g.id)}</code></p>`,
    '</article>',
  ].join('\n');
}

/**
 * One line per conflict and scope difference, numbered like the cards below:
 * with many findings the first screen still shows every one of them.
 */
function glanceHtml(findings: JudgedGroup[], result: RunResult): string {
  if (!findings.length) return '';
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  const items = findings.map((g) => {
    const review = result.review[g.id];
    const editor = review?.editorVerdict
      ? `<span class="ed">${escapeHtml(EDITOR_LABEL[review.editorVerdict])}</span>`
      : '<span class="ed open">no editor verdict</span>';
    const values = [...valuesBySource(g, 48)]
      .map(([id, v]) => `${h(sourceLabel(byId.get(id), id))}: <b>${h(v)}</b>`)
      .join(' · ');
    const kind = g.verdict === 'conflict' ? '' : ' <span class="badge b-scope-differs">Scope differs</span>';
    return `<li><a href="#${anchor(g.id)}">${h(g.subject)}</a>${kind} ${editor}<br><span class="vals">${values}</span></li>`;
  });
  return `<nav class="glance" aria-label="Findings at a glance">\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

function factsTable(result: RunResult, groups: JudgedGroup[]): string {
  const cols = outletColumns(result.sources);
  const head = `<tr><th scope="col">Fact</th><th scope="col">Verdict</th>${cols
    .map((c) => `<th scope="col">${h(c.label)}</th>`)
    .join('')}</tr>`;
  const rows = groups.map((g) => {
    const review = result.review[g.id];
    const values = valuesBySource(g);
    const fact =
      g.verdict === 'conflict' || g.verdict === 'scope-differs' ? `<a href="#${anchor(g.id)}">${h(g.subject)}</a>` : h(g.subject);
    const cells = cols.map((c) => {
      const v = values.get(c.source.id);
      // data-label: the outlet's name, shown before the value when a phone stacks the row.
      return v ? `<td data-label="${h(c.label)}">${h(v)}</td>` : `<td class="none" data-label="${h(c.label)}">—</td>`;
    });
    // The editor's word under the machine's verdict; "no editor verdict" only where it matters (the gate's levels).
    const needsEditor = g.verdict === 'conflict' || g.verdict === 'scope-differs';
    const editor = review?.editorVerdict
      ? `<span class="ed">Editor: ${escapeHtml(EDITOR_LABEL[review.editorVerdict])}</span>`
      : needsEditor
        ? '<span class="ed open">No editor verdict yet</span>'
        : '';
    return `<tr><td>${fact}</td><td>${verdictBadge(g)}${editor}</td>${cells.join('')}</tr>`;
  });
  return `<div class="table-wrap wide"><table class="facts">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
}

export function formatHtml(result: RunResult, _options: FormatOptions): string {
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  const groups = sortGroups(result.groups);
  const conflicts = groups.filter((g) => g.verdict === 'conflict');
  const scope = groups.filter((g) => g.verdict === 'scope-differs');
  const k = counts(result);
  const title = reportTitle(result);
  const story = clean(result.catalogue?.story);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="claimcheck">',
    `<title>${h(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header>',
    story
      ? `<h1>${h(story)}<span class="sub">Claim check of ${plural(result.sources.length, 'source')}: ${plural(result.groups.length, 'fact')} stated by two or more</span></h1>`
      : `<h1>${h(title)}<span class="sub">${plural(result.groups.length, 'fact')} stated by two or more sources</span></h1>`,
    '<ul class="tally">',
    `<li><span class="badge b-conflict">${plural(k.conflict, 'conflict')}</span></li>`,
    k.openConflicts ? `<li><span class="badge e-none">${k.openConflicts} without an editor verdict</span></li>` : '',
    `<li><span class="badge b-scope-differs">${plural(k.scope, 'scope difference')}</span></li>`,
    `<li><span class="badge b-compatible">${k.compatible} compatible</span></li>`,
    `<li><span class="badge b-agree">${k.agree} agree</span></li>`,
    '</ul>',
    glanceHtml([...conflicts, ...scope], result),
    '</header>',
    '<main>',
    '<section id="conflicts">',
    `<h2>Conflicts <span class="count">(${k.conflict})</span></h2>`,
    '<p class="lede">The sources cannot all be right as written.</p>',
  );
  conflicts.forEach((g, i) => out.push(factHtml(g, i + 1, result, byId)));
  if (!conflicts.length) out.push('<p>None.</p>');
  out.push(
    '</section>',
    '<section id="scope">',
    `<h2>Scope differences <span class="count">(${k.scope})</span></h2>`,
    '<p class="lede">Different measures, moments or parties: worth a look before publishing.</p>',
  );
  scope.forEach((g, i) => out.push(factHtml(g, conflicts.length + i + 1, result, byId)));
  if (!scope.length) out.push('<p>None.</p>');
  out.push('</section>', '<section id="summary">', `<h2>All facts <span class="count">(${result.groups.length})</span></h2>`);
  out.push(groups.length ? factsTable(result, groups) : '<p>No fact is stated by two or more sources.</p>');
  out.push('</section>', '<section id="sources">', `<h2>Sources <span class="count">(${result.sources.length})</span></h2>`);
  // A list, not a table: it reads on a phone without sideways scrolling.
  out.push(
    '<ul class="sources">',
    ...result.sources.map(
      (s) =>
        `<li><strong>${outletHtml(s, s.id)}</strong> · ${h(publishedLabel(s.published))}${s.title ? ` · ${h(s.title)}` : ''}<br><code>${h(s.path)}</code></li>`,
    ),
    '</ul>',
    '</section>',
  );
  if (result.diagnostics.length) {
    out.push('<section id="problems">', `<h2>Input problems <span class="count">(${result.diagnostics.length})</span></h2>`, '<ul class="problems">');
    for (const d of result.diagnostics) {
      const at = d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : '';
      out.push(`<li>${escapeHtml(d.severity)}: <code>${h(`${d.file}${at}`)}</code> ${h(d.message)} <code>${h(d.ruleId)}</code></li>`);
    }
    out.push('</ul>', '</section>');
  }
  out.push('</main>', '<footer>Made by claimcheck. Values are as the engine read them; check the quoted sentences.</footer>', '</div>', '</body>', '</html>');
  return `${out.filter((l) => l !== '').join('\n')}\n`;
}
