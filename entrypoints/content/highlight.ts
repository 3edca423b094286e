// Highlights a flag's words on the page with the CSS Custom Highlight API, which paints ranges without
// touching the page's DOM. Where the API is missing, scrolling still works. The words are placed by the
// text ↔ DOM map that extraction kept (a flag's start/end index the extracted text); only text with no
// map (JSON-LD, a page changed since it was read) is searched for on the page.
import type { Flag } from '@/lib/core/types';
import { BADGE_TAG } from '@/lib/extension/dom-contract';
import { domSpan, type TextPiece } from '@/lib/dom/text-map';
import { reporter } from '@/lib/extension/report';

const report = reporter('debug');

/** The posting the flags index into: its text and, from extractPosting(…, { map: true }), its map. */
export interface PostingText {
  text: string;
  map?: readonly TextPiece[];
}

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

/**
 * A range from (node, offset) to (node, offset), offsets clamped to the nodes. A range whose offsets no longer
 * fit its nodes (IndexSizeError: the text changed since it was read) is no range; anything else is told too.
 */
function rangeBetween(a: { node: Text; offset: number }, b: { node: Text; offset: number }): Range | null {
  try {
    const r = document.createRange();
    r.setStart(a.node, Math.min(a.offset, a.node.length));
    r.setEnd(b.node, Math.min(b.offset, b.node.length));
    return r;
  } catch (e) {
    if ((e as { name?: unknown } | null)?.name !== 'IndexSizeError') report('highlight: no range', e);
    return null;
  }
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
  return rangeBetween(find(start, false), find(end, true));
}

/** The range of a flag's words from the extraction's map, or null when the map cannot place them. */
export function mappedRange(flag: Flag, posting: PostingText | null | undefined): Range | null {
  if (!posting?.map?.length || posting.text.slice(flag.start, flag.end) !== flag.text) return null;
  const span = domSpan(posting.map, flag.start, flag.end);
  // A node no longer in the page (the site re-rendered the posting): the words are searched for instead.
  if (!span || !span.startNode.isConnected || !span.endNode.isConnected) return null;
  // Null when the node's text changed since it was read: searching finds the words again.
  return rangeBetween({ node: span.startNode, offset: span.startOffset }, { node: span.endNode, offset: span.endOffset });
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
  } catch (e) {
    // No constructable stylesheets (an old engine): highlights are simply not painted, and we say why.
    report('highlight: no styles', e);
  }
}

/** Paints every flag (or clears them). Returns how many were found on the page. */
export function paintFlags(flags: Flag[] | null, posting?: PostingText | null): number {
  if (!highlightsSupported()) return 0;
  const hl = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  hl.delete(PRESENT);
  hl.delete(NEGATED);
  if (!flags?.length) return 0;
  ensureSheet();
  let ix: TextIndex | undefined; // built only when a flag has to be searched for
  const present: Range[] = [];
  const negated: Range[] = [];
  for (const f of flags) {
    const r = mappedRange(f, posting) ?? locateFlag(f, (ix ??= indexText(document.body)));
    if (r) (f.polarity === 'negated' ? negated : present).push(r);
  }
  const H = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  hl.set(PRESENT, new H(...present));
  hl.set(NEGATED, new H(...negated));
  return present.length + negated.length;
}

/** Scrolls to a flag's sentence and marks it for a moment. */
export function focusFlag(flag: Flag, posting?: PostingText | null): boolean {
  const r = mappedRange(flag, posting) ?? locateFlag(flag);
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
