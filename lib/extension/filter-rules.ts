// Whether a result-list card is hidden, and why: the user's rules applied to the card's verdict and its
// own text. Pure, so every rule is tested in Node.
import type { HideReason, JobType, QuotaStatus } from '../core/types';
import { normalize } from '../text/normalize';
import { JOB_TYPES, type FilterRules } from './filter-settings';

/**
 * A card's summary text can mislead (a title, two lines): its verdict hides the card only when the
 * analysis is at least this sure. A posting the user opened is judged by its full verdict instead.
 */
export const SUMMARY_MIN_CONFIDENCE = 0.7;

export type { HideReason } from '../core/types';

/** What the rules need of a verdict: small enough to keep for every card. */
export interface FilterVerdict {
  jobType: JobType;
  stress: number;
  quota: QuotaStatus;
  /** インセンティブのみ; null while pay has not been read. */
  incentiveOnly: boolean | null;
  /** 'summary': from the card's text. 'full': from the opened posting. */
  basis: 'summary' | 'full';
  confidence: number;
}

/**
 * A job's verdict as the rules read it. Verdicts remembered before confidence and pay were kept lack
 * them: such a full verdict still counts (full verdicts need no confidence), its pay counts as not read.
 */
export function filterVerdict(v: (Omit<FilterVerdict, 'confidence' | 'incentiveOnly'> & { confidence?: unknown; incentiveOnly?: unknown }) | undefined): FilterVerdict | null {
  if (!v) return null;
  return {
    jobType: v.jobType, stress: v.stress, quota: v.quota, basis: v.basis,
    confidence: typeof v.confidence === 'number' ? v.confidence : 0,
    incentiveOnly: typeof v.incentiveOnly === 'boolean' ? v.incentiveOnly : null,
  };
}

/** Text as the rules compare it: normalized (widths, ㈱), lower case. */
const fold = (s: string) => normalize(s).text.toLowerCase();

/** Whether the verdict is sure enough to hide a card by. */
export function verdictCounts(v: FilterVerdict | null): v is FilterVerdict {
  return !!v && (v.basis === 'full' || v.confidence >= SUMMARY_MIN_CONFIDENCE);
}

/**
 * Every rule that hides the card, in a fixed order (job type, quota, incentive, stress, keywords); empty
 * when it stays. Keywords are the user's own words in the card's text and need no verdict.
 */
export function hideReasons(rules: FilterRules, verdict: FilterVerdict | null, cardText: string): HideReason[] {
  const out: HideReason[] = [];
  if (verdictCounts(verdict)) {
    if (rules.jobTypes[verdict.jobType]) out.push({ kind: 'jobType', jobType: verdict.jobType });
    if (rules.quota && verdict.quota === 'stated') out.push({ kind: 'quota' });
    if (rules.incentiveOnly && verdict.incentiveOnly === true) out.push({ kind: 'incentiveOnly' });
    if (rules.stressAtLeast !== null && verdict.stress >= rules.stressAtLeast) out.push({ kind: 'stress', level: verdict.stress });
  }
  if (rules.keywords.length) {
    const text = fold(cardText);
    for (const k of rules.keywords) if (text.includes(fold(k).trim())) out.push({ kind: 'keyword', text: k });
  }
  return out;
}

/** One reason as a stable code: outbound, quota, incentive-only, stress-4, keyword:<word>. */
export function reasonCode(r: HideReason): string {
  switch (r.kind) {
    case 'jobType':
      return r.jobType;
    case 'quota':
      return 'quota';
    case 'incentiveOnly':
      return 'incentive-only';
    case 'stress':
      return `stress-${r.level}`;
    case 'keyword':
      return `keyword:${r.text}`;
  }
}

/** The value of data-kyujin-lens-hidden: the reasons' codes, comma-separated. */
export const reasonCodes = (reasons: readonly HideReason[]) => reasons.map(reasonCode).join(',');

/** Reads codes back (for the bar's counts); unknown codes are skipped. */
export function parseReasonCode(code: string): HideReason | null {
  if ((JOB_TYPES as readonly string[]).includes(code)) return { kind: 'jobType', jobType: code as JobType };
  if (code === 'quota') return { kind: 'quota' };
  if (code === 'incentive-only') return { kind: 'incentiveOnly' };
  const m = /^stress-([1-5])$/.exec(code);
  if (m) return { kind: 'stress', level: Number(m[1]) };
  if (code.startsWith('keyword:') && code.length > 8) return { kind: 'keyword', text: code.slice(8) };
  return null;
}

/** How many hidden cards each reason accounts for, most first (a card with two reasons counts in both). */
export function countReasons(hidden: readonly (readonly HideReason[])[]): { reason: HideReason; count: number }[] {
  const counts = new Map<string, { reason: HideReason; count: number }>();
  for (const reasons of hidden) {
    for (const r of reasons) {
      const key = reasonCode(r);
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { reason: r, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
