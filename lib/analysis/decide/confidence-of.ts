// The confidence a result states: the fitted model's probability that a job-type reading like this is right,
// lowered where the analysis itself was partial.
import type { Flag } from '../../core/types';
import type { Tokenizer } from '../../tokenizer/types';
import { confidenceFeatures } from './confidence';
import type { JobTypeDecision } from './job-type';
import { MODELS, probabilityYes } from './model';

/** Without dictionary forms and parts of speech (the rough tokenizer's provisional verdict), readings are less
 *  sure than the fitted model assumes: it was fitted on kuromoji's. */
export const PROVISIONAL_FACTOR = 0.8;
/** A text cut at the length limit may state more further on. */
export const TRUNCATED_FACTOR = 0.9;

export function confidenceOf(d: JobTypeDecision, flags: readonly Flag[], kind: Tokenizer['kind'], truncated: boolean): number {
  let c = probabilityYes(MODELS.confidence, confidenceFeatures(d, d.pageJobType, flags));
  if (kind !== 'kuromoji') c *= PROVISIONAL_FACTOR;
  if (truncated) c *= TRUNCATED_FACTOR;
  return Math.round(c * 100) / 100;
}
