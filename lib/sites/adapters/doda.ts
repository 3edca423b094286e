import type { Adapter } from '../types';

/**
 * doda. Sources, newest first (selectors-2026.md, sites.md §2.6): S-ima7/ApplyFlow (2026-08-18: URL
 * forms; its doda DOM is a synthetic test snippet), yukimizuno96/job-search-agent src/scrapers/doda.py
 * (2025-12-26: cards article with a[href*=JobSearchDetail], div.jobCard-body, company h2), a code-index
 * doda scraper (2026 framework, undated: .jobCard-header__link h2 = company / p = job title,
 * h1.jobSearchDetail-heading__title = company, .jobSearchDetail-sectionItem sections). CSS modules with
 * hashed suffixes exist on the site: stems only. No real saved page; not checked against the live site.
 */
export const doda: Adapter = {
  id: 'doda',
  name: 'doda',
  hosts: ['doda.jp'],
  // /DodaFront/View/JobSearchDetail/j_jid__<n>/ plus a tab suffix: -tab__pr/ (「Pick up!」, the default
  // tab, no job body: the generic path reads it) or -tab__jd/ (「求人詳細」).
  detail: [/^\/DodaFront\/View\/JobSearchDetail\/j_jid__\d+\//],
  list: [/^\/DodaFront\/View\/JobSearchList(?:\.action|\/)/],
  jobId: [/\/j_jid__(\d+)/],
  // h1.jobSearchDetail-heading__title holds the COMPANY name; the job title is the p of the same class.
  title: ['p.jobSearchDetail-heading__title', 'h1.jobSearchDetail-heading__title', 'h1'],
  company: ['h1.jobSearchDetail-heading__title'],
  // One .jobSearchDetail-sectionItem per heading: 仕事内容, 対象となる方, 勤務地, 勤務時間, 給与, …
  body: ['.jobSearchDetail-sectionItem', "[class*='jobSearchDetail-section']"],
  card: {
    item: ["article:has(a[href*='JobSearchDetail/j_jid'])", '.jobCard-card'],
    // The header link holds h2 = company and p = job title.
    title: ['.jobCard-header__link p', 'a.headerLink p', 'p'],
    link: ['.jobCard-header__link', "a[href*='JobSearchDetail/j_jid']"],
  },
  confirmed: '2026-08-18',
  confirmedBy:
    'S-ima7/ApplyFlow extraction.ts (2026-08-18): the detail URL and its tabs; cards: yukimizuno96/job-search-agent doda.py (2025-12-26)',
  // The detail selectors come only from the undated code-index scraper.
  unconfirmed: ['title', 'body'],
};
