// The verdict store of a page (lib/extension/verdict-store.ts) and the memory of opened postings
// (lib/extension/verdict-memory.ts).
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../lib/core/types';
import { VerdictStore, cardVerdict, verdictOf, type Verdict, type VerdictEvent } from '../../lib/extension/verdict-store';
import { readPay } from '../../lib/pay/read-pay';
import { MAX_VERDICTS, VERDICTS_KEY, VerdictMemory } from '../../lib/extension/verdict-memory';
import { fakeStorage } from './fake-storage';

const result = (over: Partial<AnalysisResult> = {}) =>
  ({ posting: true, callCenter: true, jobType: 'outbound', quota: 'stated', difficulty: 4, stress: 5, confidence: 0.9, pay: { incentive: { kind: 'only' } }, flags: [], reasons: [], questions: [], ...over }) as unknown as AnalysisResult;
const summary: Verdict = { jobType: 'inbound', stress: 2, difficulty: 2, quota: 'absent', callCenter: true, basis: 'summary', confidence: 0.8, incentiveOnly: false };

function store() {
  const events: VerdictEvent[] = [];
  const reports: string[] = [];
  const s = new VerdictStore((what) => reports.push(what));
  const stop = s.subscribe((e) => events.push(e));
  return { s, events, reports, stop };
}

describe('verdict store', () => {
  it('starts analyzing, with no verdicts', () => {
    const { s } = store();
    expect(s.page).toEqual({ status: 'analyzing', result: null, error: null, jobId: null });
    expect(s.jobs().size).toBe(0);
  });

  it("tells subscribers of the page's verdict, with the one before", () => {
    const { s, events } = store();
    const r = result();
    s.setPage({ status: 'provisional', result: r, error: null, jobId: null });
    expect(events).toEqual([{ type: 'page', page: { status: 'provisional', result: r, error: null, jobId: null }, previous: { status: 'analyzing', result: null, error: null, jobId: null } }]);
    expect(s.page.status).toBe('provisional');
  });

  it("makes a final verdict with a job id that job's full verdict", () => {
    const { s, events } = store();
    s.setPage({ status: 'final', result: result(), error: null, jobId: 'abc' });
    expect(s.job('abc')).toEqual({ jobType: 'outbound', stress: 5, difficulty: 4, quota: 'stated', callCenter: true, basis: 'full', confidence: 0.9, incentiveOnly: true });
    expect(events.map((e) => e.type)).toEqual(['page', 'job']);
    // A provisional one, or one without a job id, does not.
    s.setPage({ status: 'provisional', result: result(), error: null, jobId: 'def' });
    s.setPage({ status: 'final', result: result(), error: null, jobId: null });
    expect([...s.jobs().keys()]).toEqual(['abc']);
  });

  it('keeps a full verdict over a later summary of the same job', () => {
    const { s, events } = store();
    s.setJob('j1', { ...summary, basis: 'full', stress: 4 });
    s.setJob('j1', summary);
    expect(s.job('j1')).toMatchObject({ basis: 'full', stress: 4 });
    expect(events).toHaveLength(1);
    s.setJob('j2', summary);
    s.setJob('j2', { ...summary, basis: 'full' });
    expect(s.job('j2')!.basis).toBe('full');
  });

  it('clears every job and says so', () => {
    const { s, events } = store();
    s.setJob('j1', summary);
    s.clearJobs();
    expect(s.jobs().size).toBe(0);
    expect(events.at(-1)).toEqual({ type: 'jobs-cleared' });
  });

  it('stops telling a subscriber that unsubscribed', () => {
    const { s, events, stop } = store();
    stop();
    s.setJob('j1', summary);
    expect(events).toEqual([]);
  });

  it('reports a listener that throws and still tells the others', () => {
    const { s, events, reports } = store();
    s.subscribe(() => {
      throw new Error('broken filter');
    });
    const later: string[] = [];
    s.subscribe((e) => later.push(e.type));
    s.setJob('j1', summary);
    expect(events).toHaveLength(1);
    expect(later).toEqual(['job']);
    expect(reports).toEqual(['a job listener failed']);
  });

  it('makes the small card verdict from a result', () => {
    expect(verdictOf(result(), 'summary')).toEqual({ jobType: 'outbound', stress: 5, difficulty: 4, quota: 'stated', callCenter: true, basis: 'summary', confidence: 0.9, incentiveOnly: true });
    expect(verdictOf(result({ pay: { incentive: { kind: 'plus' } } as AnalysisResult['pay'] }), 'full').incentiveOnly).toBe(false);
  });

  it('carries the base pay a posting or a card states', () => {
    const pay = readPay('テレアポ\n【給与】\n時給1,350円〜');
    expect(verdictOf(result({ pay }), 'full').basePay).toEqual({ unit: 'hour', min: 1350, max: null });
    // Only the upper end stated: the card still shows it (as 〜1,700円).
    expect(verdictOf(result({ pay: readPay('テレアポ\n【給与】\n時給〜1,700円') }), 'full').basePay).toEqual({ unit: 'hour', min: null, max: 1700 });
    // A card's few lines need not read as a posting: its pay is read from its text all the same.
    const card = 'テレアポスタッフ（法人向け）\n株式会社みなと（架空）\n架電でアポイントを獲得します。時給1,400円〜';
    expect(cardVerdict(result({ posting: false, pay: readPay('', { posting: false }) }), card).basePay).toEqual({ unit: 'hour', min: 1400, max: null });
    expect(cardVerdict(result({ posting: false, pay: readPay('') }), '受付スタッフ\n明るい職場').basePay).toBeUndefined();
  });
});

describe('verdict memory', () => {
  it('remembers full verdicts by site and job id, across pages', async () => {
    const storage = fakeStorage();
    const a = new VerdictMemory(storage.local, () => undefined);
    await a.load();
    await a.remember('indeed', 'abc', { ...summary, basis: 'full' });
    const b = new VerdictMemory(storage.local, () => undefined);
    await b.load();
    expect(b.get('indeed', 'abc')).toMatchObject({ basis: 'full', jobType: 'inbound' });
    expect(b.get('doda', 'abc')).toBeUndefined();
  });

  it(`keeps the newest ${MAX_VERDICTS}`, async () => {
    const storage = fakeStorage();
    let t = 0;
    const m = new VerdictMemory(storage.local, () => undefined, () => ++t);
    for (let i = 0; i <= MAX_VERDICTS; i++) await m.remember('s', `j${i}`, summary);
    expect(Object.keys(storage.local.data[VERDICTS_KEY] as object)).toHaveLength(MAX_VERDICTS);
    expect(m.get('s', 'j0')).toBeUndefined();
    expect(m.get('s', `j${MAX_VERDICTS}`)).toBeDefined();
  });

  it('starts empty on unreadable or odd storage, and says why', async () => {
    const reports: string[] = [];
    const broken = new VerdictMemory({ get: async () => Promise.reject(new Error('IO')), set: async () => undefined }, (w) => reports.push(w));
    await broken.load();
    expect(broken.get('s', 'x')).toBeUndefined();
    expect(reports).toEqual(['remembered verdicts could not be read']);
    const storage = fakeStorage();
    storage.local.data[VERDICTS_KEY] = ['not', 'a', 'map'];
    const odd = new VerdictMemory(storage.local, () => undefined);
    await odd.load();
    expect(odd.get('s', '0')).toBeUndefined();
  });

  it('reports a write that storage refused, without throwing', async () => {
    const storage = fakeStorage();
    storage.local.refuse = 'QUOTA_BYTES quota exceeded';
    const reports: string[] = [];
    const m = new VerdictMemory(storage.local, (w) => reports.push(w));
    await m.remember('s', 'x', summary);
    expect(reports).toEqual(['verdict not remembered']);
  });
});
