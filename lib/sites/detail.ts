// The posting on a site's detail page (or in its side pane), read with the adapter's ordered selectors.
// Never throws: a page the selectors cannot read gives null, and the caller uses the generic path.
import { isHiddenElement, tagOf } from '../dom/text';
import { queryAll } from '../dom/query';
import { concatMapped, joinMapped, titleFirst, trimMapped, type MappedText } from '../dom/text-map';
import { fold, oneLine } from '../text/fold';
import { postingField } from '../text/posting-fields';
import { report } from '../core/report';
import { isOwnMark, mappedTextOf, pick, skipInBody, strip, textOf, type Root } from './read';
import type { Adapter, DetailText } from './types';

/** A detail page's posting with its text ↔ DOM map. */
export type MappedDetail = Omit<DetailText, 'text'> & { text: MappedText };

interface Found<T> {
  text: T;
  selector: string;
  /** The element a title or company line was read from. */
  el?: Element;
}

/** First selector (of a title or company list) whose first element has text. */
function firstLine(root: Root, selectors: readonly string[], titleStrip: Adapter['titleStrip']): Found<string> | null {
  for (const selector of selectors) {
    for (const el of pick(root, selector)) {
      const t = strip(oneLine(textOf(el, isOwnMark)), titleStrip);
      if (t) return { text: t, selector, el };
    }
  }
  return null;
}

/** First selector whose elements have text; several elements (sections) are joined. */
function firstBody(root: Root, selectors: readonly string[], withMap: boolean): Found<MappedText> | null {
  for (const selector of selectors) {
    const parts = pick(root, selector)
      .map((el) => trimMapped(mappedTextOf(el, skipInBody, withMap)))
      .filter((t) => t.text !== '');
    if (parts.length > 0) return { text: joinMapped(parts, '\n'), selector };
  }
  return null;
}

/** extractDetail with the text ↔ DOM map (empty unless `withMap`). */
export function readDetail(doc: Root, adapter: Adapter, withMap = true): MappedDetail | null {
  try {
    const body = firstBody(doc, adapter.body, withMap);
    if (!body) return null;
    const title = firstLine(doc, adapter.title, adapter.titleStrip);
    const r = titleFirst(title?.text ?? '', body.text, withMap ? (title?.el ?? null) : null);
    if (!r) return null;
    const out: MappedDetail = { ...r, via: { title: title?.selector ?? null, body: body.selector } };
    const company = firstLine(doc, adapter.company ?? [], undefined);
    if (company) {
      out.company = company.text;
      out.via.company = company.selector;
      // Named nowhere in the text: added as its own section, as the JSON-LD step does.
      if (!fold(r.text.text).includes(fold(company.text))) {
        out.text = concatMapped([r.text, `\n\n【${postingField('company').name}】\n${company.text}`]);
      }
    }
    return out;
  } catch (e) {
    report(`sites: reading a ${adapter.id} posting`, e);
    return null;
  }
}

/** The document inside a same-origin iframe, or null (a cross-origin frame's document cannot be read). */
function frameDocument(el: Element): Document | null {
  if (tagOf(el) !== 'iframe') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch (e) {
    // Cross-origin: browsers give null, some throw a SecurityError.
    if ((e as { name?: unknown } | null)?.name !== 'SecurityError') report('sites: reading a frame', e);
    return null;
  }
}

/** extractPane with the text ↔ DOM map (empty unless `withMap`). */
export function readPane(doc: Document, adapter: Adapter, withMap = true): MappedDetail | null {
  for (const selector of adapter.sidePane ?? []) {
    for (const el of queryAll(doc, selector)) {
      if (isHiddenElement(el)) continue;
      const r = readDetail(frameDocument(el) ?? el, adapter, withMap);
      if (r) return r;
    }
  }
  return null;
}

const plain = (r: MappedDetail | null): DetailText | null => (r ? { ...r, text: r.text.text } : null);

/**
 * The posting on a detail page by the adapter's selectors: { title, text } with the title on the
 * first line, or null when the body selectors find no text (the caller then uses the generic path).
 * `doc` may be an element, to search only part of the page (a side pane).
 */
export function extractDetail(doc: Root, adapter: Adapter): DetailText | null {
  return plain(readDetail(doc, adapter, false));
}

/**
 * The posting shown in the adapter's side pane (Indeed's right pane on a search page), or null when
 * the adapter has no pane or the pane holds no posting.
 */
export function extractPane(doc: Document, adapter: Adapter): DetailText | null {
  return plain(readPane(doc, adapter, false));
}
