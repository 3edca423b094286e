// The pay reader on two forms of our own words: ハローワーク's 基本給（月額平均）又は時間額 with an hourly figure and no
// 賃金形態等 line (the 月額 in the label is one of the two periods it names, not the figure's), and a wage named after
// the results rate it is added to (1コール100円＋時給1,000円).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const desk = (pay: string) => `市の案内センター 受付スタッフ\n\n仕事内容\n市民の方からのお電話でのご質問にお答えします。\n\n${pay}\n\n就業場所\n青森市\n`;

describe('基本給（月額平均）又は時間額: the figure\'s size says its period', () => {
  it('an hourly range', () => {
    const p = readPayChecked(desk('賃金\n基本給（月額平均）又は時間額　1,080円～1,240円'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1080, max: 1240 });
  });
  it('a monthly figure stays monthly', () => {
    const p = readPayChecked(desk('賃金\n基本給（月額平均）又は時間額　172,000円～190,000円'));
    expect(p.base).toMatchObject({ unit: 'month', min: 172000, max: 190000 });
  });
});

describe('a wage after the rate it is added to', () => {
  it('1コール100円＋時給1,000円 is hourly pay with results on top', () => {
    const p = readPayChecked(desk('給与：1コール120円＋時給1,050円'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1050, max: 1050 });
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 120 });
  });
  it('アポ1件3,000円＋日給8,000円 likewise', () => {
    const p = readPayChecked(desk('報酬：アポ1件2,500円＋日給8,500円'));
    expect(p.base).toMatchObject({ unit: 'day', min: 8500, max: 8500 });
    expect(p.incentive.kind).toBe('plus');
  });
  it('an allowance added to a wage is still not the wage', () => {
    const p = readPayChecked(desk('給与：月給19万円＋資格手当1万円'));
    expect(p.base).toMatchObject({ unit: 'month', min: 190000, max: 190000 });
  });
});
