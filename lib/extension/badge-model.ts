// What the badge shows, decided from a result and the settings. Pure, so the rules are tested in Node.
import type { AnalysisResult, Sensitivity } from '../core/types';
import { HOST_ATTR } from './dom-contract';
import { FIRM_CONFIDENCE } from '../analysis/decide/constants';
import { CORNERS, type Settings } from './settings';
import { fnv1a, FNV_PRIME } from '../text/hash';

export type BadgeVisibility = 'badge' | 'quiet' | 'none';

/**
 * When the badge speaks up. Not a posting (an article): nothing. At low sensitivity only strong
 * call-center or sales signals (a job type was called, or call-center work); at standard also quota or
 * incentive; at high any signal. A posting with no signal at all gets the quiet mark, unless hidden.
 */
export function badgeVisibility(r: AnalysisResult, sensitivity: Sensitivity, hideQuietMark: boolean): BadgeVisibility {
  if (!r.posting) return 'none';
  const strong = r.jobType !== 'other' || r.callCenter;
  const medium = strong || r.quota === 'stated' || r.signals.incentive || r.signals.collections;
  const any = r.flags.some((f) => f.category !== 'office');
  const speaks = sensitivity === 'low' ? strong : sensitivity === 'standard' ? medium : any || medium;
  if (speaks) return 'badge';
  return hideQuietMark ? 'none' : 'quiet';
}

/** Level colours; the text always carries the level too (never colour alone). */
export function levelTone(level: number): 'low' | 'mid' | 'high' {
  return level <= 2 ? 'low' : level === 3 ? 'mid' : 'high';
}

/** A verdict below the firm confidence is shown as a possibility (「〜の可能性」), never as a firm call. */
export function isTentative(r: Pick<AnalysisResult, 'confidence'>): boolean {
  return r.confidence < FIRM_CONFIDENCE;
}

/** The data-* attributes of the badge's host element: the same values as the CLI's JSON. */
export function badgeAttributes(state: string, r: AnalysisResult | null): Record<string, string> {
  const a: Record<string, string> = { 'data-state': state };
  if (r && (state === 'final' || state === 'provisional')) {
    a['data-job-type'] = r.jobType;
    a['data-difficulty'] = String(r.difficulty);
    a['data-stress'] = String(r.stress);
    a['data-quota'] = r.quota;
    a['data-call-center'] = String(r.callCenter);
    a['data-confidence'] = String(r.confidence);
    a['data-tentative'] = String(isTentative(r));
  }
  return a;
}

/** A short, stable hash of posting text: a badge is keyed by it, so an unchanged posting is not redone. */
export function textHash(s: string): string {
  // FNV-1a and a second, multiplicative hash with the length: two 32-bit hashes make a collision between
  // two postings of one page unlikely enough.
  let h2 = FNV_PRIME;
  for (let i = 0; i < s.length; i++) h2 = Math.imul(h2 + s.charCodeAt(i), 0x5bd1e995);
  return `${fnv1a(s).toString(36)}${(h2 >>> 0).toString(36)}${s.length.toString(36)}`;
}

/** What the badge shows: a verdict (provisional or final), a failure, the quiet mark, or (null) nothing. */
export type BadgeState = 'provisional' | 'final' | 'error' | 'unreadable' | 'quiet';

/** The badge for the page's verdict, given the settings that decide when it speaks up. */
export function badgeStateOf(
  page: { status: string; result: AnalysisResult | null },
  settings: { sensitivity: Sensitivity; hideQuietMark: boolean },
): BadgeState | null {
  if (page.status === 'error') return 'error';
  if (page.status === 'unreadable') return 'unreadable';
  if ((page.status !== 'provisional' && page.status !== 'final') || !page.result) return null;
  const v = badgeVisibility(page.result, settings.sensitivity, settings.hideQuietMark);
  return v === 'badge' ? page.status : v === 'quiet' ? 'quiet' : null;
}

/** How the page was read, for the host: the extraction step, and whether the site looks changed. */
export interface HostReading {
  source: 'json-ld' | 'adapter' | 'generic' | 'main' | null;
  siteChanged: boolean;
}

/**
 * Every data-* attribute of the badge's host: the verdict's, or for the quiet mark whether it is
 * provisional or final; then data-source (the step that read the posting) and data-site-changed.
 */
export function hostAttributes(
  state: BadgeState,
  page: { status: string; result: AnalysisResult | null },
  read?: HostReading,
): Record<string, string> {
  const how: Record<string, string> = {};
  if (read?.source) how['data-source'] = read.source;
  if (read?.siteChanged) how['data-site-changed'] = 'true';
  // The quiet mark carries whether its (signal-free) verdict is provisional or final.
  if (state === 'quiet') return { [HOST_ATTR]: 'quiet', 'data-state': page.status === 'final' ? 'final' : 'provisional', ...how };
  return { [HOST_ATTR]: 'badge', ...badgeAttributes(state, page.result), ...how };
}

/** The corner the badge's move button goes to next. */
export function nextCorner(corner: Settings['badge']['corner']): Settings['badge']['corner'] {
  return CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length]!;
}
