// Is this text a job posting? Decided from the shape of the text, not from job words: a posting has the fields
// of a posting (給与, 勤務地, 勤務時間, 応募資格, 雇用形態, an apply step), usually as labels; an article
// narrates, explains, carries a byline and dates. A feature-style article that ends in a 募集要項 is a posting.
// The weights of these features are fitted on labelled data (scripts/fit.ts → fitted-model.json).
import { alternation, postingField, type FieldId } from '../../text/posting-fields';

/** Words a posting uses for its fields besides their headings (lib/text/posting-fields.ts): employment types,
 *  pay units, the words of municipal ads (活動内容, 任期, 報償費), of career boards' job pages (募集背景,
 *  ポジション概要, 求める人物像, Wantedly's こんなことやります), the English headings of startups' bilingual job
 *  pages (Position, Location, Salary) and of an apply step. */
const FIELD_WORDS: Partial<Record<FieldId, string[]>> = {
  // Recruit pages also label their fields in plain words (この仕事について, お給料, 働く場所, 働く時間, お休み).
  job: ['この仕事について', 'お仕事について', 'お仕事内容', 'お仕事の内容', '活動内容', '業務の内容', '具体的な業務', 'ポジション概要', 'ポジションの概要', '募集背景', 'この仕事の魅力', '配属先', 'こんなことやります', 'position', 'responsibilities', 'job description'],
  requirements: ['歓迎する方', '必須条件', '必要な資格', '求める人物像', '歓迎要件', '必須要件', 'requirements', 'qualifications'],
  pay: ['お給料', '報償費', '月額', '日給', '年俸', 'salary', 'compensation'],
  place: ['働く場所', '就業場所', '勤務場所', 'location'],
  hours: ['働く時間', '就業時間', '実働', '勤務日', '勤務条件', '活動時間', 'working hours'],
  holidays: ['休暇', 'お休み'],
  benefits: ['社会保険', '各種保険', '交通費', 'benefits'],
  employment: ['正社員', '契約社員', 'アルバイト', 'パート', '派遣社員', '業務委託', '会計年度任用職員', '嘱託', '任期', '任用期間', '雇用期間', '募集人数', '採用人数', '募集人員', 'employment type'],
  apply: ['申込方法', '申し込み方法', '選考', '面接', 'エントリー', '応募受付', '応募先', '問い合わせ先', 'お問合せ先', '応募締切', '提出書類', '応募書類', 'how to apply'],
};
const FIELD_KINDS: FieldId[] = ['job', 'requirements', 'pay', 'place', 'hours', 'holidays', 'benefits', 'employment', 'apply'];

/** Posting fields, by kind (the one table's headings plus the words above): the same kind twice counts once. */
const FIELDS: Record<string, RegExp> = Object.fromEntries(
  FIELD_KINDS.map((id) => [id, new RegExp(alternation([...postingField(id).headings, ...(FIELD_WORDS[id] ?? [])]), 'i')]),
);

/** What may stand before a heading: bullets, brackets, and the rules and dashes of decorated headings (―― 募集要項 ――,
 *  ━━ 給与 ━━, ＝＝ 勤務地 ＝＝, 〈応募資格〉). */
const HEADING_MARKS = '[■□◆◇●○★☆▼▽▶►◎・*#【\\[(〔〈《<\\-―—─━=]+[ \\t]*';

/** The same words standing as a label: at the start of a line, before a colon, bracket, tab or line end, or
 *  followed by a space and the value (報酬　時間額1,120円: forms and notices set the value off with a full-width
 *  space, which normalization turns into a plain one). A line of several items between bars (給与 3.4｜福利厚生
 *  2.9｜…, a review site's scores) is a list, not a field. */
const LABEL_LINE = new RegExp(
  `^[ \\t]*(?:${HEADING_MARKS})?(?:${Object.values(FIELDS).map((r) => r.source).join('|')})(?:[^\\n]{0,6}?(?:[:：】\\])〕〉》>\\t]|[ \\t]*$)|(?:\\([^)\\n]{0,10}\\))?[ \\t]+(?=[^\\s|｜][^\\n|｜]*$))`,
  'gm',
);

/** A block of requirements: 募集要項 and its kin, as a heading (a news item's 求人情報会社 is not one); a recruit
 *  page that tells its story first may head the job's fields in plain words (この仕事について, 募集について). */
const REQUIREMENTS_BLOCK = new RegExp(`^[ \\t]*(?:${HEADING_MARKS})?(?:募集要項|募集概要|採用情報|求人情報|募集内容|採用要項|応募要項|求人票|この仕事について|お仕事について|募集について)(?:[ \\t]*[:：】\\])〕〉》>]|[^\\n。、]{0,12}$)`, 'm');

const PAY_AMOUNT = /(?:時給|月給|日給|年収|年俸|月収|給与|基本給|時間額|日額|月額)[^\n]{0,16}?\d[\d,.]*\s*(?:円|万)/;

const RECRUIT_WORDS: RegExp[] = [/募集|採用|求人|求む/, /応募|エントリー|選考|面接/, /入社|入職|勤務|働き|働く|働け/, /スタッフ|社員|職員|メンバー|アルバイト|パート|バイト/, /歓迎|活躍|未経験|経験者|先輩/];

/** What articles have and postings do not: explainers, first-person narration, news and vendor pages. */
const ARTICLE_MARKERS: RegExp[] = [
  // A glossary defines words.
  /用語集|用語解説/,
  /この記事|本記事|記事では|当記事|関連記事|筆者|いかがでしたか|目次|まとめ[\n:：]|の記事|監修|執筆者|参考文献|出典[:：]/,
  // Review sites: what employees say about a company is not an offer of a job.
  /口コミ|評判|クチコミ|レビュー/,
  // Explainers explain (順番に解説します, 〜の仕組みを解説) and speak of going rates (時給の相場).
  /とは[?？、,]|とは\n|とは何か|の違いとは|の違いを|について解説|解説します|解説していきます|を解説$|を紹介します|をご紹介します|について紹介|相場/m,
  /のコツ|(?<!ア)ポイントを|メリット・デメリット|向いている人|向いていない人|体験談|経験談|やめたい|辞めた/,
  // Advice columns print a reader's letter and an expert's answer (【ご相談】, 相談者：, 【社会保険労務士の回答】);
  // a posting answers its own FAQ with Q. and A.
  /【(?:ご)?相談(?:内容)?】|相談者[:：]|相談内容[:：]|回答者[:：]|の回答】|お悩み相談|労働相談|人生相談/,
  // Guides and advice pages speak of postings as documents the reader looks at (求人票に書かれている給与, 求人を
  // 見るとき, アルバイトを探すとき); a posting is the document and offers its own job.
  /求人(?:票|広告|情報|ページ)?(?:に|で|を|の)[^。\n]{0,20}?(?:書かれて|書いてあ|記載されて|見るとき|見る時|見る際|読むとき|読む際|見方|読み方)|(?:求人|仕事|バイト|アルバイト|転職先|職場)を(?:探す|選ぶ)(?:とき|時|際)|転職活動では|就職活動では/,
  // A vendor's page is titled by its service (コンタクトセンター運営代行サービス); a posting's company profile says
  // in a sentence that it runs one (…代行サービスを行なっており、).
  /^[^\n。、]{0,30}代行サービス[^\n。、]{0,20}$/m,
  // A vendor's page offers its clients quotes (お見積もり無料, お見積りいたします); a posting's お見積もりの訪問 or
  // お見積もりの作成 is the work.
  // Its price list is the client's: a heading of its own (料金の目安, 料金表), fees as fields (初期費用：, 月額費用：)
  // and seats priced (1席あたり). A call-center posting explains the caller's 料金プラン in a sentence.
  /^[ \t]*[■□◆◇●○【]?[ \t]*(?:料金|料金の目安|料金表|料金プラン|ご利用料金|費用の目安|導入費用)[ \t]*】?[ \t]*$|(?:初期費用|月額費用|月額料金)[ \t]*[:：]|1(?:席|ブース)あたり/m,
  /資料請求|導入事例|導入実績|お見積(?!(?:もり|り)?(?:の訪問|の作成|の提出|を作成|を提出|書))|サービス概要|無料相談|お問い合わせはこちら|貴社|ご検討の企業様|お取引をご検討|事業紹介|を受託しています/,
  // Surveys of pay report figures against a past period and how they were found (前年同月より, 集計したところ);
  // a sales posting's 前年比140% is its own results.
  /前年同月|集計したところ|集計によると|調べたところ/,
  /ニュース|報道|発表した|調査によると|によると、|によりますと|明らかにした|と話す|と語る|記者|取材|プレスリリース|をお知らせいたします|受賞/,
  // Interviews: someone was asked (〜さんに話を聞いた), and the interviewer's questions stand on their own lines
  // after a dash (― or a rule ─ before a question). A posting's お客様のお話を伺い is the work.
  /インタビュー|(?:さん|氏|人|者|長|員)に(?:お)?話を(?:聞い|聞き|伺)|^[―—]+[^―—\n]{2,}$|^─+[^─\n]{2,}[?？][ \t]*$/m,
  /僕は|僕が|私は|私が|わたしは|ぼくは|自分は/,
  // Calls for franchisees, agencies, partner firms, volunteers, visitors and a seminar's participants (参加者募集,
  // 参加費) recruit but offer no job; event notices (説明会, 会社見学会, 合同面接会 of many employers; a posting's
  // 会社見学もできます is an offer to the applicant), activity reports and hiring records speak about recruiting;
  // a page that sends the reader to each job's own page is not one.
  /加盟店募集|加盟店を募集|フランチャイズ|オーナー募集|代理店募集|協力会社募集|パートナー企業募集|ボランティア募集|無償ボランティア|インターンシップ|説明会のご案内|説明会を開催|説明会のお知らせ|参加者募集|参加費|受講料|セミナーのご案内|セミナーを開催|会社見学会|活動報告|採用実績|各募集ページ|各職種の募集|各職種の(?:ページ|詳細)|職種ごとのページ|合同面接会|就職面接会|合同説明会|合同企業説明会|就職フェア|転職フェア|面接会を開催|面接会のお知らせ/,
  // A page that lists jobs or links to them sends the reader elsewhere: a board's search results (1,048件中,
  // 並び替え), three or more ▶ links in a row (a 採用情報 top's list of positions, a blog's related articles).
  // Two or more lines in a row that end in a link (〜 > 募集要項を見る, 詳しくはこちら) do the same.
  /\d[\d,]*件中|件を表示|並び替え|(?:^[ \t]*[▶►›][^\n。]{2,24}\n){3}|(?:^[^\n。]{2,60}(?:を見る|はこちら|詳しく見る|でエントリー)[ \t]*\n){2}/m,
  // A 採用情報 top lists its hiring tracks as headings (新卒採用, キャリア採用, 障がい者採用) and leaves the jobs to
  // their own pages; a posting is one track's one job.
  /^[ \t]*(?:新卒|中途|キャリア|障がい者|障害者|第二新卒)採用[ \t]*\n[\s\S]*^[ \t]*(?:新卒|中途|キャリア|障がい者|障害者|第二新卒)採用[ \t]*$/m,
  // A guide to reading postings shows a field as an example (例：給与｜時給1,200円〜); a posting's 例 gives earnings.
  /^[ \t]*(?:例|記載例|表記例|記入例)[ \t]*[:)][ \t]*(?:給与|勤務時間|勤務地|雇用形態|交通費|応募資格|休日|仕事内容|職種)/m,
  // A ranking lists places (1位 … 2位 …); a white paper or survey reports what its respondents answered (回答企業の
  // 82%が, 〜と答えた, n=214, 図表3-4); a posting states its own job once, and its figures are its own.
  /^[ \t]*第?[1-9１-９]位[\s\S]*^[ \t]*第?(?:[2-9２-９]|1\d)位/m,
  /白書|回答(?:企業|者|事業所)の[^。\n]{0,8}\d|\d+(?:\.\d+)?%が[^。\n]{0,30}(?:と答え|と回答)|\(n=\d+\)|図表\s*\d/,
  // A staff-profile page (社員紹介, 休日の過ごし方) introduces people; a how-to prepares the reader for interviews
  // (面接でよく聞かれる質問; a posting's よく聞かれる質問 is what the callers ask); a staffing agency's page speaks to those already registered (登録者のみなさま),
  // where a posting speaks to applicants; a web column says its facts date from its writing (記事の内容は掲載時点の…).
  /社員紹介|スタッフ紹介|休日の過ごし方|面接で(?:よく)?聞かれる|登録者の(?:皆|みな)(?:さま|様)|登録スタッフの(?:皆|みな)(?:さま|様)|記事の内容|執筆時点/,
  // Pages for employers on how to write a posting (求人原稿の書き方). Words addressed to employers (掲載をご検討の企業様)
  // are no sign: job boards print them in their header above every posting.
  /求人原稿|求人(?:広告)?の(?:書き方|作り方)/,
  // Advice to employers on drawing applicants (応募が集まる, 応募数を増やす); a posting asks for applications.
  /応募が集まる|応募を集める|応募者を集める|応募数を(?:増や|伸ば)/,
  // A price list quotes its prices with the tax (30,000円（税別）) line after line; a posting may price a product once.
  /\d円[ \t]*\((?:税別|税抜|税込|税抜き)\)[^\n]*\n(?:[^\n]*\n)?[^\n]*\d円[ \t]*\((?:税別|税抜|税込|税抜き)\)/,
  // A public notice of a new minimum wage (最低賃金が改正されます) concerns every worker, not one job on offer.
  /最低賃金[^。\n]{0,12}(?:改正|改定)され/,
  // A student's report of an internship or a visit (インターン体験レポート, 参加レポート) tells what was seen there.
  /体験レポート|参加レポート|見学レポート/,
  // A union's or a legal adviser's page weighs the reader's case (パワーハラスメントにあたる可能性があります) and asks
  // them to get in touch with the union (組合にご相談ください, 加入の流れ).
  /(?:にあたる|に該当する)可能性があ|組合に(?:ご)?(?:連絡|相談)|加入の流れ/,
  // A blog or note greets its readers and says why it was written.
  /こんにちは|こんばんは|ブログ|書こうと思|書いておこうと思|読んでいただ|参考になれば/,
];

/** A breadcrumb that ends in the kind of page (HOME ＞ 営業時代の思い出 ＞ 記事, ＞ コラム) names it, where a
 *  posting's ends in its job; a career site's company research (企業研究 ＞ サービス業 ＞ …) profiles a company, and a
 *  service's section for newcomers (はじめての方へ ＞ よくある質問) answers its users, not one job's applicants. Read before menu lines are set aside, since a breadcrumb is one. */
const ARTICLE_CRUMB = /^[^\n。]{0,60}[＞>›»][ \t]*(?:記事|コラム|ブログ|ニュース|エッセイ)[ \t]*$|^[^\n。]{0,30}(?:企業研究|業界研究|はじめての方へ|初めての方へ)[ \t]*[＞>›»]/m;

/** A career guide's page about an occupation (コールセンターオペレーター ⏎ 仕事内容 … 給料 … なるには, 関連する職業)
 *  has the fields of a posting under headings of a guide (なるには, 向いている人, 関連する職業, a breadcrumb 職業から探す
 *  ＞ …); they may stand anywhere on the page, so they are read in the whole text. A title such as 市の仕事図鑑 is no sign: a
 *  city may run its job ad as such a feature. */
const OCCUPATION_GUIDE: RegExp[] = [/^[ \t]*(?:[^\n。、]{0,20}に)?なるには[ \t]*[?？]?[ \t]*$/m, /^[ \t]*関連する職業[ \t]*$/m, /^[ \t]*向いている人[ \t]*$/m, /職業から探す[ \t]*[＞>›»]/];
/** Two of them: one such heading may stand in a posting too (a licensed job's 介護福祉士になるには as its career path). */
const isOccupationGuide = (text: string) => OCCUPATION_GUIDE.filter((r) => r.test(text)).length >= 2;

/** Guides and explainers speak of work in general and advise the reader; an FAQ's answers may too, so this is
 *  its own feature, weighed by the fit. */
const GENERAL_TALK = /と言われ|といわれ|傾向があ|傾向にあ|一般的に|一般的な|場合が多い|ことが多い|と言えます|といえます|しましょう|でしょう。|が挙げられ|の種類|のことです|のことを指|を指します|を意味します|という意味/g;

/** A posting speaks to the applicant about the job on offer; an article speaks about work in general. */
const OFFER_LANGUAGE: RegExp[] = [
  /お任せします|お任せいたします|担当していただ|していただきます|していただく|お願いします/,
  /募集します|募集しています|募集中|大募集|を募集/,
  /ご応募|応募をお待ち|お待ちしています|お待ちしております|ご連絡ください/,
  /歓迎します|大歓迎|いただける方|できる方|お持ちの方/,
];

/** A sentence in the plain style (だ・である調: 〜た。〜ている。〜という。), as news and essays are written;
 *  postings address the reader politely (です・ます) or list fragments without a full stop. */
const PLAIN_END = /(?:[たるだうい]|ない|という)$/;
const POLITE_END = /(?:ます|ました|ません|です|でした|ください|下さい|ましょう|でしょう|ませ|ござい)$/;

/** A byline or a dated publication line near the top. */
const BYLINE = /(?:文|著|執筆|記者|編集部|ライター|投稿者|公開日|更新日|投稿日|掲載日)\s*[:：/|]|\d{4}[年/.]\d{1,2}[月/.]\d{1,2}日?/;

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
 *  募集, 助勤者を下記のとおり募集いたします, このたび…募集することになりました): a feature-style posting's or a shop
 *  notice's one field. News reports that a company is hiring in the plain style (募集している, 探している). */
const RECRUIT_CALL = /(?:方|人|者|仲間|メンバー|スタッフ|担当者?|社員|職員|アルバイト|パート)を[^。\n]{0,12}?(?:募集|探して|お待ち)(?:します|しています|います|いたします|しております|おります|中です|することになりました|することにしました)|(?:今回|このたび|この度)(?:は|、)?[^。\n]{0,40}募集/;

/** A posting's first line names the job on offer (コールセンタースタッフ【未経験OK】／時給1,400円), or names the page
 *  as a recruit site's page of one job or department (職種紹介, 部署紹介, 仕事紹介); an article's names a topic (〜とは？,
 *  〜のコツ, 〜の理由, 〜5選, 求人の見方). */
const JOB_TITLE_WORDS = /職種紹介|部署紹介|仕事紹介|仕事を知る|職種を知る|スタッフ|募集|職員|社員|アルバイト|パート|バイト|求人|急募|オペレーター|アドバイザー|コンサルタント|事務|営業|販売|ドライバー|係|担当|リーダー|候補|協力隊|時給|月給|日給/;
const HEADLINE_WORDS = /とは|(?:見|読み|選び|探し|書き|使い)方|セミナー|参加者募集|講座|[?？]|方法|理由|コツ|\d+選|まとめ|違い|解説|ガイド|入門|比較|体験|ブログ|ニュース|について|の話|発表|開設|開始|インタビュー|の声|座談会|事例|レポート|コラム|特集|ランキング|動向|調査結果|時給調査|賃金調査|給与調査|実態調査|前年比|[かカヶヵケ]月連続|(?:わ|分)かったこと|学んだこと|気づいたこと/;

export function titleLooksLikeJob(text: string): boolean {
  const first = /^[ \t]*(\S[^\n]*)/m.exec(text)?.[1]?.trim() ?? '';
  return first.length <= 80 && JOB_TITLE_WORDS.test(first) && !HEADLINE_WORDS.test(first);
}

/** A posting states its fields early; the rest of a very long text adds nothing but time. */
const DETECTION_SPAN = 30_000;
/** An article says what it is in its opening (a byline, 「〜とは」, a news lead, 「僕は」); a long posting's FAQ and
 *  staff interviews come further down and do not make it one. */
const LEAD_SPAN = 1500;
/** Lines this long are paragraphs of prose, which postings seldom have. */
const PROSE_LINE = 100;

/** A site's menu or breadcrumbs extracted with the page (ホーム ｜ 会社概要 ｜ ニュース ｜ 採用情報, ホーム > 採用情報 >
 *  営業職): three or more short items between separators. Its ニュース and 事業紹介 name the site's other pages,
 *  not what this page is. */
const MENU_SEPARATOR = /[ \t]*[｜|＞>›»／/][ \t]*|[ \t　]{2,}|　/;
const MENU_ITEM_MAX = 14;
export function isMenuLine(line: string): boolean {
  const items = line.split(MENU_SEPARATOR).map((x) => x.trim()).filter(Boolean);
  return items.length >= 3 && !/[。、]/.test(line) && items.every((x) => x.length <= MENU_ITEM_MAX);
}
const withoutMenus = (text: string) => text.split('\n').filter((l) => !isMenuLine(l)).join('\n');

/** Lines standing as field labels, with where they stand and the field kinds they name. */
function labelLines(text: string): { index: number; kinds: string[] }[] {
  const out: { index: number; kinds: string[] }[] = [];
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(text); m; m = LABEL_LINE.exec(text)) {
    if (m[0].length === 0) {
      LABEL_LINE.lastIndex++;
      continue;
    }
    out.push({ index: m.index, kinds: FIELD_KINDS.filter((k) => FIELDS[k]!.test(m![0])) });
  }
  return out;
}

const kindsOf = (lines: { kinds: string[] }[]) => new Set(lines.flatMap((l) => l.kinds));

/** A 募集要項 heading followed by at least this many labelled fields is the block of a posting. */
export const REQUIREMENTS_BLOCK_FIELDS = 3;

export interface PostingShape {
  /** POSTING_FEATURES, in order: what the fitted model reads. */
  features: number[];
  /** Whatever precedes it (a feature story, an interview, a municipal ad's narrative), a 募集要項 heading with
   *  the fields of a posting under it makes the page a posting. */
  requirementsBlock: boolean;
}

export function postingShape(fullText: string): PostingShape {
  const text = fullText.length > DETECTION_SPAN ? fullText.slice(0, DETECTION_SPAN) : fullText;
  const fieldWords = FIELD_KINDS.filter((k) => FIELDS[k]!.test(text)).length;
  const labels = labelLines(text);
  const heading = REQUIREMENTS_BLOCK.exec(text);
  // The opening, up to the first field label: what follows a posting's fields (先輩インタビュー, Q&A in a
  // staff member's voice) belongs to the posting.
  const lead = text.slice(0, labels.length ? Math.min(LEAD_SPAN, labels[0]!.index) : LEAD_SPAN);
  const sentences = text.split(/[。！!？?\n]/).filter((s) => s.trim().length > 4);
  const past = sentences.filter((s) => /(?:ました|でした|だった|かった)$/.test(s.trim())).length;
  const lines = text.split('\n');
  const prose = lines.filter((l) => l.length >= PROSE_LINE).reduce((a, l) => a + l.length, 0);
  const stated = text.split('。').slice(0, -1).map((x) => x.trim().replace(/[」』)）]+$/, '')).filter((x) => x.length > 4);
  const plain = stated.filter((x) => PLAIN_END.test(x) && !POLITE_END.test(x)).length;
  const features = [
    fieldWords / FIELD_KINDS.length,
    kindsOf(labels).size / FIELD_KINDS.length,
    // A 募集要項 heading counts when a field stands under it: a 採用情報 page's name alone is no block.
    heading && labels.some((l) => l.index > heading.index) ? 1 : 0,
    PAY_AMOUNT.test(text) ? 1 : 0,
    RECRUIT_WORDS.filter((r) => r.test(text)).length / RECRUIT_WORDS.length,
    (ARTICLE_MARKERS.filter((r) => r.test(withoutMenus(lead))).length + (ARTICLE_CRUMB.test(lead) ? 1 : 0) + (isOccupationGuide(text) ? 1 : 0)) / 2,
    BYLINE.test(text.slice(0, 400)) ? 1 : 0,
    sentences.length ? past / sentences.length : 0,
    text.length ? prose / text.length : 0,
    Math.min(3, (lead.match(/でしょうか|ますか[?？]|ませんか[?？]/g) ?? []).length) / 3,
    OFFER_LANGUAGE.filter((r) => r.test(text)).length / OFFER_LANGUAGE.length,
    plain / Math.max(3, stated.length),
    Math.min(3, (lead.match(GENERAL_TALK) ?? []).length) / 3,
    titleLooksLikeJob(text) ? 1 : 0,
    hasDaySchedule(text) ? 1 : 0,
    RECRUIT_CALL.test(text) ? 1 : 0,
  ];
  const requirementsBlock = !!heading && kindsOf(labels.filter((l) => l.index >= heading.index)).size >= REQUIREMENTS_BLOCK_FIELDS;
  return { features, requirementsBlock };
}

export const postingFeatures = (text: string): number[] => postingShape(text).features;
export const hasRequirementsBlock = (text: string): boolean => postingShape(text).requirementsBlock;

/** A stated fixed wage (as opposed to pay by results only). */
export const BASE_PAY = /固定給|基本給|最低保証|(?:時給|月給|日給)[^\n]{0,12}?\d/;
