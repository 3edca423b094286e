// Other postings a page lists (関連求人, この求人を見た人は…) and the company's other openings listed under this one
// (その他の募集, ほかの募集職種, 同時募集中の職種: headings the pay reader knows, lib/pay/pay-headings.ts): whatever is
// named there — the work (・インサイドセールス（正社員）), a quota or results pay (・テレアポ 時給1,500円＋インセンティブ), a
// welcome or training — is that job's, never this one's.
import { withPayHeadings } from '../pay/pay-headings';
import { sectionObjectAt, type Section } from '../text/sections';

/** Whether a word at normalized offset `at` stands in another job's listing. */
export function inOtherJobsListing(text: string, sections: Section[]): (at: number) => boolean {
  let withOpenings: Section[] | undefined;
  return (at) => {
    withOpenings ??= withPayHeadings(text, sections);
    return sectionObjectAt(withOpenings, at)?.field === 'elsewhere';
  };
}
