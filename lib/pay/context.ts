// Where a piece of pay text stands: its line, its clause, its section, and whether that place is the
// company profile (資本金, 売上高: never pay) or an example (月収例: not the range).
import { findSections, sectionAt, sectionObjectAt, type Section } from '../text/sections';
import type { SectionKind } from '../core/types';
import { withPayHeadings } from './pay-headings';

export interface PayText {
  /** Normalized text (NFKC, lower-case). */
  text: string;
  sections: Section[];
}

/**
 * Bounds on the work for one text: a posting states its pay in its first few hundred amounts and mentions,
 * and a page of thousands of them (a price list, a flattened table) must not stall the page.
 */
export const MAX_AMOUNTS = 400;
export const MAX_MENTIONS = 100;

/** `sections`: the text's sections when the caller has them already (analyze() finds them once for everything). */
export function payText(text: string, sections: Section[] = findSections(text)): PayText {
  return { text, sections: withPayHeadings(text, sections) };
}

export const sectionOf = (t: PayText, at: number): SectionKind => sectionAt(t.sections, at);

/** Under a company heading (会社概要, 私たちについて), not under a list of other postings: a recruit page may tell its
 *  story there and go on to the job under headings we do not know. */
export const underCompanyHeading = (t: PayText, at: number): boolean => sectionObjectAt(t.sections, at)?.field === 'company';

/** The posting's title: its title section, else its first line. */
export function titleText(t: PayText): string {
  const title = t.sections.find((s) => s.kind === 'title');
  if (title) return t.text.slice(title.start, title.end);
  const nl = t.text.indexOf('\n');
  return t.text.slice(0, nl === -1 ? Math.min(t.text.length, 120) : nl);
}

/** The lines above the posting's first heading, at most three: a board's header names the job under a shop's name. */
export function headerText(t: PayText): string {
  const heading = t.sections.find((s) => s.kind !== 'title' && s.kind !== 'other');
  const end = heading ? heading.start : t.text.length;
  return t.text.slice(0, end).split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
}

/** Whether the page has a pay section at all (給与, 報酬, or a heading of pay-headings.ts). */
export const hasPaySection = (t: PayText): boolean => t.sections.some((s) => s.kind === 'pay');

/** Under a list of the company's other openings (その他の募集, 同時募集中): their pay is theirs (pay-headings.ts). */
export const underOtherOpenings = (t: PayText, at: number): boolean => sectionObjectAt(t.sections, at)?.field === 'elsewhere';

// Lines are looked at within this many characters of a position: a page flattened into one huge line
// must not make every lookup scan it whole.
const LINE_WINDOW = 240;

export function lineStart(text: string, at: number): number {
  const floor = Math.max(0, at - LINE_WINDOW);
  let k = at;
  while (k > floor && text.charCodeAt(k - 1) !== 10) k--;
  return k;
}

export function lineEnd(text: string, at: number): number {
  const ceiling = Math.min(text.length, at + LINE_WINDOW);
  let k = at;
  while (k < ceiling && text.charCodeAt(k) !== 10) k++;
  return k;
}

export const lineAt = (text: string, at: number) => text.slice(lineStart(text, at), lineEnd(text, at));

/** Blank lines that may stand between a table's label and its value once the table is turned into text
 *  (日給 ⏎ ⏎ ⏎ 10,000円): skipped looking up for a label or down for a value. */
export const TABLE_BLANK_LINES = 3;

/** The start of the first line above the one at `ls` that is not blank (`blankLines` blank lines at most). */
export function lineAboveBlanks(text: string, ls: number, blankLines = TABLE_BLANK_LINES): number {
  let k = lineStart(text, ls - 1);
  for (let n = 0; n < blankLines && k > 0 && text.slice(k, ls).trim() === ''; n++) k = lineStart(text, k - 1);
  return k;
}

/** The end of the first line after the one ending at `lineEndAt` that is not blank (a heading's value), or
 *  `lineEndAt` when there is none within a few blank lines. */
export function valueLineEnd(text: string, lineEndAt: number): number {
  let k = lineEndAt;
  for (let n = 0; n <= TABLE_BLANK_LINES && k < text.length; n++) {
    const end = lineEnd(text, k + 1);
    if (text.slice(k + 1, end).trim() !== '') return end;
    k = end;
  }
  return lineEndAt;
}

// A label alone on its line: a few words, no figure, no sentence (友だち紹介報奨金, 交通費:).
const LABEL_ONLY = /^[^\d。、,!?]{1,16}:?$/;

/** The label on the line above the one at `ls`, when a page's table or list of terms put it there and its value on
 *  this line (友だち紹介報奨金 ⏎ 1名につき10,000円); '' when the line above, past `blankLines` blank lines at most, is no
 *  such label (`label` says what one looks like). */
export function labelAbove(text: string, ls: number, blankLines = TABLE_BLANK_LINES, label = LABEL_ONLY): string {
  if (ls === 0) return '';
  const k = lineAboveBlanks(text, ls, blankLines);
  const line = text.slice(k, lineEnd(text, k)).trim();
  return label.test(line) ? line : '';
}

/** Whether `at` stands inside an unclosed bracket on its line. */
export function openBracketBefore(text: string, at: number): boolean {
  let depth = 0;
  for (let k = lineStart(text, at); k < at; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Where the bracket open before `from` closes, before `limit`, past any bracket opened and closed inside it; -1 if not. */
export function closingBracket(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return i;
  }
  return -1;
}

// A set, not a regex per character: clauses are looked back through for every figure and mention.
const SENTENCE_END = new Set(['。', '\n', '!', '?']);

/** The text from the start of the clause that holds `at` up to `at` (at most `max` characters back). */
export function clauseBefore(text: string, at: number, max = 30): string {
  let k = at;
  const floor = Math.max(0, at - max);
  while (k > floor && !SENTENCE_END.has(text[k - 1]!)) k--;
  return text.slice(k, at);
}

// An allowance's row (外勤手当：月額20,000円 ※試用期間中は月額10,000円): every amount on it is the allowance's, the
// period's too (training.ts), unless a wage is named as one (base.ts).
export const ALLOWANCE_ROW = /^[\s\p{P}\p{S}]*[^\s\d:]{0,8}手当[ \t]*[:|]/u;

// Company-profile words: amounts near them are the company's, never the job's pay. 取引先 only as the profile's field
// (主要取引先, 取引先：, 取引先数): a reward for opening a new client's account (新しいお取引先との口座開設1件につき5,000円) is pay.
const COMPANY_WORDS = /資本金|売上高|年商|純利益|営業利益|経常利益|総資産|資産|株価|時価総額|設立|従業員数|(?:主要|主な)取引先|取引先(?:数|一覧)?[ \t]*[:：]|取引先数|出資/;
// 売上 alone is the company's figure only before an amount (売上 32億円); 売上インセンティブ, 売上に応じて歩合
// speak of the job's own pay.
const SALES = /売上|売り上げ/;
const SALES_PAY = /に応じ|連動|比例/;
// A line that starts with a company field's label (売上高：, 従業員 120名), not one that only begins with the word
// (売上に応じて歩合を支給).
const COMPANY_SECTION_LABELS = /^[\s\p{P}\p{S}]*(?:資本金|売上高?|設立|従業員数?|代表(?:者|取締役)?|所在地)(?:[\s:|\d(]|$)/u;

/** Amounts here belong to the company (資本金, 売上高 …) and are never pay. */
export function isCompanyProfile(t: PayText, at: number): boolean {
  if (sectionOf(t, at) === 'company') return true;
  const clause = clauseBefore(t.text, at, 24);
  if (COMPANY_WORDS.test(clause) || COMPANY_SECTION_LABELS.test(lineAt(t.text, at).slice(0, 12))) return true;
  return /\d/.test(t.text[at] ?? '') && SALES.test(clause) && !SALES_PAY.test(clause);
}

// Lines that give an example of what one can earn, not the pay range: 月収例, 年収例, モデル年収, 例:, 平均月収, 月の目安,
// ※参考：月12件前後の方が多いです（月48,000円程度）;
// also a board's figures for the trade (この職種の給与相場).
// What effort or results may bring (頑張り次第で時給2,000円以上も, 成果次第で月収50万円): not the wage itself (経験・能力次第,
// which set the wage, are not among them).
// What the best earn, said of them (昨年の最高報酬は月90万円, トップクラスは月100万円以上, トップクラスのパートナーは…, 稼げる人は…,
// 上位の方なら…): not 業界トップクラスの時給, a wage the page boasts of.
// Pay converted into another unit, said right before the figure (時給相当1,300円, 時給にすると約1,600円): what piece or
// other pay comes to, not the wage (時給1,500円相当の日給12,000円 is the day's pay: 相当 does not stand before it).
const EXAMPLE_LINE = /(?:頑張り|がんばり|努力|成果|結果|成績|実力|やる気)次第|例|参考(?!書)|モデル|実績|平均|最高(?:報酬|月収|年収|収入|額)|試算|シミュレーション|換算|(?:相当|にすると|に直すと|で(?:言|い)うと)(?:で|は|が)?[ \t:、]*(?:約|およそ|だいたい)?[ \t]*$|目安|相場|(?:トップ|上位)[^\n。、]{0,12}?(?:は|なら|になると|だと|では)[ \t、]*(?:月|年)?[ \t]*$|稼(?:げる|いでいる|ぐ)(?:人|方|スタッフ)(?:は|なら|だと)/;
// The same words in other senses: every year (例年), the staff's average age, a raise or pay that follows results
// (実績に応じて昇給, 昇給実績あり, 経験・実績を考慮し決定), a model shop or room.
const NOT_EXAMPLE = /例年|平均(?:年齢|勤続|残業)|実績(?:に応じ|により|による|を考慮|次第)|(?:昇給|経験|導入|取引|採用|勤務)実績|モデル(?:店舗|ルーム|ハウス)/g;
const exampleWords = (s: string): boolean => EXAMPLE_LINE.test(s) && EXAMPLE_LINE.test(s.replace(NOT_EXAMPLE, ''));
// Where a wage is named as one (時給, 月給), the example words must be in its own item: 平均年齢30代 時給1,200円 and
// 例年昇給あり／時給1,200円 name the wage after another item; inside brackets (年収例 400万円（月給25万円×12）) the
// bracket's item is the example's.
const ITEM_SEP = /^.*[ \t/!、]/;
/** The words that name a wage as one (時給, 月給): base.ts reads them before an amount, this file after a clause. */
export const WAGE_NAMES = '時給|日給|月給|年俸|時間給';
/** A wage word right before a figure (時給1,100円, 月給：22万円〜, 研修期間は時給1250): the figure is a stated wage. */
export const WAGE_BEFORE = new RegExp(`(?:${WAGE_NAMES}|日当|月収|年収)[ \\t:：]*[¥\\\\]?$`);
const WAGE_WORD_AT = new RegExp(`^(?:${WAGE_NAMES})`);
// Words right after an amount that make it a possibility rather than the pay: 月収30万円以上も可能, 〜のスタッフ多数,
// 月80万円プレイヤー, 24歳で年収600万円以上も！, a raise to it (報酬を2,000円以上に増額する場合があります, 半年後に1,100円に昇給).
// A raise only when the amount is what it rises to: a note of its own after the wage (時給1,200円〜 ※昇給あり,
// 時給1,200円（昇給有）, 時給1,200円 昇給年1回) says raises exist; nor does a note (※, brackets) carry the other words.
const EXAMPLE_AFTER = /^(?:台|前後|ほど)|^[ \t]*も[!♪]|^(?:以上)?(?:に|へ|まで)[ \t]*(?:増額|昇給)|^[^\n。※(]{0,3}?(?:も可|可能|プレ[イー]ヤー|可(?![\u3040-\u30ff\u4e00-\u9fffa-z])|の(?:スタッフ|方|人|先輩)|も夢|超え|稼|[をも]目指|達成(?!手当|ボーナス|給|金)|相当|程度の方)/;

// ハローワーク's label 基本給（月額平均）: the average monthly base of a job with varying hours, the pay itself.
const MONTHLY_AVERAGE_LABEL = /\(月額平均\)/g;

/** Lines of figures looked through, upwards, for the heading they stand under. */
const EXAMPLE_ROWS = 4;
const HEADING_MAX = 20;

// A row that names a wage and states it as a lower bound (月給 24万円〜, 時給1,200円以上), not a sum: an example gives
// what someone earned (35万円（入社2年目）, 月給22万円＋手当3万円), so below an example's figures this is the pay itself.
const WAGE_ROW = /^[\s\p{P}\p{S}]*(?:月給|時給|日給|年俸|基本給|固定給)[^\n+]*?\d[\d,.]*(?:万|千)?[\d,.]*円?[ \t]*(?:[~〜](?![ \t]*\d)|以上|から)[^\n+]*$/u;

const UNLABELLED_ROW = /^[\s\p{P}\p{S}]*\d/u;

/** Under a heading of examples (【月収例】, ▽報酬例), every line of figures is one: 4,000円〜30,000円, 1日4時間 →
 *  1日2,880円. A heading of anything else, or a line of prose without figures, ends the block; so does a wage row
 *  after the example's own figures (月収例 ⏎ 35万円（2年目） ⏎ 月給 24万円〜). */
function underExampleHeading(text: string, at: number): boolean {
  let ls = lineStart(text, at);
  const wageRow = WAGE_ROW.test(lineAt(text, at));
  // A row with no label of its own continues the labelled row above it (年収例　380万円（3年目） ⏎ 　450万円（7年目）).
  let continuing = UNLABELLED_ROW.test(lineAt(text, at));
  for (let k = 0; k < EXAMPLE_ROWS && ls > 0; k++) {
    const prev = lineAt(text, ls - 1).replace(MONTHLY_AVERAGE_LABEL, '');
    ls = lineStart(text, ls - 1);
    if (/\d/.test(prev)) {
      if (continuing && exampleWords(prev.slice(0, prev.search(/\d/)))) return true;
      continuing &&= UNLABELLED_ROW.test(prev);
      continue;
    }
    return prev.trim().length <= HEADING_MAX && exampleWords(prev.slice(0, HEADING_MAX)) && !(wageRow && k > 0);
  }
  return false;
}

// An income for a working pattern (週5日勤務で月収20万円以上, 月収20万8,000円（1日8h×20日勤務の場合）) is what the
// wage comes to, not the wage. Only incomes (月収, 年収, 月…円): 日給10,400円（時給1,300円×8時間） is the pay, and
// 年収400万円（月給28万円×12ヶ月＋賞与） adds up months, not a working pattern.
const INCOME = /^(?:月収|年収|月(?=[ \t]*\d))/;
// So is an income for a count of results (月20件獲得で月収10万円, 30台売れれば月収40万円, 月10件の成約なら月収30万円):
// what results pay comes to, not a wage.
const PATTERN_BEFORE = /(?:(?:勤務|出勤|稼働|働)(?:した|いた|く|ける|けば)?|\d+[ \t]*(?:件|台|本|契約|成約|名|人|口|回線|アポ)[^\d\n。、]{0,8}?)(?:場合は?|と|で|なら|だと|すると|すれば|できれば|れば)[ \t、,]*(?:は|も)?[ \t]*$/;
const PATTERN_AFTER = /^[^\n()]{0,6}\([^()\n]*(?:場合|[×x*][ \t]*\d+(?:\.\d+)?[ \t]*(?:日|h|時間))/;

export function isExample(t: PayText, at: number, end: number): boolean {
  const clause = clauseBefore(t.text, at, 40).replace(MONTHLY_AVERAGE_LABEL, '');
  const before = WAGE_WORD_AT.test(t.text.slice(at, at + 3)) && !/\([^)]*$/.test(clause) ? clause.replace(ITEM_SEP, '') : clause;
  if (exampleWords(before) || underExampleHeading(t.text, at)) return true;
  if (INCOME.test(t.text.slice(at, at + 4)) && (PATTERN_BEFORE.test(before) || PATTERN_AFTER.test(t.text.slice(end, end + 40)))) return true;
  return EXAMPLE_AFTER.test(t.text.slice(end, end + 12));
}
