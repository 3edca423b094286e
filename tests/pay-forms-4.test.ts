// The pay reader's fourth red-team round, on whole pages where it set a stated pay aside or missed what the pay is:
// an item before the wage on its line (昇給あり　時給…, 賞与年2回＋月給…, 試用期間なし・時給…), a board's list of jobs
// like this one, results-only pay said as a fee or by the count of contracts or in a contract's brackets (業務委託
// （成果報酬型）) behind a summary card, training pay said in more words (研修中も… in a title above the pay field,
// 独り立ちするまで, その間の時給, 時給が100円下がります), a guarantee for the first month, and pay headings in more
// words (報償費等, 給与条件, バイト代, 報酬のご案内). Sentences of our own; the whole pages are in tests/fixtures/pay
// (expected.json).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePay, readPayChecked } from './pay-helpers';
import { run } from './helpers';

const read = readPayChecked;
const base = basePay;
const page = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/pay', name), 'utf8');

/** Each line as the whole pay field of a page that states no wage: pay by results only, by the piece. */
function expectResultsOnly(lines: string[], pageOf = (line: string) => `訪問のご提案（業務委託）\n■報酬\n${line}\n■活動エリア\n大阪府`) {
  for (const line of lines) {
    const p = read(pageOf(line));
    expect(p.incentive.kind, line).toBe('only');
    expect(p.base, line).toMatchObject({ unit: 'piece' });
  }
}

describe('an item that ends before the wage on its line is another fact, not what the wage is', () => {
  it('昇給あり, 税込, 賞与年2回＋, 試用期間なし・, 交通費別途支給 before 時給/月給 leave the wage read', () => {
    const cases: [string, { unit: string; min: number }][] = [
      ['昇給あり　時給1,250円〜', { unit: 'hour', min: 1250 }],
      ['税込　時給1,180円', { unit: 'hour', min: 1180 }],
      ['賞与年2回＋月給22万円〜', { unit: 'month', min: 220000 }],
      ['試用期間なし・時給1,200円〜', { unit: 'hour', min: 1200 }],
      ['交通費別途支給 時給1,200円', { unit: 'hour', min: 1200 }],
    ];
    for (const [line, want] of cases) {
      const p = read(`受付スタッフ\n【給与】\n${line}\n【勤務時間】\n9:00〜17:00`);
      expect(p.base, line).toMatchObject(want);
      expect(p.training, line).toBeNull();
    }
  });
  it('an allowance before an amount with no wage word stays an allowance (通勤手当支給 月額1万円)', () => {
    expect(base('受付スタッフ\n【給与】\n通勤手当支給 月額10,000円\n【勤務時間】\n9:00〜17:00')).toBeNull();
  });
  it('a wage word right after an allowance\'s name is still that allowance (研修手当 日給8,000円)', () => {
    expect(base('受付スタッフ\n【手当】\n研修手当 日給8,000円\n【勤務時間】\n9:00〜17:00')).toBeNull();
  });
});

describe("a board's list of jobs like this one", () => {
  it('この求人に似た求人 and 類似の求人 list other jobs: their wages are not this one\'s', () => {
    for (const heading of ['この求人に似た求人', '類似の求人', '似ている求人']) {
      const p = read(`訪問のご案内（業務委託）\n【給与】\n完全出来高制\n1件あたり8,000円〜\n${heading}\n・ポスティング 時給1,100円`);
      expect(p.base, heading).toMatchObject({ unit: 'piece', min: 8000 });
      expect(p.incentive.kind, heading).toBe('only');
      expect(p.note, heading).toBeNull();
    }
  });
});

describe('results-only pay in more words', () => {
  it('a fee as the pay (報酬 ⏎ 代理店手数料（…）, 紹介手数料) with no wage is pay by results only', () => {
    expectResultsOnly(['代理店手数料（商材ごとに設定しています）', '紹介手数料をお支払いします'], (line) => `光回線の販売代理店（業務委託）\n【報酬】\n${line}\n【活動時間】\n自由`);
  });
  it('a fee outside a pay field is not pay (仲介手数料半額キャンペーン in the job\'s words)', () => {
    const p = read('不動産の受付（アルバイト）\n【仕事内容】\n仲介手数料半額キャンペーンのご案内をします\n【給与】\n時給1,200円');
    expect(p.incentive.kind).toBe('none');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1200 });
  });
  it('報酬は、ご契約の件数に応じてお支払いします is the whole pay', () => {
    const p = read('保険の紹介（業務委託）\n■報酬について\n報酬は、ご契約の件数に応じてお支払いします。\n■契約形態\n業務委託');
    expect(p.incentive.kind).toBe('only');
    expect(p.base).toMatchObject({ unit: 'piece' });
  });
  it('a wage with pay by the count on top stays a wage with an incentive', () => {
    const p = read('保険の営業\n【給与】\n月給22万円\n成約件数に応じて報酬をお支払いします');
    expect(p.base).toMatchObject({ unit: 'month', min: 220000 });
    expect(p.incentive.kind).toBe('plus');
  });
  it('travel costs paid by the count of visits are no results pay', () => {
    expect(read('訪問看護\n【給与】\n月給28万円\n交通費は訪問件数に応じて支給します').incentive.kind).toBe('none');
  });
  it('業務委託（成果報酬型） in the pay field, after a board\'s summary that says it first, is pay by results only', () => {
    const p = read('営業代行（業務委託）\n株式会社サンプル\n業務委託（成果報酬型）\n求人の詳細\n【給与】\n業務委託（成果報酬型）\n【勤務時間】\n自由');
    expect(p.incentive.kind).toBe('only');
    expect(p.base).toMatchObject({ unit: 'piece' });
  });
});

describe('training pay in more words', () => {
  it('研修中も時給1,200円 under a wage of 時給1,300円〜 is the period\'s own pay; equal to the wage it is no other pay', () => {
    expect(read('受付★研修中も時給1,200円\n【給与】\n時給1,300円〜').training).toMatchObject({ unit: 'hour', min: 1200 });
    expect(read('受付★研修中も時給1,300円\n【給与】\n時給1,300円〜').training).toBeNull();
  });
  it('独り立ちするまで, 一人前になるまで name the period', () => {
    for (const line of ['独り立ちするまで（1〜2ヶ月ほど）は時給1,250円', '一人前になるまでは時給1,250円']) {
      const p = read(`配車受付\n【給与】\n時給1,400円\n${line}`);
      expect(p.training, line).toMatchObject({ unit: 'hour', min: 1250 });
      expect(p.note, line).toBeNull();
    }
  });
  it('その間の時給 in the sentence after the period\'s length speaks of the period', () => {
    expect(read('受付\n【給与】\n時給1,350円〜\n研修期間は3週間です。その間の時給は1,250円です。').training).toMatchObject({ unit: 'hour', min: 1250 });
  });
  it('研修後は… after the period\'s sentence is still not the period\'s pay', () => {
    expect(read('受付\n【給与】\n時給1,200円\n研修期間は3週間です。研修後は時給1,300円です。').training).toBeNull();
  });
  it('a guarantee for the first month (最低保証：最初の1ヶ月は月5万円を保証) is no training pay', () => {
    const p = read('テレアポ（業務委託）\n【報酬】\nアポイント1件につき3,500円\n最低保証：最初の1ヶ月は月5万円を保証');
    expect(p.training).toBeNull();
    expect(p.base).toMatchObject({ unit: 'piece', min: 3500 });
  });
  it('試用期間なし before the wage is no training', () => {
    expect(read('受付\n【給与】\n試用期間なし・時給1,200円〜').training).toBeNull();
  });
});

describe('a municipal ad\'s 報償費等 heading', () => {
  it('■報償費等 ⏎ 月額240,000円 is the monthly pay', () => {
    expect(base('地域おこし協力隊\n■報償費等\n月額240,000円（社会保険料等を含む）\n■活動費\n年額2,000,000円を上限に町が負担')).toEqual({ unit: 'month', min: 240000, max: 240000 });
  });
});

describe('pay headings in more words', () => {
  it('給与条件, バイト代, お給料のこと, 報酬のご案内, お支払い額 head the pay', () => {
    for (const heading of ['【給与条件】', '【バイト代】', 'お給料のこと', '報酬のご案内', '■お支払い額']) {
      expect(base(`受付スタッフ\n【仕事内容】\n受付\n${heading}\n1,150円〜1,300円\n【勤務地】\n新宿`), heading).toEqual({ unit: 'hour', min: 1150, max: 1300 });
    }
  });
  it('a cost heading stays a cost (【制服代】 ⏎ 3,000円)', () => {
    expect(base('受付スタッフ\n【仕事内容】\n受付\n【制服代】\n3,000円\n【勤務地】\n新宿')).toBeNull();
  });
  it('月例給与 is a monthly wage', () => {
    expect(base('総合職\n【給与】\n月例給与 22万円')).toEqual({ unit: 'month', min: 220000, max: 220000 });
  });
  it('同じ条件で探している方にはこちらもおすすめ lists other jobs: their wages are no other pay lines', () => {
    const p = read('テクニカルサポート\n時給｜1,600円〜\n勤務地｜大崎\n同じ条件で探している方にはこちらもおすすめ\n・一般事務 時給1,450円\n・営業事務 時給1,500円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1600 });
    expect(p.note).toBeNull();
  });
});

describe('results-only pay named after what it is counted in', () => {
  it('売上歩合 8%, ご契約金額の10% opening the pay field are the whole pay', () => {
    expectResultsOnly(['売上歩合 8%', 'ご契約金額の10%'], (line) => `訪問営業（業務委託）\n■報酬\n${line}\n■活動時間\n自由`);
  });
  it('with a wage stated they are on top of it', () => {
    expect(read('訪問営業\n■給与\n月給22万円\n売上歩合 8%').incentive.kind).toBe('plus');
  });
});

describe('training pay said as a drop from the wage', () => {
  it('研修期間中は時給が100円下がります is the wage less 100円', () => {
    expect(read('受付\n【給与】\n時給1,300円\n研修期間中（約2週間）は時給が100円下がります').training).toMatchObject({ unit: 'hour', min: 1200, max: 1200 });
  });
});

describe('training pay as a share of the wage', () => {
  it('試用期間中は基本給の80%, 研修期間中は時給の90%, 給与は8割 are that share of the base pay', () => {
    expect(read('事務\n【給与】\n月給24万円〜30万円\n※試用期間3ヶ月は、基本給の80%を支給します').training).toMatchObject({ unit: 'month', min: 192000, max: 240000, months: 3 });
    expect(read('受付\n【給与】\n時給1,300円\n研修期間中は時給の90%となります').training).toMatchObject({ unit: 'hour', min: 1170, max: 1170 });
    expect(read('受付\n【給与】\n月給20万円\n試用期間中の給与は8割です').training).toMatchObject({ unit: 'month', min: 160000 });
  });
  it('a premium, a discount or a share of something else is no training pay', () => {
    for (const line of ['研修期間中も22時以降は25%増', '研修中は社員食堂が3割引', '研修期間中は交通費の50%を支給']) {
      expect(read(`受付\n【給与】\n時給1,300円\n${line}`).training, line).toBeNull();
    }
  });
  it('with no base pay to take it from there is no figure to state', () => {
    expect(read('受付\n【給与】\n当社規定による\n試用期間中は給与の80%').training).toBeNull();
  });
});

describe('results-only pay in still more words', () => {
  it('売上の4割, 業績連動型報酬, インセンティブ100%, 請負（出来高） are the whole pay when no wage is stated', () => {
    expectResultsOnly(['売上の4割をお支払いします', '業績連動型報酬', 'インセンティブ100%', '請負（出来高）']);
  });
  it('a discount in tenths is no share of the sales (売上の3割引セール)', () => {
    expect(read('販売スタッフ\n【仕事内容】\n売上の3割引セールのご案内\n【給与】\n時給1,100円').incentive.kind).toBe('none');
  });
});

describe('words of examples or of the company in another sense, or in another item, before a wage', () => {
  it('実績 of a raise, 例年, 平均年齢, 設立 in a catch line leave the wage read', () => {
    const cases: [string, { unit: string; min: number }][] = [
      ['実績に応じて昇給あり／時給1,200円〜', { unit: 'hour', min: 1200 }],
      ['昇給実績あり、時給1,200円〜', { unit: 'hour', min: 1200 }],
      ['例年昇給あり 時給1,200円', { unit: 'hour', min: 1200 }],
      ['平均年齢30代 時給1,200円', { unit: 'hour', min: 1200 }],
      ['設立40年の安定企業　月給22万円〜', { unit: 'month', min: 220000 }],
      ['経験・実績を考慮し決定\n月給25万円〜35万円', { unit: 'month', min: 250000 }],
    ];
    for (const [line, want] of cases) expect(base(`受付\n【給与】\n${line}\n【勤務地】\n新宿`), line).toMatchObject(want);
  });
  it('an example stays an example, also a wage in its brackets (年収例 420万円（月給26万円＋賞与）, 平均月収, 【月収例】)', () => {
    for (const line of ['年収例 420万円（月給26万円＋賞与）', '平均月収 28万円', '【月収例】\n月給26万円＋手当3万円', 'モデル年収 450万円']) {
      expect(base(`営業\n【給与】\n${line}\n【勤務地】\n新宿`), line).toBeNull();
    }
  });
  it('a wage word in the company section is still the company\'s (平均年収 600万円 is no wage word either)', () => {
    expect(base('事務\n【仕事内容】\n受付\n【会社概要】\n設立：1985年\n平均年収 600万円')).toBeNull();
  });
});

describe('a range closed by まで, and a probation\'s terms after a comma', () => {
  it('時給1,200円から1,500円まで is the range; 1日1,000円まで is still a cap', () => {
    expect(base('受付\n【給与】\n時給1,200円から1,500円まで')).toEqual({ unit: 'hour', min: 1200, max: 1500 });
    expect(base('受付\n【給与】\n日給1,000円まで')).toBeNull();
  });
  it('試用期間あり：3ヶ月、時給1,200円 is the period\'s pay; 試用期間あり、研修後は… is not', () => {
    expect(read('受付\n【給与】\n時給1,300円〜\n試用期間あり：3ヶ月、時給1,200円').training).toMatchObject({ unit: 'hour', min: 1200, months: 3 });
    expect(read('受付\n【給与】\n時給1,300円〜\n試用期間あり、研修後は時給1,400円').training).toBeNull();
    expect(read('受付\n【給与】\n時給1,300円〜\n研修期間あり、時給1,250円').training).toBeNull();
    // Alone, the figure is the pay: there is no other wage it differs from.
    const alone = read('受付\n【給与】\n試用期間あり：3ヶ月、時給1,200円');
    expect(alone.training).toBeNull();
    expect(alone.base).toMatchObject({ unit: 'hour', min: 1200 });
  });
  it('日給月給制 in the period\'s words is a month\'s pay', () => {
    expect(read('事務\n【給与】\n月給22万円\n試用期間中は日給月給制で月20万円').training).toMatchObject({ unit: 'month', min: 200000 });
  });
});

describe('results-only pay in rates, shares up to a figure, and per contract', () => {
  it('売上の最大50%, 還元率60%, 手数料率 40%, オール歩合, 成約1件につき報酬, 1成約につき粗利の30% are the whole pay with no wage', () => {
    expectResultsOnly(['売上に対して最大60%を還元', '売上の最大50%', '還元率60%', '手数料率 40%', 'オール歩合', '成約1件につき報酬が発生します', '1成約につき粗利の30%'], (line) => `紹介パートナー（業務委託）\n【報酬】\n${line}\n【勤務地】\n新宿`);
  });
  it('a conversion to an hourly figure (成果報酬（時給換算1,500円〜）) names no wage', () => {
    const p = read('テレアポ（業務委託）\n【報酬】\n成果報酬（時給換算1,500円〜2,500円の方が多数）');
    expect(p.incentive.kind).toBe('only');
    expect(p.base).toMatchObject({ unit: 'piece', min: null });
  });
  it('a company\'s profit share outside the pay field stays the company\'s', () => {
    expect(read('経理\n【給与】\n月給22万円\n当社の粗利の30%は研究開発に投資しています').incentive.kind).toBe('none');
  });
});

describe('the title\'s role named after the amount, on the line above, or after another item on the line', () => {
  it('picks the line whose role the title names', () => {
    const cases: [string, number][] = [
      ['時給1,300円（オペレーター）／時給1,600円（SV）', 1600],
      ['オペレーター\n時給1,300円\nSV\n時給1,600円', 1600],
      ['［オペレーター］時給1,300円 ［SV］時給1,600円', 1600],
    ];
    for (const [lines, min] of cases) expect(base(`【SV】コールセンター\n【給与】\n${lines}`), lines).toMatchObject({ unit: 'hour', min });
    expect(base('【パート】受付\n【給与】\n正社員 月給22万円〜／パート 時給1,150円〜')).toMatchObject({ unit: 'hour', min: 1150 });
  });
  it('a note in brackets or a line above that names no role in the title leaves the first line', () => {
    expect(base('受付\n【給与】\n時給1,300円（税込）／時給1,400円（土日）')).toMatchObject({ min: 1300 });
    expect(base('受付\n【給与】時給1,120円→1,220円')).toMatchObject({ min: 1120 });
  });
});

describe('a rate for certain hours or days stated before the ordinary one', () => {
  it('22時〜翌5時は時給1,625円 ⏎ 通常時給1,300円, 土日祝 … ⏎ 平日 …, 年末年始は… ⏎ 時給…: the ordinary rate is the pay', () => {
    for (const lines of ['22時〜翌5時は時給1,625円\n通常時給1,300円', '土日祝 時給1,400円\n平日 時給1,300円', '深夜時給1,625円／日中時給1,300円', '年末年始は時給1,600円\n時給1,300円']) {
      const p = read(`受付\n【給与】\n${lines}`);
      expect(p.base, lines).toMatchObject({ unit: 'hour', min: 1300 });
      expect(p.note, lines).toBeNull();
    }
  });
  it('a rate for experience is no rate for certain hours: the first stated line stays', () => {
    expect(base('受付\n【給与】\n経験者 時給1,500円／未経験 時給1,300円')).toMatchObject({ min: 1500 });
  });
});

describe('in the whole analysis', () => {
  it('a fee as the whole pay raises stress as pay by results only', async () => {
    const r = await run(page('agency-fee-pay.txt'));
    expect(r.pay.incentive.kind).toBe('only');
    expect(r.reasons.some((x) => x.id === 'pay.incentiveOnly')).toBe(true);
  });
  it('a wage after 昇給あり is read, so the page is not said to state no pay', async () => {
    const r = await run(page('item-before-wage.txt'));
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(r.questions.some((q) => q.id === 'pay.missing')).toBe(false);
  });
});
