import type { Adapter } from '../adapter';
import { INDEED_PLATFORM } from './indeed-platform';

/**
 * フロム・エー ナビ (Indeed-platform family). Sources (sites.md §2.17): code-index trusted-apply tests
 * and S-ima7/ApplyFlow (2026-08-18) give only the /viewjob/… URL form; everything else is the
 * family's default. Not checked against the live site.
 */
export const froma: Adapter = {
  ...INDEED_PLATFORM,
  id: 'froma',
  name: 'フロム・エー',
  hosts: ['www.froma.com'],
  confirmed: '2026-08-18',
};
