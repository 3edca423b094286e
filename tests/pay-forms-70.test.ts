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
