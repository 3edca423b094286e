// The decision layer, rule by rule: job type (role first), quota, signals, reasons and questions, each
// table row with a case that takes it and one that does not. Flags are built by hand so each rule is tested
// alone; tests/role-reading.test.ts checks the same kinds of case end to end on postings of our own.
import { describe, expect, it } from 'vitest';
import type { Category, Flag, SectionKind } from '../lib/core/types';
import { SECTION_WEIGHT } from '../lib/text/sections';
import { decideIn, decideJobType } from '../lib/analysis/decide/job-type';
import { evidenceIn } from '../lib/analysis/decide/evidence';
import { decideQuota } from '../lib/analysis/decide/quota';
import { decideSignals } from '../lib/analysis/decide/signals';
import { TYPE_THRESHOLD } from '../lib/analysis/decide/constants';
import { buildReasons, levelsFrom, REASON_RULES, type VerdictContext } from '../lib/analysis/verdict/reasons';
import { buildQuestions, QUESTION_RULES } from '../lib/analysis/verdict/questions';
import { REASON_TEXT, QUESTION_TEXT } from '../lib/i18n/reasons';
import { emptyPay } from '../lib/pay/read-pay';

// Each flag made here is a mention of its own, at its own place in the text (overlapping words count once).
let place = 0;
function flag(category: Category, entryWeight: number, section: SectionKind = 'job', extra: Partial<Flag> = {}): Flag {
  const start = (place += 2);
  return {
    id: extra.id ?? `${category}.test`,
    category,
    polarity: 'present',
    text: 'x',
    start,
    end: start + 1,
    sentence: extra.sentence ?? 'x',
    weight: entryWeight * SECTION_WEIGHT[section],
    section,
    ...extra,
  };
}

describe('job type', () => {
  const cases: [string, Flag[], string, boolean][] = [
    ['nothing stated is other', [], 'other', false],
    ['one strong inbound term in 仕事内容 reaches the threshold', [flag('inbound', 3)], 'inbound', true],
    ['a bare ambiguous word under no heading does not', [flag('sales', 2, 'other')], 'other', false],
    ['both directions at length are mixed', [flag('inbound', 3), flag('outbound', 3)], 'mixed', true],
    ['受発信 itself is mixed', [flag('mixed', 4)], 'mixed', true],
    ['one passing 発信 beside much inbound is not mixed', [flag('inbound', 3), flag('inbound', 3), flag('inbound', 3), flag('outbound', 2, 'other')], 'inbound', true],
    ['受信のみ rules outbound out', [flag('inbound', 3), flag('inboundOnly', 4), flag('outbound', 2)], 'inbound', true],
    ['calls that set up sales meetings are outbound', [flag('sales', 3), flag('outbound', 3)], 'outbound', true],
    ['sales alone is sales, not call-center work', [flag('sales', 3)], 'sales', false],
    ['a role over operators is other and call-center work', [flag('management', 3), flag('management', 3), flag('inbound', 3)], 'other', true],
    ['office work that outweighs the calls is other', [flag('office', 3), flag('office', 3), flag('inbound', 3)], 'other', false],
    ['call-center words said twice with no direction read as inbound', [flag('callCenter', 3), flag('callCenter', 2.5, 'other')], 'inbound', true],
    ['one call-center word with no direction is not a call center', [flag('callCenter', 3)], 'other', false],
    ['collections by phone lean outbound', [flag('collections', 3, 'job', { sentence: 'お電話で督促します' })], 'outbound', true],
    ['collections in person are not phone work', [flag('collections', 3, 'job', { sentence: 'お宅を訪問して督促します' })], 'other', false],
  ];
  for (const [name, flags, jobType, callCenter] of cases) {
    it(name, () => {
      const d = decideJobType(flags);
      expect(d.jobType).toBe(jobType);
      expect(d.callCenter).toBe(callCenter);
    });
  }

  it('reads the title and 仕事内容 first: the company profile and the rest of the page do not outvote them', () => {
    const flags = [flag('inbound', 3, 'job'), flag('sales', 3, 'other'), flag('sales', 3, 'conditions'), flag('outbound', 3, 'company')];
    const d = decideJobType(flags);
    expect(d.jobType).toBe('inbound');
    expect(d.basis).toBe('role');
    expect(d.pageJobType).not.toBe('inbound');
  });

  it('falls back to the whole page when the role sections say nothing', () => {
    const d = decideJobType([flag('outbound', 3, 'other')]);
    expect(d).toMatchObject({ jobType: 'outbound', basis: 'page' });
  });

  it('never reads the job type from the company profile alone', () => {
    expect(decideJobType([flag('outbound', 3, 'company'), flag('outbound', 3, 'company')]).jobType).toBe('other');
  });

  it('lets one office word in the duties decide only when it outweighs the page’s phone evidence', () => {
    const support = [flag('office', 2, 'job'), flag('inbound', 2, 'other'), flag('inbound', 2, 'other')];
    expect(decideJobType(support).jobType).toBe('inbound');
    const office = [flag('office', 3, 'title'), flag('inbound', 2, 'other')];
    expect(decideJobType(office).jobType).toBe('other');
  });

  it('a title naming other work outweighs a side task on the phone, not a described phone job', () => {
    const side = [flag('office', 2, 'title'), flag('inbound', 1.5, 'job'), flag('inbound', 1.5, 'job')];
    expect(decideJobType(side)).toMatchObject({ jobType: 'other', callCenter: false });
    const described = [flag('office', 2, 'title'), flag('inbound', 3, 'job'), flag('inbound', 3, 'job')];
    expect(decideJobType(described).jobType).toBe('inbound');
  });

  it('counts inbound words that overlap (one inquiry said two ways) once, at the stronger weight', () => {
    const at = (f: Flag, start: number, end: number): Flag => ({ ...f, start, end });
    const overlapping = [at(flag('inbound', 3, 'job'), 10, 20), at(flag('inbound', 1.5, 'job'), 15, 25)];
    expect(evidenceIn(overlapping, 'role').present.inbound).toBeCloseTo(3 * SECTION_WEIGHT.job);
    const apart = [at(flag('inbound', 3, 'job'), 10, 20), at(flag('inbound', 1.5, 'job'), 30, 40)];
    expect(evidenceIn(apart, 'role').present.inbound).toBeCloseTo(4.5 * SECTION_WEIGHT.job);
    const outbound = [at(flag('outbound', 2, 'job'), 10, 20), at(flag('outbound', 2, 'job'), 15, 25)];
    expect(evidenceIn(outbound, 'role').present.outbound).toBeCloseTo(4 * SECTION_WEIGHT.job);
  });

  it('calls a job only at the threshold', () => {
    expect(decideIn(evidenceIn([flag('inbound', TYPE_THRESHOLD - 0.01, 'other')], 'page')).jobType).toBe('other');
    expect(decideIn(evidenceIn([flag('inbound', TYPE_THRESHOLD, 'other')], 'page')).jobType).toBe('inbound');
  });
});

describe('quota', () => {
  const q = (id: string, polarity: Flag['polarity'] = 'present') => flag('quota', 2.5, 'job', { id, polarity });
  it('is stated, negated or absent', () => {
    expect(decideQuota([q('quota.norma')]).quota).toBe('stated');
    expect(decideQuota([q('quota.norma', 'negated')]).quota).toBe('negated');
    expect(decideQuota([]).quota).toBe('absent');
  });
  it('counts a euphemism beside ノルマなし as stated', () => {
    expect(decideQuota([q('quota.norma', 'negated'), q('quota.targets')])).toMatchObject({ quota: 'stated', euphemismDespiteNegation: true });
  });
  it('a guideline beside ノルマなし leaves it negated; a target beside it does not', () => {
    for (const id of ['quota.call-guideline', 'quota.work-guideline']) {
      expect(decideQuota([q('quota.norma', 'negated'), q(id)]).quota).toBe('negated');
      expect(decideQuota([q(id)]).quota).toBe('stated');
    }
    expect(decideQuota([q('quota.norma', 'negated'), q('quota.work-guideline'), q('quota.targets')]).quota).toBe('stated');
  });
  it('marks a target the team, shop or center holds together as collective, unless each person has one too', () => {
    const t = (sentence: string, id = 'quota.targets') => flag('quota', 2.5, 'job', { id, sentence });
    expect(decideQuota([t('販売台数の目標は店舗ごとに決めて、全員で共有しています。')]).collectiveOnly).toBe(true);
    expect(decideQuota([t('センター全体で月間の目標件数を追いかけます。')]).collectiveOnly).toBe(true);
    expect(decideQuota([t('チームで成果を出すため、アポ獲得目標（1人2件）を設定しています。')]).collectiveOnly).toBe(false);
    expect(decideQuota([t('毎月、個人目標を上司と決めます。')]).collectiveOnly).toBe(false);
    // A ノルマ or a contract ended for results falls on the person, whoever shares it.
    expect(decideQuota([t('チームのノルマがあります。', 'quota.norma')]).collectiveOnly).toBe(false);
    expect(decideQuota([t('チームの目標に届かない月が続くと契約終了です。', 'quota.dismissal')]).collectiveOnly).toBe(false);
  });
  it('marks minimum calls, dismissal for results and service levels as implicit', () => {
    for (const id of ['quota.minimum-calls', 'quota.dismissal', 'quota.service-level']) {
      expect(decideQuota([q(id)])).toMatchObject({ quota: 'stated', implicitOnly: true });
    }
    expect(decideQuota([q('quota.minimum-calls'), q('quota.norma')]).implicitOnly).toBe(false);
  });
});

describe('signals', () => {
  it('needs a clearer statement for collections than for incentives', () => {
    expect(decideSignals([flag('incentive', 0.5, 'other')], 'other').incentive).toBe(true);
    expect(decideSignals([flag('collections', 0.5, 'other')], 'other').collections).toBe(false);
  });
});

function context(over: Partial<VerdictContext['v']>, flags: Flag[] = [], quota: Partial<VerdictContext['quota']> = {}): VerdictContext {
  const signals = { incentive: false, complaints: false, collections: false, techSupport: false, manualTraining: false, beginnerOk: false, experienceRequired: false };
  return {
    flags,
    v: { jobType: 'other', callCenter: false, quota: 'absent', ...over, signals: { ...signals, ...(over.signals ?? {}) } },
    job: { scores: { inbound: 0, outbound: 0, mixed: 0, sales: 0, outboundRuledOut: false } },
    quota: { euphemismDespiteNegation: false, implicitOnly: false, collectiveOnly: false, targetsDenied: false, ...quota },
    // A posting that states its pay (pay rows are tested in pay-verdict.test.ts).
    pay: { ...emptyPay(), base: { unit: 'hour', min: 1200, max: 1200, text: '時給1200円', start: 0, end: 7 } },
  };
}
const ex = { ja: new Map<string, string>(), en: new Map<string, string>() };
const ids = (c: VerdictContext) => buildReasons(c, ex).map((r) => r.id);

describe('reasons', () => {
  it('every rule has its words in both languages', () => {
    for (const r of REASON_RULES) expect(REASON_TEXT[r.text ?? (r.id as keyof typeof REASON_TEXT)], r.id).toBeDefined();
    for (const q of QUESTION_RULES) expect(QUESTION_TEXT[q.text ?? (q.id as keyof typeof QUESTION_TEXT)], q.id).toBeDefined();
  });

  const cases: [string, VerdictContext, string[], { difficulty: number; stress: number }][] = [
    ['inbound base', context({ jobType: 'inbound', callCenter: true }), ['base.inbound'], { difficulty: 3, stress: 2 }],
    ['training eases inbound work', context({ jobType: 'inbound', callCenter: true, signals: { manualTraining: true } as never }), ['base.inbound', 'training'], { difficulty: 2, stress: 2 }],
    ['training does not ease sales', context({ jobType: 'sales', signals: { manualTraining: true } as never }), ['base.sales', 'training'], { difficulty: 3, stress: 3 }],
    ['outbound incentive adds difficulty too', context({ jobType: 'outbound', callCenter: true, signals: { incentive: true } as never }), ['base.outbound', 'incentive'], { difficulty: 4, stress: 4 }],
    ['a stated quota adds stress', context({ jobType: 'outbound', callCenter: true, quota: 'stated' }), ['base.outbound', 'quota.stated'], { difficulty: 3, stress: 4 }],
    ['a target held by the team adds no stress of its own', context({ jobType: 'sales', quota: 'stated' }, [], { collectiveOnly: true, euphemismDespiteNegation: true }), ['base.sales', 'quota.collective'], { difficulty: 3, stress: 3 }],
    ['an implicit quota has its own reason', context({ jobType: 'outbound', callCenter: true, quota: 'stated' }, [], { implicitOnly: true }), ['base.outbound', 'quota.implicit'], { difficulty: 3, stress: 4 }],
    ['ノルマなし eases sales', context({ jobType: 'sales', quota: 'negated' }), ['base.sales', 'quota.negated'], { difficulty: 3, stress: 2 }],
    ['ノルマなし does not ease inbound work', context({ jobType: 'inbound', callCenter: true, quota: 'negated' }), ['base.inbound', 'quota.negated'], { difficulty: 3, stress: 2 }],
    ['route sales to existing customers are steadier, not easier', context({ jobType: 'sales' }, [flag('sales', 3, 'job', { id: 'sales.route', text: 'ルート営業' })]), ['base.sales', 'sales.route'], { difficulty: 3, stress: 2 }],
    ['route sales that also win new clients are not', context({ jobType: 'sales' }, [flag('sales', 3, 'job', { id: 'sales.route', text: 'ルート営業' }), flag('sales', 3, 'job', { id: 'sales.role', text: '新規開拓' })]), ['base.sales'], { difficulty: 3, stress: 3 }],
    ['running a center', context({ jobType: 'other', callCenter: true }), ['base.management'], { difficulty: 3, stress: 3 }],
    ['training does not ease running a center', context({ jobType: 'other', callCenter: true, signals: { manualTraining: true } as never }), ['base.management', 'training'], { difficulty: 3, stress: 3 }],
    ['running a center, its targets and the complaints it takes over count once', context({ jobType: 'other', callCenter: true, quota: 'stated', signals: { complaints: true } as never }), ['base.management', 'quota.stated', 'complaints'], { difficulty: 3, stress: 4 }],
    ['running a center with no quota, the complaints it takes over count', context({ jobType: 'other', callCenter: true, signals: { complaints: true } as never }), ['base.management', 'complaints'], { difficulty: 3, stress: 4 }],
    ['in phone work, complaints and a quota both count', context({ jobType: 'inbound', callCenter: true, quota: 'stated', signals: { complaints: true } as never }), ['base.inbound', 'quota.stated', 'complaints'], { difficulty: 3, stress: 4 }],
    ["in sales, commission beside a quota of one's own counts once", context({ jobType: 'sales', quota: 'stated', signals: { incentive: true } as never }), ['base.sales', 'incentive', 'quota.stated'], { difficulty: 3, stress: 4 }],
    ['in sales, commission beside a target the shop holds together still counts', context({ jobType: 'sales', quota: 'stated', signals: { incentive: true } as never }, [], { collectiveOnly: true }), ['base.sales', 'incentive', 'quota.collective'], { difficulty: 3, stress: 4 }],
    ['in phone work, commission and a quota both count', context({ jobType: 'outbound', callCenter: true, quota: 'stated', signals: { incentive: true } as never }), ['base.outbound', 'incentive', 'quota.stated'], { difficulty: 4, stress: 5 }],
    ['collections calls raise stress to the top, whatever came before', context({ jobType: 'outbound', callCenter: true, signals: { collections: true, complaints: true } as never }), ['base.outbound', 'complaints', 'collections'], { difficulty: 4, stress: 5 }],
    ['collections in person add one', context({ jobType: 'other', signals: { collections: true } as never }), ['base.other', 'collections.inPerson'], { difficulty: 2, stress: 3 }],
    ['levels stay within 1–5 with an explicit reason', context({ jobType: 'outbound', callCenter: true, quota: 'stated', signals: { incentive: true, complaints: true, techSupport: true } as never }), ['base.outbound', 'techSupport', 'incentive', 'quota.stated', 'complaints', 'scale.stress'], { difficulty: 5, stress: 5 }],
  ];
  for (const [name, c, expected, levels] of cases) {
    it(name, () => {
      expect(ids(c)).toEqual(expected);
      expect(levelsFrom(buildReasons(c, ex))).toEqual(levels);
    });
  }
});

describe('questions', () => {
  const q = (c: VerdictContext, more: { basePayStated?: boolean; tentative?: boolean } = {}) =>
    buildQuestions({ ...c, basePayStated: more.basePayStated ?? true, tentative: more.tentative ?? false }).map((x) => x.id);
  it('asks about quotas only for call-center and sales work that says nothing of them', () => {
    expect(q(context({ jobType: 'sales' }))).toContain('quota');
    expect(q(context({ jobType: 'other' }))).not.toContain('quota');
  });
  it('asks what the job is when the verdict is tentative', () => {
    expect(q(context({ jobType: 'other' }), { tentative: true })).toEqual(['role']);
  });
  it('asks about base pay when pay depends on results and no fixed wage is stated', () => {
    expect(q(context({ jobType: 'sales', signals: { incentive: true } as never }), { basePayStated: false })).toContain('basePay');
    expect(q(context({ jobType: 'sales', signals: { incentive: true } as never }), { basePayStated: true })).not.toContain('basePay');
  });
  it('asks what happens below an implicit quota', () => {
    expect(q(context({ jobType: 'outbound', callCenter: true, quota: 'stated' }, [], { implicitOnly: true }))).toContain('quota.implicit');
    expect(q(context({ jobType: 'sales', quota: 'stated' }, [], { collectiveOnly: true }))).toContain('quota.collective');
  });
});
