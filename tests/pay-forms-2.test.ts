// The pay reader's second red-team round: forms of our own words the first round's rules missed — what is
// counted per success (1獲得, 1社導入ごとに, 1箇所), a per-success amount named as pay only after it, results-only
// pay said in other words, shares of other figures, pay headings in other words, the unit word beside ベース, and
// training pay said around its length.
import { describe, expect, it } from 'vitest';
import { basePay, readPayChecked } from './pay-helpers';

const read = readPayChecked;
const base = basePay;

describe('what is counted per success, and what is done to it', () => {
  it('a success named by what is won, a company, a place or a call (1獲得, 1社導入ごとに, 1箇所, 1架電) is pay per piece', () => {
    const cases: [string, number][] = [
      ['テレアポ（業務委託）\n【報酬】1獲得 5,000円\n固定給なし', 5000],
      ['光回線の販売代理店スタッフ\n業務委託\n報酬：1社導入ごとに3,000円\n勤務地：都内', 3000],
      ['ポスター貼りスタッフ\n報酬：1箇所 400円\n交通費別途支給', 400],
      ['在宅コール（業務委託）\n報酬：1架電 15円\nご自宅で好きな時間に', 15],
      ['ネット回線の営業\n報酬：1開通につき8,000円', 8000],
      ['アンケート調査員\n報酬：1世帯訪問ごとに300円', 300],
    ];
    for (const [text, min] of cases) {
      const p = read(text);
      expect(p.base, text).toMatchObject({ unit: 'piece', min });
      expect(p.incentive, text).toMatchObject({ kind: 'only', perUnit: min });
    }
  });
  it('a per-day or per-hour figure is not counted as a success', () => {
    expect(base('倉庫作業\n報酬：1日 9,000円')).toEqual({ unit: 'day', min: 9000, max: 9000 });
  });
});

describe('a per-success amount that its own words name as pay', () => {
  it('…につき500円の手当をプラス beside an hourly wage is results pay on top', () => {
    for (const line of ['アポ1件につき500円の手当をプラス', '成約1件ごとに3,000円を別途支給', '契約1件あたり2,000円をお支払いします']) {
      const p = read(`テレアポ\n時給1,200円\n${line}`);
      expect(p.base, line).toMatchObject({ unit: 'hour', min: 1200 });
      expect(p.incentive, line).toMatchObject({ kind: 'plus' });
      expect(p.incentive.perUnit, line).toBeGreaterThan(0);
    }
  });
  it('a price per piece with no pay words stays a price', () => {
    const p = read('コールセンター代行サービスのご案内\n料金：1コール150円から。お気軽にご相談ください');
    expect(p.incentive.kind).toBe('none');
  });
});

describe('a guarantee given as a label with its conditions first', () => {
  it('最低保証：最初の2ヶ月は、…月額12万円を保証 is the guarantee, not a monthly base', () => {
    const p = read('店舗向けPOSレジの紹介営業（業務委託）\n■報酬\n報酬は成果に応じてお支払いします。\n・1店舗導入ごとに15,000円\n・最低保証：最初の2ヶ月は、週4日以上稼働した場合に月額12万円を保証');
    expect(p.base).toMatchObject({ unit: 'piece', min: 15000 });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 15000, guaranteed: 120000 });
  });
});

describe('pay by results only, said in other words', () => {
  it('no fixed pay said with が, なく, 一切 or of a payment (基本給がありません, 固定給はなく, 固定のお支払いはありません)', () => {
    const lines = [
      '給与：固定給はなく、すべて歩合です\n売上に応じて毎月お支払い',
      '基本給がありません。成約した分だけ報酬をお支払いします。',
      '報酬は保険料から一定割合を手数料としてお支払いします。固定のお支払いはありません。',
      '報酬体系：売上に応じた歩合\n固定報酬は一切ございません',
    ];
    for (const line of lines) expect(read(`保険の代理店営業（業務委託）\n${line}`).incentive.kind, line).toBe('only');
  });
  it('a results pay said to be all there is (完全インセンティブ制, 歩合制のみ, 売上の20%〜30%のみ)', () => {
    for (const line of ['報酬：完全インセンティブ制', '給与：歩合制のみ', 'お給料：売上の20%〜30%のみ', '報酬はコミッションだけです']) {
      expect(read(`ウォーターサーバーの訪問販売\n${line}\n服装自由`).incentive.kind, line).toBe('only');
    }
  });
  it('a results pay said to be more than that (インセンティブだけで…, 歩合だけでなく) is not pay by results only', () => {
    const p = read('コールセンター\n時給1,300円\nインセンティブだけで月5万円以上になる先輩もいます');
    expect(p.incentive.kind).toBe('plus');
    expect(read('営業\n月給25万円\n歩合だけでなく、固定給もしっかり').incentive.kind).toBe('plus');
  });
  it('a share of the gross profit, of the order amount, or out of sales (粗利の50%, 受注金額の20%, 売上のうち30%, 40%バック)', () => {
    for (const line of ['粗利の50%をお支払いします', '受注金額の20％をお支払いします（最低保証なし）', '売上のうち30％があなたの報酬です', '売上から40%をバック']) {
      const p = read(`リフォームの営業パートナー（業務委託）\n【報酬】\n${line}`);
      expect(p.incentive.kind, line).toBe('only');
      expect(p.base?.unit, line).toBe('piece');
    }
    expect(read('営業\n月給24万円\n粗利の10%をインセンティブとして支給').incentive.kind).toBe('plus');
  });
  it("the company's operating profit is not a share of the worker's", () => {
    expect(read('経理スタッフ\n【給与】月給25万円\n【会社の特徴】営業利益の10%を社員に賞与として還元しています').incentive.kind).toBe('none');
  });
});

describe('pay headings in words the field list does not hold', () => {
  it('お給料について, お仕事の報酬, お支払い and 単価 head the pay', () => {
    expect(base('一般事務\nお給料について\n月給制で、スタートは22万円です。')).toEqual({ unit: 'month', min: 220000, max: 220000 });
    const survey = read('在宅ワーク・アンケート入力\nお仕事の報酬\n1回答につき30円〜\n作業時間は自由です');
    expect(survey.base).toMatchObject({ unit: 'piece', min: 30 });
    expect(survey.incentive.kind).toBe('only');
    const entry = read('データ入力（在宅）\n単価：1件 50円\n月2万円程度稼ぐ方が多いです');
    expect(entry.base).toMatchObject({ unit: 'piece', min: 50 });
    const fiber = read('光回線の訪問営業（業務委託）\nお支払い\nご契約いただけた件数×12,000円\n※毎月末締め翌月15日払い');
    expect(fiber.base).toMatchObject({ unit: 'piece', min: 12000 });
    expect(fiber.incentive.kind).toBe('only');
  });
  it('a line that only begins with those words is not a heading', () => {
    expect(read('事務\n単価の高いお仕事をご紹介するサービスです。1件 50円からご相談ください。').base).toBeNull();
  });
});

describe('the unit word beside ベース, 時間単価, and a 〜制 sentence', () => {
  it('月給ベースで25万円, 時給ベースで1,350円 and 時間単価 1,500円 name the unit', () => {
    expect(base('家電販売スタッフ\n当社スタッフのお給料は月給ベースで25万円〜です。')).toEqual({ unit: 'month', min: 250000, max: null });
    // スタート: a pay that starts at its figure is open at the top (stop 33; read as a single figure before).
    expect(base('テレオペ\n時給ベースで1,350円スタート')).toEqual({ unit: 'hour', min: 1350, max: null });
    const p = read('コールセンター（業務委託）\n時間単価 1,500円\n週3日からOK');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1500 });
    expect(p.incentive.kind).toBe('none');
  });
  it('お給料は月給制。22万円以上をお約束します: the next sentence gives the figure', () => {
    expect(base('販売スタッフ\nお給料は月給制。22万円以上をお約束します。')).toEqual({ unit: 'month', min: 220000, max: null });
  });
});

describe('training pay said around its length or its end', () => {
  it('研修は3日間で、日給7,000円 is the training pay, not the base', () => {
    const p = read('イベントスタッフ\n研修は3日間で、日給7,000円を支給します。\n本勤務は日給9,000円');
    expect(p.base).toMatchObject({ unit: 'day', min: 9000 });
    expect(p.training).toMatchObject({ unit: 'day', min: 7000 });
  });
  it('研修終了までは, 研修が終わるまでは and 試用期間が明けるまでは name the period', () => {
    for (const line of ['研修終了までは時給1,150円となります', '研修が終わるまでは時給1,150円です', '試用期間が明けるまでは時給1,150円']) {
      const p = read(`コールセンター受信\n時給1,300円\n${line}`);
      expect(p.base, line).toMatchObject({ unit: 'hour', min: 1300 });
      expect(p.training, line).toMatchObject({ unit: 'hour', min: 1150 });
    }
  });
});

describe('incentives named by their program', () => {
  it('results allowances and programs (成績手当, 業績手当, 報奨制度, 件数加算, 褒賞金) are results pay on top', () => {
    for (const line of ['成績手当あり（毎月の獲得件数による）', '業績手当を毎月支給', '報奨制度あり', '成果加算制度あり', '褒賞金制度あり', '獲得数に応じて加給します']) {
      const p = read(`テレアポスタッフ\n【給与】\n時給1,300円\n${line}`);
      expect(p.incentive.kind, line).toBe('plus');
    }
  });
  it('a prize for results (月間MVPには賞金5万円, 目標達成者には金一封, 表彰制度（金一封）) is results pay', () => {
    for (const line of ['月間MVPには賞金5万円', '目標達成者には金一封', '四半期ごとの表彰制度あり（金一封）']) {
      expect(read(`法人営業\n【給与】\n月給24万円\n${line}`).incentive.kind, line).toBe('plus');
    }
  });
  it('awards for service, attendance or safe driving are not', () => {
    for (const line of ['永年勤続表彰（金一封）', '皆勤賞として金一封', '無事故表彰で金一封', '表彰制度あり']) {
      expect(read(`配送ドライバー\n【給与】\n月給24万円\n【待遇】\n${line}`).incentive.kind, line).toBe('none');
    }
  });
});

describe('a range with its separator on a line of its own', () => {
  it('月給 ⏎ 22万円 ⏎ 〜 ⏎ 28万円 (a table cell per line) is one range', () => {
    expect(base('事務スタッフ\n給与\n月給\n22万円\n〜\n28万円')).toEqual({ unit: 'month', min: 220000, max: 280000 });
    expect(base('受付\n給与\n時給\n1,200円\n～\n1,400円')).toEqual({ unit: 'hour', min: 1200, max: 1400 });
  });
});

describe('training said to be paid, with its pay in brackets', () => {
  it('研修は有給（時給1,000円） is the training pay', () => {
    const p = read('清掃スタッフ\n時給1,050円\n研修は有給（時給1,000円）');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1000 });
    expect(p.base).toMatchObject({ unit: 'hour', min: 1050 });
  });
});

describe('a line break after 〜 that does not close a range', () => {
  it('時給1,200円〜 ⏎ 1日4時間からOK keeps the range open', () => {
    expect(base('販売スタッフ\n給与\n時給1,200円〜\n1日4時間からOK')).toEqual({ unit: 'hour', min: 1200, max: null });
  });
});

describe('what is counted written after the amount, or said with a verb', () => {
  it('3,000円（1件あたり）, 2,000円（1獲得ごと）, 8,000円（成約時）, 1,500円×獲得件数 are pay per piece', () => {
    const cases: [string, number][] = [
      ['3,000円（1件あたり）', 3000],
      ['3,000円（アポ1件につき）', 3000],
      ['2,000円（1獲得ごと）', 2000],
      ['8,000円（成約時）', 8000],
      ['1,500円×獲得件数', 1500],
    ];
    for (const [line, min] of cases) {
      const p = read(`テレアポスタッフ（業務委託）\n【報酬】\n${line}`);
      expect(p.base, line).toMatchObject({ unit: 'piece', min });
      expect(p.incentive, line).toMatchObject({ kind: 'only', perUnit: min });
    }
  });
  it('1台売れるごとに7,000円, 契約が取れるたびに1万円 are pay per success', () => {
    for (const [line, min] of [['1台売れるごとに7,000円', 7000], ['契約が取れるたびに1万円', 10000]] as const) {
      const p = read(`中古車の販売スタッフ（業務委託）\n【報酬】\n${line}`);
      expect(p.base, line).toMatchObject({ unit: 'piece', min });
    }
  });
  it('a day or a shift after the amount is not a success (日給9,000円（1日あたり）, 出勤するたびに)', () => {
    expect(base('倉庫作業\n【給与】\n9,000円（1日あたり）')).toEqual({ unit: 'day', min: 9000, max: 9000 });
    expect(read('倉庫作業\n【給与】\n時給1,200円\n出勤するたびに500円の皆勤手当').incentive.kind).toBe('none');
  });
});

describe('training periods named by their first weeks or under a heading between marks', () => {
  it('はじめの2週間は研修で、その間は時給1,250円 is the training pay', () => {
    const p = read('コールセンター\n【給与】\n時給1,400円\nはじめの2週間は研修で、その間は時給1,250円です');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1250 });
    expect(p.base).toMatchObject({ unit: 'hour', min: 1400 });
  });
  it('◆研修◆ ⏎ 1週間（時給1,000円） is the training pay', () => {
    const p = read('【アルバイト】データ入力\n◆給与◆\n時給1,100円〜\n◆研修◆\n1週間（時給1,000円）');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1000 });
    expect(p.base).toMatchObject({ unit: 'hour', min: 1100, max: null });
  });
});

describe('stray line breaks of a converted page around a range', () => {
  it('blank lines around 〜 between two cells (220,000円 ⏎ 〜 ⏎ ⏎ 280,000円) still make one range', () => {
    expect(base('事務\n給与\n月給\n\n220,000円\n〜\n\n280,000円')).toEqual({ unit: 'month', min: 220000, max: 280000 });
  });
  it('an open end on the line after the figure (1,300 ⏎ 円 ⏎ 〜) keeps the range open', () => {
    expect(base('コールセンター\n時給\n\n\n1,300\n円\n〜\n交通費支給')).toEqual({ unit: 'hour', min: 1300, max: null });
  });
});
describe('a decorative line of 〜 after the pay', () => {
  it('時給1,200円 ⏎ 〜未経験歓迎〜 is a single figure', () => {
    expect(base('販売\n給与\n時給1,200円\n〜未経験歓迎〜')).toEqual({ unit: 'hour', min: 1200, max: 1200 });
  });
});
describe('a commuting cell with blank lines before its value', () => {
  it('交通費 ⏎ ⏎ 全額支給 is paid in full', () => {
    expect(read('事務\n【待遇】\n交通費\n\n全額支給').commute.kind).toBe('full');
    expect(read('事務\n【待遇】\n交通費\n\n\n支給なし').commute.kind).toBe('none');
  });
});
