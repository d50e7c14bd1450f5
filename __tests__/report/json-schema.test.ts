// Every JSON report validates against schema/report.schema.json (draft 2020-12):
// the fixture, the fixture with every kind of value and optional field, and the
// bundled story when the pipeline runs.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import { formatJson } from '../../src/report/json.js';
import type { RunResult } from '../../src/model/run.js';
import { buildReportFixture } from '../helpers/report-fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${ROOT}schema/report.schema.json`, 'utf8'));
// ajv is CommonJS: the default import is module.exports, whose .default is the class (module.exports.default === module.exports).
const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function check(result: RunResult): void {
  const doc = JSON.parse(formatJson(result, { color: false }));
  const ok = validate(doc);
  expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
  expect(ok).toBe(true);
}

// The pipeline is being finished by others: validate the bundled story when it loads.
const pipeline = await import('../../src/pipeline/run.js').catch(() => undefined);

describe('schema/report.schema.json', () => {
  test('is valid draft 2020-12 and the fixture report validates', () => {
    check(buildReportFixture());
  });

  test('every value type and optional field validates', () => {
    const r = buildReportFixture();
    const c = r.groups[0].claims[0];
    const more = [
      { type: 'place', name: 'Kuala Lumpur', placeKind: 'city', within: ['Malaysia', 'Asia'], reading: 'Kuala Lumpur (city in Malaysia)' },
      { type: 'title', person: 'Ana Ortiz', title: 'Mayor', normalized: 'mayor', qualifiers: [], formal: true, reading: 'Mayor' },
      { type: 'medium', medium: 'phone call', participants: ['Ortiz', 'the county'], reading: 'phone call' },
      { type: 'number', unit: 'people', stated: 10, statedHigh: 20, qualifier: 'range', low: 10, high: 20, lowInclusive: true, highInclusive: true, reading: '10–20 people' },
      { type: 'number', unit: 'percent', stated: 40, qualifier: 'more-than', low: 40, high: null, lowInclusive: false, highInclusive: false, reading: 'above 40 %' },
    ] as const;
    r.groups[0].claims = [...r.groups[0].claims, ...more.map((value, i) => ({ ...c, id: `x${i}`, value: { ...value } as never }))];
    r.sources[0].published = { date: '2026-03-12', time: '09:30', tzOffsetMinutes: -300, inferred: false, origin: 'html-meta', evidence: 'March 12, 2026 9:30 a.m. EST' };
    r.review[r.groups[1].id] = { note: 'note only', stale: true };
    r.diagnostics.push({ severity: 'error', file: 'sources/bad.txt', message: 'not UTF-8; skipped.', ruleId: 'ingest/decode', skipped: true });
    check(r);
  });

  test('the schema rejects what the report never contains', () => {
    const doc = JSON.parse(formatJson(buildReportFixture(), { color: false }));
    doc.groups[0].verdict = 'maybe';
    expect(validate(doc)).toBe(false);
    const doc2 = JSON.parse(formatJson(buildReportFixture(), { color: false }));
    doc2.groups[0].claims[0].value = { type: 'number', unit: 'percent', reading: 'x' };
    expect(validate(doc2)).toBe(false);
    const doc3 = JSON.parse(formatJson(buildReportFixture(), { color: false }));
    doc3.version = 2;
    expect(validate(doc3)).toBe(false);
  });

  (pipeline ? test : test.skip)('the bundled story validates (run({sourcesDir: "sources"}))', async () => {
    const result = await pipeline!.run({ sourcesDir: `${ROOT}sources` });
    expect(result.sources.length).toBeGreaterThan(0);
    check(result);
  });
});
