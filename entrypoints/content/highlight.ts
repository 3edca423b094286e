// Finds a flag's words on the page and highlights them with the CSS Custom Highlight API, which paints
// ranges without touching the page's DOM. Where the API is missing, scrolling still works.
import type { Flag } from '@/lib/core/types';
import { BADGE_TAG } from '@/lib/extension/dom-contract';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

interface TextIndex {
  text: string;
  nodes: Text[];
  starts: number[];
}

function indexText(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      for (let p = n.parentElement; p; p = p.parentElement) {
        if (SKIP.has(p.tagName) || p.tagName.toLowerCase() === BADGE_TAG) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { text, nodes, starts };
}

function rangeAt(ix: TextIndex, start: number, end: number): Range | null {
  const find = (off: number, isEnd: boolean) => {
    let lo = 0;
    let hi = ix.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ix.starts[mid]! < off || (!isEnd && ix.starts[mid]! === off)) lo = mid;
      else hi = mid - 1;
    }
    return { node: ix.nodes[lo]!, offset: off - ix.starts[lo]! };
  };
  if (!ix.nodes.length) return null;
  const a = find(start, false);
  const b = find(end, true);
  try {
    const r = document.createRange();
    r.setStart(a.node, Math.min(a.offset, a.node.length));
    r.setEnd(b.node, Math.min(b.offset, b.node.length));
    return r;
  } catch {
    return null;
  }
}

/** The range of a flag's words on the page: the occurrence whose preceding words match its sentence. */
export function locateFlag(flag: Flag, ix: TextIndex = indexText(document.body)): Range | null {
  const words = flag.text;
  if (!words) return null;
  const inSentence = flag.sentence.indexOf(words);
  const before = inSentence > 0 ? flag.sentence.slice(Math.max(0, inSentence - 6), inSentence).trim() : '';
  let first = -1;
  for (let i = ix.text.indexOf(words); i !== -1; i = ix.text.indexOf(words, i + 1)) {
    if (first === -1) first = i;
    if (!before || ix.text.slice(Math.max(0, i - 40), i).replace(/\s+/g, '').includes(before.replace(/\s+/g, ''))) {
      return rangeAt(ix, i, i + words.length);
    }
  }
  return first === -1 ? null : rangeAt(ix, first, first + words.length);
}

const PRESENT = 'kyujin-lens-present';
const NEGATED = 'kyujin-lens-negated';
const FOCUS = 'kyujin-lens-focus';
let sheetAdded = false;

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

function ensureSheet(): void {
  if (sheetAdded) return;
  sheetAdded = true;
  try {
    const sheet = new CSSStyleSheet();
    // Present evidence in amber, negated mentions struck through in grey-blue: told apart without colour too.
    sheet.replaceSync(
      `::highlight(${PRESENT}){background-color:rgba(255,196,0,.45);color:inherit}` +
        `::highlight(${NEGATED}){background-color:rgba(120,160,220,.30);text-decoration:line-through}` +
        `::highlight(${FOCUS}){background-color:rgba(255,120,0,.75);color:#000}`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: highlights are simply not painted.
  }
}

/** Paints every flag (or clears them). Returns how many were found on the page. */
export function paintFlags(flags: Flag[] | null): number {
  if (!highlightsSupported()) return 0;
  const hl = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  hl.delete(PRESENT);
  hl.delete(NEGATED);
  if (!flags?.length) return 0;
  ensureSheet();
  const ix = indexText(document.body);
  const present: Range[] = [];
  const negated: Range[] = [];
  for (const f of flags) {
    const r = locateFlag(f, ix);
    if (r) (f.polarity === 'negated' ? negated : present).push(r);
  }
  const H = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  hl.set(PRESENT, new H(...present));
  hl.set(NEGATED, new H(...negated));
  return present.length + negated.length;
}

/** Scrolls to a flag's sentence and marks it for a moment. */
export function focusFlag(flag: Flag): boolean {
  const r = locateFlag(flag);
  if (!r) return false;
  const el = r.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (highlightsSupported()) {
    ensureSheet();
    const hl = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
    const H = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
    hl.set(FOCUS, new H(r));
    setTimeout(() => hl.delete(FOCUS), 2500);
  }
  return true;
}
