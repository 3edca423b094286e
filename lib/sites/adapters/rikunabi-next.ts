import type { Adapter } from '../types';
import { INDEED_PLATFORM } from './indeed-platform';

/**
 * リクナビNEXT (Indeed-platform family). Sources (sites.md §2.7): a code-index probe note
 * (2026-05-15): detail /viewjob/jk<16 hex>/; the old /<cat>/lst_jb…/ lists returned 404 and the
 * current list URL is unknown (the list pattern is the family's guess plus the old form).
 * selectors-2026.md (compiled 2026-11-29) found no job-seeker scraper for it (ZETTAI's "rikunavi" block
 * targets job.rikunabi.com and looks guessed). Not checked against the live site.
 */
export const rikunabiNext: Adapter = {
  ...INDEED_PLATFORM,
  id: 'rikunabi-next',
  name: 'リクナビNEXT',
  hosts: ['next.rikunabi.com'],
  detail: [/^\/viewjob\/jk[0-9a-f]{16}\/?(?:[?#]|$)/i],
  list: [...INDEED_PLATFORM.list, /\/lst_[a-z0-9_]+\//i],
  jobId: [/\/viewjob\/jk([0-9a-f]{16})/i],
  // One older snippet used this heading class; <h1> otherwise.
  title: ['h1.rn3-companyOfferHeader__heading', 'h1'],
  confirmed: '2026-05-15',
  confirmedBy: 'code-index probe note (2026-05-15): the /viewjob/jk<16 hex>/ URL form only (a Next.js shell, no DOM)',
  unconfirmed: ['title', 'body', 'cards'],
};
