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
