// The pay reader's fifth red-team round, on whole pages where a stated pay was not read: pay under headings that join
// it with another item (給与／待遇, 雇用形態・給与, 勤務時間・給与), name its details (給与の詳細, 給与情報), whose pay it is
// (給与【アルバイト】) or decorate it (『給与』, ―時給額―), a page that opens on its pay row (給与 アルバイト 1,200円〜), and
// a two-column table turned into text (日給 ⏎ ⏎ ⏎ 10,000円, 1,120円 ⏎ ⏎ 〜); results-only pay per success in more
// words (成約のたびに, ご契約の都度, 1名紹介で, 1件のご成立ごとに), by the call or the minute of calls (1通話あたり90円,
// 鑑定1分あたり60円, 60円/分), and pages whose only large figure is what the best earn (トップクラスは月150万円以上,
// 月80万円プレイヤー); training pay in other words (新人期間, 仮採用期間, 慣れるまで, カリキュラム修了まで, 入社1ヶ月目,
// 初月, 入社当初, 最初の1ヶ月：, 研修は2週間、その間は, 3ヶ月間は…（研修）) and as a table's rows (研修中の時給 ⏎ 1,350円,
// 【研修】 ⏎ 期間：3週間 ⏎ 時給：1,100円, blank lines between). Sentences of our own; the whole pages are in
// tests/fixtures/pay/round5 (expected.json).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePay, payRoundTests, readPayChecked } from './pay-helpers';

const read = readPayChecked;
const base = basePay;
const dir = path.join(import.meta.dirname, 'fixtures/pay/round5');

describe('whole pages of the fifth round (tests/fixtures/pay/round5)', () => payRoundTests(dir));

describe('pay under headings the field list does not hold', () => {
  const page = (heading: string, value = '1,200円〜') => `受付スタッフ\n仕事内容\n電話の受付です\n${heading}\n${value}\n勤務地\n東京都`;
  it('pay joined with another item, its details, whose pay it is, or between any marks is a pay heading', () => {
    for (const h of ['給与/待遇', '【給与／待遇】', '雇用形態・給与', '雇用形態／給与', '勤務時間・給与', '給与の詳細', '給与情報', '給与【アルバイト】', '『給与』', '━給与━', '―時給額―', '♪給与♪']) {
      expect(base(page(h)), h).toEqual({ unit: 'hour', min: 1200, max: null });
    }
  });
  it('a payroll task is no heading (給与計算・勤怠管理, 勤怠・給与の管理)', () => {
    expect(base(page('給与計算・勤怠管理'))).toBeNull();
    expect(base(page('勤怠・給与の管理'))).toBeNull();
  });
  it('a page whose first line is its pay row, or the pay heading alone, reads that row as the pay', () => {
    expect(base('給与 アルバイト 1,200円〜\n勤務地 東京')).toEqual({ unit: 'hour', min: 1200, max: null });
    expect(base('給与\n［アルバイト］1,200円〜\n勤務地 東京')).toEqual({ unit: 'hour', min: 1200, max: null });
    expect(base('給与 パート 1,100円〜／アルバイト 1,200円〜\n勤務地 東京')).toMatchObject({ unit: 'hour', min: 1100 });
  });
  it('a title that only names the job is still the title (コールスタッフ 1,200円〜 names no pay field)', () => {
    expect(base('コールスタッフ 週3日〜\n勤務地 東京\n1,200円〜 のお仕事が人気')).toBeNull();
  });
});

describe('a two-column table turned into text', () => {
  it('the unit word above the amount with blank lines between (日給 ⏎ ⏎ ⏎ 10,000円)', () => {
    expect(base('引越しスタッフ\n仕事の内容\n荷物の運び出し\n\n日給\n\n\n10,000円〜12,000円\n\n勤務時間\n8:00〜17:00')).toEqual({ unit: 'day', min: 10000, max: 12000 });
  });
  it('a 〜 on a line of its own after blank lines leaves the figure open (1,120円 ⏎ ⏎ 〜)', () => {
    expect(base('レジスタッフ\n給与\n\n時給\n\n1,120円\n\n\n〜\n\n\n勤務時間\n10:00〜19:00')).toEqual({ unit: 'hour', min: 1120, max: null });
  });
  it('more than a few blank lines end the cell: a figure far below is not the unit word\'s', () => {
    expect(base('受付\n仕事内容\n電話受付\n日給\n\n\n\n\n\n10,000円のお弁当代補助\n勤務地\n東京都')).toBeNull();
  });
});

describe('results-only pay in more words', () => {
  const only = (line: string) => read(`紹介パートナー（業務委託）\n仕事内容\nお客様のご紹介\n報酬\n${line}\n活動地域\n大阪府`);
  it('per success with たび or 都度, per person referred, per success with an honorific', () => {
    const cases: [string, number][] = [['成約のたびに2万円', 20000], ['ご契約の都度 50,000円', 50000], ['1名紹介で30,000円', 30000], ['予約1件のご成立ごとに3,500円', 3500]];
    for (const [line, per] of cases) {
      const p = only(line);
      expect(p.incentive, line).toMatchObject({ kind: 'only', perUnit: per });
      expect(p.base, line).toMatchObject({ unit: 'piece', min: per });
    }
  });
  it('by the call or by the minute of calls taken (1通話あたり90円, 鑑定1分あたり60円, 60円/分)', () => {
    for (const [line, per] of [['1通話あたり90円', 90], ['鑑定1分あたり60円〜120円', 60], ['60円/分〜', 60], ['通話1分につき40円', 40]] as const) {
      const p = only(line);
      expect(p.incentive, line).toMatchObject({ kind: 'only', perUnit: per });
      expect(p.base, line).toMatchObject({ unit: 'piece' });
    }
  });
  it('a reward named between the success and its amount (成約ごとに報酬5万円), and a share of 売上げ, are results pay', () => {
    expect(only('買取の成約ごとに報酬5万円')).toMatchObject({ base: { unit: 'piece', min: 50000 }, incentive: { kind: 'only', perUnit: 50000 } });
    expect(only('売上げの40％をお支払いします')).toMatchObject({ base: { unit: 'piece' }, incentive: { kind: 'only' } });
    const p = read('営業\n給与\n月給20万円＋成約ごとに報酬5万円\n勤務地\n東京');
    expect(p.base).toMatchObject({ unit: 'month', min: 200000 });
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 50000 });
  });
  it('a referral reward in the benefits stays no results pay (友達紹介キャンペーン（1名紹介で1万円）)', () => {
    const p = read('カフェスタッフ\n給与\n時給1,100円\n待遇\n友達紹介キャンペーン（1名紹介で1万円）');
    expect(p.incentive.kind).toBe('none');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1100 });
  });
  it('what the best earn is an example, not a wage (トップクラスは月150万円以上, 上位の方なら月60万円, 月80万円プレイヤー)', () => {
    for (const line of ['※トップクラスのパートナーは月150万円以上', '上位の方なら月60万円も珍しくありません', '稼げる人は月80万円プレイヤー多数', '稼げる人は月80万円']) {
      const p = only(`成約1件につき10万円\n${line}`);
      expect(p.base, line).toMatchObject({ unit: 'piece', min: 100000 });
      expect(p.incentive.kind, line).toBe('only');
    }
  });
  it('a wage boasted of as the trade\'s best stays the wage (業界トップクラスの時給1,500円)', () => {
    for (const line of ['業界トップクラスの時給1,500円', 'トップクラスの高時給1,500円〜', '地域トップの時給 1,300円']) {
      expect(base(`受付スタッフ\n給与\n${line}\n勤務地\n東京都`), line).toMatchObject({ unit: 'hour' });
    }
  });
});

describe('training pay in other words and in table rows', () => {
  const training = (line: string, wage = '時給1,200円') => read(`受付スタッフ\n仕事内容\n電話の受付です\n給与\n${wage}\n${line}\n勤務地\n東京都`).training;
  it('the first period in other words', () => {
    const cases = ['※新人期間（1ヶ月）は時給1,100円', '※仮採用期間は時給1,100円', '※慣れるまでの1ヶ月間は時給1,100円', '※カリキュラム修了までは時給1,100円',
      '※入社1ヶ月目は時給1,100円', '1ヶ月目のみ時給1,100円', '初月は時給1,100円', '入社当初は時給1,100円', '（最初の1ヶ月：1,100円）', '研修は2週間、その間は時給1,100円', '3ヶ月間は時給1,100円（研修）',
      '研修について：5日間・時給1,100円'];
    for (const line of cases) expect(training(line), line).toMatchObject({ unit: 'hour', min: 1100, max: 1100 });
  });
  it('a raise from a later month, or after the length a sentence on something else, is no training pay', () => {
    expect(training('入社1ヶ月目から時給1,300円にアップ')).toBeNull();
    expect(training('研修は2週間、座学が中心です。時給1,100円の方もいます')).toBeNull();
    expect(training('慣れるまで先輩が一緒です')).toBeNull();
  });
  it('a heading row of the period\'s pay with its value below, blank lines between or a row of its length first', () => {
    const cases = ['研修中の時給\n1,100円', '【研修期間中の給与】\n時給1,100円', '研修期間\n\n\nあり（2週間・時給1,100円）', '【研修】\n期間：3週間\n時給：1,100円', '■研修期間\n2週間程度\n■研修中の時給\n1,100円'];
    for (const line of cases) expect(training(line), line).toMatchObject({ unit: 'hour', min: 1100 });
  });
  it('a training heading whose next rows say nothing of pay leaves the wage below it alone', () => {
    const p = read('受付スタッフ\n【研修】\n入社後2週間の座学研修あり\n【給与】\n時給1,200円\n勤務地\n東京都');
    expect(p.training).toBeNull();
    expect(p.base).toMatchObject({ unit: 'hour', min: 1200 });
  });
});
