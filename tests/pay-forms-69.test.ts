// The pay reader on shapes met at stop 69, pinned with sentences of our own: a title tagged with one band of shifts
// (【夜勤】) over a table of day and night rates.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;
const table = '\n【給与】\n日勤（9:00～18:00）　時給1,200円\n夜勤（17:00～翌9:00）　時給1,320円\n【仕事内容】\n配送の受付です。';

describe('a title tagged with one band of shifts', () => {
  it('【夜勤】 and ［夜勤］ before the role file the posting under the night shift: its row is the pay', () => {
    expect(read('【夜勤】配送受付スタッフ' + table).base).toMatchObject({ unit: 'hour', min: 1320, max: 1320 });
    expect(read('［夜勤］配送受付スタッフ／週3日から' + table).base).toMatchObject({ min: 1320 });
  });
  it('a band named in passing, or inside a longer tag, leaves the first row the pay', () => {
    expect(read('配送受付スタッフ（夜勤できる方歓迎）' + table).base).toMatchObject({ min: 1200 });
    expect(read('【夜勤もある配送受付】スタッフ募集' + table).base).toMatchObject({ min: 1200 });
    expect(read('【日勤・夜勤】配送受付スタッフ' + table).base).toMatchObject({ min: 1200 });
  });
});

describe('a figure spaced out letter by letter, as text drawn from a PDF comes', () => {
  it('時給 1 ,2 8 0 円 is 1,280 an hour, its words pointing at the spaced figure', () => {
    const text = '受付スタッフ\n■ 給 与\n時給 1 ,2 8 0 円\n研修中は 時給 1 ,2 0 0 円';
    const p = read(text);
    expect(p.base).toMatchObject({ unit: 'hour', min: 1280, max: 1280 });
    expect(text.slice(p.base!.start, p.base!.end)).toContain('1 ,2 8 0 円');
    expect(p.training).toMatchObject({ min: 1200 });
  });
  it('a count and an amount with one blank between them (10 1,150円) are not joined', () => {
    expect(read('受付スタッフ\n【給与】\n時給1,150円\n【待遇】\n・制服貸与 2 1,000円分の食事補助').base).toMatchObject({ min: 1150 });
    expect(read('受付スタッフ\n【給与】\n時給 10 1,150円').base?.min).not.toBe(101150);
  });
});

describe('a field with its value above the pay line', () => {
  it('【職種】事務補助 (its value holds 補助, as 食事補助 does) heads nothing: 日給 below is the pay', () => {
    expect(read('書類の仕分けスタッフ\n【職種】事務補助（短期）\n【給与】日給9,400円（実働8時間）').base).toMatchObject({ unit: 'day', min: 9400 });
  });
  it('a heading of its own (【食事補助】) still heads its line below', () => {
    expect(read('書類の仕分けスタッフ\n【給与】日給9,400円\n【食事補助】\n1日 500円').base).toMatchObject({ min: 9400 });
  });
});

describe('a range written より…まで, in figures or in kanji', () => {
  it('時給 1,200円より1,350円まで and 時給 千二百円より千三百五十円まで are 1,200 to 1,350', () => {
    expect(read('受付\n一、お給金\n時給 1,200円より1,350円まで（経験により決定）').base).toMatchObject({ unit: 'hour', min: 1200, max: 1350 });
    expect(read('受付\n一、お給金\n時給 千二百円より千三百五十円まで').base).toMatchObject({ min: 1200, max: 1350 });
  });
  it('時給1,200円より at a clause\'s end opens the range; より before a word compares', () => {
    expect(read('受付\n【給与】時給1,200円より（経験者優遇）').base).toMatchObject({ min: 1200, max: null });
    expect(read('受付\n【給与】時給1,200円\n地域の相場より高い時給です').base).toMatchObject({ min: 1200, max: 1200 });
  });
});
