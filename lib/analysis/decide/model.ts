// The fitted part of the decision layer, read from fitted-model.json (written by `npm run fit`, never by hand;
// tests/fit.test.ts checks that it is what the fit produces).
import fitted from './fitted-model.json';
import { predict, type SoftmaxModel } from '../../fit/softmax';

export interface FittedModels {
  /** Which labelled items the models were fitted on, and their cross-validated figures. */
  meta: {
    trainedOn: Record<string, number>;
    /** Items the job-type (confidence) model alone was also fitted on. */
    confidenceAlso?: Record<string, number>;
    rule: string;
    cv: Record<string, number>;
    l2: Record<string, number>;
    /** Posting probability from which a text is read as a posting, chosen on out-of-fold predictions. */
    postingThreshold: number;
  };
  posting: SoftmaxModel;
  /** The job-type model over jobFeatures (classes JOB_CLASSES). */
  jobType: SoftmaxModel;
}

export const MODELS = fitted as unknown as FittedModels;

/** Probability of the model's class at index 1 (classes are ['no', 'yes']). */
export function probabilityYes(model: SoftmaxModel, x: number[]): number {
  return predict(model, x)[1]!;
}
