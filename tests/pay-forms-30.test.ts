// Results-only pay as telecom and membership sales state it (1回線あたり, 会員1名獲得ごとに, 1商談あたり), and the income
// such pay comes to for a count of results (月20件獲得で月収10万円): an example, never the base. Lines of our own,
// inside a small posting of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (pay: string) =>
  ['光回線の販売スタッフ（業務委託）', '仕事内容：家電量販店の特設ブースで、光回線とスマホのセットをご案内します。', `報酬：${pay}`, '勤務地：埼玉県さいたま市', '応募方法：応募フォームより'].join('\n');

describe('pay counted per line, member, sign-up or meeting won', () => {
  it.each([
    ['完全成果報酬。1回線あたり2,000円をお支払いします', 2000],
    ['成果報酬のみ（会員1名獲得ごとに1,500円）', 1500],
    ['1加入につき2,500円（固定給なし）', 2500],
    ['商談のアポが取れたら1商談あたり4,000円', 4000],
  ])('%s', (line, perUnit) => {
    const pay = readPayChecked(posting(line));
    expect(pay.base).toMatchObject({ unit: 'piece', min: perUnit });
    expect(pay.incentive).toMatchObject({ kind: 'only', perUnit });
  });
  it('on top of a wage, the same count is results pay beside it', () => {
    const pay = readPayChecked(posting('時給1,250円＋1回線ごとに1,000円'));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(pay.incentive).toMatchObject({ kind: 'plus', perUnit: 1000 });
  });
});

describe('an income for a count of results is what the pay comes to, not the pay', () => {
  it.each([
    ['完全成果報酬型　1獲得 5,000円\n※月20件獲得で月収10万円', 'piece', 5000, 'only'],
    ['1件4,000円（完全歩合）\n月30件取れれば月収12万円！', 'piece', 4000, 'only'],
    ['歩合制　1台販売につき2万円\n15台売れれば月収30万円', 'piece', 20000, 'only'],
    ['時給1,200円＋成約1件1,000円\n月10件の成約なら月収20万円以上', 'hour', 1200, 'plus'],
  ])('%s', (line, unit, min, kind) => {
    const pay = readPayChecked(posting(line));
    expect(pay.base).toMatchObject({ unit, min });
    expect(pay.incentive.kind).toBe(kind);
  });
  it('a monthly wage stated with its condition stays the wage', () => {
    expect(readPayChecked(posting('月給25万円（月20件以上の場合）')).base).toMatchObject({ unit: 'month', min: 250000 });
  });
});

describe('what an hour or a day of piece work comes to, said roughly after its rate, is not a wage', () => {
  const writer = (pay: string) =>
    ['記事作成ライター（在宅）', '仕事内容：指定のテーマで商品紹介の記事を書きます。', `報酬：${pay}`, '勤務地：在宅', '応募方法：応募フォームより'].join('\n');
  it.each([
    ['1文字1円〜\n（1時間で1,000円程度）', 1],
    ['1文字0.5円〜（慣れると1時間で1,200円くらい）', 0.5],
  ])('%s', (line, min) => {
    const pay = readPayChecked(writer(line));
    expect(pay.base).toMatchObject({ unit: 'piece', min });
    expect(pay.incentive.kind).toBe('only');
  });
  it('said alone, it is the pay', () => {
    expect(readPayChecked(writer('1日で8,000円くらい')).base).toMatchObject({ unit: 'day', min: 8000 });
  });
});

describe('commuting costs refused in polite words', () => {
  const counter = (line: string) =>
    ['受付スタッフ', '仕事内容：ご来店のお客様の受付とご案内をします。', '給与：時給1,200円', `待遇：${line}`, '勤務地：東京都新宿区'].join('\n');
  it.each(['交通費はお支払いできません', '交通費のお支払いはしておりません', '交通費はお出ししていません（近隣の方歓迎）', '交通費：支給しない', '交通費は払えません、ごめんなさい'])('none: %s', (line) => {
    expect(readPayChecked(counter(line)).commute.kind).toBe('none');
  });
  it.each([
    ['ご自宅からの交通費は、全額お支払いします', 'full'],
    ['交通費は月1万円までお支払いします', 'capped'],
    ['交通費は支給しない場合があります（詳しくは面接で）', 'partial'],
  ])('paid: %s', (line, kind) => {
    expect(readPayChecked(counter(line)).commute.kind).toBe(kind);
  });
});

describe('a share of what was sold, said in plain words', () => {
  it('時給1,200円＋売れた分の5%: results pay on top', () => {
    const pay = readPayChecked(posting('時給1,200円＋売れた分の5%'));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1200 });
    expect(pay.incentive.kind).toBe('plus');
  });
  it('売った金額の30%をお支払いします（固定給なし）: results only', () => {
    expect(readPayChecked(posting('売った金額の30%をお支払いします（固定給なし）')).incentive.kind).toBe('only');
  });
});
