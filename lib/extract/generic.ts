/**
 * Generic fallback: find the part of any page that is a job posting, by the
 * labels Japanese postings are built from (仕事内容, 給与, 勤務地, …).
 *
 * Idea: collect "label" elements (headings, dt, th, or short label-looking
 * elements), then pick the element that contains the most distinct label
 * kinds (at least 3) and, among equals, the smallest one. Labels inside
 * page chrome (nav/header/footer/aside, recommendation widgets) and inside
 * links (job cards are usually whole links) are not counted for the
 * content above them, so "recommended jobs" cannot make <body> win.
 */

import { findJobPostings } from './json-ld';
import { isChromeElement } from '../dom/chrome';
import { contentRoot } from '../dom/query';
import { isSkippedElement, nodeText, tagOf } from '../dom/text';
import { report } from '../core/report';
import { BLOCK_LABELS, type FieldId } from '../text/posting-fields';

/** Decoration around labels: 【給与】 ■給与 ◆ 給与 ◆ [給与] 給与： */
const DECORATION = '\\s【】■□◆◇●○◎★☆▼▽▲△▶►▸・※\\[\\]［］〔〕<>＜＞《》〈〉「」『』()（）|｜';
const LEADING_DECORATION = new RegExp(`^[${DECORATION}]+`);
const TRAILING_DECORATION = new RegExp(`[${DECORATION}:：]+$`);

/**
 * What may follow a label word inside the same label: "給与・待遇",
 * "勤務地（アクセス）", "勤務時間/休日". Anything else ("給与計算スタッフ")
 * means the text is not a label but a phrase that starts with the word.
 */
const LABEL_CONTINUATION = /^[・\/／、,，（(【\[［&＆及\s]/;

const MAX_LABEL_CHARS = 12;
const MAX_HEADING_LABEL_CHARS = 20;
const HEADING_LIKE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th']);

/** Subtrees that never hold labels: form controls (search forms list 勤務地 as options). */
const NO_LABEL_TAGS = new Set(['button', 'option', 'optgroup', 'label', 'input']);

/** The field a label names ('pay' for 【給与】), or null when the text is not a label. */
export function labelKind(text: string): FieldId | null {
  const t = text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(LEADING_DECORATION, '')
    .replace(TRAILING_DECORATION, '');
  if (t === '') return null;
  for (const { word, field } of BLOCK_LABELS) {
    const w = word.normalize('NFKC');
    if (!t.startsWith(w)) continue;
    const rest = t.slice(w.length);
    if (rest === '' || LABEL_CONTINUATION.test(rest)) return field;
  }
  return null;
}

interface Candidate {
  el: Element;
  /** label kind → number of label elements of that kind inside */
  counts: Map<FieldId, number>;
  depth: number;
  /** non-whitespace characters of text inside */
  size: number;
  chrome: boolean;
}

interface WalkResult {
  labels: Array<{ el: Element; kind: FieldId }>;
  depth: Map<Element, number>;
  size: Map<Element, number>;
}

/** Upper bounds so a giant page cannot make this slow. */
const MAX_ELEMENTS = 200_000;
const MAX_LABELS = 5_000;

/**
 * One iterative post-order walk: text size of every element (used both to
 * cheaply rule out long elements as labels and to compare blocks), depth,
 * and the label elements.
 */
function walk(root: Element): WalkResult {
  const labels: WalkResult['labels'] = [];
  const depth = new Map<Element, number>();
  const size = new Map<Element, number>();
  type Frame = { el: Element; d: number; inLink: boolean; exit: boolean };
  const stack: Frame[] = [{ el: root, d: 0, inLink: false, exit: false }];
  let seen = 0;

  while (stack.length > 0) {
    const f = stack.pop()!;
    const el = f.el;
    if (!f.exit) {
      if (++seen > MAX_ELEMENTS) break;
      depth.set(el, f.d);
      const tag = tagOf(el);
      const inLink = f.inLink || tag === 'a';
      stack.push({ el, d: f.d, inLink, exit: true });
      const kids = el.children;
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i];
        if (isSkippedElement(k) || NO_LABEL_TAGS.has(tagOf(k))) continue;
        stack.push({ el: k, d: f.d + 1, inLink, exit: false });
      }
      continue;
    }
    // Exit: children are done, so their sizes are known.
    let n = 0;
    el.childNodes.forEach((c) => {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (c.nodeType === 1) n += size.get(c as Element) ?? 0;
    });
    size.set(el, n);

    if (f.inLink || labels.length >= MAX_LABELS || n === 0) continue;
    const headingLike = HEADING_LIKE.has(tagOf(el));
    // Raw size includes decoration like 【】 and ：, hence the slack.
    if (n > (headingLike ? MAX_HEADING_LABEL_CHARS : MAX_LABEL_CHARS) + 6) continue;
    const text = nodeText(el).replace(/\s+/g, '');
    const core = text.replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, '');
    if (core.length > (headingLike ? MAX_HEADING_LABEL_CHARS : MAX_LABEL_CHARS)) continue;
    const kind = labelKind(text);
    if (kind) labels.push({ el, kind });
  }
  return { labels, depth, size };
}

function distinct(c: Candidate): number {
  return c.counts.size;
}

/** Several kinds repeated three or more times: a list of postings, not one posting. */
function isListOfPostings(c: Candidate): boolean {
  let repeated = 0;
  for (const n of c.counts.values()) if (n >= 3) repeated++;
  return repeated >= 2;
}

/** Is `a` a better posting block than `b`? */
function better(a: Candidate, b: Candidate): boolean {
  if (distinct(a) !== distinct(b)) return distinct(a) > distinct(b);
  // Same labels: the smaller (inner) element has less noise around the posting.
  if (b.el.contains(a.el)) return true;
  if (a.el.contains(b.el)) return false;
  // Unrelated blocks with the same labels: the one with more text is the main one.
  return a.size > b.size;
}

function collectCandidates(root: Element): Candidate[] {
  const { labels, depth, size } = walk(root);

  // Keep only the outermost of nested labels of the same kind (<dt><b>給与</b></dt>).
  const labelKindOf = new Map<Element, FieldId>();
  for (const l of labels) labelKindOf.set(l.el, l.kind);
  const outer = labels.filter((l) => {
    for (let p = l.el.parentElement; p; p = p.parentElement) if (labelKindOf.get(p) === l.kind) return false;
    return true;
  });

  const byEl = new Map<Element, Candidate>();
  const chromeCache = new Map<Element, boolean>();
  const chromeOf = (el: Element): boolean => {
    let v = chromeCache.get(el);
    if (v === undefined) chromeCache.set(el, (v = isChromeElement(el)));
    return v;
  };

  for (const { el, kind } of outer) {
    // Count the label for each ancestor, but stop just above page chrome:
    // labels of a sidebar's job cards must not count for <body>.
    for (let p: Element | null = el; p; p = p.parentElement) {
      if (!depth.has(p)) break; // outside the walked root
      let c = byEl.get(p);
      if (!c) {
        c = { el: p, counts: new Map(), depth: depth.get(p) ?? 0, size: size.get(p) ?? 0, chrome: false };
        byEl.set(p, c);
      }
      c.counts.set(kind, (c.counts.get(kind) ?? 0) + 1);
      if (p === root || chromeOf(p)) break;
    }
  }

  // A block is chrome if it or any ancestor is.
  const candidates = [...byEl.values()].filter((c) => distinct(c) >= 3);
  for (const c of candidates) {
    for (let p: Element | null = c.el; p && depth.has(p); p = p.parentElement) {
      if (chromeOf(p)) {
        c.chrome = true;
        break;
      }
    }
  }
  return candidates;
}

/**
 * The smallest element holding at least 3 distinct posting labels, preferring
 * blocks outside page chrome and blocks that are not a list of postings.
 * Null when nothing qualifies, or when the page is a list of equally good
 * posting cards (a search-results page has no single posting).
 */
export function findPostingBlock(doc: Document): Element | null {
  return choosePostingBlock(doc)?.block ?? null;
}

/** The posting block and every other element holding three kinds of labels (another posting's, or a wider one). */
export function choosePostingBlock(doc: Document): { block: Element; labelled: Element[] } | null {
  try {
    const root = contentRoot(doc);
    if (!root) return null;
    const all = collectCandidates(root);
    let pool = all;
    if (pool.length === 0) return null;
    const notChrome = pool.filter((c) => !c.chrome);
    if (notChrome.length > 0) pool = notChrome;
    const notList = pool.filter((c) => !isListOfPostings(c));
    if (notList.length > 0) pool = notList;

    let best = pool[0];
    for (const c of pool) if (better(c, best)) best = c;

    // Count the innermost blocks as good as the best one. Three or more
    // separate equals means cards on a list page, not one posting.
    const top = pool.filter((c) => distinct(c) >= distinct(best));
    const innermost = top.filter((c) => !top.some((o) => o !== c && c.el.contains(o.el)));
    if (innermost.length >= 3) return null;
    return { block: best.el, labelled: all.map((c) => c.el) };
  } catch (e) {
    report('extract: finding the posting block', e);
    return null;
  }
}

/** A JSON-LD JobPosting or a labelled posting block is present. */
export function looksLikePostingPage(doc: Document): boolean {
  // findJobPostings never throws: a script it cannot read is skipped.
  return findJobPostings(doc).length > 0 || findPostingBlock(doc) !== null;
}
