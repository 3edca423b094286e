// What the posting leaves unclear, worth asking at the interview: one row per question and when to ask it.
import type { Question } from '../../core/types';
import { QUESTION_TEXT, type QuestionTextId } from '../../i18n/reasons';
import type { VerdictContext } from './reasons';

export interface QuestionContext extends VerdictContext {
  /** The posting states a fixed wage (時給, 月給, 基本給 …). */
  basePayStated: boolean;
  /** The verdict is tentative: the posting does not say clearly what the job is. */
  tentative: boolean;
}

/** Inbound work described this thinly may still hide outbound calls. */
export const THIN_INBOUND_EVIDENCE = 4;

const relevant = (c: QuestionContext) => c.v.callCenter || c.v.jobType === 'sales';

export const QUESTION_RULES: readonly { id: string; text?: QuestionTextId; when: (c: QuestionContext) => boolean }[] = [
  { id: 'role', when: (c) => c.tentative },
  { id: 'quota', when: (c) => relevant(c) && c.v.quota === 'absent' },
  { id: 'quota.euphemism', when: (c) => c.quota.euphemismDespiteNegation },
  { id: 'quota.implicit', when: (c) => c.v.quota === 'stated' && c.quota.implicitOnly },
  { id: 'quota.collective', when: (c) => c.v.quota === 'stated' && c.quota.collectiveOnly && !c.quota.euphemismDespiteNegation },
  {
    id: 'direction',
    when: (c) =>
      c.v.callCenter &&
      (c.v.jobType === 'mixed' || (c.v.jobType === 'inbound' && !c.job.scores.outboundRuledOut && c.job.scores.inbound < THIN_INBOUND_EVIDENCE)),
  },
  {
    id: 'direction',
    text: 'direction.unknown',
    when: (c) => c.v.callCenter && c.v.jobType === 'other' && c.job.scores.inbound === 0 && c.job.scores.outbound === 0,
  },
  { id: 'training', when: (c) => relevant(c) && !c.v.signals.manualTraining },
  { id: 'basePay', when: (c) => c.v.signals.incentive && !c.basePayStated },
  // Fixed overtime whose excess the posting does not say is paid.
  { id: 'pay.fixedOvertime', when: (c) => c.pay.fixedOvertime !== null && c.pay.fixedOvertime.excessPaid !== true },
  // No pay stated at all (unless the base-pay question above asks it already).
  // No pay, or only its system (月給制) with no amount: ask what it is.
  { id: 'pay.missing', when: (c) => (c.pay.base === null || (c.pay.base.min === null && c.pay.base.max === null)) && !(c.v.signals.incentive && !c.basePayStated) },
  { id: 'complaints', when: (c) => c.v.signals.complaints },
  { id: 'collections', when: (c) => c.v.signals.collections },
];

export function buildQuestions(c: QuestionContext): Question[] {
  const out: Question[] = [];
  for (const q of QUESTION_RULES) {
    if (!q.when(c) || out.some((o) => o.id === q.id)) continue;
    out.push({ id: q.id, ...QUESTION_TEXT[q.text ?? (q.id as QuestionTextId)] });
  }
  return out;
}
