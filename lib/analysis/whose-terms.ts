// Whose terms a quota or results-pay word states: this job's, or another role's that the sentence sets against it,
// or a former job's, or the customer's own goal that the job helps reach. Words of work told as a former job's too.
import { isPayOfNoneHere, isReferralReward, isServiceOrAwardPrize, ONLY_ROLE_AFTER } from '../pay/incentive';
import { titleNamesRole } from '../text/title-names-role';
import { namesFormerRole } from '../text/former-role';

/** A line that sends the reader to another opening (※営業職の募集はこちら（月給22万円＋インセンティブ）, ドライバーの求人は
 *  別ページ, ※詳しくは別の求人をご覧ください, 営業職（歩合給あり）も別の求人番号で募集中です): the pay it names is that
 *  opening's. */
const POINTS_TO_ANOTHER_OPENING = /(?:募集|求人)(?:要項|情報)?(?:は|については)[ \t]*(?:こちら|別ページ|下記|以下|→)|別の(?:求人(?:番号)?|募集|求人ページ|ページ)(?:を|で|から|に)|別求人(?:番号)?(?:を|で|から|に|として)/;

/**
 * Results pay said of another role, against this job's fixed pay (営業職は歩合給がありますが、本求人は固定給です;
 * 乗務員は歩合制ですが、オペレーターは固定給です) or said to be for one role only that the title does not name
 * (インセンティブ制度は営業職のみが対象です) or said not to apply to this opening (本求人は対象外), and a reward for a
 * referral (紹介者の方に報奨金), for long service (永年勤続表彰（報奨金あり）) or as a company prize (全社表彰（MVP、報奨金
 * あり）): the word is in the posting, the pay is not this job's. The pay reader applies the same
 * checks (lib/pay/incentive.ts).
 */
export function isAnotherRolesPay(sentenceText: string, start: number, end: number, title = ''): boolean {
  const word = sentenceText.slice(start, end);
  if (POINTS_TO_ANOTHER_OPENING.test(sentenceText) || isReferralReward(word, sentenceText) || isServiceOrAwardPrize(word, sentenceText.slice(Math.max(0, start - 30), start))) return true;
  // ※営業職は歩合あり（本求人は対象外です), 報奨金の計算, …SVのポジションには支給されません, …が中心ですが、この求人の
  // 事務職は固定給です: as the pay reader reads them.
  return isPayOfNoneHere(sentenceText.slice(Math.max(0, start - 12), start), sentenceText.slice(end), title) || isForAnotherRoleOnly(sentenceText, end, title);
}

/** Pay said to be for one role only that the title does not name (インセンティブ制度は営業職のみが対象です), read from the
 *  topic's は where the word opens a longer noun (獲得件数に応じた報奨金の対象は、アポインターのみとなります): the pay,
 *  and the count it is paid on, are that role's. */
export function isForAnotherRoleOnly(sentenceText: string, end: number, title: string): boolean {
  const rest = sentenceText.slice(end);
  const topic = rest.slice(0, 16).search(/(?:制度|制)?(?:の対象は|は)/);
  const only = ONLY_ROLE_AFTER.exec(rest) ?? (topic > 0 ? ONLY_ROLE_AFTER.exec(rest.slice(topic)) : null);
  return only !== null && !titleNamesRole(title, only[1]!);
}

/** A former job named right before the word, in the same clause: 以前はノルマの厳しい会社にいました, 前の会社はノルマが
 *  きつくて (a staff voice's story), Oさんの経歴：新卒で通信会社の法人営業に配属され (a career told), not 前職でノルマに
 *  疲れた方も、当社はノルマなし's second ノルマ; nor a role the speaker held before (lib/text/former-role.ts). */
const FORMER_JOB = String.raw`前の(?:会社|職場|仕事|バイト|アルバイト|勤め先|お店)|以前の(?:会社|職場|仕事|バイト|アルバイト|勤め先)|昔の(?:会社|職場)|前職|前にいた会社`;
// A list of former jobs may run before the word (前職は法人営業、ITサポート、歯科医院の受付など); an item that ends a clause
// (前職は営業でしたが、…) closes the list.
const FORMER_JOB_BEFORE = new RegExp(String.raw`(?:${FORMER_JOB}|以前は|経歴[:：])(?:[^、。\n]{1,10}(?<![がどたすで])[、・])*[^、。\n]{0,12}$`);
/** A background named by the word (営業出身, コールセンター出身): where the speaker came from. */
const BACKGROUND_AFTER = /^(?:職)?出身/;

/** A clause told in the past and set against the job now (お店では売上目標に追われていましたが、ここでは…, 前は電話を
 *  かけていましたが、今は…): its words are the former job's. */
const FORMER_SET_AGAINST_NOW = /^[^。\n]{0,20}?(?:ていました|でした|ました|だった|かった|ていた)(?:が|けど|けれど|けれども)[、,]?[ \t]*(?:ここ|今|いま|現在|当社|こちら|この(?:仕事|職場|会社|センター|お仕事))(?:では|は|で|の)/;

/** A sentence that opens with a former job and tells it in the past (前職は携帯ショップで販売をしていて、毎月の販売ノルマが
 *  重荷でした: a staff voice's story): every quota word in it is that job's. */
/** Words that open a story of a former job: one named (前職は, 前のバイトは) or a time before (以前は, 前は, もともとは). */
const FORMER_OPENER = String.raw`(?:${FORMER_JOB}|以前|前|もともと|元々)`;
const FORMER_JOB_OPENING = new RegExp(String.raw`^[\s「『"（(]*${FORMER_OPENER}(?:は|では|で|の)`);
/** …or given as what made the speaker come (販売の仕事では毎月の売上目標に追われていて、…と思ったのがきっかけです): the
 *  reason to change jobs, told of the job left. */
const MOTIVE_TOLD = /(?:のが|ことが)[^。]{0,4}?(?:きっかけ|理由|決め手)(?:です|でした|になりました|となりました|だったんです)[。！!」』）)]*\s*$/;
// A voice's story may end in the explanatory んです or のです (ノルマがきつかったんです), or in かったです.
const TOLD_IN_THE_PAST = /(?:でした|ました|だった|かった|ていた)(?:んです|のです|んですよ|んですね|です)?[。！!」』）)]*\s*$/;

/** The applicant's past said after the word (売上目標を持って行動していた方を想定, ノルマのある営業をしていた方も歓迎,
 *  目標達成の経験がある方): whom the page looks for, not a target of this job. */
const APPLICANTS_PAST_AFTER = /^[^。\n]{0,20}?(?:していた|されていた|てきた|た経験(?:の|が)ある|経験(?:の|が)ある|経験をお持ちの)(?:方|人)/;

/** The reader addressed as tired of it (ノルマに追われる営業に疲れた方へ, 数字に追われて疲れた方, テレアポがつらいと感じていませんか): what the
 *  reader has had elsewhere, which the page sets this job against. */
const READER_TIRED_OF_AFTER = /^[^。\n]{0,16}?(?:に疲れ|て疲れ|がつら|が辛|がきつ|にうんざり|に悩ん|から(?:解放|抜け出))[^。\n]{0,12}?(?:方|人|あなた|皆さん|みなさん|ませんか|ていませんか)/;

/** Whether a word of work (from `start` to `end` in the sentence) is said of a job the speaker had before (以前は
 *  コールセンターで電話を受けていました, 前職は訪問販売の営業でした): a staff voice's story, not this job's work. The
 *  applicant's past (テレアポ経験のある方) is left to the words of experience. */
export function isFormerWork(sentenceText: string, start: number, end: number, next: () => string = () => '', prev: () => string = () => ''): boolean {
  const before = sentenceText.slice(Math.max(0, start - 24), start);
  return FORMER_JOB_BEFORE.test(before) || namesFormerRole(before) || toldOfFormerJob(sentenceText, start, end, next) || continuesFormerJob(sentenceText, start, end, next, prev) || FORMER_SET_AGAINST_NOW.test(sentenceText.slice(end)) || BACKGROUND_AFTER.test(sentenceText.slice(end)) || READER_TIRED_OF_AFTER.test(sentenceText.slice(end));
}

/** A sentence that names a time gone (当時は, 3年前, 創業したころ, 今思えば) and tells its target in the past (当時は1日40件
 *  という件数の目標がありました, 今思えば、あれは立派なノルマでした): the company's history, which a page tells to set
 *  today's job against it. */
const TIME_GONE = /当時|かつて|以前は|昔は|その頃|そのころ|創業(?:した)?(?:ころ|頃|当時)|今思えば|今振り返ると|(?<![\d.])\d{1,2}年前(?:は|まで|の)/;
const TOLD_PAST_AFTER = /^[^。\n]{0,24}?(?:でした|ありました|ていました|いました|だった|あった)(?:[。!！]|$)/;

/** Whether a quota word (starting at `start` in the sentence) is said of a job the speaker had before, of the
 *  applicant's past, or of a time gone (`end`: where the word ends). */
export function isFormerJobs(sentenceText: string, start: number, end = start, next: () => string = () => '', prev: () => string = () => ''): boolean {
  return isFormerWork(sentenceText, start, end, next, prev) || APPLICANTS_PAST_AFTER.test(sentenceText.slice(end)) || (TIME_GONE.test(sentenceText.slice(0, start)) && TOLD_PAST_AFTER.test(sentenceText.slice(end)));
}

/** The sentence around the word, read alone: a quoted voice is one sentence to the reader (「前の職場は…きつかったんです。
 *  ここでは…」（入社1年目）), but each of its sentences tells its own time. */
function toldOfFormerJob(sentenceText: string, start: number, end: number, next: () => string): boolean {
  const { inner, stop } = innerSentence(sentenceText, start, end);
  if (!TOLD_IN_THE_PAST.test(inner) && !MOTIVE_TOLD.test(inner)) return false;
  // A place told in the past and set against the job now by the next sentence (飲食店では売上の目標に毎日追われていました。
  // ここでは…): the place was the speaker's former job.
  if (FORMER_JOB_OPENING.test(inner)) return true;
  return PLACE_OPENING.test(inner) && nowFollows(sentenceText, stop, next);
}

/** The sentence within `sentenceText` that holds the word from `start` to `end`: its opening, the index of its 。 (or
 *  -1), and its text. */
function innerSentence(sentenceText: string, start: number, end: number): { from: number; stop: number; inner: string } {
  const from = sentenceText.lastIndexOf('。', start - 1) + 1;
  const stop = sentenceText.indexOf('。', end);
  return { from, stop, inner: sentenceText.slice(from, stop < 0 ? sentenceText.length : stop + 1) };
}

/** Whether the sentence after the one that ends at `stop` sets the job now against it (ここでは…, 今は…). */
const nowFollows = (sentenceText: string, stop: number, next: () => string): boolean =>
  stop >= 0 && NOW_OPENING.test(stop + 1 < sentenceText.trimEnd().length ? sentenceText.slice(stop + 1) : next());
const PLACE_OPENING = /^(?:[^。、\n「」]{0,12}「)?[\s「『"（(]*[^。、\n「」]{1,12}?では[、,]?/;

/** A sentence told in the past right after one that names the speaker's former job (前職は住宅の訪問営業でした。毎月「契約
 *  3件」のノルマがあり、…くたびれていました。ここでは…; もともとは法人旅行の営業職として…提案していました。年間の売上
 *  目標が大きくて…気がします。今はこの予約センターで…): the story goes on about that job. `prev` is the sentence before,
 *  on the same line. */
const FORMER_JOB_NAMED = new RegExp(String.raw`^[\s「『"（(]*(?:[a-z]\.[ \t]*)?${FORMER_OPENER}(?:は|では|で)[^。]*(?:でした|ました|だった|ていた)[」』）)]*$`, 'i');
function continuesFormerJob(sentenceText: string, start: number, end: number, next: () => string, prev: () => string): boolean {
  const { from, stop, inner } = innerSentence(sentenceText, start, end);
  if (NOW_OPENING.test(inner)) return false;
  const before = from > 0 ? sentenceText.slice(0, from - 1).split('。').pop()! : prev();
  if (!FORMER_JOB_NAMED.test(before)) return false;
  // Told in the past, or set against the job now by the sentence after it (…考えていた気がします。今はこの予約センターで…).
  return TOLD_IN_THE_PAST.test(inner) || nowFollows(sentenceText, stop, next);
}
const NOW_OPENING = /^[\s　]*(?:ここ|今|いま|現在|当社|こちら|この(?:仕事|職場|会社|お店|店))(?:では|は|で)/;

/** The customer named as the goal's owner (お客様一人ひとりの…目標達成, 生徒さんの目標) and the job helping them reach it
 *  (サポート, 支援, お手伝い, 伴走): a trainer's or tutor's work, not a target set on the one who does it. */
const CUSTOMER_BEFORE = /(?:お客様|お客さま|生徒|利用者|会員|クライアント|患者|受講生|ご家族)(?:様|さん)?(?:一人ひとり|ひとりひとり|お一人おひとり)?の[^、。\n]{0,16}$/;
const HELPED_AFTER = /^[^。\n]{0,24}?(?:サポート|支援|お手伝い|手伝|伴走|応援)/;

/** A goal set together with the customer the sentence names (加入者の方へお電話し、食事について一緒に目標を立て), no
 *  colleague named with it (上司と一緒に目標を立て is the worker's own). */
const TOGETHER_BEFORE = /(?:一緒に|いっしょに|ともに|共に)[ \t]*$/;
const CUSTOMER_IN_SENTENCE = /お客様|お客さま|生徒|利用者|会員|クライアント|患者|受講生|ご家族|加入者|相談者|対象者|ご本人/;
const COLLEAGUE_IN_SENTENCE = /上司|先輩|リーダー|店長|チーム|sv|スーパーバイザー|マネージャー|マネジャー|責任者|社員と/i;

/** Whether a goal word (from `start` to `end` in the sentence) is a customer's that the job helps reach. */
export function isCustomersGoal(sentenceText: string, start: number, end: number): boolean {
  if (CUSTOMER_BEFORE.test(sentenceText.slice(Math.max(0, start - 30), start)) && HELPED_AFTER.test(sentenceText.slice(end))) return true;
  const before = sentenceText.slice(0, start);
  return TOGETHER_BEFORE.test(before) && CUSTOMER_IN_SENTENCE.test(before) && !COLLEAGUE_IN_SENTENCE.test(before);
}

/** A figure said to count for nothing (1日の架電は60件くらいが目安ですが、評価には使っていません; 目標件数はありますが、
 *  評価の対象ではありません): the page has set it aside, neither stated as pressure nor denied. Read in the rest of
 *  the sentence. */
const NOT_EVALUATED = /^[^。\n]{0,30}?評価(?:に|には|で|では|の際に?)?(?:は)?(?:一切)?(?:使|用い|反映|関係|影響|利用)(?:って|い|し|され|させ|あり)?(?:い|て|てい)?(?:ません|ない|しません|いたしません)|^[^。\n]{0,30}?評価の対象(?:外|ではありません|ではない|にはなりません|になりません)|^[^。\n]{0,30}?評価(?:項目|基準)(?:ではありません|ではない|外|に(?:は)?(?:含まれ|入り|入ら)(?:ません|ない))/;
export const isNotEvaluated = (sentenceText: string, end: number): boolean => NOT_EVALUATED.test(sentenceText.slice(end));

/** A target said to be the company's as a whole (当社は会社として年間売上目標を掲げており, 全社で掲げる目標): what the
 *  company aims at, not a figure set on the worker. A team's target is the job's (see below); a company's is not. */
const COMPANY_AS_A_WHOLE = /(?:会社として|会社全体(?:で|として|の)|全社(?:で|として|の|的に)|企業として)[^。、\n]{0,12}$/;
/** …or said so after it (売上の目標は会社全体で立てており、個人の目標はありません). */
const COMPANY_AS_A_WHOLE_AFTER = /^[^。、\n]{0,6}?(?:は|を)?[、,]?[ \t]*(?:会社全体|全社|会社として|企業として)(?:で|として)?[^。、\n]{0,6}?(?:立て|掲げ|設定|持っ|定め)/;
export const isCompanysGoal = (sentenceText: string, start: number, end: number): boolean =>
  COMPANY_AS_A_WHOLE.test(sentenceText.slice(Math.max(0, start - 24), start)) || COMPANY_AS_A_WHOLE_AFTER.test(sentenceText.slice(end, end + 30));

/** Figures said to be fed back to the worker (ご案内した件数と成約率は週に1回、リーダーからフィードバックがあります): the
 *  worker is told them, and nothing is set: unless the sentence names a target or its miss too. */
const FED_BACK = /^[^。\n]{0,24}?フィードバック/;
const TARGET_TOO = /目標|未達|ノルマ|達成|下回/;
export const isFedBack = (sentenceText: string, end: number): boolean => FED_BACK.test(sentenceText.slice(end)) && !TARGET_TOO.test(sentenceText);

/** The roles a target may be said to belong to, beside the job: the managers and the sellers. */
const TARGET_HOLDERS = '支配人|店長|所長|院長|施設長|館長|マネージャー|マネジャー|上司|責任者|管理職|営業担当者|営業担当|担当営業|営業スタッフ|営業社員|営業職|営業部';

/** A target said to be held by another role, as the topic of the sentence (客室の販売目標は支配人が持つもので, 売上目標は
 *  店長が負います, 売上目標は営業担当が持つもので, 販売目標は支配人と営業課が持っています): that role's, not the job's, unless the title names that role (a 店長 posting's 店長が持つ目標 is its own).
 *  A team's or the whole center's target (チーム全体で追う目標) is not set aside: the job works toward it. */
const HELD_BY_OTHER_ROLE = new RegExp(`^[^。、\\n]{0,8}?(?:は|も)[、,]?[^。、\\n]{0,10}?(${TARGET_HOLDERS}|経営陣|本部|本社)(?:の方|さん)?(?:(?:と|や)[^。、\\n]{1,8}?)?(?:が|だけが|のみが)(?:持つ|持ち|持って|負う|負い|負って|追う|追い|追って|担う|担い|担って|管理する|管理し|設定し|立てる|立て)`);

/** …or named as another role's charge in a cleft right after it (数字を追うのはSVの役目で、オペレーターの皆さんに個人ノルマは
 *  ありません). */
const ROLES_CHARGE_CLEFT = new RegExp(`^[^。、\\n]{0,6}?のは[、,]?(${TARGET_HOLDERS}|営業|sv|スーパーバイザー|リーダー)の(?:役目|役割|仕事|担当)`, 'i');

/** Whether a target word (ending at `end` in the sentence) is said to be held by another role than the title's. */
export function isOtherRolesTarget(sentenceText: string, end: number, title: string): boolean {
  // From the hit's last character: a hit that ends with the topic's は (数字の目標は) is read with it.
  const m = HELD_BY_OTHER_ROLE.exec(sentenceText.slice(Math.max(0, end - 1)));
  if (m !== null && !title.includes(m[1]!)) return true;
  const cleft = ROLES_CHARGE_CLEFT.exec(sentenceText.slice(end));
  return cleft !== null && !title.toLowerCase().includes(cleft[1]!.toLowerCase());
}

/** A target the worker sets alone, where the page says the company asks for none (目標件数はご自身で決めていただけますが、
 *  会社から件数を求めることはありません): an aim of the worker's own, not a quota. */
const SELF_SET_AFTER = /^[^。、\n]{0,4}?(?:は|も)?[、,]?[ \t]*(?:ご自身|ご自分|自分|各自|おひとりおひとり)で(?:決め|設定|立て)/;
const NONE_ASKED = /求めることは(?:ありません|ございません|ない)|求めません|課すことは(?:ありません|ない)|課しません/;
export const isSelfSetAim = (sentenceText: string, end: number): boolean => SELF_SET_AFTER.test(sentenceText.slice(end)) && NONE_ASKED.test(sentenceText.slice(end));

/** Figures a supervising role is said to watch, the role named as the subject (SVが応答率や通話品質を毎日チェック
 *  しています, スーパーバイザーは応答率などの数値管理を行います): what that role checks, not a target set on the job, unless
 *  the title names that role (an SV posting's 応答率の管理 is its own work and its measure). */
const WATCHER_BEFORE = /(sv|スーパーバイザー|リーダー|センター長|管理者|マネージャー|マネジャー)(?:の方|さん|たち)?(?:が|は)[、,]?[^。\n]{0,16}$/i;
const WATCHED_AFTER = /^[^。\n]{0,20}?(?:チェック|管理|確認|分析|集計|モニタリング|把握|見て|見る|見ながら|追って|追う)/;
/** The same role in its two spellings, so that a title's スーパーバイザー names the text's SV. */
const ROLE_SPELLINGS: Record<string, RegExp> = { sv: /sv|スーパーバイザー/i, スーパーバイザー: /sv|スーパーバイザー/i };

/** …or the role named after the figures it looks after (応答率やシフトを管理するSVを目指すこともできます). */
const WATCHER_AFTER = /^[^。\n]{0,16}?を(?:チェック|管理|確認|分析|集計|モニタリング|把握)する(sv|スーパーバイザー|リーダー|センター長|管理者|マネージャー|マネジャー)/i;

/** Whether a figure (from `start` to `end` in the sentence) is one a role other than the title's is said to watch. */
export function isWatchedByOtherRole(sentenceText: string, start: number, end: number, title: string): boolean {
  const after = WATCHER_AFTER.exec(sentenceText.slice(end, end + 40));
  const m = after ?? WATCHER_BEFORE.exec(sentenceText.slice(Math.max(0, start - 30), start));
  if (!m || (!after && !WATCHED_AFTER.test(sentenceText.slice(end)))) return false;
  const role = m[1]!.toLowerCase();
  return !(ROLE_SPELLINGS[role]?.test(title) ?? title.includes(role));
}

/**
 * A center's figures said to be another unit's (受電件数や応答率などの数字は各SVチームの管轄で, 売上目標や架電数のKPIは営業部
 * の管轄です, 応答率や入電数は運用チームが追う数字で, 放棄率はセンター側の指標で): the figures, and the calls they count,
 * describe the people beside the job, not its work or its targets. The topic must name a figure, and the holder must be
 * marked as another unit; a team's own target (チームの応答率目標) is the job's to work toward, and a holder the title
 * names (an SV posting's SVが管理する指標) is the job itself.
 */
const FIGURES_TOPIC = /^(.*?(?:数字|指標|kpi|件数|数|率|目標|数値))(?:など)?(?:は|も|については)[、,]?/i;
const OTHER_UNIT = String.raw`(?:各|別の?|他の?)?[^。、\n]{0,8}?(?:部門|部署|営業部|運用部|事業部|本部|本社|(?:運用|運営|管理|各|別の?|他の?)チーム|sv|スーパーバイザー|センター側|センター運営|営業担当|管理者|マネージャー)`;
const HELD_BY_OTHER_UNIT = new RegExp(String.raw`^(${OTHER_UNIT})(?:チーム|会社|企業)?(?:の(?:管轄|担当範囲|指標|数字|kpi|目標)|が(?:管轄|追う|追い|追って|管理する|管理し|管理して|持つ|持ち|持って|見る|見て))`, 'i');

/** Where a statement that figures are another unit's ends in the sentence (the figures and the unit before it are not
 *  this job), or -1. */
export function othersFiguresEnd(sentenceText: string, title: () => string): number {
  const t = FIGURES_TOPIC.exec(sentenceText);
  if (!t) return -1;
  const held = HELD_BY_OTHER_UNIT.exec(sentenceText.slice(t[0].length));
  if (!held) return -1;
  const holder = held[1]!.replace(/^(?:各|別の?|他の?)/, '');
  const t0 = title();
  return titleNamesRole(t0, holder) || (/sv|スーパーバイザー/i.test(holder) && /sv|スーパーバイザー/i.test(t0)) ? -1 : t[0].length + held[0].length;
}
