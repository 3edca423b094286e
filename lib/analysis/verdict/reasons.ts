// Why the levels are what they are: one row per reason, saying when it applies, what it does to difficulty
// and stress, and which flags are its evidence. The levels are exactly the sum of the effects shown.
import type { AnalysisResult, Category, Effect, Flag, PayFacts, Reason } from '../../core/types';
import { REASON_TEXT, type ReasonTextId } from '../../i18n/reasons';
import { flagIndexes, plansStaffing, teachesOperators } from '../decide/evidence';
import { countsForComplaints } from '../decide/signals';
import type { JobTypeDecision } from '../decide/job-type';
import type { QuotaDecision } from '../decide/quota';

export interface Explanations {
  /** Lexicon explanations by entry id, appended to a reason to make it specific. */
  ja: Map<string, string>;
  en: Map<string, string>;
}

export interface VerdictContext {
  flags: readonly Flag[];
  v: Pick<AnalysisResult, 'jobType' | 'callCenter' | 'quota' | 'signals'>;
  job: Pick<JobTypeDecision, 'scores'>;
  quota: Pick<QuotaDecision, 'euphemismDespiteNegation' | 'implicitOnly' | 'collectiveOnly' | 'targetsDenied'>;
  /** What the posting pays (lib/pay): it enters the verdict only where it changes the work. */
  pay: Pick<PayFacts, 'base' | 'incentive' | 'fixedOvertime'>;
  /** The pay is counted in sales (売上の25%, 販売1戸につき): the work is selling, whatever its job type reads. */
  paidForSales?: boolean;
}

/** Base levels of each kind of job: inbound with training comes to about 2/2, outbound about 3/3 before quotas, sales
 *  3/3 (selling in person asks about what calling out does; calling on customers who already buy asks less). */
export const BASE_LEVELS = {
  inbound: { difficulty: 3, stress: 2 },
  outbound: { difficulty: 3, stress: 3 },
  mixed: { difficulty: 3, stress: 3 },
  sales: { difficulty: 3, stress: 3 },
  other: { difficulty: 2, stress: 2 },
  management: { difficulty: 3, stress: 3 },
  /** Planning a center's staffing asks what running it does: the forecasts and the service level are its own. */
  planning: { difficulty: 3, stress: 3 },
  /** Teaching a center's newcomers is done in a classroom and at a trainee's side: other work's levels. */
  teaching: { difficulty: 2, stress: 2 },
} as const satisfies Record<string, Effect>;

/** Collection calls are about the most stressful phone work there is: they raise stress to this level. */
export const COLLECTIONS_STRESS = 5;
/** Selling never comes to the least stress (see FLOOR_RULES). */
export const SALES_MIN_STRESS = 2;

const isManagementRole = (c: VerdictContext) => c.v.jobType === 'other' && c.v.callCenter;
/** Other work beside a center whose management words all do one kind of work beside it (see isPlanningRole,
 *  isTeachingRole); a bare mention of an SV (SV経験, a weak cue) leads no one. */
const besideCenterAs = (c: VerdictContext, kind: (f: Flag) => boolean) => {
  const words = present(c, 'management').filter((i) => c.flags[i]!.id !== 'management.mention');
  return c.v.jobType === 'other' && !c.v.callCenter && words.length > 0 && words.every((i) => kind(c.flags[i]!)) && !present(c, 'office').length;
};
/** Other work beside a center whose management words all plan its staffing (呼量予測, シフト作成). */
const isPlanningRole = (c: VerdictContext) => besideCenterAs(c, plansStaffing);
/** Other work beside a center whose management words all name the job as teaching its newcomers (研修トレーナー,
 *  研修講師). */
const isTeachingRole = (c: VerdictContext) => besideCenterAs(c, teachesOperators);
const baseKind = (c: VerdictContext) => (isManagementRole(c) ? 'management' : isPlanningRole(c) ? 'planning' : isTeachingRole(c) ? 'teaching' : c.v.jobType);
const present = (c: VerdictContext, ...cats: Category[]) => cats.flatMap((cat) => flagIndexes(c.flags, cat)).sort((a, b) => a - b);
/** Indexes of the present flags that pass a test (by entry id, say). */
const presentWhere = (c: VerdictContext, test: (f: Flag) => boolean) => c.flags.flatMap((f, i) => (f.polarity === 'present' && test(f) ? [i] : []));
/** Route sales as this job's: the company's other openings (ルート営業（OA機器） in its list) are other jobs. */
const routeSales = (c: VerdictContext) => presentWhere(c, (f) => f.id === 'sales.route' && f.section !== 'company');
const userKeywords = (c: VerdictContext) => presentWhere(c, (f) => f.id.startsWith('user.'));
const negated = (c: VerdictContext, cat: Category) => flagIndexes(c.flags, cat, 'negated');
/** Complaint words that, in this job, tell how the people it calls or collects from answer (signals.ts). */
const harshAnswers = (c: VerdictContext) => presentWhere(c, (f) => f.category === 'complaints' && !countsForComplaints(f, c.v.jobType, c.v.signals.collections));
const none: Effect = { difficulty: 0, stress: 0 };
/** Experience or a licence is required, and beginners are not welcome beside it. */
const experienceRequired = (c: VerdictContext) => c.v.signals.experienceRequired && !c.v.signals.beginnerOk;
/** Paid by the piece for work that is neither selling nor calling out (1部3円 for flyers, 1コール60円 for orders
 *  taken): income follows the volume of work, not success at persuading, so it adds no results pressure. Pay counted
 *  in sales (売上の25%, 販売1戸につき) is selling, even where the page's words read as other work. */
const pieceWork = (c: VerdictContext): boolean =>
  c.pay.incentive.kind === 'only' && c.pay.base?.unit === 'piece' && (c.v.jobType === 'other' || c.v.jobType === 'inbound') && !c.paidForSales;

/** A quota the worker answers for alone (stated, not only a target the team or shop holds together): each of
 *  quota.euphemism, quota.implicit and quota.stated adds its level only then. */
const ownQuota = (c: VerdictContext) => c.v.quota === 'stated' && !c.quota.collectiveOnly;
/** Work that calls out or sells, where a quota presses and its absence (ノルマなし) eases. */
const sellsOrCallsOut = (c: VerdictContext) => c.v.jobType === 'outbound' || c.v.jobType === 'sales' || c.v.jobType === 'mixed';
/** An incentive at a job that says it has no quota (ノルマなし) and neither sells nor calls out (a counter's
 *  店販インセンティブ): a bonus on top, pressing on no one. */
const bonusWithoutTarget = (c: VerdictContext) => c.v.quota === 'negated' && !sellsOrCallsOut(c);
/** No quota eases only work that would otherwise have one. */
const noQuotaEases = (c: VerdictContext) => ({ difficulty: 0, stress: sellsOrCallsOut(c) ? -1 : 0 });

export interface ReasonRule {
  /** The reason's id in the result, and its text id unless `text` says otherwise. */
  id: string;
  text?: ReasonTextId;
  when: (c: VerdictContext) => boolean;
  effect: (c: VerdictContext) => Effect;
  evidence: (c: VerdictContext) => number[];
}

const baseRow = (kind: keyof typeof BASE_LEVELS, evidence: (c: VerdictContext) => number[]): ReasonRule => ({
  id: `base.${kind}`,
  text: `base.${kind}`,
  when: (c) => baseKind(c) === kind,
  effect: () => BASE_LEVELS[kind],
  evidence,
});

/** The incentive words of the pay line that says there is no base pay. */
function incentiveOnlyEvidence(c: VerdictContext): number[] {
  const { start = -1, end = -1 } = c.pay.incentive;
  return present(c, 'incentive').filter((i) => c.flags[i]!.start < end && c.flags[i]!.end > start);
}

/** Additive reasons, in the order they are shown. */
export const REASON_RULES: readonly ReasonRule[] = [
  baseRow('inbound', (c) => present(c, 'inbound', 'inboundOnly')),
  baseRow('outbound', (c) => present(c, 'outbound')),
  baseRow('mixed', (c) => present(c, 'mixed', 'inbound', 'outbound')),
  baseRow('sales', (c) => present(c, 'sales')),
  baseRow('other', (c) => present(c, 'office')),
  baseRow('management', (c) => present(c, 'management')),
  baseRow('planning', (c) => present(c, 'management')),
  baseRow('teaching', (c) => present(c, 'management')),
  { id: 'inboundOnly', when: (c) => c.v.jobType === 'inbound' && present(c, 'inboundOnly').length > 0, effect: () => none, evidence: (c) => present(c, 'inboundOnly') },
  {
    id: 'outboundNegated',
    when: (c) => c.v.jobType === 'inbound' && !present(c, 'inboundOnly').length && negated(c, 'outbound').length > 0,
    effect: () => none,
    evidence: (c) => negated(c, 'outbound'),
  },
  {
    id: 'sales.route',
    // Calling on customers who already buy is steadier work than winning new ones: less stress, but the same selling
    // (proposals, the product's knowledge), so no easier.
    when: (c) => c.v.jobType === 'sales' && routeSales(c).length > 0 && !presentWhere(c, (f) => f.id === 'sales.role' && /新規/.test(f.text)).length,
    effect: () => ({ difficulty: 0, stress: -1 }),
    evidence: routeSales,
  },
  { id: 'techSupport', when: (c) => c.v.signals.techSupport, effect: () => ({ difficulty: 1, stress: 0 }), evidence: (c) => present(c, 'techSupport') },
  {
    id: 'incentive',
    when: (c) => c.v.signals.incentive,
    // Outbound work paid by results also asks more skill of the caller; piece work adds no pressure (pieceWork). A desk
    // that both takes and makes calls stands at its selling half's level already (mixed 3/3): the pay for what that
    // half wins adds none of its own.
    // In sales a quota of one's own and pay by results are one pressure, the results the seller answers for: it
    // counts once (a target the shop holds together adds none of its own, so there the incentive still does).
    effect: (c) => ({ difficulty: c.v.jobType === 'outbound' ? 1 : 0, stress: pieceWork(c) || c.v.jobType === 'mixed' || (c.v.jobType === 'sales' && ownQuota(c)) || bonusWithoutTarget(c) ? 0 : 1 }),
    evidence: (c) => present(c, 'incentive'),
  },
  {
    id: 'pay.incentiveOnly',
    // No base pay at all (完全歩合, 出来高のみ): income and pressure both ride on results, beyond an incentive on top of a wage.
    when: (c) => c.pay.incentive.kind === 'only' && !pieceWork(c),
    effect: () => ({ difficulty: 0, stress: 1 }),
    evidence: incentiveOnlyEvidence,
  },
  {
    id: 'pay.pieceWork',
    when: pieceWork,
    effect: () => none,
    evidence: incentiveOnlyEvidence,
  },
  {
    id: 'quota.collective',
    // A target the team or shop holds together is stated pressure, but no one answers for it alone: it adds less
    // than a quota of one's own (and beside 個人ノルマなし it is what the page said, not a euphemism).
    when: (c) => c.v.quota === 'stated' && c.quota.collectiveOnly,
    effect: () => none,
    evidence: (c) => present(c, 'quota'),
  },
  {
    id: 'quota.euphemism',
    when: (c) => ownQuota(c) && c.quota.euphemismDespiteNegation,
    effect: () => ({ difficulty: 0, stress: 1 }),
    evidence: (c) => [...negated(c, 'quota'), ...present(c, 'quota')].sort((a, b) => a - b),
  },
  {
    id: 'quota.implicit',
    when: (c) => ownQuota(c) && !c.quota.euphemismDespiteNegation && c.quota.implicitOnly,
    effect: () => ({ difficulty: 0, stress: 1 }),
    evidence: (c) => present(c, 'quota'),
  },
  {
    id: 'quota.stated',
    when: (c) => ownQuota(c) && !c.quota.euphemismDespiteNegation && !c.quota.implicitOnly,
    effect: () => ({ difficulty: 0, stress: 1 }),
    evidence: (c) => present(c, 'quota'),
  },
  {
    id: 'quota.negated',
    when: (c) => c.v.quota === 'negated',
    effect: noQuotaEases,
    evidence: (c) => negated(c, 'quota'),
  },
  {
    id: 'quota.targetsDenied',
    // Targets denied in other words (件数の目標はありません) ease the work as ノルマなし does, though the page has not
    // said ノルマなし.
    when: (c) => c.v.quota === 'absent' && c.quota.targetsDenied,
    effect: noQuotaEases,
    evidence: (c) => negated(c, 'quota'),
  },
  {
    id: 'complaints',
    when: (c) => c.v.signals.complaints,
    // Running a center, the complaints taken over and the center's targets are one pressure, its results: with a
    // quota they add no level of their own.
    effect: (c) => ({ difficulty: 0, stress: isManagementRole(c) && ownQuota(c) ? 0 : 1 }),
    evidence: (c) => presentWhere(c, (f) => f.category === 'complaints' && countsForComplaints(f, c.v.jobType, c.v.signals.collections)),
  },
  {
    // Harsh answers from the people the job calls (強い口調で言い返されることも): no complaints to handle, but the page
    // says the calls can be hard to take, which weighs as complaints do.
    id: 'refusal.harsh',
    when: (c) => !c.v.signals.complaints && harshAnswers(c).length > 0,
    effect: () => ({ difficulty: 0, stress: 1 }),
    evidence: (c) => harshAnswers(c),
  },
  {
    id: 'complaints.negated',
    when: (c) => !c.v.signals.complaints && negated(c, 'complaints').length > 0,
    effect: () => none,
    evidence: (c) => negated(c, 'complaints'),
  },
  {
    id: 'training',
    text: 'training.eases',
    // A manual makes answering calls learnable step by step; it makes neither selling nor running a team of
    // operators (escalations, coaching, the center's numbers) easier.
    when: (c) => c.v.signals.manualTraining && c.v.jobType === 'inbound',
    effect: () => ({ difficulty: -1, stress: 0 }),
    evidence: (c) => present(c, 'training'),
  },
  {
    id: 'training',
    when: (c) => c.v.signals.manualTraining && c.v.jobType !== 'inbound',
    effect: () => none,
    evidence: (c) => present(c, 'training'),
  },
  { id: 'beginner', when: (c) => c.v.signals.beginnerOk, effect: () => none, evidence: (c) => present(c, 'beginner') },
  {
    id: 'experience',
    text: 'experience.raises',
    // Phone and sales work take their level from the kind of calls and selling; among other jobs, one that
    // requires years of experience or a licence (a crane operator, a center consultant) is not entry work.
    when: (c) => experienceRequired(c) && c.v.jobType === 'other',
    effect: () => ({ difficulty: 1, stress: 0 }),
    evidence: (c) => present(c, 'experience'),
  },
  {
    id: 'experience',
    when: (c) => experienceRequired(c) && c.v.jobType !== 'other',
    effect: () => none,
    evidence: (c) => present(c, 'experience'),
  },
  {
    id: 'collections.inPerson',
    // Chasing arrears face to face is hard, but not the call-after-call pressure of a collections desk.
    when: (c) => c.v.signals.collections && !c.v.callCenter,
    effect: () => ({ difficulty: 0, stress: 1 }),
    evidence: (c) => present(c, 'collections'),
  },
  {
    id: 'user',
    when: (c) => userKeywords(c).length > 0,
    effect: () => none,
    evidence: userKeywords,
  },
];

/** Reasons that raise a level to a floor rather than adding to it: applied after every additive reason. */
export const FLOOR_RULES: readonly {
  id: ReasonTextId;
  when: (c: VerdictContext) => boolean;
  floor: Effect;
  add: Effect;
  evidence: (c: VerdictContext) => number[];
  /** Shown only where it lifts a level: a floor most postings stand above says nothing about them. */
  onlyWhenLifting?: boolean;
}[] = [
  {
    id: 'collections',
    when: (c) => c.v.signals.collections && c.v.callCenter,
    floor: { difficulty: 0, stress: COLLECTIONS_STRESS },
    add: { difficulty: 1, stress: 0 },
    evidence: (c) => present(c, 'collections'),
  },
  {
    id: 'sales.floor',
    // Selling answers for results whatever eases it: calling on customers who already buy (sales.route) and no quota
    // (quota.negated) each take a level off, but together they do not bring it to the least stress.
    when: (c) => c.v.jobType === 'sales',
    floor: { difficulty: 0, stress: SALES_MIN_STRESS },
    add: { difficulty: 0, stress: 0 },
    evidence: (c) => [...routeSales(c), ...negated(c, 'quota')].sort((a, b) => a - b),
    onlyWhenLifting: true,
  },
];

export function buildReasons(c: VerdictContext, ex: Explanations): Reason[] {
  const reasons: Reason[] = [];
  const push = (id: string, text: ReasonTextId, effect: Effect, evidence: number[]) => {
    const top = [...evidence].sort((a, b) => c.flags[b]!.weight - c.flags[a]!.weight)[0];
    const extra = top === undefined ? { ja: '', en: '' } : { ja: ex.ja.get(c.flags[top]!.id) ?? '', en: ex.en.get(c.flags[top]!.id) ?? '' };
    const t = REASON_TEXT[text];
    reasons.push({ id, ja: extra.ja ? `${t.ja} ${extra.ja}` : t.ja, en: extra.en ? `${t.en} ${extra.en}` : t.en, effect, evidence });
  };
  for (const r of REASON_RULES) if (r.when(c)) push(r.id, r.text ?? (r.id as ReasonTextId), r.effect(c), r.evidence(c));
  for (const r of FLOOR_RULES) {
    if (!r.when(c)) continue;
    const sum = levelsFrom(reasons);
    const lift = {
      difficulty: Math.max(0, r.floor.difficulty - sum.difficulty) + r.add.difficulty,
      stress: Math.max(0, r.floor.stress - sum.stress) + r.add.stress,
    };
    if (r.onlyWhenLifting && lift.difficulty === 0 && lift.stress === 0) continue;
    push(r.id, r.id, lift, r.evidence(c));
  }
  // Keep totals on the 1–5 scale with an explicit reason, so that effects always add up to the levels.
  for (const key of ['difficulty', 'stress'] as const) {
    const total = levelsFrom(reasons)[key];
    const clamped = Math.min(5, Math.max(1, total));
    if (clamped === total) continue;
    const id = key === 'difficulty' ? 'scale.difficulty' : 'scale.stress';
    reasons.push({ id, ...REASON_TEXT[id], effect: { difficulty: key === 'difficulty' ? clamped - total : 0, stress: key === 'stress' ? clamped - total : 0 }, evidence: [] });
  }
  return reasons;
}

export function levelsFrom(reasons: readonly Reason[]): Effect {
  return {
    difficulty: reasons.reduce((a, r) => a + r.effect.difficulty, 0),
    stress: reasons.reduce((a, r) => a + r.effect.stress, 0),
  };
}
