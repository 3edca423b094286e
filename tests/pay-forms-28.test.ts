// Figures set apart from their unit: 万円 after a space (22 万円, as text copied from a PDF or a table lays it out),
// and an English page's JPY or yen after the figure. Lines of our own, inside a small posting of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (pay: string) =>
  ['カスタマーサポート（正社員）', '仕事内容：ご契約者様からのお問い合わせにお電話とメールでお答えします。', pay, '勤務地：東京都中央区', '応募方法：応募フォームより'].join('\n');

describe('万円 after a space', () => {
  it.each([
    ['給与：月給 22 万円', 220000, 220000],
    ['給与：月給 22 万円〜 26 万円', 220000, 260000],
    ['給与：年収 350 万円以上', 3500000, null],
  ])('%s', (line, min, max) => {
    expect(readPayChecked(posting(line)).base).toMatchObject({ min, max });
  });
  it('a count set off by a space is no pay (会員数 50 万人)', () => {
    expect(readPayChecked(posting('給与：月給23万円\n会社の特徴：会員数 50 万人のサービスを運営')).base).toMatchObject({ min: 230000 });
  });
});

describe('JPY and yen after the figure', () => {
  it.each([
    ['Salary: 4,000,000 - 5,000,000 JPY / year', 'year', 4000000, 5000000],
    ['Salary: 1,500 yen per hour', 'hour', 1500, 1500],
    ['Pay: 250,000 JPY a month', 'month', 250000, 250000],
  ])('%s', (line, unit, min, max) => {
    expect(readPayChecked(posting(line)).base).toMatchObject({ unit, min, max });
  });
  it('a word that begins with yen is not the currency (1,500 yenta)', () => {
    expect(readPayChecked(posting('給与：時給1,400円\nNote: 1,500 yenta points')).base).toMatchObject({ unit: 'hour', min: 1400 });
  });
});
