import type { Adapter } from '../types';

/**
 * エン転職. Sources (selectors-2026.md, sites.md §2.8): ZETTAI-INC/scraping scrapers/entenshoku.py
 * (2025-12-05: JSON-LD JobPosting, detail h1 「会社名／職種」, company #descCompanyName .company .text,
 * cards found from a[href*='/desc_'] grouped by id, which is the link-anchored rule), an old code-index
 * puppeteer snippet (probably 2018–20: the 募集要項 table.dataTable), a code-index salary-ranking app
 * (undated: .jobSearchListUnit). Detail pages carry a JSON-LD JobPosting, which extractPosting reads
 * before this adapter. No real saved page; not checked against the live site.
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
  company: ['#descCompanyName .company .text', '#descCompanyName .text'],
  body: ['.descArticleUnit.dataWork table.dataTable', '.descArticleUnit table.dataTable'],
  card: {
    item: ['.jobSearchListUnit'],
    title: ['.jobNameText', 'h2', 'h3'],
    link: ["a[href*='/desc_']"],
  },
  confirmed: '2025-12-05',
  confirmedBy: 'ZETTAI-INC/scraping scrapers/entenshoku.py (2025-12-05): JSON-LD, h1, #descCompanyName, a[href*=/desc_]',
  // The body table is from an old snippet; the card class from an undated app.
  unconfirmed: ['body', 'cards'],
};
