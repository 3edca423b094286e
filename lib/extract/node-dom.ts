/**
 * HTML string → Document for Node (the CLI). Not for the browser bundle:
 * the extension passes the real page `document` to extractPosting instead.
 */

import { parseHTML } from 'linkedom';
import { setFragmentParser } from './html-text';
import { report } from '../core/report';

// JSON-LD descriptions are HTML: in Node, linkedom parses them into a separate, inert document.
setFragmentParser((html) => parseHtml(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body);

/**
 * linkedom does not synthesize <html>/<body> the way a browser does: a
 * fragment ("<p>…</p>") becomes a document whose root is <p>, and an empty
 * or text-only string yields a document whose .body getter throws. Inputs
 * without an <html> tag are therefore wrapped in a minimal document first.
 */
export function parseHtml(html: string): Document {
  const source = typeof html === 'string' ? html.replace(/^\uFEFF/, '') : '';
  const hasHtmlTag = /<html[\s>]/i.test(source);
  const text = hasHtmlTag ? source : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  try {
    return parseHTML(text).document as unknown as Document;
  } catch (e) {
    // linkedom could not parse it: an empty document, and the caller says the page has no text.
    report('extract: parsing HTML', e);
    return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
  }
}
