// Is there a quota? Stated (ノルマ, 目標件数, and the implicit kinds: a minimum call count, a contract ended for
// results, contracted service levels, a guideline count of visits or stores), negated (ノルマなし) or absent. A stated euphemism beats ノルマなし.
import type { Flag, QuotaStatus } from '../../core/types';
import { QUOTA_MIN_WEIGHT } from './constants';

/** Lexicon entries that are quota-like pressure without the word: they get their own reason text. */
export const IMPLICIT_QUOTA_ENTRIES: ReadonlySet<string> = new Set(['quota.service-level', 'quota.minimum-calls', 'quota.call-guideline', 'quota.work-guideline', 'quota.dismissal', 'quota.continuation']);

export interface QuotaDecision {
  quota: QuotaStatus;
  /** 「ノルマなし」 stated next to targets under other words. */
  euphemismDespiteNegation: boolean;
  /** Every stated quota flag is of the implicit kinds. */
  implicitOnly: boolean;
}

/** A guideline (1日100件が目安, 1日40軒の目安) is softer than a target: beside an explicit ノルマなし the page has
 *  said what it is, while a target (目標件数) beside ノルマなし is the euphemism. */
export const GUIDELINE_ENTRIES: ReadonlySet<string> = new Set(['quota.call-guideline', 'quota.work-guideline']);

export function decideQuota(flags: readonly Flag[]): QuotaDecision {
  const present = flags.filter((f) => f.category === 'quota' && f.polarity === 'present');
  const negated = flags.some((f) => f.category === 'quota' && f.polarity === 'negated');
  const weight = present.reduce((a, f) => a + f.weight, 0);
  if (negated && present.length && present.every((f) => GUIDELINE_ENTRIES.has(f.id))) {
    return { quota: 'negated', euphemismDespiteNegation: false, implicitOnly: false };
  }
  if (weight >= QUOTA_MIN_WEIGHT) {
    return { quota: 'stated', euphemismDespiteNegation: negated, implicitOnly: present.every((f) => IMPLICIT_QUOTA_ENTRIES.has(f.id)) };
  }
  return { quota: negated ? 'negated' : 'absent', euphemismDespiteNegation: false, implicitOnly: false };
}
