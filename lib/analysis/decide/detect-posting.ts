// Posting or not: the fitted model over the text's shape (posting.ts) turned into a verdict.
import { MODELS, probabilityYes } from './model';
import { POSTING_FEATURES, POSTING_FIELD_KINDS, REQUIREMENTS_BLOCK_FIELDS, postingShape } from './posting';
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


/** A page that sends the reader to the posting elsewhere (詳しくは採用ページをご覧ください, 募集要項はこちら) and lays out
 *  none of its own (no 募集要項 block, fewer kinds of field as labels than such a block has, no call for people on the
 *  page) points to a job: a staff blog, an interview, a news item, a list of results, a recruit site's top. */
function pointsToPostingElsewhere(x: Record<(typeof POSTING_FEATURES)[number], number>, shape: { requirementsBlock: boolean; pointsElsewhere: boolean }): boolean {
  return shape.pointsElsewhere && !shape.requirementsBlock && Math.round(x.fieldLabels * POSTING_FIELD_KINDS) < REQUIREMENTS_BLOCK_FIELDS && x.recruitCall === 0;
}

/** `describesWork`: the lexicon found what kind of work the text is about (any job-type or role word). */
export function detectPosting(normalizedText: string, describesWork = false): PostingVerdict {
  const shape = postingShape(normalizedText);
  const { features, requirementsBlock } = shape;
  const probability = probabilityYes(MODELS.posting, features);
  const named = Object.fromEntries(POSTING_FEATURES.map((f, i) => [f, features[i]!])) as Record<(typeof POSTING_FEATURES)[number], number>;
  const closed = saysPostingClosed(normalizedText);
  const posting = !closed && (probability >= POSTING_PROBABILITY || requirementsBlock) && hasPostingEvidence(named, describesWork) && !pointsToPostingElsewhere(named, shape);
  return { posting, closed, probability };
}
