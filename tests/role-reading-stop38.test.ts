// Kinds of reading fixed at stop 38, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { statesLightCount } from '../lib/analysis/context';
import { normalize } from '../lib/text/normalize';
import { titleOf } from '../lib/text/sections';
import { posting, run } from './helpers';

const title = (text: string) => titleOf(normalize(text).text);

describe('stop 38: calls that every mention says are light are a side of other work', () => {
  it.each([
    ['旅館の予約係（契約社員）', '・宿泊予約サイトから入ったご予約の確認と部屋割り\n・宿泊プランの料金表の更新\n・お電話でのご予約の受付（1日10件ほど）\n・団体のお客様の名簿づくり'],
    ['学習塾の教室運営スタッフ', '・生徒の出欠の記録と振替授業の調整\n・教材の発注と在庫の管理\n・保護者からのお問い合わせのお電話に対応します（１日５件程度）'],
    ['介護施設の事務スタッフ', '・ご利用者さまの請求書の作成\n・職員の勤怠の集計\n・ご家族からのお問い合わせのお電話を受けます（1日10～20件）'],
  ])('%s: other, no call center', async (title, job) => {
    const r = await run(posting(title, job));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a desk that says its calls are light in one place and takes calls all day in another stays inbound', async () => {
    const r = await run(posting('お客様相談室の受付スタッフ', '・商品についてのお問い合わせのお電話を受け、回答します。\n・開封後の返品のご相談のお電話（1日10件ほど）は、マニュアルに沿って手続きします。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('a center named as the job stays a center even where its calls are counted as few', async () => {
    const r = await run(posting('コールセンターの受信スタッフ（夜間）', '・夜間の故障受付のお電話を受けます（1日10件ほど）。\n・受けた内容を翌朝の担当へ引き継ぎます。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('a load of 25 calls a day is not light', async () => {
    const r = await run(posting('修理受付スタッフ', '・家電の修理のご依頼のお電話を受けます（1日25件ほど）。\n・受付の内容をシステムに入力し、修理担当へ回します。'));
    expect(r.jobType).toBe('inbound');
  });
  it('a count after the calls speaks of the calls, not of the sales staff they are passed to', async () => {
    const r = await run(posting('不動産店舗の事務スタッフ', '・お店にかかってくるお電話を営業スタッフへ取り次ぎます（1日15本ほど）\n・契約書類のファイリング'));
    expect(r.flags.find((f) => f.id === 'sales.staff')?.occasional).toBeUndefined();
    expect(r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present').every((f) => f.occasional)).toBe(true);
  });
  it.each([
    ['電話は1日20本ほどです。', true],
    ['お電話（1日10～20件）を受けます。', true],
    ['電話は１日１５件程度。', true],
    ['予約の電話（1日数件）', true],
    ['電話は1日25件ほどです。', false],
    ['1日20件の発信が目標です。', false],
    ['1日10～30件のお電話を受けます。', false],
  ])('%s: a light count is %s', (sentence, light) => {
    expect(statesLightCount(sentence)).toBe(light);
  });
});

describe("stop 38: other work the page gives to another team is not this job's", () => {
  const office = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'office' && f.polarity === 'present');
  it.each([
    ['※配送は配送課のドライバーが担当します。'],
    ['倉庫での検品と配送は、物流課の作業員が行います。'],
    ['納品の配送は配送課のドライバーが担当しますので、運転はありません。'],
  ])('%s: a route-sales job stays sales', async (line) => {
    const r = await run(posting('ルート営業（飲食店担当）', `・担当する飲食店を回り、新しい食材をご提案します。\n${line}`));
    expect(office(r)).toEqual([]);
    expect(r.jobType).toBe('sales');
  });
  it('office work the job does itself stays its work', async () => {
    const r = await run(posting('営業アシスタント', '・見積書の作成とデータ入力\n・商品の発送の手配'));
    expect(office(r).length).toBeGreaterThan(0);
    expect(r.jobType).toBe('other');
  });
});

describe('stop 38: a center named for the orders it takes (注文センター) is a desk that answers calls', () => {
  it('宅配ピザの電話注文センター is inbound call-center work', async () => {
    const r = await run(posting('宅配ピザの電話注文センタースタッフ', '・近隣12店舗分のご注文を、専用のシステムに入力します。\n・お届けの時間をご案内します。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
});

describe("stop 38: goals counted in 億円 or held by the whole company are the company's, not a quota", () => {
  it.each([
    ['当社は今期、売上50億円を目標に新しい工場を建てています。'],
    ['全社で売上高の目標を掲げ、海外への出荷を増やしています。'],
    ['グループ全体で2028年に売上１２０億円を目標にしています。'],
  ])('%s: no quota', async (line) => {
    const r = await run(posting('受注事務スタッフ', `・取引先からのFAXとメールのご注文を入力します。\n${line}`));
    expect(r.quota).toBe('absent');
  });
  it("a person's own target in 万円 stays stated", async () => {
    const r = await run(posting('法人営業', `・担当エリアの企業を回り、事務用品をご提案します。\n個人の売上目標は月300万円を目標にしています。`));
    expect(r.quota).toBe('stated');
  });
});

describe('stop 38: work given to staff named 〜担当 is theirs unless the title names that role', () => {
  it('価格交渉や契約は、訪問する査定担当（営業職）が行います: not this booking desk\'s sales', async () => {
    const r = await run(posting('中古住宅の査定予約センタースタッフ', '・売却をお考えのお客様からのお電話を受け、査定のご予約をお取りします。\n物件の価格交渉や契約は、訪問する査定担当（営業職）が行います。'));
    expect(r.flags.filter((f) => f.category === 'sales' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('inbound');
  });
  it('まずは配車担当が対応します under the title 配車担当: the job itself', async () => {
    const r = await run(posting('トラックの配車担当（日勤）', '・ドライバーの配車表を組みます。\n・到着が遅れたときのお叱りのお電話にも、まずは配車担当が対応してお詫びします。'));
    expect(r.flags.some((f) => f.category === 'complaints' && f.polarity === 'present')).toBe(true);
  });
});

describe('stop 38: other work named as the matter a desk handles, or the unit that does it, is not the job', () => {
  it('家電の配送・設置のお問い合わせ受付: an inbound desk, not delivery work', async () => {
    const r = await run(posting('家電の配送・設置のお問い合わせ受付', '・お買い上げいただいた家電の配送日についてのお電話を受け、ご希望の日時を伺います。\n・遅れが出たときは配送センターと連絡をとり、お客様に到着時刻をお伝えします。'));
    expect(r.flags.filter((f) => f.category === 'office' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('inbound');
  });
  it('家具の配送と組み立て: the work itself', async () => {
    const r = await run(posting('家具の配送スタッフ', '・2人1組でトラックに乗り、家具の配送と組み立てをします。'));
    expect(r.flags.some((f) => f.id === 'office.other-work' && f.polarity === 'present')).toBe(true);
    expect(r.jobType).toBe('other');
  });
});

describe("stop 38: a recruit site's header line above the job (RECRUIT ｜ 株式会社〇〇) is the site's, not the title", () => {
  it('the job on the next line is the title', () => {
    expect(title('RECRUIT ｜ 株式会社みなとソフト\n家計簿アプリのカスタマーサポート\n【仕事内容】\nお問い合わせに答えます。')).toContain('家計簿アプリのカスタマーサポート');
    expect(title('採用情報 ｜ 株式会社みなとソフト\n法人営業（ITツールのご提案）\n【仕事内容】\n提案です。')).toContain('法人営業');
  });
  it("above a field's line (募集職種：…) the header stays the title's line: the field states the job in its own section", () => {
    expect(title('採用情報｜株式会社みなとソフト\n募集職種：CXリーダー（カスタマーセンター）\n【仕事内容】\n運営です。')).toBe('採用情報|株式会社みなとソフト');
  });
  it('a title that names the company beside the job stays the title', () => {
    expect(title('株式会社みなとソフト｜カスタマーサポート\n【仕事内容】\nお問い合わせに答えます。')).toBe('株式会社みなとソフト|カスタマーサポート');
  });
});

describe('stop 38: other openings the page names under 同時募集中 are not this job', () => {
  it('a support desk that also recruits an engineer and a leader stays a support desk', async () => {
    const r = await run('アプリのカスタマーサポート\n【仕事内容】\nユーザーからのお問い合わせに、チャットとお電話で回答します。\n【給与】\n時給1,450円\n同時募集中\n・サーバーサイドエンジニア（正社員）年収600万円～\n・サポートのリーダー候補（正社員）月給28万円～\n・開発チームのデザイナー（正社員）年収500万円～');
    expect(r.flags.filter((f) => (f.category === 'office' || f.category === 'management') && f.polarity === 'present' && f.section !== 'company')).toEqual([]);
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 38: calls out made only on one occasion are a side of a desk that takes calls', () => {
  it('こちらから電話をかけるのは、予約時間の変更をお願いするときだけです: inbound, not mixed', async () => {
    const r = await run(posting('クリニックの予約センタースタッフ', '・保護者の方からの予約のお電話を受け、空き枠をご案内します。1日の受電は40〜60件です。\n※こちらから電話をかけるのは、予約時間の変更をお願いするときだけです。'));
    expect(r.jobType).toBe('inbound');
  });
  it('calls out as a share of the work stay a direction of it (受電6割・発信4割)', async () => {
    const r = await run(posting('お客様窓口スタッフ', '・お客様からのお電話を受けます（全体の6割）。\n・お申込みいただいた方へ、こちらからお電話してご案内します（全体の4割）。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('stop 38: a figure said to count for nothing in evaluation is no quota', () => {
  it.each([
    ['1日の架電は60件くらいが目安ですが、評価には使っていません。'],
    ['チームの目標件数はありますが、個人の評価の対象ではありません。'],
  ])('%s: absent', async (line) => {
    const r = await run(posting('工事日程のご案内スタッフ', `・お申込み済みのお客様へお電話し、工事の日程を決めます。\n${line}`));
    expect(r.quota).toBe('absent');
  });
  it('a guideline that evaluation does use stays stated', async () => {
    const r = await run(posting('工事日程のご案内スタッフ', '・お申込み済みのお客様へお電話し、工事の日程を決めます。\n1日の架電は60件が目安で、評価にも反映します。'));
    expect(r.quota).toBe('stated');
  });
});

describe('stop 38: both directions named by their verbs (受けるのと、かけるのと、だいたい半々) are 受発信', () => {
  it('a booking desk that says so is mixed', async () => {
    const r = await run(posting('ペットシッターの予約デスク', '・飼い主さんからのご予約のお電話を受ける\n・シッターさんの訪問日の確認\n→受けるのと、かけるのと、だいたい半々くらいです'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('stop 38: an inside-sales job that takes its own online meetings to the contract sells', () => {
  it('インサイドセールス … ご契約まで担当: sales, not outbound', async () => {
    const r = await run('インサイドセールス（オンライン商談でクリニック向け予約システムをご提案）\n\nお問い合わせをいただいたクリニックの院長様に、オンライン商談でサービスをご提案し、ご契約まで担当していただきます。\n・お問い合わせいただいたクリニックへ連絡し、商談の日程を決める\n・画面共有でデモをお見せする\n◆ 給与\n月給26万円〜');
    expect(r.jobType).toBe('sales');
  });
  it('an inside-sales job that books meetings for the field sales stays outbound', async () => {
    const r = await run('インサイドセールス（商談獲得）\n【仕事内容】\n資料請求のあった企業へお電話し、営業担当の商談のアポイントを獲得します。架電は1日60件ほどです。\n【給与】\n時給1,500円');
    expect(r.jobType).toBe('outbound');
  });
  it('telesales that signs customers up on the call stays outbound (その場でお申込み)', async () => {
    const r = await run('電力プランのご案内スタッフ\n【仕事内容】\nご家庭へお電話し、電気料金がお得になるプランへの切り替えをご案内します。興味を持っていただけたら、その場でお申込みまで進めていただくお仕事です。\n【給与】\n時給1,300円＋歩合：ご成約1件につき2,000円');
    expect(r.jobType).toBe('outbound');
  });
});
