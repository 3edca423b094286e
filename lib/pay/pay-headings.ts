// Headings that name pay in words the shared field list does not hold (お給料について, お給料のこと, 報酬のご案内,
// お仕事の報酬, お支払い額, バイト代, 給与条件, 報酬体系, 報酬形態, 給与形態 alone on its line, 報酬額, 単価, 条件; a municipal ad's 報償費等; a contractor's
// 委託料): recruit pages and commission postings head their pay so, and what stands under them is the pay section for the pay reader. The shared list is left as it is: it also shapes posting detection and its fit.
import { gated, matchesOf, type GatedScan } from '../text/gated-scan';
import type { Section } from '../text/sections';
import { BULLETS } from '../text/heading-marks';

// 条件 and 勤務条件 head the pay with the hours on many shop and clinic pages (条件 ⏎ 1,100円〜1,250円 ⏎ 勤務：…).
const LABEL = '(?:お給料|お給与|給与|報酬)(?:のこと|のご案内)|お給料|お給与|お賃金|お支払い?額?|お仕事の報酬|報酬体系|報酬形態|給与形態(?=[ \\t]*$)|賃金形態等?(?=[ \\t]*$)|報酬額|報酬単価|作業単価|単価|収入|報償費等|バイト代|紹介料|紹介報酬|謝礼|(?:業務)?委託(?:料|報酬|費)|報酬(?=\\()|(?:給与|報酬|勤務|労働|雇用)?条件';
// A company's other openings listed under the posting (その他の募集, そのほかの募集, ほかの職種も募集中, 同時募集中の職種; on a freelance board, この依頼者のほかの仕事), a board's list of what the
// applicants also applied to or viewed (この求人に応募した人は…, この求人をチェックした人は…) and of jobs like this one (この求人に似た求人, 似ている仕事, 類似の求人,
// 同じ条件で探している方にはこちらもおすすめ; a free paper's 同じページに掲載中): the wages and results pay named there are those jobs', never this one's.
// The pay reader marks them itself ('elsewhere' in a section of kind other): a fact stated after the list without a
// heading of its own (交通費 ⏎ 全額支給) still speaks for the whole page.
/** The label of a section listing the company's own other openings (その他の募集, 他の職種): the page states their pay. */
export const OWN_OPENINGS_LABEL = 'other-openings';
const OWN_OPENINGS = '(?:その)?他の募集(?:職種)?|(?:その)?ほかの募集(?:職種)?|(?:その)?(?:他|ほか)の(?:職種|ポジション)(?:も|を)?(?:募集中?|募集しています)?|同時募集中?(?:の(?:職種|お?仕事|求人)|職種)?|[^\\n]{0,16}?(?:採用|募集)も(?:行って|して)(?:います|おります)|[^\\n]{0,16}?も(?:募集中|募集しています|積極採用中)|併せて募集中?(?:の職種)?|(?:この|同じ)(?:依頼者|発注者|クライアント|会社|企業|お店|店舗|事業所)の(?:ほか|他)の(?:お?仕事|求人|案件|募集)';
const BOARD_LISTS = '(?:この求人|この仕事|このお仕事)(?:に応募した|をチェックした|を見た|を閲覧した|を保存した)(?:人|方)[^\\n]{0,24}|(?:この(?:求人|お?仕事|案件)に)?似(?:た|ている)(?:求人|お?仕事|案件)|類似(?:の)?(?:求人|お仕事|案件)|(?:同じ|この)[^\\n]{0,16}?こちらもおすすめ(?:です)?|こちらもおすすめ(?:です)?|(?:同じ|この)(?:ページ|号|紙面)(?:に|で)(?:掲載中|掲載している|掲載の)(?:求人|お仕事)?';

// The label as a line's heading: a bullet or bracket may open it, について may follow, then a closing mark, a colon,
// the end of the line, or spaces before the value (単価：1件 50円, お給料　月給22万円).
// The marks around a heading: a bracket that opens it, and closing brackets or marks after it.
const OPEN_MARK = String.raw`[【\[(〔<≪《]`;
const CLOSE_MARKS = String.raw`[】\])〕>≫》★☆■□◆◇●○◎]+`;
const heading = (label: string) =>
  new RegExp(
    String.raw`^[ \t]*(?:[${BULLETS}・*#\-]+[ \t]*)?${OPEN_MARK}?[ \t]*(?:${label})(?:について)?(?:\([^()\n]{1,20}\)(?=[ \t]*$))?[ \t]*(?:${CLOSE_MARKS}[ \t]*:?|:|$|[ \t]+(?=\S))`,
    'gm',
  );
// Pay joined in one heading with another item of the posting (給与／待遇, 【給与/福利厚生】, 雇用形態・給与, 勤務時間・給与),
// the pay's details (給与の詳細, 給与情報), and whose pay it is in brackets after the word (給与【アルバイト】): a heading
// of its own line (or with a colon before its value). The other item is one a posting heads (not 給与・賞与計算, a task).
const ITEM = '(?:雇用形態|勤務形態|勤務時間|勤務日時|時間|待遇|福利厚生|手当|諸手当|交通費|賞与|昇給|職種|勤務地|休日|条件|勤務条件)';
const PAY_WORD = '(?:給与|給料|賃金|お給料)(?:の詳細|詳細|情報)?';
const JOINED = new RegExp(
  String.raw`^[ \t]*(?:[${BULLETS}#]+[ \t]*)?${OPEN_MARK}?[ \t]*(?:${ITEM}[・/][ \t]*${PAY_WORD}|${PAY_WORD}[ \t]*[・/][ \t]*${ITEM}|給与の詳細|給与詳細|給与情報|${PAY_WORD}(?=[ \t]*[【\[(]))` +
    String.raw`[ \t]*(?:[【\[(][^\]】)\n]{1,12}[\]】)][ \t]*)?(?:${CLOSE_MARKS}[ \t]*)?(?::|$)`,
  'gm',
);
// The pay word alone on its line between marks of any kind (『給与』, ━給与━, ♪給与♪, ―時給額―): a heading however a
// page decorates it; not a list item (・給与 among a payroll job's duties).
const MARKED = /^[ \t]*(?![・*\-])[\p{P}\p{S}]{0,4}[ \t]*(?:給与|給料|賃金|報酬|時給額?|給与額)[ \t]*[\p{P}\p{S}]{0,4}[ \t]*$/gmu;
// A page that sets out several positions in numbered blocks, each headed between rules (━━━ ⏎ 2. 引越し作業スタッフ ⏎
// ━━━): the first is the position the page opens with, and the blocks after it are the other positions'.
const LATER_POSITION = /^[ \t]*[━─―=＝]{4,}[ \t]*\n[ \t]*(?:[2-9]|[②-⑨])[.．)）:：]?[ \t]*[^\n]{2,40}\n[ \t]*[━─―=＝]{4,}[ \t]*$/gm;
// A board's list of jobs near this one, headed between marks (― 博多区周辺のコールセンターの求人 ―, ▼渋谷駅近くのお仕事▼) and
// followed by job cards with their pay: those jobs' terms, not this one's. Without the cards below it such a line may be
// the posting's own words.
const NEARBY_LIST = /^[ \t]*[\p{P}\p{S}]{1,4}[ \t]*[^\n]{0,24}?(?:周辺|近く|近隣|付近|沿線|エリア)の[^\n。、]{0,20}?(?:求人|お仕事)(?:情報|一覧)?[ \t]*[\p{P}\p{S}]{0,4}[ \t]*$(?=\n(?:[^\n]*(?:時給|日給|月給|年収)[^\n]*\d[^\n]*\n){2})/gmu;
// Each is tried only at the starts of lines that can hold it (gated).
const HEADINGS: [GatedScan, Pick<Section, 'kind' | 'label' | 'field'>][] = [
  [gated(MARKED), { kind: 'pay', label: 'pay', field: 'pay' }],
  [gated(heading(LABEL)), { kind: 'pay', label: 'pay', field: 'pay' }],
  [gated(JOINED), { kind: 'pay', label: 'pay', field: 'pay' }],
  [gated(heading(OWN_OPENINGS)), { kind: 'other', label: OWN_OPENINGS_LABEL, field: 'elsewhere' }],
  [gated(heading(BOARD_LISTS)), { kind: 'other', label: 'elsewhere', field: 'elsewhere' }],
  [gated(LATER_POSITION), { kind: 'other', label: 'elsewhere', field: 'elsewhere' }],
  [gated(NEARBY_LIST), { kind: 'other', label: 'elsewhere', field: 'elsewhere' }],
];

// A page whose first line is a pay row with its figure, or the pay heading alone (給与 アルバイト 1,200円〜, 給与 ⏎
// ［アルバイト］1,200円〜, 【報酬】1件3,000円: a card or a table copied from its pay row on): that line is the pay, not a title naming the job.
const PAY_ROW_FIRST = /^[ \t]*[【\[■◆●]?[ \t]*(?:給与|給料|賃金|報酬)(?:(?:[】\]][ \t:]*|[ \t:]+)(?=[^ \t:])[^\n]*\d|[】\]]?[ \t:]*$)/;
/** A first line longer than this is no pay row (a page flattened into one line). */
const ROW_MAX = 160;

/** The sections with the pay headings above added: each runs to the next heading of either kind. */
export function withPayHeadings(text: string, sections: Section[]): Section[] {
  const titleEnd = sections[0]?.end ?? 0;
  const added: Section[] = [];
  if (titleEnd <= ROW_MAX && PAY_ROW_FIRST.test(text.slice(0, titleEnd))) {
    // The title line and what follows it up to the next heading.
    for (const start of [0, titleEnd]) added.push({ kind: 'pay', label: 'pay', field: 'pay', start, end: text.length });
  }
  // Every heading opens a line after the title; none runs past its line.
  for (const [scan, what] of HEADINGS) {
    for (const m of matchesOf(scan, text, Infinity, titleEnd)) added.push({ ...what, start: m.index, end: text.length });
  }
  if (!added.length) return sections;
  const all = [...sections, ...added].sort((a, b) => a.start - b.start);
  // Each section ends where the next one starts.
  return all.map((s, i) => ({ ...s, end: i + 1 < all.length ? Math.max(s.start, all[i + 1]!.start) : s.end }));
}
