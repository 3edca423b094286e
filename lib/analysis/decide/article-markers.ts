// What articles have and postings do not (explainers, first-person narration, news, vendor pages, guides), read
// in the opening of a text (posting.ts): each kind that fires counts toward the fitted model's articleMarkers feature.
// A marker is checked against the postings of the tuned halves before it is kept: one that fires on a posting is narrowed or dropped.
import { BULLETS } from '../../text/heading-marks';
import { alternation, postingField } from '../../text/posting-fields';
import { gated, gatedFirst, matchesOf } from '../../text/gated-scan';
/** What articles have and postings do not: explainers, first-person narration, news and vendor pages. */
const ARTICLE_MARKERS: RegExp[] = [
  // Articles in English: news quotes its sources (a spokesperson said, according to a survey), a column talks to its
  // readers (in this article, let me know in the comments, tips for), …
  /\b(?:said on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a spokesperson|spokesman|spokeswoman|according to (?:a|an|the)|told reporters|officials? said|said the|asked not to be named|staff writer|the company said|said in a statement|announced on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|related articles|in this article|this article|let me know in the comments|tips for|tips on|things i wish|how to (?:find|get|survive|choose|write|pass))\b/,
  // A forum thread in English names who started it and counts its replies (Started by …, 9 replies).
  /\b(?:started by|posted by|\d+ replies|reply #\d+|original poster)\b/,
  // … and a memoir tells its writer's past (I took a job, I spent five days, my first month).
  /\b(?:i (?:took|spent|worked|moved|learned|quit|started|wish i had)|my first (?:job|day|week|month|year))\b/,
  // A glossary defines words.
  /用語集|用語解説/,
  /この記事|本記事|記事では|当記事|関連記事|筆者|いかがでしたか|目次|まとめ[\n:：]|の記事|監修|執筆者|参考文献|出典[:：]/,
  // Review sites: what employees say about a company is not an offer of a job.
  /口コミ|評判|クチコミ|レビュー/,
  // Explainers explain (順番に解説します, 〜の仕組みを解説, ここでは〜を見ていきます) and speak of going rates (時給の相場).
  /基礎知識|どう違う|見ていきます|見ていきましょう|みていきます|みていきましょう|とは[?？、,]|とは\n|とは何か|の違いとは|の違いを|について解説|解説します|解説していきます|を解説$|を紹介します|をご紹介します|について紹介|相場/m,
  /のコツ|(?<!ア)ポイントを|チェックポイント|メリット・デメリット|向いている人|向いていない人|向いているのは|体験談|経験談|やめたい|辞めた/,
  // A Q&A site's thread: how many answered, the best answer, the asker's thanks and the site's own
  // buttons (回答（3件）, ベストアンサー, 質問者からのお礼, このQ&Aは参考になりましたか). A posting's own FAQ
  // (よくある質問, Q. … A. …) has none of these.
  /回答\([0-9]+件\)|ベストアンサー|質問者(?:から|より)の?(?:お礼|補足)|このq&aは|関連するq&a|参考になった\([0-9]+\)/,
  // Advice columns print a reader's letter and an expert's answer (【ご相談】, ［相談］ or ■ご相談 on its line, or ご相談 alone
  // as a page that styles its headings copies, 相談者：,
  // 【社会保険労務士の回答】), the names as labels (a colon, a bar or a table's tab after them); a posting answers its
  // own FAQ with Q. and A.
  new RegExp(`[【\\[](?:ご)?相談(?:内容)?[】\\]]|^[ \\t]*(?:[${BULLETS}][ \\t]*)?(?:ご)?相談(?:内容)?[ \\t]*$|(?:相談者|相談内容|回答者)(?:[ \\t]*[:：|]|\\t)|の回答[】\\]]|お悩み相談|労働相談|人生相談`, 'm'),
  // Guides and advice pages speak of postings as documents the reader looks at (求人票に書かれている給与, 求人を
  // 見るとき, アルバイトを探すとき); a posting is the document and offers its own job.
  // They also speak of a posting's fields as its columns (「応募方法」の欄, 勤務地の欄).
  /(?:仕事(?:の)?内容|給与|賃金|給料|時給|勤務時間|就業時間|休日|雇用形態|勤務地|就業場所|応募資格|応募方法|待遇)」?の?欄|求人(?:票|広告|ページ)(?:に|で)は|求人(?:票|広告|情報|ページ)?(?:に|で|を|の)[^。\n]{0,20}?(?:書かれて|書いてあ|記載されて|見るとき|見る時|見る際|読むとき|読む際|見方|読み方)|(?:求人|仕事|バイト|アルバイト|転職先|職場)を(?:探す|選ぶ)(?:とき|時|際)|転職活動では|就職活動では/,
  // They quote a posting's field to advise on it (応募資格に「PCの基本操作」とある場合は, 給与に「〜」と書かれていたら) and
  // teach how to apply (履歴書の書き方, 志望動機の書き方); a posting states its fields and asks for the documents.
  /(?:仕事(?:の)?内容|給与|時給|勤務時間|勤務地|応募資格|応募条件|応募方法|雇用形態|待遇)(?:に|には|で|欄に)「[^」\n]{1,30}」(?:と|など(?:と)?)(?:ある|あれば|あった|書かれ|書いて|記載)|(?:履歴書|職務経歴書|志望動機|自己PR)の書き方/,
  // A vendor's page is titled by its service (コンタクトセンター運営代行サービス); a posting's company profile says
  // in a sentence that it runs one (…代行サービスを行なっており、).
  /^[^\n。、]{0,30}代行サービス[^\n。、]{0,20}$/m,
  // A vendor's page offers its clients quotes (お見積もり無料, お見積りいたします); a posting's お見積もりの訪問 or
  // お見積もりの作成 is the work.
  // Its price list is the client's: a heading of its own (料金の目安, 料金表), fees as fields (初期費用：, 月額費用：)
  // and seats priced (1席あたり); a job board's, its advertising fee (掲載料金). A call-center posting explains the
  // caller's 料金プラン in a sentence.
  /^[ \t]*[■□◆◇●○【]?[ \t]*(?:料金|料金の目安|料金表|料金プラン|ご利用料金|費用の目安|導入費用)[ \t]*】?[ \t]*$|(?:初期費用|月額費用|月額料金)[ \t]*[:：]|1(?:席|ブース)あたり|掲載料金|掲載料(?:は|を|が|の)/m,
  /資料請求|導入事例|導入実績|お見積(?!(?:もり|り)?(?:の訪問|の作成|の提出|を作成|を提出|書))|サービス概要|無料相談|お問い合わせはこちら|貴社|ご検討の企業様|お取引をご検討|事業紹介|を受託しています/,
  // Surveys of pay report figures against a past period and how they were found (前年同月より, 集計したところ);
  // a sales posting's 前年比140% is its own results.
  /前年同月|集計したところ|集計によると|調べたところ/,
  // A town's news of people it appointed (2名を委嘱しました, 委嘱状交付式, 新たに着任した隊員) reports a hiring done; a
  // warning about fake job ads (注意喚起, 闇バイト, 犯罪への加担) quotes them.
  /を(?:委嘱|任用)しました|委嘱状|(?:が|として)着任しました|着任した(?:隊員|職員)|注意喚起|闇バイト|犯罪(?:に|へ)の?加担|(?:求人|バイト)に(?:ご)?注意/,
  // A company's internal newsletter (社内報「…」, …センター 社内報, 社外秘・社内掲示用) reports to staff already hired: a
  // pay revision there is news, not an offer. A posting's 社内報での… is a duty (a PR job edits it); a public
  // newsletter (自治会だより 第142号) may carry an opening with its terms, and is left to the rest.
  /社外秘|社内掲示|社内報[ \t]*(?:[「『]|第|$)/m,
  // A press release heads itself so (NEWS RELEASE, 報道関係者各位) and ends with its contact for the press.
  // A quote is attributed after its closing bracket (」と話す, 」と語った, 」と村井さんは振り返ります) or at a sentence's end; a posting's 人と話すのが
  // 好きな方 is the work.
  /ニュース|報道|発表した|調査によると|によると、|によりますと|明らかにした|[」』][ \t]*と(?:[^。\n」『「]{1,12}?(?:さん|氏)は)?(?:話す|語る|話した|語った|話していた|話します|語ります|振り返る|振り返った|振り返ります)|と(?:話す|語る)(?:。|$)|記者|取材|プレスリリース|news release|press release|報道関係者|報道発表|をお知らせいたします|受賞/m,
  // Interviews: someone was asked (〜さんに話を聞いた, 〜さん（38）に話を聞きました), and the interviewer's questions stand on their own lines
  // after a dash (― or a rule ─ before a question). A posting's お客様のお話を伺い is the work.
  /インタビュー|(?:さん|氏|人|者|長|員)(?:\(\d{1,3}(?:歳)?\))?に(?:お)?話を(?:聞い|聞き|伺)|^[ \t]*[―—]+[^―—\n]{2,}$|^[ \t]*─+[^─\n]{2,}[?？][ \t]*$/m,
  /僕[はがのもにを]|ぼく[はがのも]|俺[はがのもにを]|私は|私が|わたしは|自分は/,
  // Calls for franchisees, agencies, partner firms, volunteers (unpaid work is read in the whole text: UNPAID), visitors and a seminar's participants (参加者募集,
  // 参加費) recruit but offer no job; event notices (説明会, 会社見学会, 合同面接会 of many employers; a posting's
  // 会社見学もできます is an offer to the applicant), activity reports and hiring records speak about recruiting;
  // a page that sends the reader to each job's own page is not one (read in the whole text: sendsToEachJob).
  // An owner-driver (軽貨物オーナー募集) is a contractor who drives the deliveries: a job, not a franchise.
  /フランチャイズ|(?<!軽貨物|軽バン|車両|ドライバー)オーナー募集|(?:協力会社|パートナー企業|加盟店|代理店)(?:様)?[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*(?:を|の)?(?:募集|ご募集)|ボランティア募集|ボランティアを募集|インターンシップ|説明会のご案内|説明会を開催|説明会のお知らせ|参加者募集|参加費|受講料|セミナーのご案内|セミナーを開催|会社見学会|活動報告|採用実績|合同面接会|就職面接会|合同説明会|合同企業説明会|就職フェア|転職フェア|面接会を開催|面接会のお知らせ/,
  // A page that lists jobs or links to them sends the reader elsewhere: a board's search results (1,048件中,
  // 並び替え), three or more ▶ links in a row (a 採用情報 top's list of positions, a blog's related articles).
  // Two or more lines that end in a link (〜 > 募集要項を見る, 詳しくはこちら, → 詳細はこちら https://…), with at most one
  // line of each item between, do the same; so does a heading that names the page a list (求人一覧).
  // An agency's or a board's picks (今週のおすすめ, おすすめ1, 人気のお仕事, お仕事を集めました) and its list of new jobs
  // under a heading of its own (新着のお仕事) are several jobs.
  /^[ \t]*新着(?:の)?(?:お仕事|求人|バイト)(?:情報)?[ \t]*$|おすすめ[\d１-９]|今週のおすすめ|人気のお仕事|(?:お仕事|求人|バイト)を(?:集めました|ピックアップ)|\d[\d,]*件中|件を表示|並び替え|(?:^[ \t]*[▶►›][^\n。]{2,24}\n){3}|(?:^[^\n。]{2,60}(?:を見る|はこちら|詳しく見る|でエントリー)(?:[ \t]+https?:\/\/\S+)?[ \t]*\n(?:[^\n]{1,60}\n)?){2}|^[^\n。]{0,20}求人一覧[ \t]*$/m,
  // A 採用情報 top lists its hiring tracks as headings (新卒採用, キャリア採用, 障がい者採用) and leaves the jobs to
  // their own pages; a posting is one track's one job.
  /^[ \t]*(?:新卒|中途|キャリア|障がい者|障害者|第二新卒)採用[ \t]*\n[\s\S]*^[ \t]*(?:新卒|中途|キャリア|障がい者|障害者|第二新卒)採用[ \t]*$/m,
  // An agency's guide shows a job it might introduce as an example (＜ご紹介例＞, ※ご紹介例です), a board's page for
  // employers a sample ad (掲載例): no posting calls its own job an example.
  /^[ \t]*[<＜【〈(\[■◆●]?[ \t]*(?:ご紹介例|お仕事の紹介例|紹介例|求人例|掲載例|募集例)[ \t]*[>＞】〉)\]]?[ \t]*[:：]?[ \t]*$|(?:ご紹介|紹介|求人|掲載|募集)例です/m,
  // A guide to reading postings shows a field as an example (例：給与｜時給1,200円〜); a posting's 例 gives earnings.
  // A template's filled-in sample stands under a heading of its own (記入例, 見本).
  /^[ \t]*(?:例|記載例|表記例|記入例)[ \t]*[:)][ \t]*(?:給与|勤務時間|勤務地|雇用形態|交通費|応募資格|休日|仕事内容|職種)|^[ \t]*(?:記入例|記載例|見本)[ \t]*$/m,
  // Rules and regulations number their articles (第30条（賃金の構成） … 第31条): no posting does.
  /^[ \t]*第[0-9一二三四五六七八九十]+条[ \t]*\([^\n]*\n[\s\S]*^[ \t]*第[0-9一二三四五六七八九十]+条/m,
  // A ranking lists places (1位 … 2位 …); a white paper or survey reports what its respondents answered (回答企業の
  // 82%が, 〜と答えた, n=214, 図表3-4); a posting states its own job once, and its figures are its own.
  /^[ \t]*第?[1-9１-９]位[\s\S]*^[ \t]*第?(?:[2-9２-９]|1\d)位/m,
  /白書|回答(?:企業|者|事業所)の[^。\n]{0,8}\d|\d+(?:\.\d+)?%が[^。\n]{0,30}(?:と答え|と回答)|\(n=\d+\)|図表\s*\d/,
  // A staff-profile page (社員紹介, 休日の過ごし方) introduces people; a how-to prepares the reader for interviews
  // (面接でよく聞かれる質問; a posting's よく聞かれる質問 is what the callers ask); a staffing agency's page speaks to those already registered (登録者のみなさま),
  // where a posting speaks to applicants, and so does a company's page for those it has already hired (内定者の皆さま,
  // 内定者ページ: their training before joining); a web column says its facts date from its writing (記事の内容は掲載時点の…).
  /社員紹介|スタッフ紹介|休日の過ごし方|面接で(?:よく)?聞かれる|登録者の(?:皆|みな)(?:さま|様)|内定者の(?:皆|みな)(?:さま|様)|内定者(?:専用)?ページ|登録スタッフの(?:皆|みな)(?:さま|様)|記事の内容|執筆時点/,
  // Pages for employers on how to write a posting (求人原稿の書き方). Words addressed to employers (掲載をご検討の企業様)
  // are no sign: job boards print them in their header above every posting.
  // A board's FAQ for its advertisers says whom it is for (よくあるご質問（掲載企業さま向け）) and how to write a field
  // (給与の書き方).
  /求人原稿|(?:求人(?:広告)?|給与|仕事内容|募集要項)の(?:書き方|作り方)|(?:求人)?掲載(?:企業|事業者|事業所)(?:さま|様)|[（(](?:掲載)?(?:企業|法人|事業者|事業主)(?:さま|様)?向け[)）]/,
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
  // A forum thread: numbered posts that answer each other (>>2), anonymous names (名無しさん), a thread (スレ)
  // opened to talk; a posting speaks with one voice.
  /^[ \t]*(?:>>|＞＞)\d+|名無し(?:さん)?[:：]|前スレ|スレ(?:ッド)?を立て/m,
  // A warning about dangerous postings (このような求人, 闇バイト) points at postings; a posting offers its own job.
  /(?:このような|こうした|次のような|怪しい|危険な|悪質な)(?:求人|募集)|闇バイト|求人詐欺|(?:求人|募集)にご注意/,
  // A company's financial report (決算短信, 前年同期比, 業績予想) tells its investors how many it hired.
  /決算短信|決算の概要|決算説明|業績予想|前年同期比|当第\d四半期|通期の見通し|将来の見通し/,
  // A school's career guidance (進路指導部, 校内選考) walks its students through job hunting.
  /進路指導部|進路指導室|校内選考|就職活動の進め方|就活の進め方/,
  // A staffing agency's success story: someone was hired (内定をいただきました) after its advice (選考対策).
  /転職成功事例|転職事例|内定を(?:いただき|いただいた|もらっ|獲得し)|選考対策/,
  // A vendor's page for its clients (よくあるご質問（お客様企業向け）, 委託をご検討中の企業様).
  /お客様企業(?:様)?(?:向け|の(?:皆|みな)(?:様|さま))|(?:委託|外注|アウトソーシング)を(?:ご)?検討(?:中)?の/,
  // A notice of a public service for residents (相談できること, 利用料) or of an exam's results (合格者の受験番号) is no
  // job on offer.
  // A guide to workers' rights cites the law (労働基準法で守られています, 罰金は違法です, 労働基準監督署にご相談ください); a
  // posting's 法律で決められた点検 is the work.
  /(?:労働基準法|労基法|最低賃金法)(?:で|により|によって|上)[^。\n]{0,6}(?:守られ|決められ|定められ|禁止され|義務付け)|認められていません|違法(?:です|となり|になり|とされ)|労働基準監督署に(?:ご)?相談/,
  /^[ \t]*(?:利用料|利用料金|相談できること|ご相談できること|利用できる方|ご利用いただける方)[ \t]*$|合格者(?:の)?受験番号|試験の結果をお知らせ/m,
];

/** Guides speak of what postings commonly pay (時給1,300円〜1,600円あたりが多く, 月給25万円前後からの求人が中心) and of
 *  postings as things the reader finds (首都圏の求人をみると, 未経験歓迎と書かれた求人, 「受信のみ」と書かれた仕事), under headings of a posting's
 *  fields too (給与 ⏎ 時給1,100円〜1,300円くらいが中心), so this is read in the whole text; a posting states its own pay.
 *  Surveys report shares, changes and breakdowns (「未経験歓迎」を含む求人は全体の78％, 前年比＋41円, 前月から7円上がり, 3年連続で
 *  上昇, 求人約4万件を集計, 職種別では, 6千円台の例も見られた). Explainers give pay as a rule of thumb (時給の目安, 事務なら
 *  1,400円前後からが多く) and as averages (平均年収：420万円前後), and Q&A pages speak of postings they have seen (1,300円〜
 *  1,600円の求人をよく見かけます). */
const PAY_IN_GENERAL = gatedFirst(/(?:時給|月給|日給|年収|月収|給与|給料|手当)[^。\n]{0,6}?\d[\d,.]*(?:万|千)?円(?:台)?(?:[〜~][\d,.]*(?:万|千)?円)?(?:くらい|ぐらい|程度|前後|あたり|ほど)?(?:から)?(?:が多く|が多い|が中心|が一般的|の(?:求人|募集|職場)(?:が|も|は)|になることも|の例も|という例)|\d円(?:台)?(?:前後|くらい|ぐらい|程度|あたり|ほど)(?:から)?が(?:多く|多い|中心|一般的)|(?:時給|日給|月給|給料)の目安|平均(?:年収|月収|時給|月給|給与)[:：]?[ \t]*[\d,.]+万?円(?:前後|程度|くらい|ほど)|(?:^|[。、\n]|の|は)求人(?:を|では)(?:み|見)ると|求人(?:が|も)(?:多く|よく)(?:見られ|みられ)|求人(?:を|が|も)(?:よく)?(?:見かけ|みかけ)|(?:と書かれた|と書いてある)(?:求人|仕事)|前年(?:同月|同期)?比[ \t]*[+＋−\-]\d|全体の\d+(?:\.\d+)?[%％]|求人[^。\n]{0,30}を集計|[年月]連続で(?:上昇|増加|低下|減少|上がり|下がり)|(?:職種|地域|年代|業種|規模|エリア|男女|雇用形態)別(?:では|に見ると|にみると|の平均)|(?:前月|前年|昨年|前回)(?:から|より|比で?)[^。\n]{0,8}\d[\d,.]*(?:円|ポイント|%|％)(?:上が|下が|増|減|上昇|低下|アップ|ダウン)|\d(?:円|万円|千円)(?:台)?の例(?:が|も)(?:ある|あり|見られ|みられ)/);

/** Guides speak of workplaces in general: they compare them (職場によって違います, 派遣会社によって時給が違う, 研修の
 *  内容は会社ごとに大きく違います) and count them (研修制度が整っている職場が多く, 電話は取り次ぎ程度という職場がほとんど,
 *  夜は時給が高い職場もあります, 100円ほど低いセンターもあります, 出るところがほとんど); a posting names its one
 *  employer's terms. Quotes are set aside (a posting's staff may speak of the town's shops). Read in the whole text: a
 *  guide under a posting's field headings (給与 ⏎ …, 勤務時間 ⏎ シフト制の職場が多め) says it below its first heading. */
const WORKPLACES_IN_GENERAL = /(?:職場|会社|企業|勤務先|事業所)(?:に|で)?(?:よって|ごとに|により|次第で)[^。\n]{0,20}(?:異な|違|差が|ばらつ|さまざま|様々)|(?:職場|求人|求人数)(?:が|は|も)(?:多い|多く|ほとんど|少なく|少ない|目立)|(?:職場|求人)もあります|(?:という|な|の)職場が(?:多|ほとんど)|(?:センター|企業|会社)もあります|ところがほとんど/;
const withoutQuotes = (text: string) => text.replace(/「[^」]*」?/g, '');

/** Someone tells their own working life in the past (前は販売をしていました, 2年目の冬に辞めた, 3社に応募しました,
 *  書類で落ちました): a memoir, a job-hunting diary, a staff profile. Quotes (「…」) are set aside, since a posting
 *  quotes its staff, and so is a sentence about a named person (金城さんは、以前はガイドをしていた), a posting's
 *  feature on its staff. */
const CAREER_STORY = /(?<!さんは[^。\n]{0,30})(?:(?:を|で)?(?:退職し|辞め)(?:て、|ました|た。|たあと|た後)|転職しました|(?:を|で)(?:して|働いて)いました|(?:を|で)(?:して|働いて)いた(?:の|が|けど|。|頃|ころ)|(?:に|へ)応募し(?:ました|た。|てみ)|面接を受け(?:た|ました|てき)|書類(?:選考)?で落ち|面接で落ち|不採用(?:だっ|でし)|(?:パート|バイト|アルバイト|仕事)(?:を)?探し(?:てい)?(?:ました|た。|たとき|た時))/;
const tellsCareerStory = (lead: string) => CAREER_STORY.test(withoutQuotes(lead));

/** A list of jobs repeats a posting's fields card after card (勤務地：… 給与：… three times and more); a posting states
 *  them once. Read in the whole text. */
const CARD_FIELDS = ['勤務地', '給与', '時給', '雇用形態', '勤務時間'].map((w) => gated(new RegExp(`^[ \\t]*${w}[ \\t]*(?:[:：]|[ \\t]+\\S)`, 'gm')));
const listsJobs = (text: string) => CARD_FIELDS.filter((r) => [...matchesOf(r, text, 3)].length >= 3).length >= 2 || listsJobLines(text) || numbersJobs(text);

/** An agency's feature or a board's list numbers each job it shows (No.KU-60213, 求人番号 13010-12345): three numbers
 *  or more. A posting has one number, its own. */
const JOB_NUMBER = /(?:no\.?|求人番号|お仕事no\.?|仕事番号|案件no\.?|job[ \t]?id|管理番号)[ \t]*[:：.#]?[ \t]*([a-z]{0,4}-?\d[\d-]{3,})/gi;
function numbersJobs(text: string): boolean {
  const numbers = new Set<string>();
  for (const m of text.matchAll(JOB_NUMBER)) numbers.add(m[1]!.toLowerCase());
  return numbers.size >= 3;
}

/** A board's top page or an agency's list gives a job a line (カフェのホールスタッフ　時給1,150円　札幌市中央区), three
 *  lines in a row. A posting's page may show such lines too, as jobs like it, but below its own pay: only what stands
 *  before the first pay heading counts. */
const JOB_LINES = /(?:^[^\n]{2,30}[ \t]+(?:時給|日給|月給)[\d,]+円[^\n]{0,6}[ \t]+[^\n\d]{1,12}(?:市|区|町|村)[^\n]{0,8}\n){3}/m;
/** The same as a bulleted list of openings, each with its pay (・インバウンドオペレーター（札幌センター）　時給1,200円〜). */
const OPENING_LINES = /(?:^[ \t]*[・•][ \t]*[^\n]{4,40}?[ \t]+(?:時給|日給|月給|年収)[ \t]*[\d,.]+万?円[^\n]{0,8}\n){3}/m;
/** A board's result cards, each closed by its link (この求人を見る, 詳細を見る): three and more. */
const CARD_LINK = /^[ \t]*[>＞»→▶▷]?[ \t]*(?:この求人を見る|求人を見る|詳細を見る|詳しく見る|詳細はこちら|求人詳細へ|詳細へ)[ \t]*[>＞»→▶▷]?[ \t]*$/gm;
/** The same as a table of openings flattened a row a line (受信オペレーター｜アルバイト｜時給1,150円〜｜福岡市博多区). */
const OPENING_ROWS = /(?:^[^\n|｜]{2,30}[|｜][^\n]{0,40}?(?:時給|日給|月給|年収)[ \t]*[\d,.]+万?円[^\n]{0,40}\n){3}/m;
const PAY_HEADING = /^[ \t]*[【■◆●<〈\[]?[ \t]*(?:給与|給料|賃金|報酬|(?:時給|月給|日給)(?=[ \t:：】\]]|$))/m;
/** A board's related jobs under a posting (この求人を見た人はこんな求人も見ています, 近くの求人), heading a line of its own. */
const RELATED_JOBS = new RegExp(`^[ \\t]*[【■◆●□<〈\\[]?[ \\t]*(?:${alternation(postingField('elsewhere').headings)})[ \\t]*[】\\]>〉]?[ \\t]*$`, 'm');
/** A wage stated with its amount (時給1,350円＋成約1件2,000円): the page's own job, above any list. */
const OWN_WAGE = /(?:時給|日給|月給|年収)[ \t:：]*[\d,.]+万?円/;
function listsJobLines(text: string): boolean {
  const pay = PAY_HEADING.exec(text);
  let end = pay ? pay.index : text.length;
  // A short card without a pay heading states its wage in a line; the board's related jobs below it are jobs like it
  // (as below a pay heading), not a list the page is. A list headed so from the top (新着求人 ⏎ …) has no wage above.
  const related = RELATED_JOBS.exec(text);
  if (related && related.index < end && OWN_WAGE.test(text.slice(0, related.index))) end = related.index;
  const lead = text.slice(0, end);
  return JOB_LINES.test(lead) || OPENING_LINES.test(lead) || OPENING_ROWS.test(lead) || (text.match(CARD_LINK) ?? []).length >= 3;
}

/** A company's page of figures (数字で見る〇〇, 採用データ) heads each figure: three or more kinds of them (平均年齢, 有給休暇
 *  取得率, 男女比, 月平均残業時間), or a trend (採用人数の推移). A posting may give one or two in a line. Read in the whole
 *  text, since its headings may be a posting's field words (採用人数, 休暇) that end the opening. */
const FIGURE_HEADINGS = ['平均年齢', '平均年収', '平均勤続', '有給(?:休暇)?取得率', '育(?:児)?休(?:業)?取得率', '定着率', '離職率', '男女比', '(?:社員|従業員|職員)数', '(?:月)?平均残業時間', '採用人数', '出身学部'].map((w) => gatedFirst(new RegExp(`^[ \\t]*${w}`, 'm')));
const TREND_HEADING = gatedFirst(/^[^\n。]{0,20}の推移[ \t]*$/m);
const givesFigures = (text: string) => FIGURE_HEADINGS.filter((r) => r(text)).length >= 3 || !!TREND_HEADING(text);

/** A page that sends the reader to each job's own page (各職種の募集要項はこちら, 各募集ページ) is no one job's: a recruit
 *  site's benefits or top page, whose headings (休暇, 手当) may be a posting's field words. Read in the whole text. */
const SENDS_TO_EACH_JOB = /各募集ページ|各職種の募集|各職種の(?:ページ|詳細)|各職種の[^。\n]{0,8}(?:募集要項|詳細)は|職種ごとの(?:ページ|募集要項)|職種名をクリック/;

/** A company's profile heads its facts (商号, 設立, 資本金, 代表者, 沿革, 許可番号): four of them in the opening, before
 *  any field of a job, make the page a company profile; a posting's profile follows its fields. */
const PROFILE_HEADINGS = ['(?:商号|会社名)', '設立', '資本金', '代表者', '沿革', '許可番号', '従業員数', '事業内容'].map((w) => new RegExp(`^[ \\t]*${w}`, 'm'));
const profilesCompany = (lead: string) => PROFILE_HEADINGS.filter((r) => r.test(lead)).length >= 4;

/** A breadcrumb that ends in the kind of page (HOME ＞ 営業時代の思い出 ＞ 記事, ＞ コラム) or in a named feature of jobs
 *  (特集 ＞ 未経験OKのコールセンター特集; a recruit site's bare ＞ 特集 may lead to one job's story) names it, where a
 *  posting's ends in its job; so does a crumb of such a section before the topic (＞ キャリアコラム ＞ コールセンター); a career site's company research (企業研究 ＞ サービス業 ＞ …) profiles a company, and a
 *  service's section for newcomers (はじめての方へ ＞ よくある質問) answers its users, not one job's applicants. Read before menu lines are set aside, since a breadcrumb is one. */
const ARTICLE_CRUMB = /^[^\n。]{0,60}[＞>›»][ \t]*(?:記事|コラム|ブログ|ニュース|エッセイ)[ \t]*$|^[^\n。]{0,60}[＞>›»][ \t]*[^\n。＞>›»]{2,40}特集[ \t]*$|^[^\n。]{0,40}[＞>›»][ \t]*[^\n。＞>›»]{0,10}(?:コラム|ブログ|ニュース|エッセイ)[ \t]*[＞>›»]|^[^\n。]{0,30}(?:企業研究|業界研究|はじめての方へ|初めての方へ)[ \t]*[＞>›»]/m;

/** A career guide's page about an occupation (コールセンターオペレーター ⏎ 仕事内容 … 給料 … なるには, 関連する職業)
 *  has the fields of a posting under headings of a guide (なるには, 向いている人, 関連する職業, a breadcrumb 職業から探す
 *  ＞ …); they may stand anywhere on the page, so they are read in the whole text. A title such as 市の仕事図鑑 is no sign: a
 *  city may run its job ad as such a feature. */
const OCCUPATION_GUIDE = [/^[ \t]*[【■◆●□◇◎]?[ \t]*(?:[^\n。、]{0,20}に)?なるには[ \t]*[?？]?[ \t]*】?[ \t]*$/m, /^[ \t]*[【■◆●□◇◎]?[ \t]*関連する職業[ \t]*】?[ \t]*$/m, /職業から探す[ \t]*[＞>›»]/].map(gatedFirst);
/** Who the work suits, as a heading of its own (◆向いている人, 【向いている人】): guides to an occupation head it so; a
 *  posting says it in a line (向いている人：…, こんな方に向いています). On the tuned halves: ten articles, no posting. */
const SUITS_HEADING = gatedFirst(/^[ \t]*[【■◆●□◇◎]?[ \t]*向いている人[ \t]*】?[ \t]*$/m);
/** Two of the guide's headings (one such heading may stand in a posting too: a licensed job's 介護福祉士になるには as
 *  its career path), or who the work suits as a heading. */
const isOccupationGuide = (text: string) => !!SUITS_HEADING(text) || OCCUPATION_GUIDE.filter((r) => r(text)).length >= 2;

/** A heading on a line of its own, bare or in a mark or bracket (【支給額】, ■申請方法). */
const headingLine = (words: string) => gatedFirst(new RegExp(`^[ \\t]*[【■◆●□◇<〈\\[]?[ \\t]*(?:${words})[ \\t]*[】\\]>〉]?[ \\t]*$`, 'm'));

/** A notice of a public benefit (移住支援金, 家賃補助, 助成金) heads how much is paid out (支給額, 補助額) and how to apply
 *  for it (申請方法, 申込方法, 申請期間); a posting heads its pay (給与) and how to apply for the job (応募方法), and may
 *  name a benefit's 支給額 in its 手当 without telling how to claim it. Both kinds of heading, read in the whole text. */
const BENEFIT_AMOUNT_HEADING = headingLine('支給額|補助額|助成額|交付額|給付額|補助金額|助成金額|支援金額|補助の額|支給金額|(?:補助|助成|支給|交付)(?:の)?(?:内容|率)(?:(?:と|・|及び|および)(?:上限額|限度額|補助率|助成率))?|(?:補助|助成)?(?:上限額|限度額)');
const CLAIM_HEADING = headingLine('(?:申請|申込み?|申し込み)(?:の)?(?:方法|期間|手続き?|期限|先)');
const noticesBenefit = (text: string) => !!BENEFIT_AMOUNT_HEADING(text) && !!CLAIM_HEADING(text);

/** Unpaid work (無償のボランティア, 謝礼はございません): an activity offered, not a job. A posting's unpaid part (待機時間に
 *  対する報酬はありません, 研修は無報酬) is not this. */
const UNPAID = /無償(?:の)?(?:ボランティア|活動|奉仕)|(?:^|[。\n※])[ \t]*(?:謝礼|活動への謝礼)(?:は|の支払いは|のお支払いは)(?:一切)?(?:ありません|ございません|出ません)/m;
/** A call for partner companies says individuals cannot apply (個人の方からのご応募はお受けしておりません, 法人様のみ):
 *  it offers a contract between companies, not a job. */
// The disclosure an affiliate page or a blog must make (本ページはプロモーション（アフィリエイト広告）を含みます, この記事には
// プロモーションが含まれます, 当サイトが報酬を得る場合があります): an employer's posting advertises nothing of others'.
const DISCLOSES_ADS = /(?:本|この|当)(?:ページ|記事|サイト|コンテンツ)(?:は|には|では|内には|内では)?[^\n。]{0,20}?(?:プロモーション|アフィリエイト|広告|pr)(?:\([^)\n]{0,20}\))?(?:を|が)(?:含|利用|掲載)|アフィリエイトプログラムを(?:利用|使用)|(?:当サイト|運営者)が[^\n。]{0,20}報酬を(?:得|受け取)/;
const COMPANIES_ONLY = /個人(?:の方|様|の皆様)?(?:から|で)?の?(?:ご)?(?:応募|お申し込み|申込み?)(?:は|を)?(?:お受けして|受け付けて|受付して)(?:おりません|いません|おりませんので)|(?:法人|企業)(?:様)?(?:のみ|に限り|限定)(?:の)?(?:募集|対象|ご応募)/;

/** How many kinds of article marker the text shows: the markers in its opening (site menus set aside), a breadcrumb
 *  naming the kind of page (read with the menus, since a breadcrumb is one), an occupation guide's headings anywhere,
 *  and the structural signs: workplaces and pay spoken of in general, a working life told, a list of jobs, a page of
 *  figures, links to each job's page, a company profile first, a notice of a public benefit, a call for companies only, unpaid work, an advertising disclosure. */
export function articleMarkerCount(lead: string, leadWithoutMenus: string, text: string): number {
  const structural = [WORKPLACES_IN_GENERAL.test(withoutQuotes(text)), tellsCareerStory(leadWithoutMenus), listsJobs(text), !!PAY_IN_GENERAL(text), givesFigures(text), SENDS_TO_EACH_JOB.test(text), profilesCompany(leadWithoutMenus), noticesBenefit(text), COMPANIES_ONLY.test(text), UNPAID.test(text), DISCLOSES_ADS.test(text)].filter(Boolean).length;
  return ARTICLE_MARKERS.filter((r) => r.test(leadWithoutMenus)).length + (ARTICLE_CRUMB.test(lead) ? 1 : 0) + (isOccupationGuide(text) ? 1 : 0) + structural;
}
