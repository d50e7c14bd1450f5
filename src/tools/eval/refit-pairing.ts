#!/usr/bin/env node
// npm run refit-pairing -- STORY_DIR...: fits the pairing factor of the
// aligner (src/align/cluster.ts PAIR_FACTOR) on annotated stories and
// reports leave-one-story-out figures: for each story, the factor that
// scores best on all the others, measured on that story alone.
//
// The objective per story: typed gold facts aligned, plus 3 per gold
// conflict caught, minus 3 per false alarm or conflict matching no gold
// fact, minus 0.5 per reported group matching no gold fact (a pairing that
// invents groups costs the editor reading time even when they agree).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { run } from '../../pipeline/run.js';
import { parseGold, score } from './score.js';
import { storiesIn } from './stories.js';

interface Figures {
  typed: number;
  alignedTyped: number;
  caught: number;
  falseAlarms: number;
  unmatched: number;
  groups: number;
  unmatchedGroups: number;
}

const USAGE = 'usage: npm run refit-pairing -- STORY_DIR... [--grid 1,0.8,0.6]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { grid: { type: 'string', default: '1,0.9,0.8,0.7,0.6,0.5,0.4' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (e) {
  console.error(`refit-pairing: ${(e as Error).message.split('. ')[0]}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(`${USAGE}\n\nFits the aligner's pairing factor on annotated stories and prints leave-one-story-out figures.`);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const grid = values.grid!.split(',').map(Number);
if (grid.some((x) => !Number.isFinite(x) || x <= 0)) {
  console.error(`refit-pairing: --grid takes positive numbers separated by commas, not "${values.grid}"`);
  process.exit(2);
}
const stories = positionals.flatMap(storiesIn);

const objective = (f: Figures) => f.alignedTyped + 3 * f.caught - 3 * (f.falseAlarms + f.unmatched) - 0.5 * f.unmatchedGroups;

// figures[story][grid index]
const figures: Figures[][] = [];
for (const story of stories) {
  const gold = parseGold(readFileSync(story.gold, 'utf8'));
  const row: Figures[] = [];
  for (const pairFactor of grid) {
    const r = await run({ sourcesDir: story.sources, provenance: false, align: { pairFactor } });
    const s = score(gold, r.groups, r.sources, r.claims);
    const typed = s.groups.filter((g) => g.gold.type !== 'event-attribute');
    const matched = new Set(s.groups.flatMap((g) => g.aligned.map((a) => a.id)));
    row.push({
      typed: typed.length,
      alignedTyped: typed.filter((g) => g.aligned.length > 0).length,
      caught: s.conflictsCaught,
      falseAlarms: s.falseAlarms.length,
      unmatched: s.unmatchedConflicts.length,
      groups: r.groups.length,
      unmatchedGroups: r.groups.filter((g) => !matched.has(g.id)).length,
    });
  }
  figures.push(row);
  process.stderr.write(`refit-pairing: ${story.name} done\n`);
}

const pooledObjective = (g: number, skip: number) => figures.reduce((a, row, i) => (i === skip ? a : a + objective(row[g])), 0);
const argBest = (skip: number) => grid.reduce((best, _, g) => (pooledObjective(g, skip) > pooledObjective(best, skip) ? g : best), 0);

console.log('factor  objective (all stories)');
for (let g = 0; g < grid.length; g++) console.log(`${String(grid[g]).padEnd(7)} ${pooledObjective(g, -1).toFixed(1)}`);
const total: Figures = { typed: 0, alignedTyped: 0, caught: 0, falseAlarms: 0, unmatched: 0, groups: 0, unmatchedGroups: 0 };
console.log('\nleave one story out: factor fitted on the others, figures on the story');
stories.forEach((story, i) => {
  const g = argBest(i);
  const f = figures[i][g];
  for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += f[k];
  console.log(`${story.name.padEnd(34)} factor ${grid[g]}  typed aligned ${f.alignedTyped}/${f.typed}  caught ${f.caught}  false alarms ${f.falseAlarms}  unmatched ${f.unmatched}`);
});
const reported = total.caught + total.falseAlarms + total.unmatched;
console.log(
  `\npooled: typed facts aligned ${total.alignedTyped}/${total.typed} (${(total.alignedTyped / total.typed).toFixed(2)}), conflicts caught ${total.caught}, false alarms ${total.falseAlarms}, unmatched ${total.unmatched}, precision ${reported ? (total.caught / reported).toFixed(2) : '-'}, groups matching no gold fact ${total.unmatchedGroups} of ${total.groups}`,
);
console.log(`fitted on all stories: ${grid[argBest(-1)]}`);
