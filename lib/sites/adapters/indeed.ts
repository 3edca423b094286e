import type { Adapter } from '../types';

/**
 * Indeed Japan. Sources, newest first (selectors-2026.md, sites.md §2.1): yukimizuno96/job-search-agent
 * src/scrapers/indeed.py (2025-12-26: div.job_seen_beacon, a.jcs-JobTitle with data-jk),
 * KalpeshSinghMeena/IndeedJobInsights (2025-12-19), ZETTAI-INC/scraping scrapers/indeed.py
 * (2025-12-03: #jobDescriptionText), kurokimiko90/jp-pm-jobs scrapers/indeed_jp.py (date unknown:
 * the description chain #jobDescriptionText → div.jobsearch-JobComponent-description, cards
 * td.resultContent), Indeed test mocks of 2024–26 in many repos (not Japan-specific: the title and
 * company data-testid hooks), the code-index "IndeedListParser" note (2026, no day). No real saved jp.indeed.com
 * page exists; not checked against the live site.
 */
export const indeed: Adapter = {
  id: 'indeed',
  name: 'Indeed',
  hosts: ['jp.indeed.com'],
  // /viewjob?jk=<16 hex>. The search page shows a job in a right pane with vjk=<jk>: that is a list
  // page with a sidePane, not a detail page.
  detail: [/^\/viewjob\?(?:[^#]*&)?jk=[0-9a-f]{16}(?:[&#]|$)/i, /^\/m\/viewjob\?(?:[^#]*&)?jk=[0-9a-f]{16}(?:[&#]|$)/i],
  list: [/^\/jobs(?:\?|\/?$)/, /^\/m\/jobs(?:\?|\/?$)/],
  // jk on viewjob and on card links (/rc/clk?jk=…, /pagead/clk?…&jk=…), vjk for the pane.
  jobId: [/[?&](?:jk|vjk)=([0-9a-f]{16})(?:[&#]|$)/i],
  title: [
    'h1.jobsearch-JobInfoHeader-title',
    'h2[data-testid="jobsearch-JobInfoHeader-title"]',
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '[data-testid="simpler-jobTitle"]',
    'h1',
  ],
  // The pane's title ends in a screen-reader span " - job post" (seen on fr.indeed; the Japanese
  // wording is a guess).
  titleStrip: [/\s+-\s+(?:job post|求人(?:情報)?)\s*$/i],
  // #viewJobSSRRoot (the last link of one scraper's chain) is the whole view, header and all: the generic
  // path reads such a page better.
  body: ['#jobDescriptionText', '[data-testid="jobDescriptionText"]', 'div.jobsearch-JobComponent-description'],
  company: ['[data-testid="inlineHeader-companyName"]'],
  card: {
    // Two layouts can share a page (2026 note); [data-jk] alone is the older hook.
    item: [
      'div.job_seen_beacon, div.jobcard-compact',
      'li div.cardOutline',
      'td.resultContent',
      '[data-testid="slider_item"]',
      'li:has([data-jk])',
      '.result',
    ],
    title: ['h2.jobTitle span[title]', 'a.jcs-JobTitle', 'h2.jobTitle a', 'h2.jobTitle'],
    link: ['a.jcs-JobTitle', 'a[data-jk]', 'a[href*="jk="]'],
    idAttr: ['data-jk'],
  },
  sidePane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#viewJobSSRRoot', 'iframe#vjs-container-iframe'],
  confirmed: '2026-01-01', // the "2026" note gives no day: 1 January used
  confirmedBy:
    'code-index IndeedListParser note (2026): two card layouts, data-jk; yukimizuno96/job-search-agent indeed.py (2025-12-26): div.job_seen_beacon, a.jcs-JobTitle',
};
