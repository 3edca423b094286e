import type { Adapter } from '../types';

/**
 * 求人ボックス (xn--pckua2a7gp15o89zb.com = 求人ボックス.com). An aggregator: many cards lead to other
 * sites through /rd/?uaid=<id>, which still carries the job id.
 *
 * Evidence, newest first:
 * - Real pages saved 2026-05-14 (../shared/real-pages/kyujinbox-detail-1.html, kyujinbox-list-1.html,
 *   from desktop7788/kyujin-scraper tests/fixtures) and that repo's spider (src/helloworks_scraper/
 *   spider.py, 2026-05-23; selectors-2026.md): the job title is p.p-detail_head_title (the page's only
 *   h1, h1.p-resultHead_ttl, is the search heading, so a bare 'h1' is NOT a fallback here), the company
 *   p.p-detail_head_company, the description section.p-detail_panel (h2.p-detail_title 仕事内容, 経験・
 *   資格, the company, PR) plus the conditions in dl.p-detail_table; cards section.p-result_card with
 *   h2.p-result_title--ver2 a.p-result_title_link; job ids are "l" + 32 hex as well as 32 hex.
 *   The page declares its URL only in og:url, percent-encoded as a whole.
 * - Older: a code-index scraper (2026 framework, undated: dl.p-detail_table alone, h1 titles) and
 *   ry-2456/offer_box_scraping (2021-03-07: section.s-placeSearch_parent, still on the real cards).
 */
export const kyujinbox: Adapter = {
  id: 'kyujinbox',
  name: '求人ボックス',
  hosts: ['xn--pckua2a7gp15o89zb.com'],
  // Internal detail /jb/<id>, /jbi/<id>, /jbn/<id>; ids seen: 32 hex, "l" + 32 hex.
  detail: [/^\/(?:jb|jbi|jbn)\/[0-9a-z]+\/?(?:[?#]|$)/i],
  // /<kw>の仕事-<area>?page=N (the path decoded), /adv/?keyword=…
  list: [/^\/[^/?#]+の仕事(?:-[^/?#]+)?\/?(?:[?#]|$)/, /^\/adv\/?(?:[?#]|$)/],
  // Detail URLs, and the click-through /rd/?uaid=<id>&p=… of list cards.
  jobId: [/^\/(?:jb|jbi|jbn)\/([0-9a-z]+)/i, /^\/rd\/?\?(?:[^#]*&)?uaid=([0-9a-z]+)/i],
  title: ['p.p-detail_head_title', "[class*='p-detail_head_title']", "h1[class*='p-detail']"],
  company: ['p.p-detail_head_company', "[class*='p-detail_head_company']"],
  // The panels and the conditions tables of the posting column, in page order (the recommended jobs
  // below it are section.p-result_card, not panels); the older guess (the table alone) after them.
  body: ['div.p-detail section.p-detail_panel, div.p-detail dl.p-detail_table', 'dl.p-detail_table'],
  card: {
    item: ['section.p-result_card', 'section.s-placeSearch_parent'],
    title: ['.p-result_title_link .p-result_name', 'a.p-result_title_link', 'h2'],
    link: ['a.p-result_title_link', "a[href*='/jb']", "a[href*='uaid=']"],
  },
  confirmed: '2026-05-23',
  confirmedBy:
    'real pages saved 2026-05-14 (desktop7788/kyujin-scraper tests/fixtures detail.html, listing.html) and its spider.py (2026-05-23)',
};
