// Where a regular expression's match can begin, read from its source: the code units it can begin with, what its
// second can be, whether it starts at a line start, and what every match holds before its first line feed.
// A scan can then try the expression only where the text allows it (gated-scan.ts): on Japanese text the regex
// engine's own search costs about as much at every character as a full attempt, a table lookup far less.
// Every answer errs on the side of more: every code unit a match can begin with is in the set (a lookaround adds
// none, as it consumes nothing). When that cannot be narrowed (a match may be empty, may begin with almost anything,
// or the source uses syntax this reader does not know) the answer is null, and the scan tries every position.

/** Larger sets gate nothing worth the lookups. */
const MAX_SET = 1500;

/** set: what a match can begin with. anchored: every match begins at a ^ (the sequence opens with one, before anything
 *  that consumes). required: every match holds one of these before its first line feed (null: not known). breaks: a
 *  match may hold a line feed. */
type First = { set: Set<number> | 'any'; nullable: boolean; anchored?: boolean; required: Set<number> | null; breaks: boolean } & Second;
/** second: what the second character of a match can be; single: a match may be one character long. */
type Second = { second: Set<number> | 'any'; single: boolean };

const EMPTY_WIDTH = (): First => ({ set: new Set(), nullable: true, required: null, breaks: false, second: new Set(), single: false });
type Chars = Set<number> | 'any';
const merged = (a: Chars, b: Chars): Chars => (a === 'any' || b === 'any' ? 'any' : b.size === 0 ? a : a.size === 0 ? b : new Set([...a, ...b]));
const breakCache = new Map<string, boolean>();
/** Whether one character matched by this piece of pattern may be a line feed: the engine itself answers. */
function mayBeBreak(piece: string, flags: string): boolean {
  const key = `${flags}/${piece}`;
  let v = breakCache.get(key);
  if (v === undefined) {
    v = new RegExp(`^(?:${piece})$`, flags.replace(/[gmy]/g, '')).test('\n');
    breakCache.set(key, v);
  }
  return v;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const DIGITS = range(0x30, 0x39);
const WORD = [...DIGITS, ...range(0x41, 0x5a), ...range(0x61, 0x7a), 0x5f];
// WhiteSpace and LineTerminator, as \s matches them.
const SPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const SINGLE_ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, '0': 0 };

class Unsupported extends Error {}

/** How often a character stands in Japanese text, roughly: kana particles and ASCII far more than kanji or katakana.
 *  A set made of rarer characters lets fewer lines through. */
const commonness = (c: number): number => (c >= 0x3040 && c <= 0x309f ? 8 : c < 0x80 ? (c >= 0x30 && c <= 0x39 ? 4 : 8) : c >= 0x30a0 && c <= 0x30ff ? 2 : 1);
const cost = (set: Set<number>) => [...set].reduce((a, c) => a + commonness(c), 0);
/** Of two sets that each every match must hold one of, the one whose characters are the rarer. */
const smaller = (a: Set<number> | null, b: Set<number> | null) => (!a ? b : !b ? a : cost(b) < cost(a) ? b : a);

function union(into: First, from: First): void {
  if (into.set === 'any' || from.set === 'any') into.set = 'any';
  else for (const c of from.set) into.set.add(c);
}

class Reader {
  i = 0;
  readonly unicode: boolean;
  constructor(
    readonly src: string,
    readonly flags: string,
  ) {
    this.unicode = flags.includes('u');
  }

  /** Disjunction: alternatives separated by |, up to a closing ) or the end. */
  alternatives(): First {
    const out: First = { set: new Set(), nullable: false, anchored: true, required: new Set(), breaks: false, second: new Set(), single: false };
    for (;;) {
      const alt = this.sequence();
      union(out, alt);
      out.second = merged(out.second, alt.second);
      out.single ||= alt.single;
      out.nullable ||= alt.nullable;
      out.anchored &&= alt.anchored;
      out.breaks ||= alt.breaks;
      // Every alternative must name what it holds, or the whole says nothing.
      if (out.required && alt.required) for (const c of alt.required) out.required.add(c);
      else out.required = null;
      if (this.src[this.i] !== '|') return out;
      this.i++;
    }
  }

  sequence(): First {
    const out: First = { set: new Set(), nullable: true, anchored: false, required: null, breaks: false, second: new Set(), single: false };
    for (let k = 0; this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')'; k++) {
      const caret = this.src[this.i] === '^';
      let term = this.atom();
      const beforeQuantifier = this.i;
      term = this.quantified(term);
      // Anchored when it opens with ^, or with a group each of whose alternatives does, not repeated.
      if (k === 0) out.anchored = (caret || term.anchored === true) && this.i === beforeQuantifier;
      // What a term holds counts while nothing before it may hold a line feed.
      if (!out.breaks) out.required = smaller(out.required, term.required);
      out.breaks ||= term.breaks;
      // The second character: the prefix's own second, or the term's first after a prefix one character long, or the
      // term's second after an empty prefix.
      const second = merged(merged(out.second, out.single ? term.set : new Set()), out.nullable ? term.second : new Set());
      out.single = (out.single && term.nullable) || (out.nullable && term.single);
      out.second = second;
      // Only what can come first counts: terms after one that must consume a character add nothing.
      if (out.nullable) {
        union(out, term);
        out.nullable = term.nullable;
      }
    }
    return out;
  }

  quantified(atom: First): First {
    const s = this.src;
    const c = s[this.i];
    let min = 1;
    let max = Infinity;
    if (c === '*') min = 0;
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) {
        if (this.unicode) throw new Unsupported('lone {');
        return atom; // a literal {, already read as the next atom's business
      }
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy
    // Repeated, a one-character match may be followed by another's first character.
    const second = atom.single && max >= 2 ? merged(atom.second, atom.set) : atom.second;
    if (min === 0) return { set: atom.set === 'any' ? 'any' : new Set(atom.set), nullable: true, required: null, breaks: atom.breaks, second, single: atom.single };
    return { ...atom, second };
  }

  atom(): First {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY_WIDTH();
    }
    if (c === '\\' && /[bB]/.test(s[this.i + 1] ?? '')) {
      this.i += 2;
      return EMPTY_WIDTH();
    }
    const start = this.i;
    const set = this.oneChar();
    const breaks = mayBeBreak(s.slice(start, this.i), this.flags);
    return { set, nullable: false, required: set === 'any' || breaks ? null : set, breaks, second: new Set(), single: true };
  }

  /** What one character matched here may be: a class, a dot, an escape or a literal. */
  oneChar(): Set<number> | 'any' {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return 'any';
    }
    if (c === '\\') return this.escapeAtom();
    if (c === '{' && !this.unicode) {
      this.i++;
      return new Set([0x7b]);
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported(`nothing to repeat at ${this.i}`);
    const code = s.charCodeAt(this.i);
    this.i++;
    // A surrogate pair in a unicode pattern is one character: its lead is what a match begins with.
    if (this.unicode && code >= 0xd800 && code <= 0xdbff && /[\udc00-\udfff]/.test(s[this.i] ?? '')) this.i++;
    return new Set([code]);
  }

  group(): First {
    const s = this.src;
    this.i++; // (
    let lookaround = false;
    if (s[this.i] === '?') {
      const head = s.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (head.startsWith('?<')) {
        const close = s.indexOf('>', this.i);
        if (close === -1) throw new Unsupported('group name');
        this.i = close + 1;
      } else throw new Unsupported(`group ${head}`); // modifiers (?i:) and the like
    }
    const inner = this.alternatives();
    if (s[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return lookaround ? EMPTY_WIDTH() : inner;
  }

  /** An escape outside a class that matches one character: a character or a class escape (not a back reference). */
  escapeAtom(): Set<number> | 'any' {
    const s = this.src;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    // A back reference may repeat anything, also nothing.
    if ((e >= '1' && e <= '9') || (e === 'k' && (this.unicode || /\(\?<[^=!]/.test(s)))) throw new Unsupported('back reference');
    return this.escapeChars();
  }

  /** The characters of an escape (the reader stands on the backslash), in or out of a class. */
  escapeChars(): Set<number> | 'any' {
    const s = this.src;
    const e = s[this.i + 1]!;
    this.i += 2;
    if (e === 'd') return new Set(DIGITS);
    if (e === 'w') return new Set(WORD);
    if (e === 's') return new Set(SPACE);
    if (e === 'D' || e === 'W' || e === 'S') return 'any';
    if ((e === 'p' || e === 'P') && this.unicode) {
      const close = s.indexOf('}', this.i);
      if (close === -1) throw new Unsupported('property');
      this.i = close + 1;
      return 'any';
    }
    if (e === '0' && /\d/.test(s[this.i] ?? '')) throw new Unsupported('legacy octal escape');
    if (e in SINGLE_ESCAPES) return new Set([SINGLE_ESCAPES[e]!]);
    if (e === 'c' && /[a-z]/i.test(s[this.i] ?? '')) {
      this.i++;
      return new Set([s.charCodeAt(this.i - 1) % 32]);
    }
    if (e === 'x' && /^[\da-f]{2}/i.test(s.slice(this.i, this.i + 2))) {
      this.i += 2;
      return new Set([parseInt(s.slice(this.i - 2, this.i), 16)]);
    }
    if (e === 'u') {
      const braced = this.unicode ? /^\{([\da-f]+)\}/i.exec(s.slice(this.i)) : null;
      if (braced) {
        this.i += braced[0].length;
        return new Set([String.fromCodePoint(parseInt(braced[1]!, 16)).charCodeAt(0)]);
      }
      const hex = /^[\da-f]{4}/i.exec(s.slice(this.i, this.i + 4));
      if (hex) {
        this.i += 4;
        const code = parseInt(hex[0], 16);
        if (this.unicode && code >= 0xd800 && code <= 0xdbff) throw new Unsupported('escaped surrogate pair');
        return new Set([code]);
      }
    }
    if (this.unicode && /[\da-z]/i.test(e)) throw new Unsupported(`escape \\${e}`);
    return new Set([e.charCodeAt(0)]); // an identity escape: \. \( \- \/ …
  }

  charClass(): Set<number> | 'any' {
    const s = this.src;
    this.i++; // [
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const set = new Set<number>();
    let any = false;
    const one = (): number | null => {
      if (s[this.i] === '\\') {
        if (s[this.i + 1] === 'b') {
          this.i += 2;
          return 0x08;
        }
        const chars = this.escapeChars();
        if (chars === 'any') {
          any = true;
          return null;
        }
        if (chars.size === 1) return [...chars][0]!;
        for (const c of chars) set.add(c);
        return null; // a class escape cannot end a range
      }
      const code = s.charCodeAt(this.i);
      this.i++;
      return code;
    };
    while (this.i < s.length && s[this.i] !== ']') {
      const from = one();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && from !== null && this.i + 1 < s.length) {
        this.i++;
        const to = one();
        if (to === null) throw new Unsupported('range to a class');
        if (to - from > MAX_SET) any = true;
        else for (let c = from; c <= to; c++) set.add(c);
      } else if (from !== null) set.add(from);
    }
    if (s[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    if (negated || any) return 'any'; // all but a few, or a class escape too large to list
    if (this.unicode && [...set].some((c) => c >= 0xd800 && c <= 0xdfff)) throw new Unsupported('surrogates in a class');
    return set;
  }
}

// What case-insensitive matching adds: both cases of an ASCII letter, and the two characters outside ASCII that fold
// to one (ſ to s, the Kelvin sign to k). A letter outside ASCII under i is left ungated.
function withCases(set: Set<number>): Set<number> | null {
  const out = new Set(set);
  for (const c of set) {
    const ch = String.fromCharCode(c);
    if (c < 128) {
      out.add(ch.toLowerCase().charCodeAt(0));
      out.add(ch.toUpperCase().charCodeAt(0));
      if (ch.toLowerCase() === 's') out.add(0x17f);
      if (ch.toLowerCase() === 'k') out.add(0x212a);
    } else if (ch.toLowerCase() !== ch.toUpperCase()) return null;
  }
  return out;
}

/** Where a match of `re` can begin: at a code unit of `first` (null: any), and, when `anchor` says so, only at the
 *  start of a line (a ^ under the m flag) or of the text. `lineHolds` names code units one of which every match holds
 *  before its first line feed (null: not known). */
export interface MatchStarts {
  first: Set<number> | null;
  /** What the character after the first must be (null: anything, or nothing: a match may be one character long). */
  second: Set<number> | null;
  anchor: 'none' | 'line' | 'text';
  lineHolds: Set<number> | null;
}

const NOTHING_KNOWN: MatchStarts = { first: null, second: null, anchor: 'none', lineHolds: null };

export function matchStarts(re: RegExp): MatchStarts {
  if (re.flags.includes('v')) return NOTHING_KNOWN;
  const reader = new Reader(re.source, re.flags);
  let found: First;
  try {
    found = reader.alternatives();
    if (reader.i !== re.source.length) return NOTHING_KNOWN; // an unbalanced ), which a valid pattern cannot have
  } catch (e) {
    if (e instanceof Unsupported) return NOTHING_KNOWN;
    throw e;
  }
  const cased = (set: Set<number> | null) => (set && re.flags.includes('i') ? withCases(set) : set);
  const anchor = found.anchored ? (re.flags.includes('m') ? 'line' : 'text') : 'none';
  const lineHolds = !found.required || found.required.size > MAX_SET ? null : cased(found.required);
  if (found.nullable || found.set === 'any' || found.set.size > MAX_SET) return { first: null, second: null, anchor, lineHolds };
  const second = found.single || found.second === 'any' || found.second.size > MAX_SET ? null : cased(found.second);
  return { first: cased(found.set), second, anchor, lineHolds };
}
