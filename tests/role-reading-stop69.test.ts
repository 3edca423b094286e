// Stop 69: words the page quotes as words (「ノルマなし」といった決まり文句, 「テレアポ」という言葉) are talked about, not
// said of the job; a target the company holds as a whole, and figures only fed back to the worker, are set on nobody.
// Pages of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** A posting of our own in the common field order: title, 仕事内容, then the conditions. */
const page = (title: string, job: string, pay: string, place: string, hours: string, apply = '応募フォームからご応募ください。') =>
  `${title}\n【仕事内容】\n${job}\n【給与】${pay}\n【勤務地】${place}\n【勤務時間】${hours}\n【応募方法】${apply}`;

const writer = (says: string) =>
  page('求人広告ライター（正社員）', `求人サイトに載せる原稿の取材と執筆を担当します。${says}\n月に15本ほどの原稿を担当していただきます。`, '月給26万円〜', '東京都中央区', '10:00〜19:00', '応募フォームから職務経歴書をお送りください。');

describe('words quoted as words', () => {
  it('「ノルマなし」「週払いOK」といった決まり文句 is no denial of a quota of this job', async () => {
    const r = await run(writer('「ノルマなし」「週払いOK」といった決まり文句だけに頼らず、職場の姿を書き分けます。'));
    expect(r.quota).toBe('absent');
    expect(r.flags.some((f) => f.category === 'quota')).toBe(false);
  });
  it('「テレアポ」という言葉 names no call the writer makes', async () => {
    const r = await run(writer('「テレアポ」という言葉を使わずに仕事の中身を伝える工夫もします。'));
    expect(r.flags.some((f) => f.category === 'outbound')).toBe(false);
  });
  it('a quoted denial said of the job itself (「ノルマなし」なので安心) still denies', async () => {
    const r = await run(writer('取材先への営業はなく、「ノルマなし」なので安心して書くことに集中できます。'));
    expect(r.quota).toBe('negated');
  });
});

const clerk = (says: string) =>
  page('受注事務スタッフ（パート）', `文具の卸売会社で、注文書の入力と納品書の発行をお願いします。\n${says}`, '時給1,180円', '大阪府吹田市', '9:00〜16:00');

describe('targets set on nobody', () => {
  it('a yearly sales target the company holds as a whole (会社として…目標を掲げ) is not the clerk\'s', async () => {
    const r = await run(clerk('当社は会社として年間の売上目標を掲げていて、月に一度の朝礼で進み具合を全員で共有します。'));
    expect(r.quota).toBe('absent');
  });
  it('figures fed back each week (件数と成約率は…フィードバック) beside ノルマはありません: the denial stands', async () => {
    const r = await run(clerk('お電話でご注文を受けた際に新商品をご案内します。ご案内の件数と成約率は月に2回、店長からフィードバックがあります。ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
  it('a target with its miss in the same sentence is still set on the worker', async () => {
    const r = await run(clerk('お電話でご注文を受けた際に新商品をご案内します。成約率は毎週フィードバックし、目標を下回った週は面談があります。'));
    expect(r.quota).toBe('stated');
  });
  it('a personal target beside the company\'s is the worker\'s', async () => {
    const r = await run(clerk('全社で掲げる売上目標とは別に、一人ひとりに月間の販売目標があります。'));
    expect(r.quota).toBe('stated');
  });
});

const desk = (counts: string) =>
  page('通販サイトのお客様窓口（電話・メール）', `家具の通販サイトをご利用のお客様からのお電話とメールに対応するお仕事です。\n・お届け日のご案内、返品のお手続き\n${counts}`, '時給1,160円', '福岡県福岡市中央区', '9:00〜18:00');

describe('a desk that counts its contacts by channel', () => {
  it('お電話は1日18件ほど、メールは25件ほど is a desk\'s day, not a few calls beside other work', async () => {
    const r = await run(desk('お電話は1日18件ほど、メールは25件ほどです。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('the phone counted alone as light still reads as a side of other work', async () => {
    const r = await run(desk('お電話は1日5件ほどで、ほとんどはメールでのご対応です。').replace('お電話とメールに対応する', 'メールに対応する'));
    expect(r.callCenter).toBe(false);
  });
});

describe('a choice of direction asked, and a center named as a kind of company', () => {
  it('受信か発信か, as an ad writer checks it, names no call the writer takes or makes', async () => {
    const r = await run(writer('取材では、受信か発信か、1日の件数まで確かめます。'));
    expect(r.flags.some((f) => f.category === 'inbound' || f.category === 'outbound')).toBe(false);
  });
  it('クライアントはコールセンターの運営会社 names the clients, not the job', async () => {
    const r = await run(writer('担当するクライアントは、コールセンターの運営会社や物流会社です。'));
    expect(r.callCenter).toBe(false);
    expect(r.flags.some((f) => f.category === 'callCenter')).toBe(false);
  });
  it('a desk that takes calls is still read as one', async () => {
    const r = await run(writer('').replace('求人サイトに載せる原稿の取材と執筆を担当します。', 'コールセンターで、お客様からのお電話を受信するお仕事です。'));
    expect(r.jobType).toBe('inbound');
  });
});

const threeOpenings = `受付スタッフ（受信）｜株式会社サンプル住設 採用情報
当社では3つの職種を同時に募集しています。

■募集職種A　受付スタッフ（受信）【パート】
仕事内容
お客様からの修理のお申込みのお電話を受け、訪問日を決めるお仕事です。
給与
時給1,230円

■募集職種B　法人営業【正社員】
仕事内容
工務店へ点検契約をご提案する営業です。
給与
月給24万円〜＋インセンティブ（契約件数に応じて支給）
チームごとに月間目標があります。

■全職種共通の待遇
交通費支給（月2万円まで）
勤務地：大阪市北区
応募方法：応募フォームからご応募ください。`;

describe('targets and results pay in another position\'s fields', () => {
  it('the sales opening\'s 月間目標 and インセンティブ are not the posted desk\'s', async () => {
    const r = await run(threeOpenings);
    expect(r.jobType).toBe('inbound');
    expect(r.quota).toBe('absent');
    expect(r.signals.incentive).toBe(false);
    expect(r.flags.some((f) => f.category === 'quota' || f.category === 'incentive')).toBe(false);
  });
  it('the same lines under the posted position are its own', async () => {
    const r = await run(threeOpenings.replace('受付スタッフ（受信）｜', '法人営業｜'));
    expect(r.quota).toBe('stated');
    expect(r.signals.incentive).toBe(true);
  });
});

const guide = (box: string) => `受付事務ってどんな仕事？求人票の見方も解説｜おしごと入門
■受付事務とは
来客の案内や電話の取次ぎをする仕事です。多くの職場で研修があります。
■求人票のどこを見る？
${box}
チェックしたいのは「交通費の上限」と「研修中の時給」です。
■まとめ
求人を探すときの参考にしてください。`;

const sampleBox = `下は説明のために用意した例です。
【募集要項（記入例）】
職種：受付事務
給与：時給1,250円
勤務地：○○市
勤務時間：9:00〜17:00
応募方法：応募フォームより受付`;

describe('fields the page calls a sample', () => {
  it('a guide\'s 【募集要項（記入例）】 offers no job: no badge', async () => {
    const r = await run(guide(sampleBox));
    expect(r.posting).toBe(false);
  });
  it('a school newsletter\'s 〔見本〕求人票, 実在する会社の求人ではありません, offers none either', async () => {
    const r = await run(guide(sampleBox.replace('【募集要項（記入例）】', '※以下は見本で、実在する会社の求人ではありません。\n〔見本〕求人票（抜粋）')));
    expect(r.posting).toBe(false);
  });
  it('a posting whose company is noted as made up (株式会社サンプル（架空の会社です）) still offers its job', async () => {
    const r = await run(`受付事務スタッフ｜株式会社サンプル（架空）
当社の受付で、来社されたお客様のご案内とお電話の取次ぎをお願いします。
【募集要項】
職種：受付事務
給与：時給1,250円
勤務地：横浜市中区
勤務時間：9:00〜17:00
応募方法：応募フォームからご応募ください。
【会社概要】
株式会社サンプル（架空の会社です）。`);
    expect(r.posting).toBe(true);
  });
  it('a posting that offers its own job keeps its badge', async () => {
    const r = await run(`受付事務スタッフ募集｜みなと医院
当院の受付で、来院された方のご案内とお電話の取次ぎをお願いします。受付スタッフを1名募集しています。
【募集要項】
職種：受付事務
給与：時給1,250円
勤務地：横浜市中区
勤務時間：9:00〜17:00
応募方法：お電話でご連絡ください。`);
    expect(r.posting).toBe(true);
  });
});

describe('an interview that ends in a block headed 募集中のポジション', () => {
  it('the fields under ■ 募集中のポジション：… offer the job: a posting', async () => {
    const r = await run(`【インタビュー】受付から3年でチームリーダーへ｜株式会社サンプル窓口 採用サイト
――今のお仕事を教えてください。
山田：受付チームのリーダーとして、シフトの調整や新人の相談にのっています。最初は電話の仕事が不安でしたが、先輩がいつも横にいてくれました。
――どんな人と働きたいですか。
山田：困っている人を放っておけない人ですね。
（取材：2025年9月／人事部）
■ 募集中のポジション：受付チームリーダー候補
仕事内容：受付スタッフ10名ほどのチームのシフト管理と指導
応募資格：受付または接客の経験1年以上
給与：月給26万円〜
勤務地：名古屋市中区
■ 応募方法
採用サイトの応募フォームからご応募ください。`);
    expect(r.posting).toBe(true);
  });
});

const story = (past: string) => `受注センタースタッフ（受信中心）｜みどり生協
◆3年前のセンター
私たちのセンターは、ご注文のお電話を受けるのが中心です。${past}
◆今のセンター
そこで仕組みを変えました。今、個人のノルマはありません。
募集要項
職種：受注センタースタッフ
給与：時給1,150円
勤務地：札幌市北区
勤務時間：9:00〜17:00
応募方法：応募フォームからご応募ください。`;

describe('a target told of a time gone', () => {
  it('当時は…件数の目標がありました and 今思えば、あれはノルマでした are history: today\'s ノルマなし stands', async () => {
    expect((await run(story('当時は、ご案内の電話に1日30件という件数の目標がありました。'))).quota).toBe('negated');
    expect((await run(story('創業したころは毎朝「あと3件」と声をかけていました。今思えば、あれは立派なノルマでした。'))).quota).toBe('negated');
  });
  it('a target told now, beside the past, is stated', async () => {
    expect((await run(story('当時から続く、1日30件という件数の目標があります。'))).quota).toBe('stated');
  });
});
