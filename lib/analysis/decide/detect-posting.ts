// Posting or not: the fitted model over the text's shape (posting.ts) turned into a verdict.
import { MODELS, probabilityYes } from './model';
import { postingEvidence, postingShape, type PostingEvidence } from './posting';
import { saysNoOpeningNow, saysPostingClosed } from './closed-notice';

export interface PostingVerdict {
  posting: boolean;
  /** The page says this posting has closed (この求人の掲載は終了しました): no job is offered, whatever its shape. */
  closed: boolean;
  /** The fitted model's probability that the text is a posting; null where it was not computed: the page shows
   *  none of a posting's evidence (below), so no probability could make it one. */
  probability: number | null;
}

/** A page is badged only from this posting probability on: chosen by the fit (npm run fit) on out-of-fold
 *  predictions, weighing a badge on an article as worse than a posting left without one. */
export const POSTING_PROBABILITY = MODELS.meta.postingThreshold ?? 0.5;

/** Whatever the model says, a posting names at least one of a posting's fields, calls for someone (〜人を探して
 *  います), or speaks of recruiting and of some work: a shop's notice or a product page has none of these, and
 *  the model, fitted on postings and articles, has seen few such texts. */
function hasPostingEvidence(e: PostingEvidence, describesWork: boolean): boolean {
  // A field word alone (営業時間, 定休日, アクセス on a shop's page) is no offer: a posting also says something of
  // hiring (募集, 応募, 勤務, スタッフ, 歓迎), states its pay, or names the work.
  // Without any field word, one recruit word beside words of work (a city's 相談窓口 page: 相談スタッフ, 電話勧誘) is no
  // offer either, unless pay is stated too (an SNS post: スタッフ募集！時給1,300円) or the title names a job or a recruit
  // page of one (リクルート｜仕事紹介).
  return (e.fieldWords > 0 && (e.recruitWords > 0 || e.statesPay || describesWork)) || e.recruitCall || e.recruitWords >= 0.4 || (e.recruitWords > 0 && describesWork && (e.statesPay || e.jobTitle));
}

/** `describesWork`: the lexicon found what kind of work the text is about (any job-type or role word). The
 *  evidence is read first: a long page without it (a shop's page, a story) costs a few scans, not the whole shape. */
export function detectPosting(normalizedText: string, describesWork = false): PostingVerdict {
  const closed = saysPostingClosed(normalizedText);
  const evidence = postingEvidence(normalizedText);
  if (!hasPostingEvidence(evidence, describesWork)) return { posting: false, closed, probability: null };
  const { features, requirementsBlock, pointsElsewhere, forPeopleHired } = postingShape(normalizedText, evidence);
  const probability = probabilityYes(MODELS.posting, features);
  const posting = !closed && (probability >= POSTING_PROBABILITY || requirementsBlock) && !pointsElsewhere && !forPeopleHired && !saysNoOpeningNow(normalizedText);
  return { posting, closed, probability };
}
