// Signals beside the job type: incentive pay, complaints, collections, technical support, training, beginners,
// required experience.
import type { Category, Flag, Signals } from '../../core/types';
import { SIGNAL_MIN_WEIGHT, STRONG_SIGNAL_MIN_WEIGHT } from './constants';
import { evidenceIn } from './evidence';

/** Which category states each signal and how much weight it needs. */
export const SIGNAL_RULES: Record<keyof Signals, { category: Category; min: number }> = {
  incentive: { category: 'incentive', min: SIGNAL_MIN_WEIGHT },
  complaints: { category: 'complaints', min: SIGNAL_MIN_WEIGHT },
  collections: { category: 'collections', min: STRONG_SIGNAL_MIN_WEIGHT },
  techSupport: { category: 'techSupport', min: STRONG_SIGNAL_MIN_WEIGHT },
  manualTraining: { category: 'training', min: SIGNAL_MIN_WEIGHT },
  beginnerOk: { category: 'beginner', min: SIGNAL_MIN_WEIGHT },
  experienceRequired: { category: 'experience', min: SIGNAL_MIN_WEIGHT },
};

export function decideSignals(flags: readonly Flag[]): Signals {
  const { present } = evidenceIn(flags, 'all');
  const out = {} as Signals;
  for (const [signal, rule] of Object.entries(SIGNAL_RULES) as [keyof Signals, (typeof SIGNAL_RULES)[keyof Signals]][]) {
    out[signal] = present[rule.category] >= rule.min;
  }
  return out;
}
