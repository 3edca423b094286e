/**
 * Page → posting text. Shared by the content script (browser DOM) and the
 * CLI (linkedom). Four methods, most trustworthy first; each is wrapped so
 * a failure simply falls through to the next:
 *   1. JSON-LD JobPosting that belongs to this page,
 *   2. the site adapter's selectors, on a detail page of a supported site (or
 *      the side pane of one of its list pages; see lib/sites),
 *   3. the generic labelled posting block,
 *   4. the page's main content.
 */

import { blockText, nodeText, tagOf } from './dom-text';
import { contentRoot, findPostingBlock, isChromeElement, labelKind } from './generic';
import { findJobPostings, jobPostingText, type JobPostingLd } from './json-ld';
import { adapterFor, classify, declaredUrl, extractDetail, extractPane, jobIdOf, type Adapter, type DetailText } from '../sites/adapter';

export type ExtractionStep = 'json-ld' | 'adapter' | 'generic' | 'main';

export interface ExtractedPosting {
  source: ExtractionStep;
  /** With source 'adapter': the site adapter's id (lib/sites/adapters). */
  adapter?: string;
  title: string;
  text: string;
  /** With source 'adapter': the employer's name when the adapter's company selectors found it. */
  company?: string;
  /**
   * What produced the title and the body: a selector of the adapter, or a short description of the
   * element the other steps read ("JobPosting.title", "labelled block div.p-detail", "<title>").
   * For `kyujin-lens analyze --explain` and the problem report; never posting text.
   */
  via: { title: string; body: string; company?: string };
}

/** For "does this text appear in that text": width-folded, no whitespace, lower case. */
function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * host + path (and optionally the query) of a URL, for comparing a JSON-LD url
 * with the page URL. Relative JSON-LD urls resolve against the page URL.
 */
function urlKey(url: string, base: string | undefined, withQuery: boolean): string | null {
  try {
    const u = base ? new URL(url, base) : new URL(url);
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the encoded form
    }
    path = path.replace(/\/+$/, '') || '/';
    const host = u.host.toLowerCase().replace(/^www\./, '');
    return host + path + (withQuery ? u.search : '');
  } catch {
    return null;
  }
}

function sameUrl(a: string | undefined, pageUrl: string | undefined, withQuery: boolean): boolean {
  if (!a || !pageUrl) return false;
  const ka = urlKey(a, pageUrl, withQuery);
  return ka !== null && ka === urlKey(pageUrl, undefined, withQuery);
}

/** Lazily computed facts about the page, shared by the methods. */
class Page {
  private visible?: string;
  private headings?: string;

  constructor(readonly doc: Document) {}

  /** Folded visible text of the whole page. */
  visibleText(): string {
    if (this.visible === undefined) {
      const root = contentRoot(this.doc);
      this.visible = root ? fold(blockText(root)) : '';
    }
    return this.visible;
  }

  /** Folded <title> and <h1> texts. */
  headingText(): string {
    if (this.headings === undefined) {
      const parts: string[] = [this.titleTag()];
      this.doc.querySelectorAll('h1').forEach((h) => parts.push(blockText(h)));
      this.headings = fold(parts.join('\n'));
    }
    return this.headings;
  }

  titleTag(): string {
    const t = this.doc.querySelector('title');
    return t ? oneLine(t.textContent ?? '') : '';
  }

  /**
   * The page's first h1 outside page chrome (a header h1 is often the site
   * logo); with allowChrome, any h1 if there is no such one.
   */
  pageH1(allowChrome = true): string {
    let fallback = '';
    const h1s = this.doc.querySelectorAll('h1');
    for (let i = 0; i < h1s.length; i++) {
      const text = oneLine(blockText(h1s[i]));
      if (!text) continue;
      if (!insideChrome(h1s[i])) return text;
      if (!fallback) fallback = text;
    }
    return allowChrome ? fallback : '';
  }
}

/** The first candidate title that is not empty, and what it came from. */
function firstTitle(candidates: Array<[via: string, get: () => string]>): { title: string; via: string } {
  for (const [via, get] of candidates) {
    const title = get();
    if (title) return { title, via };
  }
  return { title: '', via: 'first line' };
}

/** tag#id.class of an element, for saying which block a step read (ids and classes are page markup). */
function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
  return tagOf(el) + (id ? `#${id}` : '') + cls.map((c) => `.${c}`).join('');
}

function insideChrome(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (isChromeElement(p)) return true;
  return false;
}

function contains(hay: string, needle: string): boolean {
  const n = fold(needle);
  return n.length > 0 && hay.includes(n);
}

/** First line of a text that is long enough to be distinctive. */
function firstDistinctiveLine(text: string): string {
  for (const line of text.split('\n')) if (fold(line).length >= 8) return line;
  return '';
}

/** Picks the JobPosting this page is about, or null if none is trustworthy. */
function choosePosting(postings: JobPostingLd[], page: Page, url: string | undefined): JobPostingLd | null {
  if (postings.length === 0) return null;

  if (postings.length === 1) {
    const jp = postings[0];
    if (sameUrl(jp.url, url, false)) return jp;
    // A JobPosting whose title is nowhere on the page is a stale copy (or a lie).
    if (jp.title) return contains(page.visibleText(), jp.title) || contains(page.headingText(), jp.title) ? jp : null;
    const line = firstDistinctiveLine(jp.description);
    return line && contains(page.visibleText(), line) ? jp : null;
  }

  // Several postings: the URL decides, then the title in <title>/<h1>.
  const byTitle = (list: JobPostingLd[]): JobPostingLd | undefined => {
    // Longest matching title first: "法人営業" should beat "営業".
    const matching = list.filter((jp) => contains(page.headingText(), jp.title));
    matching.sort((a, b) => fold(b.title).length - fold(a.title).length);
    return matching[0];
  };
  for (const withQuery of [true, false]) {
    const byUrl = postings.filter((jp) => sameUrl(jp.url, url, withQuery));
    if (byUrl.length > 0) return byTitle(byUrl) ?? byUrl[0];
  }
  return byTitle(postings) ?? null;
}

function fromJsonLd(page: Page, url: string | undefined): ExtractedPosting | null {
  const jp = choosePosting(findJobPostings(page.doc), page, url);
  if (!jp) return null;
  // A posting without a description says little; a labelled block on the
  // page, if any, is the better source then.
  if (!jp.description.trim() && findPostingBlock(page.doc)) return null;
  const t = firstTitle([
    ['JobPosting.title', () => oneLine(jp.title)],
    ['h1', () => page.pageH1()],
    ['<title>', () => page.titleTag()],
  ]);
  const text = jobPostingText({ ...jp, title: t.title });
  if (!text.trim()) return null;
  return { source: 'json-ld', title: t.title, text: text.trim(), via: { title: t.via, body: 'JobPosting' } };
}

/** Puts the title on the first line unless the body already starts with it. */
function withTitle(title: string, body: string): { title: string; text: string } | null {
  const text = body.trim();
  if (!text) return null;
  const firstLine = text.split('\n', 1)[0];
  const t = oneLine(title) || oneLine(firstLine);
  // Same line modulo spacing: use the title's spelling so text starts with it exactly.
  if (fold(firstLine) === fold(t)) return { title: t, text: t + text.slice(firstLine.length) };
  return { title: t, text: `${t}\n${text}` };
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4']);

/** A heading that can name a posting: not empty, not a label like 給与, not too long. */
function titleHeading(el: Element): string {
  if (!HEADING_TAGS.has(tagOf(el)) || insideChrome(el)) return '';
  const text = oneLine(blockText(el));
  if (!text || text.length > 100 || labelKind(text)) return '';
  return text;
}

/**
 * The heading just before a block, in document order (previous siblings,
 * then the parent's previous siblings, …): postings often put the job title
 * in an h2 right above the table of details. Bounded so it cannot wander
 * into an unrelated part of the page.
 */
function precedingHeading(block: Element): string {
  let steps = 0;
  for (let el: Element | null = block; el && steps < 40; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib && steps < 40; sib = sib.previousElementSibling, steps++) {
      const own = titleHeading(sib);
      if (own) return own;
      // The last heading inside the sibling is the one closest to the block.
      const inner = sib.querySelectorAll('h1, h2, h3, h4');
      for (let i = inner.length - 1; i >= 0; i--) {
        const t = titleHeading(inner[i]);
        if (t) return t;
      }
    }
  }
  return '';
}

/** First usable heading inside the block. */
function innerHeading(block: Element): string {
  const hs = block.querySelectorAll('h1, h2, h3, h4');
  for (let i = 0; i < hs.length; i++) {
    const t = titleHeading(hs[i]);
    if (t) return t;
  }
  return '';
}

/**
 * The site adapter's selectors. The page URL decides the adapter; without one (the CLI on a saved
 * page) the page's own canonical URL is used. A detail page is read by the detail selectors; a list
 * page with a selected job (Indeed's vjk=) by the side pane's. Nothing found: null, and the generic
 * path runs.
 */
function fromAdapter(page: Page, url: string | undefined): ExtractedPosting | null {
  const pageUrl = url ?? declaredUrl(page.doc) ?? undefined;
  if (!pageUrl) return null;
  const adapter = adapterFor(pageUrl);
  if (!adapter) return null;
  const kind = classify(pageUrl, adapter);
  if (kind === 'detail') return adapterPosting(adapter, extractDetail(page.doc, adapter));
  return kind === 'list' && adapter.sidePane && jobIdOf(pageUrl, adapter) ? fromPane(page, adapter) : null;
}

/** The posting in the side pane of a supported site's result list (Indeed's right pane), or null. */
function fromPane(page: Page, adapter: Adapter): ExtractedPosting | null {
  return adapterPosting(adapter, extractPane(page.doc, adapter));
}

/** What the adapter's selectors read, as an extracted posting. */
function adapterPosting(adapter: Adapter, r: DetailText | null): ExtractedPosting | null {
  if (!r) return null;
  const out: ExtractedPosting = {
    source: 'adapter',
    adapter: adapter.id,
    title: r.title,
    text: r.text,
    via: { title: r.via.title ?? 'first line', body: r.via.body },
  };
  if (r.company) {
    out.company = r.company;
    out.via.company = r.via.company;
  }
  return out;
}

function fromGeneric(page: Page): ExtractedPosting | null {
  const block = findPostingBlock(page.doc);
  if (!block) return null;
  const innerH1 = block.querySelector('h1');
  // A site-logo h1 in the header is a poor title; a heading near the block is better.
  const t = firstTitle([
    ['h1 in the block', () => (innerH1 ? oneLine(blockText(innerH1)) : '')],
    ['h1', () => page.pageH1(false)],
    ['heading in the block', () => innerHeading(block)],
    ['heading before the block', () => precedingHeading(block)],
    ['h1 in page chrome', () => page.pageH1(true)],
    ['<title>', () => page.titleTag()],
  ]);
  const r = withTitle(t.title, blockText(block));
  const via = { title: t.title ? t.via : 'first line', body: `labelled block ${describe(block)}` };
  return r ? { source: 'generic', ...r, via } : null;
}

/**
 * Whether a subtree of the main-content root is noise: nav, sidebars,
 * recommendation widgets, and the site header/footer. A <header> or
 * <footer> inside an <article>/<main>/<section> belongs to that content
 * (an article's header holds its title), so it is kept.
 */
function isNoise(el: Element, root: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'header' || tag === 'footer') {
    for (let p = el.parentElement; p && p !== root.parentElement; p = p.parentElement) {
      const pt = tagOf(p);
      if (pt === 'article' || pt === 'main' || pt === 'section') return false;
    }
    return true;
  }
  if (tag === 'form' && (el.getAttribute('role') ?? '').toLowerCase() === 'search') return true;
  return isChromeElement(el);
}

function mainRoot(doc: Document): Element | null {
  for (const selector of ['main', '[role="main"]', 'article']) {
    try {
      const el = doc.querySelector(selector);
      if (el && blockText(el).trim()) return el;
    } catch {
      // unsupported selector in some DOM: try the next
    }
  }
  return contentRoot(doc);
}

function fromMain(page: Page): ExtractedPosting | null {
  const root = mainRoot(page.doc);
  if (!root) return null;
  const body = nodeText(root, (el) => isNoise(el, root));
  if (!body.trim()) return null;
  const innerH1 = root.querySelector('h1');
  const t = firstTitle([
    [`h1 in ${tagOf(root)}`, () => (innerH1 ? oneLine(blockText(innerH1)) : '')],
    ['h1', () => page.pageH1()],
    ['<title>', () => page.titleTag()],
  ]);
  const r = withTitle(t.title, body);
  const via = { title: t.title ? t.via : 'first line', body: describe(root) };
  return r ? { source: 'main', ...r, via } : null;
}

/**
 * The job posting on a page as text (title on the first line), or null for a
 * page without text. Never throws. `listPane`: on a result list of a supported
 * site, only the side pane's posting counts (the extension never judges the
 * list's own text; a saved list page with a selected job is read by its pane).
 */
export function extractPosting(doc: Document, opts?: { url?: string; listPane?: boolean }): ExtractedPosting | null {
  let page: Page;
  try {
    page = new Page(doc);
  } catch {
    return null;
  }
  const listAdapter = opts?.listPane && opts.url ? adapterFor(opts.url) : null;
  if (listAdapter && opts?.url && classify(opts.url, listAdapter) === 'list') {
    try {
      return fromPane(page, listAdapter);
    } catch {
      return null; // a pane that breaks the adapter's reader is no posting
    }
  }
  const methods: Array<() => ExtractedPosting | null> = [
    () => fromJsonLd(page, opts?.url),
    () => fromAdapter(page, opts?.url),
    () => fromGeneric(page),
    () => fromMain(page),
  ];
  for (const method of methods) {
    try {
      const r = method();
      if (r) return r;
    } catch {
      // fall through to the next method
    }
  }
  return null;
}
