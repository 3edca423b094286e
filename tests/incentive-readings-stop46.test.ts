// Results pay read at stop 46: a bracketed gloss between the words and their denial, a prize for passing an exam,
// and a table cell on a line of its own answered "no".
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const page = (line: string) => posting('テレアポスタッフ', `企業さまへお電話し、商談のお約束をいただくお仕事です。\n${line}\n勤務時間\n10:00〜17:00`);

describe('a bracketed gloss does not end the clause', () => {
  it('インセンティブ（歩合）制度はありません denies results pay', async () => {
    expect((await run(page('達成度は賞与に反映されますが、インセンティブ（歩合）制度はありません。'))).signals.incentive).toBe(false);
  });
  it('ノルマ（目標件数）はありません denies a quota', async () => {
    expect((await run(page('ノルマ（目標件数）はありません。'))).quota).toBe('negated');
  });
  it('a note in brackets that says something still ends it: 歩合（上限はありません） is results pay', async () => {
    expect((await run(page('歩合（上限はありません）で、がんばった分だけ収入が増えます。'))).signals.incentive).toBe(true);
  });
  it('a bracket with a figure states the count, not a gloss: 目標件数（1日30件）に届かなくても… keeps the target', async () => {
    expect((await run(page('目標件数（1日30件）に届かなくても、時給は変わりません。'))).quota).toBe('stated');
  });
  it('インセンティブ（歩合）があります states it', async () => {
    expect((await run(page('インセンティブ（歩合）があります。'))).signals.incentive).toBe(true);
  });
});

describe('a prize for passing an exam is no results pay', () => {
  it('合格で報奨金 beside a qualification is not incentive pay', async () => {
    const r = await run(posting('賃貸仲介の事務スタッフ', '契約書の作成と物件情報の入力をお願いします。\n宅建の受験費用は会社が負担し、合格で報奨金3万円を支給します。'));
    expect(r.signals.incentive).toBe(false);
  });
  it('a bonus for reaching a sales target still is', async () => {
    const r = await run(page('月間の契約目標を達成すると報奨金が出ます。'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('results pay as a bare cell, answered on the next line', () => {
  it('歩合制 ⏎ なし denies it', async () => {
    expect((await run(page('歩合制\nなし'))).signals.incentive).toBe(false);
  });
  it('歩合制 ⏎ あり（1件3,000円） states it', async () => {
    expect((await run(page('歩合制\nあり（1件3,000円）'))).signals.incentive).toBe(true);
  });
});
