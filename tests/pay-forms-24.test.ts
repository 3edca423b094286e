// Freelance boards' pages (a client's task with its 報酬, then the client's other tasks and similar tasks with their own
// pay) and a cost named before a comma (ガソリン代・高速代は、実費を月2万円まで). Postings of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const task = (tail: string) =>
  `【在宅・業務委託】リフォーム無料相談のアポイント獲得｜アポ1件5,000円\n■ 依頼の概要\nリストの工務店様へお電話し、無料相談の日程を取っていただきます。\n■ 報酬\n完全成果報酬\n・相談アポ1件 5,000円\n※稼働時間に対する報酬はありません。\n${tail}`;

describe('other tasks and similar tasks a freelance board lists are those tasks\' pay', () => {
  it.each([
    ['似ている仕事\n・【時給制】通信回線の架電スタッフ（在宅）　時給1,250円'],
    ['この依頼者のほかの仕事\n・【時給制】見積書の入力　時給1,100円'],
    ['この会社の他の求人\n・コールスタッフ（時給制）　時給1,300円'],
    ['似た仕事\n・テレアポ（日給制）　日給9,000円'],
  ])('%s', (tail) => {
    const p = readPayChecked(task(tail));
    expect(p.base).toMatchObject({ unit: 'piece', min: 5000, max: 5000 });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 5000 });
  });
  it('a line of the posting\'s own duties headed その他の仕事 stays the posting\'s (it names no owner)', () => {
    const p = readPayChecked('受付スタッフ募集\n【仕事内容】\n来店されたお客様の受付\nその他の仕事\n・電話応対、書類整理\n【給与】\n時給1,150円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1150 });
  });
});

describe('a cost named before a comma: what follows the comma states it', () => {
  const page = (line: string) => `ルート営業スタッフ\n【仕事内容】工場への訪問\n【給与】月給25万円\n${line}`;
  it.each([
    ['・訪問にかかるガソリン代・高速代は、実費を月2万円まで別途お支払いします', 'capped', 20000],
    ['交通費は、全額支給します。', 'full', null],
    ['交通費については、支給しておりません。', 'none', null],
    ['交通費も、規定により支給します。', 'partial', null],
  ])('%s → %s', (line, kind, cap) => {
    expect(readPayChecked(page(line)).commute).toMatchObject({ kind, cap });
  });
});

describe('a contractor\'s rates under 単価: a row that names an hour or a day is the wage', () => {
  const page = (pay: string) => `【在宅・業務委託】保険の更新案内コール\n■仕事内容\n更新時期のお客様へお電話でご案内します。\n${pay}`;
  it.each([
    ['■単価\nログイン1時間あたり 1,300円', 'hour', 1300],
    ['【単価】\n時給1,300円', 'hour', 1300],
    ['単価：1時間あたり 1,250円', 'hour', 1250],
    ['【単価】\n1日 8,000円', 'day', 8000],
  ])('%s → %s %s', (pay, unit, min) => {
    expect(readPayChecked(page(pay)).base).toMatchObject({ unit, min, max: min });
  });
  it('an hourly rate with a fee per sign-up on top is the base plus the fee', () => {
    const p = readPayChecked(page('■単価\nログイン1時間あたり 1,300円\n＋獲得1件につき 1,500円'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 1500 });
  });
  it('a rate per piece under 単価 stays a piece\'s (1件 300円, 文字単価0.8円)', () => {
    expect(readPayChecked(page('【単価】\n1件 300円')).base).toMatchObject({ unit: 'piece', min: 300 });
    expect(readPayChecked(page('【単価】\n文字単価0.8円')).base).toMatchObject({ unit: 'piece', min: 0.8 });
  });
});
