import type { Adapter } from '../adapter';

/**
 * 求人ボックス (xn--pckua2a7gp15o89zb.com = 求人ボックス.com). An aggregator: many cards lead to other
 * sites (their ids are then hashes). Sources (sites.md §2.13): a code-index scraper (2026 framework,
 * undated), ry-2456/offer_box_scraping (2021-03-07, the older card class). Not checked against the
 * live site.
 */
export const kyujinbox: Adapter = {
  id: 'kyujinbox',
  name: '求人ボックス',
  hosts: ['xn--pckua2a7gp15o89zb.com'],
  // Internal detail /jb/<hex>, /jbi/<hex>, /jbn/<hex>
  detail: [/^\/(?:jb|jbi|jbn)\/[0-9a-f]+\/?(?:[?#]|$)/i],
  // /<kw>の仕事-<area>?page=N (the path decoded), /adv/?keyword=…
  list: [/^\/[^/?#]+の仕事(?:-[^/?#]+)?\/?(?:[?#]|$)/, /^\/adv\/?(?:[?#]|$)/],
  jobId: [/^\/(?:jb|jbi|jbn)\/([0-9a-f]+)/i],
  title: ["h1[class*='p-detail']", 'h1'],
  // dl.p-detail_table → dt.p-detail_table_title / dd.p-detail_table_data
  body: ['dl.p-detail_table'],
  card: {
    item: ['section.p-result_card', 'section.s-placeSearch_parent'],
    title: ['.p-result_title_link .p-result_name', 'a.p-result_title_link', 'h2'],
    link: ['a.p-result_title_link', "a[href*='/jb']"],
  },
  confirmed: '2026-01-01', // the newest source is a "2026" framework (no day): 1 January used
};
