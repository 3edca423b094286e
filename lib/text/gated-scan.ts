// Whole-text scans that try their expression only where a match can begin.
// A scan made with gated() finds exactly what `re.exec` finds from the same position, in the same order: the
// expression is tried (sticky) at every position whose code unit can begin a match (matchStarts), which is every
// position a global search could succeed at. One pass over a text finds those positions for all gated scans at
// once, and is kept for the last text scanned: the pay reader runs a score of scans over the same posting.
// On Japanese text a regex engine's own search costs about as much at each character as an attempt; a table
// lookup costs a fraction of that.
import { matchStarts } from './first-chars';

export interface GatedScan {
  /** The expression as written (global); what callers still use for test() or replace(). */
  readonly re: RegExp;
  /** The same, tried only at lastIndex. */
  readonly sticky: RegExp;
}

/** Where a scan is tried, read from its pattern the first time any scan runs (not at load: a page that is never
 *  analyzed pays nothing). id -1: everywhere, as a plain scan. lines: only at the starts of lines (^ under the m
 *  flag), narrowed by `first` and by `lineHolds` (a line that holds none of these has no match) when known. */
interface Shape {
  id: number;
  lines: boolean;
  first: Set<number> | null;
  /** What must follow the first character (null: not known); a position followed by anything else is not tried. */
  second: Set<number> | null;
  lineHolds: Set<number> | null;
}

const made: GatedScan[] = [];
const shapes = new Map<GatedScan, Shape>();
// Id 0 stands for the line breaks: the line starts are the positions after them.
const LINE_BREAKS = [0x0a, 0x0d, 0x2028, 0x2029];
let gatedCount = 0;

/** Every scan made (the tests hold each to a plain scan). */
export const allScans = (): readonly GatedScan[] => made;

/** Register a global expression for gated scanning. */
export function gated(re: RegExp): GatedScan {
  if (!re.global) throw new Error(`gated() takes a global expression: /${re.source}/${re.flags}`);
  const scan: GatedScan = { re, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y') };
  made.push(scan);
  return scan;
}

function shapeOf(scan: GatedScan): Shape {
  let shape = shapes.get(scan);
  if (!shape) {
    const { first, second, anchor, lineHolds } = matchStarts(scan.re);
    const lines = anchor === 'line';
    shape = !first && !lines ? { id: -1, lines, first, second: null, lineHolds: null } : { id: ++gatedCount, lines, first, second: lines ? null : second, lineHolds: lines ? lineHolds : null };
    shapes.set(scan, shape);
  }
  return shape;
}

/** Whether the scan is tried only where a match can begin (false: at every position). */
export const isGated = (scan: GatedScan): boolean => shapeOf(scan).id !== -1;

/** A map from code units to small numbers, most of them 0, in two levels: blocks of 256 for the high bytes that have
 *  any entry (block 0 is all zeros), so that the pass reads a few kilobytes, not 128. code → lo[hi[code >> 8] | code & 255]. */
interface CodeMap {
  hi: Uint32Array;
  lo: Uint16Array;
}

function codeMap(entries: Map<number, number>): CodeMap {
  const hi = new Uint32Array(256);
  const highs = [...new Set([...entries.keys()].map((c) => c >> 8))];
  highs.forEach((h, k) => (hi[h] = (k + 1) << 8));
  const lo = new Uint16Array((highs.length + 1) << 8);
  for (const [code, v] of entries) lo[hi[code >> 8]! | (code & 255)] = v;
  return { hi, lo };
}

// For each code unit, the ids of the scans a match can begin with it, or a line must hold (0: none; else an index
// into `groups`); and, for the scans whose second character is known (ids below 32, one bit each), those it may be
// (`rows[second.get(code)]`). Built for every scan made so far.
interface Table {
  slot: CodeMap;
  groups: number[][];
  slot2: CodeMap;
  rows: Int32Array;
  /** The bits of the scans whose second character is checked. */
  checked: number;
  /** By id: 1 for the scans whose positions may stop being collected once dense (not the line-anchored ones). */
  capped: Uint8Array;
  /** By group: 1 when one of its scans has its second character checked (else the next character is not read). */
  groupChecked: Uint8Array;
  count: number;
}
let table: Table | null = null;
const SECOND_BITS = 32;

function buildTable(): Table {
  const byCode = new Map<number, number[]>(LINE_BREAKS.map((c) => [c, [0]]));
  const bySecond = new Map<number, number>();
  let checked = 0;
  for (const scan of made) {
    const { id, lines, first, second, lineHolds } = shapeOf(scan);
    if (id === -1) continue;
    for (const c of (lines ? lineHolds : first) ?? []) byCode.set(c, [...(byCode.get(c) ?? []), id]);
    if (second && id < SECOND_BITS) {
      checked |= 1 << id;
      for (const c of second) bySecond.set(c, (bySecond.get(c) ?? 0) | (1 << id));
    }
  }
  const rowOf = new Map<number, number>([[0, 0]]);
  const secondRow = new Map<number, number>();
  for (const [code, bits] of bySecond) {
    if (!rowOf.has(bits)) rowOf.set(bits, rowOf.size);
    secondRow.set(code, rowOf.get(bits)!);
  }
  const rows = Int32Array.from(rowOf.keys());
  const groups: number[][] = [[]];
  const seen = new Map<string, number>();
  const groupOf = new Map<number, number>();
  for (const [code, ids] of byCode) {
    const key = ids.join(',');
    let g = seen.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push(ids);
      seen.set(key, g);
    }
    groupOf.set(code, g);
  }
  const capped = new Uint8Array(gatedCount + 1);
  for (const scan of made) {
    const { id, lines } = shapeOf(scan);
    if (id !== -1 && !lines) capped[id] = 1;
  }
  const groupChecked = Uint8Array.from(groups, (ids) => (ids.some((id) => id < SECOND_BITS && (checked & (1 << id)) !== 0) ? 1 : 0));
  return { slot: codeMap(groupOf), groups, slot2: codeMap(secondRow), rows, checked, capped, groupChecked, count: made.length };
}

// The positions of the last text scanned, per scan id; a line-anchored scan's are turned into its candidate line
// starts when first asked for.
let last: { text: string; positions: number[][]; ready: boolean[] } | null = null;

function positionsIn(text: string, shape: Shape): number[] {
  if (!table || table.count !== made.length) {
    table = buildTable();
    last = null;
  }
  if (!last || last.text !== text) {
    const { groups, rows, checked, groupChecked } = table;
    const { hi, lo } = table.slot;
    const { hi: hi2, lo: lo2 } = table.slot2;
    const positions: number[][] = Array.from({ length: gatedCount + 1 }, () => []);
    const n = text.length;
    // Past the limit a scan is left to the engine (nextMatch): its positions stop being collected. The line breaks
    // and what a line-anchored scan's lines must hold are always collected whole.
    const limit = denseLimit(n);
    const capped = table.capped;
    // A group all of whose scans are past the limit is passed over from then on (a page of phone numbers).
    const done = new Uint8Array(groups.length);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const g = lo[hi[c >> 8]! | (c & 255)]!;
      if (g === 0 || done[g] === 1) continue;
      const ids = groups[g]!;
      const c2 = groupChecked[g] === 1 && i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const next = c2 === -1 ? 0 : rows[lo2[hi2[c2 >> 8]! | (c2 & 255)]!]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (id < SECOND_BITS && (checked & (1 << id)) !== 0 && (next & (1 << id)) === 0) continue;
        const xs = positions[id]!;
        if (xs.length <= limit || !capped[id]) {
          xs.push(i);
          if (xs.length === limit + 1 && capped[id]) markDone(done, groups, positions, capped, limit);
        }
      }
    }
    last = { text, positions, ready: [] };
  }
  if (shape.lines && !last.ready[shape.id]) {
    last.positions[shape.id] = lineStarts(text, shape, last.positions[0]!, last.positions[shape.id]!);
    last.ready[shape.id] = true;
  }
  return last.positions[shape.id]!;
}

/** Let go of the last text's positions (and the text): a reader calls this when it is done with a text, so that
 *  no posting stays in memory after its analysis. */
export function forgetScannedText(): void {
  last = null;
}

/** Whether a text's positions are held (the tests check that none is after an analysis). */
export const holdsScannedText = (): boolean => last !== null;

/** Marks the groups whose every scan is past the limit (a scan that is not capped never is). */
function markDone(done: Uint8Array, groups: number[][], positions: number[][], capped: Uint8Array, limit: number): void {
  for (let g = 1; g < groups.length; g++) if (groups[g]!.every((id) => capped[id] === 1 && positions[id]!.length > limit)) done[g] = 1;
}

/** The line starts a line-anchored scan can match at: ^ holds after every line break (also between the CR and the
 *  LF of a CR LF); the line must open with a character of `first` and hold one of `lineHolds` before its line feed,
 *  where those are known. */
function lineStarts(text: string, shape: Shape, breaks: number[], holds: number[]): number[] {
  const out: number[] = [];
  let h = 0;
  for (let b = -1; b < breaks.length; b++) {
    const start = b === -1 ? 0 : breaks[b]! + 1;
    if (shape.lineHolds) {
      // The match cannot run past the next line feed (a CR or a line separator it may hold).
      let e = b + 1;
      while (e < breaks.length && text.charCodeAt(breaks[e]!) !== 0x0a) e++;
      const end = e < breaks.length ? breaks[e]! : text.length;
      while (h < holds.length && holds[h]! < start) h++;
      if (h === holds.length || holds[h]! >= end) continue;
    }
    if (shape.first && !shape.first.has(text.charCodeAt(start))) continue;
    out.push(start);
  }
  return out;
}

/** The first index in sorted `xs` holding a value ≥ from. */
function firstAtOrAfter(xs: number[], from: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** When a scan's candidate positions pass this share of the text, it is left to the engine's own search (and its
 *  positions are no longer collected). The tests set it to Infinity to hold the gated path alone to a plain scan. */
export const scanTuning = { maxShare: 0.2 };
const denseLimit = (length: number) => Math.floor(length * scanTuning.maxShare) + 1;

/** The first match at or after `from`: what `re.lastIndex = from; re.exec(text)` returns. */
export function nextMatch(scan: GatedScan, text: string, from = 0): RegExpExecArray | null {
  const shape = shapeOf(scan);
  if (shape.id === -1) {
    scan.re.lastIndex = from;
    return scan.re.exec(text);
  }
  const xs = positionsIn(text, shape);
  if (xs.length > denseLimit(text.length)) {
    // Where a match can begin almost everywhere (a page of phone numbers for a pattern that begins with a digit),
    // the engine's own search is the cheaper: a call per position costs more than its step from one to the next.
    scan.re.lastIndex = from;
    return scan.re.exec(text);
  }
  for (let k = firstAtOrAfter(xs, from); k < xs.length; k++) {
    scan.sticky.lastIndex = xs[k]!;
    const m = scan.sticky.exec(text);
    if (m) return m;
  }
  return null;
}

/** Every match in order from `from`, as a global exec loop finds them (an empty match moves on by one, as matchAll
 *  does); `limit` stops after so many. */
export function* matchesOf(scan: GatedScan, text: string, limit = Infinity, from = 0): Generator<RegExpExecArray> {
  let n = 0;
  for (let m = nextMatch(scan, text, from); m && n < limit; m = nextMatch(scan, text, m.index + Math.max(1, m[0].length)), n++) yield m;
}

/** A non-global expression's first match in a text (its exec from the start), gated: for whole-text questions asked of
 *  the same posting as the pay reader's, whose pass over the text they share. */
export function gatedFirst(re: RegExp): (text: string) => RegExpExecArray | null {
  if (re.global || re.sticky) throw new Error(`gatedFirst() takes a non-global expression: /${re.source}/${re.flags}`);
  const scan = gated(new RegExp(re.source, `${re.flags}g`));
  return (text) => nextMatch(scan, text);
}

/** A sticky expression tried at one position, as `re.lastIndex = at; re.exec(text)`, but not at all where the
 *  character there cannot begin a match (its first characters are read from the pattern on first use). */
export function stickyAt(re: RegExp): (text: string, at: number) => RegExpExecArray | null {
  if (!re.sticky || re.global) throw new Error(`stickyAt() takes a sticky, non-global expression: /${re.source}/${re.flags}`);
  let first: Set<number> | null | undefined;
  return (text, at) => {
    if (first === undefined) first = matchStarts(re).first;
    if (first && !first.has(text.charCodeAt(at))) return null;
    re.lastIndex = at;
    return re.exec(text);
  };
}
