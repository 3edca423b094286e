import type { Adapter } from '../types';

/**
 * エン派遣. Sources (sites.md §2.9): an old code-index selenium crawler and an undated code-index
 * remote-job fetcher for the lists; the 2019 w3g.jp article says its postings carry JSON-LD. The
 * detail URL (/desc_<n>/, as on エン転職) and the detail selectors are GUESSES; the generic path
 * covers them. Not checked against the live site.
 */
export const enHaken: Adapter = {
  id: 'en-haken',
  name: 'エン派遣',
  hosts: ['haken.en-japan.com'],
  detail: [/\/desc_(\d+)\/?(?:[?#]|$)/],
  list: [/^\/[a-z_]+\/list_wish\/?/, /^\/zaitaku\/[a-z_]+\/?/],
  jobId: [/\/desc_(\d+)/],
  title: ['h1'],
  body: ['table.dataTable', "[class*='jobDetail']"],
  card: {
    item: ["div[class*='jobItem']"],
    title: ['h2', 'h3'],
    link: ["a[href*='/desc_']"],
  },
  confirmed: '2019-01-01', // only the 2019 article is dated (no day): 1 January used
  confirmedBy: 'w3g.jp Google-for-Jobs article (2019): JSON-LD only; selectors-2026.md (2026-11-29) found no selectors',
  unconfirmed: ['title', 'body', 'cards'],
};
