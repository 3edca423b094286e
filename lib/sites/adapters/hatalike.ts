import type { Adapter } from '../adapter';
import { INDEED_PLATFORM } from './indeed-platform';

/**
 * はたらいく (Indeed-platform family). Sources (sites.md §0.1, §2.17): detail /viewjob/<hex>/ from
 * code-index trusted-apply tests and S-ima7/ApplyFlow (2026-08-18); everything else is the family's
 * default. Not checked against the live site.
 */
export const hatalike: Adapter = {
  ...INDEED_PLATFORM,
  id: 'hatalike',
  name: 'はたらいく',
  hosts: ['www.hatalike.jp'],
  confirmed: '2026-08-18',
};
