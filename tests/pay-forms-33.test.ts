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

describe('a price of something the worker may rent or use, said after its amount, is not pay', () => {
  const driver = (rows: string[]) =>
    ['軽貨物ドライバー（業務委託）', '【仕事内容】通販の荷物を軽バンで個人のお宅へ届けます。', ...rows, '【勤務地】千葉県市川市', '【応募方法】応募フォームから'].join('\n');
  it.each([
    [['【報酬】1個140円（完全出来高）', '※車両をお持ちでない方には、月2万5千円からのリース車両をご案内します']],
    [['【報酬】出来高制（1件あたり140円）', '【車両】月3万円のレンタル車両あり']],
  ])('%j', (rows) => {
    const pay = readPayChecked(driver(rows));
    expect(pay.base).toMatchObject({ unit: 'piece', min: 140 });
    expect(pay.incentive.kind).toBe('only');
  });
  it('a dormitory at so much a month is the rent, the wage stays', () => {
    const pay = readPayChecked(posting('工場内の検品スタッフ', ['【給与】時給1,350円', '【待遇】月2万円の寮あり（家具付き）']));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1350 });
  });
  it('pay said with what the job is (月給25万円の正社員募集) stays pay', () => {
    const pay = readPayChecked(posting('施工管理スタッフ', ['【給与】月給25万円の正社員募集です']));
    expect(pay.base).toMatchObject({ unit: 'month', min: 250000 });
  });
});
