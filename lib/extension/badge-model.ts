// What the badge shows, decided from a result and the settings. Pure, so the rules are tested in Node.
import type { AnalysisResult, Sensitivity } from '../core/types';

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

/** The data-* attributes of the badge's host element: the same values as the CLI's JSON. */
export function badgeAttributes(state: string, r: AnalysisResult | null): Record<string, string> {
  const a: Record<string, string> = { 'data-state': state };
  if (r && (state === 'final' || state === 'provisional')) {
    a['data-job-type'] = r.jobType;
    a['data-difficulty'] = String(r.difficulty);
    a['data-stress'] = String(r.stress);
    a['data-quota'] = r.quota;
    a['data-call-center'] = String(r.callCenter);
  }
  return a;
}

/** A short, stable hash of posting text: a badge is keyed by it, so an unchanged posting is not redone. */
export function textHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}${s.length.toString(36)}`;
}
