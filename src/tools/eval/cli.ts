#!/usr/bin/env node
// npm run eval: the engine on the bundled sources with no catalogue, scored
// against the hand annotation kept in the test fixtures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_SOURCES, PACKAGE_ROOT } from '../../paths.js';
import { run } from '../../pipeline/run.js';
import { parseGold, score } from './score.js';

const { values } = parseArgs({
  options: {
    gold: { type: 'string' },
    sources: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
  },
});
const goldPath = values.gold ?? path.join(PACKAGE_ROOT, '__tests__', 'fixtures', 'gold-seed-story.yaml');
const result = await run({ sourcesDir: values.sources ?? BUNDLED_SOURCES });
const s = score(parseGold(readFileSync(goldPath, 'utf8')), result.groups, result.sources);

if (values.verbose) {
  for (const g of s.groups) {
    const best = g.aligned[0];
    const mark = best ? (g.gold.verdict === 'conflict' && !g.aligned.some((x) => x.verdict === 'conflict') ? '!' : '✓') : '✗';
    console.log(`${mark} ${g.gold.id} (gold ${g.gold.verdict}) → ${best ? `${best.id} [${best.verdict}, ${best.ruleId}]` : 'not aligned'}`);
    for (const m of g.missingSpans) console.log(`    span not found in ${m.source}: ${m.span}`);
  }
  for (const f of s.falseAlarms) console.log(`false alarm: ${f}`);
  for (const u of s.unmatchedConflicts) console.log(`unmatched conflict: ${u}`);
  console.log('');
}
console.log(`conflicts caught: ${s.conflictsCaught} of ${s.goldConflicts}`);
console.log(`false alarms: ${s.falseAlarms.length}`);
console.log(`unmatched conflicts: ${s.unmatchedConflicts.length}`);
console.log(`groups aligned: ${s.aligned} of ${s.goldGroups}`);
