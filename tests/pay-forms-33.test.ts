// Stop 65's pay forms. Lines of our own, inside small postings of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (title: string, rows: string[]) =>
  [title, '【仕事内容】工事現場の出入口で、車両と歩行者を安全に誘導します。', ...rows, '【勤務地】千葉県船橋市の各現場', '【応募方法】応募フォームから'].join('\n');

describe('a training note under pay lines set side by side on one line is said of the line, the base too', () => {
  it.each([
    [['【給与】［日勤］日給10,500円　［夜勤］日給12,500円', '※新任研修（4日間）は日当9,200円'], 'day', 10500, 9200],
    [['【給与】日勤 日給10,500円／夜勤 日給12,500円', '※研修中は日給9,200円です'], 'day', 10500, 9200],
    [['【給与】平日 時給1,250円　土日 時給1,350円', '※研修期間（約1ヶ月）は1,150円'], 'hour', 1250, 1150],
  ])('%j', (rows, unit, base, training) => {
    const pay = readPayChecked(posting('交通誘導スタッフ（日勤・夜勤）', rows));
    expect(pay.base).toMatchObject({ unit, min: base });
    expect(pay.training).toMatchObject({ unit, min: training });
  });
  it("a note in the other figure's unit stays that figure's (正社員 月給… アルバイト 時給… ⏎ 研修中は時給…)", () => {
    const pay = readPayChecked(posting('交通誘導スタッフ（正社員）', ['【給与】正社員 月給240,000円　アルバイト 時給1,300円', '※研修中は時給1,200円']));
    expect(pay.base).toMatchObject({ unit: 'month', min: 240000 });
    expect(pay.training).toBeNull();
  });
  it('pay lines on lines of their own keep the nearest line as the owner (アルバイト 時給… ⏎ ※研修中は…)', () => {
    const pay = readPayChecked(posting('交通誘導スタッフ（正社員）', ['【給与】', '正社員：月給240,000円', 'アルバイト：時給1,300円', '※研修中は1,200円']));
    expect(pay.base).toMatchObject({ unit: 'month', min: 240000 });
    expect(pay.training).toBeNull();
  });
});
