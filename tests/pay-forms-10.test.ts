// The pay reader on shapes of commission pages, pinned with sentences of our own: the pay heading written as
// 報酬形態 / 報酬額 / 給与形態 over its value, results pay stated as the first and only thing its pay field says
// (報酬 ⏎ 紹介料として契約額の10%), and pay that follows the contracts' amount (成約額に応じて報酬をお支払いします).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;

describe('pay headings of commission pages', () => {
  it('報酬形態 and 報酬額 over a results system make it the whole pay', () => {
    const a = read('テレアポスタッフ（在宅）\n報酬形態\n成果報酬型\n勤務地\n在宅');
    expect(a.incentive.kind).toBe('only');
    expect(a.base).toMatchObject({ unit: 'piece' });
    const b = read('代理店スタッフ\n報酬額\nご契約1件につき売上の20%\n勤務時間\n自由');
    expect(b.incentive.kind).toBe('only');
  });
  it('給与形態 over an hourly wage is the hourly wage', () => {
    expect(read('コールスタッフ\n給与形態\n時給制\n給与額\n1,150円〜').base).toMatchObject({ unit: 'hour', min: 1150, max: null });
  });
  it('a 報酬額 heading over a wage keeps the wage', () => {
    const p = read('在宅オペレーター\n報酬額\n時給1,200円＋アポ1件500円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1200 });
    expect(p.incentive.kind).toBe('plus');
  });
});

describe('results pay as all the pay field says', () => {
  it('a share of the contract, a pay by results, a system in brackets: the whole pay when no wage is named', () => {
    for (const page of [
      '紹介パートナー\n報酬\n紹介料として契約額の10%をお支払いします\n勤務地\n全国',
      '販売代理スタッフ\n給与\n業務委託のため、成果に応じて報酬をお支払いします',
      '提携営業スタッフ\n【報酬】\n案件ごとに異なります（成果報酬）',
      '紹介スタッフ\n【報酬】\nご紹介いただいた案件の成約額に応じて報酬をお支払いします',
    ]) {
      const p = read(page);
      expect(p.incentive.kind, page).toBe('only');
      expect(p.base?.unit, page).toBe('piece');
    }
  });
  it('added to something stated first, it is on top of that', () => {
    expect(read('営業スタッフ\n給与\n経験・能力を考慮の上決定＋インセンティブ').incentive.kind).toBe('plus');
    expect(read('営業スタッフ\n給与\n当社規定による\nインセンティブあり').incentive.kind).toBe('plus');
  });
  it('said only to exist, it is not the whole pay', () => {
    expect(read('営業スタッフ\n給与：インセンティブあり').incentive.kind).toBe('plus');
  });
  it('a wage named anywhere keeps results pay on top', () => {
    const p = read('営業スタッフ\n給与\n成約額に応じて報酬をお支払いします\n※固定給あり（面接時にご説明します）');
    expect(p.incentive.kind).toBe('plus');
    const q = read('営業スタッフ\n給与\n月給25万円\n成約額に応じて報酬をお支払いします');
    expect(q.base).toMatchObject({ unit: 'month', min: 250000 });
    expect(q.incentive.kind).toBe('plus');
  });
});
