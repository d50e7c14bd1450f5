#!/usr/bin/env node
// npm run refit-pairing -- STORY_DIR...: fits the pairing factor of the
// aligner (src/align/cluster.ts PAIR_FACTOR) on annotated stories and
// reports leave-one-story-out figures: for each story, the factor that
// scores best on all the others, measured on that story alone.
//
// The objective: see figures.ts.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { run } from '../../pipeline/run.js';
import { addFigures, emptyFigures, figuresOf, objective, pooledLine, type Figures } from './figures.js';
import { parseGold } from './score.js';
import { storiesIn } from './stories.js';

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

// figures[story][grid index]
const figures: Figures[][] = [];
for (const story of stories) {
  const gold = parseGold(readFileSync(story.gold, 'utf8'));
  const row: Figures[] = [];
  for (const pairFactor of grid) {
    const r = await run({ sourcesDir: story.sources, provenance: false, align: { pairFactor } });
    row.push(figuresOf(gold, r.groups, r.sources, r.claims));
  }
  figures.push(row);
  process.stderr.write(`refit-pairing: ${story.name} done\n`);
}

const pooledObjective = (g: number, skip: number) => figures.reduce((a, row, i) => (i === skip ? a : a + objective(row[g])), 0);
const argBest = (skip: number) => grid.reduce((best, _, g) => (pooledObjective(g, skip) > pooledObjective(best, skip) ? g : best), 0);

console.log('factor  objective (all stories)');
for (let g = 0; g < grid.length; g++) console.log(`${String(grid[g]).padEnd(7)} ${pooledObjective(g, -1).toFixed(1)}`);
const total = emptyFigures();
console.log('\nleave one story out: factor fitted on the others, figures on the story');
stories.forEach((story, i) => {
  const g = argBest(i);
  const f = figures[i][g];
  addFigures(total, f);
  console.log(`${story.name.padEnd(34)} factor ${grid[g]}  typed aligned ${f.alignedTyped}/${f.typed}  caught ${f.caught}  false alarms ${f.falseAlarms}  unmatched ${f.unmatched}`);
});
console.log(`\npooled: ${pooledLine(total)}`);
console.log(`fitted on all stories: ${grid[argBest(-1)]}`);
