// Incentive pay: on top of a base (時給1,300円＋歩合, インセンティブ別途支給) or instead of one (完全歩合,
// 完全成果報酬, 出来高のみ), the yen per success when stated (1件あたり3,000円, 2,500円〜/件), and 最低保証.
import { amountIn, type AmountRange } from './amounts';
import type { BaseCandidate } from './base';
import { namesFormerRole } from '../text/former-role';
import { clauseBefore, hasPaySection, isCompanyProfile, labelAbove, lineAt, lineEnd, lineStart, sectionOf, titleText, underOtherOpenings, type PayText, MAX_MENTIONS } from './context';
import { CAP_WORDS } from '../text/cap-words';
import { gated, matchesOf, type GatedScan } from '../text/gated-scan';
import { sectionObjectAt } from '../text/sections';
import { titleNamesRole } from '../text/title-names-role';
import { isAnotherRolesTopic, isSetAgainstFixedPay, isWithheldFromTitleRole, TITLE_NAMES_A_JOB } from '../text/role-topic';

export interface IncentiveFinding {
  kind: 'plus' | 'only' | 'none';
  /** Normalized offsets of the words that say so. */
  start: number;
  end: number;
  perUnit: AmountRange | null;
  guaranteed: AmountRange | null;
  /** The words open a pay field (報酬：歩合制, 【給与】⏎コミッション制): with no base pay anywhere, that is the whole pay. */
  opensPayField: boolean;
}

// A pay system named first in a pay field: 報酬：歩合制（売上の40%）, 給与 成果報酬制, コミッション制, 報酬率：売上の35%;
// also as the subject of a sentence (報酬は、ご成約1件ごとにお支払いします).
const PAY_FIELD_HEAD = /^[\s\p{P}\p{S}]*お?(?:給与|給料|報酬|賃金|収入)(?:体系|形態|率|額)?(?:は|について(?:は)?)?[\s\p{P}\p{S}]*[ごお]?$/u;
const PAY_SYSTEM = /^(?:歩合|コミッション|commission|成果報酬|成功報酬|出来高|成果給|売上げ?の|売り上げの|(?:売上|売り上げ)に対して|(?:売上|売り上げ|販売額|成約額|受注額)(?:に対する|に応じた)|(?:販売|仲介|紹介|代理店)?手数料の|(?:代理店|販売|紹介|仲介)手数料|紹介料|報酬率|歩率|バック率|コミッション率|歩合率|還元率|手数料率|(?:成果|業績|実績|売上)連動|(?:成果|実績|売上|件数)に連動|獲得単価|単価[ \t]*[×x*]|(?:件数|獲得数|成約数|契約数)[ \t]*[×x*]|(?:売上|売り上げ|粗利|粗利益|成約額|契約額)[ \t]*[×x*]|(?:成約|契約|獲得|アポ)(?:1件)?(?:(?:ごと|毎)に|につき)|売上額の|成約金額の|受注金額の|粗利益?の|利益の|(?:売上|売り上げ)(?:のうち|から)|成約額の|契約金額の|契約額の|受注額の|販売額の|販売価格の|販売金額の|マージン|レベニューシェア|(?:成果|実績|売上|売り上げ|件数|獲得件数|(?:アポ(?:イント)?)?獲得数|アポ(?:イント)?数|成約数|契約数|販売数)に応じ)/;

// A fee as the pay itself (報酬：代理店手数料（商材ごとに設定）, 紹介手数料): results pay only where it opens a pay field;
// elsewhere a fee is as often the customer's (仲介手数料半額).
const FEE_AS_PAY = gated(/(?:代理店|販売|紹介|仲介)手数料|紹介料/g);

// Pay by results only. 出来高制 alone means pay by the piece.
// 報酬は成果に応じて (に連動して, 次第), 成果に応じてお支払いします (no incentive named as what is paid): the whole pay
// follows results; so does a fixed pay said not to exist (固定報酬なし, 固定給はありません, 基本給なし, 報酬は固定ではなく)
// and a share of 100% (成果報酬100%, インセンティブ100%).
const ONLY = gated(/完全歩合|オール歩合|オールコミッション|完全報酬|完全出来高|完全成果報酬|完全成功報酬|完全成果型|完全(?:成果|実績)(?:制|給)|完全インセンティブ|成果型報酬|フルコミッション|フルコミ|(?:歩合|歩合給|歩合制|成果報酬|インセンティブ|インセンティブ制|出来高|コミッション|コミッション制)のみ|出来高制|出来高払い?|成果報酬制|(?:固定(?:の)?(?:お)?(?:給|報酬|給与|給料|賃金|支払い?|支給)|基本給|基本報酬|時間給|(?:稼働日数?|稼働時間|勤務時間|勤務日数?)に対する(?:日当|日給|時給))(?:制)?(?:は|が|の支給は|では)?[ \t:]*(?:一切)?[ \t]*(?:なし|無し|なく|無く|ゼロ|0円|ありません|ございません)|全額(?:成果報酬|歩合)|(?:成果報酬|歩合|インセンティブ|コミッション)[ \t]*100[ \t]*(?:%|パーセント)|報酬は[、,]?(?:すべて|全て)?(?:成果|実績|売上|売り上げ)(?:に応じ|に連動|次第)|(?:お支払い?|報酬|お支払い?の対象)は[、,]?(?:成約|契約|獲得|成果)(?:分|件数分)のみ|(?:成約|契約|受注)(?:に至った|した|が成立した)?(?:場合|とき|時)に?のみ[^\n。]{0,6}?(?:報酬|お支払|支払|支給)|(?:報酬|給与|お給料|給料)は固定(?:給)?では(?:なく|ありません|ございません)|(?:作業|稼働|勤務|待機)(?:した|のみ)?(?:時間)?(?:に対する|分の|での|の)(?:報酬|お支払い?|給与|日当)(?:は|の支払いは)[ \t]*(?:一切)?(?:発生しません|ありません|ございません|出ません|なし)|(?:基本報酬|基本給|固定給|固定報酬|日当|時給)(?:[・、](?:基本報酬|基本給|固定給|固定報酬|日当|時給))?の(?:設定|支給|お支払い)は[ \t]*(?:一切)?(?:ございません|ありません|なし)|(?:成果|実績|売上|売り上げ)(?<!(?:インセンティブ|歩合|賞与|手当|ボーナス|報奨金?|経験|スキル|能力|年齢)[^。\n]{0,10}(?:成果|実績|売上|売り上げ))に(?:応じ|連動し)て(?:お)?(?:支払い|支払|支給)(?:します|いたします)/g);
// The same by the count of contracts (報酬は、ご契約の件数に応じてお支払いします, 成約数に応じて支給します) or at each one
// (お客様のご契約が決まるたびに報酬をお支払いします; a wage stated beside it makes it results on top); apart from
// ONLY, whose scan stays fast only with the words it starts with.
const ONLY_BY_COUNT = gated(/(?:ご?(?:契約|成約|獲得|販売|受注|紹介)の?件数|成約数|契約数|獲得数|販売数)に応じて(?:お)?(?:支払い|支払|支給)(?:します|いたします)|(?:ご?(?:契約|成約|受注|獲得|販売|紹介)|アポ(?:イント)?)(?:が|の)?(?:決まる|決まった|取れる|取れた|成立する|成立した|確定する|確定した)?(?:たび|ごと|都度|度)に[、,]?[^\n。]{0,10}?報酬(?:を|が)?[^\n。]{0,4}?(?:お支払|支払|支給|お振込)|報酬は[、,]?ご?(?:契約|成約|獲得|販売|受注|紹介)の?件数(?:に応じ|に連動|次第)/g);

// Pay by results on top of the base, in the ways postings say it (PLUS joins them).
// A share of what one sells (売上の50%, 売れた分の5%, 仲介手数料の40%, 販売価格の20%; a range: 売上の30〜50%); a payment's fee
// (決済手数料) is the work's figure.
const PERCENT = String.raw`\d{1,2}(?:\.\d)?(?:[ \t]*(?:%|パーセント))?(?:[ \t]*[〜~\-–][ \t]*\d{1,2}(?:\.\d)?)?[ \t]*(?:%|パーセント)`;
// Also of the gross profit (粗利の50%; not a company's 営業利益) and out of sales (売上のうち30%, 売上から40%).
// Or in tenths (売上の4割; not 3割引).
const TENTHS = String.raw`[1-9][ \t]*割(?![引増安])`;
const SHARE_OF = String.raw`(?:売上げ?|売り上げ|売れた分|売った分|売れた金額|売った金額|売上額|成約金額|成約額|契約金額|契約額|受注額|受注金額|販売額|販売価格|販売金額|粗利益?|利益(?<!(?:営業|経常|純|当期|税引前)利益)|(?:販売|仲介|紹介|代理店)手数料|手数料(?<!(?:決済|振込|振替|送金|事務|解約|取扱|代引き?|カード|両替|分割)手数料))(?:[ \t]*\([^()\n]{0,6}\))?(?:の|に対して|のうち|から)[ \t]*(?:最大|最高|約)?[ \t]*(?:${PERCENT}|${TENTHS})`;
// A share handed back (40%バック).
const SHARE_BACK = String.raw`${PERCENT}[ \t]*(?:を)?[ \t]*バック`;
// A rate (報酬率：30〜50%); the words for the worker's share, and 手数料率, which may also be a company's fee.
const RATE_WORDS = '報酬率|歩率|バック率|コミッション率|歩合率|還元率';
const RATE = String.raw`(?:${RATE_WORDS}|手数料率)[ \t]*:?[ \t]*${PERCENT}`;
// Pay linked to results (成果連動型報酬, 業績連動型報酬, 成果に連動して支給).
const LINKED = String.raw`(?:成果|業績|実績|売上)連動型?(?:の)?(?:報酬|給|賃金|報奨|ボーナス|インセンティブ|手当)|(?:成果|実績|売上|件数)に連動(?:して|した)[^\n。、]{0,6}?(?:報酬|お支払|支払|支給|インセンティブ|歩合|給与|手当|加算)`;
// A count times a rate (獲得単価×件数, 成約数×単価, 売上×35%).
const COUNT_TIMES = String.raw`(?:獲得|アポ|成約|契約)?単価[ \t]*[×x*][ \t]*(?:件数|獲得数|成約数|契約数)|(?:件数|獲得数|成約数|契約数)[ \t]*[×x*][ \t]*(?:単価|\d)|(?:売上|売り上げ|粗利|粗利益|成約額|契約額)[ \t]*[×x*][ \t]*${PERCENT}`;
// Paid at each success (成約ごとに報酬; not 契約ごとに支払条件) or a reward named for one (アポイント獲得報酬).
const PER_SUCCESS = String.raw`(?:成約|契約|獲得|アポ(?:イント)?)(?:1件)?(?:(?:ごと|毎)に|につき)[^\n。]{0,8}?(?:報酬|お支払|支払|支給)(?!い?(?:条件|方法|状況|期日|期限|日|先|サイト|明細|管理|処理))|(?:獲得|アポ(?:イント)?(?:獲得)?|成約|契約|成功)報酬`;
// A part of the sales handed back (売上に対するバック（15〜20%）, 販売額に応じた歩合).
const SALES_BACK = String.raw`(?:売上|売り上げ|販売額|成約額|受注額)(?:に対する|に応じた)[ \t]*(?:バック|還元|歩合|報酬)`;
// The words for it; 出来高 of construction work (出来高管理, 出来高査定) is progress, not pay.
const WORDS = String.raw`(?:売上|売り上げ)の一部を|${SALES_BACK}|マージン[ \t]*\d{1,2}[ \t]*(?:%|パーセント)|commission|レベニューシェア|(?:各種|指名|ドリンク|同伴|ボトル|販売)バック|インセンティブ(?![ \t]*(?:旅行|ツアー|トリップ))|インセン(?!テ)|歩合|成果給|業績給|能率給|成約報酬|成果手当|成績手当|業績手当|成果報酬|成功報酬|報奨(?<!各種報奨)(?:金|制度)?(?!休暇)|褒賞金?|奨励金|(?:成果|件数|実績|獲得|成約)加算|コミッション|出来高(?!管理|査定|調書|報告|検査|部分払)|成約手当|契約手当|アポ手当|決定手当|獲得手当|件数手当|達成手当|(?:成約|契約|獲得|件数|達成|アポ|販売|売上)ボーナス|(?:実績|件数|成績|成約|達成)給`;
// Pay that follows results (件数に応じて手当, 成果に応じてお支払い, アポがたくさん獲れるとどんどん時給がアップ).
const FOLLOWS_RESULTS = String.raw`(?:アポイント|アポ|成約|契約|件数)[^\n。]{0,12}?(?:獲れる|取れる|獲得できる|増える|決まる)(?:ほど|と|につれて|たびに)[^\n。]{0,8}?時給(?:が|も)?[^\n。]{0,4}?(?:アップ|up|上が)|(?:件数|成約数|獲得数|契約数|販売数|(?:成約|獲得|契約|販売)件数)に応じ(?:て|た)[^\n。]{0,6}?時給(?:アップ|が(?:上が|アップ|変動|変わ)|を?変動)|(?:アポイント|アポ|成約|獲得|契約|販売)(?:の)?件数(?:で|によって|次第で)[^\n。]{0,4}?時給(?:が|は)?(?:決ま|変わ|上が|アップ|変動)|(?:成績|実績|成果|件数|成約数|獲得数|契約数|アポ(?:イント)?数|(?:成約|獲得|契約|アポ)件数)に応じ(?:て|た)[^\n。]{0,6}?(?:手当|歩合|報酬|インセンティブ|ボーナス|加算|加給)|(?:成果|実績|売上|売り上げ|件数|獲得件数|(?:アポ(?:イント)?)?獲得数|アポ(?:イント)?数|成約数|契約数|販売数|成約額|成約金額|契約額|契約金額|受注額|受注金額|販売額)に応じ(?:て|た)[^\n。]{0,4}?(?:お支払|支払|支給)`;
// A prize for results (月間MVPには賞金5万円, 目標達成者には金一封, 表彰制度（金一封）); awards for long service,
// attendance or safe driving are set aside as other rewards (OTHER_REWARD).
const PRIZE = String.raw`(?:表彰|mvp|コンテスト|達成|上位|優秀|トップ)[^\n。]{0,10}?(?:賞金|金一封|祝い?金|寸志)`;
const PLUS = gated(new RegExp([SHARE_OF, SHARE_BACK, PRIZE, RATE, LINKED, COUNT_TIMES, PER_SUCCESS, WORDS, FOLLOWS_RESULTS].join('|'), 'g'));
// Pay that follows results, said in a phrase (実績に応じて支給, 成果に連動して支給): its clause may say it is overtime
// (残業代は別途、実績に応じて) or a bonus or raise (賞与は成果に連動して) instead, unless it sets those apart
// (残業代とは別に、) or the phrase names results pay itself (実績に応じてインセンティブ).
const BY_RESULTS = /に応じ|に連動/;
const NAMES_RESULTS_PAY = /インセンティブ|歩合|報酬|コミッション/;
// Travel costs (交通費は訪問件数に応じて支給) are repaid, not earned.
const OTHER_PAY = /残業|時間外|深夜|休日出勤|賞与|ボーナス|昇給|昇格|評価|交通費|通勤|経費|ガソリン/;
const APART = /とは別|以外|に加え|のほか|の他/;
// 時給制のため、固定給ではありません (基本給はありません): the pay goes by the hour, not by results.
const TIME_WAGE = /時給|日給|月給|時間給|日当/;
// Other companies' pay systems, set against this one's: 歩合制の会社も多い中, フルコミッションの求人が多い業界ですが.
const OTHER_COMPANIES_AFTER = /^[^\n。]{0,8}?の(?:会社|企業|求人|職場|お店|業界)(?:も|が|と|は|で)/;
// A share or a formula (売上の30%, 単価×件数) outside the pay section is pay only with pay words on its line: 原価は売上に
// 対して30%以内, 請求額は単価×件数で計算 are figures the work handles.
const SHARE = /[×x*%]|パーセント|\d[ \t]*割/;
// The object of a payroll task (インセンティブを計算, 歩合などを集計, インセンティブ集計): someone else's pay the work handles.
const TASK_AFTER = /^[ \t]*(?:給)?(?:など|等)?(?:を|の)?(?:計算|集計|算出|入力|精算)/;
// A pay word that names a task (代理店へ支払う処理, 支給業務) is not one.
const PAY_WORDS = /(?:報酬|給与|給料|収入|支払|支給|歩合|インセンティブ|コミッション|バック|報奨|稼|もらえ|手取り)(?!う?(?:処理|業務|事務|手続|担当|管理))/;
// Referrals, qualifications, long service, attendance, joining: the rewards a line may be about (REWARD_LINE).
// Allowances per family member (家族手当：子1人につき5,000円) count people, not successes.
const REWARD_WORDS = '(?:社員|友人|友だち|友達|知人|スタッフ)紹介|紹介者|紹介制度|リファラル|資格取得|永年勤続|勤続|皆勤|無事故|入社祝い?|家族手当|扶養手当|配偶者|子(?:ども|供)?[ \\t]*(?:1|一)人';
// Rewards for something other than the job's results: those, suggestions and ideas (企画（アイデア）報奨制度) and inventions,
// passing an exam (合格時に報奨金), and what the company adds to one's savings (NISA奨励金, 財形奨励金, 持株会奨励金).
const SAVINGS = 'nisa|ideco|財形|持株会?|積立|確定拠出';
// The reward's own item must name it (社員紹介制度（報奨金あり）, 資格取得奨励金): 商品をご紹介し…インセンティブ and
// 資格手当、インセンティブ are results pay.
const OTHER_REWARD = new RegExp(`(?:${REWARD_WORDS}|改善提案|提案制度|アイデア|特許|発明|健康増進|(?:試験|資格|検定)?合格|${SAVINGS})[^、,。\\n/・]{0,6}$`);
// The same named right after the word: 報奨金（社員紹介）, 奨励金(資格取得時).
// (ご紹介の成約数に応じて) is results pay: only the compounds that name a referral or a qualification count.
const OTHER_REWARD_AFTER = /^[ \t]*(?:制度)?[ \t]*\([^()\n]{0,4}?(?:社員紹介|友人紹介|知人紹介|紹介制度|リファラル|資格取得|勤続|提案制度|皆勤)/;
// The company's product priced by results (成果報酬型の広告, 成果報酬型サービス), not the job's pay.
// Only 〜型 says so: インセンティブプラン is the job's pay; after a 〜報酬, の says it too (成功報酬の人材紹介).
const PRODUCT_WORDS = '(?:広告|サービス|プラン|料金|集客|代行|アフィリエイト|マーケティング|コンサルティング|支援|ビジネス|モデル|人材紹介|事業)';
const PRODUCT_AFTER = new RegExp(`^型(?:の|で)?[^\\n。]{0,6}?${PRODUCT_WORDS}`);
const PRODUCT_OF = new RegExp(`^の[^\\n。]{0,6}?${PRODUCT_WORDS}`);
// How the company earns (広告主からの成果報酬で収益をあげています, クライアントから成果報酬をいただくビジネスモデル): its
// business, not the job's pay.
const COMPANY_EARNS = /^(?:で(?:収益|利益|売上|売り上げ)|を(?:いただく|頂く|いただいて|頂いて|いただきます|頂きます|いただいております|頂いております))/;
// Said not to exist: 歩合制ではなく, インセンティブなし, 歩合制 | なし, インセンティブ（歩合）制度はありません, …のような歩合も一切なく.
// Also a denial a few words on (歩合制の営業ではありません, インセンティブ等はございません, インセンティブ等の成果給はありません) and
// a dash in a table (インセンティブ：－),
// and a heading, alone or joined with another item (■インセンティブ・ノルマ), answered on the next line (ありません。).
const NEGATED_AFTER = /^[^\n。]{0,4}?(?:なし|無し|ではな|じゃな|はありません|は一切|ありません|ございません|無)|^[ \t]*も[ \t]*(?:一切|まったく|全く)?[ \t]*(?:なく|なし|無し|ありません|ございません)|^[ \t]*(?:等|など)の?[^\n。、]{0,8}?(?:はありません|はございません|は一切|はなし|なし)|^[ \t]*[(（][^()（）\n]{1,8}[)）][ \t]*(?:の)?(?:制度|制)?(?:は|の支給は)?[ \t]*(?:一切)?(?:なし|無し|ありません|ございません)|^(?:[・/と][^\n。、]{1,8})?[ \t]*[】\]■◆]*[ \t]*\n[ \t]*(?:一切)?(?:ありません|ございません|なし|無し)|^[^\n。、]{0,10}?(?:ではありません|ではない|ではなく|はございません)|^[ \t]*(?:制)?[ \t]*[\n|:][ \t]*(?:なし|無し|無)|^[ \t]*(?:制)?[ \t]*[:|]?[ \t]*(?:ー|-|—|―|×)[ \t]*(?:\n|$)/;
// Words that place the amount right after them per success (PER_BEFORE joins them).
// One of what is counted, with what is done between (1件あたり, アポ1件, 1台販売ごとに, 1件の確定につき, 1名紹介で, 1通話, 1枚, 1軒,
// 1世帯, 1口, 成約1件=, 1契約あたり最大, 1件のご成立ごとに); also what delivery, writing and home work count (1配達, 1個口, 1文字,
// 1ワード, 1回答, 1着), what sales win (1獲得, 1受注, 1開通, 1回線, 1会員, 1加入, 1社導入ごとに, 1店舗, 1商談), places (1箇所,
// 1戸) and calls (1架電);
// the work done to one (1件の入力につき, 1件の対応ごとに); a note in brackets may follow (1アポイント（商談確定）), and an
// arrow or a comma may lead to the amount (獲得1件 → 2,500円, 寄稿1記事につき、2,000円).
const COUNTED_THING = '件|回線|台|会場|現場|本|契約|成約|アポイント|アポ|コール|架電|通話|鑑定|獲得|受注|開通|申込み?|申し込み|名|人|部|枚|記事|個口|個|点|軒|世帯|戸|棟|社|店舗|箇所|ヶ所|カ所|か所|口|通|冊|袋|箱|セット|案件|配達|配送|文字|字|ワード|回答|着|商談|会員|加入';
const SUCCESS_DONE = '成約|販売|獲得|契約|配布|確定|成立|決定|導入|受注|受付|開通|設置|申込み?|申し込み|登録|訪問|取得|施工|納品|入力|作成|執筆|撮影|処理|対応|完了|紹介';
const ONE_COUNTED = String.raw`(?:1|一)[ \t]*(?:${COUNTED_THING})(?:[ \t]*の?[ごお]?(?:${SUCCESS_DONE}))?(?:[ \t]*\([^()\n]{0,20}\))?[ \t]*(?:あたり|当たり|につき|ごと(?:に)?|毎|で)?(?:[ \t]*(?:の)?(?:報酬|手当|紹介料|報奨金|インセンティブ|ボーナス))?(?:[ \t]*(?:別途|さらに|平均|約|最大|最高|最低))?(?:[ \t]*(?:\+|プラス))?[ \t]*(?:[:=→⇒/、,]|->)?\s*$`;
// Per what is counted (件あたり), a rate per success (アポ単価3,000円; a customer's 客単価 is sales) or the pay per one
// named (1件あたりの報酬：).
const PER_COUNTED = String.raw`(?:件|台|契約|成約)(?:あたり|当たり|につき)[ \t]*:?[ \t]*$|(?<![客顧]|時間|時給)単価(?:[ \t]*\([^()\n]{0,8}\))?[ \t]*[:\]】]?[ \t]*$|(?:1|一)[ \t]*(?:件|台|契約|成約|アポ)(?:あたり|当たり|につき)の?(?:報酬|単価|金額)[ \t]*:?[ \t]*$`;
// A count times the amount (アポ獲得数 × 3,000円).
const COUNT_TIMES_AMOUNT = String.raw`数[ \t]*[×x*][ \t]*$`;
// Paid at each success (成約時に1万円, 契約成立で20,000円, 成約ごとに報酬5万円, アポが取れた時に6,000円) or the reward named for one
// (アポイント獲得報酬 5,000円).
const AT_SUCCESS = String.raw`(?:成約|契約成立|契約|受注|獲得|アポ(?:イント)?(?:獲得|取得|成立|確定)?|商談(?:成立|確定)|販売)(?:時に?|の際に?|ごとに|毎に|につき|で)[ \t]*(?:の?(?:報酬|手当)(?:として|は)?)?[ \t]*:?[ \t]*$|(?:取れた|決まった|成立した|成約した|獲得した|受注した)(?:時|とき|際|場合)に?[ \t]*:?[ \t]*$|(?:売れ|取れ|決ま|成約す|獲得す|受注す|契約す|成立す)(?:る|た)(?:ごと|たび|度|毎)に?[ \t]*:?[ \t]*$|(?:獲得|アポ(?:イント)?|成約|契約|成功)(?:報酬|手当)[ \t]*(?:額)?[ \t]*:?[ \t]*$`;
// Each success named with たび (成約のたびに2万円, 契約の都度1万円).
const EACH_SUCCESS = String.raw`(?:成約|契約|獲得|受注|販売|アポ(?:イント)?)の?(?:たび|度|都度)に?[ \t]*:?[ \t]*$`;
// Paid by the minute of calls taken (鑑定1分あたり60円, 通話1分につき40円, 1分あたり50円): the calls are the work counted.
const PER_MINUTE = String.raw`(?:通話|鑑定|相談|チャット|会話)?(?:時間)?[ \t]*(?:1|一)[ \t]*分(?:間)?(?:あたり|当たり|につき|ごと|毎)[ \t]*:?[ \t]*$`;
const PER_BEFORE = new RegExp([ONE_COUNTED, PER_COUNTED, COUNT_TIMES_AMOUNT, AT_SUCCESS, EACH_SUCCESS, PER_MINUTE].join('|'));
// A table's headcount cell on the line above (募集人数 ⏎ 1名 ⏎ 26〜45万): how many are hired, not what one success pays.
const HEADCOUNT_ROW = /(?:^|\n)[ \t]*(?:1|一)[ \t]*(?:名|人)[ \t]*\n\s*$/;
// Many successes named before the amount (月20件獲得で10万円, 10件成約で5万円): what they add up to, an earnings example,
// not what one pays.
const MANY_COUNTED = new RegExp(String.raw`(?<![\d.,])(?:[2-9]|[1-9]\d+)[ \t]*(?:${COUNTED_THING})[ \t]*の?[ \t]*(?:${SUCCESS_DONE})?[ \t]*(?:で|すると|したら|なら|の場合)[ \t]*(?:約|およそ)?[ \t]*$`);
/** Whether the words right before an amount count it per success or per piece (1記事 3,000円, アポ1件につき). */
export const countedPerPiece = (before: string): boolean => PER_BEFORE.test(before) && !HEADCOUNT_ROW.test(before) && !MANY_COUNTED.test(before);
/** Whether the words right before an amount count the successes it pays for, one or many: results pay, never a wage. */
export const countedSuccesses = (before: string): boolean => MANY_COUNTED.test(before) || (PER_BEFORE.test(before) && !HEADCOUNT_ROW.test(before));
// The same written after the amount: in brackets or after a slash (3,000円（1件あたり）, 2,000円（1獲得ごと）,
// 8,000円（成約時）) or times a count (1,500円×獲得件数).
const PER_AFTER = new RegExp(
  String.raw`^[ \t]*[(/][^()\n:]{0,6}?(?:(?:1|一)[ \t]*(?:${COUNTED_THING})(?:[ \t]*の?(?:${SUCCESS_DONE}))?[ \t]*(?:あたり|当たり|につき|ごと|毎)|(?:${SUCCESS_DONE})(?:時|ごと|毎))[ \t]*\)?|` +
    String.raw`^[ \t]*[×x*][ \t]*(?:獲得|成約|契約|アポ|受注|販売)?(?:件数|数)`,
);
// A line about a reward for something other than the job's results.
const REWARD_LINE = new RegExp(REWARD_WORDS);
/** An amount per head (1人あたり3万円), not per person won (採用1名あたり): see firstPerUnit. */
const PER_HEAD = /(?<!(?:採用|入社|紹介|成約|獲得|決定|契約|登録|送客|集客|動員)[ \t]*)(?:1|一)[ \t]*(?:人|名)[ \t]*(?:(?:あたり|当たり)(?:平均)?|平均)[ \t:]*(?:約|平均)?[ \t]*$/;
// What a deal costs the customer, named before a per-deal amount.
// The thing alone (工事1件につき8,000円, 商品1点につき300円) is what the worker is paid per piece, and a cost word
// alone (交通費込 1件3,000円) is not a price: the thing must be named as priced or as the topic (工事は1件80万円).
const PRICE = /(?:(?:制作|工事|施工|導入|利用|契約|購入)費|(?:商品|サービス|販売|製品|物件)?(?:価格|料金|代金)|(?:工事|施工|商品|物件|製品)(?:の)?(?:金額|額)|(?:工事|施工|商品|物件|製品)(?:は|が))(?:は|が|:)?[^\n。、]{0,6}$/;
// A wage with something added to it, earlier on the line: 時給1,300円＋…, 月給22万円に加えて….
const ADDED_TO_WAGE = /(?:時給|日給|月給|基本給|固定給)[^\n]{0,16}?\d[\d,.]*(?:万円?|円)[ \t]*(?:\+|プラス|に加え)/;
const WAGE = /(?:時給|日給|月給)[^\n]{0,16}?\d/;
/** The amount is added to a wage: on its own line (時給1,300円＋獲得1件ごとに1,500円), or, in a list of conditions,
 *  marked as added (アポ1件につき＋1,000円) right under the line of the wage. */
function addedToWage(text: string, lineBefore: string, at: number): boolean {
  if (ADDED_TO_WAGE.test(lineBefore)) return true;
  const ls = lineStart(text, at);
  return /(?:\+|プラス)[ \t]*$/.test(lineBefore) && ls > 0 && WAGE.test(lineAt(text, ls - 1));
}
const SUCCESS_FIRST = /^ご?(?:契約|成約|受注|獲得|販売|紹介|アポ)/;
// A program for customers or partners (代理店様向け報奨金, 会員さま向けインセンティブ): theirs, not the job's pay.
const CUSTOMERS_BEFORE = /(?:様|さま)[ \t]*(?:向け|用)?の?[ \t]*$|(?:代理店|加盟店|取引先|顧客|会員)向けの?[ \t]*$/;
// What follows a role named as the topic, up to the word: は or には or のみ, and the rest of the clause.
const ROLE_TOPIC_TAIL = String.raw`(?:は|には|のみ)[ \t]*(?:別途)?[、,]?[^\n。、]{0,14}$`;
// Another role named as the topic of the sentence (※同時募集のドライバー職は固定給＋歩合制, 営業職は別途、成約に応じた歩合給),
// or the words said not to apply to this opening (本求人は対象外): that role's terms.
const OTHER_ROLE_TOPIC = new RegExp(String.raw`(?:同時募集|別途募集|併せて募集|別募集)[^\n。]{0,16}$|([\u30a0-\u30ff\u4e00-\u9fff]{1,8})(?:職|スタッフ|担当)(?:の方)?${ROLE_TOPIC_TAIL}`, 'u');
// The same with a role named by its own word (オペレーターにはインセンティブ制度がありますが、SVの給与は月給制です).
const OTHER_NAMED_ROLE_TOPIC = new RegExp(String.raw`((?:[\u30a0-\u30ff\u4e00-\u9fff]{0,6})(?:オペレーター|アポインター|コミュニケーター|ドライバー|トレーナー|アドバイザー))(?:の方|の皆さん|の皆様)?${ROLE_TOPIC_TAIL}`, 'u');
/** Words for this opening (本求人, この求人, 本募集, 今回の募集). */
const THIS_OPENING = '本求人|この求人|本募集|今回の募集';
const NOT_THIS_OPENING_AFTER = new RegExp(`^[^\\n。]{0,30}?(?:${THIS_OPENING})[^\\n。]{0,12}?(?:対象外|含まれません|適用されません|ありません|の募集です)`);
/** …and this opening's fixed pay set against the terms before it (…歩合給が中心ですが、この求人の事務職は固定給です): the
 *  terms are another role's. The job may be named as the work too (このお仕事, 今回募集する). */
const FIXED_FOR_THIS_OPENING_AFTER = new RegExp(`^[^\\n。]{0,20}?(?:が|けど|けれど|一方)[、,]?[ \\t]*(?:${THIS_OPENING}|今回の(?:求人|お仕事)|今回募集する|このお仕事|この仕事)[^\\n。]{0,16}?固定(?:給|報酬|の(?:お)?給与)`);

/** A sentence whose topic is the sales side of the company (営業部門では, 法人営業部では, 営業部は, 販売課においては,
 *  営業スタッフには): its targets and
 *  results pay are that side's (営業部門ではインセンティブ制度を導入し、成績上位者は…), not a job the title does not name as
 *  sales. Only sales units: a center's or a team's own topic (センターでは, チームでは) may be the job's. A denial
 *  (営業職ではないので、ノルマはありません) is about this job and is read as such. */
const SALES_UNIT_TOPIC = /^[ \t・■◆●\-]*(?:(?:当社|弊社|私たち|わたしたち|グループ)の)?[^。、\n]{0,8}?(営業|販売)(?:(?:部門|部署|本部|事業部|部|課|チーム)(?:で|に|において)?|職(?:で|に|において)|(?:スタッフ|担当者?|社員|マン)(?:に|において))は(?!ない|なく|ありません|ございません)[、,]?/;
/** The title names the job as sales (営業, 販売スタッフ), not as an assistant or clerk to it (営業アシスタント, 営業事務,
 *  販売サポート): such a job's sales side is another role. */
const titleNamesSales = (title: string, unit: string) => new RegExp(`${unit}(?!アシスタント|事務|サポート|補佐|助手)`).test(title);
export function isSalesUnitsTopic(sentenceText: string, title: string): boolean {
  const m = SALES_UNIT_TOPIC.exec(sentenceText);
  return m !== null && !titleNamesSales(title, m[1]!);
}


/** Results pay as the matter of a task (報奨金の計算, インセンティブの集計, 歩合の支払い処理): the job works out others' pay,
 *  it is not paid so itself. */
const PAY_AS_TASK_AFTER = /^(?:の|を)(?:計算|集計|算出|管理|支払い?(?:処理|手続き)|振込(?:処理|手続き))/;

/** Results that raise the wage itself (成果に応じて時給アップ, 成果に応じて昇給): a raise at the review, not pay per success. */
const RAISE_AFTER = /^(?:て|た)?[、,]?[ \t]*(?:(?:時給|日給|月給|給与|お給料|給料|基本給)(?:が|を)?(?:アップ|up|上が|上げ)|昇給)/i;

/** Results pay said to be for one role only (インセンティブ制度は営業職のみが対象です, 報奨金の対象は、アポインターのみとなります): unless
 *  the title names that role, another job's. */
export const ONLY_ROLE_AFTER = /^[ \t]*(?:制度|制)?(?:は|の対象は)[、,]?[^。\n]{0,8}?([\u30a0-\u30ff\u4e00-\u9fff]{1,8}?(?=(?:職|スタッフ|担当者?|社員)(?:の方)?(?:のみ|だけ|限定))|[\u30a0-\u30ff\u4e00-\u9fff]{0,6}?(?:アポインター|オペレーター|コミュニケーター|ドライバー|トレーナー|アドバイザー)(?=(?:の方)?(?:のみ|だけ|限定)))(?:職|スタッフ|担当者?|社員)?(?:の方)?(?:のみ|だけ|限定)(?:が|の)?(?:対象|適用|支給|と(?:なり|なって))/u;

/** A reward for bringing in a friend (社員紹介制度：ご友人の入社が決まると報奨金10万円, 紹介者の方に報奨金1万円): the
 *  sentence names the referral, and the reward is for it, not for the job's results. */
const REFERRAL = /紹介制度|社員紹介|友人紹介|知人紹介|紹介者|ご友人|お友だち|お友達|ご知人|リファラル/;
export const isReferralReward = (word: string, sentence: string): boolean => /^(?:報奨金?|祝い?金)/.test(word) && REFERRAL.test(sentence);

/** A reward for long service or attendance (永年勤続表彰（報奨金あり）, 勤続3年で記念品と報奨金, 皆勤報奨金): named in the words
 *  before it in the same item, it is paid for staying, not for results. */
const SERVICE_BEFORE = /(?:勤続|永年|皆勤|長期(?:就業|勤務))[^。、\n／/|]{0,24}$/;
/** …or an award the company gives (年間表彰「〇〇アワード」（ベストオペレーター賞・営業MVPなど、報奨金あり）, 全社表彰（MVP・
 *  新人賞、報奨金あり）): a prize, not results pay, unless the item counts the results it rewards (成約数トップ3に
 *  報奨金, 皆勤賞あり、成約ごとに報奨金). */
const AWARD_BEFORE = /(?:表彰|アワード|賞)[^。\n／/|]{0,40}$|(?:表彰|アワード)[^。\n()]{0,12}\([^()\n]{0,40}$/;
/** …the results counted: a count or a unit of them (成約ごと, 1件につき); a period (半期ごとに選ばれる) counts none. */
const RESULTS_COUNTED = /成約|獲得|契約|件数|売上|(?:件|本|成約|契約|獲得|アポ)ごと|につき|あたり|当たり|トップ\d|\d位/;
export const isServiceOrAwardPrize = (word: string, before: string): boolean =>
  /^(?:報奨金?|祝い?金)/.test(word) && (SERVICE_BEFORE.test(before) || (AWARD_BEFORE.test(before) && !RESULTS_COUNTED.test(before)));

const QUESTION_LINE = /(?:ますか|ですか|でしょうか)[?？]?[ \t]*$|[?？][ \t]*$/;
const ANSWER_YES = /^\s*(?:a[ \t]*[.:：)]?[ \t]*|答え[ \t]*[:：]?[ \t]*|回答[ \t]*[:：]?[ \t]*)?(?:はい|あります|ございます|もちろん)/i;

/** Characters after a results-pay word that a clause withholding it from another role takes. */
const WITHHELD_REACH = 90;

/**
 * The words around a results-pay word that make it no pay of this job, as the pay reader and the analyzer both read
 * them (lib/analysis/whose-terms.ts): said not to apply to this opening (※営業職は歩合あり（本求人は対象外です）) or
 * set against its fixed pay (乗務員の給与は歩合給が中心ですが、この求人の事務職は固定給です), the matter of a task
 * (報奨金の計算), a raise (成果に応じて時給アップ), withheld from the role the title names (…がありますが、SVの
 * ポジションには支給されません) or another role's against this job's fixed pay (乗務員には歩合給がありますが、受付
 * スタッフは時給制です). `before`: the few characters before the word; `after`: the words after it, to its sentence's
 * end or a reach.
 */
export function isPayOfNoneHere(before: string, after: string, title: string): boolean {
  return NOT_THIS_OPENING_AFTER.test(after.slice(0, 44)) || FIXED_FOR_THIS_OPENING_AFTER.test(after.slice(0, 60)) || PAY_AS_TASK_AFTER.test(after.slice(0, 12)) || RAISE_AFTER.test(after.slice(0, 12)) || isWithheldFromTitleRole(after, title) || isSetAgainstFixedPay(before, after);
}

function otherRolesTerms(t: PayText, at: number, end: number): boolean {
  const text = t.text;
  if (isPayOfNoneHere(text.slice(Math.max(lineStart(text, at), at - 12), at), text.slice(end, end + WITHHELD_REACH), titleText(t))) return true;
  // インセンティブ制度は営業職のみが対象です, under a title that names another job.
  const only = ONLY_ROLE_AFTER.exec(text.slice(end, end + 30));
  if (only && !titleNamesRole(titleText(t), only[1]!)) return true;
  const sentenceStart = Math.max(lineStart(text, at), text.lastIndexOf('。', at - 1) + 1);
  if (isSalesUnitsTopic(text.slice(sentenceStart, at), titleText(t))) return true;
  // A. 法人営業は…職種で、売上の目標とインセンティブがあります: the sentence is about that role.
  const stop = text.slice(end).search(/[。\n]/);
  if (isAnotherRolesTopic(text.slice(sentenceStart, stop < 0 ? text.length : end + stop), at - sentenceStart, titleText(t))) return true;
  const ls = Math.max(sentenceStart, at - 30);
  const m = OTHER_ROLE_TOPIC.exec(text.slice(ls, at)) ?? OTHER_NAMED_ROLE_TOPIC.exec(text.slice(ls, at));
  if (!m) return false;
  // The role the title names is this job's (営業職は固定給＋歩合 in a sales posting); a title that names no job (正社員募集)
  // says nothing of which role is this one.
  const title = titleText(t);
  return !m[1] || (TITLE_NAMES_A_JOB.test(title) && !title.includes(m[1]));
}

// Words right after a per-success amount that make it the worker's pay.
const PAID_AFTER = /^[^\n。]{0,6}?(?:の)?(?:手当|報酬|インセンティブ|歩合|ボーナス|を?(?:別途)?(?:支給|プラス|加算|上乗せ|お支払|支払|還元|バック|お渡し))/;
const ALONE_AFTER = /^[ \t]*(?:制|型)?[ \t]*(?:のみ|だけ)(?![ \t]*(?:で(?!す)|じゃ))/;
const GUARANTEE = gated(/最低保証|最低保障|保証給|最低報酬/g);

// Denied together with the word after it: 歩合やインセンティブの制度はありません, 歩合・賞与なし, 歩合給・インセンティブの制度はなく.
const NEGATED_WITH_NEXT = /^(?:給|制)?[ \t]*(?:や|・|、|と|及び|および|または|\/)[^\n。、]{1,12}?(?:はありません|はございません|はなし|なし|無し|はない|はなく|ではありません)/;

// A cap said not to exist (インセンティブ上限なし, 歩合（上限はありません）): the pay is unlimited, not denied. Also said
// plainly as denied: 歩合はなく、固定給のみ.
const NO_CAP_AFTER = new RegExp(String.raw`^[ \t]*(?:あり|有り|制度)?[ \t]*[(（]?[ \t]*(?:の|は)?[ \t]*(?:支給)?(?:${CAP_WORDS.join('|')})(?:は|が)?[ \t]*(?:一切)?(?:なし|無し|ありません|ございません|なく|ない|無)`);
const DENIED_PLAINLY = /^[ \t]*(?:の)?(?:制度|制)?は(?:なく|ないため|ない)(?:[、,]|$|\s)/;

// Pay that follows results, with its verb denied (販売件数によって時給が変わることもない, 件数に応じて時給が上がること
// はありません, 時給がアップしません): the pay stays as it is.
const VERB_DENIED = /^(?:らない|らず|りません|しない|しません|せず|(?:る|する)(?:こと|わけ)(?:は|も|では)[ \t]*(?:一切|まったく|全く)?[ \t]*(?:ありません|ございません|ない|なく))/;

function negated(text: string, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (NO_CAP_AFTER.test(after)) return false;
  return NEGATED_AFTER.test(after) || VERB_DENIED.test(after) || NEGATED_WITH_NEXT.test(after) || DENIED_PLAINLY.test(after);
}

function firstMention(t: PayText, scan: GatedScan, also: (at: number) => boolean = () => true): { start: number; end: number } | null {
  for (const m of matchesOf(scan, t.text, MAX_MENTIONS)) {
    const end = m.index + m[0].length;
    if (isCompanyProfile(t, m.index) || underOtherOpenings(t, m.index) || negated(t.text, end) || !also(m.index)) continue;
    const after = t.text.slice(end, end + 16);
    const clause = clauseBefore(t.text, m.index, 12);
    if (OTHER_REWARD.test(clause) || OTHER_REWARD_AFTER.test(after) || PRODUCT_AFTER.test(after)) continue;
    // お客様のご契約が決まるたびに: the customers' contract is the worker's success, not a program of theirs.
    if ((CUSTOMERS_BEFORE.test(clause.slice(-8)) && !SUCCESS_FIRST.test(m[0])) || otherRolesTerms(t, m.index, end)) continue;
    const line = lineAt(t.text, m.index);
    const lineBefore = t.text.slice(lineStart(t.text, m.index), m.index);
    if (isReferralReward(m[0], line) || isServiceOrAwardPrize(m[0], lineBefore) || namesFormerRole(lineBefore.slice(-30))) continue;
    // Asked about (Q. インセンティブはありますか？): the answer says whether there is any, and names it if so.
    if (QUESTION_LINE.test(line) && !ANSWER_YES.test(t.text.slice(lineEnd(t.text, m.index), lineEnd(t.text, m.index) + 12))) continue;
    // 成果連動型報酬の広告サービス, 成功報酬の人材紹介: the product's price, as with 〜型.
    if (/報酬$/.test(m[0]) && (PRODUCT_OF.test(after) || COMPANY_EARNS.test(after))) continue;
    if (TASK_AFTER.test(after) || OTHER_COMPANIES_AFTER.test(after)) continue;
    if ((/では/.test(m[0]) || m[0].startsWith('基本')) && TIME_WAGE.test(clauseBefore(t.text, m.index))) continue;
    // A share of the profit is a company's figure (当社の粗利の30%は研究開発に) unless its line says it is paid, even
    // in a pay section, or it opens the pay field (報酬 ⏎ 1成約につき粗利の30%).
    if (SHARE.test(m[0]) && (sectionOf(t, m.index) !== 'pay' || (/利益?の|利益(?:のうち|から)/.test(m[0]) && !opensPayField(t, m.index))) && !PAY_WORDS.test(lineAt(t.text, m.index))) continue;
    if (BY_RESULTS.test(m[0]) && !NAMES_RESULTS_PAY.test(m[0]) && OTHER_PAY.test(clause) && !APART.test(clause)) continue;
    // "ではなく固定給" before the words: 完全歩合ではありません is caught after; 歩合ではない is caught too.
    return { start: m.index, end };
  }
  return null;
}

// Pay words joined right to a per-success amount, said not to exist (〜円といった歩合はありません, 〜円の手当はなく);
// not another item after it (1件500円、通勤手当なし).
const DENIED_PAY_AFTER = /^[ \t]*(?:の|といった|などの|という|のような|程度の)?[ \t]*(?:歩合|手当|インセンティブ|報酬|報奨金?|出来高)(?:制度)?(?:など|等)?(?:は|の支給は|も)?[ \t]*(?:一切)?(?:ありません|ございません|なく|なし|無し|ではなく|ではありません|出ません|支給されません)/;

/** A per-success amount named to say there is no such pay (成約1件につき3,000円といった歩合はありません): it is neither
 *  results pay nor a wage. The pay reader drops such amounts before it reads anything. */
export const isDeniedRate = (text: string, a: AmountRange): boolean =>
  a.money && (a.per === 'piece' || countedPerPiece(text.slice(Math.max(0, a.start - 28), a.start))) && DENIED_PAY_AFTER.test(text.slice(a.end, a.end + 30));

/** The first per-success amount: in the sentence after an incentive word, or written as 1件あたり …円 / …円/件.
 *  The 給与/報酬 section's reads first, as for base pay: a title's 1部3円〜 is its teaser. */
function perUnitAmount(t: PayText, amounts: AmountRange[], mention: { start: number } | null): AmountRange | null {
  const inPay = amounts.filter((a) => sectionOf(t, a.start) === 'pay');
  return firstPerUnit(t, inPay, mention) ?? firstPerUnit(t, amounts, mention);
}

function firstPerUnit(t: PayText, amounts: AmountRange[], mention: { start: number } | null): AmountRange | null {
  const noPaySection = !mention && !hasPaySection(t);
  for (const a of amounts) {
    if (!a.money || a.min <= 0 || isCompanyProfile(t, a.start) || underOtherOpenings(t, a.start)) continue;
    if (sectionOf(t, a.start) === 'company') continue;
    const before = t.text.slice(Math.max(0, a.start - 28), a.start);
    if (a.per === 'piece' || countedPerPiece(before) || PER_AFTER.test(t.text.slice(a.end, a.end + 20))) {
      // 社員紹介報奨金：1名につき50,000円 is a referral reward, not pay per success.
      const ls = lineStart(t.text, a.start);
      const lineBefore = t.text.slice(ls, a.start);
      // Its label may stand on the line above (社員紹介報奨金 ⏎ 1名につき50,000円) where the line has none of its own.
      if (REWARD_LINE.test(lineBefore) || (!/[:|]/.test(lineBefore) && REWARD_LINE.test(labelAbove(t.text, ls)))) continue;
      // 制作費は1件30万〜80万円, 商品価格1台5万円, 塗装工事は1件80万円ほど: what the customer pays per deal, not the
      // worker's pay.
      if (PRICE.test(lineBefore)) continue;
      // 1人あたり3万円, 1人平均 3,500円 (a bonus's or a raise's last year's figure, an allowance's average) is an amount
      // per head, not per success; 採用1名あたり is a success counted in people.
      if (PER_HEAD.test(lineBefore)) continue;
      // Per-unit prices of a service (1コール150円 in an advert) are not pay: there must be pay words around, a pay
      // section, pay words right after the amount (アポ1件につき500円の手当をプラス, 成約1件ごとに3,000円を支給), or,
      // on a page with no pay section, a wage the amount is added to (where there is one, a wage elsewhere is another
      // role's: 別の職種は時給1,200円＋アポ1件ごとに1,000円).
      if (!mention && sectionOf(t, a.start) !== 'pay' && !(noPaySection && addedToWage(t.text, lineBefore, a.start)) && !PAID_AFTER.test(t.text.slice(a.end, a.end + 16))) continue;
      return a;
    }
  }
  return null;
}

function guaranteedAmount(t: PayText, amounts: AmountRange[]): AmountRange | null {
  for (const m of matchesOf(GUARANTEE, t.text, MAX_MENTIONS)) {
    const end = m.index + m[0].length;
    if (negated(t.text, end) || isCompanyProfile(t, m.index) || underOtherOpenings(t, m.index)) continue;
    // As a label (最低保証：稼働開始から3ヶ月間は…月額150,000円を保証, or its table row: 最低保証<TAB>稼働開始から…) its value may
    // state conditions first: the rest of its line.
    const reach = /^(?:[ \t]*[:|]|[ \t])/.test(t.text.slice(end, end + 3)) ? Math.min(lineEnd(t.text, end), end + 60) : end + 17;
    const a = amountIn(amounts, end, reach, (x) => x.money && x.min > 0);
    if (a && !/[。]/.test(t.text.slice(end, a.start))) return a;
    // Or named right before it (月12万円の最低保証).
    const b = amountIn(amounts, Math.max(0, m.index - 16), m.index, (x) => x.money && x.min > 0);
    if (b && /^[ \t]*(?:の|を)?[ \t]*$/.test(t.text.slice(b.end, m.index))) return b;
  }
  return null;
}

// What each success is, said before the share (契約1件につき売上の20%): the share still opens the field.
const PER_SUCCESS_HEAD = /(?:成約|契約|販売)?(?:1|一)[ \t]*(?:件|台|契約|成約)(?:の?(?:成約|契約|販売))?(?:あたり|当たり|につき|ごとに|毎に|で)[ \t、,]*$/;

// The kind of contract before the pay system on its line (業務委託（成果報酬型）, 請負（出来高）): the system is still
// what the field says the pay is.
const CONTRACT_HEAD = /(?:業務委託|請負)(?:契約)?[ \t]*[(・/]?[ \t]*$/;
// What the system is counted in, or an honorific, right before its words: 売上歩合 50%, ご契約金額の10%.
const SYSTEM_PREFIX = /(?:^|(?<=[\s\p{P}\p{S}]))(?:売上|売り上げ|成約|ご|お)$/u;

// What the system pays by, said before it (稼働に応じた成果報酬, 実績に応じて歩合): the system still opens the field.
const BASIS_HEAD = /(?:稼働|実績|成果|業績|件数|獲得数|契約数|成約数|売上)(?:に応じ(?:た|て)|に比例した|次第の)[ \t、,]*$/;

// A short note in brackets inside the system's words (契約金額（税抜）の8%).
const NOTE = /\([^()\n]{0,6}\)/;
// Paid only at a success, said before the system (ご成約時のみ、契約金額の8%を…): the system still opens the field.
const SUCCESS_ONLY_HEAD = /(?:ご)?(?:成約|契約|受注|売買成立|成立)(?:時|の際|した場合)(?:のみ|だけ|に限り)[ \t、,]*$/;

// A rate that opens its line is a pay field of its own (報酬率 70〜80%, 歩合率：50%), under whatever heading; not
// 手数料率, which a page may state of its own fees.
const RATE_LABEL = new RegExp(`^(?:${RATE_WORDS})`);

/** A pay system named after a pay label on its line, first on a line of the 給与 section, or a rate opening its line. */
function opensPayField(t: PayText, at: number): boolean {
  if (!PAY_SYSTEM.test(t.text.slice(at, at + 16).replace(NOTE, ''))) return false;
  const head = t.text.slice(lineStart(t.text, at), at).replace(SUCCESS_ONLY_HEAD, '').replace(PER_SUCCESS_HEAD, '').replace(CONTRACT_HEAD, '').replace(BASIS_HEAD, '').replace(SYSTEM_PREFIX, '');
  return PAY_FIELD_HEAD.test(head) || (head.trim() === '' && (sectionOf(t, at) === 'pay' || RATE_LABEL.test(t.text.slice(at, at + 8))));
}

// Something the results pay is added to, before it on its line (経験を考慮の上決定＋インセンティブ, 当社規定に加え歩合), or a figure.
const ADDED_BEFORE = /(?:\+|プラス|に加え(?:て)?|のほか|の他|別途)[ \t、,]*$|\d/;
// Said only to exist (インセンティブあり, 歩合制度有り): there is results pay, not that it is all the pay.
const EXISTS_AFTER = /^[^\n。、]{1,12}?(?:制度)?[ \t]*(?:あり|有り|有|もあり|がありま|もありま)/;

/**
 * Results pay as the first thing its pay field says (報酬 ⏎ 紹介料として契約額の10%, 給与 ⏎ 業務委託のため成果に応じて
 * 報酬をお支払いします, 報酬：案件ごとに異なります（成果報酬）): with no wage or base named anywhere, it is the whole pay,
 * as when the field opens with the system's name. Not when something comes first that it is added to (決定＋インセンティブ)
 * or a figure does.
 */
export function firstInPayField(t: PayText, at: number): boolean {
  const section = sectionObjectAt(t.sections, at);
  if (!section || section.kind !== 'pay') return false;
  const headingLine = lineStart(t.text, section.start);
  const ls = lineStart(t.text, at);
  // On the heading's own line (給与：…, past its label) or on the first line with words under it.
  const onHeadingLine = ls === headingLine;
  if (!onHeadingLine && t.text.slice(lineEnd(t.text, section.start), ls).trim() !== '') return false;
  const before = onHeadingLine ? t.text.slice(section.start, at).replace(/^[^:\t ]*[:\t ]/, '') : t.text.slice(ls, at);
  return !ADDED_BEFORE.test(before) && !EXISTS_AFTER.test(t.text.slice(at, lineEnd(t.text, at)));
}

/** `elsewhere` marks words that speak for something else (another role's pay line): they are passed over. */
export function findIncentive(t: PayText, all: AmountRange[], elsewhere: (at: number) => boolean = () => false): IncentiveFinding {
  const amounts = all.filter((a) => !elsewhere(a.start));
  const here = (at: number) => !elsewhere(at);
  const only = firstMention(t, ONLY, here) ?? firstMention(t, ONLY_BY_COUNT, here);
  const plus = firstMention(t, PLUS, here) ?? firstMention(t, FEE_AS_PAY, (at) => here(at) && opensPayField(t, at));
  const mention = only ?? plus;
  // Without incentive words, a per-success amount under 給与/報酬 is still kept: it may be the whole pay.
  if (!mention) return { kind: 'none', start: -1, end: -1, perUnit: perUnitAmount(t, amounts, null), guaranteed: guaranteedAmount(t, amounts), opensPayField: false };
  // Results pay said to be all there is (売上の20%〜30%のみ, コミッションだけです; not インセンティブだけで月5万円).
  const alone = !only && ALONE_AFTER.test(t.text.slice(mention.end, mention.end + 8));
  return {
    kind: only || alone ? 'only' : 'plus',
    start: mention.start,
    end: mention.end,
    perUnit: perUnitAmount(t, amounts, mention),
    guaranteed: guaranteedAmount(t, amounts),
    opensPayField: opensPayField(t, mention.start),
  };
}

/** A board's summary above the posting (業務委託（成果報酬型）) may name results pay first; the pay field names it again,
 *  and that is where it says what the pay is. Looked for only when no wage is stated (it reads every mention). */
export function resultsOpeningPayField(t: PayText, f: IncentiveFinding): IncentiveFinding {
  if (f.kind !== 'plus' || f.opensPayField || sectionOf(t, f.start) === 'pay') return f;
  const m = firstMention(t, PLUS, (at) => opensPayField(t, at));
  return m ? { ...f, start: m.start, end: m.end, opensPayField: true } : f;
}

// The words of a pay counted per success or per piece of work: 成約1件ごとにお支払い, 件数×単価, 出来高払い.
const COUNTED_PAY = /ごと|毎|につき|あたり|当たり|単価|[×x*]|出来高/;

/** Under a pay field that opens with pay counted per success or per piece (報酬は、ご成約1件ごとにお支払いします,
 *  ■報酬（出来高払い）), the figures after it in its section that name no unit of time (医療保険 8,000円／がん保険
 *  6,000円, a table of rates: エアコン標準取付｜9,000円) are its rates, not a wage. */
export function ratesPerSuccess(t: PayText, f: IncentiveFinding, candidates: BaseCandidate[]): BaseCandidate[] {
  if (!f.opensPayField || f.start < 0 || !COUNTED_PAY.test(t.text.slice(f.start, f.end))) return [];
  const section = t.sections.find((s) => s.start <= f.start && f.start < s.end);
  return candidates.filter((c) => !c.stated && c.start > f.end && (!section || c.start < section.end));
}

// Results counted in what is sold: a share of the sales (売上の25%, 販売額の8%, 仲介手数料の50%, 売上に対するバック) or so much per sale
// (販売1戸につき, 成約1件ごとに, 1台のご契約につき, 1台売れるごとに). Per piece of other work (1枚, 1件の入力) is not.
const SOLD_COUNT = String.raw`(?:1|一)[ \t]*(?:件|台|戸|棟|口|契約|本|社)`;
// 契約 alone is as often the worker's own contract (業務委託契約ごとに): a customer's only as ご契約 or with a count.
const PER_SALE = String.raw`(?:ご?(?:販売|成約|受注)(?:[ \t]*${SOLD_COUNT})?|ご契約(?:[ \t]*${SOLD_COUNT})?|契約[ \t]*${SOLD_COUNT})[ \t]*(?:ごと|毎|につき|あたり|当たり)|ご?(?:販売|成約|受注)[ \t]*(?:時に|の際|で)|${SOLD_COUNT}[ \t]*の?[ \t]*ご?(?:販売|成約|受注|契約)|(?:売れ|成約し|受注し)(?:る|た)(?:ごと|たび|度|毎|とき|時)`;
// An agent's or a sales fee (代理店手数料, 販売手数料) is paid on what is sold.
const SALES_FEE = '代理店手数料|販売手数料';
const SALES_COUNTED = gated(new RegExp(`${SHARE_OF}|${SALES_BACK}|${PER_SALE}|${SALES_FEE}`, 'g'));

/** Where the pay is counted in sales, in the pay section or on a line that speaks of pay: the work is selling,
 *  whatever else the page calls it. */
export function salesCounted(t: PayText): { start: number; end: number } | null {
  return firstMention(t, SALES_COUNTED, (at) => sectionOf(t, at) === 'pay' || PAY_WORDS.test(lineAt(t.text, at)));
}
