// Posting or not: the fitted model over the text's shape (posting.ts) turned into a verdict.
import { MODELS, probabilityYes } from './model';
import { POSTING_FEATURES, postingShape } from './posting';
import { saysPostingClosed } from './closed-notice';

export interface PostingVerdict {
  posting: boolean;
  /** The page says this posting has closed (この求人の掲載は終了しました): no job is offered, whatever its shape. */
  closed: boolean;
  /** The fitted model's probability that the text is a posting. */
  probability: number;
}

/** A page is badged only from this posting probability on: chosen by the fit (npm run fit) on out-of-fold
 *  predictions, weighing a badge on an article as worse than a posting left without one. */
export const POSTING_PROBABILITY = MODELS.meta.postingThreshold ?? 0.5;

/** Whatever the model says, a posting names at least one of a posting's fields, calls for someone (〜人を探して
 *  います), or speaks of recruiting and of some work: a shop's notice or a product page has none of these, and
 *  the model, fitted on postings and articles, has seen few such texts. */
function hasPostingEvidence(x: Record<(typeof POSTING_FEATURES)[number], number>, describesWork: boolean): boolean {
  return x.fieldWords > 0 || x.recruitCall > 0 || x.recruitWords >= 0.4 || (x.recruitWords > 0 && describesWork);
}

/** `describesWork`: the lexicon found what kind of work the text is about (any job-type or role word). */
export function detectPosting(normalizedText: string, describesWork = false): PostingVerdict {
  const { features, requirementsBlock, pointsElsewhere } = postingShape(normalizedText);
  const probability = probabilityYes(MODELS.posting, features);
  const named = Object.fromEntries(POSTING_FEATURES.map((f, i) => [f, features[i]!])) as Record<(typeof POSTING_FEATURES)[number], number>;
  const closed = saysPostingClosed(normalizedText);
  const posting = !closed && (probability >= POSTING_PROBABILITY || requirementsBlock) && hasPostingEvidence(named, describesWork) && !pointsElsewhere;
  return { posting, closed, probability };
}
