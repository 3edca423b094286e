// Posting or not: the fitted model over the text's shape (posting.ts) turned into a verdict.
import { MODELS, probabilityYes } from './model';
import { postingFeatures } from './posting';

export interface PostingVerdict {
  posting: boolean;
  /** The fitted model's probability that the text is a posting. */
  probability: number;
}

/** A page is badged only when it reads as a posting more likely than not. */
export const POSTING_PROBABILITY = 0.5;

export function detectPosting(normalizedText: string): PostingVerdict {
  const probability = probabilityYes(MODELS.posting, postingFeatures(normalizedText));
  return { posting: probability >= POSTING_PROBABILITY, probability };
}
