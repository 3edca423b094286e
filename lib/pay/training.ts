// Training pay: a different pay for the 研修/試用 period (研修期間中は時給1,200円, （研修時は165,000円〜）,
// 試用期間3ヶ月/時給900円, 試用期間中は月給-5万円, 試用期間中は基本給の80%), with its length in months when stated.
import type { PayUnit } from '../core/types';
import { amountIn, type AmountRange } from './amounts';
import { plausible } from './base';
import { ALLOWANCE_ROW, closingBracket, isCompanyProfile, underOtherOpenings, lineEnd, lineStart, openBracketBefore, TABLE_BLANK_LINES, valueLineEnd, WAGE_BEFORE, type PayText, MAX_MENTIONS } from './context';
import { arrowTraining } from './training-arrow';
import { monthsIn } from './training-length';
import { gated, matchesOf } from '../text/gated-scan';

export interface TrainingFinding {
  /** Null when only the amount is written: the base pay's unit applies. */
  unit: PayUnit | null;
  min: number;
  max: number | null;
  months: number | null;
  /** 月給-5万円: an amount taken off the base pay rather than the pay itself. */
  relative: boolean;
  /** 研修中も時給1,350円: the period is paid as the job is. */
  same?: boolean;
  /** Normalized offsets: from the 研修/試用 word to the end of the amount. */
  start: number;
  end: number;
  /** Null for a share of the wage (研修期間中は時給の90%). */
  amount: AmountRange | null;
  /** 試用期間中は基本給の80%, 給与は8割: the period's pay as a share of the base pay. */
  ratio?: number;
  /** Said of every pay line above it (いずれも、研修期間は時給1,300円です): the main one's too. */
  forEveryLine?: boolean;
}

// A training pay said of all the pay lines before it (日勤… ⏎ 夜勤… ⏎ いずれも、研修期間は…, 全コース共通で…).
const EVERY_LINE = /いずれも|どちらも|どの(?:シフト|時間帯|コース|勤務)も|(?:全|すべての|全ての)(?:シフト|時間帯|コース|勤務)|共通/;

// 研修期間中, 研修中, 研修時, 試用期間, 見習い期間, OJT期間: a period, not 研修あり or 研修制度.
// Also the first days, weeks or months named without the word: 最初の1ヶ月は時給…, 入社後2ヶ月間は…, 最初の5日間は…,
// 最初の2週間（研修）は….
// The pay named for the period (研修手当 1日8,000円, 研修給, 研修協力費として1日10,000円) and the time until one works
// alone (デビューまでは, 独り立ちするまで, 一人前になるまで, 独り立ちまで) say the same.
// 養成期間, 教習期間: drivers' and carers' training until they hold the licence; 研修日: a day of training; トライアル期間:
// a writer's or a contractor's first pieces, paid at a trial rate (not a product's 無料トライアル).
// 入社1ヶ月目は, 入社3ヶ月間は, 最初の2週間だけ, 初月は, スタート時は, 入社当初は, 最初の1ヶ月：…, and a length named as
// training after its pay (3ヶ月間は時給1,100円（研修）).
// 新人期間, 仮採用期間: the first period in other words (not 育成期間: commission jobs name so the months their fixed
// pay is guaranteed, which is the pay); 慣れるまで(の1ヶ月間は): until one is used to the work;
// カリキュラム修了までは: until the training's course is done.
// Until the period ends (研修終了までは, 研修が終わるまでは, 試用期間が明けるまでは).
// The training's hours themselves (研修の時間は時給1,000円, 研修時間中は…): paid as training is; so is its period with の
// (同行研修の期間中は、1日8,000円の研修手当).
// The weeks a driver spends getting the licence the job needs (2種免許…。取得期間中は日給8,000円): the job's training.
// Pages in English say during training, training period, probation period, the first 3 months, or label the line
// Training (1 month): ….
const PERIOD = gated(/(?:研修|試用期間|見習い期間|ojt|カリキュラム|トレーニング)(?:が|の)?(?:終了|修了|完了|終わる|明ける)(?:する)?まで(?:は|の間)?|(研修|試用|見習い?|トレーニング|ojt|養成|教習|(?<!無料|お試し|無料の)トライアル)(の?期間中?|中|時間?|の時間|の間|期|手当|協力費|給|日|勤務|夜勤|シフト)?|(?:新人|仮採用)期間中?|(?:仕事に)?(?:慣れる|なれる)まで(?:の間)?|(?:最初の|はじめの|初めの|入社後|入社から|入社|勤務開始(?:後|から))[ \t]*\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日|時間)間?(?:[ \t]*\([^()\n]{0,6}\))?(?:(?:だけ|のみ)は?|は|の間|[ \t]*:)|(?:入社)?(?:1|一)[ \t]*[ヶかカケヵ箇]月目(?:(?:のみ|だけ)は?|は|の間)|初(?:月|日)(?:のみ|だけ)?は|(?:スタート|勤務開始)時(?:のみ|だけ)?は|入社当初(?:の[^\n。]{0,6}?間)?は|\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日)間は(?=[^\n(]{0,20}\((?:研修|試用|見習))|(?:(?:デビュー|独り立ち|一人立ち|ひとり立ち)(?:する|できる)?|一人前に(?:なる)?)(?:まで|までの間)|取得(?<=(?:免許|資格)[^]{0,60}取得)期間中?|during (?:the )?(?:training|probation(?:ary period)?|trial period|first \d+ (?:weeks?|months?|days?))|(?:training|probation(?:ary)?|trial) period|(?:for )?the first \d+ (?:weeks?|months?|days?)|training(?=[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?:)/g);
// Between the period and the amount: after training (研修後は) or a perk (研修あり、) means the amount is not training pay.
const NOT_DURING = /後|終了|以降|明け|経過|あり|有り|なし|無し|充実|制度|完備|手厚|サポート|。/;
// A minimum guarantee's terms (最低保証：最初の1ヶ月は月5万円を保証) are a floor under results pay, not a pay of the
// period; a fixed wage guaranteed for the first months (入社後12ヶ月間は固定給 月19万円を保証) is one.
const GUARANTEE_BEFORE = /最低保[証障]|保証給|最低報酬/;
// Words that speak of the period again after its sentence ends (研修期間は3週間です。その間の時給は…).
const PERIOD_AGAIN = /期間中|その間|この間/g;
// The last thing named before the amount: a cost (研修中の交通費1,000円, 最初の1時間は駐車料金500円) is not the
// period's pay; a wage word after it (（交通費支給）時給1,100円) is.
const COST_OR_WAGE = /(交通費|通勤|駐車|料金|受講料|教材|宿泊|食費|費用|代金|寮費)|時給|日給|月給|日当|給与|手当|研修給/g;
const SAME = /同額|同じ|同条件|変わり(?:ません|なし|は?ない)|変動なし|差はありません|同一|本採用時と同/;
// After the words, 1日 and 1時間 before the amount (研修手当 1日8,000円) name its unit too; 日給月給 is a month's pay.
const UNIT_WORD: [RegExp, PayUnit][] = [[/日給月給/, 'month'], [/時給/, 'hour'], [/日給|日当/, 'day'], [/月給|月収|月額/, 'month'], [/年収|年俸/, 'year'], [/(?:1|一)日[ \t]*$|日額/, 'day'], [/(?:1|一)時間[ \t]*$/, 'hour'],
  // 月 as a word of its own right before the amount (固定給 月20万円).
  [/(?<![\u4e00-\u9fff\d])月[ \t]*$/, 'month']];
const OTHER_ITEMS = '(?:歩合|インセンティブ|手当|賞与|ボーナス|交通費|固定残業|残業代|みなし残業)';
const OTHER_ITEM_NOTE = new RegExp(String.raw`\([^()\n]*${OTHER_ITEMS}[^()\n]*\)?`, 'g');
// A clause after the amount about another item (、歩合は同じ率で支給): its 同じ says nothing of the period's pay.
const OTHER_ITEM_CLAUSE = new RegExp(String.raw`[、,][ \t]*${OTHER_ITEMS}[^、。\n]{0,16}`, 'g');
// Also after は (研修は3日間で、日給7,000円).
// Or its length, then the period named again after a comma (研修は2週間、その間は時給1,050円); or its length as the only
// time the amount is paid (研修の3日間に限り日当5,000円, 研修2週間のみ時給1,100円).
const LENGTH_AFTER = /^(?:の|は|期間は)?(?:約|最初の)?\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日)間?(?:は|の間|中|で|に限り|(?:のみ|だけ)は?|[ \t]*[、,][ \t]*(?:その間|この間|期間中))/;
// A heading of the period's pay (研修中の時給 ⏎ 1,350円, 【研修期間中の給与】 ⏎ 時給1,030円, 研修について：…): only a wage
// word after the period's words, or nothing, on its line; or a sentence a page broke after its particle (研修期間も ⏎
// 日給10,000円を支給).
// What may follow the period's words in its heading: a wage word, or a particle that carries the sentence on.
const PERIOD_HEADING_TAIL = String.raw`(?:の?(?:時給|日給|月給|給与|給料|賃金|お給料)|は|も|の間は)`;
const HEADING_REST = new RegExp(String.raw`^[\s\p{P}\p{S}]*${PERIOD_HEADING_TAIL}?[\s\p{P}\p{S}]*$`, 'u');
// Such a heading opens its line (marks and brackets aside); a word that ends a line of prose (…2週間のOJT) heads nothing,
// unless a particle or a wage word after it carries the sentence on (研修期間も, 研修中の時給).
const OPENS_LINE = /^[\s\p{P}\p{S}]*$/u;
const SAID_ON = new RegExp(String.raw`^[\s\p{P}\p{S}]*${PERIOD_HEADING_TAIL}`, 'u');
// The line below is another field's heading (【給与】, ■勤務地): the period's heading has no value there.
const OTHER_HEADING = /^(?:[【\[<《〈≪][^】\]>》〉≫\n]{1,14}[】\]>》〉≫]|[■□◆◇●○★☆▼▽▶►])(?<!(?:研修|試用|見習|ojt|トレーニング|期間)[^\n]*)/;
// The row under such a heading that gives the pay when the first row gives the length (【研修】 ⏎ 期間：3週間 ⏎ 時給：1,100円).
const WAGE_ROW = /^[\s\p{P}\p{S}]*(?:時給|日給|月給|給与|日当|賃金)[ \t]*[:|]/u;
// A cell that holds only the wage's unit, its amount on the next line (時給 ⏎ 1,300円).
const UNIT_CELL = /^[\s\p{P}\p{S}]*(?:時給|日給|月給|日当|日額|月額|時間額)[\s\p{P}\p{S}]*$/u;
// The period said to exist, its pay in brackets right after (研修があります（時給1,450円）, 研修あり（日給8,000円）).
const PAID_IN_BRACKETS_AFTER = /^(?:が|も)?(?:あります|ございます|あり|有り)[ \t。]*\((?:時給|日給|月給|日当|日額|月額)/;
// The period's length in brackets (（入社後3週間）, （3ヶ月経過まで）): its 後 or 経過 is not "after the period".
const LENGTH_NOTE = /\([^()\n]{0,10}\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日|時間)[^()\n]{0,6}\)/g;
// A note in brackets right after the period's words says whom it spares or shortens (試用期間（経験者は短縮あり）,
// 研修期間中（有資格者は除く）): its あり or なし is not the period said to exist.
const PERIOD_NOTE = /^[ \t]*\([^()\n]{0,16}\)/;
// ハローワーク's row: 試用期間 あり（3ヶ月） 労働条件：時間額1,050円 (or 期間中の労働条件 …): the terms of the period named as a field.
const TERMS_FIELD_AFTER = /^[ \t:|】\]>》〉≫]*(?:あり|有り|有)[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*(?:期間中の)?(?:労働条件|条件|給与|賃金)[ \t]*(?::|は)?[ \t]*(?:異なる[ \t]*)?(?:時給|時間額|日給|日額|月給|月額)?[ \t:]*$/;
const TERMS_AFTER_COMMA = /^[ \t\n:|】\]>》〉≫]*(?:あり|有り|有)[ \t]*(?::[ \t]*)?\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日)間?[ \t]*[、,/・][ \t]*(?:時給|日給|月給|日額|月額)[ \t:]*$/;
// A share of the wage for the period: 時給の90%, 給与は80%, 基本給の8割 (not a premium: 25%増, 割増).
const SHARE = /(\d{2})[ \t]*(?:%|パーセント)(?![ \t]*(?:増|アップ|up|割増))|([5-9])[ \t]*割(?![引増安])/;
const WAGE_NAMED = /時給|日給|月給|給与|給料|基本給|本給|賃金|報酬/;

function shareOfWage(text: string, from: number, to: number): { start: number; end: number; ratio: number } | null {
  const m = SHARE.exec(text.slice(from, to));
  if (!m) return null;
  const ratio = m[1] ? Number(m[1]) / 100 : Number(m[2]) / 10;
  return ratio >= 0.5 && ratio < 1 ? { start: from + m.index, end: from + m.index + m[0].length, ratio } : null;
}

/** Every statement of a training pay, in page order: a board's summary box often states it again above the 給与
 *  section (時給1,250円〜　研修中時給1,200円), and each statement's amount is the period's, never the base pay. */
export function findTrainings(t: PayText, amounts: AmountRange[]): TrainingFinding[] {
  const found: TrainingFinding[] = [];
  for (const m of matchesOf(PERIOD, t.text, MAX_MENTIONS)) {
    const at = m.index;
    const after = t.text[at + m[0].length] ?? '';
    // 【研修】2週間（時給1,200円）, ◆研修◆: the period as a heading.
    // ＜研修＞時給…, 研修は時給1,300円, 研修は有給（時給1,000円）: the period named before its pay.
    // 研修3ヶ月間は1,200円, 試用2ヶ月の間は…: the period's length right after the word.
    if (m[1] && !m[2] && !/[:(\s/】\]>》〉◆◇■□●○★☆]/.test(after) && !(after === 'は' && /^(?:時給|日給|月給|日当|有給)/.test(t.text.slice(at + m[0].length + 1, at + m[0].length + 3)))
      && !LENGTH_AFTER.test(t.text.slice(at + m[0].length, at + m[0].length + 20)) && !t.text.startsWith('について', at + m[0].length)
      && !PAID_IN_BRACKETS_AFTER.test(t.text.slice(at + m[0].length, at + m[0].length + 24))) continue;
    // The company's profile, or its other openings listed under the posting (■同時募集中 ⏎ 時給1,250円／研修期間中は…): not this job's.
    if (isCompanyProfile(t, at) || underOtherOpenings(t, at)) continue;
    // The window: to the end of the line, or to the closing bracket when the period is in brackets.
    const inBrackets = openBracketBefore(t.text, at);
    let limit = Math.min(lineEnd(t.text, at), at + 40);
    // A heading on its own line (【研修期間】 / 1ヶ月（時給1,200円）, 研修中の時給 / 1,350円): its value is the next line
    // that is not blank, or the wage row after a row of its length (期間：3週間 / 時給：1,100円).
    // Its length may stand in brackets after it (試用期間（3ヶ月） ⏎ 時給 ⏎ 1,300円).
    const rest = t.text.slice(at + m[0].length, limit).replace(LENGTH_NOTE, '');
    if (!inBrackets && HEADING_REST.test(rest) && limit < t.text.length && (OPENS_LINE.test(t.text.slice(lineStart(t.text, at), at)) || SAID_ON.test(rest))
      && !OTHER_HEADING.test(t.text.slice(limit + 1, valueLineEnd(t.text, limit)).trimStart())) {
      const first = valueLineEnd(t.text, limit);
      limit = Math.min(first, limit + 41 + TABLE_BLANK_LINES);
      const next = lineEnd(t.text, first + 1);
      if (first === limit && !amountIn(amounts, at + 1, limit, (a) => a.money || a.grouped) && WAGE_ROW.test(t.text.slice(first + 1, next))) limit = Math.min(next, first + 41);
      // A page that puts each cell on a line of its own (研修期間中の給与 ⏎ 時給 ⏎ 1,300円): the unit's line, then the amount's.
      else if (first === limit && UNIT_CELL.test(t.text.slice(lineStart(t.text, first), first))) limit = Math.min(valueLineEnd(t.text, first), first + 41 + TABLE_BLANK_LINES);
    }
    if (inBrackets) {
      // The bracket the period opens in closes after any the period's own note opens (（研修期間中（約2週間）は時給1,300円）).
      const close = closingBracket(t.text, at, limit);
      if (close !== -1) limit = close;
    }
    // A figure without 円 right after a wage word (研修期間は時給1250, a form's note) is an amount as 1,250円 is.
    const amount = amountIn(amounts, at + 1, limit, (a) => a.money || a.grouped || WAGE_BEFORE.test(t.text.slice(Math.max(at, a.start - 6), a.start)));
    const share = amount ? null : shareOfWage(t.text, at + m[0].length, limit);
    if (!amount && !share) continue;
    const lineHead = t.text.slice(lineStart(t.text, at), at);
    if (GUARANTEE_BEFORE.test(lineHead) || ALLOWANCE_ROW.test(lineHead)) continue;
    const forEveryLine = EVERY_LINE.test(lineHead);
    const gap = t.text.slice(at + m[0].length, amount ? amount.start : share!.start);
    // 研修期間中も時給1,350円: the period is paid as the job is, no pay of its own (its amount is no other pay line); a
    // note on the period may stand before も (研修中（最初の3日間）も時給1,500円).
    const same = /^[ \t]*(?:[(（][^()（）\n]{1,20}[)）][ \t]*)?も/.test(gap);
    // 試用期間 あり（2ヶ月） 期間中の時給1,350円: what follows 期間中 speaks of the period again.
    const during = Math.max(-1, ...[...gap.matchAll(PERIOD_AGAIN)].map((x) => x.index));
    // 試用期間あり（3ヶ月／時給1,300円）, 試用期間 あり 2か月（時給1,050円）, 試用期間2か月あり（時給1,050円）, 研修があります
    // （時給1,450円）: the bracket after あり gives the period's terms,
    // also as a field's value (試用期間：あり（…）, 【試用期間】⏎あり（…）).
    // Or its length and, after a comma, the wage word (試用期間あり：3ヶ月、時給1,200円), below a wage stated above it
    // (alone on the page that figure is the pay itself).
    const terms = /^[ \t\n:|】\]>》〉≫]*(?:\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日)間?[ \t]*)?(?:(?:が|も)?あります|(?:が|も)?ございます|あり|有り|有)[ \t]*(?:(?:期間[ \t:]*)?\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日)間?[ \t]*)?\([^()]*$/.test(gap)
      || TERMS_FIELD_AFTER.test(gap)
      || (TERMS_AFTER_COMMA.test(gap) && amounts.some((a) => a.money && a.end <= at));
    // 同条件 in a note about another item (（歩合給は同条件で支給）) says nothing of the period's pay.
    const window = t.text.slice(at, Math.min(limit + 12, t.text.length)).replace(OTHER_ITEM_NOTE, '').replace(OTHER_ITEM_CLAUSE, '');
    const said = (during === -1 ? gap : gap.slice(during)).replace(LENGTH_NOTE, '').replace(PERIOD_NOTE, '');
    if ((!terms && NOT_DURING.test(said)) || SAME.test(window)) continue;
    const named = [...gap.matchAll(COST_OR_WAGE)].at(-1);
    if (named?.[1]) continue;
    if (share) {
      // The share must be of the wage (時給の90%, 給与は80%), not of something else (交通費の50%).
      if (!WAGE_NAMED.test(gap)) continue;
      found.push({ unit: null, min: 0, max: null, months: monthsIn(t.text.slice(at, share.end)), relative: false, start: at, end: share.end, amount: null, ratio: share.ratio });
      continue;
    }
    if (!amount) continue;
    const relative = /(?:-|−|▲|マイナス)[ \t]*$/.test(gap) || /^[ \t]*(?:減|ダウン|低い|マイナス|引き|安い|低く|下が|下げ)/.test(t.text.slice(amount.end, amount.end + 5));
    const unit = UNIT_WORD.find(([re]) => re.test(gap))?.[1] ?? (amount.per && amount.per !== 'piece' ? amount.per : null);
    if (!relative && unit && !plausible(unit, amount.min, amount.max)) continue;
    if (amount.min <= 0) continue;
    const monthText = t.text.slice(at, Math.min(limit, amount.start + 40));
    found.push({
      unit,
      min: amount.min,
      max: amount.max,
      months: monthsIn(t.text.slice(at, amount.start), monthText),
      relative,
      same,
      start: at,
      end: amount.end,
      amount,
      forEveryLine,
    });
  }
  if (found.length) return found;
  const arrow = arrowTraining(t, amounts);
  return arrow ? [arrow] : [];
}
