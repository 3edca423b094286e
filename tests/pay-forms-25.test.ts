// A recruit page that introduces several departments, each with a sentence on its work and its pay on the same line
// (…の提案営業。月給25万円〜＋インセンティブ), then the requirements of the one it recruits for: each line's results pay
// is its department's, named by the heading above it. Postings of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const departments = (title: string) =>
  [
    title,
    '当社では、いま次の3つの部署でメンバーを募集しています。',
    '',
    '◆ 法人営業部',
    '地域の工務店やリフォーム会社へ省エネ給湯器の導入をご提案します。月給26万円〜＋インセンティブ（販売台数に応じて）',
    '',
    '◆ 施工管理課',
    '設置工事の日程と職人さんの手配を担当します。月給24万円〜',
    '',
    '◆ お客様サポートセンター',
    'ご利用中のお客様からのお電話を受け、点検日のご予約や操作のご案内をします。こちらからの営業電話はありません。',
    '',
  ].join('\n');
const support = ['■ 募集要項（お客様サポートセンター）', '雇用形態：契約社員', '給与：月給21万円〜23万円', '交通費：全額支給', '勤務地：本社（名古屋市中区）'].join('\n');

describe("a department's results pay on its own description line is that department's", () => {
  it.each([['お客様サポートセンター スタッフ募集｜株式会社ミドリ住設'], ['株式会社ミドリ住設 採用情報']])(
    'the support center recruited (title: %s): its pay is the requirements\' wage, the sales department\'s incentive is not its',
    (title) => {
      const p = readPayChecked(`${departments(title)}${support}`);
      expect(p.base).toMatchObject({ unit: 'month', min: 210000, max: 230000 });
      expect(p.incentive.kind).toBe('none');
    },
  );
  it('the same page recruiting the sales department keeps its incentive', () => {
    const sales = ['■ 募集要項（法人営業部）', '雇用形態：正社員', '給与：月給26万円〜＋インセンティブ', '勤務地：本社（名古屋市中区）'].join('\n');
    const p = readPayChecked(`${departments('法人営業部 メンバー募集｜株式会社ミドリ住設')}${sales}`);
    expect(p.base).toMatchObject({ unit: 'month', min: 260000 });
    expect(p.incentive.kind).toBe('plus');
  });
  it('one job described in a sentence with its pay on the same line keeps the pay and its incentive', () => {
    const p = readPayChecked(
      ['法人向けテレアポスタッフ', '■お仕事', '企業の総務ご担当者へお電話し、オフィス用品の見積もりをご案内します。時給1,300円＋アポ1件につき1,000円', '■勤務地', '大阪市北区'].join('\n'),
    );
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 1000 });
  });
});

describe("other openings of the same owner, however the board words the heading, are those openings' pay", () => {
  const page = (heading: string) =>
    [
      '伝票入力スタッフ（電話対応なし）',
      '株式会社サクラ物流 東京センター',
      '【仕事内容】',
      '届いた納品書の内容をパソコンに入力し、入力した数字を見直すお仕事です。お電話をかけることも受けることもありません。',
      '【給与】',
      '時給1,180円',
      '【勤務地】',
      '東京都江東区',
      '',
      heading,
      '・法人のお客様への出荷のご案内コールスタッフ（在宅可）　時給1,350円＋アポ報酬',
    ].join('\n');
  it.each([['同じ職場の他の求人'], ['同じセンターのお仕事'], ['この店舗のほかの求人'], ['同じ拠点のその他の案件']])('%s', (heading) => {
    const p = readPayChecked(page(heading));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1180, max: 1180 });
    expect(p.incentive.kind).toBe('none');
  });
  it("この職場のお仕事 alone heads the posting's own duties, not another opening", async () => {
    const { normalize } = await import('../lib/text/normalize');
    const { findSections } = await import('../lib/text/sections');
    const text = normalize('受付スタッフ募集\nこの職場のお仕事\n来店されたお客様のご案内\n【給与】\n時給1,150円').text;
    expect(findSections(text).some((s) => s.field === 'elsewhere')).toBe(false);
  });
});

describe('a role named with a long note in brackets is still that role', () => {
  const page = (line: string) =>
    ['伝票入力スタッフ（電話対応なし）', '【仕事内容】', '届いた納品書の内容をパソコンに入力するお仕事です。', '【給与】', '時給1,180円', '【勤務地】', '東京都江東区', '', 'ほかにもこんなスタッフを募集中', line].join('\n');
  it.each([['・テレマーケティングスタッフ（法人のお客様向けのご案内）　時給1,400円〜＋アポ報酬'], ['・受注センタースタッフ（インバウンド・未経験の方も歓迎します）　時給1,300円＋インセンティブ']])('%s', (line) => {
    const p = readPayChecked(page(line));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1180 });
    expect(p.incentive.kind).toBe('none');
  });
});

describe('a cap for one period beside none for another: the stated cap binds', () => {
  const page = (line: string) => `受付スタッフ\n【仕事内容】\n来客のご案内\n【給与】\n時給1,200円\n【交通費】\n${line}`;
  it.each([
    ['1日上限1,000円（月の上限なし）', 'capped', 1000],
    ['月2万円まで（1日あたりの上限はありません）', 'capped', 20000],
    ['全額支給（上限なし）', 'full', null],
    ['実費支給・上限はありません', 'full', null],
  ])('%s → %s', (line, kind, cap) => {
    expect(readPayChecked(page(line)).commute).toMatchObject({ kind, cap });
  });
});
