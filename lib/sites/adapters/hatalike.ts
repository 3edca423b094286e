import type { Adapter } from '../types';
import { INDEED_PLATFORM } from './indeed-platform';

/**
 * はたらいく (Indeed-platform family). Sources (sites.md §0.1, §2.17): detail /viewjob/<hex>/ from
 * code-index trusted-apply tests and S-ima7/ApplyFlow (2026-08-18); everything else is the family's
 * default. selectors-2026.md (compiled
 * 2026-11-29) found no scraper selectors for this site either. Not checked against the live site.
 */
export const hatalike: Adapter = {
  ...INDEED_PLATFORM,
  id: 'hatalike',
  name: 'はたらいく',
  hosts: ['www.hatalike.jp'],
  confirmed: '2026-08-18',
  confirmedBy: 'S-ima7/ApplyFlow browser-extension (2026-08-18): the /viewjob/… URL form only',
  unconfirmed: ['title', 'body', 'cards'],
};
