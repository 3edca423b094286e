import type { Adapter } from '../types';
import { INDEED_PLATFORM } from './indeed-platform';

/**
 * タウンワーク (Indeed-platform family). Sources (selectors-2026.md, sites.md §2.2): ZETTAI-INC/scraping
 * scrapers/townwork.py + config/selectors.json (2025-12-05): cards [class*='jobCard'] (the card is the
 * <a href=…jobid_…>), titles [class*='title__'], company [class*='companyName'] / [class*='employerName'].
 * Hashed CSS-module class names: only substring selectors on the stable stem. No scraper has a body
 * selector (ZETTAI cuts the page text between 仕事内容 and 勤務地): the body is the family's guess and
 * the detail <h1> comes from one undated snippet, so the generic path reading a detail page is
 * expected, not a sign of change. No real saved page; not checked against the live site.
 */
export const townwork: Adapter = {
  ...INDEED_PLATFORM,
  id: 'townwork',
  name: 'タウンワーク',
  hosts: ['townwork.net'],
  // New /viewjob/jobid_<hex>/; the old /detail/clc_<n>/joid_<id>/ (probably dead) is kept, harmless.
  detail: [/^\/viewjob\/jobid_[0-9a-f]+\/?(?:[?#]|$)/i, /^\/detail\/clc_\d+\/(?:joid_[0-9a-z]+\/)?(?:[?#]|$)/i],
  list: [/^\/prefectures\/[a-z]+\/job_search\//, /^\/job_search\//],
  jobId: [/\/viewjob\/jobid_([0-9a-f]+)/i, /\/joid_([0-9a-z]+)/i],
  title: ["h1[class*='title']", 'h1'],
  company: ["[class*='companyName']", "[class*='employerName']"],
  card: {
    // The card is itself the <a href="/viewjob/jobid_…">.
    item: ["a[class*='jobCard'][href*='jobid_']", "[class*='jobCard']"],
    title: ["[class*='title__']", 'h2', 'h3'],
    link: ["a[href*='jobid_']"],
  },
  confirmed: '2025-12-05',
  confirmedBy: "ZETTAI-INC/scraping scrapers/townwork.py (2025-12-05): [class*='jobCard'], a[href*='jobid_'], [class*='title__']",
  unconfirmed: ['title', 'body'],
};
