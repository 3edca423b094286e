// The pay reader on rewards for winning new clients, pinned with sentences of our own: a client (取引先) named in the
// reward's own line is whose account the job opens, not the company profile's field (主要取引先, 取引先：), whose
// amounts stay the company's.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;

describe('a reward per new client is results pay', () => {
  it.each([
    ['新規取引先報奨金：新しいお取引先との口座開設1件につき5,000円'],
    ['取引先開拓手当：新しいお取引先1社との契約ごとに5,000円'],
  ])('%s', (line) => {
    const p = read(`ルート営業\n【給与】\n月給22万円～28万円\n${line}`);
    expect(p.base).toMatchObject({ unit: 'month', min: 220000, max: 280000 });
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 5000 });
  });
});

describe("the profile's 取引先 field keeps its amounts the company's", () => {
  it.each([
    ['主要取引先：大手通信会社3社（年間取引額 12億円）'],
    ['取引先：官公庁、金融機関ほか 1,200社'],
  ])('%s is not pay', (line) => {
    const p = read(`ルート営業\n【給与】\n月給22万円～28万円\n【会社情報】\n${line}`);
    expect(p.base).toMatchObject({ unit: 'month', min: 220000 });
    expect(p.incentive.kind).toBe('none');
  });
  it('an amount after 主な取引先 in the pay section is still not pay', () => {
    const p = read('ルート営業\n【給与】\n主な取引先との年間取引額 5,000万円\n月給22万円～28万円');
    expect(p.base).toMatchObject({ unit: 'month', min: 220000, max: 280000 });
  });
});

describe('a training rate whose note speaks of another item (（固定残業代の扱いは同じ）)', () => {
  it('the note says nothing of the period\'s own pay', () => {
    const p = read('営業\n▼給与\n月給24万円～30万円\n※月給には固定残業代（20時間分・3万2,000円）を含み、超過分は全額支給\n※試用期間3か月は月給22万円（固定残業代の扱いは同じ）');
    expect(p.training).toMatchObject({ unit: 'month', min: 220000, months: 3 });
    expect(p.fixedOvertime).toMatchObject({ hours: 20, amount: 32000, excessPaid: true });
  });
  it('a period paid the same stays no training pay (試用期間中も条件は同じ)', () => {
    expect(read('営業\n▼給与\n月給24万円～30万円\n※試用期間3か月（条件は同じ）').training).toBeNull();
  });
});

describe('overtime pay included with its terms in brackets', () => {
  it('時間外手当（月20時間分・4万円～5万3,000円）を含みます is fixed overtime', () => {
    const p = read('査定予約スタッフ\n■給与\n月給28万3,000円～37万5,000円\n※上記には時間外手当（月20時間分・4万円～5万3,000円）を含みます。超過分は別途支給');
    expect(p.fixedOvertime).toMatchObject({ hours: 20, amount: 40000, excessPaid: true });
  });
  it('overtime pay said to be paid on top is not (時間外手当（法定どおり）は別途支給)', () => {
    expect(read('査定予約スタッフ\n■給与\n月給28万円\n※時間外手当（法定どおり）は別途支給します').fixedOvertime).toBeNull();
  });
});
