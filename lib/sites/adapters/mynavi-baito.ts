import type { Adapter } from '../adapter';

/**
 * マイナビバイト. Sources (sites.md §2.4): a code-index API reference (self-dated 2026-05-30) for the
 * URLs; a code-index salary-ranking app (undated, ~2024–26) for .tabJobOfferCard. No detail-page DOM
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
};
