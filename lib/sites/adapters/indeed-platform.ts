import type { Adapter } from '../types';

/**
 * Shared defaults of the Recruit sites that moved onto Indeed's platform ("Indeed PLUS", since
 * 2024-01): タウンワーク, リクナビNEXT, とらばーゆ, フロム・エー ナビ, はたらいく (sites.md §0.1, §2.2,
 * §2.7, §2.17). Their detail URLs became /viewjob/… with Indeed-style 16-hex job keys. Almost nothing
 * of their new DOM is known: the title is the page's <h1>, and the body selectors are GUESSES that
 * the pages share Indeed's description markup. When they find nothing, extraction falls back to the
 * generic labelled block, which is what the research recommends for these sites. Every pre-2025
 * selector (/detail/clc_…, .job-lst-main-*, dl.job-ditail-tbl-inner) is assumed dead.
 */
export const INDEED_PLATFORM: Pick<Adapter, 'detail' | 'list' | 'jobId' | 'title' | 'body' | 'card'> = {
  // /viewjob/<hex>/, /viewjob/jk<hex>/, /viewjob/jobid_<hex>/
  detail: [/^\/viewjob\/(?:jk|jobid_)?[0-9a-f]{16}(?:[/?#]|$)/i],
  // GUESS: list URLs of these sites after the move are not known.
  list: [/^\/(?:jobs|search|job_search)(?:[/?#]|$)/],
  jobId: [/\/viewjob\/(?:jk|jobid_)?([0-9a-f]{16})(?:[/?#]|$)/i],
  title: ['h1'],
  body: ['#jobDescriptionText', '[data-testid="jobDescriptionText"]', "[class*='jobDescription']"],
  card: {
    item: ['[data-jk]', "[class*='jobCard']"],
    title: ["[class*='title__']", 'h2', 'h3'],
    link: ["a[href*='/viewjob/']"],
    idAttr: ['data-jk'],
  },
};
