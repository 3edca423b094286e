// Which site a URL belongs to, what kind of page it is (detail, list), which job it names, and the URL a
// saved page declares for itself. Pure string work on URLs: no DOM beyond reading two tags.
import { ADAPTERS } from './adapters';
import type { Adapter, DeclaredFrom, PageKind } from './types';
import { queryAll } from '../dom/query';

/** A URL, or null for a string that is not one (the named case of URL's TypeError). */
export function toUrl(url: string | URL, base?: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url, base);
  } catch (e) {
    if (e instanceof TypeError) return null;
    throw e;
  }
}

/** A string with its valid percent escapes decoded; a malformed escape (URIError) keeps the encoded form. */
export function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch (e) {
    if (e instanceof URIError) return path;
    throw e;
  }
}

/** Path (percent-decoded where valid) + query: what the detail/list/jobId patterns are tested against. */
export function pathAndQuery(url: URL): string {
  return decodedPath(url.pathname) + url.search;
}

function hostOf(u: URL): string {
  return u.hostname.toLowerCase().replace(/\.$/, '');
}

/** The adapter whose hosts include the URL's host, or null. */
export function adapterFor(url: string | URL, adapters: readonly Adapter[] = ADAPTERS): Adapter | null {
  const u = toUrl(url);
  if (!u) return null;
  const host = hostOf(u);
  return adapters.find((a) => a.hosts.includes(host)) ?? null;
}

/** The adapter with this id, or null. */
export function adapterById(id: string, adapters: readonly Adapter[] = ADAPTERS): Adapter | null {
  return adapters.find((a) => a.id === id) ?? null;
}

function test(patterns: readonly RegExp[], s: string): boolean {
  return patterns.some((re) => {
    re.lastIndex = 0; // harmless for non-global patterns, needed if someone writes /g
    return re.test(s);
  });
}

/** 'detail' (one posting), 'list' (search results) or 'other'. A URL on another host is 'other'. */
export function classify(url: string | URL, adapter: Adapter): PageKind {
  const u = toUrl(url);
  if (!u || !adapter.hosts.includes(hostOf(u))) return 'other';
  const pq = pathAndQuery(u);
  if (test(adapter.detail, pq)) return 'detail';
  if (test(adapter.list, pq)) return 'list';
  return 'other';
}

/** The job id in a URL of the adapter's site (absolute, or relative to `base`), or null. */
export function jobIdOf(url: string | URL, adapter: Adapter, base?: string | URL): string | null {
  const u = toUrl(url, base ?? `https://${adapter.hosts[0]}/`);
  if (!u || !adapter.hosts.includes(hostOf(u))) return null;
  const pq = pathAndQuery(u);
  for (const re of adapter.jobId) {
    re.lastIndex = 0;
    const m = re.exec(pq);
    if (m) return m[1] ?? m[0];
  }
  return null;
}

/** An absolute http(s) URL, or null. */
function httpUrl(v: string): URL | null {
  const u = toUrl(v);
  return u && (u.protocol === 'https:' || u.protocol === 'http:') ? u : null;
}

/**
 * An absolute http(s) URL from a declared value. A value percent-encoded as a whole
 * ("https%3A%2F%2F…", as 求人ボックス's og:url is) is decoded once first.
 */
function declaredValue(v: string): URL | null {
  const s = v.trim();
  if (/^https?%3A%2F%2F/i.test(s)) {
    const decoded = decodedPath(s);
    // A malformed escape leaves it encoded: not a URL we can trust.
    return decoded === s ? null : httpUrl(decoded);
  }
  return httpUrl(s);
}

/** The page's own URL as it declares it, and where: <link rel=canonical>, then og:url. */
export function declaredUrlWithSource(doc: Document): { url: string; from: DeclaredFrom } | null {
  const sources: Array<[DeclaredFrom, string, string]> = [
    ['canonical', 'link[rel~="canonical" i][href]', 'href'],
    ['og:url', 'meta[property="og:url"][content]', 'content'],
  ];
  for (const [from, selector, attr] of sources) {
    const v = queryAll(doc, selector)[0]?.getAttribute(attr);
    const u = v ? declaredValue(v) : null;
    if (u) return { url: u.href, from };
  }
  return null;
}

/** The page's own URL as it declares it: <link rel=canonical>, then og:url. Absolute http(s) only. */
export function declaredUrl(doc: Document): string | null {
  return declaredUrlWithSource(doc)?.url ?? null;
}
