#!/usr/bin/env node
// npm run refit-pair-model -- STORY_DIR... [--write]: fits the aligner's
// pair model (src/align/pair-model.ts) on annotated stories (pair-fit.ts)
// and reports leave-one-story-out figures: for each story, weights and
// threshold fitted on the other stories alone, figures measured on that
// story. --write stores the fit on all stories in src/align/pair-weights.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PAIR_FEATURES } from '../../align/pair-model.js';
import { PAIR_MODEL } from '../../align/pair-weights.js';
import { addFigures, emptyFigures, objective, pooledLine } from './figures.js';
import { figuresWith, fitOn, leaveOneStoryOut, readStory, weightsModule, type StoryData } from './pair-fit.js';
import { storiesIn } from './stories.js';

const USAGE = 'usage: npm run refit-pair-model -- STORY_DIR... [--write] [--thresholds 0.4,0.5,0.6]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      write: { type: 'boolean' },
      thresholds: { type: 'string', default: '0.3,0.4,0.45,0.5,0.55,0.6,0.65,0.7,0.8,0.9' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  console.error(`refit-pair-model: ${(e as Error).message.split('. ')[0]}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(`${USAGE}

Fits the aligner's pair model (a logistic regression over pair features,
and the probability a pairing across sources needs) on annotated stories,
and prints leave-one-story-out figures. A story folder holds sources/ and
gold.yaml; a folder of such folders is read whole; two stories or more.

  --write        store the fit on all stories in src/align/pair-weights.ts
                 (from a checkout; rebuild after)
  --thresholds   the probabilities tried (default ${values.thresholds})
  -h, --help     this text`);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const grid = values.thresholds!.split(',').map(Number);
if (grid.some((x) => !Number.isFinite(x) || x <= 0 || x > 1)) {
  console.error(`refit-pair-model: --thresholds takes probabilities above 0 and up to 1, separated by commas, not "${values.thresholds}"`);
  process.exit(2);
}
const found = positionals.flatMap(storiesIn);
if (found.length < 2) {
  console.error(`refit-pair-model: leaving one story out needs two stories or more; found ${found.length}`);
  process.exit(2);
}

const stories: StoryData[] = [];
for (const story of found) {
  stories.push(await readStory(story));
  process.stderr.write(`refit-pair-model: ${story.name} read\n`);
}

console.log('leave one story out: weights and threshold fitted on the others, figures on the story');
const total = emptyFigures();
const chosen = new Map<number, number>();
for (const { story, model, figures: f } of leaveOneStoryOut(stories, grid)) {
  addFigures(total, f);
  chosen.set(model.threshold, (chosen.get(model.threshold) ?? 0) + 1);
  console.log(`${story.padEnd(34)} threshold ${model.threshold}  typed aligned ${f.alignedTyped}/${f.typed}  caught ${f.caught}  false alarms ${f.falseAlarms}  unmatched ${f.unmatched}  groups ${f.groups} (${f.unmatchedGroups} matching no gold fact)`);
}
console.log(`\npooled: ${pooledLine(total)}`);
console.log(`thresholds chosen: ${[...chosen].map(([t, n]) => `${t} × ${n}`).join(', ')}`);

const all = fitOn(stories, grid);
console.log('\nthreshold  objective (all stories)');
grid.forEach((t, g) => console.log(`${String(t).padEnd(10)} ${all.objectives[g].toFixed(1)}`));
const m = all.model;
console.log(`\nfitted on all stories: threshold ${m.threshold} (the best mean of a threshold's objective and its neighbours')`);
console.log(PAIR_FEATURES.map((n, k) => `  ${n.padEnd(18)} ${m.weights[k]}`).join('\n'));
console.log(m.kinds.map((k, i) => `  kind ${k.padEnd(13)} ${m.kindWeights[i]}`).join('\n'));
console.log(`  bias               ${m.bias}`);
if (PAIR_MODEL.features.join() === PAIR_FEATURES.join()) {
  const shipped = stories.reduce((a, s) => a + objective(figuresWith(s, PAIR_MODEL)), 0);
  const fitted = stories.reduce((a, s) => a + objective(figuresWith(s, m)), 0);
  console.log(`objective of the shipped weights: ${shipped.toFixed(1)}; of this fit: ${fitted.toFixed(1)}`);
} else {
  console.log('the shipped weights are for other features: refit with --write');
}

if (values.write) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../src/align/pair-weights.ts');
  writeFileSync(file, weightsModule(m, stories.length));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
