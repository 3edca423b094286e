// The pay reader on a training period's pay in two shapes it missed: a note on the period before も, which still says
// the period is paid as the job is (研修中（最初の3日間）も時給1,500円), and the period said to exist with its pay in
// brackets right after (研修があります（時給1,450円）).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

describe('a note on the period before も: paid as the job is', () => {
  it('研修中（最初の3日間）も時給1,500円 under 時給1,500円〜 is no pay of its own', () => {
    const p = readPayChecked('【職種】受付スタッフ\n【給与】\n時給1,500円〜\n研修中（最初の5日間）も時給1,500円です。\n【勤務地】本店');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1500, max: null });
    expect(p.training).toBeNull();
  });
  it('the same note before は with a lower figure is the period\'s own pay', () => {
    const p = readPayChecked('【職種】受付スタッフ\n【給与】\n時給1,500円〜\n研修中（最初の5日間）は時給1,420円です。\n【勤務地】本店');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1420, max: 1420 });
  });
});

describe('the period said to exist, its pay in brackets right after', () => {
  it('研修があります（時給1,450円）', () => {
    const p = readPayChecked('【職種】電話受付スタッフ\n【給与】\n時給1,600円\n【研修】\n初日から4日間、商品とシステムの研修があります（時給1,480円）。\n【勤務地】駅前オフィス');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1600 });
    expect(p.training).toMatchObject({ unit: 'hour', min: 1480, max: 1480 });
  });
  it('a training programme said to exist, with a note in brackets that is no pay, gives none', () => {
    const p = readPayChecked('【職種】電話受付スタッフ\n【給与】\n時給1,600円\n研修制度があります（外部講師によるマナー研修）。');
    expect(p.training).toBeNull();
  });
  it('a perk said before the base pay is not the period\'s pay (研修があります。時給1,300円から)', () => {
    const p = readPayChecked('【職種】電話受付スタッフ\n【給与】\n研修があります。時給1,300円からスタートし、半年ごとに昇給します。');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.training).toBeNull();
  });
});
