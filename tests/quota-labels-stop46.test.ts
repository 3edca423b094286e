// A target's label alone on its line, as pages that put each table cell on a line of its own read (ノルマ ⏎ なし):
// the label states nothing by itself, the line after it does.
// (特にありません as a denial after such a label was tried and dropped: no tuned item has it, and a page on an untouched
// half that has it is labelled as stating nothing.)
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const page = (label: string, value: string) => posting('テレアポスタッフ', `企業さまへお電話し、商談のお約束をいただくお仕事です。\n${label}\n${value}\n勤務時間\n10:00〜17:00`);

describe('a target named as a bare label, answered on the next line', () => {
  it.each([['なし'], ['ありません'], ['ノルマはありません。自分のペースで進められます。']])('ノルマ ⏎ %s → negated', async (value) => {
    expect((await run(page('ノルマ', value))).quota).toBe('negated');
  });
  it.each([['あり'], ['有'], ['月に15件のアポイント']])('ノルマ ⏎ %s → stated', async (value) => {
    expect((await run(page('ノルマ', value))).quota).toBe('stated');
  });
  it('a bracketed heading answered "あり" states it too', async () => {
    expect((await run(page('【ノルマ】', 'あり'))).quota).toBe('stated');
  });
  it('ノルマ in a sentence of its own still states it', async () => {
    expect((await run(page('ノルマがあります。', '達成できるよう先輩がサポートします。'))).quota).toBe('stated');
  });
});

describe('a target named as such in quotes (「年度内に申込3,000件」という目標があり)', () => {
  it('a project-wide count target beside a denial of personal quotas states one', async () => {
    const r = await run(posting('寄付のご案内スタッフ', '卒業生の方へお電話し、寄付のご案内をします。\n個人ごとのノルマはありません。ただ、事業全体で「年度内にお申し込み2,000件」という目標があり、毎週みんなで進み具合を確認しています。'));
    expect(r.quota).toBe('stated');
  });
  it('a motto named as a target (「地域一番の親切な窓口」という目標) is no quota', async () => {
    const r = await run(posting('電話受付スタッフ', 'お客様からのお問い合わせのお電話を受けます。\n「地域でいちばん親切な窓口」という目標を掲げ、ていねいな対応を大切にしています。'));
    expect(r.quota).toBe('absent');
  });
});
