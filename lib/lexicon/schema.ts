// The lexicon's data format (dictionaries/*.json) and its validation. The files are edited by hand, so
// every mistake gets a message naming the file, the entry and the field.
import { CATEGORIES, type Category, type Sensitivity, SENSITIVITIES } from '../core/types';

export type Expectation = 'present' | 'negated' | 'none';

export interface LexiconExample {
  text: string;
  /** present / negated: the entry must flag the text with that polarity. none: it must not flag it. */
  expect: Expectation;
}

export interface LexiconEntry {
  id: string;
  category: Category;
  /** The lowest sensitivity at which the entry counts: 'low' = strong and explicit, 'high' = weak cue. */
  level: Sensitivity;
  weight: number;
  terms: string[];
  /** Terms built from parts, each a list of products: one part from each list, in order, joined (["6割", "7割"] ×
   *  ["", "ほど"] × ["は"] × ["電話"] is 6割は電話, 6割ほどは電話, 7割は電話, 7割ほどは電話). Added to `terms` when the
   *  file is read, so a family of wordings is written once instead of spelled out one by one. */
  termParts?: string[][][];
  /** Longer expressions in which a term means something else (営業時間 for 営業). */
  exclude?: string[];
  /** Words that, anywhere in the same sentence, show a term is used in another sense (SNS for 発信). */
  excludeNear?: string[];
  /** Words of which one must stand in the same sentence for the term to count (電話 for 問い合わせ). */
  requireNear?: string[];
  /** The term counts only as the value under a label alone on the line above, one of these words in it (経験 for 不問:
   *  必要な経験等 ⏎ 不問, as a form's table turned into text lays it out). The term must open its line. */
  labelAbove?: string[];
  /** A count of dealings with customers must stand in the same sentence (30軒, 5店舗, 対応件数8件): words like 目安 make a target
   *  only with one. */
  requireCount?: boolean;
  /** The page fixes the sense: where one of `exclude` stands anywhere in the text (クレーンオペレーター), bare
   *  mentions of the term on that page mean the same thing (オペレーター1名＋助手1名) and do not count. */
  senseFromPage?: boolean;
  /** false for terms whose negation reads oddly or means the same (default true). */
  negatable?: boolean;
  /** A heading of the term alone (【研修】, ■研修制度) over a section states it, unless the next line says なし:
   *  true for things a posting names only to describe them. Topics a posting names to deny them (ノルマ) stay
   *  false, the default: their heading is read only with its answer. */
  headingStates?: boolean;
  /** The term counts only as a heading of its own (■目標), read with the line under it: a bare 目標 in a sentence is
   *  anything from a career plan to a sales target. */
  headingOnly?: boolean;
  /** The term may name the matter a desk handles or the unit that does it (配送・設置のお問い合わせ, 清掃のご依頼, 配送
   *  センターへ連絡): so said, it is not this job's work. */
  namesMatter?: boolean;
  ja: string;
  en: string;
  examples: LexiconExample[];
}

export interface LexiconFile {
  description?: string;
  entries: LexiconEntry[];
  /** Set by the extension's build, which leaves the examples out of the package (the tests run them all):
   *  entries then carry none. */
  examplesStripped?: boolean;
}

export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

const EXPECTATIONS: readonly Expectation[] = ['present', 'negated', 'none'];

/** Checks one parsed dictionary file; throws LexiconError listing every problem found. */
export function validateLexiconFile(data: unknown, fileName: string): LexiconEntry[] {
  const problems: string[] = [];
  const where = (i: number, id?: unknown) => `${fileName} entry ${i}${typeof id === 'string' ? ` (${id})` : ''}`;
  if (!data || typeof data !== 'object' || !Array.isArray((data as LexiconFile).entries)) {
    throw new LexiconError(`${fileName}: expected an object with an "entries" array`);
  }
  const entries = (data as LexiconFile).entries;
  const stripped = (data as LexiconFile).examplesStripped === true;
  entries.forEach((e: unknown, i) => {
    if (!e || typeof e !== 'object') return void problems.push(`${where(i)}: not an object`);
    const x = e as Record<string, unknown>;
    const at = where(i, x.id);
    if (typeof x.id !== 'string' || !/^[a-zA-Z][\w.-]*$/.test(x.id)) problems.push(`${at}: "id" must be a word like "outbound.teleapo"`);
    if (!CATEGORIES.includes(x.category as Category)) problems.push(`${at}: "category" must be one of ${CATEGORIES.join(', ')}`);
    if (!SENSITIVITIES.includes(x.level as Sensitivity)) problems.push(`${at}: "level" must be low, standard or high`);
    if (typeof x.weight !== 'number' || !(x.weight > 0 && x.weight <= 10)) problems.push(`${at}: "weight" must be a number in (0, 10]`);
    if (x.termParts !== undefined && !isPartsList(x.termParts)) problems.push(`${at}: "termParts" must be a list of products, each a list of lists of strings`);
    const noTerms = x.terms === undefined && isPartsList(x.termParts);
    if (!noTerms && (!isStringList(x.terms) || (x.terms as string[]).length === 0)) problems.push(`${at}: "terms" must be a non-empty list of strings`);
    for (const f of ['exclude', 'excludeNear', 'requireNear', 'labelAbove'] as const) {
      if (x[f] !== undefined && !isStringList(x[f])) problems.push(`${at}: "${f}" must be a list of strings`);
    }
    if (x.requireCount !== undefined && typeof x.requireCount !== 'boolean') problems.push(`${at}: "requireCount" must be true or false`);
    if (x.negatable !== undefined && typeof x.negatable !== 'boolean') problems.push(`${at}: "negatable" must be true or false`);
    if (x.headingStates !== undefined && typeof x.headingStates !== 'boolean') problems.push(`${at}: "headingStates" must be true or false`);
    if (x.headingOnly !== undefined && typeof x.headingOnly !== 'boolean') problems.push(`${at}: "headingOnly" must be true or false`);
    if (x.namesMatter !== undefined && typeof x.namesMatter !== 'boolean') problems.push(`${at}: "namesMatter" must be true or false`);
    if (x.senseFromPage !== undefined && typeof x.senseFromPage !== 'boolean') problems.push(`${at}: "senseFromPage" must be true or false`);
    if (x.senseFromPage && !(Array.isArray(x.exclude) && x.exclude.length)) problems.push(`${at}: "senseFromPage" needs "exclude" expressions that fix the other sense`);
    if (typeof x.ja !== 'string' || !x.ja || typeof x.en !== 'string' || !x.en) problems.push(`${at}: "ja" and "en" explanations are required`);
    if (stripped) x.examples ??= [];
    else if (!Array.isArray(x.examples) || x.examples.length < 2) problems.push(`${at}: at least two "examples" are required`);
    else {
      x.examples.forEach((ex: unknown, k) => {
        const y = ex as Record<string, unknown> | null;
        if (!y || typeof y.text !== 'string' || !y.text || !EXPECTATIONS.includes(y.expect as Expectation)) {
          problems.push(`${at}: example ${k} needs "text" and "expect" (present, negated or none)`);
        }
      });
      if (!x.examples.some((ex: any) => ex?.expect === 'none')) problems.push(`${at}: needs at least one example that must not match ("expect": "none")`);
      if (!x.examples.some((ex: any) => ex?.expect === 'present')) problems.push(`${at}: needs at least one example that must match ("expect": "present")`);
    }
  });
  if (problems.length) throw new LexiconError(`${fileName}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return entries.map((e) => (e.termParts ? { ...e, terms: [...new Set([...(e.terms ?? []), ...e.termParts.flatMap(termsOf)])] } : e));
}

/** Every term one product of parts makes: one part from each list, in order. */
function termsOf(product: string[][]): string[] {
  return product.reduce<string[]>((made, parts) => made.flatMap((head) => parts.map((part) => head + part)), ['']);
}

/** A list of products, each a non-empty list of non-empty lists of strings (a part may be empty: an optional word), and
 *  no product able to make a blank term: a term is blank only where every list offers a blank part. */
function isPartsList(v: unknown): v is string[][][] {
  const strings = (l: unknown) => Array.isArray(l) && l.length > 0 && l.every((s) => typeof s === 'string');
  const blank = (parts: string[]) => parts.some((s) => s.trim() === '');
  return Array.isArray(v) && v.length > 0 && v.every((p) => Array.isArray(p) && p.length > 0 && p.every(strings) && !p.every(blank));
}

function isStringList(v: unknown): boolean {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0);
}

/** Validates the whole lexicon: every file, and ids unique across files. */
export function validateLexicon(files: Record<string, unknown>): LexiconEntry[] {
  const all: LexiconEntry[] = [];
  for (const [name, data] of Object.entries(files)) all.push(...validateLexiconFile(data, name));
  const seen = new Set<string>();
  for (const e of all) {
    if (seen.has(e.id)) throw new LexiconError(`duplicate lexicon id "${e.id}"`);
    seen.add(e.id);
  }
  return all;
}
