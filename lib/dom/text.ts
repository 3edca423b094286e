/**
 * Plain text of a DOM subtree, with line breaks where a reader would see them.
 *
 * Works on both a real browser DOM (content script) and linkedom (CLI), so it
 * only uses the standard node API: childNodes, nodeType, localName/tagName,
 * getAttribute. It deliberately avoids innerText and getComputedStyle: linkedom
 * has no layout, and innerText in a browser forces a reflow on big pages.
 */

import { report } from '../core/report';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose content is never visible text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'select',
  'datalist',
  'textarea',
  // A ruby's reading (電話<rt>でんわ</rt>) and its fallback brackets: pages in easy Japanese set readings over their kanji,
  // and read as text they would glue to the word (電話でんわをかけ). The word is what the page says.
  'rt',
  'rp',
]);

/** Elements that start and end a line. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const CELL_TAGS = new Set(['td', 'th']);

/** Lower-case tag name; localName where available, tagName otherwise. */
export function tagOf(el: Element): string {
  const name = (el as { localName?: string }).localName || el.tagName || '';
  return String(name).toLowerCase();
}

/**
 * True when an element is hidden by markup alone: the hidden attribute,
 * aria-hidden="true", or an inline display:none / visibility:hidden.
 * (Stylesheet-driven hiding cannot be seen without layout; that is a known limit.)
 */
export function isHiddenElement(el: Element): boolean {
  if (el.getAttribute('hidden') !== null) return true;
  const aria = el.getAttribute('aria-hidden');
  if (aria !== null && aria.trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)) return true;
  return false;
}

/** True for elements whose content blockText never reads. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(el)) || isHiddenElement(el);
}

/** Accumulates lines. A "soft" break ends the current line only if it has text. */
class LineBuilder {
  private readonly lines: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s;
  }

  /** Block boundary: never creates an empty line. */
  soft(): void {
    if (this.current.trim() !== '') {
      this.lines.push(this.current);
      this.current = '';
    } else {
      this.current = '';
    }
  }

  /** <br> or a newline in <pre>: always ends the line, even an empty one. */
  hard(): void {
    this.lines.push(this.current);
    this.current = '';
  }

  /** Separator between table cells of one row. */
  cell(): void {
    if (this.current.trim() !== '') this.current += '\t';
  }

  finish(): string {
    this.soft();
    const out: string[] = [];
    let blank = 0;
    for (const raw of this.lines) {
      const line = raw
        // Spaces only; \u3000 (ideographic space) is meaningful in Japanese text and kept.
        .replace(/[ \u00a0]+/g, ' ')
        // The only tabs left are our own cell separators: tidy the space around them.
        .replace(/ *\t[\t ]*/g, '\t')
        .trim();
      if (line === '') {
        blank++;
        // Keep at most one blank line in a row, and none at the start.
        if (blank === 1 && out.length > 0) out.push('');
      } else {
        blank = 0;
        out.push(line);
      }
    }
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n');
  }
}

type Frame = { node: Node; exit: false } | { el: Element; exit: true; tag: string };

/**
 * Text of any node (element, document fragment, …). Iterative rather than
 * recursive so that pathologically deep markup cannot overflow the stack.
 * `skip` lets callers drop extra subtrees (e.g. nav/footer) without touching
 * the DOM. `visited` receives every text node read, in order (for the text ↔ DOM map, text-map.ts).
 */
export function nodeText(root: Node, skip?: (el: Element) => boolean, visited?: Text[]): string {
  const out = new LineBuilder();
  const stack: Frame[] = [{ node: root, exit: false }];
  let preDepth = 0;

  while (stack.length > 0) {
    const frame = stack.pop()!;

    if (frame.exit) {
      const tag = frame.tag;
      if (tag === 'pre') preDepth--;
      if (BLOCK_TAGS.has(tag)) out.soft();
      continue;
    }

    const node = frame.node;
    const type = node.nodeType;

    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const data = node.nodeValue ?? '';
      visited?.push(node as Text);
      if (preDepth > 0) {
        // Preformatted: keep the author's line breaks.
        const parts = data.replace(/\r\n?/g, '\n').split('\n');
        parts.forEach((p, i) => {
          if (i > 0) out.hard();
          out.text(p.replace(/[\t\f]/g, ' '));
        });
      } else {
        // Source whitespace (including newlines) is just a space in HTML.
        out.text(data.replace(/[ \t\n\r\f]+/g, ' '));
      }
      continue;
    }

    if (type === ELEMENT_NODE && node !== root) {
      const el = node as Element;
      if (isSkippedElement(el) || (skip && skip(el))) continue;
      const tag = tagOf(el);
      if (tag === 'br') {
        out.hard();
        continue;
      }
      if (tag === 'img' || tag === 'input' || tag === 'wbr') continue;
      if (BLOCK_TAGS.has(tag)) out.soft();
      else if (CELL_TAGS.has(tag)) out.cell();
      if (tag === 'pre') preDepth++;
      stack.push({ el, exit: true, tag });
    } else if (type === ELEMENT_NODE) {
      // The root itself: honour its block-ness but never skip it (the caller asked for it).
      const tag = tagOf(node as Element);
      if (tag === 'pre') preDepth++;
      stack.push({ el: node as Element, exit: true, tag });
    } else if (type !== 9 && type !== 11) {
      // Comments, processing instructions, doctypes: no text.
      continue;
    }

    // Push children in reverse so they pop in document order.
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }

  return out.finish();
}

/**
 * Visible-ish text of an element: line breaks at block boundaries and <br>,
 * tab between table cells of a row, script/style/hidden content skipped,
 * spaces collapsed, lines trimmed, at most one blank line in a row.
 */
export function blockText(root: Element): string {
  try {
    return nodeText(root);
  } catch (e) {
    // A DOM we cannot walk (a page that broke a node API): fall back to raw text, and say so.
    report('dom: reading the text of an element', e);
    return (root.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').trim();
  }
}
