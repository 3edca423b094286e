// Looking things up in a document without throwing: pages and DOM implementations differ in the
// selectors they support, and a fragment parsed by linkedom may have no <body>.
import { report } from '../core/report';

type Root = Document | Element;

function isSelectorError(e: unknown): boolean {
  // Browsers throw a DOMException named SyntaxError; linkedom and older engines a SyntaxError.
  return (e as { name?: unknown } | null)?.name === 'SyntaxError' || e instanceof SyntaxError;
}

/** Elements matching a selector; none when this DOM does not support the selector. */
export function queryAll(root: Root, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch (e) {
    // The caller tries its next selector; anything else is a page that broke querySelectorAll.
    if (!isSelectorError(e)) report('queryAll', e);
    return [];
  }
}

/** Whether an element matches a selector; false when this DOM does not support the selector. */
export function matchesSelector(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch (e) {
    if (!isSelectorError(e)) report('matchesSelector', e);
    return false;
  }
}

/** The root that holds the page's content (linkedom may leave body empty for fragments). */
export function contentRoot(doc: Document): Element | null {
  let body: Element | null = null;
  try {
    body = doc.body;
  } catch (e) {
    // linkedom's body getter throws on a document with no element at all: then there is simply no body.
    if (doc.documentElement) report('contentRoot', e);
    body = null;
  }
  if (body && body.childNodes.length > 0) return body;
  return doc.documentElement ?? body;
}
