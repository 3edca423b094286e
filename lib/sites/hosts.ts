// The job sites the content script is registered for, derived from the site adapters
// (lib/sites/adapters/, one file per site; see docs/adding-a-site.md).
import { ADAPTERS } from './adapters';

export interface SupportedSite {
  /** The adapter's id. */
  id: string;
  name: string;
  hosts: string[];
}

export const SUPPORTED_SITES: SupportedSite[] = ADAPTERS.map((a) => ({ id: a.id, name: a.name, hosts: [...a.hosts] }));

export const SUPPORTED_MATCHES: string[] = SUPPORTED_SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`));

/** Hosts the E2E build adds (any port): the local fixture server. */
export const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export function isSupportedHost(host: string): boolean {
  const h = host.toLowerCase();
  return SUPPORTED_SITES.some((s) => s.hosts.includes(h));
}
