// Summed flag weights by category, for one scope of the posting. The job is read from where postings state it
// (the title and 仕事内容) before the rest of the page; the company profile never says what this job is.
import { CATEGORIES, type Category, type Flag, type SectionKind } from '../../core/types';
import { MIXED_MIN_RATIO, TYPE_THRESHOLD } from './constants';
import { CALL_CATEGORIES, limitedToRoutine, statesLightCount } from '../context';
import { countedLight, onJobNameLine, sentenceOf, wordsAfter, wordsBefore, wordsOf } from './flag-words';

export type Scope = 'title' | 'role' | 'page';

const IN_SCOPE: Record<Scope, ReadonlySet<SectionKind>> = {
  title: new Set(['title']),
  role: new Set(['title', 'job']),
  page: new Set(['title', 'job', 'requirements', 'pay', 'conditions', 'other']),
};

export interface Evidence {
  present: Readonly<Record<Category, number>>;
  negated: Readonly<Record<Category, number>>;
  /** Collections said in a sentence that speaks of phones (お電話で督促): phone work even on a page with no
   *  other phone words. */
  collectionsByPhone: number;
  /** How many call-center words (コールセンター, オペレーター) stand in scope. */
  markerMentions: number;
  /** Sales words that name the people who sell (営業担当, 営業スタッフ): beside a title that names other work,
   *  they are the colleagues the job works with, not the job. */
  salesStaff: number;
  /** Of which named as colleagues (営業担当が伺います, 営業担当のカレンダー), not as this job (title, 職種：営業担当). */
  salesStaffAside: number;
  /** Call-center words that name the work, leaving out those that modify the noun after them (コンタクトセンターの
   *  ネットワーク: the place or client of the work). */
  centerAsWork: number;
  /** Bookings taken by phone (予約のお電話, 予約受付): where visitors come to a counter, a side task of the counter. */
  bookings: number;
  /** Work with visitors or on site (受付・会計, 医療事務, ホール, 清掃): office.counter and office.other-work. */
  visitorWork: number;
  /** Work at a counter customers come to (カウンターでの接客, ご来店のお客様の受付): a shop's, not a seller's in the field. */
  counterWork: number;
  /** Shop staff named as the job, in the title or on the 職種 line (携帯電話の販売スタッフ, ショップスタッフ): a shop's work too. */
  shopStaffAsJob: number;
  /** Each direction named with its share of the work (受信（約6割）, かけるお電話（約3割）): both named so is 受発信. */
  sharedDirections: { inbound: boolean; outbound: boolean };
  /** A direction given a tenth of the work or less (受信9割、発信1割): a side of the other direction's desk. */
  minorDirections: { inbound: boolean; outbound: boolean };
  /** Management words that lead operators (SV候補, シフト管理, 育成; SV or センター長 named as the job): the weight of
   *  management.role and management.people, and of management.mention in the title or on the 職種 line. Quality
   *  review and the design of a center (応対評価, 運用設計, 呼量予測) are management words that lead no one: such a
   *  job is beside the center's operators, not over them. */
  leadsOperators: number;
  /** The page denies that the job leads operators (センターのオペレーターを管理することはありません): its teaching or
   *  planning words lead no one, whatever they are. */
  leadingDenied: boolean;
  /** Phone work (inbound, outbound, mixed and collections words) not said to be occasional or light: 0 where every mention of the
   *  calls says they come now and then (電話は1日10件ほど, お電話を受けることもあります). */
  steadyPhone: number;
  /** Phone work said to be light by a count a day (電話は1日10件ほど). */
  lightPhone: number;
  /** Each direction's calls not said to be occasional or light (see steadyPhone): a direction at 0 whose calls come
   *  now and then (お客様からのお電話の受付（1日数件）) beside the other's steady calls is a side of that desk. */
  steadyDirections: { inbound: number; outbound: number };
  /** …and those said to come now and then or few. */
  occasionalDirections: { inbound: number; outbound: number };
  /** 受信のみ said of a time or an occasion only (最初の2週間は受信のみ): it rules no calls out. */
  inboundOnlyAtTimes: number;
  /** Phone work said to be the whole job or most of it (電話対応がメイン, 業務の8割が電話, 大半はお電話での受付), not
   *  said to be occasional: what the job mostly is, whatever its title or its other duties. */
  phoneIsMost: number;
  /** Words that the job takes a deal from its proposal to the contract itself (ご提案からご契約まで担当, 商談からご契約まで),
   *  read on the whole page but the company profile: a seller, not a caller who books meetings for one. (Telesales that
   *  signs customers up on the call, その場でお申込み, is outbound work: not counted.) */
  closesDeals: number;
  /** Pay or targets counted in contracts won (契約1件につき3,000円, 獲得インセンティブ, 入会1件ごとに報奨金, 獲得目標件数):
   *  a job measured by the contracts it wins sells, whether at a booth, a counter or a door. Phone work paid so is
   *  outbound work instead; typeScores reads this only where the page names no phone work. */
  winsContracts: number;
  /** Management words that plan the center's staffing (呼量予測, 要員計画, シフト作成, 人員配置): forecasting calls and
   *  drawing up shifts leads no one. A job whose management words are all of this kind plans beside the center. */
  plansStaffing: number;
  /** Management words that name the job as teaching the newcomers (トレーナー, 研修講師): the trainer readies operators
   *  for the floor and leads none of them there, beside the center as the planner is. */
  teachesOperators: number;
  /** SV or センター長 mentioned, not as the job (各フロアのSVに連絡, SV経験): colleagues, a weak cue that leads no one. */
  leadersAside: number;
  /** Management words that lead operators and name the job, in the title or on the 職種 line (テレアポセンターのSV). */
  leaderNamedAsJob: number;
}

const SALES_STAFF = 'sales.staff';
const LEADS_OPERATORS = new Set(['management.role', 'management.people', 'management.english']);
const LEADER_NAMED = 'management.mention';
/** A leader named as whom the job reports to (評価結果は各チームのSVへ報告します, リーダーに相談): a colleague, not the job. */
const REPORTED_TO = /^(?:さん|の方|の皆さん)?(?:へ|に)(?:の)?(?:報告|連絡|相談|共有|提出|フィードバック|引き継|エスカレ)/;
/** The weight of a word that names a center's role as the job (management.role's weight in the lexicon). */
const NAMED_ROLE_WEIGHT = 2.5;
const PHONE_BOOKING = 'inbound.phone-booking';
const INQUIRY = 'inbound.inquiry';
const PROPOSE_TO_CLOSE = 'sales.propose-to-close';
/** The entry that says the job is only or mostly answering the phone (電話対応がメイン, 業務の8割が電話でのご対応). */
const PHONE_IS_MOST = 'inbound.phone-only';
/** …and the one that gives the phone most of the work without saying which way (業務のほとんどは電話です). */
const PHONE_SHARE = 'callCenter.phone-share';
/** A sentence that gives the calls most of the work (業務の8割はお客様からのお電話の受付です, 1日の大半は電話での受付): a
 *  share of six tenths or more, or the bulk, said of the calls in the same clause. */
const MOST_OF_THE_WORK = /(?:の|、|^)(?:約|およそ|ほぼ)?[6-9六七八九][ \t]*割(?:以上|ほど|程度|近く|強)?(?:が|は)[^。、]{0,12}?(?:お?電話|受電|架電|通話|コール)|(?:大半|ほとんど|大部分)(?:が|は)[^。、]{0,12}?(?:お?電話|受電|架電|通話|コール)/;
/** …or given it in a bracket that closes the calls' own line (予約・変更の電話受付（業務の約6割）; お電話を受け、受付表に入力します
 *  （1日25件ほど、業務のおよそ6割）): the duty's share of the day, most of it. */
const MOST_IN_CLOSING_BRACKET = /^[^。\n]{0,60}?[(（][^()（）\n]{0,24}?(?:業務|お?仕事|全体)の(?:約|およそ|ほぼ)?[6-9６-９][ \t]*割[^()（）\n]{0,8}[)）][ \t]*(?:$|\n)/;
/** The categories that count to each direction (see typeScores). */
const INBOUND_SIDE: ReadonlySet<Category> = new Set(['inbound', 'inboundOnly', 'techSupport']);
const OUTBOUND_SIDE: ReadonlySet<Category> = new Set(['outbound', 'collections']);
const VISITOR_WORK = new Set(['office.counter', 'office.other-work']);
const COUNTER_WORK = 'office.counter';
const OTHER_WORK = 'office.other-work';
/** The words of office.other-work that name a shop's staff. */
const SHOP_STAFF = /販売スタッフ|店舗スタッフ|店頭スタッフ|ショップスタッフ|ショップ店員|接客販売/;

const NAMES_THE_JOB = /^[\s【■◆●・[(（]*(?:(?:募集)?職種|職名)/;
/** Where a posting names the job: its title, or a 職種 line (職種：スーパーバイザー; a form's 職種　ガス設備の点検スタッフ; a
 *  municipal ad's 職名：市民コールセンター受付員; a table's 職種 ⏎ SV候補). */
export const namesTheJob = (f: Flag): boolean => f.section === 'title' || onJobNameLine(f) || NAMES_THE_JOB.test(sentenceOf(f));
const PHONE_WORDS = /電話|コール|架電|受電|発信|tel|オペレーター/i;
/** Words of planning a center's staffing: forecasting the calls and drawing up the shifts that meet them. */
const PLANS_STAFFING = /呼量|入電数の予測|wfm|要員計画|必要な人数とシフト|必要人数の算出|シフト表を作成|シフト作成|シフト管理|人員配置|人員の配置/i;
/** A management word that plans the center's staffing (see Evidence.plansStaffing). */
export const plansStaffing = (f: Flag): boolean => f.polarity === 'present' && f.category === 'management' && PLANS_STAFFING.test(wordsOf(f));
/** Words of teaching the newcomers as the job (see Evidence.teachesOperators). */
export const teachesOperators = (f: Flag): boolean => f.polarity === 'present' && f.id === 'management.trainer';
/** A service level (応答率, 平均処理時間): the 契約 beside it is the center's with its client (クライアントとの契約で、応答率
 *  90％), not a contract the job wins. */
const SERVICE_LEVEL = 'quota.service-level';
/** What a won contract is called: 契約, 成約, 獲得, 入会, お申込み, 加入. 契約 in the sense of the employer's own contracts
 *  (受託契約に基づく応答率, 契約社員, 契約期間, 派遣契約) counts no contract won; 業務委託契約 and 契約更新 are left in:
 *  commission sales are paid under the one and win the other. */
const CONTRACT_WON = /(?<!受託|派遣|雇用|労働)契約(?!社員|期間|に基づ|満了|形態)|成約|獲得|入会|申込|申し込|加入/;

/** Two spans of the text share at least one character. */
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;

/** Every category at 0: a plain object, read and added to for each flag (a Proxy answering 0 cost more than the rest
 *  of the reading). */
const zero = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/** Counts words whose spans overlap as one piece of evidence, at the weight of the strongest: each call returns what a
 *  flag adds, all of its weight when it overlaps nothing counted before, else only what it weighs beyond that. Denials
 *  and statements are counted apart. */
function overlapCounter(): (f: Flag, w: number) => number {
  const counted: { negated: boolean; start: number; end: number; weight: number }[] = [];
  return (f, w) => {
    const neg = f.polarity !== 'present';
    const hit = counted.find((c) => c.negated === neg && overlaps(f, c));
    if (!hit) {
      counted.push({ negated: neg, start: f.start, end: f.end, weight: w });
      return w;
    }
    const extra = Math.max(0, w - hit.weight);
    hit.weight += extra;
    hit.start = Math.min(hit.start, f.start);
    hit.end = Math.max(hit.end, f.end);
    return extra;
  };
}

export function evidenceIn(flags: readonly Flag[], scope: Scope | 'all'): Evidence {
  const present = zero();
  const negated = zero();
  let collectionsByPhone = 0;
  let markerMentions = 0;
  let salesStaff = 0;
  let salesStaffAside = 0;
  let centerAsWork = 0;
  let bookings = 0;
  let visitorWork = 0;
  let counterWork = 0;
  let shopStaffAsJob = 0;
  let leadsOperators = 0;
  let leadingDenied = false;
  let steadyPhone = 0;
  let lightPhone = 0;
  const steadyDirections = { inbound: 0, outbound: 0 };
  const occasionalDirections = { inbound: 0, outbound: 0 };
  let inboundOnlyAtTimes = 0;
  let phoneIsMost = 0;
  let closesDeals = 0;
  let winsContracts = 0;
  let planning = 0;
  let teaching = 0;
  let leadersAside = 0;
  let leaderNamedAsJob = 0;
  const sharedDirections = { inbound: false, outbound: false };
  const minorDirections = { inbound: false, outbound: false };
  const majorDirections = { inbound: false, outbound: false };
  let outboundLimited = 0;
  let outboundOther = 0;
  const dailyCounts = { inbound: 0, outbound: 0 };
  // A booking, and inbound words that overlap one (予約のお電話を受け: お電話を受け goes on from 予約のお電話) and are the
  // same booking. Bookings are inbound words themselves, so each overlaps itself.
  const bookingSpans = flags.filter(isBooking);
  const inBooking = (f: Flag) => f.polarity === 'present' && f.category === 'inbound' && bookingSpans.some((b) => overlaps(f, b));
  // One inquiry is one piece of evidence: inbound words whose spans overlap (電話でのお問い合わせ and お問い合わせへの対応
  // in お電話でのお問い合わせへの対応, the same call) count once, at the weight of the strongest. The inquiry words
  // overlap the phone words by design; a desk job that takes such calls as one duty must not read as two.
  const inquiryShare = overlapCounter();
  const overlapShare = (f: Flag, w: number): number => (f.category === 'inbound' ? inquiryShare(f, w) : w);
  // So is one target said in overlapping words (獲得目標があります: 獲得目標 and 目標があります).
  const wonShare = overlapCounter();
  for (const f of flags) {
    // Read on the whole page but its company profile, whatever the scope: the page tells how far the job takes a deal.
    if (f.polarity === 'present' && f.id === PROPOSE_TO_CLOSE && f.section !== 'company') closesDeals += f.weight;
    if (scope !== 'all' && !IN_SCOPE[scope].has(f.section)) continue;
    const bucket = f.polarity === 'present' ? present : negated;
    // SV or センター長 named as the job (職種：スーパーバイザー) weighs as a role word does (SV業務, SV候補): the page's
    // tour of the center's other departments must not decide it.
    bucket[f.category] += overlapShare(f, f.id === LEADER_NAMED && f.polarity === 'present' && namesTheJob(f) ? Math.max(f.weight, NAMED_ROLE_WEIGHT) : f.weight);
    // A call-center word that names the job (in the title or on the 職種 line) says it all at once.
    if (f.category === 'callCenter' && f.polarity === 'present') markerMentions += namesTheJob(f) ? 2 : 1;
    if (f.category === 'collections' && f.polarity === 'present' && PHONE_WORDS.test(sentenceOf(f))) collectionsByPhone += f.weight;
    if (f.id === SALES_STAFF && f.polarity === 'present') {
      salesStaff += f.weight;
      if (!namesTheJob(f)) salesStaffAside += f.weight;
    }
    if (f.category === 'callCenter' && f.polarity === 'present' && !namesWhere(f)) centerAsWork += f.weight;
    if (f.polarity === 'present' && VISITOR_WORK.has(f.id)) visitorWork += f.weight;
    if (f.polarity === 'present' && f.id === COUNTER_WORK) counterWork += f.weight;
    if (f.polarity === 'present' && f.id === OTHER_WORK && SHOP_STAFF.test(f.text) && namesTheJob(f)) shopStaffAsJob += f.weight;
    // SV or センター長 named as the job (in the title, 職種：スーパーバイザー) is this job; named elsewhere (指導はSVが行います,
    // SVへのフィードバック), a colleague.
    const plans = plansStaffing(f);
    if (plans) planning += f.weight;
    const teaches = teachesOperators(f);
    if (teaches) teaching += f.weight;
    const reportedTo = REPORTED_TO.test(wordsAfter(f, 12) ?? '');
    if (f.polarity === 'present' && !plans && !teaches && !reportedTo && (LEADS_OPERATORS.has(f.id) || (f.id === LEADER_NAMED && namesTheJob(f)))) {
      leadsOperators += f.weight;
      if (namesTheJob(f)) leaderNamedAsJob += f.weight;
    }
    else if (f.polarity === 'present' && (f.id === LEADER_NAMED || (reportedTo && LEADS_OPERATORS.has(f.id)))) leadersAside += f.weight;
    if (f.polarity === 'negated' && LEADS_OPERATORS.has(f.id)) leadingDenied = true;
    if (inBooking(f)) bookings += f.weight;
    if (f.polarity === 'present' && (f.category === 'incentive' || f.category === 'quota') && f.id !== SERVICE_LEVEL && CONTRACT_WON.test(sentenceOf(f))) winsContracts += wonShare(f, f.weight);
    if (f.polarity === 'present' && CALL_CATEGORIES.has(f.category)) {
      if (!f.occasional) steadyPhone += f.weight;
      else if (countedLight(f) || statesLightCount(sentenceOf(f))) lightPhone += f.weight;
      if (!f.occasional && (f.id === PHONE_IS_MOST || MOST_OF_THE_WORK.test(sentenceOf(f)) || MOST_IN_CLOSING_BRACKET.test(wordsAfter(f, 120) ?? ''))) phoneIsMost += f.weight;
    }
    if (f.polarity === 'present' && f.id === PHONE_SHARE && !f.occasional) phoneIsMost += f.weight;
    // Support taken and collections made count to their directions as typeScores counts them.
    const direction = INBOUND_SIDE.has(f.category) ? 'inbound' : OUTBOUND_SIDE.has(f.category) ? 'outbound' : null;
    if (f.polarity === 'present' && direction !== null) (f.occasional ? occasionalDirections : steadyDirections)[direction] += f.weight;
    if (f.polarity === 'present' && f.occasional && f.category === 'inboundOnly') inboundOnlyAtTimes += f.weight;
    // Both directions named together with their shares (受ける電話とかける電話はだいたい半々) share the work between them.
    if (f.polarity === 'present' && f.category === 'mixed' && shareNamed(f) !== 'none') sharedDirections.inbound = sharedDirections.outbound = true;
    if (f.polarity === 'present' && (f.category === 'inbound' || f.category === 'outbound')) {
      const share = shareNamed(f);
      if (share !== 'none') sharedDirections[f.category] = true;
      if (share === 'minor') minorDirections[f.category] = true;
      if (share === 'major') majorDirections[f.category] = true;
      dailyCounts[f.category] = Math.max(dailyCounts[f.category], dailyCountAfter(f));
    }
    if (f.polarity === 'present' && f.category === 'outbound') {
      const rest = wordsAfter(f, Infinity);
      if (rest !== null && limitedToRoutine(rest)) outboundLimited++;
      // A call out said to come now and then or on an occasion (時間がかかったときは、お約束した時間にこちらからお電話します)
      // is one of the routine calls a limit names, not a second direction of its own.
      else if (!f.occasional) outboundOther++;
    }
  }
  // Each direction counted a day (受電は1日30件ほど、発信はそのほかに1日15件ほど): the counts are the shares of the work.
  const [fewer, more] = [Math.min(dailyCounts.inbound, dailyCounts.outbound), Math.max(dailyCounts.inbound, dailyCounts.outbound)];
  if (fewer > 0 && fewer / more >= MIXED_MIN_RATIO) sharedDirections.inbound = sharedDirections.outbound = true;
  // A direction given eight tenths of the work or more (独り立ち後は、業務のおよそ8割が発信です) leaves the other, given
  // no share of its own, two tenths at most: a side of its desk.
  if (majorDirections.outbound && !sharedDirections.inbound) minorDirections.inbound = true;
  if (majorDirections.inbound && !sharedDirections.outbound) minorDirections.outbound = true;
  // 受発信 where the page limits the calls out to routine contact (発信は折り返しのご連絡のみです) is a desk that
  // takes calls: its 受発信 counts as taking them.
  if (present.mixed > 0 && outboundLimited > 0 && outboundOther === 0) {
    present.inbound += present.mixed;
    present.mixed = 0;
  }
  // So are calls out that every mention limits to routine contact (こちらからかけることは、書類の不備のご連絡くらいです) at a
  // desk that takes calls: not a second direction.
  if (present.inbound > 0 && outboundLimited > 0 && outboundOther === 0) present.outbound = 0;
  return { present, negated, collectionsByPhone, markerMentions, salesStaff, salesStaffAside, centerAsWork, bookings, visitorWork, counterWork, shopStaffAsJob, sharedDirections, minorDirections, leadsOperators: leadingDenied ? 0 : leadsOperators, leadingDenied, steadyPhone, lightPhone, steadyDirections, occasionalDirections, inboundOnlyAtTimes, phoneIsMost, closesDeals, winsContracts, plansStaffing: planning, teachesOperators: teaching, leadersAside, leaderNamedAsJob };
}

/** Work at a counter or on a floor visitors come to (受付・会計, 医療事務, ホール), with no call center named: bookings
 *  taken by phone there are a side task of that work, not inbound work. Desk work (データ入力) is not such work: a
 *  reservations desk enters its bookings too. */
export function bookingsAreSideTask(e: Evidence): boolean {
  return e.visitorWork >= TYPE_THRESHOLD && e.present.callCenter === 0;
}

// The calls' object names bookings, earlier in the clause: 予約・変更・キャンセルを窓口及び電話で受付, ご予約を、お電話で承ります
// (not 予約システムへの入力を行い、お客様からのお電話を受け: a clause ends between).
const BOOKINGS_TAKEN = /予約[^。、\n]{0,14}を[、,]?[^。、\n]{0,10}$/;
const INCOMING_CALLS = 'inbound.incoming-calls';
// The calls said to ring at the shop (店舗にかかってくるお電話, お店にかかってくるお電話の対応): the shop's own phone, which
// its counter staff answer between visitors, as they take its bookings.
const RINGS_AT_THE_SHOP = /(?:店舗|お店|店内|店頭|当店|各店)(?:に|へ)$/;

/** Whether a flag is a booking taken by phone (予約のお電話, 予約受付, 予約の変更を電話で受付), or a call that rings at
 *  the shop (お店にかかってくるお電話): a side task where visitors come to a counter. */
export function isBooking(f: Flag): boolean {
  if (f.polarity !== 'present') return false;
  if (f.id === PHONE_BOOKING || (f.id === INQUIRY && wordsOf(f).includes('予約'))) return true;
  if (f.id !== INCOMING_CALLS && f.id !== INQUIRY) return false;
  const before = wordsBefore(f, 30);
  return before !== null && (BOOKINGS_TAKEN.test(before) || (f.id === INCOMING_CALLS && RINGS_AT_THE_SHOP.test(before)));
}

// A share right after the word: 受信（約6割）, 発信 約4割, かけるお電話（3割ほど）, 受電 70%, 受ける電話が6割 (or 半分), also after a note
// of what the calls are (受信（ご注文・お問い合わせ）約7割) or the work's noun (お電話を受けるお仕事が7割), the verb's ending
// too where the word ends in its stem (お問い合わせを受け|るお仕事が6割), or is made a noun by の (お電話を受けるのは1割ほど).
const SHARE_AFTER = /^[ \t\u3000]*(?:[(（][^()（）\n]{1,20}[)）])?(?:(?:る|た)?の?(?:お仕事|仕事|業務|対応|お電話|電話))?[ \t\u3000]*[(:（：・]?[ \t\u3000]*(?:の(?=[はがも]))?(?:が|は|も)?[ \t\u3000]*(?:約|およそ|だいたい|ほぼ)?[ \t\u3000]*(?:[1-9１-９][ \t\u3000]*割|[0-9０-９]{1,2}[ \t\u3000]*(?:%|％|パーセント)|半分(?!以下|未満|も))/;
// A share in brackets at the end of the clause that names the calls (お問い合わせの電話を受けます（業務の7割）; 受けるお電話
// （お仕事の約7割）).
// A tenth said after a turn at the end of the clause (お電話を受けることもありますが、全体の1割ほどです): a side of the other
// direction's desk. A larger part said so (…こともありますが、全体の2割) is left unread: こともある already makes it a side.
const SHARE_AFTER_TURN = /^[^。、]{0,16}?(?:が|けど|けれど)[、,][ \t]*(?:全体|業務|お?仕事)の(?:約|およそ)?[1１][ \t\u3000]*割/;
const SHARE_CLOSES_CLAUSE = /^[^。、,（(]{0,12}[（(](?:業務|お?仕事|全体)?の?(?:約|およそ)?[1-9１-９][ \t\u3000]*割/;
// A share that opens the clause the calls stand in (残りの3割は、…こちらからお電話をかけ; 業務の約4割は…; お電話の半分ほどは…
// かかってくるもの, 残りの半分は…おかけするお電話): the rest of the work, counted (the share itself captured).
const SHARE_BEFORE = /(?:残り(?:の)?|(?:業務|仕事|お仕事|お?電話)の(?:うち)?)(?:約|およそ)?([1-9１-９][ \t\u3000]*割|半分|半数)(?:ほど|程度|くらい)?(?:は|が)[^。]{0,60}$/;
// Half each, said of the directions the sentence names (受けるお電話と、かけるお電話はだいたい半々です).
const HALF_EACH_AFTER = /^[^。]{0,30}?(?:半々|半分ずつ|五分五分|同じくらい)/;
const BRACKETED_NOTE = /[(（][^()（）\n]{1,40}[)）]/g;
// Each direction's part given as a ratio, said of the directions the sentence names (受けるお電話と、こちらからおかけする
// お電話の割合はおよそ6：4です); a part of a tenth or less (9：1) is a minor direction, as 発信1割 is.
// The first direction named takes the first part: its words go on to the other (…と、…おかけするお電話の割合は).
const RATIO_AFTER = /^([^。]{0,40}?)(?:割合|比率|比)[^。\d]{0,8}?([1-9])[ \t]*[:：対][ \t]*([1-9])(?![\d.])/;
/** The flag's own part of the work by a ratio after it, or null. */
const ratioPart = (rest: string): number | null => {
  const m = RATIO_AFTER.exec(rest);
  if (!m) return null;
  const [first, second] = [Number(m[2]), Number(m[3])];
  return (/と[、,]?[^。]{2,}/.test(m[1]!) ? first : second) / (first + second);
};
/** A share of a tenth or less, as SHARE_AFTER ends or SHARE_BEFORE counts it (発信1割, 発信（約1割）, 架電は10%ほど, 残りの1割は). */
const MINOR_SHARE_END = /(?<![0-9０-９])(?:[1１][ \t\u3000]*割|(?:[1-9１-９]|10|１０)[ \t\u3000]*(?:%|％|パーセント))$/;

/** A share of eight tenths or more (発信8割, 業務のおよそ8割が発信, 受信（約90%）): the other direction has two tenths at most. */
const MAJOR_SHARE_END = /(?<![0-9０-９])(?:[89８９][ \t\u3000]*割|(?:[89][0-9]|[８９][０-９]|100|１００)[ \t\u3000]*(?:%|％|パーセント))$/;

/** …unless the rest is given its own share (お仕事の8割は受電で、残りの2割は…フォローのお電話): a second direction, counted. */
const REST_GIVEN_SHARE = /^[^。]{0,40}?残り(?:の)?(?:約|およそ)?[2-9２-９][ \t\u3000]*割/;

/** A count a day right after a direction's word (受電は1日30件ほど, 発信はそのほかに1日15〜20件), the day named before it
 *  (1日の受電は30件ほど): its upper figure, or 0. */
const COUNT_AFTER = /^(?:の件数)?(?:は|が|も)[、,]?[ \t]*(?:そのほかに|ほかに|別に|合わせて)?[ \t]*((?:1|一)日(?:に|あたり)?)?[ \t]*(?:約|およそ|平均)?[ \t]*(?:\d+[ \t]*[〜~\-][ \t]*)?(\d+)[ \t]*(?:件|本|コール)/;
const DAY_BEFORE = /(?:1|一)日(?:の|あたりの|に)$/;
function dailyCountAfter(f: Flag): number {
  const m = COUNT_AFTER.exec(wordsAfter(f, 40) ?? '');
  return m && (m[1] || DAY_BEFORE.test(wordsBefore(f, 6) ?? '')) ? Number(m[2]) : 0;
}

/** The share of the work the flag's words are said to take, read once from the words around them: none named, a share,
 *  a tenth or less (a minor direction: 発信1割, 割合は9：1), or eight tenths or more with no share left to the rest
 *  (a major direction: 業務のおよそ8割が発信です). */
function shareNamed(f: Flag): 'none' | 'share' | 'minor' | 'major' {
  const rest = wordsAfter(f, 120);
  const after = rest?.slice(0, 40) ?? null;
  // Notes in brackets of what the calls are (受けるお電話（予約の受付・変更）と、…) do not push the share out of reach.
  const unbracketed = rest?.replace(BRACKETED_NOTE, '') ?? null;
  const share = after !== null ? SHARE_AFTER.exec(after) : null;
  const part = unbracketed !== null ? ratioPart(unbracketed) : null;
  const turned = after !== null && SHARE_AFTER_TURN.test(after);
  const restShared = () => REST_GIVEN_SHARE.test(rest ?? '');
  if ((share !== null && MINOR_SHARE_END.test(share[0])) || (part !== null && part <= 0.1) || turned) return 'minor';
  if (((share !== null && MAJOR_SHARE_END.test(share[0])) || (part !== null && part >= 0.8)) && !restShared()) return 'major';
  if (share !== null || part !== null || (after !== null && SHARE_CLOSES_CLAUSE.test(after)) || (unbracketed !== null && HALF_EACH_AFTER.test(unbracketed))) return 'share';
  const before = wordsBefore(f, 70);
  const opened = before !== null ? SHARE_BEFORE.exec(before) : null;
  // 残りの1割は、…おかけする確認のお電話: a tenth or less, counted before the calls; 業務のおよそ8割が発信です: most.
  return opened === null ? 'none' : MINOR_SHARE_END.test(opened[1]!) ? 'minor' : MAJOR_SHARE_END.test(opened[1]!) && !restShared() ? 'major' : 'share';
}

/** A word that modifies the noun after it (コンタクトセンターの…), names whom the work serves or what it builds
 *  (コールセンター向け, コールセンター運用コンサルタント, コンタクトセンター構築), or the department or building the job
 *  sits in (コールセンター運営部門, コールセンター事業部, コールセンタービル). */
const SERVED_OR_BUILT = /^(?:の|向け|(?:運用|業務)?(?:コンサル|構築|設計)|(?:運営|管理|事業)?(?:本部|部門|部|課)(?!長)|ビル)/;
function namesWhere(f: Flag): boolean {
  const after = wordsAfter(f, 10);
  return after !== null && SERVED_OR_BUILT.test(after);
}

/** Indexes of the flags of a category and polarity: the evidence a reason points to. */
export function flagIndexes(flags: readonly Flag[], category: Category, polarity: Flag['polarity'] = 'present'): number[] {
  const out: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]!.category === category && flags[i]!.polarity === polarity) out.push(i);
  return out;
}
