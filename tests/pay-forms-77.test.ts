// The pay reader on shapes met at stop 77, pinned with sentences of our own: commuting paid up to the tax-free limit.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;
const pay = '不動産仲介の営業スタッフ\n【給与】月給26万円\n';

describe('commuting paid up to the tax-free limit', () => {
  it('交通費：非課税限度額まで支給 is capped, its amount unstated', () => {
    expect(read(pay + '・交通費：非課税限度額まで支給').commute).toMatchObject({ kind: 'capped', cap: null });
    expect(read(pay + '通勤手当（非課税の上限まで）').commute).toMatchObject({ kind: 'capped', cap: null });
  });
  it('a stated cap beside it keeps its amount', () => {
    expect(read(pay + '交通費支給（上限月3万円）').commute).toMatchObject({ kind: 'capped', cap: 30000 });
  });
  it('規定により支給 stays partial', () => {
    expect(read(pay + '交通費：規定により支給').commute).toMatchObject({ kind: 'partial' });
  });
});

describe('a company prize is no results pay, however its item is punctuated', () => {
  const desk = 'お客様センタースタッフ\n【給与】時給1,200円\n【待遇】社会保険完備／';
  it('年1回の社長表彰（ありがとう賞・ベスト応対賞／報奨金あり）: a slash inside the brackets', () => {
    expect(read(desk + '年1回の社長表彰（ありがとう賞・ベスト応対賞／報奨金あり）／制服貸与').incentive.kind).toBe('none');
  });
  it('表彰制度（半期ごとに優秀な社員を選び、報奨金を贈ります）: a period is no count of results', () => {
    expect(read(desk + '表彰制度（半期ごとに優秀な社員を選び、報奨金を贈ります）').incentive.kind).toBe('none');
  });
  it('表彰制度（成約ごとに報奨金）: results counted, results pay', () => {
    expect(read(desk + '表彰制度（成約ごとに報奨金）').incentive.kind).toBe('plus');
  });
});

describe('results pay denied a few words on, past 等の', () => {
  it('お給料は時給のみで、インセンティブ等の成果給はありません: none', () => {
    expect(read('受付センタースタッフ\n【給与】時給1,200円\nお給料は時給のみで、インセンティブ等の成果給はありません。').incentive.kind).toBe('none');
    expect(read('受付センタースタッフ\n【給与】時給1,200円\n歩合などの成果給は一切ありません。').incentive.kind).toBe('none');
  });
  it('インセンティブ等の手当あり stays results pay', () => {
    expect(read('テレアポスタッフ\n【給与】時給1,300円＋インセンティブ等の手当あり').incentive.kind).toBe('plus');
  });
});

describe('results pay denied together with the word after it', () => {
  it('歩合給・インセンティブの制度はなく、成果は賞与に反映します: none', () => {
    expect(read('広告営業\n【給与】月給24万円\n※歩合給・インセンティブの制度はなく、成果は年2回の賞与に反映します。').incentive.kind).toBe('none');
  });
  it('歩合給・インセンティブあり stays plus', () => {
    expect(read('広告営業\n【給与】月給24万円＋歩合給・インセンティブあり').incentive.kind).toBe('plus');
  });
});
