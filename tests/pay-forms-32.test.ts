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

describe('training pay in the shapes forms, tables and gig pages give it', () => {
  it('a figure without 円 right after the wage word, in a form’s note', () => {
    const pay = readPayChecked(posting(['給与形態：時給', '給与下限：1,200円', '給与上限：1,400円', '給与備考：試用期間（最初の2か月）は時給1150。その後は面談で決定']));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1200, max: 1400 });
    expect(pay.training).toMatchObject({ unit: 'hour', min: 1150, months: 2 });
  });
  it('a table turned into text, the period’s length in brackets on its cell', () => {
    const pay = readPayChecked(posting(['給与', '', '月給', '', '198,000円', '', '研修期間（2ヶ月）', '', '時給', '', '1,150円', '', '通勤手当', '', '全額支給']));
    expect(pay.base).toMatchObject({ unit: 'month', min: 198000 });
    expect(pay.training).toMatchObject({ unit: 'hour', min: 1150, months: 2 });
  });
  it('a contractor’s first pieces at a trial rate, under pay by the piece only', () => {
    const pay = readPayChecked(
      ['商品紹介記事のライター（業務委託）', '【報酬】', '決まった月額はなく、納品1本ごとにお支払いします。', '・1本 4,000円〜6,000円（文字数による）', '・最初に納める3記事はトライアル期間で、1本2,500円です', '【応募】メッセージから'].join('\n'),
    );
    expect(pay.base).toMatchObject({ unit: 'piece', min: 4000, max: 6000 });
    expect(pay.training).toMatchObject({ unit: 'piece', min: 2500 });
  });
  it.each(['【備考】お試しトライアル中は1,500円のコースをお客様にご案内します', '【備考】無料トライアル中は1,500円のコースをお客様にご案内します'])(
    'a product’s trial is no training period: %s',
    (line) => {
      const pay = readPayChecked(posting(['【給与】時給1,250円', line]));
      expect(pay.training).toBeNull();
    },
  );
});

describe('a commute cap stated as a note on the line below', () => {
  it.each([
    [['通勤手当', '全額支給', '※上限25,000円/月'], 25000],
    [['通勤手当：実費支給', '※上限は1か月2万円です'], 20000],
    [['【通勤手当】', '全額支給', '（上限1万5千円/月）'], 15000],
  ])('%j', (rows, cap) => {
    const pay = readPayChecked(posting(['【給与】時給1,150円', ...rows]));
    expect(pay.commute).toMatchObject({ kind: 'capped', cap });
  });
  it('a cap on another item below is not the commute’s', () => {
    const pay = readPayChecked(posting(['【給与】時給1,150円', '通勤手当：全額支給', '※昇給は年1回（月1万円まで）']));
    expect(pay.commute.kind).toBe('full');
  });
});
