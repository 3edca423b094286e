// What kind of job is this? Read from where postings state it first (title, 仕事内容), then the whole page
// (company profile aside), with every threshold named in constants.ts.
import type { Category, Flag, JobType } from '../../core/types';
import {
  COLLECTIONS_AS_OUTBOUND, MANAGEMENT_OVER_OPERATORS, MANAGEMENT_OVER_PHONE, MARKERS_ALONE, MIXED_MIN_RATIO, MIXED_MIN_SHARE,
  OFFICE_OVER_CHOSEN, OFFICE_UNDER_MARKERS, MARKERS_ALONE_MENTIONS, TITLE_OTHER_WORK_UNLESS, OUTBOUND_OVER_SALES, TECH_SUPPORT_AS_INBOUND, TYPE_THRESHOLD,
} from './constants';
import { bookingsAreSideTask, evidenceIn, namesTheJob, type Evidence, type Scope } from './evidence';

export interface TypeScores {
  inbound: number;
  outbound: number;
  mixed: number;
  sales: number;
  /** 受信のみ, or outbound work stated as absent, with no outbound work described at greater length; or outbound work
   *  given a tenth of the work beside inbound (受信9割、発信1割). */
  outboundRuledOut: boolean;
}

export interface JobTypeDecision {
  jobType: JobType;
  callCenter: boolean;
  /** How far the chosen reading stands above the next one, in summed weight. */
  margin: number;
  scores: TypeScores;
  /** Where the decision was read: the title and 仕事内容 ('role'), or the whole page when they say nothing. */
  basis: Scope | 'none';
  /** Why the job is 'other' despite phone words, when it is: running a center, or office/other work. */
  otherBecause: 'management' | 'office' | null;
  /** The whole page's reading, which may differ from the role's. */
  pageJobType: JobType;
}

export function typeScores(e: Evidence): TypeScores {
  const { present: p, negated: n } = e;
  // 受信のみ rules outbound out unless outbound work is described at greater length (最初は受信のみ、慣れたら発信も),
  // or it is said of the first weeks only (最初の2週間は受信のみ).
  const inboundOnly = p.inboundOnly - e.inboundOnlyAtTimes;
  const outboundRuledOut = (inboundOnly > 0 && inboundOnly >= p.outbound) || (n.outbound > 0 && p.outbound === 0) || minorBesideMajor(e, 'outbound');
  // 督促 is phone work only where the posting talks of phones at all: a property manager visits tenants.
  const phoneWork = p.inbound + p.inboundOnly + p.outbound + p.mixed + p.callCenter > 0;
  return {
    // A tenth of the work or less beside the other direction (発信9割・受信1割) is a side of the outbound desk.
    inbound: minorBesideMajor(e, 'inbound') ? 0 : p.inbound + p.inboundOnly + TECH_SUPPORT_AS_INBOUND * p.techSupport - (bookingsAreSideTask(e) ? e.bookings : 0),
    outbound: outboundRuledOut ? 0 : p.outbound + COLLECTIONS_AS_OUTBOUND * (phoneWork ? p.collections : e.collectionsByPhone),
    mixed: outboundRuledOut ? 0 : p.mixed,
    // Sales staff the page names as colleagues (営業担当が伺います) are whom the job works with, not its work.
    // Pay or targets counted in contracts won, at a job that makes no calls, are a seller's (a booth's 1件3,000円); at a
    // counter customers come to or under a title that names shop staff (携帯電話の販売スタッフ), where the page names no
    // selling of the job's own (a phone shop's 獲得目標 beside its 受付・ご案内), they are the shop's, and counter retail
    // is not sales.
    sales: Math.max(0, p.sales - e.salesStaffAside) + (phoneWork || e.collectionsByPhone > 0 || ((e.counterWork >= TYPE_THRESHOLD || e.shopStaffAsJob > 0) && p.sales === 0) ? 0 : e.winsContracts),
    outboundRuledOut,
  };
}

/** A direction given a tenth of the work or less beside the other (受信9割、発信1割): the other direction's desk. */
function minorBesideMajor(e: Evidence, d: 'inbound' | 'outbound'): boolean {
  const other = d === 'inbound' ? 'outbound' : 'inbound';
  return e.minorDirections[d] && !e.minorDirections[other] && e.present[other] > 0;
}

/** One direction's calls all said to come now and then or few (お客様からのお電話の受付（1日数件）, お問い合わせのお電話を
 *  受けることもあります) beside the other's steady calls: a side of that direction's desk, not a second direction. */
function sideDirection(e: Evidence): boolean {
  const { steadyDirections: steady, occasionalDirections: occasional } = e;
  const sideOnly = (d: 'inbound' | 'outbound', other: 'inbound' | 'outbound') => steady[d] === 0 && occasional[d] > 0 && steady[other] > 0;
  return sideOnly('inbound', 'outbound') || sideOnly('outbound', 'inbound');
}

/** Each direction named with its share of the work, and neither ruled out (受信のみ) or a tenth or less. */
function sharesBothDirections(e: Evidence, t: TypeScores): boolean {
  return !t.outboundRuledOut && !minorBesideMajor(e, 'inbound') && e.sharedDirections.inbound && e.sharedDirections.outbound;
}

/** The evidence behind a job type as chosen: 受発信 counts both directions together. */
function chosenScore(jobType: JobType, t: TypeScores): number {
  return jobType === 'mixed' ? Math.max(t.mixed, t.inbound + t.outbound) : jobType === 'other' ? 0 : t[jobType];
}

/** A center's work whose calls are named too faintly for a direction: the way they lean, inbound when they lean neither
 *  way (a center that answers calls is the common case). */
function leanedDirection(t: TypeScores): ReturnType<typeof decideIn> {
  return { jobType: t.outbound > t.inbound ? 'outbound' : 'inbound', callCenter: true, margin: 0, scores: t, decided: true, otherBecause: null, byDefault: true };
}

/** Every management word but the leaders named aside plans the center's staffing or teaches its newcomers: the job
 *  works beside the center's operators, not over them. */
const worksBesideCenter = (e: Evidence): boolean => e.plansStaffing + e.teachesOperators >= e.present.management - e.leadersAside;

/** The decision within one body of evidence. */
export function decideIn(e: Evidence, phoneDenied = false, named?: TypeScores, sellsByTitle = false, pageLeans?: JobType): Omit<JobTypeDecision, 'basis' | 'pageJobType'> & { decided: boolean; byDefault?: boolean } {
  const t = typeScores(e);
  const phone = t.inbound + t.outbound + t.mixed;
  // Evidence that weighs the same either way is settled by what the title or 職種 names (食品包装資材のルート営業 with
  // 電話やFAXでの注文の受付 among its duties is a seller's job).
  const byName = (k: JobType) => (named && k !== 'mixed' && k !== 'other' ? named[k] : 0);
  // …and what the whole page leans to where the title names neither (a seller's page whose duties weigh a call taken
  // and a proposal alike).
  const byPage = (k: JobType) => (k === pageLeans ? 1 : 0);
  const ranked = (
    [['inbound', t.inbound], ['outbound', t.outbound], ['sales', t.sales]] as [JobType, number][]
  ).sort((a, b) => b[1] - a[1] || byName(b[0]) - byName(a[0]) || byPage(b[0]) - byPage(a[0]));
  let jobType: JobType = 'other';
  let margin = 0;
  const weaker = Math.min(t.inbound, t.outbound);
  const both = !sideDirection(e) && weaker >= TYPE_THRESHOLD * MIXED_MIN_SHARE && weaker / Math.max(t.inbound, t.outbound) >= MIXED_MIN_RATIO;
  // Each direction named with its share (受信（約6割）・発信（約4割）) is 受発信 whatever the weights.
  const shares = sharesBothDirections(e, t);
  // A title that names sales and no calls (入居相談員（…をご案内する営業職）) names the job: calls it takes and makes beside
  // the selling (見学予約のお電話を受け, フォローのお電話) are a seller's, unless the page says the phone is most of it.
  // Outweighed by the selling, they do not add up to 受発信.
  const calls = Math.max(t.inbound, t.outbound);
  const sellerByTitle = sellsByTitle && t.mixed === 0 && !shares && e.phoneIsMost === 0 && t.sales >= TYPE_THRESHOLD && calls < t.sales;
  if (sellerByTitle) return { jobType: 'sales', callCenter: false, margin: t.sales - calls, scores: t, decided: true, otherBecause: null };
  if (t.mixed >= TYPE_THRESHOLD || shares || (both && t.inbound + t.outbound >= TYPE_THRESHOLD * 2 && t.sales <= t.inbound + t.outbound)) {
    jobType = 'mixed';
    margin = Math.max(t.mixed, weaker) - t.sales / 2;
  } else if (ranked[0]![1] >= TYPE_THRESHOLD) {
    jobType = ranked[0]![0];
    margin = ranked[0]![1] - ranked[1]![1];
    // Calls that lead to sales are outbound work, unless the job closes the deals itself (インサイドセールス that runs its
    // own オンライン商談 to the contract): then the calls are a seller's. So are they, whatever the sales words weigh,
    // where the page gives the phone most of the day (業務時間の8割ほどが電話).
    if (jobType === 'sales' && t.outbound >= TYPE_THRESHOLD && (t.outbound >= t.sales * OUTBOUND_OVER_SALES || e.phoneIsMost > 0) && e.closesDeals === 0) {
      jobType = 'outbound';
      margin = t.outbound - t.sales * OUTBOUND_OVER_SALES;
    }
  }
  const markers = e.present.callCenter;
  const management = e.present.management;
  const office = e.present.office;
  const chosen = chosenScore(jobType, t);
  // Running a center (SV, センター長) or a job that is mostly office work is "other" even with phone words.
  // So is a leader named as the job (テレアポセンターのSV) whose page denies the leader's calls of the way the calls go
  // (ご自身が架電リストに沿って電話をかけることは基本ありません): the calls it describes are the team's, however many.
  const ownCallsDenied = e.leaderNamedAsJob > 0 && (jobType === 'inbound' || jobType === 'outbound') && e.negated[jobType] >= TYPE_THRESHOLD;
  if (jobType !== 'other' && jobType !== 'sales' && management >= TYPE_THRESHOLD && (management >= phone * MANAGEMENT_OVER_PHONE || ownCallsDenied)) {
    // A planner of the center's staffing (呼量予測, シフト作成) only, who leads no one, works beside the center; the SVs
    // it mentions (各フロアのSVに連絡) are colleagues. So does a job the page says leads no operators.
    const plansOnly = (worksBesideCenter(e) || e.leadingDenied) && e.leadsOperators === 0;
    return { jobType: 'other', callCenter: !plansOnly, margin: management - phone * MANAGEMENT_OVER_PHONE, scores: t, decided: true, otherBecause: 'management' };
  }
  // Not where the page says the phone is most of the job (業務の8割が電話): its office words are the rest of it.
  if (jobType !== 'other' && office >= TYPE_THRESHOLD && office > (chosen + markers) * OFFICE_OVER_CHOSEN && e.phoneIsMost === 0) {
    return { jobType: 'other', callCenter: false, margin: office - chosen, scores: t, decided: true, otherBecause: 'office' };
  }
  // Calls that every mention says come now and then or few (電話は1日10件ほど, 予約のお電話を受けることもあります, 年数回
  // だけ、電話受付の応援に入ることがあります), at a job no call-center word names: a side of other work.
  if ((jobType === 'inbound' || jobType === 'outbound' || jobType === 'mixed') && e.steadyPhone === 0 && (e.lightPhone > 0 || e.occasionalDirections.inbound + e.occasionalDirections.outbound > 0) && markers === 0) {
    return { jobType: 'other', callCenter: false, margin: TYPE_THRESHOLD - chosen, scores: t, decided: true, otherBecause: office >= TYPE_THRESHOLD ? 'office' : null };
  }
  const phoneJob = jobType === 'inbound' || jobType === 'outbound' || jobType === 'mixed';
  let callCenter = phoneJob;
  let otherBecause: JobTypeDecision['otherBecause'] = null;
  // A job whose management words all teach or plan beside the center (研修トレーナー, 呼量予測) and lead no one: the
  // center's words name where it works, not operator work.
  const besideOnly = management >= TYPE_THRESHOLD && e.leadsOperators === 0 && e.plansStaffing + e.teachesOperators > 0 && worksBesideCenter(e);
  if (!phoneJob && jobType !== 'sales' && besideOnly) {
    return { jobType: 'other', callCenter: false, margin: management - phone, scores: t, decided: true, otherBecause: 'management' };
  }
  if (!phoneJob && jobType !== 'sales') {
    // A management role over operators, or call-center markers where no other job type stands out.
    const overOperators = management >= MANAGEMENT_OVER_OPERATORS && e.leadsOperators > 0 && markers + phone >= TYPE_THRESHOLD;
    callCenter = overOperators || (markers >= TYPE_THRESHOLD * MARKERS_ALONE && phone >= 1 && !phoneDenied);
    if (overOperators) otherBecause = 'management';
    // A center's operator work whose calls are named too faintly for a direction: the direction they lean to, as below.
    else if (callCenter && jobType === 'other' && office < (markers + phone) * OFFICE_UNDER_MARKERS && management < markers) {
      return leanedDirection(t);
    }
  }
  // The phone given most of the work (業務のほとんどは電話です) with no direction named strongly enough: a desk, leaning as
  // its calls lean.
  if (jobType === 'other' && !phoneDenied && e.phoneIsMost >= TYPE_THRESHOLD && management < e.phoneIsMost) return leanedDirection(t);
  // Call-center words without a clear direction: a center that answers calls is the common case.
  // Not where the page says the work is no phone work (オペレーター業務や電話応対はありません): the center is where, not what.
  if (jobType === 'other' && !callCenter && !phoneDenied && markers >= TYPE_THRESHOLD && e.markerMentions >= MARKERS_ALONE_MENTIONS && office < (markers + phone) * OFFICE_UNDER_MARKERS && management < markers) {
    return leanedDirection(t);
  }
  const decided = jobType !== 'other' || callCenter || office >= TYPE_THRESHOLD || management >= TYPE_THRESHOLD;
  if (jobType === 'other' && !otherBecause && management >= TYPE_THRESHOLD && management >= office) otherBecause = 'management';
  if (jobType === 'other' && !otherBecause && office >= TYPE_THRESHOLD) otherBecause = 'office';
  return { jobType, callCenter, margin, scores: t, decided, otherBecause };
}

/**
 * Role first: the title names the job when it names one (コールセンタースタッフ, 営業事務, SV候補); otherwise the
 * title and 仕事内容 decide; otherwise the whole page. The company's other services, benefits, FAQ and other
 * positions speak only when the posting's own statement of the job is silent. Office or other work read from
 * the title or 仕事内容 must outweigh the page's phone and sales evidence: one passing mention of 倉庫 in a
 * support job's duties does not make it a warehouse job.
 */
export function decideJobType(flags: readonly Flag[]): JobTypeDecision {
  const pageEvidence = evidenceIn(flags, 'page');
  const phoneDenied = deniesPhoneWork(pageEvidence);
  const page = decideIn(pageEvidence, phoneDenied);
  const pageTypeMax = Math.max(page.scores.inbound, page.scores.outbound, page.scores.mixed, page.scores.sales);
  const titleEvidence = evidenceIn(flags.filter(namesTheJob), 'all');
  const named = typeScores(titleEvidence);
  for (const scope of ['role'] as const) {
    const e = evidenceIn(flags, scope);
    const d = decideIn(e, phoneDenied, named, titleNamesSellingOnly(titleEvidence, named, flags), page.jobType);
    if (!d.decided) continue;
    // A title that names other work (ホールスタッフ, データ入力) wins over phone or sales words in the duties
    // unless those describe the job at length: 「予約のお電話を受けることもあります」 is a side task.
    const chosen = chosenBesideOtherWork(d.jobType, d.scores, e);
    if (d.jobType !== 'other' && titleNamesOtherWork(titleEvidence) && chosen < TYPE_THRESHOLD * TITLE_OTHER_WORK_UNLESS && e.phoneIsMost === 0) {
      return { ...strip(d), jobType: 'other', callCenter: false, margin: TYPE_THRESHOLD * TITLE_OTHER_WORK_UNLESS - chosen, otherBecause: 'office', basis: scope, pageJobType: page.jobType };
    }
    // A title that names only a center's staff (在宅コールスタッフ) leaves the direction to the page where the page states
    // it; a page that only leans one way (a caller who 電話をかけ直す in a feature above the terms) states nothing.
    if (d.byDefault && !page.byDefault && (page.jobType === 'inbound' || page.jobType === 'outbound' || page.jobType === 'mixed')) break;
    if (d.jobType === 'other' && d.otherBecause !== 'management' && e.present.office < pageTypeMax && !titleNamesOtherWork(titleEvidence)) continue;
    // A role over operators is call-center work when the page shows the center it runs. Reviewing calls or building
    // the center's systems (QA, 運用設計, CTI構築) leads no operators: beside the center, not its work.
    // Each direction's share stated anywhere on the page (受ける電話が6割、かける電話が4割) is how this job's calls divide:
    // a title that names one direction (お客様センター) names where the calls come in, not that none go out.
    if ((d.jobType === 'inbound' || d.jobType === 'outbound') && !d.scores.outboundRuledOut && sharesBothDirections(pageEvidence, page.scores)) {
      return { ...strip(d), jobType: 'mixed', callCenter: true, basis: scope, pageJobType: page.jobType };
    }
    const leads = pageEvidence.leadsOperators > 0;
    const callCenter = d.jobType === 'other' && d.otherBecause === 'management' ? d.callCenter || (leads && (page.callCenter || pageEvidence.present.callCenter + page.scores.inbound + page.scores.outbound >= TYPE_THRESHOLD)) : d.callCenter;
    return { ...strip(d), callCenter, basis: scope, pageJobType: page.jobType };
  }
  return { ...strip(page), basis: page.decided ? 'page' : 'none', pageJobType: page.jobType };
}

/** The title names selling and nothing else (入居相談員（…をご案内する営業職）, ルート営業): no calls, no office or other work
 *  (営業事務, ルート営業（配送・補充がメイン）), no desk or phone (営業スタッフ（内勤）, ご案内スタッフ（電話）). */
const PHONE_OR_DESK_IN_TITLE = /電話|内勤|テレ|コール|インサイド|センター|窓口|デスク/;
function titleNamesSellingOnly(title: Evidence, named: TypeScores, flags: readonly Flag[]): boolean {
  const p = title.present;
  if (named.sales < TYPE_THRESHOLD || named.inbound + named.outbound + named.mixed + p.office + p.callCenter + p.management > 0) return false;
  return !flags.some((f) => f.section === 'title' && PHONE_OR_DESK_IN_TITLE.test(f.sentence));
}

/**
 * The evidence for a job type that would override a title naming other work: the sales staff a posting names
 * (営業担当者4名のアシスタント, 営業担当10名が所属する営業所) are the colleagues such a job works beside, not its work.
 */
function chosenBesideOtherWork(jobType: JobType, t: TypeScores, role: Evidence): number {
  return jobType === 'sales' ? Math.max(0, t.sales - role.salesStaff) : chosenScore(jobType, t);
}

/**
 * The title names office or other work (検品スタッフ, 一般事務) and no phone or sales work: that is the job. Sales
 * staff it names (営業部の事務スタッフ) are whom it serves; a call center it names as where (インフラエンジニア
 * （コンタクトセンターのネットワーク）) is where, not the job. `e`: the evidence of the title and a 職種 line (under a
 * board's or a form's header, 求人票 or ハローワーク, that line is where the job is named).
 */
function titleNamesOtherWork(e: Evidence): boolean {
  const t = e.present;
  return t.office >= TYPE_THRESHOLD && t.inbound + t.inboundOnly + t.outbound + t.mixed + (t.sales - e.salesStaff) + e.centerAsWork + t.collections === 0;
}

/** The page denies phone work (オペレーターとして通話することはありません; 電話営業や受電業務はありません: both directions)
 *  and states none. One direction denied (発信はほとんどありません) says which way the calls go, not that there are none;
 *  but taking calls denied where no call of any kind is stated (電話に出ることはありません) leaves none: work that makes
 *  calls would say so. */
/** The categories whose denial deniesPhoneWork reads: what a page says the job is not must be read whatever the
 *  sensitivity (analyze.ts). */
export const PHONE_DENIAL_CATEGORIES = ['callCenter', 'mixed', 'inbound', 'outbound'] as const satisfies readonly Category[];
function deniesPhoneWork(e: Evidence): boolean {
  const n = e.negated;
  const t = typeScores(e);
  const noCallsStated = t.inbound + t.outbound + t.mixed === 0;
  return (n.callCenter > 0 || n.mixed > 0 || (n.inbound > 0 && n.outbound > 0) || (n.inbound > 0 && noCallsStated)) && t.inbound + t.outbound + t.mixed < TYPE_THRESHOLD;
}

function strip(d: ReturnType<typeof decideIn>): Omit<JobTypeDecision, 'basis' | 'pageJobType'> {
  const { decided: _decided, byDefault: _byDefault, ...rest } = d;
  return rest;
}
