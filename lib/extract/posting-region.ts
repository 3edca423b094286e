// How far a posting reaches around its labelled block. The block the generic finder picks is the smallest element
// with three kinds of field labels, which on a company's recruit page is often only the 募集要項 table: the job's
// title, its lead and its 仕事内容 prose stand above the table in the same content element, and what the work is
// (受電 or 架電, the targets, the role) is said there.
import { insideChrome, isChromeElement } from '../dom/chrome';
import { tagOf } from '../dom/text';
import { report } from '../core/report';
import { postingField } from '../text/posting-fields';

/** Parts of a site around its content, named by id or class on older and hand-made sites (div#header,
 *  div#menu, div#tmp_lnavi, div#footer), which the chrome test leaves to their tags and roles. */
const SITE_PART = /(?:^|[\s_-])(?:header|footer|menu|g?navi?|[lgh]navi|side|sidebar|sitemap)(?:$|[\s_-])/i;
/** A heading over other postings (この求人を見た人はこんな求人も見ています, 他の募集職種): the content around it
 *  lists other jobs, whose words are not this one's. Leaves only, so each test reads a few characters. */
const ELSEWHERE = new Set(postingField('elsewhere').headings.map((h) => h.toLowerCase()));
const DECORATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
/** The same heading with the place or company it is about in front (広島センターのほかの募集, 本社の他の求人). */
const OTHERS_AT = /.の(?:ほか|他|その他)の(?:募集|求人|お仕事)(?:職種)?(?:一覧)?$/;
function headsOtherPostings(el: Element): boolean {
  if (el.children.length > 0) return false;
  const text = el.textContent ?? '';
  if (text.length > 40) return false;
  const bare = text.replace(DECORATION, '').toLowerCase();
  return ELSEWHERE.has(bare) || OTHERS_AT.test(bare);
}

/** How much text the content around a block may add: a feature story before its 募集要項 fits; a long page of
 *  other prose (a blog with a posting in the middle) does not, and keeps the block as found. */
const MAX_ADDED_CHARS = 8_000;

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** Characters of text in `el` (scripts and styles aside), counted up to `limit`. */
function textSize(el: Element, limit: number): number {
  let n = 0;
  const stack: Node[] = [el];
  while (stack.length && n <= limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) n += (node.nodeValue ?? '').replace(/\s+/g, '').length;
    else if (node.nodeType === 1 && !NO_TEXT.has(tagOf(node as Element))) {
      node.childNodes.forEach((c) => stack.push(c));
    }
  }
  return n;
}

/** Enough elements to judge a content element; a page bigger than this keeps the block as found. */
const MAX_SCAN = 5_000;

/** The page's own main content (<main>, role="main"). Chrome inside it (a related-jobs widget, a share bar) is
 *  left out of the posting's text (main-content.ts isNoise), so it does not stop the region there, as it does in a
 *  wrapper that may also hold the site's unmarked banners and columns. */
function isDeclaredMain(el: Element): boolean {
  return tagOf(el) === 'main' || (el.getAttribute('role') ?? '').trim().toLowerCase() === 'main';
}

/** A site part inside `el` (outside `keep`): page chrome, an element named as the site's header, menu, side
 *  navigation or footer, or a list of other postings under its heading. A header or footer of an article,
 *  section or main holds its own title. */
function holdsSitePart(el: Element, keep: Element): boolean {
  const all = el.querySelectorAll('*');
  if (all.length > MAX_SCAN) return true;
  const chromeLeftOut = isDeclaredMain(el);
  for (const d of all) {
    if (keep.contains(d)) continue;
    const tag = tagOf(d);
    const owner = tag === 'header' || tag === 'footer' ? d.parentElement?.closest('article, main, section') : null;
    if (owner && el.contains(owner)) continue;
    if (chromeLeftOut && insideChrome(d, el)) continue;
    if (isChromeElement(d) || headsOtherPostings(d)) return true;
    const names = `${d.getAttribute('id') ?? ''} ${d.getAttribute('class') ?? ''}`;
    if (SITE_PART.test(names)) return true;
  }
  return false;
}

/**
 * The content element around `block` that is still this posting: its outermost ancestor below the body that is
 * not chrome, adds at most MAX_ADDED_CHARS of text, and holds no site part (header, menus, sidebars, footer) and
 * no other labelled block beside `block` (another position's table). `labelled`: every element holding three
 * kinds of labels.
 */
export function postingRegion(block: Element, labelled: readonly Element[], doc: Document): Element {
  try {
    return widen(block, labelled, doc);
  } catch (e) {
    // A page that overrides DOM methods keeps the block as found.
    report('extract: the content around the posting block', e);
    return block;
  }
}

function widen(block: Element, labelled: readonly Element[], doc: Document): Element {
  let region = block;
  const limit = textSize(block, Infinity) + MAX_ADDED_CHARS;
  for (let p = block.parentElement; p && p !== doc.body && p !== doc.documentElement; p = p.parentElement) {
    if (textSize(p, limit) > limit) break;
    if (isChromeElement(p) || SITE_PART.test(`${p.getAttribute('id') ?? ''} ${p.getAttribute('class') ?? ''}`)) break;
    const parent = p;
    if (labelled.some((o) => parent.contains(o) && !o.contains(block) && !block.contains(o))) break;
    if (holdsSitePart(p, block)) break;
    region = p;
  }
  return region;
}
