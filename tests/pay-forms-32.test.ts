// A job board's form split into fields: the lower and upper ends of the pay in rows of their own, with the bound in
// brackets (給与（下限）／給与（上限）) or run into the label (給与下限). Lines of our own, inside small postings of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (rows: string[]) =>
  ['倉庫内での検品・梱包スタッフ', '【仕事内容】届いた商品の数を確かめ、箱に詰めて出荷棚へ運びます。', ...rows, '【勤務地】埼玉県川口市', '【応募方法】応募フォームから'].join('\n');

describe('the two ends of the pay in rows of their own', () => {
  it.each([
    [['給与（下限）：1,050円', '給与（上限）：1,300円'], 1050, 1300],
    [['給与下限：1,050円', '給与上限：1,300円'], 1050, 1300],
    [['【給与（下限）】1,050円', '【給与（上限）】1,300円'], 1050, 1300],
    [['時給（下限） 1,050円', '時給（上限） 1,300円'], 1050, 1300],
  ])('%j', (rows, min, max) => {
    const pay = readPayChecked(posting(rows));
    expect(pay.base).toMatchObject({ unit: 'hour', min, max });
  });
  it('a lower end alone is the pay from that figure up', () => {
    for (const rows of [['給与下限：1,050円'], ['給与（下限）：1,050円', '給与（上限）：']]) {
      const pay = readPayChecked(posting(rows));
      expect(pay.base).toMatchObject({ unit: 'hour', min: 1050, max: null });
    }
  });
  it('a cap on something else after the pay is not its upper end (交通費の上限)', () => {
    const pay = readPayChecked(posting(['給与（下限）：1,050円', '交通費（上限）：15,000円']));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1050, max: null });
  });
});

describe("a board's export turned into text: label,value rows", () => {
  const exported = (rows: string[]) =>
    ['倉庫内の検品スタッフ', '求人番号,W-20931', '職種名,倉庫内の検品スタッフ', '雇用区分,パート', ...rows, '勤務地,埼玉県川口市', '応募方法,応募フォームから'].join('\n');
  it('reads the unit, both bounds without 円, and the commute from their rows', () => {
    const pay = readPayChecked(exported(['給与形態,時給', '給与下限,1150', '給与上限,1400', '交通費,全額支給', '交通費備考,']));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1150, max: 1400 });
    expect(pay.commute.kind).toBe('full');
  });
  it('an empty upper bound leaves the range open', () => {
    const pay = readPayChecked(exported(['給与形態,時給', '給与下限,1150', '給与上限,']));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1150, max: null });
  });
});
