// The eval scorer against the reference scorer (shared/dev/score.py) on a
// story we wrote ourselves, and the causes it gives for misses.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../src/pipeline/run.js';
import { formatJson } from '../../../src/report/json.js';
import { parseGold, score, type Score } from '../../../src/tools/eval/score.js';
import type { RunResult } from '../../../src/model/run.js';

const STORY = '__tests__/fixtures/stories/fire';
// The reference scorer, vendored (its header says from where); the original beside the checkout when present.
const REFERENCE = '__tests__/fixtures/reference-scorer/score.py';
const ORIGINAL = path.resolve('..', 'shared', 'dev', 'score.py');

let result: RunResult;
let s: Score;

beforeAll(async () => {
  result = await run({ sourcesDir: path.join(STORY, 'sources') });
  s = score(parseGold(readFileSync(path.join(STORY, 'gold.yaml'), 'utf8')), result.groups, result.sources, result.claims);
});

describe('the eval scorer', () => {
  test('agrees with the reference scorer on every figure', () => {
    const python = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
    if (!existsSync(REFERENCE) || python.status !== 0) {
      throw new Error(`the reference scorer needs python3 with PyYAML (.ci/run installs it)`);
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-score-'));
    try {
      const report = path.join(dir, 'report.json');
      writeFileSync(report, formatJson(result, { color: false }));
      const out = spawnSync('python3', [REFERENCE, STORY, report], { encoding: 'utf8' });
      expect(out.status).toBe(0);
      const last = out.stdout.trim().split('\n').pop()!;
      const fig = Object.fromEntries([...last.matchAll(/(\w+)=([\d./]+)/g)].map((m) => [m[1], m[2]]));
      const reported = s.conflictsCaught + s.falseAlarms.length + s.unmatchedConflicts.length;
      expect(fig.aligned).toBe(`${s.aligned}/${s.goldGroups}`);
      expect(Number(fig.false_alarms)).toBe(s.falseAlarms.length);
      expect(Number(fig.unjudged)).toBe(s.unmatchedConflicts.length);
      expect(Number(fig.recall)).toBeCloseTo(s.conflictsCaught / s.goldConflicts, 2);
      expect(Number(fig.precision)).toBeCloseTo(reported ? s.conflictsCaught / reported : 0, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the vendored reference scorer is the original', () => {
    const vendored = readFileSync(REFERENCE, 'utf8').split('\n').slice(3).join('\n'); // without the 3-line header
    if (existsSync(ORIGINAL)) expect(vendored).toBe(readFileSync(ORIGINAL, 'utf8'));
    expect(vendored).toContain('recall=R precision=P false_alarms=F unjudged=U aligned=A/N');
  });

  test('gives every unaligned fact a cause, and none to an aligned one', () => {
    for (const g of s.groups) {
      if (g.aligned.length) expect(g.cause).toBeUndefined();
      else expect(['kind not modelled', 'not extracted', 'misread', 'not grouped', 'merged into another fact']).toContain(g.cause);
    }
  });

  test('a fact of a kind the engine does not model is counted as such', () => {
    const gold = parseGold('groups:\n- {id: venue, subject: venue, type: event-attribute, verdict: agree, claims: [{source: ledger, span: "furniture warehouse"}, {source: courier, span: "furniture warehouse"}]}\n');
    const t = score(gold, result.groups, result.sources, result.claims);
    expect(t.groups[0].cause).toBe('kind not modelled');
  });
});
