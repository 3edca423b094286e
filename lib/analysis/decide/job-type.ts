// What kind of job is this? Read from where postings state it first (title, 仕事内容), then the whole page
// (company profile aside), with every threshold named in constants.ts.
import type { Flag, JobType } from '../../core/types';
import {
  COLLECTIONS_AS_OUTBOUND, MANAGEMENT_OVER_OPERATORS, MANAGEMENT_OVER_PHONE, MARKERS_ALONE, MIXED_MIN_RATIO, MIXED_MIN_SHARE,
  OFFICE_OVER_CHOSEN, OFFICE_UNDER_MARKERS, OUTBOUND_OVER_SALES, TECH_SUPPORT_AS_INBOUND, TYPE_THRESHOLD,
} from './constants';
import { evidenceIn, type Evidence, type Scope } from './evidence';

export interface TypeScores {
  inbound: number;
  outbound: number;
  mixed: number;
  sales: number;
  /** 受信のみ, or outbound work stated as absent, with no outbound work described at greater length. */
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
  // 受信のみ rules outbound out unless outbound work is described at greater length (最初は受信のみ、慣れたら発信も).
  const outboundRuledOut = (p.inboundOnly > 0 && p.inboundOnly >= p.outbound) || (n.outbound > 0 && p.outbound === 0);
  return {
    inbound: p.inbound + p.inboundOnly + TECH_SUPPORT_AS_INBOUND * p.techSupport,
    outbound: outboundRuledOut ? 0 : p.outbound + COLLECTIONS_AS_OUTBOUND * p.collections,
    mixed: outboundRuledOut ? 0 : p.mixed,
    sales: p.sales,
    outboundRuledOut,
  };
}

/** The decision within one body of evidence. */
export function decideIn(e: Evidence): Omit<JobTypeDecision, 'basis' | 'pageJobType'> & { decided: boolean } {
  const t = typeScores(e);
  const phone = t.inbound + t.outbound + t.mixed;
  const ranked = (
    [['inbound', t.inbound], ['outbound', t.outbound], ['sales', t.sales]] as [JobType, number][]
  ).sort((a, b) => b[1] - a[1]);
  let jobType: JobType = 'other';
  let margin = 0;
  const weaker = Math.min(t.inbound, t.outbound);
  const both = weaker >= TYPE_THRESHOLD * MIXED_MIN_SHARE && weaker / Math.max(t.inbound, t.outbound) >= MIXED_MIN_RATIO;
  if (t.mixed >= TYPE_THRESHOLD || (both && t.inbound + t.outbound >= TYPE_THRESHOLD * 2)) {
    jobType = 'mixed';
    margin = Math.max(t.mixed, weaker) - t.sales / 2;
  } else if (ranked[0]![1] >= TYPE_THRESHOLD) {
    jobType = ranked[0]![0];
    margin = ranked[0]![1] - ranked[1]![1];
    if (jobType === 'sales' && t.outbound >= TYPE_THRESHOLD && t.outbound >= t.sales * OUTBOUND_OVER_SALES) {
      jobType = 'outbound';
      margin = t.outbound - t.sales * OUTBOUND_OVER_SALES;
    }
  }
  const markers = e.present.callCenter;
  const management = e.present.management;
  const office = e.present.office;
  const chosen = jobType === 'mixed' ? Math.max(t.mixed, t.inbound + t.outbound) : jobType === 'other' ? 0 : t[jobType];
  // Running a center (SV, センター長) or a job that is mostly office work is "other" even with phone words.
  if (jobType !== 'other' && jobType !== 'sales' && management >= TYPE_THRESHOLD && management >= phone * MANAGEMENT_OVER_PHONE) {
    return { jobType: 'other', callCenter: true, margin: management - phone * MANAGEMENT_OVER_PHONE, scores: t, decided: true, otherBecause: 'management' };
  }
  if (jobType !== 'other' && office >= TYPE_THRESHOLD && office > (chosen + markers) * OFFICE_OVER_CHOSEN) {
    return { jobType: 'other', callCenter: false, margin: office - chosen, scores: t, decided: true, otherBecause: 'office' };
  }
  const phoneJob = jobType === 'inbound' || jobType === 'outbound' || jobType === 'mixed';
  let callCenter = phoneJob;
  let otherBecause: JobTypeDecision['otherBecause'] = null;
  if (!phoneJob && jobType !== 'sales') {
    // A management role over operators, or call-center markers where no other job type stands out.
    const overOperators = management >= MANAGEMENT_OVER_OPERATORS && markers + phone >= TYPE_THRESHOLD;
    callCenter = overOperators || (markers >= TYPE_THRESHOLD * MARKERS_ALONE && phone >= 1);
    if (overOperators) otherBecause = 'management';
  }
  // Call-center words without a clear direction: a center that answers calls is the common case.
  if (jobType === 'other' && !callCenter && markers >= TYPE_THRESHOLD && office < (markers + phone) * OFFICE_UNDER_MARKERS && management < markers) {
    return { jobType: t.outbound > t.inbound ? 'outbound' : 'inbound', callCenter: true, margin: 0, scores: t, decided: true, otherBecause: null };
  }
  const decided = jobType !== 'other' || callCenter || office >= TYPE_THRESHOLD || management >= TYPE_THRESHOLD;
  if (jobType === 'other' && !otherBecause && office >= TYPE_THRESHOLD) otherBecause = 'office';
  return { jobType, callCenter, margin, scores: t, decided, otherBecause };
}

/**
 * Role first: when the title and 仕事内容 decide the job, that is the job, whatever the rest of the page talks
 * about (the company's other services, benefits, FAQ, other positions). Otherwise the whole page decides.
 */
export function decideJobType(flags: readonly Flag[]): JobTypeDecision {
  const role = decideIn(evidenceIn(flags, 'role'));
  const page = decideIn(evidenceIn(flags, 'page'));
  if (role.decided) return { ...strip(role), basis: 'role', pageJobType: page.jobType };
  return { ...strip(page), basis: page.decided ? 'page' : 'none', pageJobType: page.jobType };
}

function strip(d: ReturnType<typeof decideIn>): Omit<JobTypeDecision, 'basis' | 'pageJobType'> {
  const { decided: _decided, ...rest } = d;
  return rest;
}
