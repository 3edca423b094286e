import { describe, expect, it } from 'vitest';
import { disableSite, enableSite, originPattern, scriptId, siteOrigin, CONTENT_SCRIPT_FILE, type SiteApis } from '../lib/extension/site-registration';

function fakeApis(granted: string[]) {
  const perms = new Set(granted);
  const scripts = new Map<string, { matches: string[]; js: string[] }>();
  const api: SiteApis = {
    permissions: {
      contains: async ({ origins }) => origins.every((o) => perms.has(o)),
      remove: async ({ origins }) => (origins.forEach((o) => perms.delete(o)), true),
    },
    scripting: {
      getRegisteredContentScripts: async (f) => [...scripts.keys()].filter((id) => !f?.ids || f.ids.includes(id)).map((id) => ({ id })),
      registerContentScripts: async (list) => {
        for (const x of list) {
          if (scripts.has(x.id)) throw new Error('Duplicate script ID');
          scripts.set(x.id, { matches: x.matches, js: x.js });
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
    },
  };
  return { api, perms, scripts };
}

describe('turning a site on and off', () => {
  it('registers the content script only once the permission was granted, once', async () => {
    const origin = 'https://jobs.example.org';
    const denied = fakeApis([]);
    expect(await enableSite(denied.api, origin)).toEqual({ ok: false, message: 'permission not granted' });
    expect(denied.scripts.size).toBe(0);

    const f = fakeApis([originPattern(origin)]);
    expect(await enableSite(f.api, origin)).toEqual({ ok: true });
    expect(await enableSite(f.api, origin)).toEqual({ ok: true }); // no duplicate registration
    expect([...f.scripts.values()]).toEqual([{ matches: ['https://jobs.example.org/*'], js: [CONTENT_SCRIPT_FILE] }]);

    await disableSite(f.api, origin);
    expect(f.scripts.size).toBe(0);
    expect(f.perms.size).toBe(0);
  });

  it('derives origins and ids from page URLs, and refuses non-web pages', () => {
    expect(siteOrigin('https://jobs.example.org/detail/1?x=2')).toBe('https://jobs.example.org');
    expect(siteOrigin('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1:8080');
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(siteOrigin('chrome://extensions')).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
    expect(scriptId('https://jobs.example.org')).toBe('kl-site-https-jobs-example-org');
  });
});
