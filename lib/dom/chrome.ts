// Page chrome: the parts of a page around its content (navigation, site header and footer, sidebars,
// widgets listing other jobs). Extraction and the site adapters both leave them out.
import { tagOf } from './text';

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** class/id words of widgets that list other jobs or site navigation. */
const CHROME_CLASS = /recommend|related|similar|osusume|ranking|history|sidebar|side-bar|breadcrumb|global-?nav|pickup|pagination/i;

/** Page chrome: navigation, site header/footer, sidebars, "other jobs" widgets. */
export function isChromeElement(el: Element): boolean {
  if (CHROME_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (cls.trim() === '' || !CHROME_CLASS.test(cls)) return false;
  // Class names are only a hint: a layout wrapper like "has-sidebar" that
  // holds the page's <h1> is content, not chrome.
  return el.querySelector('h1') === null;
}

/** The element or one of its ancestors (below `stop`, when given) is page chrome. */
export function insideChrome(el: Element, stop: Node | null = null): boolean {
  for (let p: Element | null = el; p && p !== stop; p = p.parentElement) if (isChromeElement(p)) return true;
  return false;
}
