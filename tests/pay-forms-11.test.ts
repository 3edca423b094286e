// The pay reader on notes written after the wage, pinned with sentences of our own: a note that raises exist
// (時給1,200円〜 ※昇給あり, 時給1,200円（昇給有）) is not a raise to the amount before it, which stays the wage; an
// amount that is what the pay rises to (半年後に1,100円に昇給, 2,000円以上に増額) is not.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;

describe('a note that raises exist, after the wage', () => {
  it('after ※, in brackets or as the next item, the amount before it is the wage', () => {
    for (const [page, want] of [
      ['コールスタッフ\n給与\n時給1,200円〜　※昇給あり', { unit: 'hour', min: 1200, max: null }],
      ['受付スタッフ\n給与\n時給　1,200円　（昇給有）', { unit: 'hour', min: 1200, max: 1200 }],
      ['事務スタッフ\n給与\n時給1,150円 ※昇給制度あり', { unit: 'hour', min: 1150, max: 1150 }],
      ['オペレーター\n給与\n月給21万円〜（昇給年1回・賞与年2回）', { unit: 'month', min: 210000, max: null }],
    ] as const) {
      expect(read(page).base, page).toMatchObject(want);
    }
  });
});

describe('an amount the pay rises to', () => {
  it('is not the wage, and the wage stated before it stays', () => {
    expect(read('販売スタッフ\n給与\n時給1,050円\n半年後に1,150円に昇給します').base).toMatchObject({ unit: 'hour', min: 1050, max: 1050 });
    expect(read('在宅ワーカー\n報酬\n実績により2,000円以上に増額する場合があります').base).toBeNull();
  });
});

describe('a page that opens with its pay row', () => {
  it('a bracketed pay heading with the figure right after it is the pay, not a title', () => {
    const p = read('【報酬】アポイント1件につき4,000円\n勤務地：在宅\n仕事内容：電話でのアポイント取り');
    expect(p.base).toMatchObject({ unit: 'piece', min: 4000 });
    expect(p.incentive.kind).toBe('only');
  });
  it('a title that begins with the pay word is still a title', () => {
    expect(read('給与計算スタッフ（月給22万円）\n仕事内容\n勤怠の集計と給与計算').base).toMatchObject({ unit: 'month', min: 220000 });
  });
});

describe('training pay stated twice, in the summary box and in the 給与 section', () => {
  it('neither statement of the period pay is read as the base pay', () => {
    const page = [
      '[ア・パ]保険のお問い合わせ窓口スタッフ',
      '株式会社みなとライフサポート　お客様窓口',
      '時給1,300円～1,380円　研修中時給1,250円',
      '神奈川県横浜市西区／横浜駅 徒歩6分',
      '',
      '給与',
      '[ア・パ]9:00～17:00　時給1,300円',
      '　　　　17:00～20:00　時給1,380円',
      '※研修期間（約3週間）は時給1,250円',
      '※交通費規定支給',
    ].join('\n');
    const p = read(page);
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.training).toMatchObject({ unit: 'hour', min: 1250 });
  });
});

describe('a ハローワーク total marked (a＋b) after its amount', () => {
  it('the basic part on the a row is the pay; the total stands for it only when no basic part is read', () => {
    const form = [
      '倉庫作業員（フォークリフト）',
      '賃金（月額）　２１０，０００円～２５０，０００円（ａ＋ｂ）',
      'ａ　基本給（月額平均）又は時間額　１９５，０００円～２３０，０００円',
      'ｂ　定額的に支払われる手当　資格手当　１５，０００円～２０，０００円',
    ].join('\n');
    expect(read(form).base).toMatchObject({ unit: 'month', min: 195000, max: 230000 });
    expect(read('一般事務\n賃金（月額）　１９０，０００円（ａ＋ｂ）').base).toMatchObject({ unit: 'month', min: 190000 });
  });
});

describe('a ハローワーク row that says there is no fixed overtime on its own line', () => {
  it('固定残業代に関する特記事項　なし, with the answer after the label, is no fixed overtime', () => {
    expect(read('事務員\n賃金\n基本給（ａ）　１８０，０００円\n固定残業代に関する特記事項　なし').fixedOvertime).toBeNull();
    expect(read('事務員\n賃金\n月給18万円（固定残業代20時間分25,000円を含む）').fixedOvertime).toMatchObject({ hours: 20, amount: 25000 });
  });
});

describe('a training pay said of every pay line above it', () => {
  it('いずれも、研修期間は… under a day and a night line is the main line\'s training pay too', () => {
    const p = read('受付スタッフ\n給与\n日勤　時給1,300円～1,400円\n夜勤　時給1,450円～1,550円\nいずれも、研修期間（最初の2週間）は時給1,200円です。');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300, max: 1400 });
    expect(p.training).toMatchObject({ unit: 'hour', min: 1200 });
  });
  it('without such words, a training pay under another role\'s line stays that role\'s', () => {
    expect(read('受付スタッフ\n給与\nアルバイト　時給1,100円\n契約社員　月給20万円\n※試用期間中は月給18万円').training).toBeNull();
  });
});

describe("a board's summary field and its detail", () => {
  it('給与 ・時給1,250円〜 above 給与の詳細 時給1,250円〜1,400円: the detail, said in full, is the pay', () => {
    const page = '再配達受付スタッフ\n求人の詳細\n給与\n・時給1,250円～\n\n雇用形態\n・パート\n\n仕事内容\nお電話で再配達のご依頼を受けます。\n\n給与の詳細\n時給1,250円～1,400円\n※研修期間は時給1,200円';
    const p = read(page);
    expect(p.base).toMatchObject({ unit: 'hour', min: 1250, max: 1400 });
    expect(p.training).toMatchObject({ min: 1200 });
  });
  it('a later line with another lower end is another pay, not the same one in full', () => {
    expect(read('受付スタッフ\n給与\n時給1,250円～\n\n給与の詳細\n経験者は時給1,300円～1,500円').base).toMatchObject({ min: 1250, max: null });
  });
});

describe('a ハローワーク 賃金 row with the 基本給（ａ） row below it', () => {
  it('the total row, unmarked, yields to the basic part; alone it is the pay', () => {
    const form = ['交通誘導警備員', '賃金（月額）　２００，０００円～２４０，０００円', '基本給（ａ）　１９０，０００円～２３０，０００円', '定額的に支払われる手当（ｂ）　隊長手当　１０，０００円'].join('\n');
    expect(read(form).base).toMatchObject({ unit: 'month', min: 190000, max: 230000 });
    expect(read('交通誘導警備員\n賃金（月額）　２００，０００円～２４０，０００円\n通勤手当　実費支給').base).toMatchObject({ min: 200000, max: 240000 });
  });
});

describe('commute in a row of tags', () => {
  it('交通費全額支給　ノルマなし: the next tag\'s なし is not the commute\'s', () => {
    expect(read('受付スタッフ\n未経験OK　研修あり　交通費全額支給　ノルマなし　週3日～OK\n給与\n時給1,200円').commute.kind).toBe('full');
    expect(read('受付スタッフ\n給与\n時給1,200円\n交通費支給　制服貸与なし').commute.kind).toBe('partial');
  });
  it('its own なし and a cap after a space are still read', () => {
    expect(read('受付スタッフ\n給与\n時給1,200円\n交通費　支給なし').commute.kind).toBe('none');
    expect(read('受付スタッフ\n給与\n時給1,200円\n交通費支給　上限月2万円').commute).toMatchObject({ kind: 'capped', cap: 20000 });
  });
});
