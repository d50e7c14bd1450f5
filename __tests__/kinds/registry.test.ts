// The kind registry is the one list of value kinds: the JSON schema's enum,
// the catalogue's accepted kinds, the labels and the extractors all follow it.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLAIM_KINDS, KIND_LABEL, KINDS } from '../../src/kinds/registry.js';
import { EXTRACTORS } from '../../src/kinds/extract.js';
import { CLAIM_KINDS as CATALOGUE_KINDS } from '../../src/catalogue/read.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${ROOT}schema/report.schema.json`, 'utf8'));

describe('kind registry', () => {
  test("schema/report.schema.json's kind enum is the registry's kinds, in order", () => {
    expect(schema.$defs.claimKind.enum).toEqual(CLAIM_KINDS);
  });

  test('the catalogue accepts exactly the registry kinds', () => {
    expect([...CATALOGUE_KINDS]).toEqual(CLAIM_KINDS);
  });

  test('each extractor finds its own kind, in registry order', () => {
    expect(EXTRACTORS.map((e) => e.kind)).toEqual(CLAIM_KINDS);
  });

  test('every kind has a label and a join threshold in (0, 1]', () => {
    for (const k of CLAIM_KINDS) {
      expect(KIND_LABEL[k]).toMatch(/^[A-Z]/);
      expect(KINDS[k].align.joinThreshold).toBeGreaterThan(0);
      expect(KINDS[k].align.joinThreshold).toBeLessThanOrEqual(1);
    }
  });

  test('numeric priorities are distinct', () => {
    const p = CLAIM_KINDS.map((k) => KINDS[k].numericPriority).filter((x) => x !== undefined);
    expect(new Set(p).size).toBe(p.length);
  });
});
