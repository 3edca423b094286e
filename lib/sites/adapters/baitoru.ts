import type { Adapter } from '../types';

/**
 * バイトル. Sources, newest first (selectors-2026.md, sites.md §2.3): code-index "Baitoru5Scraper"
 * (self-dated 2026-07-01…03: detail h1, div.detail-basicInfo), code-index baitoru API doc (2026-05-30),
 * ZETTAI-INC/scraping scrapers/baitoru.py (2025-12-03) + config/selectors.json (2025-12-05): cards
 * article.list-jobListDetail, title .pt02b .ul01 .li01 h3 a span, company .pt02b > p.
 * tatsukinara0411-spec/RS's .item-list__item chain is flagged a guess there and is not used. No real
 * saved page; not checked against the live site.
 */
export const baitoru: Adapter = {
  id: 'baitoru',
  name: 'バイトル',
  hosts: ['www.baitoru.com'],
  // /<region>/jlist/<pref>/<area…>/job<digits>/ (the apply form /entry/form/job<id>/ is not a detail page)
  detail: [/^\/[a-z]+\/jlist\/(?:[^/?#]+\/)*job\d+\/?(?:[?#]|$)/],
  // /<region>/jlist/<pref>/<area>/[<category>/][wrd<kw>/][srt2/][page<N>/]
  list: [/^\/[a-z]+\/jlist\//],
  jobId: [/\/jlist\/(?:[^/?#]+\/)*job(\d+)\/?(?:[?#]|$)/],
  title: ['div.detail-basicInfo h1', 'h1', '.pt02 > h2'],
  // 職種 / 給与 / 勤務時間 / 勤務地 / 仕事内容 as dl > dt/dd; the older layout second.
  body: ['div.detail-basicInfo', '.detail-recruitInfo'],
  card: {
    item: ['article.list-jobListDetail', "article[class*='jobList']", "[class*='jobListDetail']", 'div.bg02'],
    title: ['.pt02b .ul01 .li01 h3 a span', '.pt02b h3 a span', '.pt02b h3', 'h3'],
    link: ['.pt02b .ul01 .li01 h3 a', '.pt02b h3 a', "a[href*='/job']"],
  },
  confirmed: '2026-07-03',
  confirmedBy: 'code-index Baitoru5Scraper (self-dated 2026-07-03): detail h1, div.detail-basicInfo; cards from ZETTAI-INC/scraping (2025-12-03)',
};
