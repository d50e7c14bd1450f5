#!/usr/bin/env node
// npm run eval [-- STORY_DIR...] [--verbose]: the engine, with no catalogue,
// scored against hand annotations. A story folder holds sources/ and
// gold.yaml; a folder of such folders is read whole. With no folder, the
// bundled story against its annotation in the test fixtures. Prints each
// story's figures, then the pooled ones: conflicts caught, false alarms,
// reported conflicts matching no gold fact, precision, facts aligned
// (overall, typed, per gold type) and the cause of every miss.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_SOURCES, PACKAGE_ROOT } from '../../paths.js';
import { run } from '../../pipeline/run.js';
import { parseGold, score, type Score } from './score.js';
import { storiesIn, type Story } from './stories.js';

const USAGE = `usage: npm run eval [-- STORY_DIR... | --sources DIR --gold FILE] [--verbose]

Scores the engine (no catalogue) against hand annotations. A story folder
holds sources/ and gold.yaml; a folder of such folders is read whole. With no
folder, the bundled story against its annotation in the test fixtures.

  --sources DIR   the articles of one story (with --gold)
  --gold FILE     its annotation (gold.yaml)
  -v, --verbose   every gold fact: where it landed, or why it was missed
  -h, --help      this text`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      gold: { type: 'string' },
      sources: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  console.error(`eval: ${(e as Error).message.split('. ')[0]}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const stories: Story[] = positionals.length
  ? positionals.flatMap(storiesIn)
  : [{ name: 'bundled', sources: values.sources ?? BUNDLED_SOURCES, gold: values.gold ?? path.join(PACKAGE_ROOT, '__tests__', 'fixtures', 'gold-seed-story.yaml') }];

const UNTYPED = new Set(['event-attribute']);
const pooled = { gold: 0, typed: 0, aligned: 0, alignedTyped: 0, conflicts: 0, caught: 0, falseAlarms: 0, unmatched: 0 };
const byType = new Map<string, [number, number]>();
const causes = new Map<string, number>();
const line = (name: string, s: Score) => {
  const reported = s.conflictsCaught + s.falseAlarms.length + s.unmatchedConflicts.length;
  return `${name.padEnd(34)} caught ${s.conflictsCaught}/${s.goldConflicts}  false alarms ${s.falseAlarms.length}  unmatched ${s.unmatchedConflicts.length}  precision ${reported ? (s.conflictsCaught / reported).toFixed(2) : '-'}  aligned ${s.aligned}/${s.goldGroups}`;
};

for (const story of stories) {
  const result = await run({ sourcesDir: story.sources });
  const s = score(parseGold(readFileSync(story.gold, 'utf8')), result.groups, result.sources, result.claims);
  pooled.gold += s.goldGroups;
  pooled.aligned += s.aligned;
  pooled.conflicts += s.goldConflicts;
  pooled.caught += s.conflictsCaught;
  pooled.falseAlarms += s.falseAlarms.length;
  pooled.unmatched += s.unmatchedConflicts.length;
  for (const g of s.groups) {
    const typed = !UNTYPED.has(g.gold.type);
    if (typed) pooled.typed++;
    if (typed && g.aligned.length) pooled.alignedTyped++;
    const e = byType.get(g.gold.type) ?? [0, 0];
    e[1]++;
    if (g.aligned.length) e[0]++;
    byType.set(g.gold.type, e);
    if (g.cause) causes.set(g.cause, (causes.get(g.cause) ?? 0) + 1);
  }
  if (stories.length > 1 || values.verbose) console.log(line(story.name, s));
  if (values.verbose) {
    for (const g of s.groups) {
      const best = g.aligned[0];
      const mark = { caught: '✓', ok: best ? '✓' : '✗', missed: '!', 'false alarm': '!' }[g.status];
      const where = best ? `${best.id} [${best.verdict}, ${best.ruleId}]` : `not aligned: ${g.cause}`;
      console.log(`  ${mark} ${g.gold.id} (${g.gold.type}, gold ${g.gold.verdict}${g.status === 'false alarm' ? ', FALSE ALARM' : ''}) → ${where}`);
      for (const m of g.missingSpans) console.log(`      span not found in ${m.source}: ${m.span}`);
    }
    for (const u of s.unmatchedConflicts) console.log(`  unmatched conflict: ${u}`);
  }
}

const reported = pooled.caught + pooled.falseAlarms + pooled.unmatched;
if (stories.length > 1) console.log(`\npooled over ${stories.length} stories:`);
console.log(`conflicts caught: ${pooled.caught} of ${pooled.conflicts}`);
console.log(`false alarms: ${pooled.falseAlarms}`);
console.log(`unmatched conflicts: ${pooled.unmatched}`);
if (stories.length > 1) {
  console.log(`precision: ${reported ? (pooled.caught / reported).toFixed(2) : '-'} (${pooled.caught} of ${reported} conflicts reported)`);
  console.log(`typed facts aligned: ${pooled.alignedTyped} of ${pooled.typed} (${(pooled.alignedTyped / Math.max(1, pooled.typed)).toFixed(2)})`);
  console.log(`by gold type: ${[...byType].sort().map(([t, [a, n]]) => `${t} ${a}/${n}`).join(', ')}`);
  console.log(`misses by cause: ${[...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
}
console.log(`groups aligned: ${pooled.aligned} of ${pooled.gold}`);
