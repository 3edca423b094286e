// Finds the section each part of a posting belongs to, from its headings (【仕事内容】, ■給与, 会社概要：…).
import type { SectionKind } from '../core/types';
import { alternation, BRACKETED_HEADINGS, HEADING_WORDS, SEARCH_AIDS, type FieldId } from './posting-fields';
import { BULLETS } from './heading-marks';
import { endOfLine } from './lines';
import { inSiteMenu, isMenuLine } from './site-menu';
import { titleNamesRole } from './title-names-role';

// Forms space a short label out to the width of the column (給　与, 勤 務 地, 基 本 給): the same heading.
const SPACED = /^[\u4e00-\u9fff]{2,4}$/;
const bracketed = new Set(BRACKETED_HEADINGS);
const spacedLabels = [...HEADING_WORDS.keys()].filter((w) => SPACED.test(w) && !bracketed.has(w)).map((w) => [...w].join('[ \\t]{1,3}'));
// A heading that counts only in brackets (【仕事】) is read only between 【 and 】.
const labelAlternation = `${alternation([...HEADING_WORDS.keys()].filter((w) => !bracketed.has(w)))}|${spacedLabels.join('|')}|(?<=【[ \\t]*)(?:${alternation(bracketed)})(?=[ \\t]*】)`;

/** The heading word a label spells, spaced out or not. */
const headingWord = (label: string) => HEADING_WORDS.get(label) ?? HEADING_WORDS.get(label.replace(/[ \t]+/g, ''))!;

// A heading is a line that starts with an optional bullet or bracket, then a label, then ends, or goes on
// after a closing bracket or a colon ("給与：時給1,200円" starts the pay section on that same line), or after
// spaces: a table row flattened into text ("給与　時給1,200円", "雇用形態\t正社員"). A form's field number may
// stand first and a note in brackets after the label (ハローワーク's "2　仕事内容", "9　賃金（税込）"); a recruit page's
// heading may add について (報酬について), and a heading may join a second item (賃金・手当, 勤務地・交通手段).
// A second item that is a task (・給与・賞与計算, ・給与・勤怠の集計) is a line of duties, and a label whose words
// go on with a particle after the space (資格 を活かして, 給与 について詳しくは) is prose, not a row.
// A list item (・賞与 年2回 among 待遇's items) is one line of its section, not a row that starts another.
// A label between the same marks (★報酬★, ■給与■, ◆仕事内容◆) is a heading as in brackets, and so is one in
// double angle brackets (≪仕事内容≫, 《給与》), single ones (〈仕事内容〉, 〈給与〉) or quotes (「仕事内容」, 『給与』: only
// a field's own label, so 「ありがとう」と言われる仕事 stays prose), or between rules (―― 休日 ――,
// ━ 応募方法 ━), as boards and recruit pages write them. A line inside a frame drawn around a card (│ 【仕事内容】…)
// or a table's row (| 給与 | …) starts after the frame's bar.
const LIST_ITEM = '^[ \\t]*[・*\\-][^\\n]*';
// Bilingual pages for foreign residents put the English label first (Salary / 給与, Job / 仕事内容): the Japanese label
// after the slash names the section (the text is lower-cased by normalization).
const ENGLISH_FIRST = '[a-z][a-z &]{1,28}[ \\t]*/[ \\t]*';
// An English label followed by an English word (Pay attention to…, Training is provided, Company cars available) starts
// a sentence, not a row: a Japanese label's value may open with Latin letters (勤務地 JR新宿駅).
const ENGLISH_PROSE = '(?!(?<=[a-z][ \\t]+)[a-z])';
const TASK_END = '計算|管理|集計|処理|手続き?|作成|入力|対応|業務|事務|確認|チェック|作業';
const PROSE = '(?:[をがはのへにでともや](?![\\u3040-\\u309f])|について|から|より)';
const HEADING = new RegExp(
  `^[ \\t]*(?:[│┃║|][ \\t]*)?(?:[${BULLETS}・*#\\-―—─━=＝]+[ \\t]*|\\(?\\d{1,2}[.)]?[ \\t]+)?[【\\[(〔<《≪〈「『]?[ \\t]*(?:${ENGLISH_FIRST})?(${labelAlternation})(?:について|・[^\\s・:：]{1,6}(?<!${TASK_END})(?=[ \\t]*(?:$|[】\\])〕>》≫〉」』:：])))?[ \\t]*(?:\\([^()\\n]{1,10}\\)[ \\t]*)?(?:[】\\])〕>》≫〉」』★☆■□◆◇●○◎―—─━=＝]+[ \\t]*(?:[:：][ \\t]*)?|[:：][ \\t]*|[ \\t]*$|(?<=[ \\t])(?<!${LIST_ITEM})(?=\\S)(?!${PROSE})${ENGLISH_PROSE})`,
  'gm',
);

export interface Section {
  kind: SectionKind;
  /** Offsets in the normalized text: the section runs from its heading to the next heading. */
  start: number;
  end: number;
  label: string;
  /** The field its heading names (null for the title and text before any heading): 'elsewhere' for other
   *  postings a page lists, which share the company profile's kind. */
  field: FieldId | null;
}

/** A place a board names beside the job (東京都港区, 愛知県岡崎市). */
const PREFECTURE_PLACE = '(?:北海道|東京都|京都府|大阪府|[^\\s|｜/／]{2,3}県)[^\\s|｜/／]{0,12}';

/** A first line that is only a company's name (株式会社〇〇, 〇〇有限会社), with its recruit page's name after it
 *  (〇〇株式会社 採用情報), or only the job's number on a board (お仕事No.PA-240518, 求人番号：13010-12345; an agency's
 *  派遣のお仕事No.AC-20451｜愛知県岡崎市, with the place): pages
 *  copied from a board or a recruit site often put these above the job title. */
const COMPANY_NAME = String.raw`(?:(?:株式会社|有限会社|合同会社|一般社団法人|社会福祉法人|医療法人)[^\s、。!?！？:：|｜/／]{1,24}|[^\s、。!?！？:：|｜/／]{1,24}(?:株式会社|有限会社|合同会社))`;
const COMPANY_ONLY_LINE = new RegExp(String.raw`^\s*${COMPANY_NAME}(?:[\s|｜/／]*の?(?:採用情報|採用サイト|採用ページ|求人情報|採用・求人情報|リクルート(?:サイト)?|recruit(?:ing)?|careers?))?\s*$|^\s*(?:(?:派遣|アルバイト|バイト|パート|正社員)の?)?(?:お仕事|求人|案件|仕事)?(?:no\.?|番号|ナンバー|id)[ \t:：.#]*[a-z0-9][a-z0-9\-_]{2,24}(?:[ \t]*[|｜/／][ \t]*${PREFECTURE_PLACE})?\s*$`, 'i');

/** A recruit site's header (RECRUIT ｜ 株式会社〇〇, 採用情報 ｜ 株式会社〇〇) above the job's title. Above a field's line
 *  (募集職種：…) it stays the title's line, as a company's name there did before: the field states the job in its
 *  own section. */
const RECRUIT_HEADER_LINE = new RegExp(String.raw`^\s*(?:recruit(?:ing)?|careers?|採用情報|採用サイト)[ \t]*[|｜/／:：][ \t]*${COMPANY_NAME}\s*$`, 'i');

/** A breadcrumb (マイナビバイト ＞ 千葉県 ＞ 携帯販売): where the page sits on its site, above the title it leads to. One
 *  step from a recruit site's list of openings (募集職種一覧 ＞ サービススタッフ, 採用情報 > 営業職) is one too: its last
 *  crumb is this page's job, and the list's name before it heads no list of other openings. */
const BREADCRUMB_LINE = /^[^\n]*?\S[ \t\u3000]*[＞>›»][ \t\u3000]*\S[^\n]*?[＞>›»][ \t\u3000]*\S[^\n]*$|^[ \t\u3000]*(?:募集職種|職種|求人|募集|採用情報|採用|キャリア採用|中途採用|新卒採用)(?:一覧|情報|トップ)?[ \t\u3000]*[＞>›»][ \t\u3000]*\S[^\n]*$/;

/** A board's tag of the kind of employment alone on its line ([A] アルバイト・パート, 【正社員】, 契約社員): it heads the
 *  title it stands above. */
const EMPLOYMENT = '(?:アルバイト|パート|正社員|契約社員|派遣社員|派遣|業務委託|紹介予定派遣|嘱託社員|社員)';
const EMPLOYMENTS = `${EMPLOYMENT}(?:\\s*[・/、,]\\s*${EMPLOYMENT})*`;
const EMPLOYMENT_TAG_LINE = new RegExp(`^\\s*(?:(?:\\[[a-z]{1,3}\\]|【[^】\\n]{1,4}】|\\[[^\\]\\n]{1,4}\\])?\\s*${EMPLOYMENTS}|[【\\[]\\s*${EMPLOYMENTS}\\s*[】\\]])\\s*$`, 'i');

/** A site's header: its account links (ログイン, 会員登録, マイページ) stand on no title's line. */
const SITE_HEADER_LINE = /^[^。\n]*(?:ログイン|会員登録|新規登録|マイページ)[^。\n]*$/;
/** A site's menu of its own pages and of the reader's lists, alone on its line (お気に入り, メニュー　検索, 閲覧履歴｜キープ):
 *  every word of the line is one. */
const NAV_WORD = '(?:ホーム|トップ|top|home|メニュー|menu|検索|求人検索|求人を探す|仕事を探す|お仕事を探す|さがす|探す|お気に入り|キープ(?:リスト)?|閲覧履歴|最近見た求人|応募履歴|応募済み|保存した求人|マイリスト|ヘルプ|ログアウト|新着求人|閉じる|サイトマップ|はじめての方へ|企業の方へ|掲載をご検討の方)';
const NAV_LINE = new RegExp(`^\\s*${NAV_WORD}(?:[ \\t|｜/／・]+${NAV_WORD}){0,7}\\s*$`, 'i');
/** A line with the site's menu words taken out (ホーム ＞ 求人を探す ＞ 東京都 is only 東京都): what it says of the page. */
const NAV_WORDS = new RegExp(NAV_WORD, 'gi');
export const withoutNavWords = (line: string): string => line.replace(NAV_WORDS, ' ');
/** A button alone on its line (［求人一覧に戻る］, ＜ 一覧へ戻る, この求人をキープ). */
const BUTTON_LINE = /^\s*[［\[【<＜《]?\s*[^\n。、]{0,14}(?:に戻る|へ戻る|一覧へ|をキープ|を保存|をシェア)\s*[］\]】>＞》]?\s*$/;

/** A job board's name alone on its line (バイトル, doda｜正社員, an（アン）), or with the tags a board sets beside it
 *  (doda　　正社員　　千葉県柏市): a page copied whole starts with the site's logo, which names the board, not the job. */
const BOARD = '(?:indeed|求人ボックス|タウンワーク|バイトル(?:next)?|マイナビバイト|マイナビ転職|an|エン転職|エン派遣|エンバイト|doda|リクナビnext|リクナビ派遣|ハローワーク(?:インターネットサービス)?|とらばーゆ|フロム・エー(?:ナビ)?|はたらいく|はたらこねっと|green|wantedly|ビズリーチ|女の転職type|type|イーアイデム|ジョブメドレー|スタンバイ|engage|airワーク|求人ジャーナル|シフトワークス)';
const BOARD_NAME_LINE = new RegExp(`^\\s*${BOARD}(?:\\s*[(（][^)）\\n]{1,10}[)）])?(?:(?:\\s*[|｜/／・]\\s*|[ \\t]+)(?:${EMPLOYMENTS}|${PREFECTURE_PLACE})){0,3}\\s*$`, 'i');

/** The site's own lines above a page's title (a breadcrumb, the account links, the menu, a button, the board's name):
 *  unlike a company's name or an employment tag above it, they say nothing of the page. */
const SITE_CHROME_LINES: readonly RegExp[] = [BREADCRUMB_LINE, SITE_HEADER_LINE, NAV_LINE, BUTTON_LINE, BOARD_NAME_LINE];
export const isSiteChromeLine = (line: string): boolean => SITE_CHROME_LINES.some((r) => r.test(line));

/** Lines of chrome (a breadcrumb, the company's name, a job number, an employment tag, a site's header, a button, a board's name) read as part of the title above it. */
const CHROME_LINES: readonly RegExp[] = [COMPANY_ONLY_LINE, EMPLOYMENT_TAG_LINE, ...SITE_CHROME_LINES];
const MAX_CHROME_LINES = 6;

/** Where the title ends: the first line, or down to the first line with words below a breadcrumb, the company's
 *  name or a job number. */
function titleEndOf(text: string): number {
  let lineStart = 0;
  // A board's breadcrumb and the company's name may both stand above the title (doda ＞ 営業 ＞ 法人営業, then
  // 株式会社〇〇, then the title): the title is the first line with words that is neither.
  for (let chrome = 0; ; chrome++) {
    while (text[lineStart] === '\n' || text[lineStart] === ' ' || text[lineStart] === '\t') lineStart++;
    const end = text.indexOf('\n', lineStart);
    if (end === -1) return text.length;
    const line = text.slice(lineStart, end);
    if (chrome === MAX_CHROME_LINES) return end;
    if (!CHROME_LINES.some((r) => r.test(line)) && !(RECRUIT_HEADER_LINE.test(line) && !startsWithField(text, end + 1))) return end;
    lineStart = end + 1;
  }
}

/** A heading that starts right at lastIndex (sticky), apart from HEADING's own scan. */
const HEADING_AT = new RegExp(HEADING.source, 'my');

/** Whether the next line with words (from `at`) is a field's heading (募集職種：…, 【仕事内容】). */
function startsWithField(text: string, at: number): boolean {
  while (text[at] === '\n' || text[at] === ' ' || text[at] === '\t') at++;
  // A breadcrumb that starts with a field's word (募集職種一覧 ＞ 設備スタッフ) is the site's chrome, not the field.
  if (BREADCRUMB_LINE.test(text.slice(at, endOfLine(text, at)))) return false;
  HEADING_AT.lastIndex = at;
  const m = HEADING_AT.exec(text);
  return !!m && m[0].length > 0;
}

/** The posting's title: its first line, or down to the next line with words when the first names only the company
 *  or a job number, or is a breadcrumb. */
export const titleOf = (text: string): string => text.slice(0, titleEndOf(text));

/** Splits normalized text into sections. The first line is the title; text before any heading is 'other'. */
export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  const titleEnd = titleEndOf(text);
  sections.push({ kind: 'title', start: 0, end: titleEnd, label: '', field: null });
  let current: Section = { kind: 'other', start: titleEnd, end: text.length, label: '', field: null };
  sections.push(current);
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    if (m[0].length === 0) { HEADING.lastIndex++; continue; }
    if (m.index < titleEnd) continue;
    // A breadcrumb that starts with a heading's words (募集職種一覧 ＞ ビジネス職 ＞ インサイドセールス) is the page's
    // chrome, not a heading.
    if (BREADCRUMB_LINE.test(text.slice(m.index, endOfLine(text, m.index)))) continue;
    const info = headingWord(m[1]!);
    if (inSiteMenu(text, m.index)) continue;
    current.end = m.index;
    current = { kind: info.field.section, start: m.index, end: text.length, label: info.label, field: info.field.id };
    sections.push(current);
  }
  return withResultsListed(text, withJobStatements(text, withNamedWorkHeadings(text, endCompanyAtOwnHeadings(text, endSearchAids(text, withCardsListed(text, withSuggestedJobs(text, sections.filter((s) => s.end > s.start || s.kind === 'title'))))))));
}

/** A board's count of search results (求人検索結果 1,246 件中 1〜5 件目, 掲載 36件中 1〜4件を表示, 該当件数 211件
 *  （1〜5件を表示中）) heads the cards of other postings, each with its pay and perks, down to the pager that closes the
 *  list (次へ ›, もっと見る) or the next field heading: the job shown in full comes after it. With neither, where the
 *  list ends is not known, and nothing is set aside. */
const RESULTS_COUNT = /^[^\n]{0,24}?\d[\d,]*[ \t]*件中[ \t]*\d[\d,]*[ \t]*[〜～~\-－][ \t]*\d[\d,]*[ \t]*件[^\n]{0,12}$|^[ \t]*該当件数[ \t:：]*\d[\d,]*[ \t]*件[^\n]{0,20}$/m;
/** What closes such a list: a pager (次へ ›, 1 | 2 | 3), or a rule across the page above the job shown in full (━━━━). */
const PAGER_LINE = /^[ \t]*(?:[‹«<＜][ \t]*)?(?:前へ|次へ|次のページ|前のページ|もっと見る|さらに見る)[ \t]*(?:[›»>＞][ \t]*)?$|^[ \t]*(?:[‹«<＜]|前へ)?[ \t]*1[ \t]*[|｜ ][ \t]*2[ \t]*[|｜ ][ \t]*3|^[ \t]*[━─―—＝=\-]{6,}[ \t]*$/m;
function withResultsListed(text: string, sections: Section[]): Section[] {
  const count = RESULTS_COUNT.exec(text);
  if (!count) return sections;
  const from = count.index + count[0].length;
  const pager = PAGER_LINE.exec(text.slice(from));
  // Without a pager, the list runs to the next field heading that is not a card's own pay line (時給 1,500円 〜).
  const nextField = pager ? undefined : sections.find((s) => s.start > from && s.kind !== 'title' && s.field !== undefined && s.field !== 'elsewhere' && s.label !== '' && !CARD_PAY_LINE.test(text.slice(s.start, endOfLine(text, s.start))));
  const to = pager ? from + pager.index : nextField?.start;
  return to !== undefined && to > from ? markElsewhere(sections, from, to) : sections;
}

/** A listed job's pay line: a figure right after the wage word, no heading word (時給 1,700円 - アルバイト・パート). */
const CARD_PAY_LINE = /^[ \t]*(?:時給|日給|月給|年収|日当)[ \t:：]*[0-9]/;
/** The jobs listed under a board's list of other postings (この求人に似た求人) may each give their pay on a line of its own,
 *  which the headings read as a pay field: the list runs on over them. */
function withCardsListed(text: string, sections: Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    const last = out[out.length - 1];
    if (last?.field === 'elsewhere' && s.field === 'pay' && CARD_PAY_LINE.test(text.slice(s.start, endOfLine(text, s.start)))) {
      out[out.length - 1] = { ...last, end: s.end };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** A heading, alone on its line in marks or brackets, that names a role's work in its own words (＜オペレーターのお仕事＞,
 *  ■受付スタッフの仕事, 【コールセンターでの業務内容】): no field word heads it, but it heads the job as 仕事内容 does. */
const NAMED_WORK_HEADING = new RegExp(String.raw`^[ \t]*(?:[${BULLETS}]+[ \t]*|[<《≪〈【\[〔(])[ \t]*[^\n${BULLETS}<>《》≪≫〈〉【】\[\]〔〕()]{1,20}?の[ \t]*(?:お?仕事|業務)(?:内容)?[ \t]*[>》≫〉】\]〕)${BULLETS}]*[ \t]*$`, 'gm');
/** The role such a heading names (受付スタッフ in ■受付スタッフの仕事). */
const namedRole = (line: string): string => line.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[ \t]*の[ \t]*(?:お?仕事|業務)(?:内容)?[^\n]*$/, '');
/** Unheaded text (the 'other' section after the title) split at such headings: what follows each is the job. So is a
 *  list of the company's openings (■募集職種一覧) at such a heading that names the title's role (■総務・受付スタッフの
 *  お仕事): the list ends there, and the posted job's own duties follow. */
function withNamedWorkHeadings(text: string, sections: Section[]): Section[] {
  const out: Section[] = [];
  const title = titleIn(text, sections);
  for (const s of sections) {
    if (s.field === 'elsewhere' && title) {
      const m = headingWithin(text, s, NAMED_WORK_HEADING, (line) => titleNamesRole(title, namedRole(line)), 1);
      if (m) out.push({ ...s, end: m.at }, { kind: 'job', start: m.at, end: s.end, label: '', field: null });
      else out.push(s);
      continue;
    }
    if (s.kind !== 'other' || s.field !== null) { out.push(s); continue; }
    const m = headingWithin(text, s, NAMED_WORK_HEADING, (line) => !PROFILE_WORDS.test(line));
    if (!m || m.at === s.start) { out.push(s); continue; }
    out.push({ ...s, end: m.at }, { kind: 'job', start: m.at, end: s.end, label: '', field: null });
  }
  return out;
}

/** The first line in section `s`, past its first `skip` characters, that `heading` (a 'gm' pattern of whole lines)
 *  matches and `accept` keeps, with its offset in `text`; null when there is none. Read within the section only. */
function headingWithin(text: string, s: Section, heading: RegExp, accept: (line: string) => boolean, skip = 0): { at: number; line: string } | null {
  const part = text.slice(s.start, s.end);
  heading.lastIndex = skip;
  for (let m = heading.exec(part); m; m = heading.exec(part)) if (accept(m[0])) return { at: s.start + m.index, line: m[0] };
  return null;
}

// A page that introduces the company first (■事業所について, 【会社紹介】) may go on to the job under headings of its own
// words only (■お仕事, ■お給料, ■働き方), which name no field: the profile would run to the end and take the job, its
// pay among it, with it. A profile that stands before any heading naming the work or the pay ends at the first marked
// heading that names the job's matters (■どんな仕事？), and what follows is read as unheaded text. Any other heading
// (■代表メッセージ, ■沿革, ■私たちの事業) keeps the profile going.
const MARKED_HEADING = new RegExp(`^[ \t]*(?:[${BULLETS}]+[ \t]*[^\n${BULLETS}]{1,24}?[ \t]*[${BULLETS}]*|【[^】\n]{1,24}】)[ \t]*$`, 'gm');
/** The job's own matters in plain words (お仕事, 業務, お給料, 働き方, 勤務, 募集, 応募, 待遇). */
const JOB_WORDS = /仕事|業務|給料|働き方|働く|勤務|募集|応募|待遇/;
/** …and of these, the work itself (not where to apply or what it pays). */
const WORK_HEADING = /仕事|業務/;
const PROFILE_WORDS = /会社|企業|法人|事業|代表|社長|理念|ビジョン|ミッション|沿革|歴史|拠点|グループ|私たち|わたしたち|当社|弊社|実績|取引|所在|本社|概要|メッセージ|特徴|強み/;
function endCompanyAtOwnHeadings(text: string, sections: Section[]): Section[] {
  const firstJob = sections.find((s) => s.kind === 'job' || s.kind === 'pay')?.start ?? Infinity;
  const out: Section[] = [];
  for (const s of sections) {
    if (s.kind !== 'company' || s.field !== 'company' || s.start > firstJob) { out.push(s); continue; }
    const m = headingWithin(text, s, MARKED_HEADING, (line) => !PROFILE_WORDS.test(line) && JOB_WORDS.test(line), 1);
    if (!m) { out.push(s); continue; }
    // A heading that names the work itself (■お仕事の中身, ■業務について) heads it as 仕事内容 would.
    const kind = WORK_HEADING.test(m.line) ? 'job' : 'other';
    out.push({ ...s, end: m.at }, { kind, start: m.at, end: s.end, label: '', field: null });
  }
  return out;
}

// A page that sets out several positions, each numbered (〔募集1〕…〔募集2〕, 【募集職種2】, ■職種B：, No.2, an agency's 案件2) with its own
// fields: the posting is the first, unless the title names a later one, and what the later ones' fields say (their
// 仕事内容, 給与, 応募資格) is another job's, read like the other openings a board lists. A list of the positions before
// the first one's fields is only their names; fields marked as shared by all (勤務地（共通）), the company profile and
// how to apply end the later ones. The analyzer reads the work so; the pay reader picks the title's role's pay itself.
const ROLE_MARKER = /^[ \t]*(?:[■◆●▼□◇○*#]+[ \t]*)?[【\[(〔<《≪〈]?[ \t]*(?:募集職種|募集|職種|ポジション|求人|案件|no\.?)[ \t]*([1-9]|[①-⑨]|[a-e])[ \t]*(?:[】\])〕>》≫〉][ \t]*|[:.][ \t]*|[ \t]+)(?=\S)/gm;
const FIRST_ORDINAL = /^(?:1|①|a)$/;
const ROLE_FIELDS: ReadonlySet<FieldId | null> = new Set(['job', 'pay', 'requirements', 'hours', 'employment', 'holidays', 'benefits']);

/** The title's text, or '' where the sections open with none. */
export const titleIn = (text: string, sections: readonly Section[]): string => (sections[0]?.kind === 'title' ? text.slice(sections[0].start, sections[0].end) : '');

/** Where a position's fields that start after `from` end: at the first field no position owns (会社概要, 応募方法) or
 *  one marked as shared by all (勤務地（共通）). */
export function endOfRoleFields(text: string, sections: readonly Section[], from: number): number {
  const shared = (s: Section) => /共通/.test(text.slice(s.start, endOfLine(text, s.start)));
  return sections.find((s) => s.start > from && (!ROLE_FIELDS.has(s.field) || shared(s)))?.start ?? text.length;
}

export function withLaterRoles(text: string, sections: Section[]): Section[] {
  let firstAt = -1;
  let laterAt = -1;
  const title = titleIn(text, sections);
  ROLE_MARKER.lastIndex = 0;
  for (let m = ROLE_MARKER.exec(text); m; m = ROLE_MARKER.exec(text)) {
    if (FIRST_ORDINAL.test(m[1]!)) { if (firstAt < 0) firstAt = m.index; continue; }
    // A later position counts once the first one's own fields have been set out above it.
    if (firstAt >= 0 && sections.some((s) => s.start > firstAt && s.start < m!.index && (s.field === 'job' || s.field === 'pay'))) {
      const name = text.slice(m.index + m[0].length, endOfLine(text, m.index)).split(/[(（【\[/／|｜]/)[0]!.trim();
      if (name.length >= 2 && title.includes(name.slice(0, 6))) return sections;
      laterAt = m.index;
      break;
    }
  }
  if (laterAt < 0) return sections;
  return markElsewhere(sections, laterAt, endOfRoleFields(text, sections, laterAt));
}

/** What opens a recruit FAQ's question (Q. …, Q2 …, 質問2：…), in normalized text (Ｑ is q). */
const QUESTION = String.raw`(?:q\d*|質問\d*)`;

// A page with no 仕事内容 heading (a blog's recruit post, a staff letter) states the job in a sentence that opens its
// paragraph: お仕事は…, 主な業務は…, どんな仕事かというと…; on a recruit FAQ, the question that asks what the work is
// (Q. どんなお仕事ですか？, Q. 仕事内容を教えてください) opens its answer's paragraph. That paragraph is the job's statement,
// as a 仕事内容 section would be; the rest of the page keeps its kind.
const JOB_STATEMENT = new RegExp(String.raw`^[ \t]*(?:${QUESTION}[ \t]*[.:)]?[ \t]*(?:具体的に(?:は)?)?(?:(?:どんな|どのような)(?:お?仕事|業務)|(?:お?仕事|業務)の?内容[をにはって]|何をする)[^\n]{0,16}$|(?:今回|あなたに|こちらで)?[、,]?(?:主な|具体的な|今回の|担当していただく|ご担当いただく|お任せする|お願いする)?(?:お?仕事|業務)(?:の?内容)?(?:は|としては)[、,]?|どんな(?:お?仕事|業務)(?:か|なのか)(?:という|と言う|といいます)と[、,]?)`, 'gm');

const JOB_NAME_LABEL = /^(?:募集)?職種$|^職名$/;
const BLANK_LINE = /\n[ \t]*\n/g;
/** The paragraph (up to a blank line) at `at` ends here. */
function paragraphEnd(text: string, at: number): number {
  BLANK_LINE.lastIndex = at;
  const blank = BLANK_LINE.exec(text);
  return blank ? blank.index + 1 : text.length;
}

// A question of a recruit FAQ (Q. …, 質問2：…): the answer to the one before it ends here, blank line or not.
const NEXT_QUESTION = new RegExp(String.raw`\n[ \t]*${QUESTION}[ \t]*[.:)]`, 'g');
const IS_QUESTION = new RegExp(String.raw`^[ \t]*${QUESTION}(?![a-z])`);
/** Where the job's statement opened at `at` ends: its paragraph, or the answer to its question. */
function statementEnd(text: string, at: number): number {
  const end = paragraphEnd(text, at);
  if (!IS_QUESTION.test(text.slice(at, at + 8))) return end;
  NEXT_QUESTION.lastIndex = at;
  const next = NEXT_QUESTION.exec(text);
  return next ? Math.min(end, next.index + 1) : end;
}

function withJobStatements(text: string, sections: Section[]): Section[] {
  // A 職種 line names the job; only a section that states the work (仕事内容) makes the statements needless.
  if (sections.some((s) => s.kind === 'job' && !JOB_NAME_LABEL.test(s.label))) return sections;
  const out: Section[] = [];
  for (const s of sections) {
    if (s.kind !== 'other' || s.label !== '') { out.push(s); continue; }
    let from = s.start;
    JOB_STATEMENT.lastIndex = s.start;
    for (let m = JOB_STATEMENT.exec(text); m && m.index < s.end; m = JOB_STATEMENT.exec(text)) {
      const end = Math.min(s.end, statementEnd(text, m.index));
      if (m.index > from) out.push({ ...s, start: from, end: m.index });
      out.push({ kind: 'job', start: m.index, end, label: '', field: null });
      from = end;
      JOB_STATEMENT.lastIndex = end;
    }
    if (from < s.end) out.push({ ...s, start: from, end: s.end });
  }
  return out;
}

/** The sections with the span from..to carved out as another job's ('elsewhere'); the title is never carved. */
/** The next marked or bracketed line (■…, 【…, ＜…). */
const NEXT_MARKED_LINE = /\n[ \t]*[<＜《〈【■◆●▼□◇○◎]/g;

/** Where the block under a heading line ends (a colleague's day, a staff voice): at the next marked or bracketed line,
 *  or at the next section, whichever comes first. `lineEnd`: the end of the heading's line. */
export function blockEndAfter(text: string, sections: readonly Section[], headingStart: number, lineEnd: number): number {
  NEXT_MARKED_LINE.lastIndex = lineEnd;
  const next = NEXT_MARKED_LINE.exec(text);
  const sectionStart = sections.find((s) => s.start > headingStart)?.start ?? text.length;
  return Math.min(next ? next.index + 1 : text.length, sectionStart);
}

export function markElsewhere(sections: Section[], from: number, to: number): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    if (s.end <= from || s.start >= to || s.kind === 'title') { out.push(s); continue; }
    if (s.start < from) out.push({ ...s, end: from });
    out.push({ kind: 'company', start: Math.max(s.start, from), end: Math.min(s.end, to), label: '', field: 'elsewhere' });
    if (s.end > to) out.push({ ...s, start: to });
  }
  return out;
}

/** The section a normalized offset falls in: the last section starting at or before it (sections are sorted). */
export function sectionAt(sections: Section[], offset: number): SectionKind {
  return sectionObjectAt(sections, offset)?.kind ?? 'other';
}

export function sectionObjectAt(sections: Section[], offset: number): Section | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sections[lo];
}

/** Weight of a word by where it stands. */
export const SECTION_WEIGHT: Record<SectionKind, number> = {
  title: 1.5,
  job: 1.2,
  requirements: 0.7,
  pay: 1,
  conditions: 0.8,
  company: 0.25,
  other: 1,
};

// A board's search aids (人気のキーワード：テレアポ 在宅 ／ 営業 未経験) stand among its chrome, often above the posting's
// title and text: they list short items, on their heading's line or below it (one to a line, or many between
// separators). The section ends with the list; what follows is the section the aids interrupted (unheaded text stands
// between the title and any heading, so that is never the title), not the board's list of other jobs.
const SEARCH_AID = new Set(SEARCH_AIDS);
const AID_ITEM = /^[ \t]*[^\s。、][^\n。]{0,19}$/;

function endSearchAids(text: string, sections: Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    const before = out[out.length - 1];
    if (!SEARCH_AID.has(s.label) || !before) { out.push(s); continue; }
    let end = endOfLine(text, s.start);
    // Nothing after the heading on its line: its items follow, one to a line, up to a blank line or a longer line.
    const labelAt = text.indexOf(s.label, s.start);
    if (labelAt !== -1 && labelAt < end && /^[\s\p{P}\p{S}]*$/u.test(text.slice(labelAt + s.label.length, end))) {
      // Many between separators make one row (コールセンター 未経験 ｜ テレアポ 在宅 ｜ …); one to a line, the list ends
      // at a blank line, a longer line or the breadcrumb above the posting.
      const first = text.slice(end + 1, endOfLine(text, end + 1));
      if (isMenuLine(first) && !BREADCRUMB_LINE.test(first)) end = endOfLine(text, end + 1);
      else
        while (end < s.end) {
          const next = endOfLine(text, end + 1);
          const line = text.slice(end + 1, next);
          if (!AID_ITEM.test(line) || BREADCRUMB_LINE.test(line)) break;
          end = next;
        }
    }
    if (end >= s.end) { out.push(s); continue; }
    out.push({ ...s, end }, { ...before, start: end, end: s.end, label: '' });
  }
  return out;
}

// A board's lists of other postings under the job, headed in its own words (類似の求人, この求人に関連する求人,
// こちらの求人もおすすめ, この仕事をチェックした人はこんな仕事も見ています, 近隣エリアのお仕事): a line of its own that
// names jobs in the plural sense of a list and says how they relate to this one. Read only below the job's own fields,
// where such lists stand, so that a catch line above the work (【人気のお仕事】) keeps its place.
const SUGGESTED_JOBS = /^[ \t]*[―—─━=＝\-【\[〔<《≪〈■◆●□◇▼▽★☆]*[ \t]*([^\n。、!！?？]{2,36}?(?:求人|お仕事|仕事|バイト|アルバイト|案件))(?:情報|一覧)?(?:も見ています|もチェック(?:しています)?|もおすすめ|を探す|を見る|をもっと見る)?[ \t]*[―—─━=＝\-】\]〕>》≫〉■◆●□◇▲△★☆]*[ \t]*$/gm;
const RELATION = /似|類似|関連|おすすめ|オススメ|新着|注目|人気|近く|近隣|周辺|付近|同じ|他の|ほかの|その他|見た人|チェックした人|あわせて|併せて|よく見られ|ピックアップ/;

function withSuggestedJobs(text: string, sections: Section[]): Section[] {
  const ownStart = sections.find((s) => s.field === 'job' || s.field === 'pay')?.start;
  if (ownStart === undefined) return sections;
  let out = sections;
  SUGGESTED_JOBS.lastIndex = ownStart;
  for (let m = SUGGESTED_JOBS.exec(text); m; m = SUGGESTED_JOBS.exec(text)) {
    if (!RELATION.test(m[0])) continue;
    const at = m.index + (text[m.index] === '\n' ? 1 : 0);
    const i = out.findIndex((s) => s.start <= at && at < s.end);
    const s = out[i];
    if (!s || s.kind === 'company' || s.kind === 'title') continue;
    const parts: Section[] = [...(at > s.start ? [{ ...s, end: at }] : []), { kind: 'company', start: at, end: s.end, label: '', field: 'elsewhere' }];
    out = [...out.slice(0, i), ...parts, ...out.slice(i + 1)];
  }
  return out;
}
