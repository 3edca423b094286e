import type { Adapter } from '../types';

/**
 * マイナビバイト. Sources (selectors-2026.md, sites.md §2.4): a code-index API reference (self-dated
 * 2026-05-30) for the URLs; tatsukinara0411-spec/RS scrapers/mynavi_baito.py (commit bbf5e14e, date
 * unknown: cards .tabJobOfferCard with .shopNameWrap, list pages /<pref>/<industry>/?pageNo=N) and a
 * code-index salary-ranking app (undated) for the cards. No detail-page DOM
 * selectors were found: the detail title is the <h1> and the body selectors are GUESSES (Nuxt pages
 * often name blocks after their data fields, jobOfferContent here); the generic path covers them.
 * Not checked against the live site.
 */
export const mynaviBaito: Adapter = {
  id: 'mynavi-baito',
  name: 'マイナビバイト',
  hosts: ['baito.mynavi.jp'],
  detail: [/^\/rec\/[A-Z0-9]+\/?(?:[?#]|$)/i],
  // /<pref>/, /<pref>/ss-<occ>/[ssm-<sub>/], /shokushu/<slug>/, /kodawari/<slug>/, /ai/word_<kw>/,
  // older /list/?… and /<pref>/city-<n>/…
  list: [
    /^\/[a-z]+\/(?:ss-[\w-]+\/(?:ssm-[\w-]+\/)?)?(?:[?#]|$)/,
    /^\/(?:shokushu|kodawari)\/[^/?#]+\/?(?:[?#]|$)/,
    /^\/ai\/word_[^/?#]+\/?(?:[?#]|$)/,
    /^\/list\/?(?:[?#]|$)/,
    /^\/[a-z]+\/city-\d+\//,
    // /<pref>/<industry>/[?pageNo=N] (RS scraper)
    /^\/[a-z]+\/[a-z][\w-]*\/(?:[?#]|$)/,
  ],
  jobId: [/^\/rec\/([A-Z0-9]+)/i],
  title: ["h1[class*='title' i]", 'h1'],
  // 仕事内容 and the table of conditions together, then 仕事内容 alone.
  body: ["[class*='jobOfferContent'], [class*='recruitDetail']", "[class*='jobOfferContent']"],
  card: {
    item: ['.tabJobOfferCard', 'div.cassetteRecruit'],
    // Inside a card: company first, then the title (no selector known for either).
    title: ["[class*='title' i]", 'h2', 'h3'],
    link: ["a[href*='/rec/']"],
  },
  confirmed: '2026-05-30',
  confirmedBy: 'code-index マイナビバイト API reference (self-dated 2026-05-30): detail /rec/<id>/ and list URLs only',
  unconfirmed: ['title', 'body', 'cards'],
};
