// Sites the user turns on from the popup ("このサイトで分析する"): the host's permission, asked for at that
// moment, and a content script registered for it; turning the site off removes both. The browser APIs
// are passed in, so the logic is tested without a browser.
import { toUrl } from '../sites/urls';

export interface SiteApis {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_end' }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** The built content script, as WXT names it. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** "https://example.com" from a page URL; null for anything that is not an http(s) page. */
export function siteOrigin(pageUrl: string): string | null {
  const u = toUrl(pageUrl);
  return u && (u.protocol === 'https:' || u.protocol === 'http:') ? u.origin : null;
}

export const originPattern = (origin: string) => `${origin.replace(/:\d+$/, '')}/*`;
export const scriptId = (origin: string) => `kl-site-${origin.replace(/[^a-z0-9]+/gi, '-')}`;

/** Registers the content script for a site whose permission the user has just granted. */
export async function enableSite(api: SiteApis, origin: string): Promise<{ ok: boolean; message?: string }> {
  const pattern = originPattern(origin);
  if (!(await api.permissions.contains({ origins: [pattern] }))) return { ok: false, message: 'permission not granted' };
  const id = scriptId(origin);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) await api.scripting.registerContentScripts([{ id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_end' }]);
  return { ok: true };
}

/** Unregisters the site's content script and gives its permission back. */
export async function disableSite(api: SiteApis, origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [id] });
  await api.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
