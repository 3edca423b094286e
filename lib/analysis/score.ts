// From flags to a verdict: job type, quota status, signals, difficulty and stress, each point of which
// comes from a listed reason, and the questions the posting leaves open.
import type { AnalysisResult, Category, Effect, Flag, JobType, QuotaStatus, Reason, Question, Signals } from '../core/types';
import { BASE_PAY } from './posting';

export interface Explanations {
  /** Lexicon explanations by entry id, used to make reasons specific. */
  ja: Map<string, string>;
  en: Map<string, string>;
}

/** Score needed for a job type to be called. A strong term in the job section alone reaches it. */
const TYPE_THRESHOLD = 2.4;

interface Sums {
  present: Record<Category, number>;
  negated: Record<Category, number>;
}

function sums(flags: Flag[]): Sums {
  const present = {} as Record<Category, number>;
  const negated = {} as Record<Category, number>;
  for (const f of flags) {
    const bucket = f.polarity === 'present' ? present : negated;
    bucket[f.category] = (bucket[f.category] ?? 0) + f.weight;
  }
  const get = (r: Record<Category, number>) => new Proxy(r, { get: (t, k) => (t as any)[k] ?? 0 }) as Record<Category, number>;
  return { present: get(present), negated: get(negated) };
}

const idx = (flags: Flag[], pred: (f: Flag) => boolean) => flags.flatMap((f, i) => (pred(f) ? [i] : []));

export interface TypeScores {
  inbound: number;
  outbound: number;
  mixed: number;
  sales: number;
  outboundRuledOut: boolean;
}

export function typeScores(flags: Flag[]): TypeScores {
  const s = sums(flags);
  // 受信のみ rules outbound out unless outbound work is described at greater length (最初は受信業務のみ、慣れたら発信も).
  const outboundRuledOut =
    (s.present.inboundOnly > 0 && s.present.inboundOnly >= s.present.outbound) || (s.negated.outbound > 0 && s.present.outbound === 0);
  return {
    inbound: s.present.inbound + s.present.inboundOnly + 0.5 * s.present.techSupport,
    outbound: outboundRuledOut ? 0 : s.present.outbound + 0.8 * s.present.collections,
    mixed: outboundRuledOut ? 0 : s.present.mixed,
    sales: s.present.sales,
    outboundRuledOut,
  };
}

export function decideJobType(flags: Flag[]): { jobType: JobType; callCenter: boolean; margin: number; scores: TypeScores } {
  const s = sums(flags);
  const t = typeScores(flags);
  const phone = t.inbound + t.outbound + t.mixed;
  const ranked = (
    [
      ['inbound', t.inbound],
      ['outbound', t.outbound],
      ['sales', t.sales],
    ] as [JobType, number][]
  ).sort((a, b) => b[1] - a[1]);
  let jobType: JobType = 'other';
  let margin = 0;
  const both = Math.min(t.inbound, t.outbound) >= TYPE_THRESHOLD * 0.6 && Math.min(t.inbound, t.outbound) / Math.max(t.inbound, t.outbound) >= 0.4;
  if (t.mixed >= TYPE_THRESHOLD || (both && t.inbound + t.outbound >= TYPE_THRESHOLD * 2)) {
    jobType = 'mixed';
    margin = Math.max(t.mixed, Math.min(t.inbound, t.outbound)) - t.sales / 2;
  } else if (ranked[0]![1] >= TYPE_THRESHOLD) {
    jobType = ranked[0]![0];
    margin = ranked[0]![1] - ranked[1]![1];
    // Calls to set up sales meetings are phone work: prefer outbound over sales when they are close.
    if (jobType === 'sales' && t.outbound >= TYPE_THRESHOLD && t.outbound >= t.sales * 0.7) {
      jobType = 'outbound';
      margin = t.outbound - t.sales * 0.7;
    }
  }
  const markers = s.present.callCenter;
  // Running a center (SV, センター長) or a job that is mostly office work is "other" even with phone words.
  const management = s.present.management;
  const office = s.present.office;
  const chosen = jobType === 'mixed' ? Math.max(t.mixed, t.inbound + t.outbound) : jobType === 'other' ? 0 : t[jobType];
  if (jobType !== 'other' && jobType !== 'sales' && management >= TYPE_THRESHOLD && management >= phone * 0.6) {
    return { jobType: 'other', callCenter: true, margin: management - phone * 0.6, scores: t };
  }
  if (jobType !== 'other' && office >= TYPE_THRESHOLD && office > (chosen + markers) * 1.1) {
    return { jobType: 'other', callCenter: false, margin: office - chosen, scores: t };
  }
  const phoneJob = jobType === 'inbound' || jobType === 'outbound' || jobType === 'mixed';
  let callCenter = phoneJob;
  if (!phoneJob && jobType !== 'sales') {
    // A management role over operators, or call-center markers where no other job type stands out.
    callCenter = (management >= 1.5 && markers + phone >= TYPE_THRESHOLD) || (jobType === 'other' && markers >= TYPE_THRESHOLD * 1.5 && phone >= 1);
  }
  // Call-center words without a clear direction: a center that answers calls is the common case.
  if (jobType === 'other' && !callCenter && markers >= TYPE_THRESHOLD && office < (markers + phone) * 0.5 && management < markers) {
    callCenter = true;
    jobType = t.outbound > t.inbound ? 'outbound' : 'inbound';
    margin = 0;
  }
  return { jobType, callCenter, margin, scores: t };
}

export function decideQuota(flags: Flag[]): { quota: QuotaStatus; euphemismDespiteNegation: boolean } {
  const present = flags.filter((f) => f.category === 'quota' && f.polarity === 'present');
  const negated = flags.some((f) => f.category === 'quota' && f.polarity === 'negated');
  const presentWeight = present.reduce((a, f) => a + f.weight, 0);
  if (presentWeight >= 0.5) return { quota: 'stated', euphemismDespiteNegation: negated };
  if (negated) return { quota: 'negated', euphemismDespiteNegation: false };
  return { quota: 'absent', euphemismDespiteNegation: false };
}

export function decideSignals(flags: Flag[]): Signals {
  const s = sums(flags);
  return {
    incentive: s.present.incentive >= 0.5,
    complaints: s.present.complaints >= 0.5,
    collections: s.present.collections >= 0.8,
    techSupport: s.present.techSupport >= 0.8,
    manualTraining: s.present.training >= 0.5,
    beginnerOk: s.present.beginner >= 0.5,
  };
}

type Verdict = Pick<AnalysisResult, 'jobType' | 'callCenter' | 'quota' | 'signals'>;

const BASE: Record<JobType, Effect & { ja: string; en: string }> = {
  inbound: { difficulty: 3, stress: 2, ja: '受信（かかってくる電話に応える）が中心の仕事です。', en: 'Mainly answering incoming calls (inbound).' },
  outbound: { difficulty: 3, stress: 3, ja: '発信（こちらから電話をかける）が中心の仕事です。自分の言葉で提案する場面が増えます。', en: 'Mainly placing calls (outbound): more persuading in your own words.' },
  mixed: { difficulty: 3, stress: 3, ja: '受信と発信の両方がある仕事です（受発信）。', en: 'Both answering and placing calls (mixed).' },
  sales: { difficulty: 4, stress: 3, ja: '営業（売り込み・提案）が中心の仕事です。', en: 'A sales job: selling and proposing.' },
  other: { difficulty: 2, stress: 2, ja: 'コールセンターや営業の仕事を示す言葉は中心にありません。', en: 'No call-center or sales work stands at the centre of this posting.' },
};

export function buildReasons(flags: Flag[], v: Verdict, ex: Explanations, euphemism: boolean): Reason[] {
  const reasons: Reason[] = [];
  const explain = (ids: number[]) => {
    const top = [...ids].sort((a, b) => flags[b]!.weight - flags[a]!.weight)[0];
    return top === undefined ? { ja: '', en: '' } : { ja: ex.ja.get(flags[top]!.id) ?? '', en: ex.en.get(flags[top]!.id) ?? '' };
  };
  const add = (id: string, ja: string, en: string, effect: Effect, evidence: number[]) => {
    const e = explain(evidence);
    reasons.push({ id, ja: e.ja ? `${ja} ${e.ja}` : ja, en: e.en ? `${en} ${e.en}` : en, effect, evidence });
  };
  const present = (c: Category) => idx(flags, (f) => f.category === c && f.polarity === 'present');
  const negated = (c: Category) => idx(flags, (f) => f.category === c && f.polarity === 'negated');

  // Base: the job type, or running a center.
  const mgmtRole = v.jobType === 'other' && v.callCenter;
  const base = mgmtRole
    ? { difficulty: 3, stress: 3, ja: 'コールセンターの運営・管理（SVなど）の仕事です。', en: 'Running or supervising a call center (SV or similar).' }
    : BASE[v.jobType];
  const typeEvidence =
    v.jobType === 'mixed' ? [...present('mixed'), ...present('inbound'), ...present('outbound')]
    : v.jobType === 'other' ? (mgmtRole ? present('management') : present('office'))
    : [...present(v.jobType as Category), ...(v.jobType === 'inbound' ? present('inboundOnly') : [])];
  add(`base.${mgmtRole ? 'management' : v.jobType}`, base.ja, base.en, { difficulty: base.difficulty, stress: base.stress }, typeEvidence.sort((a, b) => a - b));

  if (v.jobType === 'inbound' && present('inboundOnly').length) {
    add('inboundOnly', '受信のみと明記され、発信（営業電話）はありません。', 'Inbound only is stated: no outbound calls.', { difficulty: 0, stress: 0 }, present('inboundOnly'));
  } else if (v.jobType === 'inbound' && negated('outbound').length) {
    add('outboundNegated', '発信業務はないと書かれています。', 'The posting says there are no outbound calls.', { difficulty: 0, stress: 0 }, negated('outbound'));
  }
  if (v.signals.techSupport) {
    add('techSupport', '技術的な質問に答えるため、覚えることが多めです。', 'Technical questions: more to learn.', { difficulty: 1, stress: 0 }, present('techSupport'));
  }
  if (v.signals.incentive) {
    const d = v.jobType === 'outbound' ? 1 : 0;
    add('incentive', '成果で収入が変わる報酬（インセンティブ・歩合）があります。', 'Pay that depends on results (incentives, commission).', { difficulty: d, stress: 1 }, present('incentive'));
  }
  if (v.quota === 'stated') {
    const ev = present('quota');
    if (euphemism) {
      add('quota.euphemism', '「ノルマなし」とありますが、目標件数などの言い換えがあり、実質的な目標がありそうです。', 'The posting says "no quota" but names targets under other words: expect quota-like pressure.', { difficulty: 0, stress: 1 }, [...negated('quota'), ...ev].sort((a, b) => a - b));
    } else {
      add('quota.stated', 'ノルマや目標（件数・成績）が書かれています。', 'Quotas or targets are stated.', { difficulty: 0, stress: 1 }, ev);
    }
  } else if (v.quota === 'negated') {
    const lowers = v.jobType === 'outbound' || v.jobType === 'sales' || v.jobType === 'mixed';
    add('quota.negated', 'ノルマなしと明記されています。', 'No quota is stated explicitly.', { difficulty: 0, stress: lowers ? -1 : 0 }, negated('quota'));
  }
  if (v.signals.complaints) {
    add('complaints', 'クレーム・苦情への対応があります。', 'Complaint handling is part of the job.', { difficulty: 0, stress: 1 }, present('complaints'));
  } else if (negated('complaints').length) {
    add('complaints.negated', 'クレーム対応は少ない・ないと書かれています。', 'Complaints are said to be rare or absent.', { difficulty: 0, stress: 0 }, negated('complaints'));
  }
  if (v.signals.collections) {
    const stressSoFar = reasons.reduce((a, r) => a + r.effect.stress, 0);
    add('collections', '督促・回収の電話は、最もストレスの大きい仕事の一つです。', 'Collection calls are among the most stressful phone work.', { difficulty: 1, stress: Math.max(0, 5 - stressSoFar) }, present('collections'));
  }
  if (v.signals.manualTraining && (v.jobType === 'inbound' || mgmtRole)) {
    add('training', '研修やマニュアルがあり、手順に沿って覚えられます。', 'Training or a manual is provided.', { difficulty: -1, stress: 0 }, present('training'));
  } else if (v.signals.manualTraining) {
    add('training', '研修やマニュアルがあります。', 'Training or a manual is provided.', { difficulty: 0, stress: 0 }, present('training'));
  }
  if (v.signals.beginnerOk) {
    add('beginner', '未経験者を歓迎しています。', 'Beginners are welcome.', { difficulty: 0, stress: 0 }, present('beginner'));
  }
  const user = idx(flags, (f) => f.id.startsWith('user.') && f.polarity === 'present');
  if (user.length) add('user', 'あなたのキーワードが見つかりました。', 'Your own keywords were found.', { difficulty: 0, stress: 0 }, user);

  // Keep totals on the 1–5 scale with an explicit reason, so that effects always add up to the levels.
  for (const key of ['difficulty', 'stress'] as const) {
    const total = reasons.reduce((a, r) => a + r.effect[key], 0);
    const clamped = Math.min(5, Math.max(1, total));
    if (clamped !== total) {
      reasons.push({
        id: `scale.${key}`,
        ja: key === 'difficulty' ? '難易度は1〜5の範囲に収めています。' : 'ストレスは1〜5の範囲に収めています。',
        en: `${key === 'difficulty' ? 'Difficulty' : 'Stress'} is kept within 1–5.`,
        effect: { difficulty: key === 'difficulty' ? clamped - total : 0, stress: key === 'stress' ? clamped - total : 0 },
        evidence: [],
      });
    }
  }
  return reasons;
}

export function levelsFrom(reasons: Reason[]): { difficulty: number; stress: number } {
  return {
    difficulty: reasons.reduce((a, r) => a + r.effect.difficulty, 0),
    stress: reasons.reduce((a, r) => a + r.effect.stress, 0),
  };
}

export function buildQuestions(flags: Flag[], v: Verdict, normalizedText: string, euphemism: boolean, scores: TypeScores): Question[] {
  const q: Question[] = [];
  const relevant = v.callCenter || v.jobType === 'sales';
  if (relevant && v.quota === 'absent') {
    q.push({ id: 'quota', ja: '目標やノルマはありますか。達成できなかった場合はどうなりますか。', en: 'Are there targets or quotas, and what happens if they are missed?' });
  }
  if (euphemism) {
    q.push({ id: 'quota.euphemism', ja: '「ノルマなし」とのことですが、目標件数は評価や給与に影響しますか。', en: 'You say "no quota": do the call or sales targets affect evaluation or pay?' });
  }
  if (v.callCenter && (v.jobType === 'mixed' || (v.jobType === 'inbound' && !scores.outboundRuledOut && scores.inbound < 4))) {
    q.push({ id: 'direction', ja: '受信と発信の割合はどのくらいですか。発信は営業ですか、確認の連絡ですか。', en: 'How much of the work is answering vs placing calls? Are outgoing calls sales or follow-ups?' });
  }
  if (v.callCenter && v.jobType === 'other' && scores.inbound === 0 && scores.outbound === 0) {
    q.push({ id: 'direction', ja: '電話はかかってくるものに応える仕事ですか、こちらからかける仕事ですか。', en: 'Will you answer calls or place them?' });
  }
  if ((v.callCenter || v.jobType === 'sales') && !v.signals.manualTraining) {
    q.push({ id: 'training', ja: '入社後の研修やマニュアル、トークスクリプトはありますか。', en: 'Is there training, a manual or a call script?' });
  }
  if (v.signals.incentive && !BASE_PAY.test(normalizedText)) {
    q.push({ id: 'basePay', ja: '固定給（基本給）はいくらで、成果報酬はどのくらいの割合ですか。', en: 'What is the fixed base pay, and how much depends on results?' });
  }
  if (v.signals.complaints) {
    q.push({ id: 'complaints', ja: 'クレーム対応はどのくらいの頻度ですか。難しい場合は上の人に代わってもらえますか。', en: 'How often do complaints come in, and can you hand difficult ones to a supervisor?' });
  }
  if (v.signals.collections) {
    q.push({ id: 'collections', ja: '督促の1日の件数や回収目標はありますか。', en: 'How many collection calls a day, and are there recovery targets?' });
  }
  return q;
}
