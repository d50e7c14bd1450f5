// The text report an editor reads first: counts in words, conflicts before everything else.
import { describe, expect, test } from '@jest/globals';
import { run } from '../../src/pipeline/run.js';
import { formatText } from '../../src/report/text.js';

describe('the text report', () => {
  test('the fire story: conflicts first, then agreement, counts in plain words', async () => {
    const text = formatText(await run({ sourcesDir: '__tests__/fixtures/stories/fire/sources', provenance: false }), { color: false });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^claimcheck: 3 sources, \d+ claims, \d+ facts stated by two or more sources$/);
    expect(lines.findIndex((l) => l.startsWith('CONFLICTS (2)'))).toBeLessThan(lines.findIndex((l) => l.startsWith('AGREEMENT')));
    expect(text).toMatch(/AGREEMENT: \d+ facts agree \(/);
  });

  test('one agreeing fact is "1 fact agrees"', async () => {
    const text = formatText(await run({ sourcesDir: '__tests__/fixtures/stories/quake', provenance: false }), { color: false });
    expect(text).toContain('AGREEMENT: 1 fact agrees (0 word for word, 1 in other words or precision)');
  });
});
