// Alignment is blind to the values of numbers: the words around a figure
// decide which fact it states, never the figure itself, so a figure changed
// in one outlet lands in the same group and shows as a conflict. (Dates and
// places are the exception by design: the same day or place named by two
// outlets adds evidence, see kinds/date/align.ts and kinds/place/align.ts.)
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/pipeline/run.js';

const FIRE = '__tests__/fixtures/stories/fire/sources';

/** Each group as the sorted "source:kind@offset" of its claims, which a changed figure of equal length leaves in place. */
async function grouping(dir: string): Promise<string[]> {
  const r = await run({ sourcesDir: dir, provenance: false });
  return r.groups.map((g) => g.claims.map((c) => `${c.sourceId}:${c.kind}@${c.start}`).sort().join(' ')).sort();
}

function withChange(from: string, to: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-blind-'));
  cpSync(FIRE, dir, { recursive: true });
  const file = path.join(dir, 'courier.md');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  return dir;
}

describe('alignment does not see the figures', () => {
  test.each([
    ['a sum', '$5.8 million', '$3.5 million'],
    ['a count', 'About 60 firefighters', 'About 90 firefighters'],
    ['a duration', 'for four hours', 'for nine hours'],
  ])('%s changed to agree or to differ groups the same claims', async (_what, from, to) => {
    expect(from.length).toBe(to.length);
    expect(await grouping(withChange(from, to))).toEqual(await grouping(FIRE));
  });
});
