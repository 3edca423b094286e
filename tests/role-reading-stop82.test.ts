// Stop 82: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (0affba9e), with a control beside each that passes on both.
import { describe, expect, it } from 'vitest';
import { flattenedBreaks } from '../lib/text/flattened-lines';
import { run } from './helpers';

/** A recruit site's page: its header, a one-step breadcrumb from its list of openings, then the page's fields. */
const recruitPage = (header: string, crumb: string, body: string) =>
  `${header}\n\n${crumb}\n\n${body}\n\n募集要項\n雇用形態：正社員\n給与：月給24万円〜\n勤務地：神奈川県横浜市\n勤務時間：8:30〜17:30\n応募方法：エントリーフォームからご応募ください。`;

describe('a breadcrumb one step from the list of openings names this page\'s job', () => {
  const rounds = '仕事内容\n・担当エリアのビルやマンションを社用車で回り、エレベーターの動きや部品のすり減りを確かめます\n・作業の前日には、管理人さんへ作業日時の確認のお電話を入れます\n1日に回るのは4〜5棟です。';
  it('募集職種一覧 ＞ 設備スタッフ（定期点検）: the title of a field job, not a list of other openings', async () => {
    const r = await run(recruitPage('採用情報 ｜ 株式会社みなと昇降機サービス', '募集職種一覧 ＞ 設備スタッフ（エレベーターの定期点検）', rounds));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('募集職種一覧 ＞ 訪問営業 under a company line: the job is the visits, the call center books them', async () => {
    const r = await run(recruitPage('みなとセキュリティ株式会社｜RECRUIT', '募集職種一覧 ＞ 防犯プランナー（訪問営業）', '◆ ご家庭を訪ねて防犯の相談にのる営業職です。\n\n【仕事内容】\n防犯カメラとセンサーの導入を考えているご家庭にうかがい、プランをご提案します。\n訪問のアポイントは、当社コールセンターのテレアポ担当が取ります。あなたは約束の時間にうかがって、ご説明とお見積もりをします。\n・訪問の前日に、お客様へ確認のお電話を入れます\n\n【目標】\n営業担当ごとに月間の契約目標があります。'));
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
  it('control: a title line without the breadcrumb reads the same', async () => {
    const r = await run(recruitPage('採用情報 ｜ 株式会社みなと昇降機サービス', '設備スタッフ（エレベーターの定期点検）', rounds));
    expect(r.jobType).toBe('other');
  });
  it('control: a list of openings under its own heading still names other jobs', async () => {
    const r = await run(`設備スタッフ（エレベーターの定期点検）\n【仕事内容】\n担当エリアのビルを社用車で回り、エレベーターの点検・修理を行います。\n【給与】月給24万円〜\n【勤務地】神奈川県横浜市\n\n募集職種一覧\n・コールセンタースタッフ（受信）：お客様からのお電話を受けます`);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('a career path names the steps after the job, not its work', () => {
  const careerPage = (heading: string) =>
    `総合職（カスタマーサポート職）募集要項\n\n■ 入社後のお仕事\n入社後2年間は、全員がコミュニケーター（電話応対スタッフ）として、通販のお客様からのご注文やお問い合わせをお電話で受け付けます。\n・こちらから営業の電話をかけることはありません\n\n■ ${heading}\n1〜2年目：コミュニケーター\n3年目〜：リーダー（応対品質のチェック）\n5年目〜：SV（スーパーバイザー）としてチームのマネジメント、シフト作成\nその先：センター長、品質管理、研修企画\n\n■ 募集要項\n雇用形態　正社員\n初任給　月給22万円\n勤務地　東京都江東区\n勤務時間　シフト制`;
  it('■ キャリアパス: the job is taking calls', async () => {
    const r = await run(careerPage('キャリアパス'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('■ キャリアステップ: the same', async () => {
    expect((await run(careerPage('キャリアステップ'))).jobType).toBe('inbound');
  });
  it('control: SV work stated as the job itself stays management', async () => {
    const r = await run(`SV（スーパーバイザー）\n【仕事内容】\n受信センターのSVとして、オペレーター15名のマネジメント、応対品質のチェック、シフト作成を担当します。ご自身が電話を受けることはほとんどありません。\n【給与】月給28万円\n【勤務地】東京都江東区`);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
});

describe('complaints handed to another team or desk', () => {
  const orders = (line: string, title = '通販の受注スタッフ（受信）') =>
    `${title}\n【仕事内容】\nお客様からのご注文のお電話を受け、パソコンに入力します。\n${line}\n【給与】時給1,250円\n【勤務地】福岡県福岡市\n【勤務時間】9:00〜18:00`;
  it('…クレームは、専門のお客様相談チームにお電話をおつなぎします: put through to a team', async () => {
    expect((await run(orders('お届けした品物へのクレームは、専門のお客様相談チームにお電話をおつなぎします。'))).signals.complaints).toBe(false);
  });
  it('苦情は、管理会社様が窓口となります: another company is the desk', async () => {
    const r = await run(`消防設備点検スタッフ\n【仕事内容】\nマンションやビルを訪問し、消火器や火災報知設備の点検を行います。\n※警報の鳴り間違いについての苦情は、各マンションの管理会社様が窓口となります。\n【給与】月給23万円\n【勤務地】大阪府大阪市`);
    expect(r.signals.complaints).toBe(false);
  });
  it('苦情の窓口は品質保証部門になります: the desk named as another department', async () => {
    expect((await run(orders('苦情の窓口は品質保証部門になります。'))).signals.complaints).toBe(false);
  });
  it('control: the desk the title names is the job\'s own', async () => {
    expect((await run(orders('クレームの窓口はお客様相談室です。', 'お客様相談室スタッフ（受信）'))).signals.complaints).toBe(true);
  });
  it('control: 当センター as the desk is this job\'s', async () => {
    expect((await run(orders('クレームの窓口は当センターです。'))).signals.complaints).toBe(true);
  });
  it('control: complaints the job hears and answers', async () => {
    expect((await run(orders('クレームのお電話もありますが、マニュアルに沿って対応します。'))).signals.complaints).toBe(true);
  });
});

describe('piece pay on a page that denies results pay', () => {
  const flyers = (note: string) =>
    `ポスティングスタッフ\n【仕事内容】\n地域のご家庭のポストにチラシを配ります。配る部数はご自身で決められます。\n【給与】\n1部5円〜8円（チラシの大きさにより変動）\n${note}\n【勤務地】宮城県仙台市\n【勤務時間】お好きな時間に`;
  it('1部5円〜 beside 歩合・インセンティブはありません: paid for the work, no incentive', async () => {
    const r = await run(flyers('※営業や勧誘のお仕事ではないので、歩合・インセンティブはありません'));
    expect(r.signals.incentive).toBe(false);
  });
  it('control: the same piece rate without the denial reads as pay by results, as the labels do', async () => {
    expect((await run(flyers('※配った部数に応じてお支払いします'))).signals.incentive).toBe(true);
  });
  it('control: commission named in sales stays an incentive beside a denied bonus', async () => {
    const r = await run(`訪問販売スタッフ（完全歩合）\n【仕事内容】\nご家庭を訪問し、浄水器をご提案します。\n【給与】\n完全歩合：売上の20%\n※固定のインセンティブ制度はありません\n【勤務地】愛知県名古屋市`);
    expect(r.signals.incentive).toBe(true);
  });
});

describe('training pay under notes of the same role\'s other rates', () => {
  const desk = (pay: string) => `ロードサービス受付スタッフ\n【仕事内容】\nお客様からの「車が動かない」というお電話を受け、レッカーの手配をします。\n【給与】\n${pay}\n【勤務地】北海道札幌市\n【勤務時間】シフト制`;
  it('a night-premium note between the wage and the training note does not take the training pay', async () => {
    const r = await run(desk('時給1,200円〜1,350円\n※22時〜翌5時は深夜割増となり、時給1,500円〜1,687円\n※研修期間（最初の10日間）は時給1,150円'));
    expect(r.pay.training).toMatchObject({ unit: 'hour', min: 1150, max: 1150 });
  });
  it('nor does a note of the pay after a promotion', async () => {
    const r = await run(desk('時給1,350円〜\n※SV昇格後は時給1,550円〜\n※研修期間（3週間）は時給1,250円'));
    expect(r.pay.training).toMatchObject({ unit: 'hour', min: 1250 });
  });
  it('a training note in brackets with its own bracketed length is read whole', async () => {
    const r = await run(desk('時給1,450円（研修期間中（約10日間）は時給1,300円）'));
    expect(r.pay.training).toMatchObject({ unit: 'hour', min: 1300, max: 1300 });
  });
  it('control: a training note right under the wage is read as before', async () => {
    const r = await run(desk('時給1,300円\n※研修期間（2週間）は時給1,250円'));
    expect(r.pay.training).toMatchObject({ unit: 'hour', min: 1250 });
  });
  it('control: the same pay during training is no training pay', async () => {
    expect((await run(desk('時給1,450円（研修期間中（約10日間）も同額）'))).pay.training).toBeNull();
  });
});

describe('a posting whose tags were stripped with nothing in their place', () => {
  const glued =
    'アルバイト 受注センタースタッフ 株式会社みちのくフーズ 仙台オフィス 時給1,250円 週3日〜OK ＜ここがポイント＞お電話を受けるだけのお仕事です給与時給1,250円（研修中も同じ時給です）交通費規定支給職種受注センタースタッフ仕事内容カタログをご覧のお客様からのご注文のお電話を受け、パソコンに入力します。お届け日のご相談にもお答えします。勤務地宮城県仙台市青葉区一番町X-X勤務時間9:00〜17:00（休憩60分）雇用形態アルバイト応募資格未経験歓迎・PCの文字入力ができる方応募方法応募ボタンからご応募ください';
  it('its headings are known by the values glued after them: the lines go back before each', () => {
    const { inserts } = flattenedBreaks(glued);
    const startsOfLines = inserts.map((at) => glued.slice(at, at + 4));
    for (const heading of ['給与時給', '仕事内容', '勤務地宮', '勤務時間', '雇用形態', '応募資格']) expect(startsOfLines).toContain(heading);
  });
  it('control: the page reads as a posting with its pay', async () => {
    const r = await run(glued);
    expect(r.posting).toBe(true);
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(r.jobType).toBe('inbound');
  });
  it('control: a column that names the fields in its sentences stays an article, its lines untouched', async () => {
    const column = 'コールセンターのお仕事って実際どうなの？今回のコラムでは、受信と発信の違いや、仕事内容は何から覚えるのか、給与はどのくらいが相場なのか、勤務時間はシフト制が多いのかを、現場で働く3人に聞きました。どの人も「最初の1か月がいちばん大変だった」と話します。電話の向こうのお客様の声に慣れるまでのコツも紹介します。';
    expect(flattenedBreaks(column).inserts).toEqual([]);
    expect((await run(column)).posting).toBe(false);
  });
});

describe('a decision handed on after the job hears the complaint', () => {
  const shop = (line: string) => `器のネットショップ 受注スタッフ（電話・メール）\n【仕事内容】\nお客様からのご注文やお問い合わせのお電話を受けます。\n${line}\n【給与】時給1,300円\n【勤務地】東京都品川区`;
  it('お叱りをいただくこともありますが、返金の判断は店長が行います: the job hears them first', async () => {
    expect((await run(shop('お叱りをいただくこともありますが、返金や交換の判断は店長が行いますので、まずはお話を伺ってください。'))).signals.complaints).toBe(true);
  });
  it('…ご不満を伺うこともありますが、値引きの可否はリーダーが対応します: the same with 可否', async () => {
    expect((await run(shop('商品へのご不満を伺うこともありますが、値引きの可否はリーダーが対応します。'))).signals.complaints).toBe(true);
  });
  it('control: the complaint itself given to the manager stays handed over', async () => {
    expect((await run(shop('お叱りのお電話は店長が対応します。'))).signals.complaints).toBe(false);
  });
});

describe('calls made about once a month', () => {
  const tutor = (line: string) => `個別指導塾の講師（大学生歓迎）\n【仕事内容】\n小学生・中学生に、講師1名につき生徒2名までの個別指導で数学と英語を教えます。\n${line}\n【給与】時給1,500円\n【勤務地】愛知県名古屋市\n【勤務時間】17:00〜22:00`;
  it('月に1回程度、保護者の方へお電話で…: a side task of a teaching job', async () => {
    const r = await run(tutor('授業のほか、月に1回程度、担当する生徒の様子を保護者の方へお電話でお伝えします。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('control: calls out every day to the same parents are the job', async () => {
    const r = await run(`入塾案内スタッフ（テレアポ）\n【仕事内容】\n資料請求をいただいたご家庭の保護者の方へ、毎日リストをもとにお電話をかけ、無料体験授業のご案内をします。1日の架電は80件ほどです。\n【給与】時給1,400円\n【勤務地】愛知県名古屋市`);
    expect(r.jobType).toBe('outbound');
  });
});

describe('complaints given to a person with a long gloss, or to a dedicated line', () => {
  const counter = (line: string) => `空港カウンタースタッフ\n【仕事内容】\nチェックインカウンターで搭乗手続きと手荷物のお預かりを行います。\n${line}\n【給与】月給21万円\n【勤務地】千葉県成田市`;
  it('クレーム対応は、責任者（デューティーマネージャー）が行います: the duty manager takes them', async () => {
    expect((await run(counter('※欠航時のクレーム対応は、責任者（デューティーマネージャー）が行います。'))).signals.complaints).toBe(false);
  });
  it('苦情の受付は、本社の専用ダイヤルが対応します: a dedicated line takes them', async () => {
    const r = await run(`訪問営業スタッフ\n【仕事内容】\nご家庭を訪問し、光回線のお申込み手続きをタブレットで行います。\n・お客様からの苦情の受付は、本社の専用ダイヤルが対応します。\n【給与】月給25万円\n【勤務地】大阪府大阪市`);
    expect(r.signals.complaints).toBe(false);
  });
  it('control: complaints heard at the counter first stay the job\'s', async () => {
    expect((await run(counter('欠航時にはお客様からのクレームを受けることもあります。'))).signals.complaints).toBe(true);
  });
});

describe('a title that names selling and nothing else', () => {
  const homeSales = (title: string) =>
    `${title}\n【仕事内容】\nご入居を検討されているご家族の相談相手として、ご入居の日まで寄り添います。\n・パンフレットのご請求や見学予約のお電話を受け、お会いする日時を決めます\n・ご見学のあと、ご家族へフォローのお電話をします\n・ホーム内のご見学のご案内\n【給与】月給27万円〜＋インセンティブ\n【勤務地】埼玉県さいたま市`;
  it('入居相談員（…営業職）: booking calls both ways are the seller\'s, not 受発信', async () => {
    const r = await run(homeSales('入居相談員（有料老人ホームのご入居をご案内する営業職）'));
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
  it('control: a title that names a phone desk beside 営業 keeps the calls', async () => {
    const r = await run(`営業スタッフ（内勤・電話でのご案内）\n【仕事内容】\n法人のお客様へお電話をかけ、電力プランの切り替えをご案内します。1日の架電は60件ほどで、ご興味のある方には資料をお送りします。お客様からの折り返しのお電話も受けます。\n【給与】月給24万円\n【勤務地】東京都港区`);
    expect(r.jobType).not.toBe('sales');
    expect(r.callCenter).toBe(true);
  });
});

describe('a tie between a call taken and a proposal, settled by the whole page', () => {
  it('the duties weigh a call and a proposal alike; the page asks for sellers: sales', async () => {
    const r = await run('シニアレジデンスの入居相談スタッフ\n【仕事内容】\nホームのご入居窓口として、次のお仕事をお任せします。\n・お問い合わせのお電話への対応\n・ご入居のご提案、ご契約の手続き\n【応募資格】\n・営業のご経験がある方歓迎\n【給与】月給25万円\n【勤務地】千葉県船橋市');
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
  it('control: calls that outweigh the proposal stay a desk\'s', async () => {
    const r = await run('シニアレジデンスの入居相談スタッフ\n【仕事内容】\n・お問い合わせのお電話への対応（1日30件ほど）\n・お客様からのお電話を受け、見学のご予約を承ります\n・ご入居のご提案\n【給与】時給1,300円\n【勤務地】千葉県船橋市');
    expect(r.jobType).toBe('inbound');
  });
});

describe('an example named before the clause that denies it', () => {
  const desk = (line: string) => `ご依頼者さま専用ダイヤル（受信）\n【仕事内容】\nご依頼いただいている方からのお電話でのお問い合わせに対応します。1日に受けるお電話は25件ほどです。\n${line}\n【給与】時給1,250円\n【勤務地】千葉県千葉市`;
  it('督促など、こちらからお支払いをお願いするお電話はしていません: no collections', async () => {
    const r = await run(desk('ご入金の督促など、こちらからお支払いをお願いするお電話はしておりません。'));
    expect(r.signals.collections).toBe(false);
    expect(r.jobType).toBe('inbound');
  });
  it('control: 督促など、…をお願いするお電話もあります keeps them', async () => {
    const r = await run(desk('ご入金の督促など、こちらからお支払いをお願いするお電話も毎日かけています。'));
    expect(r.signals.collections).toBe(true);
  });
});
