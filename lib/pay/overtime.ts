// Fixed overtime: pay that already includes some hours of overtime (固定残業代, みなし残業, 残業代込み), with
// the hours and the amount when stated, and whether hours beyond them are paid (超過分は別途支給).
import { amountIn, type AmountRange } from './amounts';
import { isCompanyProfile, isExample, lineEnd, openBracketBefore, type PayText, MAX_MENTIONS } from './context';
import { gated, matchesOf } from '../text/gated-scan';

export interface OvertimeFinding {
  hours: number | null;
  amount: number | null;
  excessPaid: boolean | null;
  /** Normalized offsets of the sentence part that says it. */
  start: number;
  end: number;
}

// Also overtime pay with its amount before 含む (時間外手当5万円含む) or its terms in brackets (時間外手当（月20時間分・4万円）を
// 含みます), and an allowance said to stand for hours of
// overtime (20時間分の時間外労働に相当, 月20時間分の残業代を含みます).
const FIXED = gated(/固定残業|みなし残業|見込み?残業|固定時間外|定額残業|固定割増|(?:残業代|残業手当|時間外手当|時間外労働手当|時間外勤務手当)(?:\([^()\n]{0,30}\))?(?:[^\n。、別支]{0,10}?(?:を?含む|を?含み(?!ません)|込み?))|\d+(?:\.\d+)?[ \t]*時間分の?(?:時間外|残業)[^\n。]{0,8}?(?:に相当|相当分|として|を?含(?:む|み(?!ません)))/g);
const NAMED_FIXED = /^(?:固定|みなし|見込|定額)/;
// A form's row with its value after it or on the next line (ｃ　固定残業代⏎　　なし, 固定残業代に関する特記事項　なし) is
// denied the same way. A form's 有無 row answered 無 (固定残業代の有無：無) too. Every form of "does not include" denies it
// (含みません, 含んでいません, 含まれておりません, 含まず).
const NEGATED_AFTER = /^[^\n。]{0,6}?(?:なし|無し|ではありません|はありません|制度なし|の制度はありません|含(?:みません|んで(?:い|おり)ません|まれて(?:い|おり)ません|まれません|まず|まない))|^[^\n。:]{0,6}:[ \t]*(?:無|ー|-|×)[ \t]*(?:\n|$|[(\s])|^(?:代|手当|代等)?(?:に関する特記事項|の有無)?[ \t]*(?:\([^()\n]{0,6}\))?[ \t]*:?[ \t]*(?:\n[ \t]*)?(?:なし|無し|無|ー|-|—)[ \t]*(?:\n|$)/;
// A condition states nothing: the ハローワーク form's header a+b（固定残業代がある場合はa+b+c） stands on every form.
const CONDITION_AFTER = /^[^\n。]{0,4}?(?:がある場合|のある場合|がある際|を含む場合|が(?:ある|つく)とき)/;
// 超過分は別途支給, 20時間を超える残業は別途支給, 超えた場合は追加で支払い.
const EXCESS_PAID = /超(?:過|え)[^\n。]{0,16}?(?:別途|追加|支給|支払|精算)/;
const EXCESS_NOT = /超(?:過|え)[^\n。]{0,16}?(?:支給しません|支給なし|支給されません|支払いません|支払われません|出ません)/;
const HOURS = /(\d+(?:\.\d+)?)[ \t]*時間(?:分)?/;
// The hours said right before the words (45時間分の固定残業代 71,000円).
const HOURS_BEFORE = /(\d+(?:\.\d+)?)[ \t]*時間分の?[ \t]*$/;

export function findFixedOvertime(t: PayText, amounts: AmountRange[]): OvertimeFinding | null {
  // The first mention that states hours or an amount; else the first mention. 月給（固定残業代含む）26万円 names it
  // in passing and a note below gives its hours (固定残業代は月20時間分・35,000円).
  let first: OvertimeFinding | null = null;
  for (const m of matchesOf(FIXED, t.text, MAX_MENTIONS)) {
    const at = m.index;
    const end = at + m[0].length;
    if (isCompanyProfile(t, at) || NEGATED_AFTER.test(t.text.slice(end, end + 20)) || CONDITION_AFTER.test(t.text.slice(end, end + 10))) continue;
    // What an example's income is made of (モデル年収 ⏎ 年収430万円（賞与・残業手当含む）) is no fixed overtime of the pay;
    // a fixed overtime allowance named in an example (給与例 ⏎ 基本給21万円＋固定残業手当2万円) is still the pay's.
    if (!NAMED_FIXED.test(m[0]) && isExample(t, at, end)) continue;
    const found = statement(t, amounts, at, end);
    if (found.hours !== null || found.amount !== null) return found;
    first ??= found;
  }
  return first;
}

/** What one mention says. Its statement is the rest of the line (and the next line for 超過分 notes written under
 *  it); inside brackets, only up to their end: the amount after 月給（固定残業代含む） is the whole pay. */
function statement(t: PayText, amounts: AmountRange[], at: number, end: number): OvertimeFinding {
  let le = lineEnd(t.text, at);
  // A heading on its own line (【固定残業代】 ⏎ 月30時間分 45,000円): its statement is the next line.
  if (/^(?:代|手当|代等)?[\s\p{P}\p{S}]*$/u.test(t.text.slice(end, le)) && le < t.text.length) le = lineEnd(t.text, le + 1);
  const sentenceEnd = findEnd(t.text, at, le);
  const close = openBracketBefore(t.text, at) ? t.text.indexOf(')', end) : -1;
  const scopeEnd = close !== -1 && close < le ? close : Math.min(le, at + 80);
  const scope = t.text.slice(at, scopeEnd);
  const next = t.text.slice(le + 1, lineEnd(t.text, Math.min(t.text.length, le + 1)));
  const h = HOURS.exec(scope) ?? HOURS_BEFORE.exec(t.text.slice(Math.max(0, at - 12), at));
  const amount = amountIn(amounts, at + 1, at + Math.min(scope.length, 50), (a) => a.money && a.min > 0);
  const excessText = t.text.slice(at, Math.min(le, at + 80)) + '\n' + (/超/.test(next) ? next : '');
  const excessPaid = EXCESS_NOT.test(excessText) ? false : EXCESS_PAID.test(excessText) ? true : null;
  return { hours: h ? Number(h[1]) : null, amount: amount ? amount.min : null, excessPaid, start: at, end: Math.max(end, sentenceEnd) };
}

/** End of the statement: its closing bracket, its sentence end or its line end. */
function findEnd(text: string, at: number, le: number): number {
  let depth = 0;
  for (let k = at; k < le && k < at + 80; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return k;
      depth--;
    } else if (c === '。' && depth === 0) return k + 1;
  }
  return Math.min(le, at + 80);
}
