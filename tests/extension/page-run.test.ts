// One analysis of the page's posting (lib/extension/page-run.ts): provisional verdict from the rough
// tokenizer, then the final one from a fake tokenizer host, each landing in the verdict store.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../lib/core/types';
import type { AnalysisClient } from '../../lib/extension/analysis-client';
import { placeOf, type PostingReading } from '../../lib/extension/page-model';
import { PageRun } from '../../lib/extension/page-run';
import type { AnalyzeResponse } from '../../lib/extension/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/settings';
import { VerdictStore } from '../../lib/extension/verdict-store';
import { createRoughTokenizer } from '../../lib/tokenizer/rough';

const POSTING = 'コールセンタースタッフ\n仕事内容\nお客様へ電話をかけるテレアポ業務です。獲得件数の目標があります。\n給与\n時給1400円';

function setup(opts: { reading?: PostingReading; url?: string; settings?: Settings; answer?: (text: string) => Promise<AnalyzeResponse> } = {}) {
  const store = new VerdictStore(() => undefined);
  const statuses: string[] = [];
  store.subscribe((e) => e.type === 'page' && statuses.push(e.page.status));
  const sent: string[] = [];
  const client: AnalysisClient = {
    async analyze(job, current) {
      sent.push(job.text);
      const r = await (opts.answer ?? (async () => ({ ok: true, result: { jobType: 'outbound', stress: 4, difficulty: 3, quota: 'stated', callCenter: true } as AnalysisResult, timing: { tokenizerLoadMs: null, analyzeMs: 1 } })))(job.text);
      return current() ? r : null;
    },
  };
  let reading: PostingReading = opts.reading ?? { state: 'posting', posting: { source: 'generic', title: 'コールセンタースタッフ', text: POSTING, via: { title: 'h1', body: 'labelled block div' } }, step: 'generic', inFrame: false };
  const place = placeOf(opts.url ?? 'https://example.com/jobs/1');
  const run = new PageRun({
    store,
    client,
    settings: () => opts.settings ?? DEFAULT_SETTINGS,
    host: () => new URL(place.url).host,
    read: () => ({ place, reading }),
    rough: createRoughTokenizer(),
    nextTask: () => new Promise((r) => setTimeout(r, 0)),
  });
  return { store, statuses, sent, run, setReading: (r: PostingReading) => void (reading = r) };
}

describe('page run', () => {
  it('shows a provisional verdict, then the final one', async () => {
    const { store, statuses, sent, run } = setup();
    await run.analyze(false);
    expect(statuses).toEqual(['provisional', 'final']);
    expect(store.page.result?.jobType).toBe('outbound');
    expect(sent).toEqual([POSTING]);
  });

  it('does not analyze the same posting twice, unless forced', async () => {
    const { sent, run } = setup();
    await run.analyze(false);
    await run.analyze(false);
    expect(sent).toHaveLength(1);
    await run.analyze(true);
    expect(sent).toHaveLength(2);
  });

  it("shows the host's failure, and tries again on the next look at the page", async () => {
    const { store, statuses, sent, run } = setup({ answer: async () => ({ ok: false, error: { code: 'missing', message: 'dictionary missing' } }) });
    await run.analyze(false);
    expect(statuses).toEqual(['provisional', 'error']);
    expect(store.page).toMatchObject({ status: 'error', result: null, error: 'dictionary missing' });
    await run.analyze(false);
    expect(sent).toHaveLength(2);
  });

  it('drops the answer for a posting that is no longer the page\'s', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { store, run, setReading } = setup({
      answer: async (text) => {
        if (text === POSTING) await gate;
        return { ok: true, result: { jobType: text === POSTING ? 'outbound' : 'inbound' } as AnalysisResult, timing: { tokenizerLoadMs: null, analyzeMs: 1 } };
      },
    });
    const first = run.analyze(false);
    await new Promise((r) => setTimeout(r, 10));
    const next = `${POSTING}\n受信のお問い合わせ対応もあります。`;
    setReading({ state: 'posting', posting: { source: 'generic', title: 'x', text: next, via: { title: 'h1', body: 'labelled block div' } }, step: 'generic', inFrame: false });
    await run.analyze(false);
    release();
    await first;
    expect(store.page.result?.jobType).toBe('inbound');
  });

  it("says 'off' on a site turned off, 'unreadable' and 'not-posting' as the page model says", async () => {
    const off = setup({ settings: { ...DEFAULT_SETTINGS, sites: { 'example.com': false } } });
    await off.run.analyze(false);
    expect(off.statuses).toEqual(['off']);
    const unreadable = setup({ reading: { state: 'unreadable', why: 'site-selectors-failed' } });
    await unreadable.run.analyze(false);
    expect(unreadable.statuses).toEqual(['unreadable']);
    const none = setup({ reading: { state: 'none' } });
    await none.run.analyze(false);
    expect(none.statuses).toEqual(['not-posting']);
  });

  it('keeps an article an article without asking the tokenizer host', async () => {
    const article = '営業時間のお知らせ\n当店は年末年始も通常通り営業いたします。パンの予約も受け付けております。';
    const { statuses, sent, run } = setup({ reading: { state: 'posting', posting: { source: 'main', title: '', text: article, via: { title: 'first line', body: 'article' } }, step: 'main', inFrame: false } });
    await run.analyze(false);
    expect(statuses).toEqual(['not-posting']);
    expect(sent).toEqual([]);
  });

  it("makes a detail page's final verdict its job's full verdict", async () => {
    const { store, run } = setup({ url: 'https://jp.indeed.com/viewjob?jk=0123456789abcdef' });
    await run.analyze(false);
    expect(store.page.jobId).toBe('0123456789abcdef');
    expect(store.job('0123456789abcdef')).toMatchObject({ basis: 'full', jobType: 'outbound' });
  });
});
