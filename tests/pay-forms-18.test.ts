// The pay reader on a training or trial period's pay in three shapes it missed: the length before あり
// (試用期間2か月あり（時給1,050円）), a wage told in a staff story further up the page (not a pay line the period
// belongs to), and a monthly trial wage under a header's yearly pay of the same role; and commute pay in a title of items
// between bars (…｜交通費全額｜残業なし), where the next item was read with it.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

describe('a trial period with its length before あり', () => {
  it('試用期間2か月あり（時給1,050円）', () => {
    const p = readPayChecked('【職種】受付スタッフ\n【給与】\n時給1,150円〜1,300円\n※試用期間2か月あり（時給1,080円）\n【勤務地】駅前店');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1080, max: 1080, months: 2 });
  });
  it('the same shape with the same pay says no pay of its own', () => {
    const p = readPayChecked('【職種】受付スタッフ\n【給与】\n時給1,150円\n※試用期間2か月あり（同条件）');
    expect(p.training).toBeNull();
  });
});

describe('a wage told in a story further up the page does not own the trial pay', () => {
  it('a staff member who started at an hourly wage, six lines above the 雇用形態 row', () => {
    const story = '■先輩の声\n入社5年目の田中です。\nアルバイトとして時給1,250円で働き始めました。\n2年目に社員になりました。\nいまはチームをまとめています。\n';
    const p = readPayChecked(`【チームリーダー】お客様窓口\n${story}\n■雇用形態\n\n正社員（試用期間3か月／期間中は月給23万円）\n\n■給与\n月給25万円〜30万円`);
    expect(p.base).toMatchObject({ unit: 'month', min: 250000 });
    expect(p.training).toMatchObject({ unit: 'month', min: 230000, months: 3 });
  });
  it('another role\'s pay line right above the trial pay still owns it', () => {
    const p = readPayChecked('【職種】営業事務\n【給与】\n正社員：月給24万円〜\nパート：時給1,200円\n※試用期間中は時給1,150円');
    expect(p.training).toBeNull();
  });
});

describe('a monthly trial wage under a yearly header of the same role', () => {
  it('想定年収 above the 月給 it is paid as: the trial 月給 is this role\'s', () => {
    const p = readPayChecked('【想定年収】400万円〜600万円\n■給与\n年収400万円〜600万円\n月給25万円〜37万円\n※試用期間3か月（月給23万円）');
    expect(p.base).toMatchObject({ unit: 'year', min: 4000000 });
    expect(p.training).toMatchObject({ unit: 'month', min: 230000, months: 3 });
  });
  it('a monthly line far off the year (a part-time role beside a full-time one) is another role', () => {
    const p = readPayChecked('【想定年収】400万円〜600万円\n■給与\n年収400万円〜600万円\nパート：月給12万円\n※試用期間3か月（月給11万円）');
    expect(p.training).toBeNull();
  });
});

describe('commute pay in a title of items between bars', () => {
  it('…｜交通費全額｜残業なし: the next item\'s なし is not the commute\'s', () => {
    const p = readPayChecked('[派] お手続きの受付｜時給1,380円｜交通費全額｜残業なし\n●お仕事内容\nお電話で住所変更を受け付けます。');
    expect(p.commute.kind).toBe('full');
  });
  it('a table row (| 交通費 | 全額支給 |) keeps its value after the bar', () => {
    expect(readPayChecked('| 給与 | 時給1,200円 |\n| 交通費 | 全額支給 |').commute.kind).toBe('full');
  });
  it('交通費なし between bars is none', () => {
    expect(readPayChecked('受付スタッフ｜時給1,200円｜交通費なし｜週3日〜').commute.kind).toBe('none');
  });
});

describe('no commute pay said with も', () => {
  it('通勤がないので交通費の支給もありません', () => {
    expect(readPayChecked('【報酬】時給1,100円\n【勤務地】完全在宅。通勤がないので交通費の支給もありません。').commute.kind).toBe('none');
  });
});

describe('a notice\'s numbered pay row', () => {
  it('6．賃金　日額8,900円 is the day pay', () => {
    expect(readPayChecked('5．勤務場所　市役所2階\n6．賃金　日額8,900円（月1回払い）\n7．通勤手当　実費支給').base).toMatchObject({ unit: 'day', min: 8900, max: 8900 });
  });
  it('a numbered row of something else (6．料金　月額3,000円) is no pay', () => {
    expect(readPayChecked('5．会場　公民館\n6．料金　月額3,000円').base).toBeNull();
  });
});
