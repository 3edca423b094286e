// The pay reader on pay converted into another unit and said right before the figure (時給相当1,300円, 時給にすると約1,600円,
// 時給で言うと…): what pay by the piece comes to, not a wage. Before, such a figure was read as the hourly wage beside the
// per-piece rate, or as the piece rate itself.
import { describe, expect, it } from 'vitest';
import { basePay, readPayChecked } from './pay-helpers';

const job = (pay: string) => `【職種】データ入力（在宅）\n【仕事内容】アンケートの回答を専用の画面に入力します。\n【報酬】\n${pay}\n【勤務地】在宅`;

describe('a conversion said before its figure is not the wage', () => {
  it('時給にすると, after a rate per piece', () => {
    const p = readPayChecked(job('1件あたり40円×入力件数\n時給にすると約1,100円'));
    expect(p.base).toMatchObject({ unit: 'piece', min: 40, max: 40 });
    expect(p.incentive.kind).toBe('only');
  });
  it('時給相当, under pay by the piece with no rate given', () => {
    const p = readPayChecked(job('業務委託・出来高制\n時給相当1,050円〜'));
    expect(p.base).toMatchObject({ unit: 'piece', min: null, max: null });
  });
  it('時給で言うと', () => {
    expect(basePay(job('1件30円\n時給で言うと900円〜1,200円ほどです'))).toEqual({ unit: 'piece', min: 30, max: 30 });
  });
  it('a conversion after the wage in brackets leaves the wage', () => {
    expect(basePay(job('月給22万円（時給にすると約1,380円）'))).toEqual({ unit: 'month', min: 220000, max: 220000 });
  });
  it('相当 that does not stand before the figure: the day pay it describes is the pay', () => {
    expect(basePay(job('時給1,300円相当の日給10,400円'))).toEqual({ unit: 'day', min: 10400, max: 10400 });
  });
  it('a wage labelled 相当額 is still the wage', () => {
    expect(basePay(job('日給相当額 9,200円'))).toEqual({ unit: 'day', min: 9200, max: 9200 });
  });
});
