// What the fitted decision layer sees of a posting: the lexicon's flags summed by category and by where they
// stand. The title and 仕事内容 state what the job is ("role"); requirements, pay, conditions and unheaded text
// describe it ("body"); the company profile describes the company and is left out.
import type { Category, Flag, JobType, SectionKind } from '../../core/types';
import { SECTION_WEIGHT } from '../../text/sections';
import { bookingsAreSideTask, evidenceIn, isBooking } from './evidence';

type Group = 'role' | 'body';
const GROUP_OF: Record<SectionKind, Group | null> = {
  title: 'role',
  job: 'role',
  requirements: 'body',
  pay: 'body',
  conditions: 'body',
  other: 'body',
  company: null,
};

/** Categories that tell what kind of job this is (signals such as training or beginners do not). */
export const ROLE_CATEGORIES = [
  'inbound', 'inboundOnly', 'outbound', 'mixed', 'sales', 'callCenter', 'management', 'office', 'collections', 'techSupport',
  'quota', 'incentive',
] as const satisfies readonly Category[];

/** The job-type model's classes, in its output order. */
export const JOB_CLASSES = ['inbound', 'outbound', 'mixed', 'sales', 'other'] as const satisfies readonly JobType[];

export const JOB_FEATURES: readonly string[] = [
  ...ROLE_CATEGORIES.flatMap((c) => [`${c}@role`, `${c}@body`]),
  'outbound:negated',
  'sales:negated',
];

/**
 * The feature vector: log(1 + summed entry weight) per category and group. The log keeps a long posting that
 * repeats a word from outweighing a short one that states it once; section weights are left to the fit.
 */
export function jobFeatures(flags: readonly Flag[]): number[] {
  const sums = new Map<string, number>();
  // Bookings taken by phone at a counter are the counter's work, as the rules read them (evidence.ts).
  const sideBookings = bookingsAreSideTask(evidenceIn(flags, 'page'));
  const add = (k: string, w: number) => sums.set(k, (sums.get(k) ?? 0) + w);
  for (const f of flags) {
    if (f.id.startsWith('user.')) continue; // the user's own keywords are not evidence of the job type
    const raw = f.weight / SECTION_WEIGHT[f.section];
    if (f.polarity === 'negated') {
      if (f.category === 'outbound' || f.category === 'sales') add(`${f.category}:negated`, raw);
      continue;
    }
    const group = GROUP_OF[f.section];
    if (group) add(`${sideBookings && isBooking(f) ? 'office' : f.category}@${group}`, raw);
  }
  return JOB_FEATURES.map((k) => Math.log1p(sums.get(k) ?? 0));
}
