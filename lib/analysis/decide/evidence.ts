// Summed flag weights by category, for one scope of the posting. The job is read from where postings state it
// (the title and 仕事内容) before the rest of the page; the company profile never says what this job is.
import type { Category, Flag, SectionKind } from '../../core/types';

export type Scope = 'role' | 'page';

const IN_SCOPE: Record<Scope, ReadonlySet<SectionKind>> = {
  role: new Set(['title', 'job']),
  page: new Set(['title', 'job', 'requirements', 'pay', 'conditions', 'other']),
};

export interface Evidence {
  present: Readonly<Record<Category, number>>;
  negated: Readonly<Record<Category, number>>;
}

const zero = (): Record<Category, number> =>
  new Proxy({} as Record<Category, number>, { get: (t, k) => (t as Record<string | symbol, number>)[k] ?? 0 });

export function evidenceIn(flags: readonly Flag[], scope: Scope | 'all'): Evidence {
  const present = zero();
  const negated = zero();
  for (const f of flags) {
    if (scope !== 'all' && !IN_SCOPE[scope].has(f.section)) continue;
    const bucket = f.polarity === 'present' ? present : negated;
    bucket[f.category] += f.weight;
  }
  return { present, negated };
}

/** Indexes of the flags of a category and polarity: the evidence a reason points to. */
export function flagIndexes(flags: readonly Flag[], category: Category, polarity: Flag['polarity'] = 'present'): number[] {
  return flags.flatMap((f, i) => (f.category === category && f.polarity === polarity ? [i] : []));
}
