// Two ways a wage names its unit that the reader missed: 月 after the words that make it a fixed monthly sum (定額月,
// 固定月, 毎月), and a form's unit field sharing a line with its amount field (給与区分：時給　金額：1,100円〜); and a
// training period whose bracketed note has あり in it (試用期間（経験者は短縮あり）時給…). Lines of our own, inside a
// small posting of our own; and a role named at length (法人向けインターネット回線のテレフォンアポインター), named by its last
// noun phrase.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (pay: string) =>
  ['資料発送センター スタッフ募集（業務委託）', '仕事内容：ご請求いただいたパンフレットの封入と発送、お問い合わせのお電話の受付です。', pay, '勤務地：札幌市北区', '応募方法：応募フォームより'].join('\n');

describe('月 after 定額, 固定 or 毎 is a month', () => {
  it.each([
    ['報酬：【定額月45,000円】（週2日・1日4時間）', 45000],
    ['報酬：定額月45,000円', 45000],
    ['給与：固定月18万円＋成果報酬', 180000],
    ['給与：毎月17万円をお支払いします', 170000],
  ])('%s', (line, min) => {
    expect(readPayChecked(posting(line)).base).toMatchObject({ unit: 'month', min });
  });
  it('平日 before an amount still names no day', () => {
    expect(readPayChecked(posting('給与：時給 平日1,150円／土日1,250円')).base).toMatchObject({ unit: 'hour', min: 1150 });
  });
});

describe("a form's unit field and amount field on one line", () => {
  it.each([
    ['給与区分：時給　金額：1,150円〜1,350円', 'hour', 1150, 1350],
    ['給与区分 時給 金額 1,150円〜1,350円', 'hour', 1150, 1350],
    ['給与形態｜月給｜支給額｜195,000円〜', 'month', 195000, null],
  ])('%s', (line, unit, min, max) => {
    expect(readPayChecked(posting(line)).base).toMatchObject({ unit, min, max });
  });
});

describe("a note in brackets right after the period's words is no 'training exists' (試用期間（経験者は短縮あり）)", () => {
  it.each([
    ['給与：時給1,200円\n試用期間（経験者は短縮あり）時給1,150円', 1150],
    ['給与：時給1,200円\n研修期間（資格をお持ちの方は免除）時給1,100円', 1100],
  ])('%s', (lines, min) => {
    expect(readPayChecked(posting(lines)).training).toMatchObject({ unit: 'hour', min });
  });
  it('a perk in brackets (研修制度（充実）) still names no period', () => {
    expect(readPayChecked(posting('給与：時給1,200円\n研修制度（充実）時給1,100円')).training).toBeNull();
  });
});

describe('a long role name is named by its last noun phrase, after the last の', () => {
  const page = (second: string) =>
    ['予約センタースタッフ募集｜みずほ旅行サービス', '【給与】', '予約センタースタッフ　時給1,200円', second, '【勤務地】札幌市中央区'].join('\n');
  it("another role's incentive (法人向けインターネット回線のテレフォンアポインター) stays with it", () => {
    const p = readPayChecked(page('法人向けインターネット回線のテレフォンアポインター　時給1,400円＋インセンティブ'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1200 });
    expect(p.incentive.kind).toBe('none');
    expect(p.note).toContain('1,400');
  });
});
