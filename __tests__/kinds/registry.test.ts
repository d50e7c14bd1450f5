// The kind registry is the one list of value kinds: the JSON schema's enum,
// the catalogue's accepted kinds, the labels and the extractors all follow it.
import { PAIR_MODELS } from '../../src/align/weights.js';
import { FEATURES } from '../../src/align/pairs.js';
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

  test('every kind has a label and a fitted pair model for its alignment family', () => {
    for (const k of CLAIM_KINDS) {
      expect(KIND_LABEL[k]).toMatch(/^[A-Z]/);
      const model = PAIR_MODELS[KINDS[k].align.family];
      expect(model.weights).toHaveLength(FEATURES.length);
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.threshold).toBeLessThanOrEqual(1);
    }
  });

  test('numeric priorities are distinct', () => {
    const p = CLAIM_KINDS.map((k) => KINDS[k].numericPriority).filter((x) => x !== undefined);
    expect(new Set(p).size).toBe(p.length);
  });
});
