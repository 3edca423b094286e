// The pay reader on shapes found in public recruit pages and job data (read there, never copied): a form that spaces
// its short labels out (給　与, 基 本 給, 勤 務 地); an allowance's row whose probation amount is the allowance's
// (営業手当：月額20,000円 ※試用期間中は月額10,000円); training pay after a line broken at its particle (研修期間も ⏎
// 日給10,000円) and in the weeks a driver gets the licence (二種免許… 取得期間中は日給9,000円); a sum of items (合計：
// 11,100円), a price (1本300円の有料記事として販売) and a raise (3,000円以上に増額) that are not the pay; pay per piece after
// a comma (1記事につき、2,500円); rewards for savings or ideas (NISA奨励金, 持株会奨励金, アイデア報奨制度) and a company's
// results-priced business (成果報酬で収益をあげる) that are not results pay. Sentences of our own; the whole pages are in
// tests/fixtures/pay/round6 (expected.json).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePay, payRoundTests, readPayChecked } from './pay-helpers';
import { findSections } from '../lib/text/sections';
import { normalize } from '../lib/text/normalize';

const read = readPayChecked;
const base = basePay;
const dir = path.join(import.meta.dirname, 'fixtures/pay/round6');

describe('whole pages of the sixth round (tests/fixtures/pay/round6)', () => payRoundTests(dir));

describe('labels spaced out to a column width', () => {
  it('a spaced label is the heading it spells (給　与, 勤 務 地, 基 本 給, 仕 事 内 容)', () => {
    const kinds = (text: string) => findSections(normalize(text).text).map((s) => s.kind);
    expect(kinds('受付\n給　与\n時給1,150円')).toContain('pay');
    expect(kinds('受付\n勤 務 地 東京都港区')).toContain('conditions');
    expect(kinds('受付\n基 本 給\n月額200,000円')).toContain('pay');
    expect(kinds('受付\n仕 事 内 容\n来客の受付')).toContain('job');
  });
  it('the amount under a spaced pay label is the pay, before another role\'s pay further down', () => {
    expect(base('事務\n給　与\n20万円〜25万円')).toEqual({ unit: 'month', min: 200000, max: 250000 });
    expect(base('施工管理\n基 本 給\n月額210,000円〜\n作業員\n日給11,000円から')).toEqual({ unit: 'month', min: 210000, max: null });
  });
  it('single letters spaced in prose are no heading', () => {
    expect(findSections(normalize('受付\n給 与 の 話 を し ま す').text).some((s) => s.kind === 'pay')).toBe(false);
  });
});

describe('training pay in other shapes', () => {
  it('a sentence broken after the period and its particle goes on to the next line (研修期間も ⏎ 日給10,000円を支給)', () => {
    expect(read('給与\n月給182,000円\n研修期間も\n日給10,000円を支給').training).toMatchObject({ unit: 'day', min: 10000 });
    expect(read('給与\n時給1,200円\n研修期間中は\n時給1,100円').training).toMatchObject({ unit: 'hour', min: 1100 });
  });
  it('the weeks spent getting the licence the job needs are its training (二種免許… 取得期間中は日給8,000円)', () => {
    expect(read('給与\n月給180,000円\n二種免許の取得を会社が支援します。\n取得期間中（約2週間）は、日給8,000円を支給。').training).toMatchObject({ unit: 'day', min: 8000 });
  });
  it('a leave taken (育児休業取得期間中) is no training', () => {
    expect(read('給与\n時給1,200円\n育児休業取得期間中は、月額10,000円の手当を支給').training).toBeNull();
  });
  it('an allowance\'s amount during probation is the allowance\'s, neither training pay nor another pay line', () => {
    const p = read('給与\n基本給：月額177,500円\n外勤手当： 月額20,000円 ※試用期間中は、月額10,000円');
    expect(p.training).toBeNull();
    expect(p.note).toBeNull();
    expect(p.base).toMatchObject({ unit: 'month', min: 177500 });
  });
});

describe('figures that are not the pay', () => {
  it('a sum of items (合計：11,100円) is no wage', () => {
    expect(base('配送\n【単価】\n1件 150円\n【1日の目安】\n60件\n合計：9,000円')).toEqual({ unit: 'piece', min: 150, max: 150 });
    expect(base('事務\n給与\n基本給 200,000円\n資格手当 10,000円\n合計 210,000円')).toEqual({ unit: 'month', min: 200000, max: 200000 });
  });
  it('a price said after the amount (300円の有料記事として販売, 500円で提供) is no wage', () => {
    expect(base('ライター\n給与\n時給1,100円\n記事は1本300円の有料記事として販売します。')).toEqual({ unit: 'hour', min: 1100, max: 1100 });
    expect(base('ライター\n報酬について\n執筆した記事は300円の有料記事として販売します。')).toBeNull();
  });
  it('a raise the pay may reach (3,000円以上に増額, 1,300円に昇給) is no pay range', () => {
    expect(base('受付\n給与\n時給1,200円\n半年後に1,300円に昇給')).toEqual({ unit: 'hour', min: 1200, max: 1200 });
    expect(base('ライター\n報酬について\n報酬を3,000円以上に増額することがあります。')).toBeNull();
  });
  it('an amount per piece after a comma (寄稿1記事につき、2,500円) is paid by the piece', () => {
    const p = read('寄稿ライター\n報酬について\n寄稿1記事につき、2,500円をお支払いします。');
    expect(p.base).toMatchObject({ unit: 'piece', min: 2500 });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 2500 });
  });
});

describe('rewards that are not results pay', () => {
  it('savings and idea rewards among benefits (NISA 奨励金, 持株会奨励金, 企画（アイデア）報奨制度)', () => {
    for (const w of ['NISA 奨励金', '持株会奨励金', '財形奨励金', '企画（アイデア）報奨制度']) {
      expect(read(`事務\n給与：月給22万円\n福利厚生：社会保険完備、${w}`).incentive.kind, w).toBe('none');
    }
  });
  it('a company that earns by results (成果報酬で収益をあげています) does not pay its staff by them', () => {
    expect(read('編集スタッフ\n当社は広告主からの成果報酬で収益をあげています。\n給与：月給22万円').incentive.kind).toBe('none');
    expect(read('営業\n給与：月給22万円＋成果報酬（成約1件につき1万円）').incentive.kind).toBe('plus');
  });
});

describe('the pay system named with no amount', () => {
  it('a 給与 field that names the system and no figure gives the unit alone (月給制（経験・スキルを考慮して決定）, 時給制 ※経験により決定)', () => {
    expect(base('営業\n雇用形態：正社員\n給与：月給制（経験・スキルを考慮して決定いたします）\n賞与：当社規定による')).toEqual({ unit: 'month', min: null, max: null });
    expect(base('受付\n給与\n時給制 ※経験により決定\n勤務地\n東京')).toEqual({ unit: 'hour', min: null, max: null });
  });
  it('a figure anywhere in the pay wins, and a pay word outside a 給与 section is no system (月給の計算)', () => {
    expect(base('受付\n給与\n月給制です\n月給22万円')).toEqual({ unit: 'month', min: 220000, max: 220000 });
    expect(base('経理\n仕事内容\n月給の計算をします\n勤務地\n東京')).toBeNull();
  });
});

describe('counts that are not pay per success, and pay that follows results in other words', () => {
  it('a headcount cell above the pay (募集人数 ⏎ 1名 ⏎ 26〜45万) counts people hired, not successes', () => {
    const p = read('常勤募集\n募集職種\n募集人数\n月給\n看護師\n1名\n26~45万（精勤手当を含む）\n事務\n1名\n19万〜');
    expect(p.base).toMatchObject({ unit: 'month', min: 260000, max: 450000 });
    expect(p.incentive).toMatchObject({ kind: 'none', perUnit: null });
    // One referral on its own line above its fee is still a success counted.
    expect(read('紹介スタッフ\n報酬\n1名紹介につき\n30,000円').incentive).toMatchObject({ kind: 'only', perUnit: 30000 });
  });
  it('a wage that rises as appointments come (アポイントがたくさん獲れるとどんどん時給がUP) is results pay', () => {
    expect(read('テレアポスタッフ\n給与\n時給1,000円～\n「アポイント」がたくさん獲れるとどんどん時給がUPします').incentive.kind).toBe('plus');
    expect(read('受付\n給与\n時給1,100円\n勤務日数が増えると時給がアップします').incentive.kind).toBe('none');
  });
});
