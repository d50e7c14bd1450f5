// Refitting the pair model on annotated stories (two made-up ones here: the
// development stories stay out of the repository).
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, symlinkSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PAIR_FEATURES } from '../../../src/align/pair-model.js';
import { fitOn, leaveOneStoryOut, learnedKinds, readStory, weightsModule, type StoryData } from '../../../src/tools/eval/pair-fit.js';
import { storiesIn } from '../../../src/tools/eval/stories.js';

function twoStories(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-refit-'));
  cpSync('__tests__/fixtures/stories/fire', path.join(dir, 'fire'), { recursive: true });
  mkdirSync(path.join(dir, 'seed'));
  symlinkSync(path.resolve('sources'), path.join(dir, 'seed', 'sources'));
  cpSync('__tests__/fixtures/gold-seed-story.yaml', path.join(dir, 'seed', 'gold.yaml'));
  return dir;
}

describe('refitting the pair model', () => {
  let stories: StoryData[];
  test('each story gives labelled pairs of claims from two sources, some of one fact', async () => {
    stories = [];
    for (const s of storiesIn(twoStories())) stories.push(await readStory(s));
    expect(stories.map((s) => s.name)).toEqual(['fire', 'seed']);
    for (const s of stories) {
      expect(s.rows.length).toBeGreaterThan(0);
      expect(s.rows.some((r) => r.label === 1)).toBe(true);
      for (const r of s.rows) {
        expect(r.x).toHaveLength(PAIR_FEATURES.length);
        expect(learnedKinds()).toContain(r.kind);
      }
    }
  });

  test('the fit names its features and kinds, and takes its threshold from the grid', () => {
    const { model, objectives } = fitOn(stories, [0.4, 0.6]);
    expect(model.features).toEqual([...PAIR_FEATURES]);
    expect(model.kinds).toEqual(learnedKinds());
    expect(model.weights.every(Number.isFinite)).toBe(true);
    expect([0.4, 0.6]).toContain(model.threshold);
    expect(objectives).toHaveLength(2);
    const text = weightsModule(model, 2);
    expect(text).toContain(`threshold: ${model.threshold},`);
    expect(text).toContain(`features: ['${PAIR_FEATURES[0]}'`);
  });

  test('leave one story out: each story measured with a model fitted on the other alone', () => {
    const out = leaveOneStoryOut(stories, [0.5]);
    expect(out.map((o) => o.story)).toEqual(['fire', 'seed']);
    for (const o of out) expect(o.figures.typed).toBeGreaterThan(0);
  });
});
