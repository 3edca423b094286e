// The pay reader on shapes probed this round with sentences of our own: a wage word whose topic says what the amount
// depends on (時給は経験により1,150円〜), a recruiting FAQ that asks for the wage and answers on the next line, leader
// dots between a label and its value (時給……1,200円), a contractor's fee headings (委託料, 業務委託料), earnings that
// effort may bring (頑張り次第で時給2,000円以上も), revenue share and pay by the number of appointments as results pay.
import { describe, expect, it } from 'vitest';
import { basePay, readPayChecked } from './pay-helpers';

const read = readPayChecked;
const base = basePay;

describe('the wage word, then what the amount depends on', () => {
  it('reads the amount after a clause of what it depends on (により, に応じて, を考慮し, 次第で)', () => {
    expect(base('コールスタッフ\n時給は経験により1,150円〜1,400円です。')).toEqual({ unit: 'hour', min: 1150, max: 1400 });
    expect(base('配送助手\n日給は勤務日数に応じて9,000円〜')).toEqual({ unit: 'day', min: 9000, max: null });
    expect(base('企画職\n月給は経験を考慮のうえ25万円以上')).toEqual({ unit: 'month', min: 250000, max: null });
    expect(base('受付\n時給は経験・能力次第で1,200円〜1,500円')).toEqual({ unit: 'hour', min: 1200, max: 1500 });
  });
  it('reads the starting wage of a raise schedule (時給はスタート時1,200円、半年後1,300円)', () => {
    expect(base('倉庫内作業\n時給はスタート時1,200円、半年後1,300円')).toEqual({ unit: 'hour', min: 1200, max: 1200 });
  });
  it('a clause that runs into another sentence is not the wage\'s', () => {
    expect(base('受付\n時給は経験により異なります。入会金1,000円の割引あり')).toBeNull();
  });
});

describe('a recruiting FAQ that asks for the wage and answers below', () => {
  it('the answer\'s amount is the wage the question names', () => {
    expect(base('在宅サポート よくある質問\nQ：時給はいくらですか？\nA：1,300円です（研修中も同じです）')).toEqual({ unit: 'hour', min: 1300, max: 1300 });
    expect(base('店舗スタッフ\nQ. 日給はどのくらい？\n回答：9,500円〜')).toEqual({ unit: 'day', min: 9500, max: null });
  });
  it('an answer to a question about something else is not the wage', () => {
    const p = read('在宅サポート\nQ. 交通費は出ますか？\nA. 1日500円まで支給します');
    expect(p.base).toBeNull();
    expect(p.commute.kind).toBe('capped');
  });
});

describe('leader dots between the label and its value', () => {
  it('reads 時給……1,200円 and 時給‥‥1,200円', () => {
    expect(base('受付\n時給……1,200円')).toEqual({ unit: 'hour', min: 1200, max: 1200 });
    expect(base('受付\n時給‥‥1,200円〜')).toEqual({ unit: 'hour', min: 1200, max: null });
  });
  it('a single dot before a figure is still a decimal or a version, no amount of its own', () => {
    expect(base('受付\n時給 1.5倍（深夜）')).toBeNull();
  });
});

describe('a contractor\'s fee under its own heading', () => {
  it('委託料, 委託報酬 and 業務委託料 head the pay', () => {
    expect(read('テレアポ（在宅）\n委託料\n1件 5,000円').base).toMatchObject({ unit: 'piece', min: 5000 });
    expect(read('テレアポ（在宅）\n委託報酬：1件あたり4,000円').incentive).toMatchObject({ kind: 'only', perUnit: 4000 });
    expect(base('ルート営業サポート\n業務委託料：月額20万円')).toEqual({ unit: 'month', min: 200000, max: 200000 });
  });
  it('業務委託 alone is the kind of contract, not a pay heading', () => {
    expect(read('テレアポ\n業務委託\n2,000円分のギフト券プレゼント').base).toBeNull();
  });
});

describe('what effort may bring is not the wage', () => {
  it('頑張り次第で時給2,000円以上も under results-only pay leaves the pay by results', () => {
    const p = read('テレアポ\n給与\n成果報酬のみ\n頑張り次第で時給2,000円以上も');
    expect(p.base).toMatchObject({ unit: 'piece', min: null });
    expect(p.incentive.kind).toBe('only');
  });
  it('a stated wage stays the pay, the prospect below it is not its range', () => {
    expect(base('テレアポ\n給与\n時給1,200円\n成果次第で時給2,000円以上も目指せます')).toEqual({ unit: 'hour', min: 1200, max: 1200 });
  });
});

describe('results pay in other words', () => {
  it('a revenue share as the pay is pay by results only', () => {
    expect(read('営業パートナー\n報酬形態：レベニューシェア').incentive.kind).toBe('only');
  });
  it('a company whose product is revenue-share advertising pays its clerk a wage', () => {
    const p = read('一般事務\n事業内容\nレベニューシェア型の広告サービス\n給与\n時給1,100円');
    expect(p.incentive.kind).toBe('none');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1100 });
  });
  it('pay by the number of appointments (アポ獲得数に応じて支給) opening the pay field is results only', () => {
    expect(read('テレアポ\n報酬\nアポ獲得数に応じて支給').incentive.kind).toBe('only');
    expect(read('テレアポ\n時給1,200円\nアポ数に応じて支給するインセンティブあり').incentive.kind).toBe('plus');
  });
});

describe('more labels and words seen on real pages', () => {
  it('an English page heads its pay as Compensation', () => {
    expect(base('English Teacher\nCompensation\n◎￥240,000 -￥280,000\n◎ Transportation reimbursement')).toEqual({ unit: 'month', min: 240000, max: 280000 });
  });
  it('a night-work page\'s 各種バック and 指名バック are results pay on top of the wage; a cashback campaign is not', () => {
    expect(read('ホールスタッフ\n時給 1,400円〜 ＋各種バック').incentive.kind).toBe('plus');
    expect(read('ホールスタッフ\n時給1,400円（指名バックあり）').incentive.kind).toBe('plus');
    expect(read('カフェスタッフ\n時給1,100円\nキャッシュバックキャンペーン実施中').incentive.kind).toBe('none');
  });
});

describe('results pay on real commission pages (kinds from 25 real pages; sentences of our own)', () => {
  it('a range whose ends carry notes in brackets is one range (月給 190,000円（月140h）〜300,000円（月220h）)', () => {
    expect(base('スタイリスト\n給与\n月給 190,000円（月140h）〜300,000円（月220h）＋歩合給')).toEqual({ unit: 'month', min: 190000, max: 300000 });
  });
  it('a rate that opens its line is the pay field, under any heading (報酬率 60〜70%)', () => {
    const p = read('面貸しネイリスト（業務委託）\n働き方\n報酬率 60〜70%\n最低保証 なし');
    expect(p.incentive.kind).toBe('only');
    expect(p.base).toMatchObject({ unit: 'piece', min: null });
  });
  it('pay per venue or per site is pay by the piece (1会場撮影で3,000円, 1現場あたり8,000円)', () => {
    expect(read('イベントカメラマン\n報酬 1会場撮影で3,000円（月10会場まで）').base).toMatchObject({ unit: 'piece', min: 3000 });
    expect(read('エアコン取付（業務委託）\n報酬：1現場あたり8,000円').incentive).toMatchObject({ kind: 'only', perUnit: 8000 });
  });
  it('a sum of sales the work may bring is not the pay (月50万円以上の売り上げが可能)', () => {
    const p = read('軽貨物ドライバー（業務委託）\n給与\n完全歩合制\n※歩合は担当エリアと件数によります\n皆さん自分のペースで走っています。\n※エリアの組み合わせによって月50万円以上の売り上げが可能です。');
    expect(p.base).toMatchObject({ unit: 'piece', min: null });
    expect(p.incentive.kind).toBe('only');
  });
  it('a boast of what someone earned (26歳で年収700万円以上も！) is not the pay', () => {
    const p = read('美容師\n完全歩合制なので、頑張りがそのまま給与に反映されます。\n26歳で年収700万円以上も！');
    expect(p.base).toMatchObject({ unit: 'piece', min: null });
  });
});

describe('a red team of commission pages (30 pages written by a helper who never saw the rules; kinds in our words)', () => {
  it('a headline of what one may aim for (月収40万円も目指せる) is not the pay', () => {
    const p = read('訪問販売パートナー\n月収40万円も目指せる！\n報酬\n完全成果報酬制\n1契約あたり 12,000円〜20,000円');
    expect(p.base).toMatchObject({ unit: 'piece', min: 12000, max: 20000 });
    expect(p.incentive.kind).toBe('only');
  });
  it('another item after a slash is no rate per contract (時給1,100円〜1,300円／契約手当：1契約につき2,000円)', () => {
    const p = read('テレアポスタッフ\n給与：時給1,100円〜1,300円／契約手当：1契約につき2,000円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1100, max: 1300 });
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 2000 });
  });
  it('a company that receives results fees from its clients pays its assistant a wage (成果報酬をいただくビジネスモデル)', () => {
    const p = read('Web広告アシスタント\n当社はクライアントから、成約件数に応じて成果報酬をいただくビジネスモデルです。\n給与\n時給1,200円');
    expect(p.incentive.kind).toBe('none');
  });
  it('each role\'s block heads its own 給与 row: the title\'s role is the second block', () => {
    const page = '受付事務スタッフ（パート）｜さくら不動産\n① 営業スタッフ（正社員）\n給与：月給24万円＋歩合給\n内容：物件のご案内\n② 受付事務スタッフ（パート）\n給与：時給1,100円\n内容：来店のお客様の受付';
    expect(base(page)).toEqual({ unit: 'hour', min: 1100, max: 1100 });
    expect(read(page).incentive.kind).toBe('none');
  });
  it('an example income that includes overtime pay is no fixed overtime; a fixed overtime allowance in a pay example is', () => {
    expect(read('施工管理\n給与\n基本給 220,000円\n時間外手当：全額支給\nモデル月収\n入社3年目：月収 275,000円（時間外手当含む）').fixedOvertime).toBeNull();
    expect(read('美容師\n給与\n月給22万円\n給与例\n基本給20万円＋固定残業手当2万円（15時間分）').fixedOvertime).toMatchObject({ hours: 15 });
  });
});

describe('an owner-driver\'s page (kinds from a real page; sentences of our own)', () => {
  it('a vehicle\'s rental fee is what the driver pays, not the pay (レンタル代1日1,500円)', () => {
    expect(base('軽貨物ドライバー\n応募条件\n軽貨物車をお持ちの方（車両レンタルも可・レンタル代1日1,500円）')).toBeNull();
  });
  it('a daily unit price is a day rate (業務単価 1日 18,000円); a unit price per piece stays a piece rate', () => {
    expect(base('軽貨物ドライバー\n業務単価 1日 18,000円（税込）')).toEqual({ unit: 'day', min: 18000, max: 18000 });
    expect(read('ポスティング\n報酬\n単価 1部 4円').base).toMatchObject({ unit: 'piece', min: 4 });
  });
});
