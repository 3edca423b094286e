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
  const W = Array.from({ length: K }, () => new Array<number>(D).fill(0));
  const b = new Array<number>(K).fill(0);
  const iterations = opts.iterations ?? 4000;
  const lr = opts.learningRate ?? 0.5;
  if (!n) return { classes, features, weights: W, bias: b, temperature: 1 };
  for (let it = 0; it < iterations; it++) {
    const gW = Array.from({ length: K }, () => new Array<number>(D).fill(0));
    const gb = new Array<number>(K).fill(0);
    for (let j = 0; j < n; j++) {
      const p = softmax(logits({ weights: W, bias: b }, X[j]!));
      for (let c = 0; c < K; c++) {
        const d = (p[c]! - (y[j] === c ? 1 : 0)) / n;
        gb[c]! += d;
        const row = gW[c]!;
        const x = X[j]!;
        for (let i = 0; i < D; i++) row[i]! += d * x[i]!;
      }
    }
    for (let c = 0; c < K; c++) {
      b[c]! -= lr * gb[c]!;
      for (let i = 0; i < D; i++) W[c]![i]! -= lr * (gW[c]![i]! + opts.l2 * W[c]![i]!);
    }
  }
  return { classes, features, weights: W, bias: b, temperature: 1 };
}

/** Out-of-fold logits by k-fold cross-validation (folds by position: item i goes to fold i % k). */
export function crossValidate(
  X: number[][], y: number[], classes: string[], features: string[], opts: TrainOptions, k = 5,
): number[][] {
  const out: number[][] = new Array(X.length);
  for (let f = 0; f < k; f++) {
    const trainIdx = X.map((_, i) => i).filter((i) => i % k !== f);
    const m = train(trainIdx.map((i) => X[i]!), trainIdx.map((i) => y[i]!), classes, features, opts);
    for (let i = f; i < X.length; i += k) out[i] = logits(m, X[i]!);
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
