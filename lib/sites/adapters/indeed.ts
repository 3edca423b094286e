import type { Adapter } from '../adapter';

/**
 * Indeed Japan. Sources (sites.md §2.1): KalpeshSinghMeena/IndeedJobInsights (2025-12-19),
 * yukimizuno96/job-search-agent (2025-12-26), ZETTAI-INC/scraping (2025-12), the code-index
 * "IndeedListParser" note (2026, no day). Not checked against the live site.
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
  body: ['#jobDescriptionText', '[data-testid="jobDescriptionText"]'],
  card: {
    // Two layouts can share a page (2026 note); [data-jk] alone is the older hook.
    item: ['div.job_seen_beacon, div.jobcard-compact', 'li div.cardOutline', '[data-testid="slider_item"]', 'li:has([data-jk])', '.result'],
    title: ['h2.jobTitle span[title]', 'a.jcs-JobTitle', 'h2.jobTitle'],
    link: ['a.jcs-JobTitle', 'a[data-jk]', 'a[href*="jk="]'],
    idAttr: ['data-jk'],
  },
  sidePane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#viewJobSSRRoot', 'iframe#vjs-container-iframe'],
  confirmed: '2026-01-01', // newest source is the "2026" note (no day given): 1 January used
};
