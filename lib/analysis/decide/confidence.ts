// How often is a verdict like this one right? The features of a decision that tell a firm reading from a guess;
// their weights are fitted on labelled postings (scripts/fit.ts) and calibrated on out-of-fold predictions, so
// that 0.8 means right about 8 times in 10 on the postings it was measured on.
import type { Flag, JobType } from '../../core/types';
import type { JobTypeDecision } from './job-type';

const JOB_TYPES: JobType[] = ['inbound', 'outbound', 'mixed', 'sales'];

export const CONFIDENCE_FEATURES = [
  'margin', 'typeEvidence', 'roleBasis', 'noBasis', 'pageAgrees', 'otherBecause', 'flags',
  ...JOB_TYPES.map((t) => `is:${t}`),
] as const;

export function confidenceFeatures(d: JobTypeDecision, pageJobType: JobType, flags: readonly Flag[]): number[] {
  const s = d.scores;
  return [
    Math.log1p(Math.max(0, d.margin)),
    Math.log1p(Math.max(s.inbound, s.outbound, s.mixed, s.sales)),
    d.basis === 'role' ? 1 : 0,
    d.basis === 'none' ? 1 : 0,
    pageJobType === d.jobType ? 1 : 0,
    d.otherBecause ? 1 : 0,
    Math.log1p(flags.length),
    ...JOB_TYPES.map((t) => (d.jobType === t ? 1 : 0)),
  ];
}
