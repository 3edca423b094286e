/**
 * Site adapters: what we know of one job site's pages, kept as DATA (URL patterns and ordered CSS
 * selector lists), plus the pure functions that read a page with them.
 *
 * Selectors rot. Every selector list is ordered, most trusted first; the first one that finds text
 * wins, and when none does the caller falls back to the generic path (lib/extract) silently. Cards
 * on a list page have one more fallback of their own: the link-anchored rule (climb from each link to
 * a detail page up to the largest element that holds no other job's link).
 *
 * Pure: no browser APIs beyond the standard DOM node API, so the content script (real DOM), the CLI
 * and the tests (linkedom) run the same code. Never throws.
 *
 * The per-site data files (adapters/*.ts) import only the TYPES from here, so importing the site list
 * (lib/sites/hosts.ts, used by wxt.config.ts) stays light.
 */

import { blockText, isHiddenElement, isSkippedElement, nodeText, tagOf } from '../extract/dom-text';
import { isChromeElement } from '../extract/generic';
import { ADAPTERS } from './adapters';

export type PageKind = 'detail' | 'list' | 'other';

export interface CardSelectors {
  /**
   * Each job card on a list page. Ordered fallbacks: the first entry that yields at least one card
   * wins. A comma inside one entry is a union (two layouts on one page).
   */
  item: string[];
  /** The card's title, searched inside the card. Ordered fallbacks. */
  title: string[];
  /** The card's link to its detail page, searched inside the card (or the card itself). Ordered. */
  link: string[];
  /** Attributes holding the job id on the card or an element inside it (Indeed's data-jk). */
  idAttr?: string[];
}

export interface Adapter {
  /** Stable id: fixture folder name, `ExtractedPosting.adapter`. Lower case, a-z0-9 and dashes. */
  id: string;
  /** Display name (Japanese where the site is Japanese). */
  name: string;
  /** Exact host names, lower case. The content script is registered on https://<host>/*. */
  hosts: string[];
  /**
   * Detail pages (one posting). Tested against the URL's path + query, the path percent-decoded
   * (so patterns may contain Japanese): e.g. "/viewjob?jk=0123456789abcdef".
   */
  detail: RegExp[];
  /** List pages (search results). Tested like `detail`, after it. Lenient is fine here. */
  list: RegExp[];
  /**
   * The job id in a URL's path + query: the first pattern that matches gives its first capture group.
   * Used for the page URL and for the links of list cards.
   */
  jobId: RegExp[];
  /** The posting's title on a detail page. Ordered fallbacks; the first non-empty text wins. */
  title: string[];
  /**
   * The posting's body on a detail page. Ordered fallbacks; the first entry that finds non-empty
   * text wins. An entry may match several elements (one per section): their texts are joined in
   * document order; an element inside another match counts once.
   */
  body: string[];
  /**
   * The employer's name on a detail page. Ordered fallbacks. When the body does not already name it,
   * it is added after the body as a 【会社概要】 section, as the JSON-LD step does.
   */
  company?: string[];
  /** Removed from the title text (site names, " - job post" suffixes). */
  titleStrip?: RegExp[];
  /** Job cards on list pages. */
  card: CardSelectors;
  /**
   * A detail pane shown beside a list (Indeed's right pane when vjk= is in the URL). The title and
   * body selectors are run inside the first of these that holds a posting; an <iframe> match is read
   * through its contentDocument when it is same-origin.
   */
  sidePane?: string[];
  /**
   * 'YYYY-MM-DD': the date of the newest dated evidence these patterns and selectors rest on: a real
   * saved page of the site (/work/shared/real-pages) or a scraper whose file is dated
   * (/work/shared/research/selectors-2026.md, sites.md). NOT a date they were checked on the live site.
   */
  confirmed: string;
  /** Which evidence `confirmed` is the date of: repository, file, and what it confirms. */
  confirmedBy: string;
  /**
   * Fields whose selectors no dated evidence backs (guesses, or only undated or pre-2025 sources).
   * When such a field is read by the fallback, nothing says the page changed: it may never have
   * matched. See readingProblem (lib/sites/reading-problem.ts).
   */
  unconfirmed?: Array<'title' | 'body' | 'cards'>;
}

export interface DetailText {
  title: string;
  /** Title on the first line, then the body (then the company, when the body does not name it). */
  text: string;
  /** The employer's name, when a company selector found it. */
  company?: string;
  /** The selectors that produced each part (title null: the body's first line was used). */
  via: { title: string | null; body: string; company?: string };
}

export interface Card {
  /** Job id from the card's id attribute or link (adapter.jobId), else "h-" + a hash of title and text. */
  id: string;
  title: string;
  text: string;
  element: Element;
}

// ---------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------

function toUrl(url: string | URL, base?: string | URL): URL | null {
  try {
    return url instanceof URL ? url : new URL(url, base);
  } catch {
    return null;
  }
}

/** Path (percent-decoded where valid) + query: what the detail/list/jobId patterns are tested against. */
export function pathAndQuery(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: keep the encoded form
  }
  return path + url.search;
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

// ---------------------------------------------------------------------------
// DOM helpers
// ---------------------------------------------------------------------------

type Root = Document | Element;

function queryAll(root: Root, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // a selector this DOM does not support: the next one is tried
  }
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** <head> and its <title> are never shown but may be asked for ('head > title'). */
const READABLE_HEAD = new Set(['head', 'title']);

/** Hidden by markup, or inside something never shown (template, script, hidden ancestor). */
function isHiddenInTree(el: Element, stop: Root): boolean {
  for (let p: Element | null = el; p && p !== stop; p = p.parentElement) {
    if (isSkippedElement(p) && !READABLE_HEAD.has(tagOf(p))) return true;
  }
  return false;
}

/** Inside page chrome: nav, site header/footer, sidebars, recommendation widgets. */
function insideChrome(el: Element, stop: Root): boolean {
  for (let p: Element | null = el; p && p !== stop; p = p.parentElement) if (isChromeElement(p)) return true;
  return false;
}

/** Our own marks (the badge host, …) are never page text. */
function isOwnMark(el: Element): boolean {
  return el.getAttribute('data-kyujin-lens') !== null || tagOf(el).startsWith('kyujin-lens');
}

/**
 * Parts of a posting body that are not the posting: nested navigation, sidebars, "other jobs"
 * widgets, buttons (「応募する」「もっと見る」). A <header>/<footer> inside the body belongs to it.
 */
function skipInBody(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'button' || isOwnMark(el)) return true;
  if (tag === 'header' || tag === 'footer') return false;
  return isChromeElement(el);
}

function textOf(el: Element, skip?: (el: Element) => boolean): string {
  try {
    return nodeText(el, skip);
  } catch {
    return blockText(el);
  }
}

/**
 * Elements for one selector in `root`: visible ones, outermost only; those outside page chrome when
 * there are any (a logo <h1> in the header loses to the posting's).
 */
function pick(root: Root, selector: string): Element[] {
  const all = queryAll(root, selector).filter((el) => !isHiddenInTree(el, root));
  const outer = all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
  const content = outer.filter((el) => !insideChrome(el, root));
  return content.length > 0 ? content : outer;
}

function strip(title: string, patterns: readonly RegExp[] | undefined): string {
  let t = title;
  for (const re of patterns ?? []) t = t.replace(re, '');
  return oneLine(t);
}

interface Found {
  text: string;
  selector: string;
}

/** First selector (of a title or company list) whose first element has text. */
function firstLine(root: Root, selectors: readonly string[], adapter: Adapter): Found | null {
  for (const selector of selectors) {
    for (const el of pick(root, selector)) {
      const t = strip(oneLine(textOf(el, isOwnMark)), adapter.titleStrip);
      if (t) return { text: t, selector };
    }
  }
  return null;
}

/** First selector whose elements have text; several elements (sections) are joined. */
function firstBody(root: Root, selectors: readonly string[]): Found | null {
  for (const selector of selectors) {
    const parts = pick(root, selector)
      .map((el) => textOf(el, skipInBody).trim())
      .filter((t) => t !== '');
    if (parts.length > 0) return { text: parts.join('\n'), selector };
  }
  return null;
}

/**
 * How many visible elements with text one selector finds: what the explain output and the problem
 * report show per selector.
 */
export function countMatches(root: Root, selector: string): number {
  return pick(root, selector).filter((el) => textOf(el, isOwnMark).trim() !== '').length;
}

/** Title on the first line, unless the body already starts with it. */
function titleFirst(title: string, body: string): { title: string; text: string } | null {
  const text = body.trim();
  if (!text) return null;
  const firstLine = text.split('\n', 1)[0];
  const t = oneLine(title) || oneLine(firstLine);
  if (fold(firstLine) === fold(t)) return { title: t, text: t + text.slice(firstLine.length) };
  return { title: t, text: `${t}\n${text}` };
}

// ---------------------------------------------------------------------------
// Detail pages
// ---------------------------------------------------------------------------

/**
 * The posting on a detail page by the adapter's selectors: { title, text } with the title on the
 * first line, or null when the body selectors find no text (the caller then uses the generic path).
 * `doc` may be an element, to search only part of the page (a side pane).
 */
export function extractDetail(doc: Root, adapter: Adapter): DetailText | null {
  try {
    const body = firstBody(doc, adapter.body);
    if (!body) return null;
    const title = firstLine(doc, adapter.title, adapter);
    const r = titleFirst(title?.text ?? '', body.text);
    if (!r) return null;
    const out: DetailText = { ...r, via: { title: title?.selector ?? null, body: body.selector } };
    const company = firstLine(doc, adapter.company ?? [], { ...adapter, titleStrip: undefined });
    if (company) {
      out.company = company.text;
      out.via.company = company.selector;
      // Named nowhere in the text: added as its own section, as the JSON-LD step does.
      if (!fold(r.text).includes(fold(company.text))) out.text = `${r.text}\n\n【会社概要】\n${company.text}`;
    }
    return out;
  } catch {
    return null;
  }
}

/** The document inside a same-origin iframe, or null. */
function frameDocument(el: Element): Document | null {
  if (tagOf(el) !== 'iframe') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin
  }
}

/**
 * The posting shown in the adapter's side pane (Indeed's right pane on a search page), or null when
 * the adapter has no pane or the pane holds no posting.
 */
export function extractPane(doc: Document, adapter: Adapter): DetailText | null {
  for (const selector of adapter.sidePane ?? []) {
    for (const el of queryAll(doc, selector)) {
      if (isHiddenElement(el)) continue;
      try {
        const r = extractDetail(frameDocument(el) ?? el, adapter);
        if (r) return r;
      } catch {
        // try the next pane
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// List pages
// ---------------------------------------------------------------------------

/** 32-bit FNV-1a, hex. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

interface CardContext {
  adapter: Adapter;
  base: string;
}

function hrefOf(el: Element): string | null {
  const href = el.getAttribute('href');
  return href && href.trim() !== '' && !/^(?:javascript|mailto|tel):/i.test(href.trim()) ? href.trim() : null;
}

/** Job id of a link element, if it points at this site and its URL carries an id. */
function linkId(a: Element, ctx: CardContext): string | null {
  const href = hrefOf(a);
  return href ? jobIdOf(href, ctx.adapter, ctx.base) : null;
}

/** Distinct job ids of the detail links inside an element (and the element itself when it is a link). */
function idsInside(el: Element, ctx: CardContext, limit = 2): Set<string> {
  const ids = new Set<string>();
  const links = queryAll(el, 'a[href]');
  if (tagOf(el) === 'a') links.unshift(el);
  for (const a of links) {
    const id = linkId(a, ctx);
    if (id) ids.add(id);
    if (ids.size >= limit) break;
  }
  return ids;
}

function cardId(el: Element, title: string, text: string, ctx: CardContext): string {
  for (const attr of ctx.adapter.card.idAttr ?? []) {
    const own = el.getAttribute(attr);
    if (own && own.trim()) return own.trim();
    for (const inner of queryAll(el, `[${attr}]`)) {
      if (isHiddenInTree(inner, el)) continue;
      const v = inner.getAttribute(attr);
      if (v && v.trim()) return v.trim();
    }
  }
  for (const selector of ctx.adapter.card.link) {
    const links = matches(el, selector) ? [el, ...queryAll(el, selector)] : queryAll(el, selector);
    for (const a of links) {
      const id = linkId(a, ctx);
      if (id) return id;
    }
  }
  // Any link inside to a page of this site that carries an id.
  for (const id of idsInside(el, ctx, 1)) return id;
  return `h-${hash(`${title}\n${text}`)}`;
}

function cardTitle(el: Element, text: string, ctx: CardContext): string {
  for (const selector of ctx.adapter.card.title) {
    for (const t of queryAll(el, selector)) {
      const s = strip(oneLine(textOf(t, isOwnMark)), ctx.adapter.titleStrip);
      if (s) return s;
    }
  }
  for (const selector of ctx.adapter.card.link) {
    for (const a of queryAll(el, selector)) {
      const s = oneLine(textOf(a, isOwnMark));
      if (s) return s;
    }
  }
  return oneLine(text.split('\n', 1)[0] ?? '');
}

function toCards(elements: Element[], ctx: CardContext): Card[] {
  const cards: Card[] = [];
  for (const element of elements) {
    const text = textOf(element, (e) => tagOf(e) === 'button' || isOwnMark(e)).trim();
    if (!text) continue;
    const title = cardTitle(element, text, ctx);
    cards.push({ id: cardId(element, title, text, ctx), title, text, element });
  }
  return cards;
}

/** Visible elements for a card selector; wrappers holding several jobs dropped; outermost only. */
function cardElements(doc: Document, selector: string, ctx: CardContext): Element[] {
  const found = queryAll(doc, selector).filter((el) => !isHiddenInTree(el, doc) && !isOwnMark(el));
  // A list wrapper matched by a loose selector ([class*='jobCard'] on "jobCardList") holds
  // links to several jobs: it is not a card.
  const single = found.filter((el) => idsInside(el, ctx).size <= 1);
  return single.filter((el) => !single.some((o) => o !== el && o.contains(el)));
}

const MAX_CLIMB = 12;

/**
 * The link-anchored rule: for each link to a job of this site (a URL of one of its hosts that
 * carries a job id: a detail page, or a click-tracking redirect such as Indeed's /rc/clk?jk=), the
 * largest ancestor (within a few levels) that holds no other job's link is the card. Survives class
 * renames.
 */
function anchoredCards(doc: Document, ctx: CardContext): { cards: Element[]; links: number } {
  const stop = doc.body ?? doc.documentElement;
  const links: Array<{ a: Element; id: string }> = [];
  // Distinct job ids (up to 2) under each ancestor of a job link: one pass, no re-scans.
  const idsUnder = new Map<Element, Set<string>>();
  for (const a of queryAll(doc, 'a[href]')) {
    if (isHiddenInTree(a, doc)) continue;
    const id = linkId(a, ctx);
    if (!id) continue;
    links.push({ a, id });
    // Every ancestor, not just those within MAX_CLIMB: another card's link may sit deeper.
    for (let p: Element | null = a; p && p !== stop; p = p.parentElement) {
      let set = idsUnder.get(p);
      if (!set) idsUnder.set(p, (set = new Set()));
      if (set.size < 2) set.add(id);
    }
  }
  const seen = new Set<Element>();
  const out: Element[] = [];
  let outsideNav = 0;
  for (const { a, id } of links) {
    // Site navigation can link to a job ("最近見た求人" in the header): not a card.
    let inNav = false;
    for (let p: Element | null = a; p && p !== stop; p = p.parentElement) {
      const tag = tagOf(p);
      if (tag === 'nav' || tag === 'header' || tag === 'footer') inNav = true;
    }
    if (inNav) continue;
    outsideNav++;
    let card: Element = a;
    for (let i = 0, p = a.parentElement; i < MAX_CLIMB && p && p !== stop; i++, p = p.parentElement) {
      const ids = idsUnder.get(p);
      if (!ids || ids.size > 1 || !ids.has(id)) break;
      card = p;
    }
    if (!seen.has(card)) {
      seen.add(card);
      out.push(card);
    }
  }
  return { cards: out.filter((el) => !out.some((o) => o !== el && o.contains(el))), links: outsideNav };
}

/** The cards of a list page and how they were found. */
export interface CardReading {
  cards: Card[];
  /** The card.item selector that found them, 'anchored' (the link-anchored rule), or null (none). */
  via: string | null;
  /**
   * Visible links to a job of this site (a URL carrying a job id) outside nav/header/footer. Counted
   * only when no card selector found cards (0 otherwise is not a count).
   */
  jobLinks: number;
}

/**
 * Every job card on a list page, each element once, in document order: the adapter's card
 * selectors (first entry that yields cards wins), else the link-anchored rule. Cards with no text
 * are skipped. `url` (the page URL) resolves relative links; the site's first host is assumed
 * without it.
 */
export function readCards(doc: Document, adapter: Adapter, opts?: { url?: string }): CardReading {
  const ctx: CardContext = { adapter, base: opts?.url ?? `https://${adapter.hosts[0]}/` };
  try {
    for (const selector of adapter.card.item) {
      const cards = toCards(cardElements(doc, selector, ctx), ctx);
      if (cards.length > 0) return { cards, via: selector, jobLinks: 0 };
    }
    const anchors = anchoredCards(doc, ctx);
    const cards = toCards(anchors.cards, ctx);
    return { cards, via: cards.length > 0 ? 'anchored' : null, jobLinks: anchors.links };
  } catch {
    return { cards: [], via: null, jobLinks: 0 };
  }
}

/** Every job card on a list page (see readCards). */
export function extractCards(doc: Document, adapter: Adapter, opts?: { url?: string }): Card[] {
  return readCards(doc, adapter, opts).cards;
}

// ---------------------------------------------------------------------------
// The page URL when none is given
// ---------------------------------------------------------------------------

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
    try {
      return httpUrl(decodeURIComponent(s));
    } catch {
      return null; // a malformed escape: not a URL we can trust
    }
  }
  return httpUrl(s);
}

/** Where the page's own URL came from (see declaredUrlWithSource). */
export type DeclaredFrom = 'canonical' | 'og:url';

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
