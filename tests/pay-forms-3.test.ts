// The pay reader's third red-team round, on pages where it read no base pay, the wrong one, or results-only pay as
// a wage on top: a wage row under an example's figures, a threshold or an estimate read as the wage, rates listed
// under pay counted per success, other openings' pay, a commuting cap on the line after 上限あり, and pay under
// a 条件 heading. Sentences of our own; the whole postings are in tests/fixtures/pay.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePay, readPayChecked } from './pay-helpers';
import { run } from './helpers';

const read = readPayChecked;
const base = basePay;

describe('a wage row after an example heading and its figures', () => {
  it('月収例 ⏎ 41万円（3年目） ⏎ 月給 23万円〜 is a monthly wage from 23万円, with results pay on top', () => {
    const p = read('家電量販店の販売員\n【給与】\n月収例\n41万円（入社3年目の実績）\n月給 23万円〜\n＋販売インセンティブ\n【勤務地】\n千葉');
    expect(p.base).toMatchObject({ unit: 'month', min: 230000, max: null });
    expect(p.incentive.kind).toBe('plus');
  });
  it('a wage with an open end (時給1,250円以上) below an example block is the wage', () => {
    expect(base('受付\n【給与】\n収入例\n月13万円（週4日・1日6時間）\n時給1,250円以上\n【勤務時間】\n9:00〜16:00')).toEqual({ unit: 'hour', min: 1250, max: null });
  });
  it('the rows of an example block stay examples, also when they start with a wage word', () => {
    const p = read('営業\n【給与】\n月給22万円〜\n【月収例】\n月給26万円＋インセンティブ6万円\n月給30万円（入社5年目）');
    expect(p.base).toMatchObject({ unit: 'month', min: 220000, max: null });
  });
  it('the figure right under the heading is still the example', () => {
    expect(base('販売\n【給与】\n月給21万円\n【月収例】\n月給24万円〜（リーダー）')).toEqual({ unit: 'month', min: 210000, max: 210000 });
  });
});

describe('a figure that sets a condition or gives an estimate is not the wage', () => {
  it('…円未満の場合, …円を超えた分, …円以上の場合 are thresholds', () => {
    for (const line of ['振込額が3,000円未満の場合は翌月にまとめてお支払い', '月の報酬が1万円を超えた分は翌月払い', '報酬が2,000円以上の場合に振り込みます']) {
      const p = read(`在宅の文字起こし（業務委託）\n【報酬】\n音声1本あたり 600円\n${line}\n【期間】\n長期`);
      expect(p.base, line).toMatchObject({ unit: 'piece', min: 600 });
      expect(p.incentive.kind, line).toBe('only');
    }
  });
  it('an estimate (月の目安：約20,000〜30,000円) is not the pay', () => {
    const p = read('商品の検品（在宅・業務委託）\n【報酬】\n1個 25円\n月の目安：約20,000〜30,000円\n【勤務地】\n在宅');
    expect(p.base).toMatchObject({ unit: 'piece', min: 25 });
    expect(p.incentive.kind).toBe('only');
  });
});

describe('rates under pay counted per success', () => {
  it('報酬は、ご契約1件ごとにお支払い ⏎ 光回線 12,000円／電気 5,000円: the figures are rates per success, no wage', () => {
    const p = read('通信商材の代理店スタッフ（業務委託）\n【報酬】\n報酬は、ご契約1件ごとにお支払いします。\n光回線 12,000円／電気 5,000円\n【活動エリア】\n大阪府');
    expect(p.base).toMatchObject({ unit: 'piece', min: 12000 });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 12000 });
    expect(p.note).toBeNull();
  });
  it('a figure with its unit of time under the same heading stays the wage (時給1,200円)', () => {
    const p = read('アポインター\n【給与】\nアポ獲得1件ごとに報酬をお支払い\n時給1,200円\n【勤務地】\n博多');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1200 });
    expect(p.incentive.kind).toBe('plus');
  });
});

describe('a busy season\'s rate is another rate of the same pay', () => {
  it('繁忙期（3〜4月）は日給10,800円 is no other pay line', () => {
    const p = read('引越しの受付\n【給与】\n日給 9,600円\n繁忙期（3〜4月）は日給10,800円\n【勤務地】\n川崎');
    expect(p.base).toMatchObject({ unit: 'day', min: 9600 });
    expect(p.note).toBeNull();
  });
});

describe('a table of rates under pay by the piece', () => {
  it('■報酬（出来高払い） ⏎ 作業｜単価 ⏎ 網戸の張替え｜1,800円 …: the first row is the rate per piece, the others no pay lines', () => {
    const p = read('住宅設備の修理（業務委託）\n■報酬（出来高払い）\n作業｜単価\n網戸の張替え｜1,800円\n水栓の交換｜4,500円\n■勤務地\n名古屋市');
    expect(p.base).toMatchObject({ unit: 'piece', min: 1800 });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 1800 });
    expect(p.note).toBeNull();
  });
  it('a wage with its unit under 出来高 named as well stays the wage', () => {
    expect(base('検品\n【給与】\n出来高払い\n日給8,000円\n【勤務地】\n岐阜')).toEqual({ unit: 'day', min: 8000, max: 8000 });
  });
});

describe("other openings' pay is not this job's", () => {
  it('under その他の募集 or 同時募集中, a wage names another job: results-only pay stays results-only', () => {
    for (const heading of ['●その他の募集', '同時募集中', '【同時募集職種】']) {
      const p = read(`不動産の紹介パートナー（業務委託）\n【報酬】\n仲介手数料の40%\n※固定報酬はありません\n${heading}\n・事務スタッフ 時給1,150円\n・営業 月給25万円〜`);
      expect(p.base, heading).toMatchObject({ unit: 'piece' });
      expect(p.incentive.kind, heading).toBe('only');
    }
  });
  it('a commuting cost stated after the list, with no heading of its own, is still the page\'s', () => {
    const p = read('コールセンター（受信）\n【給与】\n時給1,300円\n【同時募集中】\n・SV候補 月給24万円〜\n交通費全額支給');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    // Since stop 61 the note names the company's other openings' pay (it is never this job's base).
    expect(p.note).toContain('月給24万円');
    expect(p.commute.kind).toBe('full');
  });
  it('results pay named only for another opening is not this job\'s', () => {
    const p = read('事務スタッフ\n【給与】\n月給20万円\n●その他の募集\n・営業 月給22万円＋インセンティブ');
    expect(p.incentive.kind).toBe('none');
  });
});

describe('a commuting cap on the line after 上限あり', () => {
  it('交通費 支給（上限あり） ⏎ 1日700円まで is capped at 700, and the cap is no pay line', () => {
    const p = read('受付\n【給与】\n時給1,180円\n【交通費】\n支給（上限あり）\n1日700円まで\n【勤務時間】\n9:00〜17:00');
    expect(p.commute).toMatchObject({ kind: 'capped', cap: 700 });
    expect(p.base).toMatchObject({ unit: 'hour', min: 1180 });
    expect(p.note).toBeNull();
  });
  it('a next line of prose is not the cap', () => {
    const p = read('受付\n給与：時給1,180円\n交通費：支給（上限あり）\n詳しくは面接でお伝えします。2名体制で5,000件の顧客を担当');
    expect(p.commute).toMatchObject({ kind: 'capped', cap: null });
  });
});

describe('pay under a 条件 heading', () => {
  it('条件 ⏎ 1,050円〜1,200円 is an hourly wage', () => {
    expect(base('調剤薬局の受付（パート）\n【勤務条件】\n1,050円〜1,200円\n9:00〜13:00、週3日\n【応募資格】\n不問')).toEqual({ unit: 'hour', min: 1050, max: 1200 });
  });
});

describe('in the whole analysis', () => {
  it('results-only pay beside another opening\'s wage raises stress as pay by results only', async () => {
    const r = await run('太陽光パネルのテレアポ（業務委託）\n【仕事内容】\nご家庭にお電話し、太陽光パネルのご説明に伺う日時のアポイントを取ります。\n【報酬】\n成約額の3%\n※固定給はございません\n【同時募集中】\n・テレアポ 時給1,300円\n【会社概要】\n資本金1,000万円');
    expect(r.pay.incentive.kind).toBe('only');
    expect(r.signals.incentive).toBe(true);
    expect(r.reasons.some((x) => x.id === 'pay.incentiveOnly')).toBe(true);
  });
  it('a wage below an example block is not read as results-only pay', async () => {
    const r = await run('携帯ショップの販売スタッフ\n【給与】\n月収例\n38万円（入社2年目）\n月給 22万円〜\n＋インセンティブ（1台 2,000円）\n【仕事内容】\nスマートフォンの販売と料金プランのご案内をします。');
    expect(r.pay.base).toMatchObject({ unit: 'month', min: 220000 });
    expect(r.reasons.some((x) => x.id === 'pay.incentiveOnly')).toBe(false);
  });
});

describe('results-only pay counted in sales is selling, not piece work', () => {
  const read = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/pay', name), 'utf8');
  it('a share of sales or so much per sale, with no base pay, raises stress even where the work reads as other', async () => {
    const pages = [
      read('sale-counted-pay.txt'),
      '美容サロン向けの化粧品ルート提案（業務委託）\n【仕事内容】\n担当エリアのサロンを回り、新商品のご案内と注文の受付をします。\n【報酬】\n売上の20%\n※固定給はございません',
      '中古車の買取査定スタッフ（業務委託）\n【仕事内容】\nお客様のお車を拝見し、査定額をご案内します。\n【報酬】\n1台の成約につき 12,000円\n完全歩合制',
      '宅配水の訪問スタッフ（業務委託）\n【仕事内容】\nお客様のお宅にボトルをお届けし、新しいプランもご案内します。\n【よくある質問】\nQ. 報酬は？\nA. 完全歩合制です。サーバー1台のご契約につき20,000円をお支払いします。',
    ];
    for (const page of pages) {
      const r = await run(page);
      expect(r.pay.incentive.kind, page.slice(0, 30)).toBe('only');
      expect(r.reasons.some((x) => x.id === 'pay.incentiveOnly'), page.slice(0, 30)).toBe(true);
      expect(r.reasons.some((x) => x.id === 'pay.pieceWork'), page.slice(0, 30)).toBe(false);
    }
  });
  it('per piece of other work (1枚, 1件の入力, 1回答) stays piece work', async () => {
    for (const line of ['1枚 3円（完全出来高制）', '1件の入力につき 45円\n固定給はありません', '1回答につき 200円\n固定給はありません', '1枚 4円\n業務委託契約ごとに単価が変わります\n固定給はありません']) {
      const r = await run(`在宅のお仕事（業務委託）\n【仕事内容】\nご自宅でチラシの宛名書きとアンケートの入力をします。\n【報酬】\n${line}`);
      expect(r.reasons.some((x) => x.id === 'pay.pieceWork'), line).toBe(true);
    }
  });
});

describe('pay per success in more of the ways boards write it', () => {
  it('1アポイント, 獲得1件 → …円 are per success, not an hourly wage read from the size of the figure', () => {
    for (const [line, min] of [['1アポイント 4,000円', 4000], ['獲得1件 → 2,500円', 2500], ['1アポイント（商談確定）3,000円', 3000]] as const) {
      const p = read(`テレアポ（業務委託）\n【報酬】\n${line}\n【勤務地】\n在宅`);
      expect(p.base, line).toMatchObject({ unit: 'piece', min });
      expect(p.incentive, line).toMatchObject({ kind: 'only', perUnit: min });
    }
  });
  it('a share of sales handed back (売上に対するバック（10〜15%）, 販売額に応じた歩合) is the pay, and with no base the only pay', () => {
    for (const line of ['売上に対するバック（10〜15%）', '販売額に応じた歩合をお支払いします']) {
      expect(read(`催事の販売員（業務委託）\n【報酬体系】\n${line}\n【勤務地】\n百貨店`).incentive.kind, line).toBe('only');
    }
  });
  it('a pay amount named as the subject (報酬額は成約額の12%です) opens the pay field', () => {
    expect(read('不動産の紹介（業務委託）\n【報酬】\n報酬額は成約額の12%です\n【勤務地】\n横浜').incentive.kind).toBe('only');
  });
  it('in the whole analysis, 1アポイント pay raises stress and sets the incentive signal', async () => {
    const r = await run('法人テレアポ（業務委託）\n【仕事内容】\n企業の総務の方にお電話し、説明会へのご参加をお願いします。\n【報酬】\n1アポイント 3,000円\n【勤務時間】\n10:00〜17:00');
    expect(r.pay.base).toMatchObject({ unit: 'piece', min: 3000 });
    expect(r.signals.incentive).toBe(true);
    expect(r.reasons.some((x) => x.id === 'pay.incentiveOnly')).toBe(true);
  });
});

describe("a board's figures for the trade, and what applicants also applied to", () => {
  it('この職種の給与相場 ⏎ 時給 1,100円〜1,300円 is no wage of this job: its results-only pay stays results-only', () => {
    const p = read('保険の紹介（業務委託）\n【報酬】\n完全歩合制\n【この職種の給与相場】\n時給 1,100円〜1,300円\n月給 20万円〜24万円');
    expect(p.base).toMatchObject({ unit: 'piece' });
    expect(p.incentive.kind).toBe('only');
  });
  it('この求人に応募した人はこちらにも応募しています ⏎ ・受付（時給1,250円）: another job', () => {
    const p = read('訪問販売（業務委託）\n【報酬】\n売上の30%\n※固定給なし\nこの求人に応募した人はこちらにも応募しています\n・受付（時給1,250円）');
    expect(p.incentive.kind).toBe('only');
    expect(p.note).toBeNull();
  });
});

describe('what is counted, named with the work done', () => {
  it('出来高制 ⏎ 1件受付 180円 is pay per order taken', () => {
    const p = read('修理受付センター\n【報酬】\n出来高制\n1件受付 180円\n【勤務時間】\n9:00〜18:00');
    expect(p.base).toMatchObject({ unit: 'piece', min: 180 });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 180 });
  });
});

describe('pay per lesson, visit or session', () => {
  it('1レッスン（50分）1,500円, 生活援助 1回 1,800円〜, 1訪問 3,000円 are pay by the piece of work, not an hourly wage', () => {
    const cases: [string, number, number | null][] = [
      ['1レッスン（50分）1,500円', 1500, 1500],
      ['生活援助 1回 1,800円〜', 1800, null],
      ['1訪問あたり 3,000円', 3000, 3000],
    ];
    for (const [line, min, max] of cases) {
      const p = read(`講師・ヘルパー\n【給与】\n${line}\n※移動時間は時給1,050円\n【勤務地】\n市内`);
      expect(p.base, line).toMatchObject({ unit: 'piece', min, max });
      expect(p.incentive.kind, line).toBe('none');
    }
  });
  it("a shift's pay (夜勤1回 24,000円) and a monthly count (月1回) are not", () => {
    expect(read('看護師\n【給与】\n日勤 時給1,800円\n夜勤1回 24,000円').base).toMatchObject({ unit: 'hour', min: 1800 });
    expect(base('受付\n【給与】\n月1回 3,000円\n時給1,150円')).not.toMatchObject({ unit: 'piece' });
  });
  it('in the whole analysis, a tutor paid per lesson shows no incentive and no piece-work stress', async () => {
    const r = await run('家庭教師（アルバイト）\n【仕事内容】\n中学生のお宅で数学を教えます。\n【給与】\n1コマ（90分）3,000円\n【勤務地】\n生徒のご自宅');
    expect(r.pay.base).toMatchObject({ unit: 'piece', min: 3000 });
    expect(r.signals.incentive).toBe(false);
    expect(r.reasons.some((x) => x.id.startsWith('pay.'))).toBe(false);
  });
});
