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
