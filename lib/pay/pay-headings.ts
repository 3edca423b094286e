// Headings that name pay in words the shared field list does not hold (お給料について, お仕事の報酬, お支払い,
// 報酬体系, 単価): recruit pages and commission postings head their pay so, and what stands under them is the pay
// section for the pay reader. The shared list is left as it is: it also shapes posting detection and its fit.
import type { Section } from '../text/sections';

const LABEL = 'お給料|お給与|お賃金|お支払い?|お仕事の報酬|報酬体系|報酬単価|作業単価|単価|収入';
// The label as a line's heading: a bullet or bracket may open it, について may follow, then a closing mark, a colon,
// the end of the line, or spaces before the value (単価：1件 50円, お給料　月給22万円).
const HEADING = new RegExp(
  String.raw`^[ \t]*(?:[■□◆◇●○★☆▼▽▶►◎・*#\-]+[ \t]*)?[【\[(〔<≪《]?[ \t]*(?:${LABEL})(?:について)?[ \t]*(?:[】\])〕>≫》★☆■□◆◇●○◎]+[ \t]*:?|:|$|[ \t]+(?=\S))`,
  'gm',
);

/** The sections with the pay headings above added: each runs to the next heading of either kind. */
export function withPayHeadings(text: string, sections: Section[]): Section[] {
  const titleEnd = sections[0]?.end ?? 0;
  const added: Section[] = [];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    if (m[0].length === 0) HEADING.lastIndex++;
    if (m.index < titleEnd) continue;
    added.push({ kind: 'pay', start: m.index, end: text.length, label: 'pay', field: 'pay' });
  }
  if (!added.length) return sections;
  const all = [...sections, ...added].sort((a, b) => a.start - b.start);
  // Each section ends where the next one starts.
  return all.map((s, i) => ({ ...s, end: i + 1 < all.length ? Math.max(s.start, all[i + 1]!.start) : s.end }));
}
