// Logistic regression by batch gradient descent, with L2 shrinkage and the
// two classes weighted equally (same-fact pairs are a few per cent of the
// pairs a story offers). Small and deterministic: the same rows give the
// same weights on every machine.

export interface LogisticFit {
  weights: number[];
  bias: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  iterations?: number;
  rate?: number;
}

export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[], o: LogisticOptions = {}): LogisticFit {
  const l2 = o.l2 ?? 0.01;
  const iterations = o.iterations ?? 800;
  const rate = o.rate ?? 0.5;
  const d = xs.length ? xs[0].length : 0;
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const positives = ys.filter((y) => y === 1).length;
  const negatives = ys.length - positives;
  if (positives === 0 || negatives === 0) return { weights, bias: positives ? 5 : -5 };
  const wPos = negatives / positives;
  const total = negatives + positives * wPos;
  const grad = new Array<number>(d);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gBias = 0;
    for (let n = 0; n < xs.length; n++) {
      const x = xs[n];
      let z = bias;
      for (let k = 0; k < d; k++) z += weights[k] * x[k];
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - ys[n]) * (ys[n] === 1 ? wPos : 1);
      for (let k = 0; k < d; k++) grad[k] += e * x[k];
      gBias += e;
    }
    for (let k = 0; k < d; k++) weights[k] -= rate * (grad[k] / total + l2 * weights[k]);
    bias -= (rate * gBias) / total;
  }
  return { weights, bias };
}
