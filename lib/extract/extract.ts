/**
 * Page → posting text. Shared by the content script (browser DOM) and the
 * CLI (linkedom). Four methods, most trustworthy first; each is wrapped so
 * a failure simply falls through to the next:
 *   1. JSON-LD JobPosting that belongs to this page (ld-choice.ts),
 *   2. the site adapter's selectors, on a detail page of a supported site (or
 *      the side pane of one of its list pages; see lib/sites),
 *   3. the generic labelled posting block (generic.ts),
 *   4. the page's main content (main-content.ts).
 * Text read from the DOM keeps its way back to it (lib/dom/text-map.ts): with `map: true` the result says,
 * for each stretch of the text, the text node and offset it came from.
 */

import { firstTitle } from './first-title';
import { innerHeading, precedingHeading } from './block-title';
import { fromJsonLd } from './ld-choice';
import { isNoise, mainRoot } from './main-content';
import { PageFacts } from './page-facts';
import { report } from '../core/report';
import { blockText, tagOf } from '../dom/text';
import { mappedNodeText, titleFirst, type MappedText, type TextPiece } from '../dom/text-map';
import { adapterFor, classify, declaredUrl, jobIdOf } from '../sites/urls';
import { readDetail, readPane, type MappedDetail } from '../sites/detail';
import type { Adapter } from '../sites/types';
import { oneLine } from '../text/fold';

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
  /**
   * With `map: true`: where each stretch of `text` stands in the DOM (text.slice(at, at + length) is
   * node.data.slice(offset, offset + length), whitespace aside). Empty for JSON-LD text, which is no
   * page text; the title put first has none either.
   */
  map?: TextPiece[];
}

type Found = Omit<ExtractedPosting, 'text' | 'map'> & { text: MappedText };

/** tag#id.class of an element, for saying which block a step read (ids and classes are page markup). */
function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
  return tagOf(el) + (id ? `#${id}` : '') + cls.map((c) => `.${c}`).join('');
}

/**
 * The site adapter's selectors. The page URL decides the adapter; without one (the CLI on a saved
 * page) the page's own canonical URL is used. A detail page is read by the detail selectors; a list
 * page with a selected job (Indeed's vjk=) by the side pane's. Nothing found: null, and the generic
 * path runs.
 */
function fromAdapter(page: PageFacts, url: string | undefined, withMap: boolean): Found | null {
  const pageUrl = url ?? declaredUrl(page.doc) ?? undefined;
  if (!pageUrl) return null;
  const adapter = adapterFor(pageUrl);
  if (!adapter) return null;
  const kind = classify(pageUrl, adapter);
  if (kind === 'detail') return adapterPosting(adapter, readDetail(page.doc, adapter, withMap));
  return kind === 'list' && adapter.sidePane && jobIdOf(pageUrl, adapter) ? adapterPosting(adapter, readPane(page.doc, adapter, withMap)) : null;
}

/** What the adapter's selectors read, as an extracted posting. */
function adapterPosting(adapter: Adapter, r: MappedDetail | null): Found | null {
  if (!r) return null;
  const out: Found = {
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

/** blockText with its map, leaving out what `skip` names: a DOM that cannot be walked gives its raw text,
 *  unmapped. */
function mappedBlockText(el: Element, withMap: boolean, skip?: (x: Element) => boolean): MappedText {
  try {
    return mappedNodeText(el, skip, withMap);
  } catch (e) {
    report('extract: reading the posting block', e);
    return { text: blockText(el), pieces: [] };
  }
}

function fromGeneric(page: PageFacts, withMap: boolean): Found | null {
  const chosen = page.postingBlock();
  if (!chosen) return null;
  const { region } = chosen;
  const widened = region !== chosen.block;
  const innerH1 = region.querySelector('h1');
  // A site-logo h1 in the header is a poor title; a heading near the block is better.
  const t = firstTitle([
    ['h1 in the block', () => ({ text: innerH1 ? oneLine(blockText(innerH1)) : '', el: innerH1 })],
    ['h1', () => page.pageH1Found(false)],
    ['heading in the block', () => innerHeading(region)],
    ['heading before the block', () => precedingHeading(region)],
    ['h1 in page chrome', () => page.pageH1Found(true)],
    ['<title>', () => page.titleTag()],
  ]);
  // Around the block, the chrome inside its content element (a share bar's nav, an aside) is left out.
  const body = mappedBlockText(region, withMap, widened ? (x) => isNoise(x, region) : undefined);
  const r = titleFirst(t.title, body, withMap ? t.el : null);
  const via = { title: t.title ? t.via : 'first line', body: `labelled block ${describe(chosen.block)}${widened ? ` in ${describe(region)}` : ''}` };
  return r ? { source: 'generic', ...r, via } : null;
}

function fromMain(page: PageFacts, withMap: boolean): Found | null {
  const root = mainRoot(page.doc);
  if (!root) return null;
  const body = mappedNodeText(root, (el) => isNoise(el, root), withMap);
  if (!body.text.trim()) return null;
  const innerH1 = root.querySelector('h1');
  const t = firstTitle([
    [`h1 in ${tagOf(root)}`, () => ({ text: innerH1 ? oneLine(blockText(innerH1)) : '', el: innerH1 })],
    ['h1', () => page.pageH1Found()],
    ['<title>', () => page.titleTag()],
  ]);
  const r = titleFirst(t.title, body, withMap ? t.el : null);
  const via = { title: t.title ? t.via : 'first line', body: describe(root) };
  return r ? { source: 'main', ...r, via } : null;
}

/**
 * The job posting on a page as text (title on the first line), or null for a
 * page without text. Never throws. `listPane`: on a result list of a supported
 * site, only the side pane's posting counts (the extension never judges the
 * list's own text; a saved list page with a selected job is read by its pane).
 * `map`: also return the text ↔ DOM map.
 */
export function extractPosting(doc: Document, opts?: { url?: string; listPane?: boolean; map?: boolean }): ExtractedPosting | null {
  const page = new PageFacts(doc);
  const withMap = opts?.map === true;
  const finish = (r: Found): ExtractedPosting => {
    const { text, ...rest } = r;
    return withMap ? { ...rest, text: text.text, map: text.pieces } : { ...rest, text: text.text };
  };
  const listAdapter = opts?.listPane && opts.url ? adapterFor(opts.url) : null;
  if (listAdapter && opts?.url && classify(opts.url, listAdapter) === 'list') {
    // readPane never throws: a pane that breaks the adapter's reader is no posting.
    const r = adapterPosting(listAdapter, readPane(doc, listAdapter, withMap));
    return r ? finish(r) : null;
  }
  const methods: Array<() => Found | null> = [
    () => {
      const r = fromJsonLd(page, opts?.url);
      return r ? { source: 'json-ld', title: r.title, text: { text: r.text, pieces: [] }, via: r.via } : null;
    },
    () => fromAdapter(page, opts?.url, withMap),
    () => fromGeneric(page, withMap),
    () => fromMain(page, withMap),
  ];
  for (const method of methods) {
    let r: Found | null;
    try {
      r = method();
    } catch (e) {
      // A page that breaks one method (overridden DOM methods, odd markup) may still be read by the next.
      report('extract: a method failed', e);
      continue;
    }
    if (r) return finish(r);
  }
  return null;
}
