// Other postings a page lists (関連求人, この求人を見た人は…) and the company's other openings listed under this one
// (その他の募集, 同時募集中の職種: headings the pay reader knows, lib/pay/pay-headings.ts): a quota or results pay named
// there (・テレアポ 時給1,500円＋インセンティブ) is that job's, never this one's.
import type { Category } from '../core/types';
import { withPayHeadings } from '../pay/pay-headings';
import { sectionObjectAt, type Section } from '../text/sections';

/** Categories that are terms of one job rather than kinds of work. */
const TERMS_OF_A_JOB: ReadonlySet<Category> = new Set(['quota', 'incentive']);

/** Whether a word of `category` at normalized offset `at` states another job's terms. */
export function otherJobsTerms(text: string, sections: Section[]): (category: Category, at: number) => boolean {
  let withOpenings: Section[] | undefined;
  return (category, at) => {
    if (!TERMS_OF_A_JOB.has(category)) return false;
    withOpenings ??= withPayHeadings(text, sections);
    return sectionObjectAt(withOpenings, at)?.field === 'elsewhere';
  };
}
