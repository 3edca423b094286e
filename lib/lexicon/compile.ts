// Turns lexicon entries into what the analyzer needs at run time: normalized terms and one scanner
// that finds every term in a single pass (the prefilter).
import { normalize } from '../text/normalize';
import { CATEGORIES, type Category, type Sensitivity } from '../core/types';
import type { LexiconEntry } from './schema';
import { indexExclusions, type Exclusions } from './exclusions';

export interface CompiledEntry {
  entry: LexiconEntry;
  index: number;
  exclude: string[];
  /** `exclude`, indexed for the lookup at each hit. */
  exclusions: Exclusions;
  excludeNear: string[];
  requireNear: string[];
  labelAbove: string[];
  user: boolean;
}

export interface TermHit {
  start: number;
  end: number;
  entry: number;
  /** Notes in brackets the hit spans (問い合わせ（電話・メール）対応): analysis/across-notes.ts. */
  notes?: { start: number; end: number }[];
}

export interface CompiledLexicon {
  entries: CompiledEntry[];
  /** Finds every occurrence of every term in normalized text, in order of position. */
  scan(text: string): TermHit[];
}

/** A keyword the user added in settings. Literal text: never a regular expression. */
export interface UserKeyword {
  text: string;
  category: Category;
  weight: number;
}

export const USER_KEYWORD_MAX_LENGTH = 40;

const norm = (s: string) => normalize(s).text.trim();

/** Spellings of one word that normalization does not join: お客様 is written お客さま as often (utilities, mail
 *  order, public services), 申込 as 申し込み and 申込み; a term or a context word in one spelling stands for all. */
const SPELLINGS: [RegExp, string][] = [
  [/客様/g, '客さま'],
  [/申込(?!み)/g, '申し込み'],
  [/申込(?!み)/g, '申込み'],
];
const withSpellings = (list: string[]): string[] =>
  [...new Set(list.flatMap((s) => [s, ...SPELLINGS.filter(([from]) => s.search(from) >= 0).map(([from, to]) => s.replace(from, to))]))];
const normAll = (list: string[] | undefined) => withSpellings((list ?? []).map(norm));
/** A term that ends in a blank (目標 ) ends in a label gap: the blank is the term's, not trimmed away with the page's. */
const TRAILING_GAP = /[ \t\u3000]$/;
const normTerm = (s: string) => {
  const t = norm(s);
  return t && TRAILING_GAP.test(s) ? `${t} ` : t;
};

export function compileLexicon(entries: LexiconEntry[], userKeywords: UserKeyword[] = []): CompiledLexicon {
  const compiled: CompiledEntry[] = entries.map((entry, index) => {
    const exclude = normAll(entry.exclude);
    return {
      entry: { ...entry, terms: withSpellings(entry.terms.map(normTerm)) },
      index,
      exclude,
      exclusions: indexExclusions(exclude),
      excludeNear: normAll(entry.excludeNear),
      requireNear: normAll(entry.requireNear),
      labelAbove: normAll(entry.labelAbove),
      user: false,
    };
  });
  userKeywordEntries(userKeywords).forEach((entry) => {
    compiled.push({ entry, index: compiled.length, exclude: [], exclusions: indexExclusions([]), excludeNear: [], requireNear: [], labelAbove: [], user: true });
  });
  return { entries: compiled, scan: buildScanner(compiled) };
}

/** Cleans user keywords: trims, drops empty, over-long, unknown-category and duplicate ones. */
export function userKeywordEntries(keywords: UserKeyword[]): LexiconEntry[] {
  const seen = new Set<string>();
  const out: LexiconEntry[] = [];
  for (const k of Array.isArray(keywords) ? keywords : []) {
    if (!k || typeof k.text !== 'string') continue;
    const text = norm(k.text);
    if (!text || text.length > USER_KEYWORD_MAX_LENGTH || !CATEGORIES.includes(k.category) || seen.has(text)) continue;
    seen.add(text);
    const weight = Number.isFinite(k.weight) ? Math.min(10, Math.max(0.1, k.weight)) : 1;
    out.push({
      id: `user.${out.length + 1}`,
      category: k.category,
      level: 'low' as Sensitivity,
      weight,
      terms: [text],
      ja: `あなたが登録したキーワード「${k.text.trim()}」`,
      en: `Your keyword "${k.text.trim()}"`,
      examples: [],
    });
  }
  return out;
}

/** A space in a term stands for the gap between a field's label and its value, however a page lays it out:
 *  必要な経験等　　不問, 経験等：不問, ｜必要な経験等｜不問 (NFKC has made the full-width forms into these). */
const LABEL_GAP = /^[ \t:|]+/;

/** Where `term` ends if it stands at `at` in `text`, or -1. */
function termEnd(text: string, at: number, term: string, gapped: boolean): number {
  if (!gapped) return text.startsWith(term, at) ? at + term.length : -1;
  let i = at;
  for (const part of term.split(/ +/)) {
    if (i > at) {
      const gap = LABEL_GAP.exec(text.slice(i, i + 12));
      if (!gap) return -1;
      i += gap[0].length;
    }
    if (!text.startsWith(part, i)) return -1;
    i += part.length;
  }
  return i;
}

// Terms are grouped by their first two characters; a bitmap of first characters lets the scan skip almost every
// position of a text with no candidates with one array read, and the pair's list holds only the terms that can
// start there (a term's first two characters must stand in the text, as termEnd matches them exactly).
function buildScanner(entries: CompiledEntry[]): (text: string) => TermHit[] {
  type Candidate = { term: string; entry: number; gapped: boolean; anySecond: boolean };
  const byFirst = new Map<number, Candidate[]>();
  const firstChars = new Uint8Array(0x10000);
  for (const c of entries) {
    for (const term of c.entry.terms) {
      if (!term) continue;
      const f = term.charCodeAt(0);
      firstChars[f] = 1;
      // A term with no fixed second character (one character long, or a gap right after the first) can start at
      // every position with its first one.
      const anySecond = term.length < 2 || term[1] === ' ';
      let list = byFirst.get(f);
      if (!list) byFirst.set(f, (list = []));
      list.push({ term, entry: c.index, gapped: term.includes(' '), anySecond });
    }
  }
  // Longest first at each position, as before the lists were split by pair; filtering keeps that order.
  const byPair = new Map<number, Candidate[]>();
  const anyOnly = new Map<number, Candidate[]>();
  for (const [f, list] of byFirst) {
    list.sort((a, b) => b.term.length - a.term.length);
    const seconds = new Set(list.filter((t) => !t.anySecond).map((t) => t.term.charCodeAt(1)));
    for (const second of seconds) byPair.set(f * 0x10000 + second, list.filter((t) => t.anySecond || t.term.charCodeAt(1) === second));
    const any = list.filter((t) => t.anySecond);
    if (any.length) anyOnly.set(f, any);
  }
  return (text: string) => {
    const hits: TermHit[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (firstChars[c] === 0) continue;
      const list = byPair.get(c * 0x10000 + text.charCodeAt(i + 1)) ?? anyOnly.get(c);
      if (!list) continue;
      for (const t of list) {
        const end = termEnd(text, i, t.term, t.gapped);
        if (end >= 0) hits.push({ start: i, end, entry: t.entry });
      }
    }
    return hits;
  };
}
