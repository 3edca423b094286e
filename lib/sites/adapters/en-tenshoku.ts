import type { Adapter } from '../adapter';

/**
 * エン転職. Sources (sites.md §2.8): ZETTAI-INC/scraping scrapers/entenshoku.py (2025-12-05), an old
 * code-index puppeteer snippet, a code-index salary-ranking app. Detail pages carry a JSON-LD
 * JobPosting, which extractPosting reads before this adapter. Not checked against the live site.
 */
export const enTenshoku: Adapter = {
  id: 'en-tenshoku',
  name: 'エン転職',
  hosts: ['employment.en-japan.com'],
  detail: [/^\/desc_(?:eng_)?\d+\/?(?:[?#]|$)/],
  list: [/^\/search\/search_list\/?(?:[?#]|$)/, /^\/keyword\/[^/?#]+\/?/],
  jobId: [/^\/desc_(?:eng_)?(\d+)/],
  // 「会社名／職種…」
  title: ['h1'],
  body: ['.descArticleUnit.dataWork table.dataTable', '.descArticleUnit table.dataTable'],
  card: {
    item: ['.jobSearchListUnit'],
    title: ['.jobNameText', 'h2', 'h3'],
    link: ["a[href*='/desc_']"],
  },
  confirmed: '2025-12-05',
};
