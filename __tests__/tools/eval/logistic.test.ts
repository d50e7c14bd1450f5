// The logistic regression behind the pair model: it separates what can be
// separated, weighs the rare class up, and gives the same weights each run.
import { describe, expect, test } from '@jest/globals';
import { fitLogistic } from '../../../src/tools/eval/logistic.js';

const p = (w: number[], b: number, x: number[]) => 1 / (1 + Math.exp(-(b + w.reduce((a, wk, k) => a + wk * x[k], 0))));

describe('fitLogistic', () => {
  test('a feature that decides the label gets a large positive weight; noise stays near 0', () => {
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 200; i++) {
      const signal = i % 2;
      const noise = (i * 37) % 7 / 7;
      xs.push([signal, noise]);
      ys.push(signal);
    }
    const { weights, bias } = fitLogistic(xs, ys);
    expect(weights[0]).toBeGreaterThan(2);
    expect(Math.abs(weights[1])).toBeLessThan(0.5);
    expect(p(weights, bias, [1, 0.5])).toBeGreaterThan(0.8);
    expect(p(weights, bias, [0, 0.5])).toBeLessThan(0.2);
  });

  test('a rare positive class is weighed up: the boundary sits between the classes, not at the majority', () => {
    const xs = [...Array.from({ length: 95 }, (_, i) => [i / 200]), ...Array.from({ length: 5 }, (_, i) => [0.8 + i / 50])];
    const ys = [...new Array(95).fill(0), ...new Array(5).fill(1)];
    const { weights, bias } = fitLogistic(xs, ys, { iterations: 3000, l2: 0 });
    expect(p(weights, bias, [0.85])).toBeGreaterThan(0.5);
    expect(p(weights, bias, [0.2])).toBeLessThan(0.5);
  });

  test('deterministic: the same rows give the same weights', () => {
    const xs = [[0, 1], [1, 0], [1, 1], [0, 0]];
    const ys = [0, 1, 1, 0];
    expect(fitLogistic(xs, ys)).toEqual(fitLogistic(xs, ys));
  });

  test('one class only: no weights to learn, the bias says which', () => {
    expect(fitLogistic([[1], [2]], [0, 0])).toEqual({ weights: [0], bias: -5 });
    expect(fitLogistic([], [])).toEqual({ weights: [], bias: -5 });
  });
});
