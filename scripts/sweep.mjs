// Experiment: how sensitive is the eval to the channel weights and the date/place thresholds?
import { readFileSync } from 'node:fs';
import { CHANNELS } from '../dist/align/similarity.js';
import { KINDS } from '../dist/kinds/registry.js';
import { run } from '../dist/pipeline/run.js';
import { parseGold, score } from '../dist/tools/eval/score.js';
const gold = parseGold(readFileSync('__tests__/fixtures/gold-seed-story.yaml', 'utf8'));
for (const [l, s, n] of [[0.55, 0.25, 0.2], [0.7, 0.15, 0.15], [0.6, 0.2, 0.2], [0.5, 0.3, 0.2], [0.65, 0.25, 0.1]]) {
  for (const t of [0.28, 0.3, 0.33, 0.36, 0.4]) {
    Object.assign(CHANNELS, { local: l, sentence: s, names: n });
    KINDS.date.align.joinThreshold = t; KINDS.place.align.joinThreshold = t; KINDS.percent.align.joinThreshold = t - 0.03;
    const r = await run({ sourcesDir: 'sources' });
    const sc = score(gold, r.groups, r.sources);
    console.log(`w=${l}/${s}/${n} t=${t}: caught ${sc.conflictsCaught} fa ${sc.falseAlarms.length} unmatched ${sc.unmatchedConflicts.length} aligned ${sc.aligned}`);
  }
}
