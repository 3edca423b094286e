// The confidence a result states: how likely the job type shown is, in the eyes of a model fitted to labelled
// postings (features.ts) and calibrated on out-of-fold predictions. The rules decide; this second, fitted
// reading says how sure that decision can be: where it agrees, the verdict is firm; where it reads the flags
// as another kind of job, the verdict is tentative. Lowered where the analysis itself was partial.
import type { AnalysisResult, Flag, JobType } from '../../core/types';
import { JOB_CLASSES, jobFeatures } from './features';
import { MODELS } from './model';
import { predict } from '../../fit/softmax';

/** Without dictionary forms and parts of speech (the rough tokenizer's provisional verdict), readings are less
 *  sure than the fitted model assumes: it was fitted on kuromoji's. */
export const PROVISIONAL_FACTOR = 0.8;
/** Some windows read roughly (kuromoji failed on odd input there): part of the reading is provisional. */
export const MIXED_FACTOR = 0.9;
/** A text cut at the length limit may state more further on. */
export const TRUNCATED_FACTOR = 0.9;
/** The rules found job words but nothing that decides the job (a bare オペレーター): the verdict is their default,
 *  not a reading, and is never shown as firm whatever the model makes of the words. */
export const UNDECIDED_CAP = 0.6;

export function confidenceOf(jobType: JobType, flags: readonly Flag[], mode: AnalysisResult['meta']['mode'], truncated: boolean, undecided = false): number {
  let c = predict(MODELS.jobType, jobFeatures(flags))[JOB_CLASSES.indexOf(jobType)] ?? 0;
  if (undecided) c = Math.min(c, UNDECIDED_CAP);
  if (mode === 'provisional') c *= PROVISIONAL_FACTOR;
  if (mode === 'mixed') c *= MIXED_FACTOR;
  if (truncated) c *= TRUNCATED_FACTOR;
  // Two decimals, never 0: the verdict shown is the rules' reading, which the model may doubt but never rules out.
  return Math.max(0.01, Math.round(c * 100) / 100);
}
