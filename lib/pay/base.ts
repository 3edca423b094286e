// Base pay: the amounts that state what the job pays per hour, day, month or year (時給1,200円〜1,500円,
// 月給25万円以上, 年収600万〜850万円), in the order a job seeker reads them: 給与 sections first, then the title,
// then the rest. Allowances, examples, premiums, training pay and company figures are not base pay.
import type { PayUnit } from '../core/types';
import { amountIn, type AmountRange } from './amounts';
import { ALLOWANCE_ROW, isCompanyProfile, isExample, lineAboveBlanks, lineAt, lineStart, sectionOf, underCompanyHeading, underOtherOpenings, WAGE_NAMES, type PayText } from './context';
import { findFormRows, formRowNear, formUnit, isAmountRow } from './pay-form';
import { countedSuccesses } from './incentive';
import { gated, matchesOf } from '../text/gated-scan';
import { sectionObjectAt, type Section } from '../text/sections';
import { BULLETS } from '../text/heading-marks';

export interface BaseCandidate {
  unit: PayUnit;
  /** Null when only the upper end is stated (時給〜1,500円, 最大1,500円). */
  min: number | null;
  max: number | null;
  /** Normalized offsets: from the unit word (時給) when there is one, to the end of the amount. */
  start: number;
  end: number;
  /** The unit was written (時給, 月給, /時間), not inferred from the size of the amount. */
  stated: boolean;
  /** A premium or condition on its clause (22時以降, 経験者, 土日): another rate, not another pay line. */
  premium: boolean;
  /** The premium is for certain hours, days or seasons (22時以降, 深夜, 土日祝, 年末年始): a rate above the ordinary one. */
  timed: boolean;
  inBrackets: boolean;
  order: number;
}

// A wage named as guaranteed (日給保証) is the wage, not a floor under results pay (最低保証).
const GUARANTEED_WAGE = /(?:日給|日当|時給|月給)保証/g;
const UNIT_WORDS: Record<string, PayUnit | null> = {
  時給: 'hour', 週給: 'week', 日給: 'day', 日当: 'day', 日額: 'day', 月給: 'month', 月収: 'month', 月額: 'month', 年収: 'year', 年俸: 'year',
  年額: 'year', 想定年収: 'year', 基本給: null, 初任給: null, 固定給: null, 給与: null, 給料: null, 賃金: null, 報酬: null, 給与額: null,
  支給額: null, 時間給: 'hour', 時間額: 'hour', 給料月額: 'month', 報酬月額: 'month', 報酬額: null, 年俸制: 'year', 月給制: 'month',
  日給制: 'day', 時給制: 'hour', 週給制: 'week', 基本月額: 'month', 基本日額: 'day', 月額給与: 'month', 時間単価: 'hour', 時給単価: 'hour',
  // Municipal ads (会計年度任用職員, 地域おこし協力隊): 月額報酬, 報償費 月額….
  月額報酬: 'month', 日額報酬: 'day', 時間額報酬: 'hour', 報償費: null,
  // A large employer's 月例給与 (the monthly pay, apart from bonuses).
  月例給与: 'month', 月例給: 'month',
  // ハローワーク's 基本給（月額平均）又は時間額 (or 又は時間給): the unit is the amount's own (170,000円 a month, 1,100円 an hour).
  又は時間額: null, 又は時間給: null,
  // A wage guaranteed beside pay by the piece (日給保証 8,000円＋出来高): it is paid whatever the count.
  日給保証: 'day', 日当保証: 'day', 時給保証: 'hour', 月給保証: 'month',
  // Postings for foreign workers label their fields in English (Salary: ¥1,300/h, Daily wage: ¥10,000).
  salary: null, wage: null, pay: null, 'pay rate': null, 'hourly rate': 'hour', compensation: null, 'hourly wage': 'hour', 'hourly pay': 'hour', 'daily wage': 'day', 'daily pay': 'day', 'monthly salary': 'month',
  'annual salary': 'year', 'yearly salary': 'year',
  // …or in plain Japanese, with the words spelled in kana (じきゅう（1じかん）1,350円, きゅうりょう：月 20万円).
  じきゅう: 'hour', にっきゅう: 'day', げっきゅう: 'month', きゅうりょう: null, おきゅうりょう: null,
};
// An English word only as a word of its own: Pay: ¥1,500/hour, not the pay of PayPay or payment.
const WORDS = Object.keys(UNIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => (/^[a-z]/.test(w) ? `(?<![a-z])${w}` : w))
  .join('|');
// A unit word, then only labels, brackets and short bracketed notes before the amount (月給(固定残業代含む):25万円).
// The ordinary-hours rate may be named before its amount (時給：平日1,200円／土日祝1,300円).
// In prose the word may be joined by で (お給料は月給制で、22万円から), on a basis (月給ベースで25万円), with a start
// (月給制で、スタートは22万円), or end its sentence when it names a system (お給料は月給制。22万円以上).
// The word's topic may carry what the amount depends on (時給は経験により1,150円〜, 日給は勤務日数に応じて9,000円〜), and
// a recruiting FAQ asks for it and answers on the next line (Q：時給はいくら？ ⏎ A：1,300円です).
// An ad may separate it with a slash or an arrow (時給/1,100円, 時給→1,300円) or cheer it on (時給なんと1,500円, 時給が1,200円).
// A form's unit field and amount field may share a line (給与区分：時給　金額：1,100円〜): the amount's label stands between.
const DEPENDS_ON = String.raw`(?<=は)[^\d\n。]{1,14}?(?:により|によって|に応じて?|を考慮し(?:て)?|を考慮の(?:うえ|上)|を踏まえ(?:て)?|次第で)`;
const ASKED = String.raw`(?<=は|って)(?:いくら|どのくらい|どれくらい|どの程度)(?:です|でしょう|になります)?か?\??|(?<=\n[ \t]*)(?:a|回答|答え?)[ \t]*[.:)]`;
const GAP = String.raw`(?:\.{2,}|[\s:|\[\]【】〔〕<>≪≫《》・${BULLETS}※=、,;「」/→]|は|が|で|なんと|平日|日勤|日中|ベース|スタート時?|(?<=[\s:|】\]])(?:金額|支給額|給与額|賃金額)(?=[\s:|【\[])|(?<=制)。|(?<=給与|給料|賃金|報酬|時給|日給|月給)下限(?:額|金額)?|${DEPENDS_ON}|${ASKED}|\([^()\n]{0,24}\)|\(|\)){0,8}`;
// An upper bound alone may follow the word: 時給〜1,500円, 日給最大12,000円, 給与：MAX 1,500円.
const UP_TO = String.raw`(?:[~〜]|最大|最高|max)[ \t]*:?[ \t]*`;
const KEYWORD_BEFORE = new RegExp(`(${WORDS})${GAP}(${UP_TO})?$`);
// 最高時給1,500円, 最大日給12,000円: the word itself is an upper bound.
const UP_TO_WORD = /(?:最大|最高|max)[ \t]*$/;
// After a single figure, its upper end: 時給1,300円（最大1,600円）, 時給1,200円〜最大1,500円, 1,300円〜 最高1,600円.
// The bound may come with what raises the pay to it (※ランクにより最大1,350円, （経験・能力により最高1,500円）).
const TAIL_MAX = new RegExp(String.raw`^[ \t]*\(?[ \t]*(?:[~〜][ \t]*)?(?:\/[ \t]*)?(?:※[ \t]*)?(?:[^\s\d。、()※]{1,10}(?:により|による|に応じて|次第で)[、,]?[ \t]*)?(?:最大|最高|max)[ \t]*:?[ \t]*(?:${WORDS})?[ \t]*:?[ \t]*$`);
// 月 or 時給 written right before the figure: 月175,000円, 月20,000円〜.
// 1時間1,300円 too; a lone 月/日/年 only as a word of its own (給与は月22万円; 平日1,200円 is not a day's pay), or 月 after
// the words that make it a fixed monthly sum (定額月30,000円, 固定月20万円, 毎月18万円).
const SHORT_BEFORE = /(?:(?:1|一)?(時間|日|月)(?:あたり|当たり|につき)|(?<!\d)(?:1|一)(時間)|(?<![\u4e00-\u9fff])(月|日|年)|(?<=定額|固定|毎)(月))[ \t]*$/;

// Pay per lesson, visit or session (1コマ（80分）2,000円, 身体介護 1回 2,200円, 1レッスン 1,500円): paid by the piece of
// work, not an hourly wage to guess from the figure's size. Not a shift's pay (夜勤1回) nor a monthly count (月1回).
const SESSION_BEFORE = /(?<![月週年日\d])(?:1|一)[ \t]*(?:回|コマ|レッスン|授業|訪問|講座|セッション)(?:[ \t]*\([^()\n]{0,12}\))?[ \t]*(?:あたり|当たり|につき)?[ \t:]*$/;
const SHIFT_WORDS = /夜勤|日勤|宿直|当直|出勤|勤務|シフト|研修|面接|説明会/;

const WEAK = /^(?:月額|日額|年額|報酬|報酬額)$/;
// An hour or a day named as what the work yields in it (1時間で, 1日で), not as the wage's period.
const YIELD_BEFORE = /(?<!\d)(?:1|一)[ \t]*(?:時間|日)で[ \t]*(?:約|およそ|だいたい)?[ \t]*$/;
/** How far back the rate a yield follows from is looked for. */
const YIELD_REACH = 120;
const ROUGHLY_AFTER = /^[ \t]*(?:ちょっと|ちょい|くらい|ぐらい|位|ほど|程|程度|前後|弱|強|超|以上稼)/;
// The head of a table row about pay, before its unit word: 【報酬】, ■賃金 , 給与：.
// A notice numbers its rows (6．賃金　日額8,900円, (6) 報酬).
const PAY_ROW = /^[\s\p{P}\p{S}]*(?:\d{1,2}[\s\p{P}\p{S}]+)?(?:給与|給料|賃金|報酬|報償費|待遇・給与)等?[\s\p{P}\p{S}]*$/u;
// A kind of pay in brackets after the amount, and nothing else there (not 時給換算: a conversion).
const UNIT_AFTER = /^[ \t]*\((時給|時間給|日給|日当|月給|週給|年俸)制?\)/;
const SHORT_UNIT: Record<string, PayUnit> = { 時間: 'hour', 日: 'day', 月: 'month', 年: 'year' };

// Words that make an amount something other than base pay when they open its clause (a sum of items: 合計 : 11,000円;
// also what the worker pays:
// 制服代, 駐車場代, 食費, まかない1食300円, and the rent in brackets after a dormitory: 寮完備（月2万円））.
const NOT_BASE = /手当|合計|(?:獲得|アポ|成約|契約|成功)報酬|交通費|通勤|残業|賞与|ボーナス|保証|保障|インセンティブ|歩合|報奨|成果|祝い?金|支度金|紹介料|キャンペーン|割引|補助|支援|寮費|家賃|税|上限|最大|件あたり|件につき|1件|1台|(?:1|一)契約|契約(?:あたり|当たり|につき|ごとに)|成約時|昇給|控除|差し?引|加算|プラス|\+|手数料|料金|価格|費用|代金|単価(?![ \t:]*(?:[^\d\n]{0,6}?(?:1|一)[ \t]*(?:日|時間)(?!\d)|時給|日給|時間給))|会費|活動費|経費|制服|駐車場|食事|昼食|弁当|食費|食堂|まかない|賄い|(?:1|一)食|保険料|積立|貯蓄|リース|レンタル(?:料|代)|[^\s\d]代[ \t:]*$|(?:寮|社宅)(?:完備|あり|有り?|費|代|使用料)?[ \t:]*\(?[ \t]*(?:月額?|1ヶ月)?[ \t]*$/;
// A heading line right above that names something other than pay (【活動費】, ■交通費, 【賞与】): its amounts are not
// base pay. A heading that names pay too (【給与・手当】) is pay.
const OTHER_HEADING = /^[\s\p{P}\p{S}]*([^\d\n]{1,12}?)[\s\p{P}\p{S}]*$/u;
// 単価 heads a contractor's rates: a row under it that names an hour or a day (1時間あたり 1,300円) is the wage; a rate per
// piece (1件 300円) stays a piece's by its own words.
const FIELD_WITH_VALUE = /^[\s\p{P}\p{S}]*[^\n:】\]]{1,10}(?:[】\]]|:)[ \t]*[^\s\p{P}\p{S}]/u;
const PAY_IN_HEADING = /給|報酬|賃金|報償|年収|年俸|バイト代|単価/;
const RATE_COLUMN = /[|/][ \t]*(?:単価|金額|報酬額?)[ \t]*$/;
const COMMUTE_INSIDE = /(?:交通費|通勤費|通勤手当)込み?(?:で|の)?/g;
// A rate per hour (時間単価 1,500円) is a wage, not a price.
const HOURLY_RATE = /時間単価|時給単価/g;
// What the pay is made of, said before it (基本給＋各種手当 月給24万円〜): the sum is the pay, not an allowance.
const MADE_OF = /基本給[ \t]*[+＋・と及]+[ \t]*(?:各種|諸|一律|職務|固定)?手当(?:含む|込み?)?/g;
// A note in brackets between the pay word and its amount says what the pay includes (月給（固定残業代含む）25万円,
// 月給（一律手当含む）): it does not make the amount an allowance.
const NOTE_INSIDE = /\([^()\n]{0,24}\)/g;
// A label's note of how the pay is counted (給与（税込）　時給1,200円): the pay itself, not a tax.
const TAX_NOTE = /\((?:税込|税抜|税別|税引前|額面)[^()\n]{0,6}\)/g;
// Conditions that make an amount another rate of the same pay: 22時以降, 土日祝, 繁忙期は (certain hours, days or
// seasons: PREMIUM_TIME), and 経験者は, 有資格者, 英語を話せる方は, 学生の方は, 中型免許があれば (certain people: a rate
// for whoever meets the condition, in the same job).
const OFF_HOURS_WORDS = '深夜|早朝|夕方|夜間|土日|祝|休日|以降|繁忙期|年末年始';
const PREMIUM_TIME = new RegExp(String.raw`\d+[:時]|${OFF_HOURS_WORDS}`);
const PREMIUM = new RegExp(`${PREMIUM_TIME.source}|経験者|有資格|資格|優遇|リーダー|高校生|(?:[ぁ-ん]|の)方(?:は|なら|のみ)|があれば|をお持ちなら|をお持ちの場合`);
// A band of the ordinary hours (平日日中（9:00〜17:00）, 日勤) is the ordinary rate even with its hours written out.
/** An amount in English (JPY 1,700 per hour, ¥1,700/h) on a line that states the wage in Japanese too (／ 時給1,700円〜). */
const JAPANESE_WAGE = /(?:時給|日給|月給|年収|年俸|月収)[ \t:：]*\d/;
function englishBesideJapaneseWage(text: string, a: AmountRange): boolean {
  if (!/^(?:jpy|¥)/.test(text.slice(a.start, a.start + 3))) return false;
  const from = text.lastIndexOf('\n', a.start) + 1;
  const to = text.indexOf('\n', a.end);
  return JAPANESE_WAGE.test(text.slice(from, to < 0 ? text.length : to));
}
/** A section headed in English (Pay:, Salary), as the page writes its heading (a section's label may be the field's
 *  own name). */
const headedInEnglish = (t: PayText, s: Section) => /^[^\p{L}\n]*[a-z]/u.test(t.text.slice(s.start, s.start + 12));
/** The page heads a pay section in Japanese (【給与】, 給与 / Salary): a page-wide fact, read once per page. */
const headsPayInJapanese = (t: PayText) => t.sections.some((s) => s.kind === 'pay' && !headedInEnglish(t, s));
/** A pay section headed in English on a page that also heads one in Japanese. */
function englishPayBesideJapanese(t: PayText, at: number, japaneseHeading: () => boolean): boolean {
  const own = sectionObjectAt(t.sections, at);
  return !!own && headedInEnglish(t, own) && japaneseHeading();
}
const ORDINARY_BAND = /平日|日中|日勤|昼間?/;
const OFF_HOURS = new RegExp(`夜勤|${OFF_HOURS_WORDS}`);

// A wage named as one, right before the amount: 時給1,200円, 月給 25万円〜; not a region's minimum or an average
// (地域の最低時給1,050円, 平均時給).
const STRONG_WAGE = new RegExp(`(?<!最低|平均)(?:${WAGE_NAMES})[\\s:|]*$`);
const FALLBACK_ORDER = 3;
// まで after an amount is a cap (1日1,000円まで), but after a range it closes the range (時給1,200円から1,500円まで).
const closedRange = (a: AmountRange): boolean => a.max !== null && a.max !== a.min;
// A wage word's own clause starts after an item that ends before it on the same line (昇給あり　時給1,250円,
// 賞与年2回＋月給22万円, 試用期間なし・時給1,200円, 税込 時給1,180円, 交通費別途支給 時給1,200円): that item is another
// fact, not what the wage is. Only before a wage named as one: 通勤手当支給 月額1万円 is still the allowance.
const WAGE_KEY = new RegExp(`^(?:${WAGE_NAMES})$`);
const ITEM_DONE = /^.*(?:あり|有り|なし|無し|支給|完備|ok|可|込み?|\d+回)[ \t]*(?:[+・][ \t]*|[ \t]+)/;
const ownClause = (clause: string, key: string | undefined): string => (key && WAGE_KEY.test(key) ? clause.replace(ITEM_DONE, '') : clause);
// A company's story tells past wages too (創業当時は時給800円でした): a figure said in the past is not the job's.
const PAST_AFTER = /^[^\n。、]{0,8}?(?:でした|だった|であった)/;
// A figure that sets a condition (月の報酬が5,000円未満の場合は繰り越し, 1万円を超えた分は): a threshold, not the pay.
// A floor under results pay named after its amount (月15万円の最低保証, 10万円を最低保障): not the base.
const FLOOR_AFTER = /^[ \t]*(?:の|を)?[ \t]*最低(?:保証|保障)/;
// A price said after the amount (記事は350円の有料記事として販売されます, 1本500円で提供): what is sold, not pay.
const PRICE_AFTER = /^[^\n。、]{0,10}?(?:で|として)(?:販売|提供|購入)/;
// A price of something the worker may rent or use, said after the amount (月2万円からのリース車両, 月3万円の寮, 1日500円の
// レンタル制服): what the worker pays, not pay.
const COST_AFTER = /^[^\n。、]{0,4}?の(?:リース|レンタル|寮|社宅|借り上げ|物件|駐車場|利用料|使用料|会費|月謝|受講料|教材)/;
// A sum of sales, not pay (組み合わせ次第で月60万円以上の売り上げが可能です), unless a wage word names it.
const REVENUE_AFTER = /^[^\n。、]{0,4}?の(?:売り?上げ?|売上高|収益|取扱高|取扱額|粗利)/;
const THRESHOLD_AFTER = /^[ \t]*(?:未満|に満たな|を?超え|を超過|を下回|を上回|に達し|(?:以上|以下)?の場合)/;

const PERIOD_EARLIER = /(月|年|日)額/;
/** Words of a company's record before a wage on its line (初任給実績, 平均, モデル, 例). */
const COMPANY_RECORD_BEFORE = /初任給|実績|平均|モデル|例/;
const WITH_ALLOWANCES = /手当等?を含む|(?<![a-z])a[ \t]*[+＋][ \t]*b(?![a-z])/i;
// The same total marked after its amount (賃金（月額） 220,000円〜263,000円（a＋b）).
const WITH_ALLOWANCES_AFTER = /^[ \t]*\([^()\n]{0,10}?(?<![a-z])a[ \t]*[+＋][ \t]*b(?![a-z])/i;
// A ハローワーク form's 賃金 row (or a bare 月額 row) with the 基本給（ａ） row right below it: the total of a and b, unmarked.
// A bare 日額 row is a 日給 job's own pay, with the month's average as a below it.
const TOTAL_LABEL = /(?:賃金[ \t]*(?:\((?:月額|日額|時間額)\))?|(?:^|\n)[ \t]*月額)[ \t]*:?[ \t]*$/;
const BASIC_ROW_BELOW = /^[^\n]*\n(?:[^\n]*\n)?[ \t]*(?:基本給[ \t]*\(a\)|a[ \t]+基本給)/i;
const COUNTS_AFTER = /^(?:年|ヶ月|か月|カ月|ケ月|月(?!給|収|額)|日(?!給|当|額)|歳|才|名|人|件|回|時間|分|%|[a-z])/i;

const PLAUSIBLE: Record<PayUnit, [number, number]> = {
  hour: [300, 20_000],
  day: [1_000, 200_000],
  week: [5_000, 1_000_000],
  month: [10_000, 5_000_000],
  year: [500_000, 300_000_000],
  piece: [1, 10_000_000],
};

export function plausible(unit: PayUnit, min: number | null, max: number | null): boolean {
  const [lo, hi] = PLAUSIBLE[unit];
  if (min === null && max === null) return false;
  return (min === null || (min >= lo && min <= hi)) && (max === null || (max >= lo && max <= hi));
}

/** What a clause says after the last amount it adds to (…100円＋): the words of the item that follows. */
const ADDED_TO = /円[ \t]*(?:\+|プラス)[ \t]*/g;
function afterAddedItem(context: string): string {
  let end = -1;
  for (const m of context.matchAll(ADDED_TO)) end = m.index + m[0].length;
  return end === -1 ? context : context.slice(end);
}

/** The unit a bare amount most likely has, from its size (190,000 is a month's pay). */
function unitBySize(v: number): PayUnit {
  if (v < 5_000) return 'hour';
  if (v < 60_000) return 'day';
  if (v < 1_500_000) return 'month';
  return 'year';
}

const CLAUSE_END = new Set(['。', '\n', '!', '?', '、', '/']);

/** The clause right before `at`, cut at list separators (、 , /) as well as sentence ends. */
function narrowClause(text: string, at: number): string {
  let k = at;
  const floor = Math.max(0, at - 24);
  while (k > floor && !CLAUSE_END.has(text[k - 1]!) && !(text[k - 1] === ',' && !/\d/.test(text[k] ?? ''))) k--;
  return text.slice(k, at);
}

const BREAKDOWN = /^[ \t]*\((?:うち)?[ \t]*基本(?:給|月額|月給|給与|日額|時給)?[ \t]*:?[ \t]*$/;

/** The basic part named in a breakdown right after the amount, when the rest of it is allowances. */
function basicPart(text: string, a: AmountRange, amounts: AmountRange[]): AmountRange | null {
  const close = text.indexOf(')', a.end);
  if (close === -1 || close - a.end > 60 || !/手当/.test(text.slice(a.end, close))) return null;
  const next = amountIn(amounts, a.end + 1, close, (x) => x.money);
  return next && BREAKDOWN.test(text.slice(a.end, next.start)) && next.min < a.min ? next : null;
}

// A line that is only its amount, or an FAQ's answer to the line above (A：1,300円です): the unit word may be above.
const LABEL_ABOVE = /^[\s\p{P}\p{S}]*(?:(?:a|回答|答え?)[ \t]*[.:)][ \t]*)?$/u;

export function baseCandidates(t: PayText, amounts: AmountRange[], skip: (a: AmountRange) => boolean): BaseCandidate[] {
  const out: BaseCandidate[] = [];
  const tails = new Set<AmountRange>(); // upper ends already read with the figure before them
  let forms: ReturnType<typeof findFormRows> | null = null; // read once, when an amount names no unit
  let japanesePay: boolean | undefined; // read once, when an amount stands under a pay heading in English
  const japaneseHeading = () => (japanesePay ??= headsPayInJapanese(t));
  for (const a of amounts) {
    if (skip(a) || tails.has(a) || a.min <= 0 || a.per === 'piece') continue; // 3,000円/件 is pay per success, not base pay
    // The cheap tests come first: most figures on a page (dates, counts, allowances) fall at one of them.
    const section = sectionOf(t, a.start);
    // The unit word may stand on the line above when that line is only the word (月給 / 40万円〜60万円), with blank
    // lines between when a two-column table is turned into text (日給 ⏎ ⏎ ⏎ 10,000円).
    const ls = lineStart(t.text, a.start);
    const from = LABEL_ABOVE.test(t.text.slice(ls, a.start)) && ls > 0 ? lineAboveBlanks(t.text, ls) : ls;
    const before = t.text.slice(Math.max(from, a.start - 60), a.start);
    const key = KEYWORD_BEFORE.exec(before);
    const short = key ? null : SHORT_BEFORE.exec(before);
    const session = key || short ? null : SESSION_BEFORE.exec(before);
    const perSession = session !== null && !SHIFT_WORDS.test(t.text.slice(ls, a.start));
    const keyStart = key ? a.start - before.length + key.index : short ? a.start - short[0].length : perSession ? a.start - session[0].length : a.start;
    // A pay field of its own (初任給：15〜23万円) reads as early as a 給与 section.
    // Also a table row that names pay first (■報酬　月額220,000円, 賃金　時給1,200円).
    const rowHead = t.text.slice(ls, keyStart);
    const field = key !== null && ((/^[\s\p{P}\p{S}]*$/u.test(rowHead) && /[:\n]/.test(key[0])) || PAY_ROW.test(rowHead));
    // Without a pay word, only amounts in a 給与 section count, or one that opens its line with its unit after it
    // (22万円〜25万円/月), or one on an amount row (金額：250,000円); most figures on a page (dates, counts) end here.
    const lineHead = t.text.slice(ls, a.start);
    const opensLine = /^[\s\p{P}\p{S}]*$/u.test(lineHead);
    if (!key && !short && section !== 'pay' && !(opensLine && a.money && a.per && a.per !== 'week') && !((a.money || a.grouped) && isAmountRow(lineHead))) continue;
    // A month's figure said roughly outside the pay section (月15件くらい取ってます（月5万円ちょっと）, 月20万円ほど稼ぐ方も):
    // what someone earns, not the wage.
    if (!key && short && section !== 'pay' && ROUGHLY_AFTER.test(t.text.slice(a.end, a.end + 6))) continue;
    // What an hour or a day of the work comes to, said roughly after the rate it follows from (1文字1円〜（1時間で
    // 1,000円程度）): the rate's yield, not a wage, even in the pay section. Said alone (1日で8,000円くらい) it is the pay.
    if (!key && YIELD_BEFORE.test(t.text.slice(Math.max(ls, a.start - 8), a.start)) && ROUGHLY_AFTER.test(t.text.slice(a.end, a.end + 6)) && amounts.some((b) => b.money && b.end <= a.start && a.start - b.end < YIELD_REACH)) continue;
    const named = key ? UNIT_WORDS[key[1]!]! : short ? SHORT_UNIT[(short[1] ?? short[2] ?? short[3] ?? short[4])!]! : perSession ? 'piece' : null;
    // 月額, 報酬 outside a 給与 section are as often prices (月額30,000円〜, 成功報酬) as pay.
    if (key && WEAK.test(key[1]!) && section !== 'pay' && !field) continue;
    // On an allowance's row (外勤手当：月額20,000円 ※試用期間中は月額10,000円) only a wage named as one is pay.
    if (!(key && WAGE_KEY.test(key[1]!)) && ALLOWANCE_ROW.test(t.text.slice(ls, a.start))) continue;
    // The kind of pay in brackets right after the amount (給与：9,500円（日給）, 金額 1,200円（時給）).
    const after = named || a.per ? null : UNIT_AFTER.exec(t.text.slice(a.end, a.end + 12));
    const own = named ?? (after ? UNIT_WORDS[after[1]!]! : null);
    // A row of its own names the kind of pay (給与形態：月給 ⏎ 金額：250,000円〜) for amounts that name none.
    if (!own && !a.per) forms ??= findFormRows(t.text);
    const form = own || a.per || !forms?.length ? null : formRowNear(forms, t.text, a.start);
    const amountRow = (form !== null || own !== null) && !key && !short && isAmountRow(t.text.slice(ls, a.start)) && (a.money || a.grouped);
    if (!key && !short && !amountRow) {
      // Without a pay word, only amounts in a 給与 section count, and bare figures only when grouped (190,000〜);
      // elsewhere an amount that opens its line with its unit after it (22万円〜25万円/月, 1,300円/時〜).
      if (section !== 'pay' && !(opensLine && a.money && a.per && a.per !== 'week')) continue;
      if (!a.money && !(a.grouped && (a.max === null || a.max !== a.min))) continue;
    }
    if (!a.money && !a.grouped && !key) continue;
    // Counted per piece or per success with no wage word (1記事 3,000円 in a title): the results pay's rate, not a wage;
    // nor what many successes add up to (10件成約で5万円).
    if (!key && !short && !perSession && countedSuccesses(t.text.slice(Math.max(ls, a.start - 28), a.start))) continue;
    // A figure without 円 that counts something else, right after it (初任給（2025年4月実績）, 月間約40万PV, 10万人) is no
    // amount of pay.
    if ((!a.money || t.text[a.end - 1] === '万') && COUNTS_AFTER.test(t.text.slice(a.end, a.end + 4))) continue;
    // A period named earlier on the line (月額 1ユーザー 300円〜) is the figure's unit, not its size.
    // ハローワーク's 基本給（月額平均）又は時間額 names both periods: the amount's size says which it is.
    const bySize = key?.[1] === '又は時間額' || key?.[1] === '又は時間給';
    const period = own || a.per || form || bySize ? null : PERIOD_EARLIER.exec(t.text.slice(ls, a.start));
    const unit: PayUnit = own ?? a.per ?? (form ? formUnit(form, unitBySize(a.min)) : period ? SHORT_UNIT[period[1]!]! : unitBySize(a.min));
    if (!plausible(unit, a.min, a.max)) continue;

    // Under a company heading only a wage named as one (時給, 月給) may be the job's, read last (FALLBACK_ORDER).
    const wageNamed = STRONG_WAGE.test(t.text.slice(Math.max(0, a.start - 8), a.start));
    // A record the company reports (初任給実績 月給21万円, 平均月給28万円) is its figure, never the job's pay.
    const fallback = section === 'company' && underCompanyHeading(t, a.start) && wageNamed && !PAST_AFTER.test(t.text.slice(a.end, a.end + 12)) && !COMPANY_RECORD_BEFORE.test(t.text.slice(ls, a.start));
    // A wage named as one (設立30年の安定企業 月給22万円〜) is the company's only in the company section.
    if ((!fallback && (wageNamed ? section === 'company' : isCompanyProfile(t, a.start))) || underOtherOpenings(t, a.start)) continue; // the company section included
    // Only the upper end stated: 時給〜1,500円, 最高時給1,500円 (the bound words are not a 最大 bonus then).
    const boundAfter = key?.[2] ?? '';
    const boundBefore = key ? (UP_TO_WORD.exec(t.text.slice(Math.max(ls, keyStart - 6), keyStart))?.[0] ?? '') : '';
    const upTo = Boolean(boundAfter || boundBefore) && a.max === a.min;
    const clause = ownClause(narrowClause(t.text, keyStart - (upTo ? boundBefore.length : 0)), key?.[1]);
    // A bare amount (no 時給/月給) is judged by its whole line: 歩合：1件2,000円／契約時はさらに5,000円.
    const context = key || short ? clause + t.text.slice(keyStart, a.start - (upTo ? boundAfter.length : 0)).replace(NOTE_INSIDE, '') : t.text.slice(ls, a.start);
    // 交通費込みで時給1,300円: the pay itself, with commuting costs inside it.
    // A wage named after a results rate it is added to (1コール100円＋時給1,000円, アポ1件3,000円＋日給8,000円): the
    // rate before the plus is the other item, the wage is the base.
    const wageContext = key && WAGE_KEY.test(key[1]!) ? afterAddedItem(context) : context;
    if (NOT_BASE.test(wageContext.replace(COMMUTE_INSIDE, '').replace(MADE_OF, '').replace(TAX_NOTE, '').replace(HOURLY_RATE, '').replace(GUARANTEED_WAGE, '')) || otherHeadingAbove(t.text, ls) || /さらに|別途|追加で?$/.test(context) || (/^[ \t]*(?:まで|迄)/.test(t.text.slice(a.end, a.end + 4)) && !closedRange(a)) || THRESHOLD_AFTER.test(t.text.slice(a.end, a.end + 6)) || PRICE_AFTER.test(t.text.slice(a.end, a.end + 20)) || COST_AFTER.test(t.text.slice(a.end, a.end + 12)) || (!(key && WAGE_KEY.test(key[1]!)) && REVENUE_AFTER.test(t.text.slice(a.end, a.end + 12))) || FLOOR_AFTER.test(t.text.slice(a.end, a.end + 8))) continue;
    // ハローワーク's total with allowances (賃金（手当等を含む a＋b）): the basic part follows it as a, and is the pay;
    // the total stands for it only where no basic part is read (b なし, or an excerpt).
    const labelBefore = t.text.slice(Math.max(from, a.start - 24), a.start);
    const withAllowances =
      WITH_ALLOWANCES.test(labelBefore.slice(labelBefore.lastIndexOf('円') + 1)) ||
      WITH_ALLOWANCES_AFTER.test(t.text.slice(a.end, a.end + 20)) ||
      (TOTAL_LABEL.test(labelBefore) && BASIC_ROW_BELOW.test(t.text.slice(a.end, a.end + 200)));
    if (isExample(t, keyStart, a.end)) continue;
    // The 給与 section and pay fields read first; then the title; then the rest.
    // On a bilingual page the Japanese 給与 field is the posting's terms; an English Pay line restates them and reads
    // after it, as the title's summary does.
    const restated = (section === 'pay' && !form && englishPayBesideJapanese(t, a.start, japaneseHeading)) || englishBesideJapaneseWage(t.text, a);
    const order = fallback || withAllowances ? FALLBACK_ORDER : restated ? 1 : section === 'pay' || field || form ? 0 : section === 'title' ? 1 : 2;
    // 202,790円（基本月額199,400円 + 地域手当3,390円）: allowances are not base pay, the basic part is.
    const basic = basicPart(t.text, a, amounts);
    const premiumText = narrowClause(t.text, keyStart) + t.text.slice(keyStart, a.start);
    // A form's row of the lower bound (給与下限：1,050円): the upper one may follow in a row of its own.
    const lowerRow = LOWER_ROW.test(t.text.slice(from, a.start));
    const tail = upTo || basic || (a.max !== null && a.max !== a.min) ? undefined : (tailMax(t, a, amounts, unit) ?? (lowerRow ? upperRow(t, a, amounts, unit) : undefined));
    if (tail) tails.add(tail);
    // 時給1200-1500 (no 円): a hyphen between bare figures is a code elsewhere, but right after a wage word it is the range.
    const hyphenMax = tail || upTo || basic || a.max !== a.min || !key || !WAGE_KEY.test(key[1]!) ? null : bareHyphenMax(t.text, a, unit);
    out.push({
      unit,
      min: basic ? basic.min : upTo ? null : a.min,
      // A lower bound's row with no upper row after it (給与下限：1,050円 ⏎ 給与上限：(empty)) is the pay from that figure up.
      max: basic ? basic.max : tail ? tail.min : hyphenMax ? hyphenMax.value : a.max === a.min && lowerRow ? null : a.max,
      // With a breakdown, the words are its basic part: 基本給238,000円.
      // A pay word that names no unit on a line above (【給与】 ⏎ ¥1,200/時) heads the field; the words are the amount's line.
      start: basic ? t.text.lastIndexOf('基本', basic.start) : key && keyStart < ls && UNIT_WORDS[key[1]!] === null ? ls : keyStart - (upTo ? boundBefore.length : 0),
      end: basic ? basic.end : tail ? tailEnd(t.text, a, tail) : hyphenMax ? hyphenMax.end : a.end,
      stated: Boolean(own || a.per || (form && unit === form.unit)),
      premium: PREMIUM.test(premiumText),
      timed: PREMIUM_TIME.test(premiumText) && !(ORDINARY_BAND.test(premiumText) && !OFF_HOURS.test(premiumText)),
      inBrackets: /\([^()]*$/.test(t.text.slice(ls, keyStart)),
      order,
    });
  }
  // A wage under a company heading counts only when the page states no other.
  const kept = out.some((c) => c.order < FALLBACK_ORDER) ? out.filter((c) => c.order < FALLBACK_ORDER) : out;
  return kept.sort((x, y) => x.order - y.order || x.start - y.start);
}

/** The upper end written after a single figure: 時給1,300円（最大1,600円）, 時給1,200円〜最大1,500円, 時給1,250円 ※ランクにより最大1,350円. */
function tailMax(t: PayText, a: AmountRange, amounts: AmountRange[], unit: PayUnit): AmountRange | undefined {
  return upperEndAfter(t, a, amounts, unit, 22, TAIL_MAX);
}

/** A single money figure within `reach` after `a`, above it, plausible as its upper end and not an example, with only
 *  what `between` allows between the two. */
function upperEndAfter(t: PayText, a: AmountRange, amounts: AmountRange[], unit: PayUnit, reach: number, between: RegExp, bare = false): AmountRange | undefined {
  const b = amountIn(amounts, a.end, a.end + reach, (x) => x.money || bare);
  if (!b || b.max !== b.min || b.min <= a.min || !between.test(t.text.slice(a.end, b.start))) return undefined;
  return plausible(unit, a.min, b.min) && !isExample(t, b.start, b.end) ? b : undefined;
}

// A form's two rows for the range (給与下限 ⏎ 1,150円 ⏎ 給与上限 ⏎ 1,400円, 下限：月給20万円／上限：月給28万円): the row
// after the lower bound's gives the upper end.
// A form may put the bound in brackets after the label (給与（下限）：1,050円 ⏎ 給与（上限）：1,300円) or in a heading's
// brackets (【給与（上限）】).
const LOWER_ROW = /(?:給与|時給|日給|月給|賃金|報酬|年収)?(?:の)?\(?下限(?:額|金額)?\)?[ \t]*[:|\]】]?[\s]*(?:時給|日給|月給|年収)?[ \t]*:?[ \t]*$/;
const UPPER_ROW = /^[ \t]*(?:円)?[ \t]*[/、,]?[\s]*[[【]?(?:給与|時給|日給|月給|賃金|報酬|年収)?(?:の)?\(?上限(?:額|金額)?\)?[ \t]*[:|\]】]?[\s]*(?:時給|日給|月給|年収)?[ \t]*:?[ \t]*$/;

/** The upper end stated in its own row after a row of the lower bound. */
function upperRow(t: PayText, a: AmountRange, amounts: AmountRange[], unit: PayUnit): AmountRange | undefined {
  // A form that gives the lower bound without 円 (給与下限:1300) gives the upper one so too.
  return upperEndAfter(t, a, amounts, unit, 40, UPPER_ROW, !a.money);
}

const BARE_HYPHEN_MAX = /^[ \t]*[-–—−][ \t]*(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.:/\-])[ \t]*円?/;

/** The upper end of 時給1200-1500: a bare figure after a hyphen, above the first and plausible for the unit. */
function bareHyphenMax(text: string, a: AmountRange, unit: PayUnit): { value: number; end: number } | null {
  const m = BARE_HYPHEN_MAX.exec(text.slice(a.end, a.end + 16));
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, ''));
  return value > a.min && plausible(unit, a.min, value) ? { value, end: a.end + m[0].length } : null;
}

/** The tail's end, with its closing bracket when it opened one: 時給1,300円（最大1,600円）. */
function tailEnd(text: string, a: AmountRange, tail: AmountRange): number {
  return text.slice(a.end, tail.start).includes('(') && text[tail.end] === ')' ? tail.end + 1 : tail.end;
}

/** Whether the line above the one at `ls` is a heading of something other than pay (【活動費】, ■交通費). */
function otherHeadingAbove(text: string, ls: number): boolean {
  if (ls === 0) return false;
  const line = lineAt(text, ls - 1);
  // A table's header whose last column is the rate (作業内容｜単価): its rows are rates, not another item.
  if (RATE_COLUMN.test(line)) return false;
  // A field with its value on its line (【職種】事務補助) heads nothing below it: its value is not a heading.
  if (FIELD_WITH_VALUE.test(line)) return false;
  const h = OTHER_HEADING.exec(line);
  return h !== null && !PAY_IN_HEADING.test(h[1]!) && NOT_BASE.test(h[1]!);
}

// The pay system named with no figure on its line (給与：月給制（経験・スキルを考慮して決定いたします）, 時給制 ※経験により
// 決定): the unit is stated, the amount is not.
const SYSTEM_WORD = gated(new RegExp(`(${WAGE_NAMES})制?`, 'g'));

/** In a 給与 section, a line that names the pay system and gives no figure: its unit, where no amount is read. */
export function payBasisOnly(t: PayText): { unit: PayUnit; start: number; end: number } | null {
  for (const m of matchesOf(SYSTEM_WORD, t.text, 20)) {
    if (sectionOf(t, m.index) !== 'pay' || /\d/.test(lineAt(t.text, m.index))) continue;
    return { unit: UNIT_WORDS[m[1]!]!, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
