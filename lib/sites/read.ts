// How the adapters read an element: which elements count (visible, not page chrome, not our own marks),
// and their text. Shared by the detail and card readers.
import { insideChrome, isChromeElement } from '../dom/chrome';
import { queryAll } from '../dom/query';
import { blockText, isSkippedElement, nodeText, tagOf } from '../dom/text';
import { mappedNodeText, type MappedText } from '../dom/text-map';
import { oneLine } from '../text/fold';
import { report } from '../core/report';

export type Root = Document | Element;

/** <head> and its <title> are never shown but may be asked for ('head > title'). */
const READABLE_HEAD = new Set(['head', 'title']);

/** Hidden by markup, or inside something never shown (template, script, hidden ancestor). */
export function isHiddenInTree(el: Element, stop: Root): boolean {
  for (let p: Element | null = el; p && p !== stop; p = p.parentElement) {
    if (isSkippedElement(p) && !READABLE_HEAD.has(tagOf(p))) return true;
  }
  return false;
}

/** Our own marks (the badge host, …) are never page text. */
export function isOwnMark(el: Element): boolean {
  return el.getAttribute('data-kyujin-lens') !== null || tagOf(el).startsWith('kyujin-lens');
}

/**
 * Parts of a posting body that are not the posting: nested navigation, sidebars, "other jobs"
 * widgets, buttons (「応募する」「もっと見る」). A <header>/<footer> inside the body belongs to it.
 */
export function skipInBody(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'button' || isOwnMark(el)) return true;
  if (tag === 'header' || tag === 'footer') return false;
  return isChromeElement(el);
}

/** An element's text; a DOM that cannot be walked falls back to its raw text (and is reported). */
export function textOf(el: Element, skip?: (el: Element) => boolean): string {
  try {
    return nodeText(el, skip);
  } catch (e) {
    report('sites: reading an element', e);
    return blockText(el);
  }
}

/** textOf with its text ↔ DOM map when `withMap` (none when the DOM could not be walked). */
export function mappedTextOf(el: Element, skip: (el: Element) => boolean, withMap: boolean): MappedText {
  try {
    return mappedNodeText(el, skip, withMap);
  } catch (e) {
    report('sites: reading an element', e);
    return { text: blockText(el), pieces: [] };
  }
}

/**
 * Elements for one selector in `root`: visible ones, outermost only; those outside page chrome when
 * there are any (a logo <h1> in the header loses to the posting's).
 */
export function pick(root: Root, selector: string): Element[] {
  const all = queryAll(root, selector).filter((el) => !isHiddenInTree(el, root));
  const outer = all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
  const content = outer.filter((el) => !insideChrome(el, root));
  return content.length > 0 ? content : outer;
}

/** A title with the site's decorations (site names, " - job post" suffixes) removed, on one line. */
export function strip(title: string, patterns: readonly RegExp[] | undefined): string {
  let t = title;
  for (const re of patterns ?? []) t = t.replace(re, '');
  return oneLine(t);
}

/**
 * How many visible elements with text one selector finds: what the explain output and the problem
 * report show per selector.
 */
export function countMatches(root: Root, selector: string): number {
  return pick(root, selector).filter((el) => textOf(el, isOwnMark).trim() !== '').length;
}
