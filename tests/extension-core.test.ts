// The extension's pure parts: when the badge speaks, its attributes, and the shared analysis service.
import { describe, expect, it } from 'vitest';
import { badgeAttributes, badgeVisibility, textHash } from '../lib/extension/badge-model';
import { createAnalyzer } from '../lib/worker/analyzer-core';
import { DictionaryError } from '../lib/tokenizer/types';
import { DEFAULT_SETTINGS } from '../lib/extension/settings';
import { isSupportedHost, SUPPORTED_MATCHES } from '../lib/sites/hosts';
import { run, tokenizer } from './helpers';

const job = (text: string, sensitivity = 'standard' as const) => ({
  text,
  sensitivity,
  userKeywords: [],
  categories: DEFAULT_SETTINGS.categories,
});

describe('badge visibility', () => {
  it('stays silent on an article and speaks on a call-center posting at every level', async () => {
    const article = await run('受信と発信の違いとは？\nこの記事では、コールセンターの受信業務と発信業務の違いを解説します。');
    for (const s of ['low', 'standard', 'high'] as const) expect(badgeVisibility(article, s, false)).toBe('none');
    const posting = 'テレアポ募集\n【仕事内容】\n架電業務です。\n【給与】\n時給1300円\n【勤務地】\n東京';
    for (const s of ['low', 'standard', 'high'] as const) expect(badgeVisibility(await run(posting, s), s, false)).toBe('badge');
  });

  it('gives a posting without signals the quiet mark, unless the user hid it', async () => {
    const r = await run('パン製造スタッフ募集\n【仕事内容】\nパンの成形と焼成です。\n【給与】\n時給1100円\n【勤務地】\n横浜');
    expect(badgeVisibility(r, 'standard', false)).toBe('quiet');
    expect(badgeVisibility(r, 'standard', true)).toBe('none');
  });

  it('at high also speaks for weak cues that low ignores', async () => {
    const text = '事務スタッフ募集\n【仕事内容】\n来客対応や電話対応をお願いします。チームの目標に向けて頑張りましょう。\n【給与】\n時給1200円\n【勤務地】\n東京';
    expect(badgeVisibility(await run(text, 'low'), 'low', false)).toBe('quiet');
    expect(badgeVisibility(await run(text, 'high'), 'high', false)).toBe('badge');
  });

  it('puts the verdict on the host in the CLI JSON values', async () => {
    const r = await run('テレアポ募集\n【仕事内容】\n架電業務です。ノルマあり。\n【給与】\n時給1300円');
    expect(badgeAttributes('final', r)).toEqual({
      'data-state': 'final', 'data-job-type': 'outbound', 'data-difficulty': String(r.difficulty),
      'data-stress': String(r.stress), 'data-quota': 'stated', 'data-call-center': 'true',
      'data-confidence': String(r.confidence), 'data-tentative': String(r.confidence < 0.7),
    });
    expect(badgeAttributes('error', null)).toEqual({ 'data-state': 'error' });
  });

  it('hashes text stably and tells different texts apart', () => {
    expect(textHash('受信業務')).toBe(textHash('受信業務'));
    expect(textHash('受信業務')).not.toBe(textHash('発信業務'));
  });
});

describe('shared analysis service', () => {
  it('loads the tokenizer once for every request and reports the load time once', async () => {
    let loads = 0;
    const a = createAnalyzer(async () => (loads++, tokenizer()));
    const [r1, r2] = await Promise.all([a.handle(job('テレアポのお仕事です。')), a.handle(job('受信業務です。'))]);
    const r3 = await a.handle(job('架電はありません。'));
    expect(loads).toBe(1);
    expect(r1.ok && r2.ok && r3.ok).toBe(true);
    const timings = [r1, r2, r3].map((r) => (r.ok ? r.timing.tokenizerLoadMs : 'x'));
    expect(timings.filter((x) => typeof x === 'number')).toHaveLength(1);
  });

  it('answers every request with the dictionary error, without retrying a broken dictionary', async () => {
    let loads = 0;
    const a = createAnalyzer(async () => {
      loads++;
      throw new DictionaryError('corrupt', 'tid.dat.gz', 'not valid gzip');
    });
    const r1 = await a.handle(job('テレアポ'));
    const r2 = await a.handle(job('テレアポ'));
    expect(r1).toEqual({ ok: false, error: { code: 'corrupt', message: expect.stringMatching(/tid\.dat\.gz/) } });
    expect(r2.ok).toBe(false);
    expect(loads).toBe(1);
  });

  it('applies sensitivity, user keywords and category switches from the request', async () => {
    const a = createAnalyzer(() => tokenizer());
    const r = await a.handle({ ...job('成約ボーナスあり。クレーム対応あり。'), userKeywords: [{ text: '成約ボーナス', category: 'incentive', weight: 2 }], categories: { ...DEFAULT_SETTINGS.categories, complaints: false } });
    expect(r.ok && r.result.flags.map((f) => f.id)).toEqual(['user.1']);
  });
});

describe('supported sites', () => {
  it('registers https match patterns only and knows its hosts', () => {
    for (const m of SUPPORTED_MATCHES) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(isSupportedHost('jp.indeed.com')).toBe(true);
    expect(isSupportedHost('example.com')).toBe(false);
  });
});
