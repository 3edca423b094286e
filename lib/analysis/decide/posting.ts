// Is this text a job posting? Decided from the shape of the text, not from job words: a posting has the fields
// of a posting (給与, 勤務地, 勤務時間, 応募資格, 雇用形態, an apply step), usually as labels; an article
// narrates, explains, carries a byline and dates. A feature-style article that ends in a 募集要項 is a posting.
// The weights of these features are fitted on labelled data (scripts/fit.ts → fitted-model.json).
import { alternation, postingField, type FieldId } from '../../text/posting-fields';
import { articleMarkerCount } from './article-markers';
import { BULLETS } from '../../text/heading-marks';
import { isSiteChromeLine, withoutNavWords } from '../../text/sections';
import { isMenuLine } from '../../text/site-menu';
import { gated, gatedFirst, matchesOf } from '../../text/gated-scan';

/** Words a posting uses for its fields besides their headings (lib/text/posting-fields.ts): employment types,
 *  pay units, the words of municipal ads (活動内容, 任期, 報償費), of career boards' job pages (募集背景,
 *  ポジション概要, 求める人物像, Wantedly's こんなことやります), and an English page's Position (its other English
 *  headings are the table's). */
const FIELD_WORDS: Partial<Record<FieldId, string[]>> = {
  // Recruit pages also label their fields in plain words (この仕事について, お給料, 働く場所, 働く時間, お休み).
  job: ['この仕事について', 'お仕事について', 'お仕事内容', 'お仕事の内容', '活動内容', '業務の内容', '具体的な業務', 'ポジション概要', 'ポジションの概要', '募集背景', 'この仕事の魅力', '配属先', 'こんなことやります', 'position'],
  requirements: ['歓迎する方', '必須条件', '必要な資格', '求める人物像', '歓迎要件', '必須要件'],
  pay: ['お給料', '報償費', '月額', '日給', '年俸', 'きゅうりょう'],
  place: ['働く場所', '就業場所', '勤務場所'],
  hours: ['働く時間', '就業時間', '実働', '勤務日', '勤務条件', '活動時間'],
  holidays: ['休暇', 'お休み'],
  benefits: ['社会保険', '各種保険', '交通費'],
  employment: ['正社員', '契約社員', 'アルバイト', 'パート', '派遣社員', '業務委託', '会計年度任用職員', '嘱託', '任期', '任用期間', '雇用期間', '募集人数', '採用人数', '募集人員'],
  apply: ['申込方法', '申し込み方法', '選考', '面接', 'エントリー', '応募受付', '応募先', '問い合わせ先', 'お問合せ先', '応募締切', '提出書類', '応募書類'],
};
/** English words count as words of their own (pay, not the pay of PayPay or payment). */
function wordsAlternation(words: string[]): string {
  const english = words.filter((w) => /^[a-z]/i.test(w));
  const other = words.filter((w) => !/^[a-z]/i.test(w));
  return [alternation(other), ...(english.length ? [`\\b(?:${alternation(english)})\\b`] : [])].join('|');
}
const FIELD_KINDS: FieldId[] = ['job', 'requirements', 'pay', 'place', 'hours', 'holidays', 'benefits', 'employment', 'apply'];

/** Posting fields, by kind (the one table's headings plus the words above): the same kind twice counts once. */
const FIELDS: Record<string, RegExp> = Object.fromEntries(
  FIELD_KINDS.map((id) => [id, new RegExp(wordsAlternation([...postingField(id).headings, ...(FIELD_WORDS[id] ?? [])]), 'i')]),
);

/** What may stand before a heading: bullets, brackets, and the rules and dashes of decorated headings (―― 募集要項 ――,
 *  ━━ 給与 ━━, ＝＝ 勤務地 ＝＝, 〈応募資格〉). */
const HEADING_MARKS = `[${BULLETS}・*#【\\[(〔〈《<\\-―—─━=]+[ \\t]*`;

/** The same words standing as a label: at the start of a line (inside a box drawn with │, as boards' cards are copied),
 *  before a colon, bracket, tab or line end, or
 *  followed by a space and the value (報酬　時間額1,120円: forms and notices set the value off with a full-width
 *  space, which normalization turns into a plain one). A line of several items between bars (給与 3.4｜福利厚生
 *  2.9｜…, a review site's scores) is a list, not a field. */
const LABEL_LINE = gated(new RegExp(
  `^[ \\t│┃]*(?:${HEADING_MARKS})?(?:${Object.values(FIELDS).map((r) => r.source).join('|')})(?:[^\\n]{0,6}?(?:[:：】\\])〕〉》>\\t]|[ \\t]*$)|(?:\\([^)\\n]{0,10}\\))?[ \\t]+(?=[^\\s|｜][^\\n|｜]*$)|[ \\t]*[|｜][ \\t]*(?=[^\\s|｜][^\\n|｜]{3,}$))`,
  'gm',
));

/** The company's name before a 募集要項 (株式会社こだま　募集要項, 〇〇有限会社の募集要項): a feature about the company
 *  hands over to its own terms. Only before 募集要項 and its kin: 株式会社〇〇 採用情報 is a recruit site's page name. */
const COMPANY_BEFORE = '(?:(?:株式会社|有限会社|合同会社)[^\\n。、]{1,24}?|[^\\n。、]{1,24}?(?:株式会社|有限会社|合同会社))[ \\t]*(?:の[ \\t]*)?(?=募集要項|募集概要|採用要項|応募要項)';

/** A block of requirements: 募集要項 and its kin, as a heading (a news item's 求人情報会社 is not one); a recruit
 *  page or a manager's post that tells its story first may head the job's fields in plain words (この仕事について,
 *  募集について, 募集している仕事), or
 *  name the job it follows, after a staff interview (この仕事の募集要項, このお仕事の募集要項), or name the job after the
 *  heading (■募集要項　サポートデスク 季節スタッフ), or in a bracket after it (■募集要項（お客様窓口スタッフ／パート・アルバイト）). */
const REQUIREMENTS_BLOCK = gatedFirst(new RegExp(`^[ \\t]*(?:${HEADING_MARKS})?(?:(?:この|本)(?:お)?(?:仕事|求人|職種|ポジション)の|${COMPANY_BEFORE}|現在|ただいま|(?:パートナー|スタッフ|アルバイト|パート|正社員|契約社員|社員|キャスト|メンバー)[ \\t]*)?(?:募集要項|募集概要|採用情報|求人情報|募集内容|採用要項|応募要項|求人票|この仕事について|お仕事について|募集について|募集している(?:お)?仕事|募集中の(?:お)?仕事|募集(?:中の)?ポジション)(?:[ \\t]*[:：】\\])〕〉》>]|[ \\t]+[^\\n。、]{1,30}$|[ \\t]*[(（][^\\n。()（）]{1,30}[)）][ \\t]*$|[^\\n。、]{0,12}$)`, 'm'));
/** The same heading naming its job after a bar (募集要項｜アポイントセンター スタッフ): read by the decision, not by the
 *  fitted feature, whose posting threshold it would move for every page. */
const REQUIREMENTS_BLOCK_BAR = gatedFirst(new RegExp(`^[ \\t]*(?:${HEADING_MARKS})?(?:募集要項|募集概要|募集内容|採用要項|応募要項)[ \\t]*[|｜／/][ \\t]*[^\\n。、|｜]{1,40}$`, 'm'));

/** Pay in the other forms a gig or task page uses (報酬 1件500円, 日当8,000円, 1,200円/時, 1枚 3円, 1件の入力につき 45円,
 *  売上の20%, 完全歩合制): enough to gate, not a feature. */
const ANY_PAY = /(?:報酬|給|日当|単価|謝礼|手当)[^\n]{0,16}?\d[\d,.]*\s*(?:円|万)|\d[\d,.]*\s*円\s*[/／]\s*(?:時|h|日|月|件|回)|(?:1|一)?(?:件|枚|回答|回|本|個|コール|通|部|台|文字)[^\n\d円]{0,10}?\d[\d,.]*\s*円|売上の\d+\s*[%％]|完全歩合|完全出来高|出来高制|完全成果報酬/i;
/** 月額 and its kin after a fee's name (賃料　月額6.2万円, 受講料 月額9,800円, 家賃：月額1万円) are what someone pays.
 *  A shop's notice may write the amount in kanji numerals (時給千二百五十円, 月給二十二万円). */
/** Pay as pages in English state it (Salary: JPY 250,000, ¥1,300/hour, 1,300 yen per hour). */
const ENGLISH_PAY = /\b(?:salary|wage|pay|hourly|monthly|annual|commission)\b[^\n]{0,24}?(?:¥|\bjpy\b)[ \t]*\d|(?:¥|\bjpy\b)[ \t]*\d[\d,.]*[ \t]*(?:\/[ \t]*|per |an? )(?:hour|hr|h|day|month|year)\b|\d[\d,.]*[ \t]*(?:yen|jpy)[ \t]*(?:\/[ \t]*|per |an? )(?:hour|hr|h|day|month|year)\b/;
const PAY_AMOUNT = /(?:時給|月給|日給|年収|年俸|月収|給与|基本給|じきゅう|にっきゅう|げっきゅう|きゅうりょう|(?<!(?:賃料|家賃|受講料|利用料|会費|月謝|保育料|管理費|使用料|料金)[ \t:：]*)(?:時間額|日額|月額))(?:(?!より)[^\n]){0,16}?(?:\d[\d,.]*\s*(?:円|万|えん)|[一二三四五六七八九十]*[百千万][一二三四五六七八九十百千万]*円)/;

// Postings in やさしい日本語 spell these in kana (ぼしゅう, おうぼ, めんせつ, はたらく, かんげい).
// Pages in English for jobs in Japan say the same in English (hiring, apply, shifts, staff, welcome).
const RECRUIT_WORDS: RegExp[] = [
  /募集|採用|求人|求む|急募|ぼしゅう|\b(?:hiring|recruiting|we are looking for|we're looking for)\b/,
  /応募|エントリー|選考|面接|おうぼ|めんせつ|\b(?:apply|application|interview)\b/,
  /入社|入職|勤務|働き|働く|働け|はたらき|はたらく|はたらけ|\b(?:shifts?|working hours|full-time|part-time)\b/,
  /スタッフ|社員|職員|メンバー|アルバイト|パート|バイト|\b(?:staff|employees?|team members?)\b/,
  /歓迎|活躍|未経験|経験者|先輩|かんげい|せんぱい|\b(?:welcome|no experience|experience (?:is )?not (?:required|necessary|needed))\b/,
];

/** Guides and explainers speak of work in general and advise the reader; an FAQ's answers may too, so this is
 *  its own feature, weighed by the fit. */
const GENERAL_TALK = /と言われ|といわれ|傾向があ|傾向にあ|一般的に|一般的な|一般的です|場合が多い|ことが多い|と言えます|といえます|しましょう|でしょう。|が挙げられ|の種類|のことです|のことを指|を指します|を意味します|という意味/g;

/** A posting speaks to the applicant about the job on offer; an article speaks about work in general. */
const OFFER_LANGUAGE: RegExp[] = [
  /お任せします|お任せいたします|担当していただ|していただきます|していただく|お願いします|\byou will\b|\byou'll\b/,
  /募集します|募集しています|募集中|大募集|を募集|\b(?:we are hiring|we're hiring|is hiring|now hiring|are looking for)\b/,
  /ご応募|応募をお待ち|お待ちしています|お待ちしております|ご連絡ください|\b(?:apply now|apply with|apply from|send (?:us )?your (?:cv|resume))\b/,
  /歓迎します|大歓迎|いただける方|できる方|お持ちの方|\b(?:welcome|is a plus)\b/,
];

/** A sentence in the plain style (だ・である調: 〜た。〜ている。〜という。), as news and essays are written;
 *  postings address the reader politely (です・ます) or list fragments without a full stop. */
const PLAIN_END = /(?:[たるだうい]|ない|という)$/;
const POLITE_END = /(?:ます|ました|ません|です|でした|ください|下さい|ましょう|でしょう|ませ|ござい)$/;

/** A byline or a dated publication line near the top. */
const BYLINE_WORD = /(?:文|著|執筆|記者|編集部|ライター|投稿者|公開日|更新日|投稿日|掲載日)\s*[:：/|]/;
const DATE = /\d{4}[年/.]\d{1,2}[月/.]\d{1,2}日?/g;
/** A date that bounds a period (期間：即日～2025年3月31日, 2024年6月3日～, 受付年月日, 紹介期限日) dates the job or
 *  the listing, not a piece of writing. */
const PERIOD_BOUND_BEFORE = /[~〜～\-][ \t]*$/;
const PERIOD_BOUND_AFTER = /^(?:[ \t]*[(（][^)）\n]{0,4}[)）])?[ \t]*(?:[~〜～]|から|まで|より|以降)/;
const PERIOD_LABEL = /(?:期間|受付年月日|期限日?|開始日?|終了予定日|締切日?|入社日)[ \t]*[:：]?[ \t]*$/;
/** Articles in English sign and date themselves the English way (By Dana K. | March 3, 2026; 12 May 2026; | Staff writer). */
const ENGLISH_BYLINE = /(?:^[ \t]*|[|｜][ \t]*)by [a-z][a-z.' -]{1,30}(?:[|｜,][^\n]*)?$|[|｜][ \t]*(?:staff writer|staff reporter|our correspondent)[ \t]*(?:[|｜]|$)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\b/m;
function hasByline(top: string): boolean {
  if (BYLINE_WORD.test(top) || ENGLISH_BYLINE.test(top)) return true;
  for (const m of top.matchAll(DATE)) {
    const before = top.slice(top.lastIndexOf('\n', m.index) + 1, m.index);
    const after = top.slice(m.index + m[0].length);
    if (PERIOD_BOUND_BEFORE.test(before) || PERIOD_BOUND_AFTER.test(after) || PERIOD_LABEL.test(before)) continue;
    return true;
  }
  return false;
}

export const POSTING_FEATURES = [
  'fieldWords', 'fieldLabels', 'requirementsBlock', 'payAmount', 'recruitWords', 'articleMarkers', 'byline',
  'pastNarration', 'longLines', 'readerQuestions', 'offerLanguage', 'plainStyle', 'generalTalk', 'titleLine',
  'daySchedule', 'recruitCall',
] as const;

/** A recruit page walks the reader through a working day (1日の流れ, or three or more lines that open with a
 *  time: 10:00 出社 / 11:00 朝礼 …), often in place of a posting's fields. */
const DAY_SCHEDULE_HEADING = /(?:1|一)日の(?:流れ|スケジュール)|タイムスケジュール|ある(?:1|一)日/;
const SCHEDULE_LINE = /^[ \t]*\d{1,2}:\d{2}[ \t]*(?:[〜~\-][ \t]*\d{1,2}:\d{2})?[ \t]*\n?[^\n\d]{2,30}$/gm;
const hasDaySchedule = (text: string) => DAY_SCHEDULE_HEADING.test(text) || (text.match(SCHEDULE_LINE) ?? []).length >= 3;

/** The page says, politely, that it is looking for someone (〜する方を募集します, 〜人を探しています, 今回は…を
 *  募集, 助勤者を下記のとおり募集いたします, このたび…募集することになりました, any job with a head count: 警備員を2名
 *  探しています): a feature-style posting's or a shop
 *  notice's one field. News reports that a company is hiring in the plain style (募集している, 探している). */
const RECRUIT_CALL = /(?:方|人|者|仲間|メンバー|スタッフ|担当者?|社員|職員|アルバイト|パート)を[^。\n]{0,12}?(?:募集|探して|お待ち)(?:します|しています|います|いたします|しております|おります|中です|することになりました|することにしました)|を[ \t]*(?:\d{1,2}|[一二三四五])[ \t]*(?:名|人)(?:ほど|程度|くらい)?[ \t]*(?:募集|探して)(?:します|しています|います|いたします|しております|おります|中です)|(?:今回|このたび|この度)(?:は|、)?[^。\n]{0,40}募集/;

/** The page sends the reader to the posting on another page (詳しくは採用ページをご覧ください, 採用情報はこちら, 詳しくは
 *  各求人の詳細ページへ, 詳しい募集内容は採用サイトでご確認ください): a staff blog, an interview or a news item that points
 *  to the job, not the job's own page. In English: See Careers for current openings. A call for people keeps a page
 *  without a byline a posting (a shop's notice); a dated post by a named writer that calls for people and sends them
 *  elsewhere is the blog's. An apply button (エントリーはこちら, 応募はこちら) is a posting's own step and is not this. */
const POSTING_ELSEWHERE = /\bsee (?:our )?careers?\b|\b(?:visit|see|check) our careers? (?:page|site)\b|\bfor (?:our )?current openings\b|詳しくは[^。\n]{0,12}?(?:採用|求人|募集)[^。\n]{0,8}?(?:ページ|サイト|要項|詳細)|(?:採用|求人|募集)(?:情報|ページ|サイト|要項)(?:は|を)?(?:こちら|ご覧|チェック)|(?:詳しい|詳細な)(?:募集内容|募集要項|条件|応募方法)[^。\n]{0,16}?(?:採用|求人|募集)(?:情報|ページ|サイト)(?:で|を|から)(?:ご確認|ご覧|確認)/;

/** A recruit site's top page lists its openings a line each, each line a link to the job's own page (法人営業（中途）
 *  ＞ 募集要項を見る, 那覇カスタマーセンター（お支払いのご案内） 募集中): two such lines or more, where a posting names its
 *  one job. Its menu may name kinds of field (キャリア採用（正社員）, 福利厚生, エントリー, 選考の流れ), but a page that labels
 *  two of what a job is, what it pays, where and when it is worked states a job of its own (its other openings
 *  listed below it). */
const OPENING_LINK_LINE = /^[^\n。]{2,60}?[ \t]*[>＞»→▶▷]?[ \t]*(?:募集要項を見る|募集要項はこちら|詳細を見る|詳しく見る|詳細はこちら|求人を見る|この求人を見る|募集中)[ \t]*[>＞»→▶▷!！]?[ \t]*$/gm;
const LINKED_OPENINGS = 2;
const JOB_CONTENT = ['job', 'pay', 'place', 'hours'];
const OWN_JOB_CONTENT = 2;
/** The page labels two or more of what a job is, pays, and where and when it is worked: it states a job of its own. */
const labelsOwnJob = (labelKinds: Set<string>) => JOB_CONTENT.filter((k) => labelKinds.has(k)).length >= OWN_JOB_CONTENT;
/** A careers page in English links each opening with the same words on a line of their own (View details ›). */
const ENGLISH_OPENING_LINK = /^[ \t]*(?:view details|view job|see details|see job|learn more|more details)[ \t]*[›>＞»→]?[ \t]*$/gm;
function listsLinkedOpenings(text: string): boolean {
  if ((text.match(ENGLISH_OPENING_LINK) ?? []).length >= LINKED_OPENINGS) return true;
  const lines = new Set<string>();
  OPENING_LINK_LINE.lastIndex = 0;
  for (let m = OPENING_LINK_LINE.exec(text); m && lines.size < LINKED_OPENINGS; m = OPENING_LINK_LINE.exec(text)) lines.add(m[0].trim());
  return lines.size >= LINKED_OPENINGS;
}

/** A recruit site's page about working there rather than about a job names itself so, in its title or as the last
 *  crumb of its breadcrumb (働く環境・福利厚生｜株式会社…, 採用情報 ＞ 福利厚生・制度, ＞ 研修制度, 先輩社員の一日｜…: one
 *  employee's day, where a posting tells the job's as 1日の流れ): its benefits and
 *  training are every job's, and it sends the reader to the openings. A posting's title names its job. Read where the
 *  page states no pay and labels no job of its own, whatever kinds of field its benefits name (休暇, 福利厚生, 研修). */
const RECRUIT_SECTION = '(?:働く環境|職場環境|福利厚生|制度紹介|福利厚生・制度|人事制度|研修制度|教育制度|育成制度|キャリアパス|数字で見る[^\n｜|＞>]{0,16}|社員紹介|社員インタビュー|先輩(?:社員)?の声|(?:先輩)?(?:社員|スタッフ|職員)?の(?:一|1)日|会社を知る)';
// The title is the first line; a lone 福利厚生 further down is a posting's own field heading.
const SECTION_TITLE = new RegExp(`^[ \t]*${RECRUIT_SECTION}(?:[・/／]${RECRUIT_SECTION})*[ \t]*(?:[｜|]|$)`);
const SECTION_CRUMB = new RegExp(`^[^\n]*[＞>›»][ \t]*${RECRUIT_SECTION}(?:[・/／]${RECRUIT_SECTION})*[ \t]*$`, 'm');
const SECTION_SPAN = 300;
const namesRecruitSection = (titles: readonly string[], text: string) => titles.some((l) => SECTION_TITLE.test(l)) || SECTION_CRUMB.test(text.slice(0, SECTION_SPAN));

/** A page of results or of a recruit site's openings: it says it is a list (1,862件, 1〜10件を表示, 求人一覧, 現在募集中の職種,
 *  次へ) … */
const LIST_MARKER = /\d[\d,]*件(?:中|を表示|の(?:求人|お仕事))|件を表示|検索結果|求人一覧|募集一覧|募集中の(?:職種|求人)|募集職種一覧|の(?:求人|仕事|お仕事)一覧|もっと見る|次のページ|次へ[ \t]*$/m;
/** … and states several jobs' pay, each on a short line of its own (時給1,300円〜　パート, 月給25万円〜　正社員), indented or
 *  not, after the job's name with its note in brackets and its terms (2. 受注スタッフ（電話・FAXの注文受付）　パート　時給…);
 *  a card may set its unit on a line and the figure on the next (時給 ⏎ 1,350円〜). */
const PAY_LINE = /^[ \t]*[^\n。]{0,40}?(?:時給|日給|月給|年収|日当|月収|1件)[ \t:]*(?:\n[ \t]*)?(\d[\d,.]*)[ \t]*(?:万)?[^\n。]{0,40}$/gm;
/** Pay lines with different figures a list shows (its cards'); fewer, and the page may be one job with its pay for
 *  the training period and after it. */
const LISTED_PAYS = 3;
function distinctPayLines(text: string): number {
  const figures = new Set<string>();
  PAY_LINE.lastIndex = 0;
  for (let m = PAY_LINE.exec(text); m && figures.size < LISTED_PAYS; m = PAY_LINE.exec(text)) figures.add(m[1]!);
  return figures.size;
}

/** A posting's first line names the job on offer (コールセンタースタッフ【未経験OK】／時給1,400円), or names the page
 *  as a recruit site's page of one job or department (職種紹介, 部署紹介, 仕事紹介); an article's names a topic (〜とは？, 〜するには, 知っておきたい〜, 〜3つのこと,
 *  〜のコツ, 〜の理由, 〜5選, 求人の見方; a memoir's はじめてのアルバイトの思い出, where a resort posting's 夏の思い出に！ goes on) or walks the reader
 *  through a process (ご登録の流れ, 掲載までの流れ: an agency's or a board's guide); a board's name, which heads its every page, names the site (〜の求人サイト);
 *  a count of results (の求人 312件中 1〜20件を表示) heads a page of search results. */
const JOB_TITLE_WORDS = /職種紹介|部署紹介|仕事紹介|仕事を知る|職種を知る|スタッフ|募集|職員|社員|アルバイト|パート|バイト|求人|急募|オペレーター|アドバイザー|コンサルタント|事務|営業(?!時間|日|中|再開|停止|開始|終了|カレンダー)|販売|ドライバー|係|担当|リーダー|候補|協力隊|時給|月給|日給|\b(?:representative|agent|staff|specialist|associate|assistant|operator|manager|supervisor|coordinator|receptionist|clerk|driver|engineer|officer|advisor|consultant|administrator|executive|setter|telemarketer|cashier)s?\b/;
const HEADLINE_WORDS = /(?:求人|転職|バイト|アルバイト)(?:情報)?サイト|\d[\d,]*件中|件を表示|とは|の流れ|に(?:ご)?注意|(?:見|読み|選び|探し|書き|使い)方|セミナー|参加者募集|講座|[?？]|方法|理由|コツ|\d+選|まとめ|違い|解説|ガイド|入門|比較|体験|ブログ|ニュース|について|の話|発表|開設|開始|インタビュー|の声|座談会|事例|レポート|コラム|特集|ランキング|動向|調査結果|時給調査|賃金調査|給与調査|実態調査|前年比|[かカヶヵケ]月連続|(?:わ|分)かったこと|学んだこと|気づいたこと|知っておきたい|知っておくべき|注意点|(?:する|なる|働く)には|[\d一二三四五六七八九十]つのこと|べきこと|思い出(?:話)?[ \t]*$/;

/** A company's name (株式会社トライスタッフ, 東和システム株式会社) names no job, whatever words it is made of: a page
 *  whose first line is only the company's name (its profile, its news) has no job title. */
const COMPANY_NAME = /(?:株式会社|有限会社|合同会社|社会福祉法人|医療法人(?:社団|財団)?|一般社団法人|公益財団法人)[ \t]*[^\s｜|／/（(【]+|[^\s｜|／/（(【]+[ \t]*(?:株式会社|有限会社|合同会社)/g;

/** Site chrome above the title is looked past for at most this many lines. */
const MAX_CHROME_ABOVE = 6;

/** The page's first line with words, and its title below the site's chrome (a breadcrumb, the menu, the account
 *  links) where a page copied whole starts with that: a board's breadcrumb may name the job's kind, and an article's
 *  headline stands below it. A company's name there stays the first line and the title: it names no job. */
function titleLines(text: string): string[] {
  const lines: string[] = [];
  let at = 0;
  for (let n = 0; n <= MAX_CHROME_ABOVE; n++) {
    const m = /^[ \t]*(\S[^\n]*)/m.exec(text.slice(at));
    if (!m) break;
    const line = m[1]!.trim();
    lines.push(line);
    if (!isSiteChromeLine(line)) break;
    at += m.index + m[0].length;
  }
  // The first line as chrome speaks without the site's menu words (求人を探す heads every page of a board).
  return lines.length > 1 ? [withoutNavWords(lines[0]!), lines[lines.length - 1]!] : lines;
}

export function titleLooksLikeJob(text: string): boolean {
  return linesLookLikeJob(titleLines(text));
}

function linesLookLikeJob(lines: readonly string[]): boolean {
  return lines.some((l) => l.length <= 80 && JOB_TITLE_WORDS.test(l.replace(COMPANY_NAME, ' '))) && !lines.some((l) => HEADLINE_WORDS.test(l));
}

/** A posting states its fields early; the rest of a very long text adds nothing but time. */
const DETECTION_SPAN = 30_000;
/** An article says what it is in its opening (a byline, 「〜とは」, a news lead, 「僕は」); a long posting's FAQ and
 *  staff interviews come further down and do not make it one. */
const LEAD_SPAN = 1500;
/** Lines this long are paragraphs of prose, which postings seldom have. */
const PROSE_LINE = 100;

const withoutMenus = (text: string) => text.split('\n').filter((l) => !isMenuLine(l)).join('\n');

/** A free paper's one-character labels in brackets (［職］［給］［時］［休］［待］［地］［応］): the fields of a print ad, read
 *  by the decision as a block of fields (not by the fitted fieldLabels feature). */
const ABBREVIATED_LABEL = /^[ \t]*[\[［【〔]([職給資時休待地勤応交])[\]］】〕]/gm;
const ABBREVIATED_KIND: Record<string, string> = { 職: 'job', 給: 'pay', 資: 'requirements', 時: 'hours', 休: 'holidays', 待: 'benefits', 交: 'benefits', 地: 'place', 勤: 'place', 応: 'apply' };

/** Lines standing as field labels, with where they stand and the field kinds they name. */
function labelLines(text: string): { index: number; kinds: string[] }[] {
  const out: { index: number; kinds: string[] }[] = [];
  for (const m of matchesOf(LABEL_LINE, text)) {
    if (m[0].length === 0) continue;
    out.push({ index: m.index, kinds: FIELD_KINDS.filter((k) => FIELDS[k]!.test(m![0])) });
  }
  return out;
}

const kindsOf = (lines: { kinds: string[] }[]) => new Set(lines.flatMap((l) => l.kinds));
const abbreviatedKinds = (text: string) => new Set([...text.matchAll(ABBREVIATED_LABEL)].map((m) => ABBREVIATED_KIND[m[1]!]!));

/** A page for people already hired or at work (派遣スタッフの皆さまへ, 現在お仕事をされている方向け, 内定者の皆さまへ): an
 *  agency's notes on pay days, a company's notice to its staff (【スタッフの皆さまへ】シフト提出のお願い). It answers
 *  them, not applicants; a posting speaks to the applicant. Read in the whole text, where the page lays out no job's fields of its own. */
const FOR_PEOPLE_HIRED = /(?:派遣|登録|就業中の|勤務中の|在籍|稼働中の)?スタッフの(?:皆|みな)(?:さま|様)へ|(?:お仕事|就業|勤務)中の(?:皆|みな)(?:さま|様)へ|(?:現在)?お仕事(?:を)?されている[^。\n]{0,12}(?:方|皆さま|皆様)(?:向け|へ)|(?:内定者|従業員|社員)の(?:皆|みな)(?:さま|様)へ/;

/** The page says no one applies on it (このページからの応募はできません, こちらではご応募いただけません): beside words to
 *  people already hired, its rules for shifts and pay are theirs even where they stand under field-like headings. */
const NO_APPLYING_HERE = /(?:ここ|こちら|このページ|本ページ|当ページ)(?:から|で|では|からの)?(?:は)?(?:ご)?応募(?:は|を)?(?:できません|いただけません|受け付けて(?:おりません|いません)|お受けして(?:おりません|いません))/;

/** Where the page sends readers for the openings themselves (各求人ページでご確認ください, 求人サイトに掲載しているお仕事):
 *  with no applying on the page (このページからの応募は受け付けておりません), a recruit site's FAQ or guide, not a posting. */
const OTHER_JOB_PAGES = /(?:各|それぞれの|個別の)(?:求人|募集|お仕事)(?:ページ|情報|詳細)|求人サイト(?:に|で|から|を)/;

/** The page says it offers no job itself (市が直接雇用するものではありません, 当コーナーでは求人の募集は行っておりません,
 *  このページでは個別の募集は行っていません): a public office's or a support service's page about finding work, whatever
 *  jobs and pay it speaks of. So does an agency's page of sample jobs (掲載しているのはお仕事の一例です。現在募集中の求人ではありません). */
const OFFERS_NO_JOB = /(?:市|町|村|区|県|都|当(?:会|館|協会|センター|コーナー|サイト|ページ|窓口)|本(?:事業|講座|ページ|サイト|コーナー)|この(?:ページ|講座|コーナー|サイト))(?:が|で|は|では|において)[、,]?(?:直接)?(?:個別の|個々の|特定の|具体的な)?(?:雇用|採用|求人(?:の)?(?:募集)?|募集)(?:を)?(?:する|行う|行なう)?(?:もの|こと)?(?:では|は)?(?:ありません|ございません|行っておりません|行っていません|しておりません|していません)|(?:現在)?募集(?:中|している)の(?:求人|お仕事|案件)では(?:ありません|ございません|ない)|(?:掲載|紹介)して(?:いる|おります)(?:の)?は[^。\n]{0,8}?(?:お仕事|求人|案件)?の?(?:一例|例)です/;

/** A board's page around postings names itself so in its title: a company's reviews (〜の口コミ・評判), the note that an
 *  application went through (応募が完了しました), a job fair's list of exhibitors (出展企業一覧), a recruit site's page of
 *  the people it has hired (内定者の声). What jobs and pay it shows
 *  are other pages'. Read only where the page labels no job of its own: a board's menu may name 口コミ above a posting
 *  that labels its job, pay and place. */
const AROUND_POSTINGS_TITLE = /口コミ|クチコミ|応募(?:が|を)?完了|ご応募ありがとうございま|出展企業|出展社一覧|参加企業一覧|内定者(?:の声|インタビュー|座談会|紹介)/;

/** A briefing's own page books seats (お仕事説明会 with 参加無料, 予約制, 定員, 開催日), and so does an agency's
 *  registration event (登録会 with 開催日時): an event that points to the job, or to jobs to come.
 *  A posting's selection step (書類選考 → 会社説明会 → 面接) names a briefing without these. */
const BRIEFING = /(?:説明会|登録会)[^]{0,300}?(?:参加無料|参加費無料|予約制|定員|開催日|開催概要)|(?:参加無料|参加費無料|予約制|開催日)[^]{0,300}?(?:説明会|登録会)/;

/** A 募集要項 heading followed by at least this many labelled fields is the block of a posting. */
export const REQUIREMENTS_BLOCK_FIELDS = 3;

/** A call for people on a line of its own (木村さんと一緒に働く仲間を募集しています, スタッフ大募集！) heads the
 *  fields under it as a 募集要項 heading does: after a staff interview or a story, that is the posting. */
const CALL_LINE = gated(new RegExp(`^[ \\t]*(?:${HEADING_MARKS})?[^\\n。]{0,30}?(?:${RECRUIT_CALL.source})[^\\n。]{0,6}$`, 'gm'));
const CALL_MAX = 48;
function callAboveFields(text: string, blockAfter: (at: number) => boolean): boolean {
  for (const m of matchesOf(CALL_LINE, text, 20)) {
    if (m[0].trim().length <= CALL_MAX && blockAfter(m.index)) return true;
  }
  return false;
}

/** Fields the page calls a sample: a bracketed 記入例, 記載例 or 見本 (【募集要項（記入例）】, 〔見本〕求人票), 架空の例, or a
 *  note that the company is not a real one's (実在する会社の求人ではありません). */
const SAMPLE_FIELDS = /[(（〔【\[][^)）〕】\]\n]{0,10}?(?:記入例|記載例|見本)[)）〕】\]]|架空の例|実在(?:する|の)(?:会社|企業|事業所|お店|店舗)の求人では(?:ありません|ない)/;

/** A recruiting FAQ for one job asks and answers a posting's fields in the applicant's words (Q. 時給はいくらですか？,
 *  Q. 交通費は出ますか？, Q. 勤務時間は？): its pay and at least two more of them stand for a 募集要項. A general FAQ
 *  of a recruit site asks about applying and interviews only, and sends the reader to each job's page. */
const FAQ_QUESTION = /^[ \t]*(?:q|ｑ)[ \t]*\d*[ \t]*[.．:：)）]?[ \t]*([^\n]{0,40})/gim;
const FAQ_FIELDS: Record<string, RegExp> = {
  pay: /時給|給与|給料|お給料|月給|日給|報酬/,
  benefits: /交通費|社会保険|待遇/,
  hours: /勤務時間|シフト|勤務日|何時|休み|休日|週何日|時間帯/,
  place: /勤務地|どこで|職場の場所/,
  apply: /応募|面接|選考/,
  job: /どんな(?:お)?仕事|仕事内容|業務内容/,
  training: /研修/,
};
const FAQ_FIELD_KINDS = 3;
function faqAsksFields(text: string): boolean {
  const asked = new Set<string>();
  for (const m of text.matchAll(FAQ_QUESTION)) for (const [kind, r] of Object.entries(FAQ_FIELDS)) if (r.test(m[1]!)) asked.add(kind);
  return asked.has('pay') && asked.size >= FAQ_FIELD_KINDS;
}

export interface PostingShape {
  /** POSTING_FEATURES, in order: what the fitted model reads. */
  features: number[];
  /** Whatever precedes it (a feature story, an interview, a municipal ad's narrative), a 募集要項 heading with
   *  the fields of a posting under it makes the page a posting. */
  requirementsBlock: boolean;
  /** The page sends the reader to the posting elsewhere (詳しくは採用ページをご覧ください, 募集要項はこちら) and lays out
   *  none of its own: no 募集要項 block, fewer kinds of field as labels than such a block has, no call for people on
   *  the page. It points to a job (a staff blog, an interview, a news item, a list of results, a recruit site's top).
   *  A page that says it is a list and states several jobs' pay, one to a line (a page of search results, a recruit
   *  site's list of openings), and lays out no fields of its own, points to their postings too; so does a briefing's
   *  page that books seats (説明会 with 参加無料, 予約制, 定員). So does a recruit site's top that lists its openings a
   *  line each as links (〜 ＞ 募集要項を見る, 〜 募集中), and its page about working there (働く環境・福利厚生｜…) that
   *  states no pay, where either labels no job of its own, whatever its menu or its benefits name. */
  pointsElsewhere: boolean;
  /** The page speaks to people already hired or at work (FOR_PEOPLE_HIRED) and lays out no job's fields of its own,
   *  or says no one applies on it (NO_APPLYING_HERE). */
  forPeopleHired: boolean;
}

/** The least a posting shows, as the fitted model reads it: how many kinds of field it names, how many kinds of
 *  recruiting word, whether it calls for someone. Cheap beside the whole shape, and read first: a page with none of
 *  it is no posting whatever its shape (detect-posting.ts). */
export interface PostingEvidence {
  /** Share of FIELD_KINDS named (the feature fieldWords). */
  fieldWords: number;
  /** Share of RECRUIT_WORDS' kinds used (the feature recruitWords). */
  recruitWords: number;
  recruitCall: boolean;
  /** Pay is stated, in a posting's form (時給1,300円, 月給25万円) or a gig's (1枚 3円, 売上の20%, 完全歩合): for the gate only. */
  statesPay: boolean;
  /** The title names a job or a recruit page of one (コールセンタースタッフ募集, リクルート｜仕事紹介): read by the gate, and the
   *  shape's titleLine feature. */
  jobTitle: boolean;
}

const detectionSpan = (fullText: string) => (fullText.length > DETECTION_SPAN ? fullText.slice(0, DETECTION_SPAN) : fullText);

export function postingEvidence(fullText: string): PostingEvidence {
  const text = detectionSpan(fullText);
  return {
    fieldWords: FIELD_KINDS.filter((k) => FIELDS[k]!.test(text)).length / FIELD_KINDS.length,
    recruitWords: RECRUIT_WORDS.filter((r) => r.test(text)).length / RECRUIT_WORDS.length,
    recruitCall: RECRUIT_CALL.test(text),
    statesPay: PAY_AMOUNT.test(text) || ANY_PAY.test(text) || ENGLISH_PAY.test(text),
    jobTitle: titleLooksLikeJob(text),
  };
}

/** `evidence`: postingEvidence of the same text, when the caller has read it already. */
export function postingShape(fullText: string, evidence: PostingEvidence = postingEvidence(fullText)): PostingShape {
  const text = detectionSpan(fullText);
  const labels = labelLines(text);
  const labelKinds = kindsOf(labels);
  // The title, read once: it names a job (a feature), a recruit site's section, or a board's page around postings.
  const titles = titleLines(text);
  const statesPay = PAY_AMOUNT.test(text) || ENGLISH_PAY.test(text);
  const heading = REQUIREMENTS_BLOCK(text);
  // The opening, up to the first field label: what follows a posting's fields (先輩インタビュー, Q&A in a
  // staff member's voice) belongs to the posting.
  const lead = text.slice(0, labels.length ? Math.min(LEAD_SPAN, labels[0]!.index) : LEAD_SPAN);
  const sentences = text.split(/[。！!？?\n]/).filter((s) => s.trim().length > 4);
  const past = sentences.filter((s) => /(?:ました|でした|だった|かった)$/.test(s.trim())).length;
  const lines = text.split('\n');
  const prose = lines.filter((l) => l.length >= PROSE_LINE).reduce((a, l) => a + l.length, 0);
  const stated = text.split('。').slice(0, -1).map((x) => x.trim().replace(/[」』)）]+$/, '')).filter((x) => x.length > 4);
  const plain = stated.filter((x) => PLAIN_END.test(x) && !POLITE_END.test(x)).length;
  const { recruitCall } = evidence;
  const byline = hasByline(text.slice(0, 400));
  const markers = articleMarkerCount(lead, withoutMenus(lead), text);
  const features = [
    evidence.fieldWords,
    labelKinds.size / FIELD_KINDS.length,
    // A 募集要項 heading counts when a field stands under it: a 採用情報 page's name alone is no block.
    heading && labels.some((l) => l.index > heading.index) ? 1 : 0,
    statesPay ? 1 : 0,
    evidence.recruitWords,
    markers / 2,
    byline ? 1 : 0,
    sentences.length ? past / sentences.length : 0,
    text.length ? prose / text.length : 0,
    Math.min(3, (lead.match(/でしょうか|ますか[?？]|ませんか[?？]/g) ?? []).length) / 3,
    OFFER_LANGUAGE.filter((r) => r.test(text)).length / OFFER_LANGUAGE.length,
    plain / Math.max(3, stated.length),
    Math.min(3, (lead.match(GENERAL_TALK) ?? []).length) / 3,
    evidence.jobTitle ? 1 : 0,
    hasDaySchedule(text) ? 1 : 0,
    recruitCall ? 1 : 0,
  ];
  const blockAfter = (at: number) => kindsOf(labels.filter((l) => l.index >= at)).size >= REQUIREMENTS_BLOCK_FIELDS;
  // An FAQ of fields stands for a block where little marks the page as an article: no byline, at most one marker
  // in its lead (a job that answers 資料請求 speaks a vendor word).
  const faqBlock = markers <= 1 && !byline && faqAsksFields(text);
  const bar = REQUIREMENTS_BLOCK_BAR(text);
  // Fields the page calls a sample (【募集要項（記入例）】, 〔見本〕高卒求人票, 架空の例, 実在する会社の求人ではありません) show
  // what a posting looks like: a guide's or a school's example, offering no job.
  const sample = SAMPLE_FIELDS.test(text);
  const requirementsBlock = !sample && ((!!heading && blockAfter(heading.index)) || (!!bar && blockAfter(bar.index)) || callAboveFields(text, blockAfter) || faqBlock || abbreviatedKinds(text).size >= REQUIREMENTS_BLOCK_FIELDS);
  const ownFields = requirementsBlock || labelKinds.size >= REQUIREMENTS_BLOCK_FIELDS;
  const pointsElsewhere =
    (!ownFields && (((!recruitCall || byline) && POSTING_ELSEWHERE.test(text)) || (LIST_MARKER.test(text) && distinctPayLines(text) >= LISTED_PAYS) || BRIEFING.test(lead))) ||
    (!labelsOwnJob(labelKinds) && ((NO_APPLYING_HERE.test(text) && OTHER_JOB_PAGES.test(text)) || listsLinkedOpenings(text) || (namesRecruitSection(titles, text) && !statesPay) || titles.some((l) => AROUND_POSTINGS_TITLE.test(l)))) ||
    (!requirementsBlock && OFFERS_NO_JOB.test(text)) ||
    (sample && !recruitCall);
  const forPeopleHired = FOR_PEOPLE_HIRED.test(text) && (!ownFields || NO_APPLYING_HERE.test(text));
  return { features, requirementsBlock, pointsElsewhere, forPeopleHired };
}

export const postingFeatures = (text: string): number[] => postingShape(text).features;
export const hasRequirementsBlock = (text: string): boolean => postingShape(text).requirementsBlock;

/** A stated fixed wage (as opposed to pay by results only). */
export const BASE_PAY = /固定給|基本給|最低保証|(?:時給|月給|日給)[^\n]{0,12}?\d/;
