// The pay reader on sentences of our own: every form the issue lists, the nonsense that is not pay, and the
// rule that every fact's words are found at its offsets in the original input.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPay } from '../lib/pay/read-pay';
import { findAmounts } from '../lib/pay/amounts';
import { normalize } from '../lib/text/normalize';
import type { PayFacts } from '../lib/core/types';

const read = (text: string) => {
  const pay = readPay(text);
  expectOffsets(text, pay);
  return pay;
};

/** The facts the later pay tests compare, as short arrays and kinds: each test names the ones it checks. */
const payFacts = (text: string) => {
  const p = readPay(text);
  return {
    base: p.base && [p.base.unit, p.base.min, p.base.max],
    training: p.training && [p.training.min, p.training.months],
    incentive: p.incentive.kind,
    perUnit: p.incentive.perUnit,
    guaranteed: p.incentive.guaranteed,
  };
};
type PayFact = keyof ReturnType<typeof payFacts>;
const factsOf = (...keys: PayFact[]) => (text: string) => {
  const all = payFacts(text);
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
};

/** input.slice(start, end) === text for every fact that carries words. */
function expectOffsets(input: string, pay: PayFacts) {
  const facts = [pay.base, pay.training, pay.fixedOvertime, pay.incentive, pay.commute, ...pay.extras];
  for (const f of facts) {
    if (!f || f.text === undefined) continue;
    expect(input.slice(f.start, f.end), JSON.stringify(f)).toBe(f.text);
  }
}

const base = (text: string) => {
  const b = read(text).base;
  return b && { unit: b.unit, min: b.min, max: b.max };
};

describe('amounts', () => {
  const amounts = (s: string) => findAmounts(normalize(s).text).filter((a) => a.money).map((a) => [a.min, a.max]);
  it('reads figures with commas, 万, 千, decimals and full-width digits', () => {
    expect(amounts('1,250円')).toEqual([[1250, 1250]]);
    expect(amounts('２８万円')).toEqual([[280000, 280000]]);
    expect(amounts('18.5万円')).toEqual([[185000, 185000]]);
    expect(amounts('21万8,000円')).toEqual([[218000, 218000]]);
    expect(amounts('2万5千円')).toEqual([[25000, 25000]]);
    expect(amounts('８千円')).toEqual([[8000, 8000]]);
    expect(amounts('￥1,180')).toEqual([[1180, 1180]]);
  });
  it('never reads a schedule after a slash as the unit (時給1,350円〜／週3日〜OK is not a week\'s pay)', () => {
    expect(findAmounts(normalize('1,350円〜／週3日〜OK').text)[0]).toMatchObject({ min: 1350, max: null, per: null });
    expect(read('受電スタッフ\n時給1,350円〜／週3日〜OK\n【仕事内容】電話対応').base).toMatchObject({ unit: 'hour', min: 1350, text: '時給1,350円〜' });
    expect(findAmounts(normalize('1,350円/時').text)[0]).toMatchObject({ per: 'hour' });
  });
  it('keeps the fraction of a piece rate under a yen (1文字0.8円), and whole yen for larger amounts', () => {
    expect(amounts('0.8円〜1.5円')).toEqual([[0.8, 1.5]]);
    expect(amounts('18.7万円')).toEqual([[187000, 187000]]);
    expect(read('Webライター\n報酬：文字単価 0.6円〜1.2円').base).toMatchObject({ unit: 'piece', min: 0.6, max: 1.2 });
  });
  it('reads 円 on a line of its own after the figure, as pages converted to text put it', () => {
    expect(findAmounts('2500\n円〜').map((a) => [a.min, a.max, a.money])).toEqual([[2500, null, true]]);
    expect(base('コールセンター\n給与\n時給\n1,300\n円\n勤務地')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
    expect(read('在宅テレアポ（業務委託）\n【報酬】\n1アポ\n3000\n円〜').base).toMatchObject({ unit: 'piece', min: 3000, max: null });
    // A figure with nothing after it stays a bare number.
    expect(findAmounts('定員\n20\n名').map((a) => a.money)).toEqual([false]);
  });
  it('reads amounts in kanji numerals when they end in 円, and ranges of them', () => {
    expect(findAmounts('月給二十二万円').map((a) => [a.min, a.max])).toEqual([[220000, 220000]]);
    expect(findAmounts('時給千二百円〜千五百円').map((a) => [a.min, a.max])).toEqual([[1200, 1500]]);
    expect(findAmounts('日給一万五千円、賞与あり').map((a) => a.min)).toEqual([15000]);
    // Not an amount: 数万円 (a few), 十分 (no 円).
    expect(findAmounts('数万円の報酬、十分な研修')).toEqual([]);
    expect(base('コールセンター\n【給与】月給二十二万円')).toEqual({ unit: 'month', min: 220000, max: 220000 });
  });
  it('reads ranges with 〜 ～ - ~ and から, open ends with 〜 and 以上', () => {
    expect(amounts('1,050円〜1,250円')).toEqual([[1050, 1250]]);
    expect(amounts('1,050円～1,250円')).toEqual([[1050, 1250]]);
    expect(amounts('1050-1250円')).toEqual([[1050, 1250]]);
    expect(amounts('1050~1250円')).toEqual([[1050, 1250]]);
    expect(amounts('18～24万円')).toEqual([[180000, 240000]]);
    expect(amounts('24万円以上')).toEqual([[240000, null]]);
    expect(amounts('24万円〜')).toEqual([[240000, null]]);
    expect(amounts('1,100円から')).toEqual([[1100, null]]);
  });
  it('never reads a telephone number, a time or a date as an amount', () => {
    expect(amounts('お問い合わせ 045-987-6543円')).toEqual([]);
    expect(amounts('フリーダイヤル0120-456-789')).toEqual([]);
    expect(amounts('9:00〜17:30、4/1入社')).toEqual([]);
  });
});

describe('base pay', () => {
  it('reads each unit', () => {
    expect(base('時給1,180円')).toEqual({ unit: 'hour', min: 1180, max: 1180 });
    expect(base('日給9,500円〜1万2,000円')).toEqual({ unit: 'day', min: 9500, max: 12000 });
    expect(base('月給21.5万円以上')).toEqual({ unit: 'month', min: 215000, max: null });
    expect(base('月収28万円〜')).toEqual({ unit: 'month', min: 280000, max: null });
    expect(base('年収420万〜560万円')).toEqual({ unit: 'year', min: 4200000, max: 5600000 });
    expect(base('年俸制 380万円')).toEqual({ unit: 'year', min: 3800000, max: 3800000 });
    expect(base('時給：１，２５０円～１，４００円')).toEqual({ unit: 'hour', min: 1250, max: 1400 });
  });
  it('infers the unit of a figure under a 給与 heading from its size or its suffix', () => {
    expect(base('営業事務\n【給与】\n195,000円〜260,000円')).toEqual({ unit: 'month', min: 195000, max: 260000 });
    expect(base('受付\n■給与\n1,150円/時')).toEqual({ unit: 'hour', min: 1150, max: 1150 });
    expect(base('受付\n■給与\n正社員：205,000〜')).toEqual({ unit: 'month', min: 205000, max: null });
    expect(base('給与は、月182,000円です。')).toEqual({ unit: 'month', min: 182000, max: 182000 });
    // A table row that names pay first, with its unit word after a wide space.
    expect(base('地域おこし協力隊（観光）\n■活動内容　観光案内所の運営\n■報酬　月額198,000円（賞与なし）')).toEqual({ unit: 'month', min: 198000, max: 198000 });
    expect(base('図書館スタッフ\n賃金　　　時給 1,120円')).toEqual({ unit: 'hour', min: 1120, max: 1120 });
  });
  it('takes the 給与 section before the title, and the first stated line, noting the others', () => {
    const p = read('受付スタッフ【月給30万円も可能】\n【給与】\n正社員：月給23万円\n契約社員：時給1,300円');
    expect(p.base).toMatchObject({ unit: 'month', min: 230000, max: 230000, text: '月給23万円' });
    expect(p.note).toContain('時給1,300円');
  });
  it('takes the pay line whose role the title names, when the lines are labelled with roles', () => {
    const sv = read('コールセンターのSV募集\n【給与】\n(1)オペレーター 時給1,250円〜\n(2)SV 時給1,550円〜');
    expect(sv.base).toMatchObject({ unit: 'hour', min: 1550, max: null });
    expect(sv.note).toContain('時給1,250円〜');
    expect(base('テレオペ（正社員）\n【給与】\nアルバイト　時給1,180円\n正社員　月給21万円')).toEqual({ unit: 'month', min: 210000, max: 210000 });
    expect(base('【正社員】営業事務\n【給与】\n契約社員：月給20万円\n正社員：月給23万円')).toEqual({ unit: 'month', min: 230000, max: 230000 });
    // The title names both roles (社員 for 正社員): the first stated line stays.
    expect(base('受付社員・パート募集\n【給与】\n■正社員：月給19万円〜\n■パート：時給1,000円〜')).toEqual({ unit: 'month', min: 190000, max: null });
    // Lines without role labels: the first stated line.
    expect(base('SV候補\n【給与】\n時給1,300円\n時給1,600円')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
  });
  it('does not count a premium rate as another pay line', () => {
    const p = read('【給与】\n時給1,200円（22時以降は時給1,500円）');
    expect(p.base).toMatchObject({ min: 1200, max: 1200 });
    expect(p.note).toBeNull();
  });
  it('skips examples: 月収例, 年収例, 例:, averages, conversions, 円台', () => {
    expect(base('受付\n【給与】\n月収例：32万円（入社2年目）\n月給22万円〜')).toEqual({ unit: 'month', min: 220000, max: null });
    expect(base('受付\n【年収例】\n480万円／入社3年目\n【給与】\n月給25万円')).toEqual({ unit: 'month', min: 250000, max: 250000 });
    expect(base('例：時給1,500円×8時間×20日')).toBeNull();
    expect(base('平均月収 31万円')).toBeNull();
    expect(base('月給20万円（時給換算1,250円）')).toEqual({ unit: 'month', min: 200000, max: 200000 });
    expect(base('時給1300円台の求人が増えています')).toBeNull();
  });
  it('reads an income for a working pattern as an example, not the wage (週5日勤務で月収…, 月収…（1日8h×20日の場合）)', () => {
    expect(base('コールセンター\n【給与】週5日勤務で月収21万円以上（時給1,320円）')).toEqual({ unit: 'hour', min: 1320, max: 1320 });
    const p = read('受付\n【給与】\n月収19万8,000円（1日7.5h×20日勤務の場合）\n時給1,320円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1320 });
    expect(p.note).toBeNull();
    expect(base('受付\n【給与】\n月収22万円（時給1,320円×8h×21日）')).toEqual({ unit: 'hour', min: 1320, max: 1320 });
    // A wage computed from another is still the wage; a year's pay adds up months, not a working pattern.
    expect(base('警備\n【給与】\n日給 10,560円（時給1,320円×8時間）')).toEqual({ unit: 'day', min: 10560, max: 10560 });
    expect(base('営業\n【給与】\n年収 380万円〜（月給 26万円×12ヶ月＋賞与）')).toEqual({ unit: 'year', min: 3800000, max: null });
  });
  it("never reads a board's suggested postings (こんな求人もおすすめ, 近隣の求人, 他の求人を見る) as this job's pay", () => {
    expect(base('テレアポ\nこんな求人もおすすめ\n・営業事務　月給21万円\n・受付　時給1,080円')).toBeNull();
    const p = read('テレアポ\n【給与】時給1,230円\n\n近隣の求人\nコールセンター 時給1,420円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1230 });
    expect(p.note).toBeNull();
    expect(read('テレアポ\n【給与】時給1,230円\n\n他の求人を見る\nコールセンター 時給1,420円').note).toBeNull();
  });
  it('leaves out what the worker pays (制服代, 駐車場代, 食費): never another pay line', () => {
    const p = read('受付\n【給与】\n時給1,180円\n駐車場代：月3,000円（自己負担）\n制服代 2,000円\n昼食 1食250円');
    expect(p.base).toMatchObject({ min: 1180 });
    expect(p.note).toBeNull();
    expect(base('20代の方が活躍 月給25万円')).toEqual({ unit: 'month', min: 250000, max: 250000 });
  });
  it('reads the pay word joined to its amount by で in prose (お給料は月給制で、22万円から)', () => {
    expect(base('採用情報\nお給料は月給制で、23万円からスタートします。')).toEqual({ unit: 'month', min: 230000, max: null });
    expect(base('採用情報\n日給で1万2,000円をお支払いします。')).toEqual({ unit: 'day', min: 12000, max: 12000 });
    // An aim is not the pay.
    expect(base('採用情報\n年収で600万円を目指せます。')).toBeNull();
  });
  it('leaves out staff meals and dormitory rent (まかない1食300円, 寮完備（月2万円）), but not a wage beside a dormitory', () => {
    const p = read('ホール\n【給与】\n時給1,180円\nまかない1食 320円\n賄い：一食250円（給与から天引き）');
    expect(p.base).toMatchObject({ min: 1180 });
    expect(p.note).toBeNull();
    expect(read('製造スタッフ\n【待遇】\n寮完備（月2万円）').base).toBeNull();
    expect(read('製造スタッフ\n【待遇】\n社宅あり（月額1万5,000円）').base).toBeNull();
    expect(base('製造スタッフ\n【給与】\n寮付きで月給25万円')).toEqual({ unit: 'month', min: 250000, max: 250000 });
  });
  it('leaves allowances out: 手当 are not base pay, a breakdown gives the basic part', () => {
    expect(base('受付\n【給与】\n皆勤手当8,000円\n月給20万円')).toEqual({ unit: 'month', min: 200000, max: 200000 });
    expect(base('月給210,500円（基本給205,000円 + 住宅手当5,500円）')).toEqual({ unit: 'month', min: 205000, max: 205000 });
  });
  it('never reads nonsense or company figures as pay', () => {
    expect(read('時給0円').base).toBeNull();
    expect(read('時給100万円').base).toBeNull();
    expect(read('受付\n【給与】\nTEL 03-5555-1234円').base).toBeNull();
    expect(read('受付\n【会社概要】\n資本金 5,000万円\n売上高 32億円\n従業員数 120名').base).toBeNull();
    expect(read('資本金：1,000万円 年商：3億円').base).toBeNull();
    expect(read('電話受付代行：月額30,000円〜（1席あたり）').base).toBeNull();
  });
  it('gives nothing for a text without pay, or for an article', () => {
    expect(readPay('オペレーターの一日を紹介します。時給1,300円の求人が多いそうです。', { posting: false })).toEqual({
      base: null, training: null, incentive: { kind: 'none', perUnit: null, guaranteed: null }, fixedOvertime: null,
      commute: { kind: 'unstated', cap: null }, extras: [], note: null,
    });
    expect(read('受付スタッフ募集\n明るい職場です。').base).toBeNull();
  });
});

describe('base pay: upper bounds and the forms job boards print', () => {
  it('an amount that opens its line with its unit after it, outside a 給与 section; not a cost in a benefit', () => {
    expect(base('事務スタッフ\n【待遇】\n22万円〜25万円/月（経験による）')).toEqual({ unit: 'month', min: 220000, max: 250000 });
    expect(base('事務スタッフ\n【福利厚生】\n寮あり（2万円/月）')).toBeNull();
  });
  it('基本月額, and 月 after a particle (給与は月22万円から)', () => {
    expect(base('事務\n基本月額 180,000円')).toEqual({ unit: 'month', min: 180000, max: 180000 });
    expect(base('事務\n給与は月22万円からです。')).toEqual({ unit: 'month', min: 220000, max: null });
  });
  it('the ordinary rate named before its amount, and 1時間 as the unit', () => {
    expect(base('コールスタッフ\n【給与】\n時給：平日1,200円／土日祝1,300円')).toEqual({ unit: 'hour', min: 1200, max: 1200 });
    expect(base('受付\nお給料：1時間1,300円')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
    // 平日, 毎日 end in 日 without being a day's pay; 11時間 is not 1時間.
    expect(base('受付\n【給与】\n毎日9,000円の日払い可')?.unit).not.toBe('hour');
    expect(base('倉庫\n実働11時間12,000円')).toBeNull();
  });
  it('what the pay includes, said before its amount, keeps it the base pay', () => {
    expect(base('コールスタッフ\n【給与】\n月給（固定残業代含む）25万円〜')).toEqual({ unit: 'month', min: 250000, max: null });
    expect(base('事務\n【給与】\n月給（一律手当含む）22万円〜28万円')).toEqual({ unit: 'month', min: 220000, max: 280000 });
    expect(base('営業\n給与：月給（基本給＋諸手当）230,000円以上')).toEqual({ unit: 'month', min: 230000, max: null });
    expect(base('営業\n【給与】\n基本給＋各種手当　月給24万円〜')).toEqual({ unit: 'month', min: 240000, max: null });
    // An allowance named before its own amount is still not the base pay.
    expect(base('事務\n【給与】\n月給20万円\n住宅手当　月2万円')).toEqual({ unit: 'month', min: 200000, max: 200000 });
  });
  it('reads a pay stated only by its upper end (〜, 最大, 最高) as max with no min', () => {
    expect(base('コール受付\n【給与】\n時給〜1,650円（経験により決定）')).toEqual({ unit: 'hour', min: null, max: 1650 });
    expect(base('日給〜13,500円')).toEqual({ unit: 'day', min: null, max: 13500 });
    expect(base('月給 〜38万円')).toEqual({ unit: 'month', min: null, max: 380000 });
    expect(base('時給最大1,700円')).toEqual({ unit: 'hour', min: null, max: 1700 });
    expect(base('★最高時給1,900円★ 受付スタッフ')).toEqual({ unit: 'hour', min: null, max: 1900 });
    expect(base('受付\n■給与\n〜1,450円/時')).toEqual({ unit: 'hour', min: null, max: 1450 });
    const p = read('受付\n【給与】\n時給〜1,650円');
    expect(p.base?.text).toBe('時給〜1,650円');
  });
  it('reads the upper end written after a single figure as the range top', () => {
    expect(base('時給1,250円〜最大1,550円')).toEqual({ unit: 'hour', min: 1250, max: 1550 });
    expect(base('時給1,250円〜 最高1,550円')).toEqual({ unit: 'hour', min: 1250, max: 1550 });
    const p = read('受付\n【給与】\n時給1,250円（最大1,550円）\n交通費支給');
    expect(p.base).toMatchObject({ min: 1250, max: 1550, text: '時給1,250円（最大1,550円）' });
    // An upper end that is only a possibility stays out of the range.
    expect(base('月給23万円（最大35万円も可能）')).toEqual({ unit: 'month', min: 230000, max: 230000 });
    // A 最大 bonus on top of the base is not the base's upper end.
    expect(base('月給21万円＋インセンティブ最大8万円')).toEqual({ unit: 'month', min: 210000, max: 210000 });
  });
  it('reads 週給 as pay by the week, never as a day or month by its size', () => {
    expect(base('受付\n【給与】\n週給3万6,000円〜')).toEqual({ unit: 'week', min: 36000, max: null });
    expect(base('週給 52,000円（週5日勤務）')).toEqual({ unit: 'week', min: 52000, max: 52000 });
    expect(base('【給与】\n日給9,000円\n※週払いOK')).toEqual({ unit: 'day', min: 9000, max: 9000 });
  });
  it('does not take the next item for a rate per unit (円 / 月給…, 円/日払い)', () => {
    const p = read('【給与】\n年収 330万円～460万円 / 月給 23万円～');
    expect(p.base).toMatchObject({ unit: 'year', min: 3_300_000, max: 4_600_000, text: '年収 330万円～460万円' });
    expect(p.note).toContain('月給 23万円～');
    expect(read('時給1,150円/日払いOK').base).toMatchObject({ unit: 'hour', min: 1150, text: '時給1,150円' });
    expect(read('時給1,150円/日払いOK').extras.map((e) => e.id)).toEqual(['dailyPay']);
    expect(base('【給与】\n1,280円/時')).toEqual({ unit: 'hour', min: 1280, max: 1280 });
    expect(base('受付\n【給与】\n1,280円/hour')).toEqual({ unit: 'hour', min: 1280, max: 1280 });
  });
  it('reads the layouts of job boards: 円～, spaces around 〜, ◆ headings, a unit word on its own line, 日給月給', () => {
    expect(base('オペレーター 時給1250円～ 週3日からOK')).toEqual({ unit: 'hour', min: 1250, max: null });
    expect(base('時給 1,350円 ～ 1,550円')).toEqual({ unit: 'hour', min: 1350, max: 1550 });
    expect(base('時給 1,350 円 〜 1,550 円')).toEqual({ unit: 'hour', min: 1350, max: 1550 });
    expect(base('受付\n◆給与\n1,180円〜1,420円')).toEqual({ unit: 'hour', min: 1180, max: 1420 });
    expect(base('受付\n給与\n時給\n1,240円〜')).toEqual({ unit: 'hour', min: 1240, max: null });
    expect(base('【給与】\n日給月給制 月給21万5,000円〜')).toEqual({ unit: 'month', min: 215000, max: null });
    expect(base('【給与】\n年収 380万円〜520万円（経験・能力を考慮）')).toEqual({ unit: 'year', min: 3_800_000, max: 5_200_000 });
    expect(base('【給与】\n月給24万円〜\n★月収例 31万円（入社2年目）')).toEqual({ unit: 'month', min: 240000, max: null });
  });
  it('reads the pay words of municipal ads (報償費, 月額報酬, 【給与等】), not their expenses (活動費)', () => {
    expect(base('地域おこし協力隊（農業）\n【活動内容】果樹園の手伝い\n【報償費】月額17万2千円')).toEqual({ unit: 'month', min: 172000, max: 172000 });
    expect(base('地域おこし協力隊\n【待遇】\n報償費 月額172,000円')).toEqual({ unit: 'month', min: 172000, max: 172000 });
    expect(base('会計年度任用職員（窓口）\n■月額報酬　193,000円')).toEqual({ unit: 'month', min: 193000, max: 193000 });
    expect(base('会計年度任用職員（窓口）\n【給与等】\n月額 193,000円')).toEqual({ unit: 'month', min: 193000, max: 193000 });
    expect(base('地域おこし協力隊\n活動費\n月額 200,000円')).toBeNull();
    // Under a heading that names something else than pay, an amount is not another pay line.
    expect(read('地域おこし協力隊\n【報償費】\n月額17万円\n【活動費】\n月額 200,000円を上限に町が負担').note).toBeNull();
    expect(base('受付\n【給与・手当】\n月給25万円')).toEqual({ unit: 'month', min: 250000, max: 250000 });
  });
  it('reads the pay when commuting costs are said to be inside it', () => {
    expect(base('交通費込みで時給1,320円')).toEqual({ unit: 'hour', min: 1320, max: 1320 });
  });
});

describe('training pay', () => {
  it('reads a different pay for the training or trial period, with its length', () => {
    const p = read('【給与】\n時給1,300円〜1,500円（研修期間2ヶ月は時給1,200円）');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1200, max: 1200, months: 2, text: '研修期間2ヶ月は時給1,200円' });
    expect(read('【給与】\n月給22万円\n試用期間（3か月）中は月給20万円').training).toMatchObject({ unit: 'month', min: 200000, months: 3 });
    expect(read('受付\n賃金　時給 1,300円\n試用期間　あり（3ヶ月）　期間中の時給 1,250円').training).toMatchObject({ unit: 'hour', min: 1250, months: 3 });
    expect(read('【給与】\n180,000〜240,000円（研修中は170,000円〜）').training).toMatchObject({ unit: 'month', min: 170000, max: null, months: null });
  });
  it('takes the base unit when only the amount is given, and reads a deduction from the base', () => {
    expect(read('時給1,250円（研修中1,150円）').training).toMatchObject({ unit: 'hour', min: 1150 });
    expect(read('月給24万円〜28万円\n試用期間中は月給-2万円').training).toMatchObject({ unit: 'month', min: 220000, max: 260000 });
  });
  it('reads a training heading with its value on the next line, and the first weeks or months named without 研修', () => {
    expect(read('受付\n【給与】\n時給1,320円\n【研修期間】\n1ヶ月（時給1,220円）').training).toMatchObject({ unit: 'hour', min: 1220, months: 1 });
    expect(read('受付\n【給与】\n時給1,320円\n※最初の1ヶ月は時給1,220円').training).toMatchObject({ unit: 'hour', min: 1220, months: 1 });
    expect(read('受付\n【給与】\n時給1,320円\n入社後2ヶ月間は時給1,270円').training).toMatchObject({ unit: 'hour', min: 1270, months: 2 });
    expect(read('受付\n【給与】\n時給1,320円\n入社後3ヶ月は先輩に同行します').training).toBeNull();
    expect(read('受付\n【研修】\n充実の研修制度\n【給与】\n時給1,320円').training).toBeNull();
  });
  it('reads an amount in 円 followed by a slash and a figure (1,200円／1〜2ヶ月) as money, not a date', () => {
    expect(read('受付\n【給与】\n時給1,320円（研修期間中は時給1,220円／1〜2ヶ月）').training).toMatchObject({ min: 1220, months: 1 });
  });
  it('reads the period given in brackets after あり, as a heading, as an allowance or as the time until one works alone', () => {
    const tr = (text: string) => {
      const p = read(text).training;
      return p && { unit: p.unit, min: p.min, months: p.months };
    };
    expect(tr('コールセンター\n【給与】時給1,400円\n試用期間あり（3ヶ月／時給1,300円）')).toEqual({ unit: 'hour', min: 1300, months: 3 });
    // A length in weeks is in months too (30 days a month, to a tenth).
    expect(tr('コールセンター\n【給与】時給1,400円\n【研修】2週間（時給1,300円）')).toEqual({ unit: 'hour', min: 1300, months: 0.5 });
    expect(tr('コールセンター\n【給与】時給1,400円\n研修手当 1日8,000円')).toEqual({ unit: 'day', min: 8000, months: null });
    expect(tr('コールセンター\n【給与】時給1,400円\nデビューまでは時給1,300円')).toEqual({ unit: 'hour', min: 1300, months: null });
    // A perk with its length, or the same terms, is no training pay.
    expect(tr('コールセンター\n【給与】時給1,400円\n研修あり（2週間）交通費500円')).toBeNull();
    expect(tr('コールセンター\n【給与】時給1,400円\n試用期間あり（3ヶ月、条件同じ）')).toBeNull();
  });
  it('is null when the training pay is the same, or the words are about after training or a perk', () => {
    expect(read('時給1,250円（研修期間中も同額）').training).toBeNull();
    expect(read('研修期間あり、時給1,250円').training).toBeNull();
    expect(read('時給1,250円、研修後は時給1,300円').training).toBeNull();
  });
});

describe('incentive', () => {
  it('plus: base and results pay, with yen per success', () => {
    const p = read('【給与】\n時給1,250円＋インセンティブ（成約1件あたり2,000円）');
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 2000, text: 'インセンティブ' });
    expect(read('月給20万円＋歩合（1台につき8,000円〜15,000円）').incentive).toMatchObject({ kind: 'plus', perUnit: 8000 });
    expect(read('月給19万円、報奨金制度あり').incentive.kind).toBe('plus');
  });
  it('only: no base pay, piece pay with the per-success amount and the guarantee', () => {
    const p = read('テレアポ\n【報酬】\n完全歩合制\nアポ1件3,500円\n最低保証：時給800円');
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 3500, guaranteed: 800 });
    expect(p.base).toMatchObject({ unit: 'piece', min: 3500, max: 3500 });
    expect(read('業務委託・出来高制（配布1部あたりの単価による）').base).toMatchObject({ unit: 'piece', min: null, max: null });
    expect(read('テレアポ\n【報酬】\n4,000円〜/件').incentive).toMatchObject({ kind: 'only', perUnit: 4000 });
  });
  it('only: a pay field that names results pay first, with no base pay anywhere', () => {
    const p = read('訪問販売スタッフ（業務委託）\n【報酬】\n歩合制：売上の30〜50％をお支払いします');
    expect(p.incentive).toMatchObject({ kind: 'only', text: '歩合' });
    expect(p.base).toMatchObject({ unit: 'piece', min: null, max: null });
    expect(read('保険の営業パートナー\n雇用形態：業務委託\n報酬：コミッション制').incentive.kind).toBe('only');
    // A base pay named anywhere, even without a figure we read, or results pay that is not the field's first word.
    expect(read('営業\n【報酬】\n歩合制（固定給あり、金額は面談で）').incentive.kind).toBe('plus');
    expect(read('営業\n【給与】\n経験を考慮して決定。歩合制あり').incentive.kind).toBe('plus');
  });
  it('only: a base or a guarantee said not to exist is no base pay (最低保証なし, 固定給・最低保証はありません)', () => {
    expect(read('訪問営業（業務委託）\n報酬：売上の15%〜25%（最低保証なし）').incentive.kind).toBe('only');
    expect(read('保険の営業パートナー\n【報酬】歩合制（手数料の40%）\n※固定給・最低保証はありません').incentive.kind).toBe('only');
    // A guarantee that exists stays a base named without a figure we read.
    expect(read('保険の営業パートナー\n【報酬】歩合制（手数料の40%）\n※最低保証：月12万円').incentive).toMatchObject({ kind: 'plus', guaranteed: 120000 });
  });
  it('only: pay that follows results with nothing named as the thing paid (成果に応じてお支払い, 報酬は固定ではなく)', () => {
    expect(read('ポスティング営業（業務委託）\n【報酬】\n業務委託のため、成果に応じてお支払いします').incentive.kind).toBe('only');
    expect(read('法人営業パートナー\n【報酬】\n報酬は固定ではなく、成果に連動します').incentive.kind).toBe('only');
    // An incentive paid by results is on top of a wage; experience sets a wage, it is not results pay.
    expect(read('コールスタッフ\n【給与】\n時給1,200円\nインセンティブは成果に応じて支給します').incentive.kind).toBe('plus');
    expect(read('事務\n【給与】\n時給1,100円〜1,300円\n※経験・実績に応じて優遇').incentive.kind).toBe('none');
  });
  it('only: a share after what each success is (契約1件につき売上の20%), and a fixed pay of 0 yen (固定給 0円＋歩合)', () => {
    expect(read('リフォーム営業（業務委託）\n【報酬】\n契約1件につき契約金額の15%').incentive.kind).toBe('only');
    expect(read('不動産営業\n【給与】\n固定給 0円＋歩合').incentive.kind).toBe('only');
    expect(read('不動産営業\n【給与】\n基本給：なし（歩合のみ）').incentive.kind).toBe('only');
  });
  it('piece pay in a pay field: a share of sales, or so much per item sold, counted or handed out', () => {
    expect(read('保険の代理店スタッフ（業務委託）\n【報酬】\n売上の50%をお支払いします').incentive.kind).toBe('only');
    expect(read('訪問販売スタッフ\n【給与】\n1件成約で5,000円').base).toMatchObject({ unit: 'piece', min: 5000 });
    expect(read('浄水器の販売員\n【報酬】\n1台販売ごとに30,000円').incentive).toMatchObject({ kind: 'only', perUnit: 30000 });
    expect(read('ポスティングスタッフ\n【報酬】\n1枚3円〜').base).toMatchObject({ unit: 'piece', min: 3 });
    // On top of a wage it is incentive pay; outside a pay field a price per item is not pay.
    expect(read('営業\n【給与】\n時給1,200円＋1件成約で5,000円').incentive).toMatchObject({ kind: 'plus', perUnit: 5000 });
    expect(read('印刷会社の事務\n【仕事内容】\nチラシは1枚3円から承っています。').base).toBeNull();
  });
  it('results-only pay in other words, and per-item amounts written as a product or an equation', () => {
    expect(read('営業パートナー\n【報酬】\n完全成果型報酬').incentive.kind).toBe('only');
    expect(read('営業代行（業務委託）\n報酬は成果に応じてお支払いします。').incentive.kind).toBe('only');
    expect(read('在宅ライター\n【報酬】\n出来高払い　1記事1,000円〜').base).toMatchObject({ unit: 'piece', min: 1000 });
    expect(read('テレアポ（業務委託）\n【報酬】\nアポ獲得数 × 3,000円').base).toMatchObject({ unit: 'piece', min: 3000 });
    expect(read('テレアポ（業務委託）\n【報酬】\n成約1件＝5,000円').base).toMatchObject({ unit: 'piece', min: 5000 });
    // With a wage, results on top are incentive pay.
    expect(read('営業\n【給与】月給22万円\n報酬は成果に応じて別途加算').incentive.kind).toBe('plus');
  });
  it('results-only pay named as a system (完全成果制, 完全実績制) or as following sales (報酬は売上に連動, 報酬は成果次第)', () => {
    expect(read('訪問営業（業務委託）\n【報酬】\n完全成果制です。').incentive.kind).toBe('only');
    expect(read('保険の営業パートナー\n報酬：完全実績制（契約額の30%）').incentive.kind).toBe('only');
    expect(read('法人営業代行（業務委託）\n報酬は売上に連動してお支払いします。').incentive.kind).toBe('only');
    expect(read('紹介営業（業務委託）\n報酬は成果次第で青天井です。').incentive.kind).toBe('only');
    // A wage with results on top stays plus; a bonus by company results is not the job's pay.
    expect(read('営業\n【給与】月給24万円\n報酬は成果次第で上乗せします').incentive.kind).toBe('plus');
    expect(read('事務スタッフ\n【給与】月給21万円\n賞与は会社の業績に連動します').incentive.kind).toBe('none');
  });
  it('a rate per piece below one yen is kept as written (1枚2.5円), not rounded', () => {
    expect(read('ポスティングスタッフ\n【報酬】\n1枚2.5円〜').base).toMatchObject({ unit: 'piece', min: 2.5 });
    expect(read('ポスティングスタッフ\n【報酬】\n1部あたり3.5円').incentive).toMatchObject({ kind: 'only', perUnit: 3.5 });
  });
  it('a rate per success written after its amount (/アポ, /1件) or as a unit price (単価), and an extra per contract', () => {
    expect(read('アポインター（在宅・業務委託）\n【報酬】\n3,500円／アポ').base).toMatchObject({ unit: 'piece', min: 3500 });
    expect(read('資料請求の電話（業務委託）\n報酬：2000円/1件').incentive).toMatchObject({ kind: 'only', perUnit: 2000 });
    expect(read('オンライン商談の獲得（業務委託）\n報酬：アポ単価4,000円').incentive).toMatchObject({ kind: 'only', perUnit: 4000 });
    // The first per-success amount is the pay; one 別途 for a further step is not a base pay.
    expect(read('アポインター（業務委託）\n【報酬】\nアポ1件=2,500円\n契約に至れば別途20,000円').base).toMatchObject({ unit: 'piece', min: 2500 });
    expect(read('法人営業\n【給与】時給1,250円\n受注1件につき別途5,000円').incentive).toMatchObject({ kind: 'plus', perUnit: 5000 });
    // 1,300円/1時間 is still an hourly wage; a shop's 客単価 is what customers spend, not pay.
    expect(base('時給1,300円/1時間')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
    expect(read('美容室のレセプション\n【給与】時給1,150円\n客単価8,000円の落ち着いたサロンです').incentive.kind).toBe('none');
  });
  it('pay at each success (成約時に, 契約成立で), per unit named as the pay (1件あたりの報酬：, 単価（1件）), any count times a rate', () => {
    expect(read('法人向けテレアポ（業務委託）\n【報酬】\n商談のお約束が取れた時に6,000円').base).toMatchObject({ unit: 'piece', min: 6000 });
    expect(read('保険の紹介営業（業務委託）\n【報酬】契約成立で30,000円').incentive).toMatchObject({ kind: 'only', perUnit: 30000 });
    expect(read('光回線の電話営業（業務委託）\n【報酬】1件あたりの報酬：2,500円').base).toMatchObject({ unit: 'piece', min: 2500 });
    expect(read('資料送付の案内（業務委託）\n【報酬】単価（1件）800円').base).toMatchObject({ unit: 'piece', min: 800 });
    expect(read('ウォーターサーバーの販売（業務委託）\n【報酬】販売台数×7,000円').base).toMatchObject({ unit: 'piece', min: 7000 });
    // On top of a wage it is results pay beside the base; a signing bonus of the employer is not pay per success.
    expect(read('法人営業\n【給与】月給25万円\n成約時に1万円を加算').incentive).toMatchObject({ kind: 'plus', perUnit: 10000 });
    expect(read('受付\n【給与】時給1,200円\n【待遇】\n契約時に支度金5万円支給').incentive.kind).toBe('none');
  });
  it('a share of the price or of a contract (販売価格の20%, 成約額の15％, 売上の一部, マージン30%) and 1契約あたり平均 are results pay', () => {
    expect(read('浄水器の販売（業務委託）\n【報酬】販売手数料（販売価格の20%）').incentive.kind).not.toBe('none');
    expect(read('保険の代理店（業務委託）\n【報酬】代理店手数料として成約額の15％').incentive.kind).not.toBe('none');
    expect(read('販売パートナー（業務委託）\n【報酬】売上の一部を報酬としてお支払いします').incentive.kind).toBe('only');
    expect(read('販売パートナー（業務委託）\n【報酬】マージン30%').incentive.kind).toBe('only');
    expect(read('法人営業（業務委託）\n【報酬】1契約あたり平均2万円').base).toMatchObject({ unit: 'piece', min: 20000 });
    // The company's own figures are not the job's pay.
    expect(read('事務\n【給与】月給20万円\n当社の粗利の30%は研究開発に投資しています').incentive.kind).toBe('none');
  });
  it('results-only pay said in a pay field as following sales or counts, or as 完全報酬制', () => {
    expect(read('営業パートナー（業務委託）\n【報酬】売上に応じてお支払いします').incentive.kind).toBe('only');
    expect(read('営業パートナー（業務委託）\n【報酬】完全報酬制').base).toMatchObject({ unit: 'piece' });
    expect(read('営業\n【給与】月給22万円\n獲得件数に応じて支給する手当あり').incentive.kind).toBe('plus');
  });
  it('an amount per success added to a wage on its line (時給＋獲得1件ごとに…円) or after a plus (アポ1件につき＋…円) is incentive pay', () => {
    // A prose recruit post with no 給与 heading: the wage on the line is what the amount is added to.
    const post = '仲間を募集しています！\nお電話で保険の見直しをご案内するお仕事です。\n・時給1,250円＋成約1件ごとに2,000円\n・週3日から';
    expect(read(post).incentive).toMatchObject({ kind: 'plus', perUnit: 2000 });
    expect(read('テレアポ\n【給与】\n時給1,350円\nアポ1件につき＋800円').incentive).toMatchObject({ kind: 'plus', perUnit: 800 });
    // In a list of conditions, the amount marked as added sits under the line of the wage.
    expect(read('スタッフ募集中！\nお電話で資料送付のご案内をします。\n✅ 時給1,300円\n✅ 資料請求1件につき＋500円').incentive).toMatchObject({ kind: 'plus', perUnit: 500 });
    // Where the posting has a pay field, a wage with an amount per success elsewhere is another role's.
    const other = '事務スタッフ\n【給与】\n時給1,150円\n【その他】\n営業チームでも募集中です。時給1,250円＋成約1件ごとに3,000円。';
    expect(read(other).incentive.perUnit).toBeNull();
    // A price per item outside pay, with no wage on its line, is still not pay.
    expect(read('ギフト販売の事務\n【仕事内容】\n包装は1点につき＋200円で承ります。').incentive.kind).toBe('none');
  });
  it('figures on the same line as 完全歩合 are what results may bring, not a wage', () => {
    expect(read('訪問販売（業務委託）\n【給与】月20万円〜80万円（完全歩合制）')).toMatchObject({ base: { unit: 'piece', min: null, max: null }, incentive: { kind: 'only' } });
    // On a line of its own below a wage, results pay comes on top.
    expect(read('営業\n【給与】時給1,200円\n成約時は完全歩合の報酬も選べます').incentive.kind).toBe('plus');
  });
  it('none: not mentioned, or said not to exist', () => {
    expect(read('時給1,250円').incentive.kind).toBe('none');
    expect(read('歩合制ではなく固定給です。月給24万円').incentive.kind).toBe('none');
    expect(read('インセンティブなし／時給1,300円').incentive.kind).toBe('none');
  });
  it('none: a denial a few words on, polite or in a table', () => {
    expect(read('テレアポ\n【給与】時給1,400円の固定給です。歩合やインセンティブの制度はありません。').incentive.kind).toBe('none');
    expect(read('事務\n【給与】月給20万円\n歩合・賞与なし').incentive.kind).toBe('none');
    expect(read('営業\n【給与】月給20万円＋歩合、賞与年2回').incentive.kind).toBe('plus');
    expect(read('営業\n【給与】月給25万円\n※歩合制の営業ではありません').incentive.kind).toBe('none');
    expect(read('営業\n【給与】月給25万円\n※完全歩合制によるお仕事ではありません').incentive.kind).toBe('none');
    expect(read('受付\n【給与】時給1,200円\n※インセンティブ等はございません').incentive.kind).toBe('none');
    expect(read('テレアポ\n【給与】時給1,200円\nインセンティブ：－').incentive.kind).toBe('none');
    expect(read('テレアポ\n【給与】時給1,200円\nインセンティブ：月平均3万円').incentive.kind).toBe('plus');
  });
  it('plus: 成功報酬 on top of a base', () => {
    expect(read('受付\n【給与】時給1,200円＋成功報酬').incentive.kind).toBe('plus');
  });
  it('plus: a bonus per contract or target (成約ボーナス, 達成手当), and 売上 as the measure of results', () => {
    expect(read('時給1,150円＋成約ボーナス').incentive.kind).toBe('plus');
    expect(read('受付\n【給与】\n時給1,150円＋達成手当').incentive.kind).toBe('plus');
    expect(read('時給1,150円＋達成手当').base).toMatchObject({ min: 1150 });
    expect(read('月給21万円\n売上に応じて歩合給を支給').incentive.kind).toBe('plus');
    expect(read('時給1,350円 ※別途、売上インセンティブあり').incentive.kind).toBe('plus');
    // A bonus alone (賞与) is not results pay.
    expect(read('月給21万円、ボーナス年2回').incentive.kind).toBe('none');
  });
  it('plus: pay by counts or results in other words (実績給, 件数給, 成績に応じて手当)', () => {
    expect(read('受付\n【給与】時給1,150円＋実績給').incentive.kind).toBe('plus');
    expect(read('受付\n【給与】時給1,150円＋件数給').incentive.kind).toBe('plus');
    expect(read('受付\n【給与】時給1,150円（獲得件数に応じて手当を加算）').incentive.kind).toBe('plus');
    expect(read('【給与】月給22万円＋インセンティブプランあり').incentive.kind).toBe('plus');
    // A raise by results is not results pay.
    expect(read('受付\n【給与】時給1,150円\n成果に応じて昇給あり').incentive.kind).toBe('none');
  });
  it('none: rewards for referrals, qualifications or long service, and a product priced by results', () => {
    expect(read('受付\n【給与】時給1,150円\n【福利厚生】社員紹介制度（報奨金あり）、資格取得支援').incentive.kind).toBe('none');
    expect(read('受付\n【給与】月給21万円\n【待遇】資格取得奨励金').incentive.kind).toBe('none');
    expect(read('受付\n【給与】時給1,150円\n永年勤続報奨金あり').incentive.kind).toBe('none');
    expect(read('受付\n【給与】月給21万円\n【会社の事業】成果報酬型の広告運用サービスを提供しています。').incentive.kind).toBe('none');
    expect(read('受付\n【給与】時給1,150円\n報奨金（社員紹介）あり').incentive.kind).toBe('none');
    // A referral reward priced per person is still a referral reward, not pay per success.
    expect(read('倉庫スタッフ\n【給与】時給1,200円\n【待遇】友だち紹介報奨金：1名につき10,000円').incentive).toMatchObject({ kind: 'none', perUnit: null });
    expect(read('出荷スタッフ\n【給与】時給1,250円\n社員紹介報奨金 1名につき3万円（入社3ヶ月後に支給）').incentive.kind).toBe('none');
    expect(read('コンサルタント\n【給与】月給30万円\n当社は成果報酬型の人材紹介を行っています').incentive.kind).toBe('none');
    expect(read('施工管理\n【給与】月給30万円\n【仕事内容】出来高管理、原価管理').incentive.kind).toBe('none');
    // Introducing products (or people, for a placement firm) is the job: the incentive for it is results pay.
    expect(read('【給与】時給1,250円\n商品をご紹介し、ご契約いただくとインセンティブを支給').incentive.kind).toBe('plus');
    expect(read('【給与】月給26万円＋インセンティブ（ご紹介の成約数に応じて支給）').incentive.kind).toBe('plus');
    expect(read('【給与】時給1,250円\n資格手当、インセンティブあり').incentive.kind).toBe('plus');
  });
  it('still reads a company sales figure as the company\'s, never as pay', () => {
    expect(read('受付\n【企業情報】\n売上 18億円（2024年度）\n従業員 85名').base).toBeNull();
    expect(read('売上高：18億円').base).toBeNull();
  });
});

describe('fixed overtime', () => {
  it('reads hours, amount and whether the excess is paid', () => {
    const p = read('月給26万円（固定残業代30時間分・4万5,000円を含む。超過分は別途支給）');
    expect(p.fixedOvertime).toMatchObject({ hours: 30, amount: 45000, excessPaid: true });
    expect(read('月給24万円（みなし残業20時間を含む）').fixedOvertime).toMatchObject({ hours: 20, amount: null, excessPaid: null });
    expect(read('月給30万円（固定残業45時間分、超過分は支給しません）').fixedOvertime).toMatchObject({ hours: 45, excessPaid: false });
    expect(read('月給27万円（残業代込み）').fixedOvertime).not.toBeNull();
  });
  it('reads overtime pay with its amount before 含む, and an allowance said to stand for hours of overtime', () => {
    expect(read('営業\n【給与】\n月給26万円（25時間分の時間外手当4万円含む）').fixedOvertime).toMatchObject({ hours: 25, amount: 40000 });
    expect(read('営業\n【給与】\n月給26万円\n※月15時間分の残業代を含みます').fixedOvertime).toMatchObject({ hours: 15 });
    expect(read('営業\n【給与】\n月給26万円（業務手当3万円含む／20時間分の時間外労働に相当）').fixedOvertime).toMatchObject({ hours: 20 });
    expect(read('営業\n【給与】\n月給26万円（残業代は含みません）').fixedOvertime).toBeNull();
    expect(read('営業\n【給与】\n月給26万円（15時間分の残業代は含みません）').fixedOvertime).toBeNull();
  });
  it('is null when overtime is paid as worked or fixed overtime is denied', () => {
    expect(read('月給22万円\n※残業代は全額支給します').fixedOvertime).toBeNull();
    expect(read('固定残業代なし。月給22万円').fixedOvertime).toBeNull();
  });
});

describe('fixed overtime, said in more ways', () => {
  const ot = (s: string) => { const o = read(s).fixedOvertime; return o && { hours: o.hours, amount: o.amount, excessPaid: o.excessPaid }; };
  it('reads the hours said right before the words (45時間分の固定残業代 71,000円)', () => {
    expect(ot('営業\n【給与】月給29万円（40時間分の固定残業代 62,000円を含む／超過分は追加支給）')).toEqual({ hours: 40, amount: 62000, excessPaid: true });
  });
  it('reads a heading on its own line with its statement below (【固定残業代】 ⏎ 月30時間分 45,000円)', () => {
    expect(ot('営業\n【給与】月給29万円\n【固定残業代】\n月25時間分 41,000円\n超過した場合は別途お支払いします')).toEqual({ hours: 25, amount: 41000, excessPaid: true });
  });
  it("does not read the ハローワーク form's header a+b（固定残業代がある場合はa+b+c） as fixed overtime", () => {
    const form = '倉庫の事務員（パート）\n賃金・手当\na+b（固定残業代がある場合はa+b+c）\n基本給（a）　時間額 1,100円\n固定残業代（c）　なし';
    expect(ot(form)).toBeNull();
    // The same form with a fixed overtime row filled in states it.
    const filled = '法人営業（正社員）\n賃金・手当\na+b+c（固定残業代がある場合はa+b+c）\n基本給（a）　月額 210,000円\n固定残業代（c）　35,000円（時間外労働の有無に関わらず20時間分）';
    expect(ot(filled)).toMatchObject({ hours: 20, amount: 35000 });
  });
  it("reads a form's 有無 row answered 無 as no fixed overtime", () => {
    expect(ot('営業\n【給与】月給29万円\n固定残業代の有無：無')).toBeNull();
    expect(ot('営業\n【給与】月給29万円\n固定残業代の有無：有（20時間分 3万円）')).toEqual({ hours: 20, amount: 30000, excessPaid: null });
  });
});

describe('commute', () => {
  const commute = (s: string) => {
    const c = read(s).commute;
    return [c.kind, c.cap];
  };
  it('reads each kind', () => {
    expect(commute('交通費全額支給')).toEqual(['full', null]);
    expect(commute('通勤手当：実費支給')).toEqual(['full', null]);
    expect(commute('交通費支給（月2万円まで）')).toEqual(['capped', 20000]);
    expect(commute('交通費は上限1日800円')).toEqual(['capped', 800]);
    expect(commute('交通費支給（上限あり）')).toEqual(['capped', null]);
    expect(commute('交通費規定支給')).toEqual(['partial', null]);
    expect(commute('社会保険完備、交通費支給、制服貸与')).toEqual(['partial', null]);
    expect(commute('交通費：支給なし')).toEqual(['none', null]);
    expect(commute('交通費\nー')).toEqual(['none', null]);
    expect(commute('交通費詳細\n全額支給')).toEqual(['full', null]);
    expect(commute('時給1,200円')).toEqual(['unstated', null]);
  });
  it('reads commuting costs inside the pay (交通費込み, 時給に含む) as nothing paid on top', () => {
    expect(commute('時給1,380円（交通費込み）')).toEqual(['none', null]);
    expect(commute('時給1,380円 ※交通費は時給に含みます')).toEqual(['none', null]);
    expect(commute('日給1万円（交通費込）')).toEqual(['none', null]);
    // Said not to be inside: the 支給 stands.
    expect(commute('交通費：規定により支給（交通費込みの時給ではありません）')).toEqual(['partial', null]);
  });
  it('reads more wordings of job boards: 無, 支給されません, 〜 as a cap, a flat amount, 交通費別, ガソリン代', () => {
    expect(commute('交通費：無')).toEqual(['none', null]);
    expect(commute('交通費は支給されません')).toEqual(['none', null]);
    expect(commute('交通費：〜1,200円/日')).toEqual(['capped', 1200]);
    expect(commute('交通費支給（〜月2万5,000円）')).toEqual(['capped', 25000]);
    // An FAQ answers on the next line; a bracketed exception for another group is theirs.
    expect(commute('営業\nQ. 交通費は出ますか？\nA. 規定に基づき支給します。')).toEqual(['partial', null]);
    expect(commute('不動産\n【交通費】\n全額支給（業務委託は自己負担）')).toEqual(['full', null]);
    expect(commute('交通費は一律600円/日')).toEqual(['partial', null]);
    expect(commute('時給1,280円（交通費別）')).toEqual(['partial', null]);
    expect(commute('マイカー通勤OK（ガソリン代支給）')).toEqual(['partial', null]);
    expect(commute('交通費：全額支給（無制限）')).toEqual(['full', null]);
  });
  it('reads the wordings of company rules as partial', () => {
    expect(commute('交通費規定支給')).toEqual(['partial', null]);
    expect(commute('交通費：当社規定により支給')).toEqual(['partial', null]);
    expect(commute('通勤交通費 会社規定により支給')).toEqual(['partial', null]);
    expect(commute('交通費一部支給')).toEqual(['partial', null]);
  });
  it('reads a bare 交通費 in the benefits list under 給与・待遇, or marked ○, as provided; elsewhere it says nothing', () => {
    expect(read('販売\n【給与】時給1,150円\n【待遇】社会保険完備、交通費、社員割引あり').commute.kind).toBe('partial');
    expect(read('販売\n【給与】時給1,150円\n交通費　○\n制服貸与　○').commute.kind).toBe('partial');
    expect(read('経理事務\n【仕事内容】交通費、経費の精算をお願いします。\n【給与】月給21万円').commute.kind).toBe('unstated');
  });
  it('does not take travel to the interview for commuting pay', () => {
    expect(commute('■選考方法　書類選考と面接（面接の交通費は全額支給します）')).toEqual(['unstated', null]);
  });
  it('prefers a precise statement over a plain 支給', () => {
    expect(commute('【待遇】交通費支給\n【交通費】上限月3万円')).toEqual(['capped', 30000]);
  });
});

describe('extras', () => {
  it('reads 日払い, 週払い, 前払い and late-night premiums, not pay days', () => {
    const ids = (s: string) => read(s).extras.map((e) => e.id);
    expect(ids('日払いOK・週払いOK')).toEqual(['dailyPay', 'weeklyPay']);
    expect(ids('給与の前払い制度あり')).toEqual(['advancePay']);
    expect(ids('深夜手当あり')).toEqual(['lateNight']);
    expect(ids('22時以降は時給1,500円')).toEqual(['lateNight']);
    expect(ids('毎月末締め、翌月15日払い')).toEqual([]);
    expect(ids('日払い不可')).toEqual([]);
  });
});

describe('forms met at stop 17', () => {
  it("reads a ハローワーク 求人票's 基本給（月額平均）又は時間額 by the size of its amount", () => {
    expect(base('賃金\n　基本給（月額平均）又は時間額　　185,000円〜210,000円\n賃金形態等　月給')).toEqual({ unit: 'month', min: 185000, max: 210000 });
    expect(base('賃金\n　基本給（月額平均）又は時間額　　1,100円〜1,250円\n賃金形態等　時給')).toEqual({ unit: 'hour', min: 1100, max: 1250 });
  });
  it('counts an amount in the kind of pay a row of its own names (給与形態：月給 ⏎ 金額：…)', () => {
    expect(base('経理事務\n給与形態：月給\n金額：230,000円～')).toEqual({ unit: 'month', min: 230000, max: null });
    expect(base('ピッキング\n【給与の種類】時給\n【金額】1,080円以上')).toEqual({ unit: 'hour', min: 1080, max: null });
    expect(base('マンション清掃\n賃金形態 月給\n賃金額 198,000円')).toEqual({ unit: 'month', min: 198000, max: 198000 });
    expect(base('販売\n【給与形態】\n時給\n【給与額】\n1,150円〜')).toEqual({ unit: 'hour', min: 1150, max: null });
    // The row wins over the size of the figure: a short day's pay, a part-time month's.
    expect(base('イベント受付\n給与区分：日給\n金額：4,500円')).toEqual({ unit: 'day', min: 4500, max: 4500 });
    expect(base('清掃（週2日）\n賃金形態等　月給\n基本給　52,000円')).toEqual({ unit: 'month', min: 52000, max: 52000 });
    // A figure too big for the row's unit is a month's: ハローワーク's 月額平均 of a 日給 job.
    expect(base('賃金\n　基本給（月額平均）又は時間額　　176,000円〜198,000円\n賃金形態等　日給')).toEqual({ unit: 'month', min: 176000, max: 198000 });
    // Two kinds in the row name none; a row elsewhere on the page does not reach a price far below.
    expect(base('販売\n給与形態：月給・時給\n金額：1,100円')).toBeNull();
  });
  it('counts an amount in the kind of pay named in brackets right after it (9,500円（日給）)', () => {
    // A short shift's day pay is smaller than the size guess would allow.
    expect(base('試食販売\n給与：4,800円（日給）')).toEqual({ unit: 'day', min: 4800, max: 4800 });
    expect(base('受付\n金額：56,000円（月給）')).toEqual({ unit: 'month', min: 56000, max: 56000 });
    expect(base('受付\n給与 金額 1,150円 （時給）')).toEqual({ unit: 'hour', min: 1150, max: 1150 });
    // A conversion is not the kind of pay.
    expect(base('事務\n【給与】210,000円（時給換算 1,310円）')).toEqual({ unit: 'month', min: 210000, max: 210000 });
  });
  it("takes the piece rate under ★報酬★, not the title's teaser", () => {
    const pay = read('ポスティング（業務委託）｜1部2円〜\n★お仕事内容★\nチラシを配ります\n★報酬★\n1部2円〜4円（完全出来高制）');
    expect(pay.base).toMatchObject({ unit: 'piece', min: 2, max: 4 });
  });
  it("takes a piece rate from the pay field, not from the title's teaser", () => {
    const pay = read('チラシ配布（業務委託）｜1枚2円〜\n【報酬】\n1枚2円〜4円（エリアにより異なります）\n配った枚数に応じた完全出来高制です');
    expect(pay.incentive.kind).toBe('only');
    expect(pay.base).toMatchObject({ unit: 'piece', min: 2, max: 4 });
  });
  it('reads every line under an example heading as an example, text before the amount or not', () => {
    const pay = read('在宅の受電スタッフ（業務委託）\n【報酬】\n1コール50円（対応1件ごと）\n※完全出来高制\n【報酬例】\n1日3時間・1時間に10コール → 1日1,500円\n週4日なら → 月24,000円');
    expect(pay.base).toMatchObject({ unit: 'piece', min: 50, max: 50 });
    expect(pay.incentive.kind).toBe('only');
  });
  it('reads pay per house, household or policy (1軒, 1世帯, 1口) as pay by the piece', () => {
    expect(read('【報酬】\n1軒あたり2,500円の完全成果報酬です').base).toMatchObject({ unit: 'piece', min: 2500 });
    expect(read('【報酬】\n1世帯の契約につき3,000円（固定給なし）').base).toMatchObject({ unit: 'piece', min: 3000 });
  });
  it('reads pay per delivery, parcel, character, word, answer or garment (1配達, 1個口, 1文字, 1ワード, 1回答, 1着) as pay by the piece', () => {
    expect(read('料理の配達パートナー\n【報酬】\n1配達あたり 280円〜').base).toMatchObject({ unit: 'piece', min: 280, max: null });
    expect(read('軽貨物ドライバー（業務委託）\n【報酬】\n1個口 140円〜').base).toMatchObject({ unit: 'piece', min: 140 });
    expect(read('Webライター\n報酬：1文字 1円〜3円').base).toMatchObject({ unit: 'piece', min: 1, max: 3 });
    expect(read('翻訳者\n報酬：1ワード 9円〜').base).toMatchObject({ unit: 'piece', min: 9 });
    expect(read('モニター\n報酬：1回答 40円').incentive).toMatchObject({ kind: 'only', perUnit: 40 });
    expect(read('検品スタッフ\n給与：1着 25円の出来高払い').base).toMatchObject({ unit: 'piece', min: 25 });
  });
  it('reads an allowance per appointment set (アポ決定手当) as pay by results on top of the base', () => {
    const pay = read('【給与】\n月給23万円＋アポ決定手当（1件2,000円）');
    expect(pay.incentive).toMatchObject({ kind: 'plus', perUnit: 2000 });
  });
  it('reads the cap as the next item of the list (距離に応じて支給、上限月2万円)', () => {
    expect(read('受付\n【給与】時給1,150円\n・通勤手当は距離に応じて支給、上限月1万8千円').commute).toMatchObject({ kind: 'capped', cap: 18000 });
    expect(read('受付\n【給与】時給1,150円\n交通費支給、社会保険完備').commute.kind).toBe('partial');
  });
  it('reads commuting costs said in more ways: an FAQ question ending in か。, 出ます, another cost named with it', () => {
    const kind = (s: string) => read(s).commute.kind;
    expect(kind('受付\n【給与】時給1,240円\nQ. 通勤手当は出ますか。\nA. 会社の規定により支給します。')).toBe('partial');
    expect(kind('受付\n【給与】時給1,240円\nQ. 交通費は出ますか。\nA. 申し訳ありませんが、出ません。')).toBe('none');
    expect(kind('受付\n【給与】時給1,240円\n・交通費出ます')).toBe('partial');
    expect(kind('受付\n【給与】時給1,240円\n交通費・通信費はご自身の負担となります')).toBe('none');
    expect(kind('受付\n【給与】時給1,240円\n交通費・駐車場代支給')).toBe('partial');
  });
  it('reads 通勤 in a list of allowances as commuting paid by the rules', () => {
    expect(read('【給与】\n時給1,200円\n各種手当（通勤・残業・深夜）').commute.kind).toBe('partial');
    expect(read('【給与】\n月給22万円\n手当：通勤、家族、資格').commute.kind).toBe('partial');
    expect(read('【勤務地】\n駅から徒歩3分で通勤に便利です').commute.kind).toBe('unstated');
  });
  it('reads training pay when 同条件 speaks of the commission, not of the period', () => {
    const pay = read('【給与】\n月給26万円以上＋歩合給\n※試用期間2ヶ月は月給23万円（歩合給は同条件で支給）');
    expect(pay.training).toMatchObject({ unit: 'month', min: 230000, months: 2 });
    expect(read('【給与】\n月給26万円以上\n※試用期間2ヶ月（給与は同条件）').training).toBeNull();
  });
});

describe('forms met at stop 19', () => {
  it('reads a range whose figures each carry the unit, and an open end after the unit', () => {
    expect(base('受付\n【給与】\n1,300円/時間〜1,500円/時')).toEqual({ unit: 'hour', min: 1300, max: 1500 });
    expect(base('営業\n【給与】\n25万円/月〜')).toEqual({ unit: 'month', min: 250000, max: null });
    expect(base('受付\n【給与】\n1,300円/時-1,500円/日')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
  });
  it('reads a range whose second figure repeats the yen sign', () => {
    expect(base('事務\n【給与】\n¥240,000〜¥290,000（月給）')).toEqual({ unit: 'month', min: 240000, max: 290000 });
    expect(base('コールスタッフ\n給与 時給¥1,200-¥1,450')).toEqual({ unit: 'hour', min: 1200, max: 1450 });
  });
  it('reads a pay row flattened into text, label and value apart by spaces', () => {
    const pay = read('法人向けアポインター（業務委託）\n仕事内容 企業へ電話で商談の約束を取ります\n報酬　商談1件あたり1万2,000円〜1万8,000円');
    expect(pay.base).toMatchObject({ unit: 'piece', min: 12000, max: 18000 });
    expect(pay.incentive).toMatchObject({ kind: 'only', perUnit: 12000 });
    expect(base('データ入力\n勤務地 大阪市北区\n時給 1,180円')).toEqual({ unit: 'hour', min: 1180, max: 1180 });
  });
});

describe('pay by results only, in the words of commission postings', () => {
  it('a fixed pay said not to exist, or a share of 100%, is pay by results only', () => {
    for (const line of ['固定報酬なし・成果報酬100％', '歩合制\n※固定給はありません', '報酬は全額成果報酬です', '当社には固定のお給料はありません。売れた分をお支払いします', '働き方：固定報酬制ではありません']) {
      const pay = read(`住宅リフォームの訪問提案（業務委託）\n【報酬】\n${line}`);
      expect(pay.incentive.kind, line).toBe('only');
      expect(pay.base?.unit, line).toBe('piece');
    }
    // Said of something else, the same words leave a base pay standing.
    expect(read('受付\n【給与】\n時給1,200円\n※固定給はありませんが、交通費は支給します').base).toMatchObject({ unit: 'hour', min: 1200 });
  });
  it('reads a reward named for a success (アポイント獲得報酬), a share written as 売上×40%, and pay per contract', () => {
    expect(read('テレアポ（業務委託）\n【報酬】\nアポイント獲得報酬 4,500円').base).toMatchObject({ unit: 'piece', min: 4500 });
    expect(read('訪問販売（業務委託）\n■報酬\n売上×35%').incentive.kind).toBe('only');
    expect(read('訪問販売（業務委託）\n【報酬】\n成約ごとに報酬をお支払いします').incentive.kind).toBe('only');
    expect(read('テレアポ\n【給与】\n時給1,200円＋アポ獲得報酬（1件1,000円）').incentive).toMatchObject({ kind: 'plus', perUnit: 1000 });
  });
  it('reads a rate (報酬率, 歩率), a fee share (販売手数料の50%, 売上に対して35%), pay linked to results and a count times a rate as results pay', () => {
    for (const line of ['報酬率30％', '歩率 40%', '販売手数料の50%', '売上に対して35%', '成果連動型報酬', '成果に連動してお支払いします', '獲得単価 × 件数', '成約数×単価']) {
      const pay = read(`回線の営業代理店（業務委託）\n【報酬】\n${line}`);
      expect(pay.incentive.kind, line).toBe('only');
    }
    expect(read('回線の営業代理店（業務委託）\n【報酬】\n1契約あたり最大3万円').base).toMatchObject({ unit: 'piece' });
    // A points rate of a card or a shop is not a share of sales.
    expect(read('販売スタッフ\n【給与】\n時給1,100円\n【待遇】\n社員割引（ポイント還元率5%）').incentive.kind).toBe('none');
    // A raise or a bonus linked to results is not pay by results.
    expect(read('事務\n【給与】\n時給1,100円\n※昇給は成果連動型です').incentive.kind).toBe('none');
    expect(read('事務\n【給与】\n月給25万円\n※賞与は業績に連動して支給').incentive.kind).toBe('none');
  });
  it('reads the amount per success when what is counted comes with の (1件の確定につき)', () => {
    const pay = read('アポインター（業務委託）\n【報酬】\n出来高制\n商談1件の確定につき3,500円');
    expect(pay.base).toMatchObject({ unit: 'piece', min: 3500 });
  });
  it("does not read the customer's price per deal as pay per success", () => {
    const pay = read('Web制作の電話営業（業務委託）\n報酬について\n成約額の10%をお支払いします\n・制作費は1件40万〜90万円ほどです');
    expect(pay.incentive).toMatchObject({ kind: 'only', perUnit: null });
    expect(pay.base).toMatchObject({ unit: 'piece', min: null, max: null });
  });
  it('overtime paid by the hours worked is not pay by results', () => {
    expect(read('ヘルプデスク\n【給与】\n月給27万円\n※残業代は実績に応じて全額支給').incentive.kind).toBe('none');
    expect(read('営業\n【給与】\n月給25万円＋成約数に応じて支給するインセンティブ').incentive.kind).toBe('plus');
  });
});

describe('the forms of a government job form and a recruit page', () => {
  it("reads a form row whose value is on the next line (ｃ　固定残業代⏎なし) as no fixed overtime", () => {
    const pay = read('清掃\n賃金・手当\nａ　基本給（月額平均）又は時間額\n　　185,000円\nｃ　固定残業代\n　　なし\nｄ　その他の手当等付記事項\n　　なし');
    expect(pay.fixedOvertime).toBeNull();
    expect(pay.base).toMatchObject({ unit: 'month', min: 185000 });
  });
  it("reads 日額 under the form's 基本給（月額平均）label as the day's pay, not an example", () => {
    const pay = read('警備\n賃金・手当\n賃金形態等　日給\nａ　基本給（月額平均）又は時間額\n　　日額　10,400円（時間額換算　1,300円）');
    expect(pay.base).toMatchObject({ unit: 'day', min: 10400, max: 10400 });
  });
  it('reads a first salary (初任給) as the pay field', () => {
    expect(base('総合職（新卒）\n初任給：大卒 224,000円／院卒 238,000円')).toEqual({ unit: 'month', min: 224000, max: 224000 });
  });
  it('reads a recruit page heading with について as the field it names', () => {
    const pay = read('訪問営業パートナー\n私たちについて\n地域の工務店です。\n報酬について\nフルコミッション制です。成約額の10%をお支払いします。');
    expect(pay.incentive.kind).toBe('only');
  });
});

describe('a recruit page that tells its story under a company heading', () => {
  it('reads a wage named as one, and commuting pay, when the page goes on under headings it does not know', () => {
    const pay = read('訪問営業パートナー\n私たちについて\n地域の工務店です。\n働き方\n時給1,300円からスタートします。\n交通費全額支給');
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(pay.commute.kind).toBe('full');
  });
  it("never reads the company's figures, other postings' pay, or a company wage when the job states its own", () => {
    expect(read('事務\n【会社概要】\n資本金 1,000万円\n売上高 12億円').base).toBeNull();
    expect(read('受付\n【仕事内容】\n来客の受付\n【同じ職種の求人】\n受付スタッフ 時給1,500円\n交通費全額支給')).toMatchObject({ base: null, commute: { kind: 'unstated' } });
    expect(read('事務\n【給与】\n月給20万円\n【会社概要】\n当社パートの時給1,100円〜').base).toMatchObject({ unit: 'month', min: 200000 });
    // A company's page that lists its postings under この会社の求人 / 募集中の求人 states no pay of its own.
    expect(read('株式会社みなとコール\n企業情報\n所在地 大阪市北区\n募集中の求人\n受信オペレーター 時給1,450円').base).toBeNull();
  });
});

describe('training pay, said in more ways', () => {
  it('reads training pay written as a step up (時給1,100円→研修後1,200円, （研修中）→, →1,400円（研修後）)', () => {
    const pay = (s: string) => { const p = read(s); return [p.base && [p.base.unit, p.base.min], p.training && [p.training.unit, p.training.min, p.training.months]]; };
    expect(pay('受付\n【給与】時給1120円→研修後1220円')).toEqual([['hour', 1220], ['hour', 1120, null]]);
    expect(pay('受付\n【給与】時給1,120円（研修中）→1,220円')).toEqual([['hour', 1220], ['hour', 1120, null]]);
    expect(pay('受付\n【給与】時給1,260円→1,380円（研修後）')).toEqual([['hour', 1380], ['hour', 1260, null]]);
    expect(pay('受付\n【給与】月給20.5万円→試用期間終了後 月給22万円')).toEqual([['month', 220000], ['month', 205000, null]]);
    expect(pay('受付\n【給与】時給1,120円→2ヶ月後 時給1,180円')).toEqual([['hour', 1180], ['hour', 1120, 2]]);
    // An arrow without a training word says nothing of a period.
    expect(pay('受付\n【給与】時給1,120円→1,220円')).toEqual([['hour', 1120], null]);
  });
  it('reads 月 right before the period\'s amount as its unit (固定給 月20万円)', () => {
    expect(read('保険の営業職\n【給与】\n入社後12ヶ月間は固定給 月19万円を保証\nその後は実績に応じた歩合給').training).toMatchObject({ unit: 'month', min: 190000, months: 12 });
    expect(read('経理\n【給与】月給23万円\n試用期間（3ヶ月）は月21万円').training).toMatchObject({ unit: 'month', min: 210000, months: 3 });
  });
  it('reads a day of training (研修日) with its pay, not a schedule of days', () => {
    expect(read('スマホ案内\n【給与】日給11,500円\n※初回研修日（1日）は日給8,500円').training).toMatchObject({ unit: 'day', min: 8500 });
    expect(read('スマホ案内\n【給与】日給11,500円\n研修日程：4月1日〜4月3日').training).toBeNull();
  });
  it('reads 研修中も時給… as training paid as the job is: no training pay, and no other pay line', () => {
    const p = read('受付\n【給与】時給1,330円〜1,600円\n※研修期間中も時給1,330円');
    expect(p.training).toBeNull();
    expect(p.note).toBeNull();
    expect(p.base).toMatchObject({ unit: 'hour', min: 1330, max: 1600 });
    // The only amount stated is still the pay.
    expect(base('受付\n【給与】研修中も時給1,280円です')).toEqual({ unit: 'hour', min: 1280, max: 1280 });
  });
  it('reads the period with its length in brackets (研修期間（入社後3週間）は…), 養成期間, and 研修の10日間は', () => {
    const tr = (s: string) => { const t = read(s).training; return t && { unit: t.unit, min: t.min }; };
    expect(tr('受付\n【給与】時給1,320円\n※研修期間（入社後2週間）は時給1,270円')).toEqual({ unit: 'hour', min: 1270 });
    expect(tr('タクシー乗務員\n【給与】月給27万円\n養成期間中（二種免許の取得まで）は月給23万円')).toEqual({ unit: 'month', min: 230000 });
    expect(tr('受付\nQ. お給料は？\nA. 時給1,260円で、研修の5日間は時給1,210円です。')).toEqual({ unit: 'hour', min: 1210 });
    // After the period, with its length in brackets, is not the period's pay.
    expect(tr('受付\n【給与】時給1,320円\n※研修期間（3ヶ月）終了後は時給1,370円')).toBeNull();
  });
  it('reads the period with its length right after the word (研修3ヶ月間は…, 試用2ヶ月の間は…)', () => {
    const tr = (s: string) => { const t = read(s).training; return t && { unit: t.unit, min: t.min, months: t.months }; };
    expect(tr('受付\n給与：時給1,280円〜 ※研修3ヶ月間は1,230円')).toEqual({ unit: 'hour', min: 1230, months: 3 });
    expect(tr('受付\n【給与】月給23万円\n※試用2ヶ月の間は月給21万円')).toEqual({ unit: 'month', min: 210000, months: 2 });
    // A cost during the period is not its pay.
    expect(tr('受付\n【給与】時給1,280円\n研修10日間は交通費1,000円支給')).toBeNull();
  });
  it("reads the period's terms in brackets after あり as a field's value (試用期間：あり（…）, 【試用期間】⏎あり（…）)", () => {
    const tr = (s: string) => { const t = read(s).training; return t && { unit: t.unit, min: t.min, months: t.months }; };
    expect(tr('受付\n【給与】時給1,150円\n試用期間：あり（3ヶ月・時給1,100円）')).toEqual({ unit: 'hour', min: 1100, months: 3 });
    expect(tr('受付\n【給与】時給1,150円\n【試用期間】\nあり（2ヶ月間・時給1,080円）')).toEqual({ unit: 'hour', min: 1080, months: 2 });
    // Terms without pay, or the same pay, say nothing of it.
    expect(tr('受付\n【給与】時給1,150円\n試用期間：あり（3ヶ月、条件変更なし）')).toBeNull();
  });
  it('the period as a heading in angle brackets, OJT, a note after the first weeks, and 研修は時給…', () => {
    for (const line of ['＜研修＞時給1,150円', '※OJT期間は時給1,150円', '※最初の2週間（研修）は時給1,150円', '研修は時給1,150円でスタートします']) {
      expect(read(`受付\n【給与】\n時給1,250円\n${line}`).training, line).toMatchObject({ unit: 'hour', min: 1150 });
    }
    expect(read('受付\n【給与】\n時給1,250円\n研修は丁寧に行います。交通費1,150円まで').training).toBeNull();
  });
  it('the first days or hours named without the word 研修', () => {
    expect(read('配車受付\n【給与】\n時給1,250円\n最初の5日間は時給1,150円（研修）').training).toMatchObject({ unit: 'hour', min: 1150 });
  });
  it('an amount off the pay above (上記から50円引き) applies to the main line when pay differs by place', () => {
    const pay = read('レジ\n【給与】\n〈本店〉時給1,150円\n〈二号店〉時給1,200円\n※研修中（最初の20時間）は上記から50円引きの時給です');
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1150 });
    expect(pay.training).toMatchObject({ unit: 'hour', min: 1100 });
  });
});

describe('commuting costs the worker bears', () => {
  it('reads ご自身のご負担, 各自負担 and 支給しておりません as not paid', () => {
    for (const line of ['移動の交通費・ガソリン代はご自身のご負担です', '交通費は各自負担となります', 'オフィスまでの交通費は支給しておりません。']) {
      expect(read(`訪問営業\n【待遇】\n${line}`).commute.kind, line).toBe('none');
    }
    expect(read('事務\n【待遇】\n交通費は会社負担です').commute.kind).toBe('partial');
  });
  it('reads 交通費：ありません as not paid and 上限はありません as paid in full', () => {
    expect(read('清掃\n【待遇】\n謝礼・交通費：ありません').commute.kind).toBe('none');
    expect(read('清掃\n【待遇】\n交通費はありません').commute.kind).toBe('none');
    expect(read('清掃\n【待遇】\n交通費の上限はありません').commute.kind).toBe('full');
    expect(read('清掃\n【待遇】\n交通費支給（上限はありません）').commute.kind).toBe('full');
  });
  it('reads the value under a heading set between rule lines', () => {
    expect(read('受付\n―――――\n交通費\n―――――\n全額支給（深夜はタクシー可）').commute.kind).toBe('full');
  });
});

describe('the words of results pay in other senses', () => {
  it('a share, a formula or a fee the work handles is not the job\'s pay; said as pay it still is', () => {
    for (const line of ['カードの決済手数料の3%を月末に集計します', '請求額は単価×件数で計算します', '原価は売上に対して40%以内が目安です', '売上の30%を占める主力商品の受注処理です', '営業職のインセンティブを計算し、給与ソフトに入力します']) {
      expect(read(`経理事務\n【仕事内容】\n${line}\n【給与】\n月給23万円`).incentive.kind, line).toBe('none');
    }
    expect(read('訪問販売（業務委託）\n仕事内容：戸別訪問\n報酬　獲得単価×件数').incentive.kind).toBe('only');
    expect(read('訪問販売（業務委託）\n戸別訪問のお仕事です。売上の30%をお支払いします。').incentive.kind).toBe('plus');
    expect(read('不動産仲介（業務委託）\n【報酬】\n仲介手数料の40%').incentive.kind).toBe('only');
  });
  it('results that decide something other than pay (発注, 評価制度, 賞与) are not results pay', () => {
    for (const line of ['店舗の売上に連動して在庫を発注します', '成果に連動した評価制度の運用をお任せします', '賞与は成果に連動して年2回支給']) {
      expect(read(`事務\n【仕事内容】\n${line}\n【給与】\n月給24万円`).incentive.kind, line).toBe('none');
    }
    expect(read('営業\n【給与】\n月給24万円＋成果に連動した歩合給').incentive.kind).toBe('plus');
  });
  it('overtime paid by the hours stays none, results pay set apart from it or named is read', () => {
    expect(read('営業事務\n【給与】\n月給25万円\n※残業代は別途、実績に応じて全額支給').incentive.kind).toBe('none');
    expect(read('コールセンター\n【給与】\n時給1,300円\n残業代とは別に、実績に応じてインセンティブを支給').incentive.kind).toBe('plus');
    expect(read('コールセンター\n【給与】\n時給1,300円（深夜は1,625円）、成果に応じてインセンティブ支給').incentive.kind).toBe('plus');
  });
  it('a payment term per contract is not pay per contract', () => {
    expect(read('経理事務\n【仕事内容】\n契約ごとに支払条件が異なるため、台帳で管理します。\n【給与】\n時給1,300円').incentive.kind).toBe('none');
    expect(read('訪問販売\n【給与】\n時給1,200円\n契約ごとに5,000円を支給します').incentive.kind).toBe('plus');
  });
  it("a product priced by results (成果連動型報酬の広告) is the company's, not the job's pay", () => {
    expect(read('広告営業\n【仕事内容】\n成果連動型報酬の広告サービスをご提案します。\n【給与】\n月給25万円').incentive.kind).toBe('none');
  });
  it('pay per piece named with the thing done (工事1件, 商品1点) or with a cost word (交通費込) is the worker\'s, not a price', () => {
    expect(read('エアコン取付（業務委託）\n【報酬】\n取付工事1件につき8,000円').base).toMatchObject({ unit: 'piece', min: 8000 });
    expect(read('販売スタッフ\n【給与】\n時給1,100円＋商品1点につき300円のインセンティブ').incentive).toMatchObject({ kind: 'plus', perUnit: 300 });
    expect(read('出張修理（業務委託）\n【報酬】\n交通費込 1件 3,000円').base).toMatchObject({ unit: 'piece', min: 3000 });
    // The thing as the topic, or named as priced, is still the customer's price.
    expect(read('外壁塗装の訪問提案（業務委託）\n【報酬】\n成約額の7%をお支払いします\n・工事は1件80万円ほどです').incentive).toMatchObject({ kind: 'only', perUnit: null });
    expect(read('家電販売（業務委託）\n【報酬】\n販売額の5%\n・商品の価格は1台8万円からです').incentive).toMatchObject({ kind: 'only', perUnit: null });
  });
});

describe('fixed pay and pay systems in other senses', () => {
  it('pay by the hour said not to be fixed (時給制のため、固定給ではありません) is not pay by results', () => {
    expect(read('受付\n【給与】\n時給1,200円\n※時給制のため、固定給ではありません').incentive.kind).toBe('none');
  });
  it("other companies' pay systems set against this one's are not its pay", () => {
    const pay = read('保険営業\n【給与】\n月給25万円\nフルコミッション（固定給なし）の会社も多い業界ですが、当社は固定給制です');
    expect(pay.incentive.kind).toBe('none');
    expect(read('訪問販売\n【給与】\n歩合制の求人が多い中、当社は月給26万円の固定給です').incentive.kind).toBe('none');
  });
  it('a rate named as the pay field (報酬率：売上の35%) is the whole pay', () => {
    expect(read('営業代行（業務委託）\n【報酬】\n報酬率：売上の35%').incentive.kind).toBe('only');
  });
  it('a fee share the work pays out (販売手数料の10%を代理店へ支払う処理) is not results pay', () => {
    expect(read('経理\n【仕事内容】\n販売手数料の10%を代理店へ支払う処理を担当します\n【給与】\n時給1,300円').incentive.kind).toBe('none');
  });
  it("a region's minimum wage under a company heading is not the job's", () => {
    expect(read('電話受付\n私たちについて\n地域の最低時給1,050円を上回るお給料をお約束します。').base).toBeNull();
  });
  it('a list item of the benefits (・賞与 年2回) does not start a pay section', () => {
    expect(base('事務\n【待遇】\n・賞与 年2回\n・寮あり 月1万円\n【給与】\n月給20万円')).toEqual({ unit: 'month', min: 200000, max: 200000 });
  });
});

describe('true forms in more words', () => {
  it('no basic pay (基本給なし) is pay by results only, unless the pay goes by the hour', () => {
    expect(read('訪問販売（業務委託）\n【報酬】\n基本給はありません。売上に応じてお支払いします。').incentive.kind).toBe('only');
    expect(read('訪問販売（業務委託）\n【報酬】\n基本給はありません\n成約1件につき1万円').base).toMatchObject({ unit: 'piece', min: 10000 });
    const hourly = read('受付\n【給与】\n時給1,200円（時給制のため基本給はありません）');
    expect(hourly.base).toMatchObject({ unit: 'hour', min: 1200 });
    expect(hourly.incentive.kind).toBe('none');
  });
  it('a share given as a range (売上の30〜50%, 報酬率：30〜50%) and 成果連動型の報酬 are results pay', () => {
    for (const line of ['報酬率：30〜50%', '売上の30〜50%をお支払い', '販売手数料の20~40%']) {
      expect(read(`営業代行（業務委託）\n【報酬】\n${line}`).incentive.kind, line).toBe('only');
    }
    expect(read('営業\n【給与】\n月給20万円＋成果連動型の報酬').incentive.kind).toBe('plus');
  });
  it('a pay row whose label carries a tax note (給与（税込）　時給1,200円) is the pay', () => {
    expect(base('受付\n給与（税込）　時給1,200円')).toEqual({ unit: 'hour', min: 1200, max: 1200 });
    expect(base('受付\n賃金（税込）：月給21万円')).toEqual({ unit: 'month', min: 210000, max: 210000 });
  });
  it('commuting pay declined politely (支給いたしかねます) is not paid', () => {
    expect(read('受付\n【待遇】\n交通費は支給いたしかねます').commute.kind).toBe('none');
  });
});

describe('commuting costs the worker does not bear, training costs, and a past wage in a company story', () => {
  it('自己負担なし and ご自身の負担はありません are paid in full', () => {
    expect(read('事務\n【待遇】\n交通費（自己負担なし）').commute.kind).toBe('full');
    expect(read('事務\n【待遇】\n交通費 ご自身の負担はありません').commute.kind).toBe('full');
    expect(read('事務\n【待遇】\n交通費は自己負担です').commute.kind).toBe('none');
  });
  it('a cost named for the training period (交通費, 駐車料金) is not training pay', () => {
    for (const line of ['＜研修＞3日間（交通費1,000円支給）', '最初の1時間は駐車料金500円', '【研修】\n最初の3日間は交通費2,000円を別途支給します']) {
      expect(read(`受付\n【給与】\n時給1,200円\n${line}`).training, line).toBeNull();
    }
    expect(read('受付\n【給与】\n時給1,200円\n研修期間中（交通費支給）時給1,100円').training).toMatchObject({ unit: 'hour', min: 1100 });
  });
  it("a wage the company's story tells in the past is not the job's", () => {
    const pay = read('電話相談スタッフ\n私たちについて\n創業当時のアルバイトは時給800円でした。\n働き方\n時給1,400円から。');
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1400 });
  });
});

describe('hostile input', () => {
  it('still reads the first pay on a page of thousands of amounts and mentions (the work is capped)', () => {
    const text = `受付\n【給与】\n時給1,250円\n交通費全額支給\n${'研修期間中は 1,000円 交通費支給 03-1234-5678 '.repeat(3000)}`;
    const p = read(text);
    expect(p.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(p.commute.kind).toBe('full');
  });
});

describe('offsets', () => {
  it('point into the original text through NFKC and line-break changes', () => {
    const input = '【給与】\r\n時給１，３００円～１，５００円（研修中１，２００円）\r\n交通費全額支給、日払いＯＫ';
    const p = read(input);
    expect(p.base?.text).toBe('時給１，３００円～１，５００円');
    expect(p.training?.text).toBe('研修中１，２００円');
    expect(p.commute.text).toBe('交通費全額支給');
  });
});

describe('example postings of our own (tests/fixtures/pay)', () => {
  const dir = path.join(import.meta.dirname, 'fixtures/pay');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const p = read(fs.readFileSync(path.join(dir, file), 'utf8'));
      const { noteHas, ...facts } = want as { noteHas?: string };
      for (const [key, value] of Object.entries(facts)) {
        if (value === null) expect(p[key as keyof PayFacts], key).toBeNull();
        else expect(p[key as keyof PayFacts], key).toMatchObject(value as object);
      }
      if (noteHas) expect(p.note).toContain(noteHas);
    });
  }
});

describe('a range joined by a hyphen with no 円, right after the wage word', () => {
  it('時給1200-1500 and 月給200000-250000 are ranges; a code or a phone number after it is not an upper end', () => {
    const base = (text: string) => {
      const b = readPay(text).base;
      return b && { unit: b.unit, min: b.min, max: b.max };
    };
    expect(base('【給与】時給1200-1500（経験により決定）')).toEqual({ unit: 'hour', min: 1200, max: 1500 });
    expect(base('給与：月給200000-250000')).toEqual({ unit: 'month', min: 200000, max: 250000 });
    expect(base('時給 1,150 - 1,300 です')).toEqual({ unit: 'hour', min: 1150, max: 1300 });
    expect(base('時給1300　問い合わせ 03-1234-5678')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
    expect(base('時給1300 - 5')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
  });
});

describe('figures numbered or grouped in other ways', () => {
  const base = (text: string) => {
    const b = readPay(text).base;
    return b && { unit: b.unit, min: b.min, max: b.max };
  };
  it('a circled number before an amount numbers the line (①1,200円 is 1,200円, not 11,200円)', () => {
    expect(base('受付スタッフ\n時給\n①1,150円（平日の日中）\n②1,350円（土日祝）')).toEqual({ unit: 'hour', min: 1150, max: 1150 });
    expect(base('【給与】❶月給21万円（一般職）❷月給24万円（リーダー職）')).toEqual({ unit: 'month', min: 210000, max: 210000 });
    expect(normalize('①②⑳㉑❶').text).toBe('①②⑳㉑❶');
    expect(normalize('⑴ＡＢ').text).toBe('(1)ab');
  });
  it('a dot before three digits and 円 groups thousands (時給1.250円); a decimal stays one (月給18.5万円, 0.8円)', () => {
    expect(base('【時給】1.250円〜1.400円')).toEqual({ unit: 'hour', min: 1250, max: 1400 });
    expect(base('給与：時給1.100円')).toEqual({ unit: 'hour', min: 1100, max: 1100 });
    expect(base('給与：月給18.5万円')).toEqual({ unit: 'month', min: 185000, max: 185000 });
    expect(findAmounts('1文字0.800円', 10).find((a) => a.money)?.min).toBe(0.8);
  });
});

describe('the first period named as the start, and results pay by what it depends on', () => {
  const read = factsOf('base', 'training', 'incentive');
  it('スタート時は…, 入社3ヶ月間は…, 勤務開始から2週間は…: that pay is the first period\'s, the later one the wage', () => {
    expect(read('受電スタッフ\n給与\nスタート時は時給1,150円、2ヶ月後に1,250円へ')).toEqual({ base: ['hour', 1250, 1250], training: [1150, 2], incentive: 'none' });
    expect(read('テレフォンオペレーター\n給与\n入社3ヶ月間は時給1,100円、その後1,280円')).toEqual({ base: ['hour', 1280, 1280], training: [1100, 3], incentive: 'none' });
    expect(read('予約受付\n時給1,300円\n※勤務開始から1ヶ月間は時給1,200円')).toEqual({ base: ['hour', 1300, 1300], training: [1200, 1], incentive: 'none' });
  });
  it('稼働に応じた成果報酬, 実績に応じて歩合 under a pay label with no wage: results only; beside a wage: on top', () => {
    expect(read('テレアポ（在宅）\n報酬\n稼働に応じた成果報酬')).toMatchObject({ base: ['piece', null, null], incentive: 'only' });
    expect(read('インサイドセールス\n給与：件数に応じた歩合制')).toMatchObject({ incentive: 'only' });
    expect(read('テレアポ\n給与\n時給1,200円\n手当：実績に応じてインセンティブ')).toMatchObject({ base: ['hour', 1200, 1200], incentive: 'plus' });
  });
});

describe('a success named by what is agreed, and a share paid for each deal', () => {
  const read = factsOf('base', 'incentive', 'perUnit');
  it('アポイント成立ごとに, 商談確定ごとに, アポごとに: the amount is paid per success, not a day\'s pay', () => {
    expect(read('電話でのアポイント取り\n【報酬】\n・アポイント成立ごとに6000円を支給\n勤務地：自宅')).toEqual({ base: ['piece', 6000, 6000], incentive: 'only', perUnit: 6000 });
    expect(read('法人向けテレアポ\n報酬：商談確定ごとに9,000円\n勤務地：在宅')).toEqual({ base: ['piece', 9000, 9000], incentive: 'only', perUnit: 9000 });
    expect(read('アポインター\n報酬：アポごとに2,500円')).toEqual({ base: ['piece', 2500, 2500], incentive: 'only', perUnit: 2500 });
    // Beside a wage the same amount is on top of it.
    expect(read('テレアポ\n給与：時給1,150円\nアポイント成立ごとに1,000円を支給')).toEqual({ base: ['hour', 1150, 1150], incentive: 'plus', perUnit: 1000 });
  });
  it('1件成約で売上の30%: a share opening the pay field is the whole pay', () => {
    expect(read('リフォーム営業\n報酬\n1件成約で売上の25%をバック\n勤務地：神奈川県')).toMatchObject({ base: ['piece', null, null], incentive: 'only' });
    // A share of sales elsewhere than the pay field is still no pay.
    expect(read('リフォーム営業\n給与：月給24万円\n会社概要\n1件成約で売上の25%が当社の粗利です')).toMatchObject({ base: ['month', 240000, 240000] });
  });
});

describe('a form\'s rows: the range as two rows, and the trial period\'s terms as a field', () => {
  const read = factsOf('base', 'training');
  it('給与下限 ⏎ …円 ⏎ 給与上限 ⏎ …円, 下限：…／上限：…: the second row is the upper end', () => {
    expect(read('経理補助（パート）\n給与形態\n時給\n給与下限\n1,120円\n給与上限\n1,380円\n勤務地\n川口市')).toEqual({ base: ['hour', 1120, 1380], training: null });
    expect(read('法人営業\n給与\n下限：月給21万円／上限：月給30万円')).toEqual({ base: ['month', 210000, 300000], training: null });
    // An upper limit of another item on the next row is not the pay's: the lower bound alone is the pay from that
    // figure up, as 210,000円〜 is.
    expect(read('法人営業\n給与\n下限 210,000円\n交通費\n上限 15,000円')).toEqual({ base: ['month', 210000, null], training: null });
  });
  it('ハローワーク: 試用期間 あり（3ヶ月） 労働条件：時間額…円 is the period\'s pay; 同条件 is none', () => {
    expect(read('テレフォンオペレーター\n賃金\n時間額　1,100円〜1,250円\n試用期間　あり（2ヶ月）　労働条件：時間額1,060円\n就業時間 10:00〜16:00')).toEqual({ base: ['hour', 1100, 1250], training: [1060, 2] });
    expect(read('テレフォンオペレーター\n賃金\n時間額　1,100円\n試用期間　あり（2ヶ月）　労働条件：同条件\n就業時間 10:00〜16:00')).toEqual({ base: ['hour', 1100, 1100], training: null });
  });
});

describe('results pay said in other words: paid for deals only, a floor, a table row per success', () => {
  const read = factsOf('base', 'incentive', 'perUnit', 'guaranteed');
  it('お支払いは成約分のみ, 稼働時間に対する時給はありません: results only; an amount per contract added on is no day\'s pay', () => {
    expect(read('ウォーターサーバーの販売（業務委託）\n■報酬\nお支払いは成約分のみです（稼働時間に対する時給はありません）。\n1契約あたり7,000円、定期便のお申し込みがあれば1契約につき3,000円を加算します。')).toMatchObject({ base: ['piece', 7000, 7000], incentive: 'only', perUnit: 7000 });
  });
  it('月12万円の最低保証 after the amount is a floor under results pay, not the base', () => {
    expect(read('保険の提案スタッフ（業務委託）\n■報酬\n完全歩合制。ご成約1件あたり15,000円〜。\n※最初の半年は月12万円の最低保証があります')).toMatchObject({ base: ['piece', 15000, null], incentive: 'only', perUnit: 15000, guaranteed: 120000 });
  });
  it('成約に至った場合にのみ報酬が発生: results only, even with no amount', () => {
    expect(read('オフィス用品の紹介パートナー\n報酬\nご紹介先との契約が成立した場合にのみ報酬をお支払いします。金額は商材ごとにお知らせします。')).toMatchObject({ base: ['piece', null, null], incentive: 'only' });
  });
  it('a table row 1件 / 2,000円 under a results pay field gives the amount per success', () => {
    expect(read('在宅アポインター\n報酬について\n成果に応じた報酬です。\n件数 / 金額\n1件 / 2,000円\n10件達成 / +8,000円')).toMatchObject({ incentive: 'only', perUnit: 2000 });
  });
});

describe('a range whose second figure repeats the wage word, and an upper end after a slash', () => {
  const base = (text: string) => {
    const b = readPay(text).base;
    return b && [b.unit, b.min, b.max];
  };
  it('時給1,100円〜時給1,350円 and 月給21万円〜月給26万円 are ranges; another wage word after 〜 is not the upper end', () => {
    expect(base('受付スタッフ\n給与：時給1,100円〜時給1,350円')).toEqual(['hour', 1100, 1350]);
    expect(base('営業事務\n給与：月給21万円〜月給26万円')).toEqual(['month', 210000, 260000]);
    expect(base('警備スタッフ\n給与：時給1,100円〜　日給8,800円')).toEqual(['hour', 1100, null]);
  });
  it('時給1,150円〜/最高1,400円: the figure after the slash is the upper end', () => {
    expect(base('コールスタッフ\n給与：時給1,150円〜/最高1,400円')).toEqual(['hour', 1150, 1400]);
  });
});

describe('results pay that is not this job\'s, and a wage that rises with the count', () => {
  const kind = (text: string) => readPay(text).incentive.kind;
  it('another role named as the topic (同時募集の…職は歩合制, 営業職は別途…歩合給（本求人は対象外）) is that role\'s', () => {
    expect(kind('倉庫の事務スタッフ\n給与：月給19万円〜\n※同時募集の配送ドライバー職は固定給＋歩合制です。')).toBe('none');
    expect(kind('不動産会社の受付スタッフ\n給与：月給19万円\n※営業職には別途、成約に応じた歩合給があります（本求人は対象外）')).toBe('none');
    // The role the title names is this job's; a title that names no job leaves the line as the page's pay.
    expect(kind('法人営業スタッフ\n給与：月給24万円\n営業職は別途、成約に応じた歩合給があります')).toBe('plus');
    expect(kind('スタッフ大募集\n営業職は月給25万円＋歩合給')).toBe('plus');
  });
  it('the title is the title section: a company line above it does not hide the job it names', () => {
    // The first line names only the company; the role is on the second, and another role's commission is not this job's.
    expect(kind('株式会社ミナトサービス\n【事務職】受付・データ入力スタッフ\n仕事内容\n来客の受付と、申込書の入力をお願いします。\n給与\n時給1,200円\n※同じ店舗の営業職は固定給＋歩合制です。')).toBe('none');
    expect(kind('株式会社ミナトサービス\n【営業職】ルート営業スタッフ\n給与\n月給24万円\n※営業職は別途、成約に応じた歩合給があります。')).toBe('plus');
  });
  it('a program for customers or partners (代理店様向け報奨金) and a company trip (インセンティブ旅行) are not pay', () => {
    expect(kind('代理店サポート\n仕事内容：代理店様向け報奨金制度の申請受付\n給与：時給1,350円')).toBe('none');
    expect(kind('点検スタッフ\n給与：月給23万円\n福利厚生：インセンティブ旅行（全員参加の社員旅行）')).toBe('none');
  });
  it('獲得数に応じて時給アップ: the wage follows the count, results pay on top of the base', () => {
    expect(kind('携帯販売スタッフ\n給与：時給1,250円〜 ※前月の獲得件数に応じて時給アップ')).toBe('plus');
  });
});

describe('fields labelled in English, a guaranteed day wage, a lease, and bands of hours', () => {
  const read = factsOf('base', 'incentive');
  it('Salary: ¥1,250/h and Daily wage: ¥9,800 under English labels are the pay', () => {
    expect(read('Kitchen Staff / キッチンスタッフ\nLocation: 京都市下京区\nSalary: ¥1,250/h\nHours: 17:00–22:00')).toEqual({ base: ['hour', 1250, 1250], incentive: 'none' });
    expect(read('Packing Staff / 梱包スタッフ\nDaily wage: ￥9,800\nPlace: 埼玉県川越市')).toEqual({ base: ['day', 9800, 9800], incentive: 'none' });
  });
  it('日給保証 7,500円＋出来高 is a day wage with results on top; a van lease 月額28,000円 is a cost, not pay', () => {
    expect(read('宅配ドライバー（業務委託）\n報酬\n日給保証 7,500円＋出来高（1個140円）\n車両リース 月額28,000円')).toEqual({ base: ['day', 7500, 7500], incentive: 'plus' });
  });
  it('a table of bands: the weekday daytime band is the ordinary rate even with its hours; a rate for high-school students is not', () => {
    expect(read('スーパーの品出しスタッフ\n【給与】\n時間帯\t時給\n平日日中（8:00〜16:00）\t1,150円\n夜間（22:00〜翌6:00）\t1,440円\n※高校生は時給1,080円')).toEqual({ base: ['hour', 1150, 1150], incentive: 'none' });
  });
});

describe('a band of hours the title names', () => {
  const base = (text: string) => {
    const b = readPay(text).base;
    return b && [b.unit, b.min, b.max];
  };
  it('【夜勤のみ】 over a table of 日勤 and 夜勤 rates with their hours: the night rate is this job\'s; with no band in the title, the day rate', () => {
    const table = '\n給与\n勤務帯\t時給\n日勤（8:30〜17:30）\t1,180円\n夜勤（16:30〜翌9:30）\t1,480円\n勤務地\n仙台市泉区';
    expect(base(`【夜勤のみ】看護助手（パート）${table}`)).toEqual(['hour', 1480, 1480]);
    expect(base(`看護助手（パート）${table}`)).toEqual(['hour', 1180, 1180]);
  });
});

describe('commuting costs in English', () => {
  const commute = (text: string) => {
    const c = readPay(text).commute;
    return [c.kind, c.cap];
  };
  it('Transportation: fully covered / up to ¥15,000 a month / provided / not covered', () => {
    const head = 'Hotel Cleaning Staff / 客室清掃\nSalary: ¥1,180/h\n';
    expect(commute(`${head}Transportation: fully covered`)).toEqual(['full', null]);
    expect(commute(`${head}Transportation: up to ¥15,000/month`)).toEqual(['capped', 15000]);
    expect(commute(`${head}Commuting allowance: provided under company rules`)).toEqual(['partial', null]);
    expect(commute(`${head}Transportation: not covered (walking distance only)`)).toEqual(['none', null]);
  });
});

describe('a company\'s list of reward systems', () => {
  it('各種報奨制度あり among the benefits names no results pay; 報奨金（販売実績に応じて） does', () => {
    expect(readPay('経理スタッフ\n給与：月給22万円\n待遇：社会保険完備、各種報奨制度あり').incentive.kind).toBe('none');
    expect(readPay('店舗スタッフ\n給与：時給1,150円\n待遇：報奨金あり（販売実績に応じて）').incentive.kind).toBe('plus');
  });
});

describe('results-only pay said in plainer words (fourth red-team round)', () => {
  const read = factsOf('base', 'incentive', 'perUnit');
  it('no pay for the hours worked, said of time or of a base that is not set: results only', () => {
    expect(read('在宅アポインター\n■仕事内容\n資料をご請求いただいた方へお電話します。お申し込み1件ごとに2,000円をお渡しします。稼働した時間に対する報酬は発生しません。')).toEqual({ base: ['piece', 2000, 2000], incentive: 'only', perUnit: 2000 });
    expect(read('屋根修理の提案パートナー（業務委託）\n▼報酬\n工事1件ごとの粗利益の25％をお支払いします。\n基本報酬・日当の設定はございません。')).toMatchObject({ base: ['piece', null, null], incentive: 'only' });
  });
  it('a referral fee under its own heading (【紹介料】) is the pay', () => {
    expect(read('空き家の紹介者募集\n【紹介料】\n売買が成立した場合、1件につき紹介料50,000円をお支払いします。')).toEqual({ base: ['piece', 50000, 50000], incentive: 'only', perUnit: 50000 });
  });
  it('a share of the contract value with a tax note (契約金額（税抜）の8％), paid only on closing: results only', () => {
    expect(read('防犯カメラの紹介パートナー\n■お支払い\nご成約時のみ、契約金額（税抜）の6％をお支払いいたします。')).toMatchObject({ base: ['piece', null, null], incentive: 'only' });
  });
  it('one piece described in brackets (1記事（1,500字程度・写真3枚）1,200円〜): the amount per piece', () => {
    expect(read('観光記事ライター（業務委託）\n◆報酬\n1記事（1,500字程度・写真3枚付き）1,200円〜2,500円\n◆応募資格\n文章が好きな方')).toEqual({ base: ['piece', 1200, 2500], incentive: 'only', perUnit: 1200 });
  });
  it('a pay heading with a note (▼報酬（獲得件数に応じた単価）) heads the pay section', () => {
    expect(read('テレアポパートナー\n▼報酬（獲得件数に応じた単価）\n1〜9件目：1件 3,000円\n10件目以降：1件 3,500円\n▼勤務地\nフルリモート')).toMatchObject({ incentive: 'only', perUnit: 3000 });
  });
  it('the sales staff\'s commission the job computes, and a posting that says it is for another job, are not its pay', () => {
    expect(read('営業事務（正社員）\n【仕事内容】\n営業担当者の歩合給の計算と給与担当への連携\n※当社の営業職はフルコミッション制ですが、本求人は事務職の募集です。\n【給与】\n月給20万円')).toEqual({ base: ['month', 200000, 200000], incentive: 'none', perUnit: null });
  });
});

describe('pay lines across rows: a range broken after its 〜, an example row continued, another role\'s line', () => {
  const read = factsOf('base', 'incentive');
  it('a range whose upper end a converted page put on the next line (時給 1,250円 〜 ⏎ 1,350円) is one range', () => {
    expect(read('受付スタッフ／時給1,250円〜\n株式会社サンプル\n時給 1,250円 〜\n1,350円 - パート\n仕事内容\n窓口での受付')).toMatchObject({ base: ['hour', 1250, 1350] });
    // A 〜 at a line's end with no figure after it still leaves the range open.
    expect(read('受付スタッフ\n給与\n時給1,250円〜\n交通費支給')).toMatchObject({ base: ['hour', 1250, null] });
  });
  it('a row with no label of its own under an example row (年収例 ⏎ its second figure) is an example too', () => {
    expect(read('営業事務（正社員）\n給与\n当社規定により決定します\n年収例　360万円（入社2年目）\n　　　　420万円（入社6年目／係長）')).toMatchObject({ base: null });
    expect(read('営業事務（正社員）\n給与\n月給22万円〜\n年収例　360万円（入社2年目）\n　　　　420万円（入社6年目）')).toMatchObject({ base: ['month', 220000, null] });
  });
  it('results pay on another role\'s line of a list of roles is that role\'s, not the title\'s', () => {
    const page = (third: string) =>
      `【リーダー候補】保険コールセンターのチームリーダー／時給1,700円\n■募集している職種\n①受付オペレーター\n　時給1,350円\n②チームリーダー候補（今回の募集）\n　時給1,700円\n③ご案内オペレーター（発信）\n　${third}\n■お仕事内容\n10名ほどのチームのまとめ役です。`;
    expect(read(page('時給1,450円＋成果手当'))).toMatchObject({ base: ['hour', 1700, 1700], incentive: 'none' });
    expect(read(page('時給1,450円＋インセンティブ（1件500円）'))).toMatchObject({ base: ['hour', 1700, 1700], incentive: 'none' });
    // The same words on the title's own line are its pay; a rate for experienced staff is no other role.
    expect(read('テレアポスタッフ／時給1,300円\n給与\n時給1,300円\n経験者：時給1,500円＋インセンティブ')).toMatchObject({ incentive: 'plus' });
  });
});

describe('full-length results-only and monthly pages (red team 5)', () => {
  const read = factsOf('base', 'incentive', 'perUnit');
  it('headings between rules (―― 休日 ――) end the pay section: a product price further down is not pay per piece', () => {
    const page = '事務スタッフ（正社員）\n―― 給与 ――\n月給22万円\n―― 休日 ――\n土日祝\n―― これまでの制作物 ――\n・焼き菓子の詰め合わせ（1箱 2,160円）のパッケージ';
    expect(read(page)).toEqual({ base: ['month', 220000, 220000], incentive: 'none', perUnit: null });
  });
  it('an allowance per family member (子1人につき5,000円) counts people, not successes', () => {
    expect(read('設備保全スタッフ\n【給与】\n月給23万円\n家族手当（配偶者 10,000円、子1人につき 5,000円）')).toEqual({ base: ['month', 230000, 230000], incentive: 'none', perUnit: null });
    expect(read('施工管理\n【給与】\n基本給 21万円\n・家族手当：配偶者 8,000円、子ども1人 4,000円')).toEqual({ base: ['month', 210000, 210000], incentive: 'none', perUnit: null });
  });
  it('pay said in prose to come at each success, with no fixed pay, is results only', () => {
    expect(read('光回線のご紹介パートナー\n【報酬】\nお客様のご契約が決まるたびに報酬をお支払いします。\n毎月決まったお支払いはありません。')).toMatchObject({ base: ['piece', null, null], incentive: 'only' });
    // With a wage, the same is results pay on top.
    expect(read('テレアポスタッフ\n【給与】\n時給1,200円\nアポイントが取れるたびに報酬をお支払いします。')).toMatchObject({ base: ['hour', 1200, 1200], incentive: 'plus' });
    // 時間給はありません says there is no wage beside the per-success pay.
    expect(read('在宅テレアポ\n■報酬\n1アポ 2,500円\n時間給はありません。')).toMatchObject({ base: ['piece', 2500, 2500], incentive: 'only', perUnit: 2500 });
  });
  it('a figure without 円 that counts something else is no pay (2025年4月実績, 月間40万PV)', () => {
    expect(read('新卒採用\n■ 初任給（2025年4月実績）\n大学卒　月給 230,000円')).toMatchObject({ base: ['month', 230000, 230000] });
    expect(read('記事ライター\n報酬：1記事 2,000円\n当メディア（月間約30万PV）で公開します。')).toMatchObject({ base: ['piece', 2000, 2000], perUnit: 2000 });
  });
  it('a reward for passing an exam (合格時に報奨金) is not results pay', () => {
    expect(read('設備技術職\n【給与】\n月給24万円\n【待遇】\n資格取得支援制度（合格時に報奨金 最大10万円）')).toMatchObject({ incentive: 'none' });
  });
  it('a period named earlier on the line (月額 1ユーザー 300円〜) is the figure\'s unit: a product price, not an hourly wage', () => {
    expect(read('在宅テレアポ\n■報酬\n1アポ 3,000円\n時間給はありません。\n■ご案内する製品\n勤怠システム 月額 1ユーザー 300円〜')).toMatchObject({ base: ['piece', 3000, 3000], incentive: 'only' });
  });
});

describe('whose results pay, asked and answered (red team: quota and incentive wording)', () => {
  const read = factsOf('incentive', 'perUnit');
  it('a question names the topic; the answer says whether there is any', () => {
    expect(read('テレアポ\n給与：時給1,200円\nQ. インセンティブはありますか？\nA. はい、アポ1件につき500円です。')).toEqual({ incentive: 'plus', perUnit: 500 });
    expect(read('テレアポ\n給与：時給1,200円\nQ. インセンティブはありますか？\nA. ありません。')).toEqual({ incentive: 'none', perUnit: null });
  });
  it('results pay said to be for another role only (インセンティブ制度は営業職のみが対象です) is not this job\'s', () => {
    expect(read('人材コーディネーター（内勤）\n給与：月給23万円\nインセンティブ制度は営業職のみが対象です。')).toEqual({ incentive: 'none', perUnit: null });
    expect(read('法人営業職\n給与：月給23万円\nインセンティブ制度は営業職のみが対象です。')).toEqual({ incentive: 'plus', perUnit: null });
  });
  it('a reward for bringing in a friend is not results pay', () => {
    expect(read('コールスタッフ\n給与：時給1,300円\nお友だちが就業を開始されると、紹介者の方に報奨金1万円をお支払いします。')).toEqual({ incentive: 'none', perUnit: null });
    expect(read('事務スタッフ\n給与：月給22万円\n社員紹介制度：ご友人の入社が決まると報奨金5万円')).toEqual({ incentive: 'none', perUnit: null });
  });
  it('a wage set by the count of last month (前月のアポイント件数で時給が決まります) is results pay', () => {
    expect(read('アポインター\n給与：時給1,250円〜\n前月のアポイント件数で時給が決まります。')).toEqual({ incentive: 'plus', perUnit: null });
  });
  it('a prize line (月間MVPには賞金3万円) is no other role\'s pay line', () => {
    expect(read('反響営業\n給与：月給25万円〜\n表彰：月間MVP（契約数トップ）には賞金3万円を支給')).toEqual({ incentive: 'plus', perUnit: null });
  });
});

describe('hourly and daily pay in odd shapes (red team 6)', () => {
  const read = factsOf('base');
  it('a form\'s total with allowances (手当等を含む a＋b) gives way to its basic part (a); alone, it stands for the pay', () => {
    expect(read('受付（パート）\n賃金・手当\n賃金（手当等を含む a＋b）\n1,120円～1,220円\na 基本給（時間額）\n1,070円～1,170円\nb 定額的に支払われる手当\n処遇改善手当 50円')).toEqual({ base: ['hour', 1070, 1170] });
    expect(read('受付（パート）\n【給与】\n賃金（手当等を含む a＋b）\n1,120円～1,220円\nb 定額的に支払われる手当 なし')).toEqual({ base: ['hour', 1120, 1220] });
  });
  it('an amount in kanji numerals followed by から opens the range', () => {
    expect(read('パン屋のスタッフ\nお給料は時給千百円から。慣れてきたら上げていきます。')).toEqual({ base: ['hour', 1100, null] });
    expect(read('パン屋のスタッフ\nお給料は時給千百円から千三百円です。')).toEqual({ base: ['hour', 1100, 1300] });
  });
  it('the lines above the first heading name the role when the title is a shop\'s name', () => {
    expect(read('カフェ ルポ 三軒茶屋店\nホールスタッフ募集！\n給与\nキッチン：時給1,250円～1,400円\nホール：時給1,200円～1,350円')).toEqual({ base: ['hour', 1200, 1350] });
    // Named in neither, the first line stays the pay.
    expect(read('カフェ ルポ 三軒茶屋店\nスタッフ募集！\n給与\nキッチン：時給1,250円～1,400円\nホール：時給1,200円～1,350円')).toEqual({ base: ['hour', 1250, 1400] });
  });
});
