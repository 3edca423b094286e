import type { Adapter } from '../adapter';
import { INDEED_PLATFORM } from './indeed-platform';

/**
 * とらばーゆ (Indeed-platform family). Sources (sites.md §2.17): code-index trusted-apply tests and
 * S-ima7/ApplyFlow (2026-08-18) give only the /viewjob/… URL form; everything else is the family's
 * default. Not checked against the live site.
 */
export const toranet: Adapter = {
  ...INDEED_PLATFORM,
  id: 'toranet',
  name: 'とらばーゆ',
  hosts: ['toranet.jp'],
  confirmed: '2026-08-18',
};
