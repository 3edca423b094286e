// Pages in English for jobs in Japan (bilingual desks, foreign residents' boards, startups): read as postings and for
// their work, quotas and pay like the Japanese ones. Pages of our own in tests/fixtures/english, and sentences below.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../lib/index';
import { flagKeys, run } from './helpers';

const dir = path.join(import.meta.dirname, 'fixtures/english');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Partial<AnalysisResult>>;

describe('pages in English (tests/fixtures/english)', () => {
  for (const [file, want] of Object.entries(expected)) {
    it(file, async () => {
      const r = await run(fs.readFileSync(path.join(dir, file), 'utf8'));
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, r[k as keyof AnalysisResult]]));
      expect(got).toEqual(want);
    });
  }
});

/** A short English posting of our own around the sentence under test. */
const page = (job: string, title = 'Customer Service Staff (English)') =>
  `${title}\nPart-time | Osaka\n\nWhat you will do\n${job}\n\nPay\nJPY 1,300 per hour\n\nLocation\nOsaka, Umeda\n\nHow to apply\nApply now from this page.`;

describe('English denies before the word', () => {
  it('There are no quotas: the quota is denied (ノルマなし)', async () => {
    const r = await run(page('Answer calls from members about their points. There are no quotas.'));
    expect(r.quota).toBe('negated');
  });
  it('You will not make cold calls: the calls are denied', async () => {
    const r = await run(page('Answer calls from members. You will not make cold calls.'));
    expect(flagKeys(r)).toContain('outbound.english:negated');
    expect(r.jobType).toBe('inbound');
  });
  it('Quota: none answers the label', async () => {
    const r = await run(page('Answer calls from members about their points.\nQuota: none'));
    expect(r.quota).toBe('negated');
  });
  it('a preposition ends the denial: no change in pay during training keeps the training', async () => {
    const r = await run(page('Answer calls from members. There is no change in pay during training.'));
    expect(flagKeys(r)).toContain('training.english:present');
  });
  it('a denial in another clause does not reach the word: No weekends, and a monthly target of 40 sales', async () => {
    const r = await run(page('Call leads from a list. No weekends, and each rep has a monthly target of 40 sales.'));
    expect(r.quota).toBe('stated');
  });
});

describe('English labels head sections, English sentences do not', () => {
  it('a line that opens with a label word and goes on in English is prose (Pay attention to…)', async () => {
    const text = `Receptionist (English)\nFull-time | Kobe\n\nWhat you will do\nGreet guests at the front desk and answer the phone.\nPay attention to guests' names and faces.\n\nSalary\nJPY 230,000 per month\n\nHow to apply\nApply now.`;
    const r = await run(text);
    const flag = r.flags.find((f) => f.id === 'inbound.english');
    expect(flag?.section).toBe('job');
  });
  it('a Japanese label with a value in Latin letters stays a row (勤務地 JR大阪駅)', async () => {
    const r = await run('コールセンタースタッフ\n仕事内容 お客様からのお電話を受けます。\n給与 時給1,300円\n勤務地 JR大阪駅から徒歩5分\n応募方法 応募フォームから');
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('pay written in English', () => {
  const payPage = (pay: string, extra = '') =>
    `Sales Staff (English)\nPart-time | Nagoya\n\nWhat you will do\nCall leads from a list and book meetings.\n\nPay\n${pay}\n${extra}\nHow to apply\nApply now.`;
  it('Salary: JPY 3,600,000 - 4,200,000 per year: a year\'s pay, both ends', async () => {
    const r = await run(payPage('Salary: JPY 3,600,000 - 4,200,000 per year'));
    expect(r.pay.base).toMatchObject({ unit: 'year', min: 3_600_000, max: 4_200_000 });
  });
  it('JPY 1,300 per hour, then a rate per contract and a training rate: the wage, its training pay, results pay on top', async () => {
    const r = await run(payPage('- JPY 1,300 per hour\n- Commission: JPY 2,000 per contract closed\n- During training (first 2 weeks): JPY 1,200 per hour'));
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1300, max: 1300 });
    expect(r.pay.training).toMatchObject({ unit: 'hour', min: 1200 });
    expect(r.pay.incentive.kind).toBe('plus');
  });
  it('a rate per meeting between the wage and the training line does not take the training pay from the wage', async () => {
    const r = await run(payPage('JPY 1,600 per hour\n+ JPY 4,000 per meeting held\nTraining (1 month): JPY 1,500/h'));
    expect(r.pay.training).toMatchObject({ unit: 'hour', min: 1500 });
  });
  it('an English Pay line above the Japanese 給与 field restates it: the Japanese terms are read', async () => {
    const text = 'Bilingual Call Center Staff / 英語コールセンタースタッフ\nPay: JPY 1,500/hour\n\n【仕事内容】\n英語でのお問い合わせにお電話で対応します。\n【給与】時給1,500円〜1,800円（経験により決定）\n【勤務地】東京都港区\n【応募方法】応募ボタンから';
    const r = await run(text);
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1500, max: 1800 });
  });
  it('English and Japanese on one line (JPY 1,400 per hour / 時給1,400円〜): the Japanese wage is read', async () => {
    const r = await run(payPage('JPY 1,400 per hour / 時給1,400円〜'));
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1400, max: null });
  });
});

describe('English words in their other senses, and the roles beside the desk', () => {
  it('inbound deliveries and outbound trucks are goods, not calls', async () => {
    const r = await run(page('Unload inbound deliveries, scan the labels and load outbound trucks by route.', 'Warehouse Staff (English OK)'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a supervisor who leads, coaches and schedules agents manages operators: other, call-center work', async () => {
    const r = await run(page('Lead, coach and schedule a team of 14 agents at our inbound support desk.\nReview call recordings with each agent every week.', 'Team Supervisor - Bilingual Support Desk'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
  it('at least 100 dials per shift is a minimum count: a quota stated', async () => {
    const r = await run(page('Call shop owners from our lists and book meetings for our consultants. We expect at least 100 dials per shift.', 'Appointment Setter'));
    expect(r.quota).toBe('stated');
  });
});

describe('a side task in English', () => {
  it('Sometimes you will answer the phone, at an office job: a side task, and the job stays office work', async () => {
    const r = await run(page('- Data entry of orders and invoices\n- Filing documents for the sales team\n- Sometimes you will answer the phone when the manager is out', 'Office Assistant (English)'));
    expect(r.flags.find((f) => f.id === 'inbound.english')?.occasional).toBe(true);
    expect(r.jobType).toBe('other');
  });
});

describe('more English wordings', () => {
  it('¥500 bonus for each contract signed: results pay (incentive)', async () => {
    const r = await run(page('Call leads from a list and explain our plans.\n+ ¥500 bonus for each contract signed after your call', 'Telemarketing Staff'));
    expect(r.signals.incentive).toBe(true);
  });
  it('Answer phone calls (a few an hour) at a front desk: a side task; call center experience not needed is no call-center work', async () => {
    const r = await run(page('- Greet patients and help them check in\n- Take payments at the counter\n- Answer phone calls to book appointments (a few an hour)\nCall center experience not needed.', 'Clinic Receptionist (English)'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('60% taking incoming calls, 40% calling customers: both directions', async () => {
    const r = await run(page('About 60% of the work is taking incoming calls from guests; about 40% is calling customers to confirm their bookings.', 'Contact Center Agent (English)'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('targets and leaders in English', () => {
  it('a monthly collection rate target set by the client is a quota stated', async () => {
    const r = await run(page('Make outbound calls to cardholders with overdue payments.\nEach team has a monthly collection rate target set by the client.', 'Payment Reminder Staff'));
    expect(r.quota).toBe('stated');
  });
  it('keeping the abandoned call rate under 5% is a contracted service level: a quota stated', async () => {
    const r = await run(page('Answer calls from members about their accounts.\nOur client requires us to keep the abandoned call rate under 5% every day.', 'Member Support Agent'));
    expect(r.quota).toBe('stated');
  });
  it('a team lead who leads and coaches support agents manages operators: other, call-center work', async () => {
    const r = await run(page('・Lead and coach a team of 9 support agents\n・Review KPIs with each agent every week', 'Team Lead - Customer Support (English)'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
});

describe('selling in person, in English', () => {
  it('route sales that visits clients is sales, not call-center work', async () => {
    const r = await run(page('Route sales: visit clients on your route in the company van and propose new drinks and extra machines.\nThere is no sales quota.', 'Route Sales Staff (English OK)'));
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
});

describe('a goal beside a softened denial', () => {
  it('No strict quotas, but our daily goal is 60 calls per person: a quota stated', async () => {
    const r = await run(page('Call companies abroad and set up online meetings for our sales team.\nNo strict quotas – we care about quality.\nOur daily goal is 60 calls per person.', 'Outbound Caller (English)'));
    expect(r.quota).toBe('stated');
  });
});
