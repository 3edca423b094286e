// Fits the decision layer's models on labelled postings: which texts are postings (from their shape) and how
// often a job-type reading is right (the stated confidence). Pure: given analysed items, returns the models and
// their cross-validated figures. scripts/fit.ts feeds it the tuned halves and writes fitted-model.json.
import type { AnalysisResult } from '../core/types';
import { JOB_CLASSES, JOB_FEATURES, jobFeatures } from '../analysis/decide/features';
import { POSTING_FEATURES, postingFeatures } from '../analysis/decide/posting';
import type { FittedModels } from '../analysis/decide/model';
import { normalize } from '../text/normalize';
import { crossValidate, fitTemperature, softmax, train, type SoftmaxModel } from '../fit/softmax';

export interface FitItem {
  id: string;
  set: string;
  kind: 'posting' | 'article';
  jobType: string;
  text: string;
  result: AnalysisResult;
  /** Learnt from by the job-type (confidence) model only, not by the posting model. */
  confidenceOnly?: boolean;
}

/** Penalties tried; the one with the lowest out-of-fold log-loss is kept. */
export const L2_GRID = [0.001, 0.003, 0.01, 0.03, 0.1];
export const FOLDS = 5;

/** A badge on an article is a false claim, a posting left without one only loses its badge: badging an
 *  article costs this many missed postings when the posting threshold is chosen. */
export const ARTICLE_BADGE_COST = 3;
const THRESHOLD_GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/** Out-of-fold probabilities move by a few hundredths with the folds' luck and the next text's wording: a threshold
 *  counts an item this close to it, on either side, as one it gets wrong (half a step of the grid). */
const THRESHOLD_MARGIN = 0.025;

/** The posting threshold with the lowest out-of-fold cost, each threshold kept THRESHOLD_MARGIN clear of the texts
 *  it decides: one posting just below a threshold (or an article just above it) must not pull the threshold onto
 *  the articles (or postings) beside it. Training texts are nearly separable, so many thresholds tie: the middle one
 *  of the tied run keeps the widest margin on both sides, where the highest would drop every unusual posting the
 *  folds happened not to show. */
export function postingThreshold(oof: readonly { probability: number; posting: boolean }[]): number {
  const cost = (t: number) =>
    oof.reduce((a, p) => a + (p.posting ? (p.probability < t + THRESHOLD_MARGIN ? 1 : 0) : p.probability >= t - THRESHOLD_MARGIN ? ARTICLE_BADGE_COST : 0), 0);
  const costs = THRESHOLD_GRID.map(cost);
  const best = Math.min(...costs);
  const tied = THRESHOLD_GRID.filter((_, i) => costs[i] === best);
  return tied[Math.floor((tied.length - 1) / 2)]!;
}

interface Fitted {
  model: SoftmaxModel;
  l2: number;
  cvAccuracy: number;
  cvLogLoss: number;
  /** Out-of-fold class probabilities per item, calibrated: the reliability table's honest input. */
  oof: number[][];
}

/** Cross-validation is repeated over this many fixed shufflings of the folds: with a hundred-odd texts, one
 *  split's luck moves the chosen penalty, temperature and threshold more than any real difference does. */
export const CV_REPEATS = 5;

/** Group ids shuffled by a fixed seed (a linear congruential generator): the same folds on every run. */
function shuffledGroups(groups: number[], seed: number): number[] {
  const ids = [...new Set(groups)];
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const rank = new Map(ids.map((g) => [g, next()]));
  const order = [...ids].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const position = new Map(order.map((g, k) => [g, k]));
  return groups.map((g) => position.get(g)!);
}

/** Fits a softmax model, choosing the penalty by out-of-fold log-loss and the temperature on those folds. */
function fit(X: number[][], y: number[], classes: readonly string[], features: readonly string[], groups: number[] = X.map((_, i) => i)): Fitted {
  let best: Fitted | null = null;
  for (const l2 of L2_GRID) {
    const zs = Array.from({ length: CV_REPEATS }, (_, r) => crossValidate(X, y, [...classes], [...features], { l2 }, FOLDS, r === 0 ? groups : shuffledGroups(groups, r)));
    const t = fitTemperature(zs.flat(), zs.flatMap(() => y));
    // Each item's out-of-fold probabilities, averaged over the repeats.
    const p = X.map((_, i) => classes.map((_, c) => zs.reduce((a, z) => a + softmax(z[i]!, t)[c]!, 0) / CV_REPEATS));
    const logLoss = -p.reduce((a, pi, i) => a + Math.log(Math.max(1e-12, pi[y[i]!]!)), 0) / Math.max(1, p.length);
    const accuracy = p.filter((pi, i) => pi.indexOf(Math.max(...pi)) === y[i]).length / Math.max(1, p.length);
    if (!best || logLoss < best.cvLogLoss - 1e-9) best = { model: { ...train(X, y, [...classes], [...features], { l2 }), temperature: t }, l2, cvAccuracy: accuracy, cvLogLoss: logLoss, oof: p };
  }
  return best!;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
function rounded(m: SoftmaxModel): SoftmaxModel {
  return { ...m, weights: m.weights.map((w) => w.map(round)), bias: m.bias.map(round), temperature: round(m.temperature) };
}

export interface FitReport {
  models: FittedModels;
  /** Out-of-fold confidence of each posting's job-type reading, and whether the reading was right. */
  confidenceOof: { id: string; confidence: number; right: boolean }[];
  postingOof: { id: string; probability: number; posting: boolean }[];
}

/** Pages are often met by their opening only (a board's preview, a text cut off before its conditions), and
 *  short postings exist: the posting model also learns from the first OPENING_CHARS of every longer text,
 *  labelled like the whole, in the same cross-validation fold as the whole. */
export const OPENING_CHARS = 600;
/** Texts up to this length are their own opening. */
const OPENING_FROM = 900;

interface PostingRow {
  id: string;
  opening: boolean;
  x: number[];
  y: number;
  group: number;
}

function postingRows(items: FitItem[]): PostingRow[] {
  return items.flatMap((it, group) => {
    const text = normalize(it.text).text;
    const y = it.kind === 'posting' ? 1 : 0;
    const whole: PostingRow = { id: it.id, opening: false, x: postingFeatures(text), y, group };
    if (text.length <= OPENING_FROM) return [whole];
    return [whole, { id: it.id, opening: true, x: postingFeatures(text.slice(0, OPENING_CHARS)), y, group }];
  });
}

export function fitDecisions(items: FitItem[], rule: string): FitReport {
  const rows = postingRows(items.filter((it) => !it.confidenceOnly));
  const posting = fit(rows.map((r) => r.x), rows.map((r) => r.y), ['no', 'yes'], POSTING_FEATURES, rows.map((r) => r.group));
  // Out-of-fold accuracy over the whole texts, or over their openings.
  const share = (opening: boolean) => {
    const kept = rows.flatMap((r, i) => (r.opening === opening ? [(posting.oof[i]![1]! >= 0.5 ? 1 : 0) === r.y] : []));
    return kept.filter(Boolean).length / Math.max(1, kept.length);
  };

  // The job-type model: a second reading of the same flags, fitted to the labels. The confidence a result
  // states is this model's out-of-sample probability for the job type the rules chose.
  const postings = items.filter((it) => it.kind === 'posting');
  const jobX = postings.map((it) => jobFeatures(it.result.flags));
  const jobY = postings.map((it) => JOB_CLASSES.indexOf(it.jobType as (typeof JOB_CLASSES)[number]));
  const jobType = fit(jobX, jobY, JOB_CLASSES, JOB_FEATURES);
  const ruleRight = postings.map((it) => it.result.jobType === it.jobType);

  const postingOof = rows.map((r, i) => ({ id: r.opening ? `${r.id} (opening)` : r.id, probability: posting.oof[i]![1]!, posting: r.y === 1 }));
  const trainedOn: Record<string, number> = {};
  const confidenceAlso: Record<string, number> = {};
  for (const it of items) {
    const counts = it.confidenceOnly ? confidenceAlso : trainedOn;
    counts[it.set] = (counts[it.set] ?? 0) + 1;
  }
  return {
    models: {
      meta: {
        trainedOn,
        confidenceAlso,
        rule,
        cv: {
          postingAccuracy: round(share(false)),
          postingOpeningAccuracy: round(share(true)),
          postingLogLoss: round(posting.cvLogLoss),
          jobTypeModelAccuracy: round(jobType.cvAccuracy),
          jobTypeModelLogLoss: round(jobType.cvLogLoss),
          ruleJobTypeAccuracy: round(ruleRight.filter(Boolean).length / Math.max(1, ruleRight.length)),
        },
        l2: { posting: posting.l2, jobType: jobType.l2 },
        postingThreshold: postingThreshold(postingOof),
      },
      posting: rounded(posting.model),
      jobType: rounded(jobType.model),
    },
    confidenceOof: postings.map((it, i) => ({
      id: it.id,
      confidence: jobType.oof[i]![JOB_CLASSES.indexOf(it.result.jobType)]!,
      right: ruleRight[i]!,
    })),
    postingOof,
  };
}
