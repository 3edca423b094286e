// Multinomial logistic regression (softmax) with L2 regularisation: the decision layer's fitted part.
// Small, dependency-free and deterministic (zero start, full-batch gradient steps), so the same data always
// gives the same weights and `npm run fit` can be checked by a test.

export interface SoftmaxModel {
  classes: string[];
  features: string[];
  /** weights[c][f]; bias[c]. */
  weights: number[][];
  bias: number[];
  /** Temperature fitted on out-of-fold predictions: probabilities are softmax(z / temperature). */
  temperature: number;
}

export interface TrainOptions {
  /** L2 penalty on weights (not on biases), per example. */
  l2: number;
  iterations?: number;
  learningRate?: number;
}

export function logits(m: Pick<SoftmaxModel, 'weights' | 'bias'>, x: number[]): number[] {
  return m.weights.map((w, c) => w.reduce((a, wi, i) => a + wi * (x[i] ?? 0), m.bias[c]!));
}

export function softmax(z: number[], temperature = 1): number[] {
  const s = z.map((v) => v / temperature);
  const max = Math.max(...s);
  const e = s.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function predict(m: SoftmaxModel, x: number[]): number[] {
  return softmax(logits(m, x), m.temperature);
}

/** Fits weights by gradient descent on the mean negative log-likelihood plus l2/2·|W|². */
export function train(X: number[][], y: number[], classes: string[], features: string[], opts: TrainOptions): SoftmaxModel {
  const K = classes.length;
  const D = features.length;
  const n = X.length;
  const iterations = opts.iterations ?? 4000;
  const lr = opts.learningRate ?? 0.5;
  // Flat typed arrays: this loop runs a few million times per fit.
  const W = new Float64Array(K * D);
  const b = new Float64Array(K);
  const gW = new Float64Array(K * D);
  const gb = new Float64Array(K);
  const z = new Float64Array(K);
  const xs = X.map((x) => Float64Array.from({ length: D }, (_, i) => x[i] ?? 0));
  // Each item's non-zero features: most are zero, and a zero adds exactly nothing to a sum, so skipping them
  // gives the same model, several times faster.
  const nz = xs.map((x) => Int32Array.from(Array.from(x).flatMap((v, i) => (v !== 0 ? [i] : []))));
  for (let it = 0; it < iterations && n > 0; it++) {
    gW.fill(0);
    gb.fill(0);
    for (let j = 0; j < n; j++) {
      const x = xs[j]!;
      const idx = nz[j]!;
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        let v = b[c]!;
        for (let k = 0; k < idx.length; k++) v += W[c * D + idx[k]!]! * x[idx[k]!]!;
        z[c] = v;
        if (v > max) max = v;
      }
      let sum = 0;
      for (let c = 0; c < K; c++) sum += (z[c] = Math.exp(z[c]! - max));
      for (let c = 0; c < K; c++) {
        const d = (z[c]! / sum - (y[j] === c ? 1 : 0)) / n;
        gb[c]! += d;
        for (let k = 0; k < idx.length; k++) gW[c * D + idx[k]!]! += d * x[idx[k]!]!;
      }
    }
    for (let c = 0; c < K; c++) {
      b[c]! -= lr * gb[c]!;
      for (let i = 0; i < D; i++) W[c * D + i]! -= lr * (gW[c * D + i]! + opts.l2 * W[c * D + i]!);
    }
  }
  return {
    classes,
    features,
    weights: Array.from({ length: K }, (_, c) => Array.from(W.subarray(c * D, (c + 1) * D))),
    bias: Array.from(b),
    temperature: 1,
  };
}

/** Out-of-fold logits by k-fold cross-validation. Folds by position (item i goes to fold i % k), or by
 *  `groups` when given: rows of one group (a text and its opening) always share a fold, so no text is
 *  judged by a model that has seen part of it. */
export function crossValidate(
  X: number[][], y: number[], classes: string[], features: string[], opts: TrainOptions, k = 5, groups?: number[],
): number[][] {
  const foldOf = (i: number) => (groups ? groups[i]! : i) % k;
  const out: number[][] = new Array(X.length);
  for (let f = 0; f < k; f++) {
    const trainIdx = X.map((_, i) => i).filter((i) => foldOf(i) !== f);
    const m = train(trainIdx.map((i) => X[i]!), trainIdx.map((i) => y[i]!), classes, features, opts);
    for (let i = 0; i < X.length; i++) if (foldOf(i) === f) out[i] = logits(m, X[i]!);
  }
  return out;
}

/** The temperature that makes out-of-fold probabilities honest: minimises their negative log-likelihood. */
export function fitTemperature(zs: number[][], y: number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4.0001; t += 0.05) {
    const loss = zs.reduce((a, z, i) => a - Math.log(Math.max(1e-12, softmax(z, t)[y[i]!]!)), 0);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}
