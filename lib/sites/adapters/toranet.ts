import type { Adapter } from '../types';
import { INDEED_PLATFORM } from './indeed-platform';

/**
 * とらばーゆ (Indeed-platform family). Sources (sites.md §2.17): code-index trusted-apply tests and
 * S-ima7/ApplyFlow (2026-08-18) give only the /viewjob/… URL form; everything else is the family's
 * default. selectors-2026.md (compiled
 * 2026-11-29) found no scraper selectors for this site either. Not checked against the live site.
 */
export const toranet: Adapter = {
  ...INDEED_PLATFORM,
  id: 'toranet',
  name: 'とらばーゆ',
  hosts: ['toranet.jp'],
  confirmed: '2026-08-18',
  confirmedBy: 'S-ima7/ApplyFlow browser-extension (2026-08-18): the /viewjob/… URL form only',
  unconfirmed: ['title', 'body', 'cards'],
};
