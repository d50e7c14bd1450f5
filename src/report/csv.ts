// The CSV report, for spreadsheets: one row per statement, RFC 4180 (CRLF
// line ends, a header row, fields with a comma, quote or line break quoted,
// quotes doubled). No byte-order mark: the file is plain UTF-8.
import type { RunResult } from '../model/run.js';
import { sanitizeForTerminal } from '../text/sanitize.js';
import { clean, publishedIso } from './common.js';
import { sortGroups } from '../present/order.js';
import { sourceLabel } from '../present/sources.js';
import type { FormatOptions } from './options.js';

export const CSV_COLUMNS = [
  'fact_id',
  'subject',
  'verdict',
  'rule',
  'source_id',
  'outlet',
  'published',
  'value_read',
  'quoted_text',
  'editor_verdict',
] as const;

/**
 * One field. Formula injection: spreadsheet programs (Excel, LibreOffice,
 * Google Sheets) run a cell that starts with = + - @ (and, in some, a tab or
 * carriage return) as a formula, so a source could make an editor's
 * spreadsheet call HYPERLINK/WEBSERVICE/DDE with "=..." in a quote. Such a
 * cell gets a leading apostrophe, which the programs read as "this is text";
 * the apostrophe is visible in other readers, a price worth paying (a value
 * like "-5 %" reads as "'-5 %").
 */
export function csvField(value: string): string {
  // Line ends become \n first (sanitizing drops a bare \r), then controls, bidi and zero-width go.
  let s = sanitizeForTerminal(value.replace(/\r\n?/g, '\n'));
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: string[]): string {
  return fields.map(csvField).join(',');
}

export function formatCsv(result: RunResult, _options: FormatOptions): string {
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  const rows: string[] = [csvRow([...CSV_COLUMNS])];
  for (const g of sortGroups(result.groups)) {
    const editor = result.review[g.id]?.editorVerdict ?? '';
    for (const c of g.claims) {
      const src = byId.get(c.sourceId);
      rows.push(
        csvRow([
          g.id,
          clean(g.subject),
          g.verdict,
          g.ruleId,
          c.sourceId,
          sourceLabel(src, ''),
          publishedIso(src),
          clean(c.value.reading),
          // The statement as written (line breaks kept: a quoted field holds them).
          c.text,
          editor,
        ]),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
