// Text read from the DOM, with the way back: for each stretch of the text, the text node and offset it
// came from. The badge highlights a flag (whose start/end index the extracted text) from these offsets
// instead of searching the page for the words again.
import { fold, oneLine } from '../text/fold';
import { nodeText } from './text';

/** text.slice(at, at + length) is node.data.slice(offset, offset + length), whitespace aside. */
export interface TextPiece {
  at: number;
  node: Text;
  offset: number;
  length: number;
}

export interface MappedText {
  text: string;
  /** Sorted by `at`, not overlapping. Text from no DOM node (a title put first, a separator) has none. */
  pieces: TextPiece[];
}

/**
 * Characters that reading the DOM may drop or change (collapsed, trimmed, a no-break space made a space):
 * every other character of the text nodes reaches the text unchanged and in order.
 */
function loose(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Pairs each kept character of `text` with the same character in the text nodes it was read from, in
 * order. Text that does not pair up (it was not read from these nodes) gets no map at all: better no
 * highlight than a wrong one.
 */
export function alignText(text: string, nodes: readonly Text[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let n = 0;
  let o = 0;
  let cur: TextPiece | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (loose(c)) continue;
    let data = nodes[n]?.data ?? '';
    for (;;) {
      while (o < data.length && loose(data.charCodeAt(o))) o++;
      if (o < data.length || n >= nodes.length) break;
      n++;
      o = 0;
      data = nodes[n]?.data ?? '';
    }
    if (n >= nodes.length || data.charCodeAt(o) !== c) return [];
    const node = nodes[n]!;
    if (cur && cur.node === node && cur.offset + (i - cur.at) === o) cur.length = i - cur.at + 1;
    else pieces.push((cur = { at: i, node, offset: o, length: 1 }));
    o++;
  }
  return pieces;
}

/** nodeText with its map (with `withMap` false, the text alone: no map costs nothing). */
export function mappedNodeText(root: Node, skip?: (el: Element) => boolean, withMap = true): MappedText {
  if (!withMap) return { text: nodeText(root, skip), pieces: [] };
  const nodes: Text[] = [];
  const text = nodeText(root, skip, nodes);
  return { text, pieces: alignText(text, nodes) };
}

/** Part of a mapped text, its pieces cut to fit. */
export function sliceMapped(m: MappedText, start: number, end = m.text.length): MappedText {
  const pieces: TextPiece[] = [];
  for (const p of m.pieces) {
    const a = Math.max(p.at, start);
    const b = Math.min(p.at + p.length, end);
    if (a < b) pieces.push({ at: a - start, node: p.node, offset: p.offset + (a - p.at), length: b - a });
  }
  return { text: m.text.slice(start, end), pieces };
}

/** Mapped texts and plain strings one after the other. */
export function concatMapped(parts: ReadonlyArray<MappedText | string>): MappedText {
  let text = '';
  const pieces: TextPiece[] = [];
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else {
      for (const p of part.pieces) pieces.push({ ...p, at: p.at + text.length });
      text += part.text;
    }
  }
  return { text, pieces };
}

/** Without leading and trailing whitespace (as String.prototype.trim). */
export function trimMapped(m: MappedText): MappedText {
  const start = m.text.length - m.text.trimStart().length;
  const end = m.text.trimEnd().length;
  return start === 0 && end === m.text.length ? m : sliceMapped(m, start, Math.max(start, end));
}

/** Parts joined by a separator, empty parts left out. */
export function joinMapped(parts: readonly MappedText[], separator: string): MappedText {
  const kept = parts.filter((p) => p.text !== '');
  return concatMapped(kept.flatMap((p, i) => (i === 0 ? [p] : [separator, p])));
}

/** A text read from an element (its title, on one line), mapped to the element's text nodes when it pairs up. */
export function mappedFrom(text: string, el: Node): MappedText {
  const nodes: Text[] = [];
  nodeText(el, undefined, nodes);
  return { text, pieces: alignText(text, nodes) };
}

/**
 * A posting as text with its title on the first line, unless the body already starts with it (same words
 * modulo spacing and width: the title's spelling is used then, so the text starts with it exactly).
 * `titleFrom`: the element the title was read from, to map the title line too. Null when the body is empty.
 */
export function titleFirst(title: string, body: MappedText, titleFrom: Node | null = null): { title: string; text: MappedText } | null {
  const text = trimMapped(body);
  if (!text.text) return null;
  const firstLine = text.text.split('\n', 1)[0]!;
  const t = oneLine(title) || oneLine(firstLine);
  if (t === firstLine) return { title: t, text };
  const head = titleFrom && oneLine(title) ? mappedFrom(t, titleFrom) : t;
  if (fold(firstLine) === fold(t)) return { title: t, text: concatMapped([head, sliceMapped(text, firstLine.length)]) };
  return { title: t, text: concatMapped([head, '\n', text]) };
}

/** The DOM position of a character of the text, or null when it came from no node. */
export function domPoint(pieces: readonly TextPiece[], index: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (index < p.at) hi = mid - 1;
    else if (index >= p.at + p.length) lo = mid + 1;
    else return { node: p.node, offset: p.offset + (index - p.at) };
  }
  return null;
}

/**
 * Where text.slice(start, end) stands in the DOM: from its first character's node and offset to just after
 * its last one's. Null when either end came from no node.
 */
export function domSpan(
  pieces: readonly TextPiece[],
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  if (end <= start) return null;
  const a = domPoint(pieces, start);
  const b = domPoint(pieces, end - 1);
  if (!a || !b) return null;
  return { startNode: a.node, startOffset: a.offset, endNode: b.node, endOffset: b.offset + 1 };
}
