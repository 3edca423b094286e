// The page's main content when nothing better is found: <main>, [role=main] or <article>, else the body,
// without navigation, sidebars, recommendation widgets and the site header/footer.
import { isChromeElement } from '../dom/chrome';
import { contentRoot, queryAll } from '../dom/query';
import { blockText, tagOf } from '../dom/text';

/**
 * Whether a subtree of the main-content root is noise: nav, sidebars,
 * recommendation widgets, and the site header/footer. A <header> or
 * <footer> inside an <article>/<main>/<section> belongs to that content
 * (an article's header holds its title), so it is kept.
 */
export function isNoise(el: Element, root: Element): boolean {
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

/** The element holding the page's main content. */
export function mainRoot(doc: Document): Element | null {
  for (const selector of ['main', '[role="main"]', 'article']) {
    // queryAll: an unsupported selector in some DOM gives nothing, and the next is tried.
    const el = queryAll(doc, selector)[0];
    if (el && blockText(el).trim()) return el;
  }
  return contentRoot(doc);
}
