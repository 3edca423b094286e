// Commuting costs: paid in full (全額支給, 実費支給), up to a cap (上限3万円, 月1万5千円まで), by the
// company's rules (規定支給, or only 支給), not paid (支給なし, 自己負担), or not stated.
import { amountIn, type AmountRange } from './amounts';
import { isCompanyProfile, lineAt, lineEnd, lineStart, sectionOf, underCompanyHeading, type PayText, MAX_MENTIONS } from './context';
import { gated, matchesOf } from '../text/gated-scan';

export type CommuteKind = 'full' | 'capped' | 'partial' | 'none' | 'unstated';

export interface CommuteFinding {
  kind: CommuteKind;
  cap: number | null;
  start: number;
  end: number;
  /** The amount that states the cap: no other fact's. */
  capAmount?: AmountRange;
}

// ガソリン代: what car commuters are paid instead of fares. Postings for foreign workers say it in English
// (Transportation: fully covered, up to ¥20,000/month). 通勤 alone in a list of allowances (各種手当（通勤・残業）,
// 手当：通勤、家族) is the commuting allowance. For work that goes from home to the customers (訪問, 直行直帰), the cost
// of getting there is named as travel (移動費, 移動にかかる費用). Fares are named by what they buy too: a season ticket
// (定期代, 通勤定期) or the fares of the way to work (通勤にかかる電車代・バス代).
const WORD = gated(/定期代|通勤定期(?:代|券)?|通勤(?:に(?:かかる|必要な)|の)(?:電車代|バス代|電車賃|運賃|費用|定期代)|移動(?:費|にかかる費用|の費用)|transportation(?:[ \t]+(?:fees?|costs?|expenses?|allowance))?|commut(?:ing|e)[ \t]+(?:allowance|expenses?|costs?)|交通費|通勤手当|通勤費|通勤交通費|交通手当|通勤補助|交通費補助|ガソリン代|ガソリン手当|通勤(?<=手当[ \t]*[:(]?[^\n()]{0,12}通勤)(?=[・、,)/])/g);
// 交通費込み, 交通費は時給に含む, 交通費・ガソリン代などの経費は報酬に含まれ: the pay already covers it, nothing is paid on
// top; ご自身のご負担, 各自負担: the worker pays. Refused in the employer's polite words too (お支払いできません, お出ししていません, 支給しない).
const NONE = /^[^\n。]{0,10}?(?:not (?:covered|paid|provided|reimbursed)|支給なし|支給無し|なし|無し|出ません|出せません|出せない(?:ので|ため|です|んです|けれど|けど|。|、|$)|出ない(?:ので|ため|です|んです|けれど|けど|。|$)|出せなくて|出せず|出なくて|払えなくて|払えず|支給しません|支給はありません|支給もありません|支給もございません|支給されません|されません|支給対象外|不支給|支給して(?:おり|い)ません|支給(?:は|を)?(?:いたしません|ございません|いたしかねます|できかねます|しかねます|できません|できない)|支給しない(?:ので|ため|です|。|、|$)|(?:お)?支払い?(?:は|を|も)?(?:いたしません|しません|できません|できかねます|いたしかねます|して(?:おり|い)ません|ません|ありません|ございません)|払えません|(?:お)?出し(?:できません|して(?:おり|い)ません|しません|いたしません|いたしかねます)|(?:自己|(?:ご自身|ご本人|本人|各自|自分|自身)(?:の|で)?(?:ご)?)負担)|^[ \t]*:?[ \t]*無(?![\u4e00-\u9fff\u30a0-\u30ff])|^[ \t]*(?::|は)?[ \t]*(?:ありません|ございません)|^[ \t]*(?:込み?(?![^\n。]{0,6}(?:では|じゃ)(?:な|あり))|を?含む|(?:は|を)?(?:時給|日給|月給|給与|給料|報酬)に含(?:む|まれ|みます))|^(?:[・、や][^\n。]{1,16}?|(?:など|等)?の?(?:経費|費用))(?:は|を)(?:時給|日給|月給|給与|給料|報酬)に含(?:む|まれ|みます)|^[ \t]*[:|]?[ \t]*(?:ー|-|—|×)[ \t]*(?:\n|$)/;
// 〜1,000円/日, (〜月2万円): only the upper end of what is paid.
const CAP = /上限|まで|迄|max|最大|限度|up to|capped|limit|[~〜][ \t]*(?:月|日|1日)?[ \t]*\d/;
const FULL = /全額|全支給|実費|満額|100%|fully (?:covered|paid|reimbursed)|(?:covered|paid|reimbursed) in full|full(?: amount)?[ \t]+(?:covered|paid)/;
// A flat or stated amount (一律500円/日, 1日600円) is paid by the company's rule; 交通費別 is paid on top.
// 交通費出ます, お支払いします: paid, how much unsaid.
const PARTIAL = /支給|規定|規程|provided|paid|covered|reimbursed|included|補助|手当あり|あり|有り|有|別途|^別|一部|負担|一律|\d[\d,]*円|^[ \t]*(?:は|が|も)?[ \t]*出(?:ます|る)|(?:お)?支払い?(?:ます|します)/;

// A statement done (支給, あり, OK) and, after a space, another tag that is no cap or note of it.
const TAG_AFTER_STATEMENT = /^([^\n]*?(?:支給|あり|有り|ok|可))[ \t]+(?!上限|max|最大|月額|1日|まで|\()\S[^]*$/i;
// 自己負担なし, ご自身の負担はありません: the worker pays nothing, it is paid in full.
const NO_COST = /(?:自己|(?:ご自身|ご本人|本人|各自|自分|自身)(?:の|で)?(?:ご)?)負担(?:は|が)?[ \t]*(?:一切)?(?:なし|無し|ありません|ございません|ゼロ|0円|不要)/;
// No cap (上限なし, 制限はありません) means paid in full, unless a cap is stated for another period beside it (1日上限
// 1,000円（月の上限なし）): the stated cap is what binds.
const NO_CAP = /(?:[^\s、。()]{0,4}の)?上限(?:は)?(?:なし|無し|ありません|ございません)|制限(?:は)?(?:なし|ありません)/;
const STATED_CAP = /(?:上限|最大|max)[ \t:]*(?:月額?|1日|日額|1ヶ月)?[ \t]*\d|(?:1日|月額?|日額|1ヶ月)[ \t]*\d[\d,.]*(?:万|千)?[\d,]*円?[ \t]*(?:まで|迄)/;
// A line that is only the cap: an amount per period, perhaps with まで (月額 30,000円, 1日800円まで, 上限：月2万円).
const CAP_LINE = /^[\s\p{P}\p{S}]*(?:上限|max|最大)?[ \t:]*(?:月額?|1日|日額|1ヶ月)?[ \t:]*\d[\d,.]*(?:万|千)?[\d,]*円(?:[ \t]*(?:まで|迄|\/(?:月|日)))?[\s\p{P}\p{S}]*$/u;
const REASON_END = /(?:ため|ので|により|につき)[ \t]*$/;
/** An apology or regret that opens a refusal (ごめんなさい、出ません; 申し訳ありませんが、支給はありません): what follows it
 *  is the statement, as after a reason; one that closes it (出せなくてごめんなさい、…) follows the statement. */
const REGRET_FIRST = /^[^、。\n]{0,8}?(?:ごめんなさい|すみません(?:が)?|申し訳(?:ありません|ございません|ないのですが|ないですが)(?:が)?|残念ながら|恐れ入りますが|恐縮ですが)[ \t]*$/;
const TOPIC_ONLY = /^[ \t]*(?:は|については|も|に(?:ついて|関して)は)[ \t]*$/;
const RULE_LINE = /^[ \t]*[―─━—\-=_~〜]{3,}[ \t]*$/;

// Another cost named with it (交通費・通信費はご自身の負担, 交通費、高速料はご自身の負担, 交通費と駐車場代は): what follows
// speaks of both.
const JOINED_COST = /^(?:・|、|と)[^・、。\n\s]{1,6}?(?:費|代|料)(?:等|など)?(?=[はのを:]|$)/;
// A question (Q. 交通費は出ますか。, Kさん：交通費は出ますか？): the answer on the next line says.
const QUESTION = /(?:[?？]|か)[ \t]*。?[ \t]*$/;
// In a chat the answer is the next speaker's line (小川：1日500円まで出ます).
const ANSWER = /^[ \t]*(?:a[.:．：)]|答え?[.:：)]?|[^\s:：]{1,12}[:：])[ \t]*/;

/** How the words at [start, end) and the clause after them speak of commuting costs. */
function classify(t: PayText, start: number, wordEnd: number, amounts: AmountRange[]): CommuteFinding | null {
  const text = t.text;
  const end = wordEnd + (JOINED_COST.exec(text.slice(wordEnd, wordEnd + 12))?.[0].length ?? 0);
  // The clause: to the end of the sentence, list item (a title's ｜ after the value too: …｜交通費全額｜残業なし; a table's
  // 交通費｜全額支給 holds the value after it) or closing bracket after the parenthesised note.
  let k = end;
  let depth = 0;
  const limit = Math.min(lineEnd(text, end), end + 40);
  for (; k < limit; k++) {
    const c = text[k]!;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (/[。、/・]/.test(c) || (/[|｜]/.test(c) && /[^\s:|｜]/.test(text.slice(end, k))) || (c === ',' && !/\d/.test(text[k + 1] ?? '')))) break;
  }
  // The cap as the next item of the list (距離に応じて支給、上限月2万円, 別途支給・上限月3万円): the same statement.
  const capItem = /^[、,・/][ \t]*(?:月額|1日)?(?:上限|max|最大)[^、。\n/()]{0,14}/.exec(text.slice(k, k + 20));
  if (capItem && !CAP.test(text.slice(end, k))) k += capItem[0].length;
  let clause = text.slice(end, k);
  let clauseEnd = k;
  // A reason first (在宅でのお仕事のため、支給はありません, 距離により、一律500円), or only the topic (交通費は、全額支給します;
  // ガソリン代・高速代は、実費を月2万円まで): what follows it is the statement.
  if (text[k] === '、' && (((REASON_END.test(clause) || REGRET_FIRST.test(clause)) && !NONE.test(clause)) || TOPIC_ONLY.test(clause))) {
    const rest = /^[^。、\n/]{1,30}/.exec(text.slice(k + 1));
    if (rest) { clause = rest[0]; clauseEnd = k + 1 + rest[0].length; }
  }
  // A heading on its own line (交通費 / 全額支給, （交通費） / 全額支給): the value is on the next line that holds text.
  // A rule line under the heading (―――――) is skipped.
  if (/^[ \t]*(?:詳細|について|の支給|:)?[ \t]*[】》>\]≫〕〉」』)★☆■□◆◇●]*[ \t]*$/.test(clause) && /^\)?[ \t]*$/.test(text.slice(k, lineEnd(text, end))) && end < text.length) {
    let from = lineEnd(text, end) + 1;
    // A converted page may leave blank lines between a cell and its value (交通費 ⏎ ⏎ 全額支給).
    for (let blank = 0; blank < 2 && lineAt(text, from).trim() === '' && lineEnd(text, from) < text.length; blank++) from = lineEnd(text, from) + 1;
    if (RULE_LINE.test(lineAt(text, from)) && lineEnd(text, from) < text.length) from = lineEnd(text, from) + 1;
    clause = lineAt(text, from).slice(0, 40);
    clauseEnd = from + clause.length;
  }
  // An FAQ's question (Q. 交通費は出ますか？, 通勤手当は出ますか。): the answer on the next line says.
  const le = lineEnd(text, end);
  const answer = QUESTION.test(text.slice(end, le)) ? ANSWER.exec(lineAt(text, le + 1)) : null;
  if (answer) {
    const line = lineAt(text, le + 1).slice(0, 40);
    clause = line.slice(answer[0].length);
    clauseEnd = le + 1 + line.length;
  }
  // A note in brackets that speaks of someone else is their exception (全額支給（業務委託は自己負担）); a cap in
  // brackets (交通費支給（月2万円まで）) is what is said.
  clause = clause.replace(/(?<=\S[^()]*)\((?![ \t]*(?:上限|制限))[^()\n]*?は[^()\n]*\)/g, (m) => ' '.repeat(m.length));
  const before = text.slice(Math.max(lineStart(text, start), start - 4), start);
  if (NO_CAP.test(clause) && !STATED_CAP.test(clause.replace(NO_CAP, ''))) return { kind: 'full', cap: null, start, end: clauseEnd };
  if (NO_COST.test(clause)) return { kind: 'full', cap: null, start, end: clauseEnd };
  // A row of tags (交通費全額支給　ノルマなし　週4日〜OK): the next tag's なし is not the commute's.
  const ownItem = clause.replace(TAG_AFTER_STATEMENT, '$1');
  if (NONE.test(ownItem)) return { kind: 'none', cap: null, start, end: clauseEnd };
  if (CAP.test(clause)) {
    const a = amountIn(amounts, end, clauseEnd, (x) => x.money && x.min > 0);
    if (a) return { kind: 'capped', cap: a.max ?? a.min, start, end: clauseEnd, capAmount: a };
    // Up to the tax-free limit (非課税限度額まで支給): a cap the law sets, its amount unstated.
    if (TAX_FREE_LIMIT.test(clause)) return { kind: 'capped', cap: null, start, end: clauseEnd };
    if (/上限(?:あり|有)/.test(clause)) {
      // The cap may stand on the next line (上限あり ⏎ 月額 30,000円, ⏎ 1日800円まで).
      const a = capOnNextLine(text, clauseEnd, amounts, CAP_LINE);
      if (a) return { kind: 'capped', cap: a.max ?? a.min, start, end: a.end, capAmount: a };
      return { kind: 'capped', cap: null, start, end: clauseEnd };
    }
  }
  // The cap as a note on the line below the statement (全額支給 ⏎ ※上限30,000円/月, 全額支給 ⏎ （上限3万円/月）).
  const capNote = FULL.test(clause) || PARTIAL.test(clause) ? capOnNextLine(text, clauseEnd, amounts, CAP_NOTE) : undefined;
  if (capNote) return { kind: 'capped', cap: capNote.max ?? capNote.min, start, end: capNote.end, capAmount: capNote };
  if (FULL.test(clause) || FULL.test(before)) return { kind: 'full', cap: null, start: FULL.test(before) ? start - before.length + before.search(FULL) : start, end: clauseEnd };
  if (PARTIAL.test(clause)) return { kind: 'partial', cap: null, start, end: clauseEnd };
  // A bare mention in a list (交通費、社会保険完備): say nothing unless the sentence says 支給.
  const sentence = text.slice(end, Math.min(lineEnd(text, end), end + 80));
  const dot = sentence.indexOf('。');
  if (/支給|規定|規程/.test(dot === -1 ? sentence : sentence.slice(0, dot))) return { kind: 'partial', cap: null, start, end };
  // 通勤 named in a list of allowances (各種手当（通勤・残業）) is paid by the company's rules.
  if (text.slice(start, end) === '通勤') return { kind: 'partial', cap: null, start, end };
  // An item of the benefits list under 給与・待遇 (社保完備、交通費、制服貸与), or marked ○ in a table, is provided.
  const item = /^[ \t]*(?:[、・/,]|$)/.test(clause) && /(?:^|[、・/,:|]|】)[ \t]*$/.test(text.slice(lineStart(text, start), start));
  if ((item && ['pay', 'conditions'].includes(sectionOf(t, start))) || /^[ \t]*:?[ \t]*[○◯〇]/.test(clause)) return { kind: 'partial', cap: null, start, end };
  return null;
}

const TAX_FREE_LIMIT = /非課税(?:の)?(?:限度|上限|枠)/;
// A note that gives a cap: ※上限30,000円/月, （上限3万円/月）, ※上限は月3万円です, ※月2万円まで.
const CAP_NOTE = /^[ \t]*[※*＊(]?[ \t]*(?:(?:上限|最大|max)(?:は|:)?[ \t]*(?:月額?|1日|日額|1ヶ月)?[ \t]*\d|(?:月額?|1日|日額|1ヶ月)?[ \t]*\d[\d,.]*(?:万|千)?[\d,]*円?[ \t]*(?:まで|迄))/;

/** The cap on the line right below a statement that ends its line, where that line reads as `capLine`: the cap alone
 *  (CAP_LINE) or a note that gives it (CAP_NOTE). */
function capOnNextLine(text: string, clauseEnd: number, amounts: AmountRange[], capLine: RegExp): AmountRange | undefined {
  if (lineEnd(text, clauseEnd) !== clauseEnd || clauseEnd >= text.length) return undefined;
  const next = lineAt(text, clauseEnd + 1);
  if (!capLine.test(next)) return undefined;
  return amountIn(amounts, clauseEnd + 1, clauseEnd + 1 + next.length, (x) => x.money && x.min > 0);
}

const SELECTION = /選考|面接|応募|来社|説明会|見学/;

const SPECIFIC: Record<CommuteKind, number> = { full: 2, capped: 2, none: 2, partial: 1, unstated: 0 };

export function findCommute(t: PayText, amounts: AmountRange[]): CommuteFinding {
  let best: CommuteFinding | null = null;
  for (const m of matchesOf(WORD, t.text, MAX_MENTIONS)) {
    // Under a company heading the page may go on to the job under headings we do not know (私たちについて …
    // 働き方 … 交通費全額支給); under a list of other postings it never speaks of this job.
    if (sectionOf(t, m.index) === 'company' ? !underCompanyHeading(t, m.index) : isCompanyProfile(t, m.index)) continue;
    // Travel to the interview or the selection (面接の交通費) is not commuting pay.
    if (SELECTION.test(t.text.slice(lineStart(t.text, m.index), m.index))) continue;
    const f = classify(t, m.index, m.index + m[0].length, amounts);
    // The first specific statement wins; a plain 支給 counts only when nothing more precise is said.
    if (f && (!best || SPECIFIC[f.kind] > SPECIFIC[best.kind])) best = f;
    if (best && SPECIFIC[best.kind] === 2) break;
  }
  return best ?? { kind: 'unstated', cap: null, start: -1, end: -1 };
}
