// A target's label alone on its line, as pages that put each table cell on a line of its own read (ノルマ ⏎ なし):
// the label states nothing by itself, the line after it does.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const page = (label: string, value: string) => posting('テレアポスタッフ', `企業さまへお電話し、商談のお約束をいただくお仕事です。\n${label}\n${value}\n勤務時間\n10:00〜17:00`);

describe('a target named as a bare label, answered on the next line', () => {
  it.each([['なし'], ['特にありません'], ['ノルマはありません。自分のペースで進められます。']])('ノルマ ⏎ %s → negated', async (value) => {
    expect((await run(page('ノルマ', value))).quota).toBe('negated');
  });
  it.each([['あり'], ['有'], ['月に15件のアポイント']])('ノルマ ⏎ %s → stated', async (value) => {
    expect((await run(page('ノルマ', value))).quota).toBe('stated');
  });
  it('a bracketed heading answered "あり" states it too', async () => {
    expect((await run(page('【ノルマ】', 'あり'))).quota).toBe('stated');
  });
  it('a heading answered "特にありません" denies it', async () => {
    expect((await run(page('【ノルマ】', '特にありません'))).quota).toBe('negated');
  });
  it('ノルマ in a sentence of its own still states it', async () => {
    expect((await run(page('ノルマがあります。', '達成できるよう先輩がサポートします。'))).quota).toBe('stated');
  });
});
