#!/usr/bin/env node
// npm run fit-align -- STORY_DIR... : fits the alignment pair model on
// annotated stories (each a folder with sources/ and gold.yaml) and writes
// src/align/weights.ts. Prints leave-one-story-out figures first: for each
// story, a model fitted on all the others aligns it, so the figure says how
// the model does on a story it has not seen.
//
// A pair of statements from different sources is a positive example when
// both overlap spans of one gold fact, a negative one otherwise. One
// logistic regression per family of kinds (src/align/model.ts); its
// threshold is chosen on the training stories to align the most gold facts
// while merging as few distinct facts as possible.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { matchTable, pairTable, type PairTable } from '../../align/index.js';
import { competitionFeatures } from '../../align/competition.js';
import { familyOf, probability, type Family, type Logistic, type PairModel } from '../../align/model.js';
import { FEATURES } from '../../align/pairs.js';
import { judgeGroup } from '../../judge/index.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { run } from '../../pipeline/run.js';
import type { Claim } from '../../model/claim.js';

interface Story {
  name: string;
  table: PairTable;
  /** Gold fact ids each statement overlaps. */
  gold: Array<Set<string>>;
  /** Gold facts by id: the sources stating each. */
  goldIds: string[];
  goldType: Map<string, string>;
  /** Gold facts annotated as conflicts. */
  goldConflicts: Set<string>;
}

const FAMILIES: Family[] = ['number', 'date', 'place', 'title', 'quote', 'medium'];

async function loadStory(dir: string, goldPath: string, sourcesDir: string): Promise<Story> {
  const gold = parse(readFileSync(goldPath, 'utf8')) as { groups: Array<{ id: string; claims: Array<{ source: string; span: string }> }> };
  const r = await run({ sourcesDir });
  const text = new Map(r.sources.map((s) => [s.id, s.text]));
  const spans: Array<{ id: string; source: string; start: number; end: number }> = [];
  for (const g of gold.groups) {
    for (const c of g.claims) {
      const t = text.get(c.source);
      if (!t) continue;
      for (let at = t.indexOf(c.span); at >= 0; at = t.indexOf(c.span, at + 1)) spans.push({ id: g.id, source: c.source, start: at, end: at + c.span.length });
    }
  }
  const table = pairTable(r.claims);
  const goldOf = (c: Claim) => new Set(spans.filter((s) => s.source === c.sourceId && s.start < c.end && c.start < s.end).map((s) => s.id));
  return { name: path.basename(dir), table, gold: table.views.map((v) => goldOf(v.claim)), goldIds: gold.groups.map((g) => g.id), goldType: new Map(gold.groups.map((g) => [g.id, (g as { type?: string }).type ?? '?'])), goldConflicts: new Set(gold.groups.filter((g) => (g as { verdict?: string }).verdict === 'conflict').map((g) => g.id)) };
}

function label(s: Story, i: number, j: number): number {
  for (const g of s.gold[i]) if (s.gold[j].has(g)) return 1;
  return 0;
}

/** L2-regularised logistic regression by Newton's method on standardised features. */
function fitLogistic(xs: number[][], ys: number[], lambda = 1, k: number = FEATURES.length): Logistic {
  const mean = new Array(k).fill(0);
  const scale = new Array(k).fill(1);
  if (xs.length) {
    for (let f = 0; f < k; f++) {
      const m = xs.reduce((a, x) => a + x[f], 0) / xs.length;
      const v = xs.reduce((a, x) => a + (x[f] - m) ** 2, 0) / xs.length;
      mean[f] = m;
      scale[f] = Math.sqrt(v) || 1;
    }
  }
  const z = xs.map((x) => [1, ...x.map((v, f) => (v - mean[f]) / scale[f])]);
  const w = new Array(k + 1).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const g = new Array(k + 1).fill(0);
    const h = Array.from({ length: k + 1 }, () => new Array(k + 1).fill(0));
    z.forEach((row, n) => {
      let s = 0;
      for (let a = 0; a <= k; a++) s += w[a] * row[a];
      const p = 1 / (1 + Math.exp(-s));
      const r = p * (1 - p);
      for (let a = 0; a <= k; a++) {
        g[a] += (p - ys[n]) * row[a];
        for (let b = 0; b <= k; b++) h[a][b] += r * row[a] * row[b];
      }
    });
    for (let a = 1; a <= k; a++) {
      g[a] += lambda * w[a];
      h[a][a] += lambda;
    }
    h[0][0] += 1e-6;
    const step = solve(h, g);
    let moved = 0;
    for (let a = 0; a <= k; a++) {
      w[a] -= step[a];
      moved = Math.max(moved, Math.abs(step[a]));
    }
    if (moved < 1e-6) break;
  }
  return { bias: round(w[0]), weights: w.slice(1).map(round), mean: mean.map(round), scale: scale.map(round) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const d = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

interface Outcome {
  /** Gold facts some group of the family holds from two or more sources. */
  aligned: Set<string>;
  /** Groups holding statements of two or more different gold facts. */
  mixed: number;
  /** Groups that hold no gold fact from two sources: single-source statements joined by mistake. */
  spurious: number;
  /** Groups judged a conflict that hold no gold conflict: false alarms an editor would chase. */
  falseConflicts: number;
  /** Gold conflicts held by a group judged a conflict. */
  caught: Set<string>;
}

function outcome(s: Story, groups: number[][], family?: Family): Outcome {
  const aligned = new Set<string>();
  let mixed = 0;
  let spurious = 0;
  let falseConflicts = 0;
  const caught = new Set<string>();
  for (const g of groups) {
    if (family && familyOf(s.table.views[g[0]].claim.kind) !== family) continue;
    const bySource = new Map<string, Set<string>>();
    const facts = new Set<string>();
    for (const i of g) {
      for (const id of s.gold[i]) {
        facts.add(id);
        const src = s.table.views[i].claim.sourceId;
        if (!bySource.has(id)) bySource.set(id, new Set());
        bySource.get(id)!.add(src);
      }
    }
    let holds = false;
    for (const [id, srcs] of bySource) {
      if (srcs.size < 2) continue;
      aligned.add(id);
      holds = true;
    }
    const sources = new Set(g.map((i) => s.table.views[i].claim.sourceId));
    if (!holds && sources.size >= 2) spurious++;
    if (sources.size >= 2) {
      const claims = g.map((i) => s.table.views[i].claim);
      const judged = judgeGroup({ id: 'g', subject: '', kind: claims[0].kind, claims, sourceCount: sources.size, origin: 'auto' });
      const held = [...bySource].filter(([id, srcs]) => srcs.size >= 2 && s.goldConflicts.has(id)).map(([id]) => id);
      if (judged.verdict === 'conflict') {
        if (held.length === 0) falseConflicts++;
        for (const id of held) caught.add(id);
      }
    }
    // A group whose statements hold no shared gold fact at all yet mix two facts is a wrong merge.
    if (facts.size >= 2 && ![...bySource.values()].some((x) => x.size >= 2)) mixed++;
    else if (facts.size >= 2) mixed += 0.5;
  }
  return { aligned, mixed, spurious, falseConflicts, caught };
}

/** Mixed groups cost this many aligned facts: a wrong merge can hide or invent a conflict. */
const MIX_COST = 0.5;
/** A group of statements that share no fact costs this much: it invents a finding. */
const SPURIOUS_COST = 0.25;
/** A false alarm costs more than a fact left unaligned: it sends an editor after nothing. */
const FALSE_CONFLICT_COST = 1.5;
const THRESHOLDS = [0.005, 0.01, 0.015, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7];

function fitModels(train: Story[]): Record<Family, PairModel> {
  const models = {} as Record<Family, PairModel>;
  for (const fam of FAMILIES) {
    const xs: number[][] = [];
    const ys: number[] = [];
    for (const s of train) {
      for (const p of s.table.pairs) {
        if (familyOf(s.table.views[p.i].claim.kind) !== fam) continue;
        xs.push(p.x);
        ys.push(label(s, p.i, p.j));
      }
    }
    models[fam] = { ...fitLogistic(xs, ys), threshold: 0.5 };
    // Second stage: the pair's first-stage score against its rivals, per story.
    const xs2: number[][] = [];
    const ys2: number[] = [];
    for (const s of train) {
      const fam1 = s.table.pairs.filter((p) => familyOf(s.table.views[p.i].claim.kind) === fam);
      const first = fam1.map((p) => ({ i: p.i, j: p.j, p: probability(models[fam], p.x) }));
      const feats = competitionFeatures(first, (i) => s.table.views[i].claim.sourceId);
      feats.forEach((f, k) => {
        xs2.push(f);
        ys2.push(label(s, first[k].i, first[k].j));
      });
    }
    if (xs2.length) models[fam].second = fitLogistic(xs2, ys2, 1, 4);
  }
  // Thresholds: families never share a group, so each is chosen alone.
  for (const fam of FAMILIES) {
    let bestT = 0.5;
    let bestScore = -Infinity;
    for (const t of THRESHOLDS) {
      const trial = { ...models, [fam]: { ...models[fam], threshold: t } };
      let score = 0;
      for (const s of train) {
        const o = outcome(s, matchTable(s.table, trial), fam);
        score += o.aligned.size - MIX_COST * o.mixed - SPURIOUS_COST * o.spurious - FALSE_CONFLICT_COST * o.falseConflicts;
      }
      if (process.env.FIT_TRACE) {
        let al = 0, fc = 0, sp = 0;
        for (const st of train) { const o = outcome(st, matchTable(st.table, trial), fam); al += o.aligned.size; fc += o.falseConflicts; sp += o.spurious; }
        if (train.length === stories.length) console.log(`  ${fam} t=${t} aligned ${al} false ${fc} spurious ${sp}`);
      }
      if (score > bestScore + 1e-9) {
        bestScore = score;
        bestT = t;
      }
    }
    models[fam].threshold = bestT;
  }
  return models;
}

function writeWeights(models: Record<Family, PairModel>, stories: string[]): void {
  const file = path.join(PACKAGE_ROOT, 'src', 'align', 'weights.ts');
  const body = `// Generated by \`npm run fit-align\` (src/tools/eval/fit-align.ts): the pair model's
// weights, fitted on ${stories.length} annotated stories. Data, not code: refit, never edit.
// Features, in order: ${FEATURES.join(', ')}.
import type { Family, PairModel } from './model.js';

export const PAIR_MODELS: Record<Family, PairModel> = ${JSON.stringify(models, null, 2)};
`;
  writeFileSync(file, body);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { write: { type: 'boolean' }, bundled: { type: 'boolean' } },
});
const dirs = positionals.flatMap((d) => (existsSync(path.join(d, 'gold.yaml')) ? [d] : []));
const stories: Story[] = [];
for (const d of dirs) stories.push(await loadStory(d, path.join(d, 'gold.yaml'), path.join(d, 'sources')));
if (values.bundled) {
  stories.push(await loadStory('bundled', path.join(PACKAGE_ROOT, '__tests__', 'fixtures', 'gold-seed-story.yaml'), path.join(PACKAGE_ROOT, 'sources')));
}
if (stories.length < 2) {
  console.error('fit-align: give two or more story folders (each with sources/ and gold.yaml)');
  process.exit(2);
}

let totalAligned = 0;
let totalGold = 0;
let totalMixed = 0;
let totalSpurious = 0;
let totalFalse = 0;
let totalCaught = 0;
let totalConflicts = 0;
const byType = new Map<string, [number, number]>();
for (const held of stories) {
  const models = fitModels(stories.filter((s) => s !== held));
  const o = outcome(held, matchTable(held.table, models));
  if (process.env.FIT_MISSES) {
    const oracle = { ...held.table, pairs: held.table.pairs.filter((p) => label(held, p.i, p.j) === 1) };
    const om = { ...models };
    for (const f of FAMILIES) om[f] = { ...om[f], threshold: 0 };
    const best = outcome(held, matchTable(oracle, om));
    for (const id of best.aligned) if (!o.aligned.has(id)) console.log(`   miss ${held.name} ${id} [${held.goldType.get(id)}]`);
  }
  totalAligned += o.aligned.size;
  totalGold += held.goldIds.length;
  totalMixed += o.mixed;
  for (const [id, t] of held.goldType) {
    const e = byType.get(t) ?? [0, 0];
    e[1]++;
    if (o.aligned.has(id)) e[0]++;
    byType.set(t, e);
  }
  totalSpurious += o.spurious;
  totalFalse += o.falseConflicts;
  totalCaught += o.caught.size;
  totalConflicts += held.goldConflicts.size;
  console.log(`${held.name.padEnd(34)} aligned ${o.aligned.size}/${held.goldIds.length}  mixed ${o.mixed}  spurious ${o.spurious}  false conflicts ${o.falseConflicts}  caught ${o.caught.size}/${held.goldConflicts.size}`);
}
if (process.env.FIT_ORACLE) {
  let al = 0;
  let n = 0;
  for (const st of stories) {
    const oracle = { ...st.table, pairs: st.table.pairs.filter((p) => label(st, p.i, p.j) === 1).map((p) => ({ ...p })) };
    const models = fitModels([st]);
    for (const f of FAMILIES) models[f] = { ...models[f], threshold: 0 };
    const o = outcome(st, matchTable(oracle, models));
    al += o.aligned.size;
    n += st.goldIds.length;
  }
  console.log(`oracle (gold pair labels, same blocking and matching): aligned ${al}/${n}`);
}
console.log(`leave-one-story-out: aligned ${totalAligned}/${totalGold} (${(totalAligned / totalGold).toFixed(2)}), mixed groups ${totalMixed}, spurious groups ${totalSpurious}, false conflicts ${totalFalse}, conflicts caught ${totalCaught}/${totalConflicts}, precision ${(totalCaught / Math.max(1, totalCaught + totalFalse)).toFixed(2)}`);

console.log([...byType].map(([t, [a, n]]) => `${t} ${a}/${n}`).join('  '));
const all = fitModels(stories);
for (const fam of FAMILIES) {
  const m = all[fam];
  console.log(`${fam.padEnd(7)} t=${m.threshold} ${FEATURES.map((f, k) => `${f}=${m.weights[k]}`).join(' ')}`);
}
if (values.write) writeWeights(all, stories.map((s) => s.name));
