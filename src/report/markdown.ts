// The Markdown report: an editor's memo. A title with the story and the
// number of sources, a summary table (one row per fact, one column per
// outlet), then every conflict and scope difference with the quoted
// statements, links to the sources, the explanation and the editor's word.
// Every piece of source text is escaped, so a source cannot add links,
// images, HTML, headings or table columns to the memo.
import type { Claim } from '../model/claim.js';
import type { JudgedGroup } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';
import type { Source } from '../model/source.js';
import {
  clean,
  counts,
  editorPhrase,
  outletColumns,
  plural,
  quotedText,
  reportTitle,
  safeUrl,
  valueShown,
  valuesBySource,
} from './common.js';
import { EDITOR_LABEL, KIND_LABEL, VERDICT_LABEL } from '../present/labels.js';
import { sortGroups } from '../present/order.js';
import { sentenceParts } from '../present/sentence.js';
import { sanitizeForTerminal } from '../text/sanitize.js';
import { publishedLabel, sourceLabel } from '../present/sources.js';
import type { FormatOptions } from './options.js';

/**
 * Escape text for Markdown (CommonMark + GFM tables): sanitized, one line,
 * inline syntax characters backslash-escaped (so `[x](y)`, `<b>`, `*x*`,
 * `|` do nothing), and a leading `#`, `>`, `-`, `+`, `=` or `1.` cannot start
 * a block.
 */
export function escapeMarkdown(s: string, trim = true): string {
  const text = trim ? clean(s) : sanitizeForTerminal(s).replace(/\s+/g, ' ');
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^([#>+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A table cell: escaped, "—" when empty. */
function cell(s: string | undefined): string {
  const e = s ? escapeMarkdown(s) : '';
  return e || '—';
}

/** Inline code for engine ids (rule ids, group ids); backticks cannot occur in them, but make sure. */
function code(s: string): string {
  return `\`${clean(s).replace(/`/g, "'")}\``;
}

/** A link target inside `(...)`: parentheses and spaces percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function outletLink(s: Source | undefined, fallback: string): string {
  const label = escapeMarkdown(sourceLabel(s, fallback));
  const url = safeUrl(s?.url);
  return url ? `[${label}](${linkTarget(url)})` : `**${label}**`;
}

function summaryTable(result: RunResult, groups: JudgedGroup[]): string[] {
  const cols = outletColumns(result.sources);
  const head = ['Fact', 'Verdict', 'Editor', ...cols.map((c) => c.label)];
  const lines = [`| ${head.map((h) => cell(h)).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const g of groups) {
    const review = result.review[g.id];
    const values = valuesBySource(g, 90);
    const verdict = g.verdict === 'conflict' || g.verdict === 'scope-differs' ? `**${VERDICT_LABEL[g.verdict]}**` : VERDICT_LABEL[g.verdict];
    const row = [
      cell(g.subject),
      verdict,
      review?.editorVerdict ? cell(EDITOR_LABEL[review.editorVerdict]) : '—',
      ...cols.map((c) => cell(values.get(c.source.id))),
    ];
    lines.push(`| ${row.join(' | ')} |`);
  }
  return lines;
}

function statement(c: Claim, byId: Map<string, Source>): string[] {
  const src = byId.get(c.sourceId);
  const { before, value, after } = sentenceParts(c);
  const reading = c.value.type === 'quote' ? '' : `, read as ${escapeMarkdown(valueShown(c))}`;
  return [
    `- ${outletLink(src, c.sourceId)}, ${escapeMarkdown(publishedLabel(src?.published))}: ${escapeMarkdown(quotedText(c))}${reading}`,
    `  > ${escapeMarkdown(before, false)}**${escapeMarkdown(value)}**${escapeMarkdown(after, false)}`,
  ];
}

function groupSection(g: JudgedGroup, n: number, result: RunResult, byId: Map<string, Source>): string[] {
  const review = result.review[g.id];
  const out = [
    `### ${n}. ${escapeMarkdown(g.subject)}`,
    '',
    `${VERDICT_LABEL[g.verdict]} · ${KIND_LABEL[g.kind] ?? escapeMarkdown(g.kind)} · ${plural(g.sourceCount, 'source')} · ${code(g.id)}`,
    '',
  ];
  for (const c of g.claims) out.push(...statement(c, byId));
  out.push('');
  out.push(`**Why:** ${escapeMarkdown(g.explanation)} (rule ${code(g.ruleId)})`);
  out.push('');
  const stale = review?.stale ? ' *(the statements changed since this verdict)*' : '';
  const note = review?.note ? `: ${escapeMarkdown(review.note)}` : '';
  out.push(`**Editor:** ${escapeMarkdown(editorPhrase(review))}${note}${stale}`);
  out.push('');
  return out;
}

export function formatMarkdown(result: RunResult, _options: FormatOptions): string {
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  const groups = sortGroups(result.groups);
  const conflicts = groups.filter((g) => g.verdict === 'conflict');
  const scope = groups.filter((g) => g.verdict === 'scope-differs');
  const k = counts(result);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(reportTitle(result))}`);
  out.push('');
  const open = k.openConflicts ? ` (${k.openConflicts} without an editor verdict)` : '';
  out.push(
    `${plural(result.groups.length, 'fact')} stated by two or more sources: **${plural(k.conflict, 'conflict')}**${open}, ` +
      `**${plural(k.scope, 'scope difference')}**, ${k.compatible} compatible, ${k.agree} in agreement.`,
  );
  out.push('');
  out.push('## Summary');
  out.push('');
  if (groups.length) out.push(...summaryTable(result, groups));
  else out.push('No fact is stated by two or more sources.');
  out.push('');
  out.push(`## Conflicts (${k.conflict})`);
  out.push('');
  out.push('The sources cannot all be right as written.');
  out.push('');
  conflicts.forEach((g, i) => out.push(...groupSection(g, i + 1, result, byId)));
  if (!conflicts.length) out.push('None.', '');
  out.push(`## Scope differences (${k.scope})`);
  out.push('');
  out.push('Different measures, moments or parties: worth a look before publishing.');
  out.push('');
  scope.forEach((g, i) => out.push(...groupSection(g, conflicts.length + i + 1, result, byId)));
  if (!scope.length) out.push('None.', '');
  out.push('## Sources');
  out.push('');
  out.push('| Outlet | Published | Title | File |');
  out.push('| --- | --- | --- | --- |');
  for (const s of result.sources) {
    out.push(`| ${outletLink(s, s.id)} | ${cell(publishedLabel(s.published))} | ${cell(s.title)} | ${cell(s.path)} |`);
  }
  if (result.diagnostics.length) {
    out.push('');
    out.push(`## Input problems (${result.diagnostics.length})`);
    out.push('');
    for (const d of result.diagnostics) {
      const at = d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : '';
      out.push(`- ${d.severity}: ${escapeMarkdown(`${d.file}${at}`)}: ${escapeMarkdown(d.message)} (${code(d.ruleId)})`);
    }
  }
  return `${out.join('\n')}\n`;
}
