// Results pay said the ways small employers say it: an amount added for each result (上乗せ), a reward named after
// the count (成約1件ごとに報奨金3,000円), a bonus that follows the number of appointments (アポ数に応じて). Lines of our
// own, inside a small posting of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (pay: string) =>
  ['テレアポスタッフ', '仕事内容：法人のお客様にお電話でご案内し、商談のアポイントを取ります。', `給与：${pay}`, '勤務地：東京都新宿区', '応募方法：応募フォームより'].join('\n');

describe('results pay on top of a wage', () => {
  it.each([
    ['時給1,300円＋成約1件ごとに報奨金3,000円', 3000],
    ['時給1,300円（アポが取れたら1件2,000円を上乗せします）', 2000],
    ['時給1,300円、月のアポ数に応じてボーナスあり', null],
  ])('%s', (line, perUnit) => {
    const pay = readPayChecked(posting(line));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(pay.incentive).toMatchObject({ kind: 'plus', perUnit });
  });
  it.each(['時給1,300円（22時以降は時給250円上乗せ）', '時給1,300円、勤続年数に応じてボーナスあり'])('no results pay: %s', (line) => {
    expect(readPayChecked(posting(line)).incentive.kind).toBe('none');
  });
});
