// The CSV report: golden file, RFC 4180 round trip, formula injection.
// Regenerate the golden after an intended change (then read the diff):
//   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report
import { describe, expect, test } from '@jest/globals';
import { CSV_COLUMNS, csvField, formatCsv } from '../../src/report/csv.js';
import { makeClaim, makeSource, quote } from '../helpers/fixture-result.js';
import { buildReportFixture } from '../helpers/report-fixture.js';
import { expectGolden } from './golden.js';

const OPTIONS = { color: false };

/** A strict RFC 4180 reader (CRLF records, quoted fields, "" for a quote). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (ch === '"' || ch === '\n' || ch === '\r') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('csv report', () => {
  test('matches the golden file', () => {
    expectGolden('report.csv', formatCsv(buildReportFixture(), OPTIONS));
  });

  test('one row per statement, the documented columns, conflicts first', () => {
    const rows = parseCsv(formatCsv(buildReportFixture(), OPTIONS));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3 + 3 + 2 + 3);
    expect(rows[1]).toEqual([
      'percent-homes-damaged-lower-district',
      'homes damaged in the lower district',
      'conflict',
      'number/disjoint',
      'harbor-gazette',
      'Harbor Gazette',
      '2026-03-12',
      'above 40 % (lower bound)',
      'more than 40%',
      'confirmed-conflict',
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows.slice(1).map((r) => r[2])).toEqual([...Array(6).fill('conflict'), 'scope-differs', 'scope-differs', ...Array(3).fill('compatible')]);
  });

  test('a field with a comma, a quote and a line break round-trips', () => {
    const r = buildReportFixture();
    const text = 'Ortiz said: "We will rebuild, "every" home\nby spring." Then she left.\n';
    const src = makeSource('tricky', text, { outlet: 'The "Daily", Inc.', date: '2026-03-12' });
    const value = '"We will rebuild, "every" home\nby spring."';
    const claim = makeClaim(src, 'Ortiz said', value, 'quote', quote('We will rebuild, "every" home\nby spring.', 'Ortiz'));
    expect(src.text.slice(claim.start, claim.end)).toBe(value);
    r.sources.push(src);
    r.groups[1] = { ...r.groups[1], claims: [...r.groups[1].claims, claim] };
    const csv = formatCsv(r, OPTIONS);
    const row = parseCsv(csv).find((x) => x[4] === 'tricky')!;
    expect(row[5]).toBe('The "Daily", Inc.');
    expect(row[8]).toBe(value);
    expect(csvField('a,b "c"\nd')).toBe('"a,b ""c""\nd"');
    expect(csvField('plain')).toBe('plain');
  });

  test('formula injection is neutralised with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("https://evil.example","click")')).toBe(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(csvField('+1 555')).toBe("'+1 555");
    expect(csvField('-5 %')).toBe("'-5 %");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('5 = 5')).toBe('5 = 5');
    // Control and bidi characters go; a CR LF inside a field becomes LF.
    expect(csvField('a\u202eb\x1b[2Jc\r\nd')).toBe('"abc\nd"');
  });
});
