// The pay reader on shapes met at stop 70, pinned with sentences of our own: commuting costs named by what they buy
// (定期代, 通勤にかかる電車代) and headings in brackets the reader did not know (〈交通費〉, （交通費）).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;
const pay = '倉庫の受付スタッフ\n【給与】時給1,250円\n';

describe('commuting costs named by what they buy', () => {
  it('a season ticket (定期代, 通勤定期代) is the commuting allowance', () => {
    expect(read(pay + '定期代支給（上限月2万円）').commute).toMatchObject({ kind: 'capped', cap: 20000 });
    expect(read(pay + '通勤定期代は全額支給します。').commute).toMatchObject({ kind: 'full' });
  });
  it('the fares of the way to work (通勤にかかる電車代・バス代) are too', () => {
    const text = pay + 'お家からの通勤にかかる電車代・バス代は全額お出しします。';
    const c = read(text).commute;
    expect(c).toMatchObject({ kind: 'full' });
    expect(text.slice(c.start!, c.end!)).toContain('通勤にかかる電車代');
  });
  it('fares with no word of the commute (出張の電車代) are no commuting pay', () => {
    expect(read(pay + '出張の電車代は会社が負担します。').commute.kind).toBe('unstated');
  });
});

describe('a commute heading in brackets on its own line', () => {
  it('〈交通費〉 and （交通費） head the value on the next line', () => {
    expect(read(pay + '\n〈交通費〉\n全額支給\n〈勤務時間〉\n9:00〜18:00').commute).toMatchObject({ kind: 'full' });
    expect(read(pay + '\n（交通費）\n\n月1万円まで支給').commute).toMatchObject({ kind: 'capped', cap: 10000 });
  });
  it('a heading followed by text on its own line still reads that text', () => {
    expect(read(pay + '\n（交通費）一部支給').commute).toMatchObject({ kind: 'partial' });
  });
});

describe('results pay that is not this opening\'s or not per success', () => {
  it('another role\'s 歩合 set against this opening\'s fixed pay (…が中心ですが、この求人の事務職は固定給です) is none', () => {
    const p = read('経理事務（正社員）\n【給与】月給21万円\n※乗務員の給与は歩合給が中心ですが、この求人の事務職は固定給です。');
    expect(p.incentive.kind).toBe('none');
  });
  it('歩合 stated for this opening, with no contrast after it, stays plus', () => {
    const p = read('法人営業\n【給与】月給24万円＋歩合給\n※歩合給は成約に応じて支給します。');
    expect(p.incentive.kind).toBe('plus');
  });
  it('a bonus\'s figure per head (昨年度実績：1人あたり3万円) is no pay per success', () => {
    const p = read('受付スタッフ\n【給与】時給1,180円\n決算賞与：業績に応じて年度末に全員へ支給（昨年度実績：1人あたり3万円）');
    expect(p.incentive.kind).toBe('none');
    expect(p.incentive.perUnit).toBeNull();
  });
  it('a reward per person placed (採用1名あたり5,000円) is still per success', () => {
    const p = read('採用コーディネーター\n【給与】月給22万円\nインセンティブ：採用1名あたり5,000円');
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 5000 });
  });
});

describe('the upper end with what raises the pay to it', () => {
  it('時給1,250円 ※ランクにより最大1,350円 and （経験・能力により最高1,500円） are ranges', () => {
    expect(read('受付スタッフ\n【給与】\n時給1,250円　※ランクにより最大1,350円').base).toMatchObject({ min: 1250, max: 1350 });
    expect(read('受付スタッフ\n【給与】\n時給1,250円（経験・能力により最高1,500円）').base).toMatchObject({ min: 1250, max: 1500 });
  });
  it('a bound on another pay in the note (※深夜は最大1,560円, ※交通費は最大1万円) leaves the wage alone', () => {
    expect(read('受付スタッフ\n【給与】\n時給1,250円　※深夜は最大1,560円').base).toMatchObject({ min: 1250, max: 1250 });
    expect(read('受付スタッフ\n【給与】\n時給1,250円 ※交通費は最大1万円').base).toMatchObject({ min: 1250, max: 1250 });
  });
});
