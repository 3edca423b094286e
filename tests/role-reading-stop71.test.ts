// Stop 71: work the page gives to a named manager or office, another job named as not this one, a visit applied for by
// phone, results counts in a raise's conditions, monitoring operators, the volume of incoming calls, records of calls
// others took, and callbacks made at the customer's request. Pages of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** A posting of our own in the common field order: title, 仕事内容, then the conditions. */
const page = (title: string, job: string, pay = '時給1,250円', place = '静岡県静岡市', hours = '9:00〜18:00（シフト制）') =>
  `${title}\n【仕事内容】\n${job}\n【給与】${pay}\n【勤務地】${place}\n【勤務時間】${hours}\n【応募方法】応募フォームからご応募ください。`;

describe('work the page gives to a named manager or office', () => {
  const front = (says: string) =>
    page('ホテルの予約係（電話・メール）', `宿泊のご予約やお問い合わせのお電話を受け、空室を確かめてご案内します。\n${says}\n最初の2週間は先輩が隣について教えます。`);
  it('クレームなど難しいご対応は、フロントマネージャーが担当します: no complaints for this job', async () => {
    const r = await run(front('クレームなど難しいご対応は、フロントマネージャーが担当します。'));
    expect(r.signals.complaints).toBe(false);
    expect(r.jobType).toBe('inbound');
  });
  it('ご不満やクレームへの対応は、本館の管理事務所が行います: the office\'s work, not the job\'s', async () => {
    const r = await run(front('ご不満やクレームへの対応は、本館の管理事務所が行います。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('a complaint this job hears first still counts (クレームの一次対応もお願いします)', async () => {
    const r = await run(front('クレームの一次対応もお願いします。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('家の説明や商談は各メーカーの営業担当がします: reception at a housing park sells nothing', async () => {
    const r = await run(
      page('住宅展示場の受付スタッフ', '展示場のセンターハウスで来場されたお客様を受付し、各社のモデルハウスへご案内します。\n家の説明や商談は、各メーカーの営業担当がします。\nパンフレットの補充や館内の清掃もお願いします。'),
    );
    expect(r.jobType).toBe('other');
    expect(r.flags.some((f) => f.category === 'sales')).toBe(false);
  });
});

describe('another job named as not this one', () => {
  it('当社の「お客様センター」（電話受付）とは別のお仕事です: the calls are that job\'s', async () => {
    const r = await run(
      page('商業施設の施設警備スタッフ', 'ショッピングモールの防災センターで、防犯カメラの監視と館内の巡回を行います。\n※当社の「お客様センター」（電話受付）とは別のお仕事です。\n新任研修は4日間です。', '日給11,000円'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('〜とは別に (besides) adds work to this job: the calls stay', async () => {
    const r = await run(page('ご注文受付スタッフ', 'お客様からのご注文のお電話を受けます。電話の応対とは別に、伝票の整理もお願いします。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('a visit applied for by phone', () => {
  it('見学のお申し込みはお電話で受け付けています, for a nursery teacher: how to visit, not the job\'s calls', async () => {
    const r = await run(
      page('保育士（正社員・クラス担任）', '0〜5歳児クラスの担任として、日々の保育、連絡帳の記入、行事の準備を行います。\n職場の見学もできます。見学のお申し込みはお電話で受け付けています。', '月給23万円〜'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
});

describe('results counts in the conditions of a raise', () => {
  const order = (raise: string) =>
    page('健康食品のご注文受付スタッフ', `新聞広告をご覧になったお客様から、ご注文のお電話を受けます。お届け日をご案内したら完了です。\nご希望の方には定期便のご案内もします。\n\n時給アップ条件\n${raise}`, '時給1,100円〜', '熊本県熊本市');
  it('定期便の成約 月15件以上で翌月+50円, 件数に届かなかった月は元の時給: a bar on results, at an order desk', async () => {
    const r = await run(order('定期便の成約 月15件以上 → 翌月の時給+50円\n※件数に届かなかった月は、元の時給に戻ります。'));
    expect(r.quota).toBe('stated');
    expect(r.jobType).toBe('inbound');
  });
});

describe('operators of other things', () => {
  it('投稿監視オペレーター checks posts against rules: no phone work', async () => {
    const r = await run(page('投稿監視オペレーター（夜勤）', '口コミサイトに投稿された文章と画像を、ガイドラインに沿って目で確かめ、問題のあるものを非公開にします。\n判断に迷うものはリーダーに相談できます。', '日給12,500円'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
});

describe('the volume of incoming calls', () => {
  it('1日に80件以上のお電話がかかってきます beside ノルマはありません: the denial stands', async () => {
    const r = await run(page('市の給付金コールセンター（受信）', '給付金の申請についてのお問い合わせに、マニュアルを見ながらお答えします。申請の締切の前後は、1日に80件以上のお電話がかかってきます。\nこちらからおかけするお電話やノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
  it('a count of calls the worker makes (1日80件以上の架電をお願いしています) beside ノルマはありません still binds', async () => {
    const r = await run(page('光回線のご案内スタッフ（発信）', 'ノルマはありません。ただ、1日80件以上の架電をお願いしています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('records of calls others took', () => {
  it('オペレーターが電話で受け付けた内容を入力, オペレーターに確認: office work from the records', async () => {
    const r = await run(
      page('ご注文データの入力スタッフ', '通販の受注センターで、オペレーターが電話で受け付けた内容を受付メモから管理システムに入力します。\n読み取れないところはオペレーターに確認します。\nお客様と電話で話すことはありません。'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('the job\'s own calls taken down (あなたが電話で受け付けた内容) stay calls', async () => {
    const r = await run(page('ご注文受付スタッフ', 'お客様からのご注文のお電話を受けます。あなたが電話で受け付けた内容は、そのままシステムに入力します。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('callbacks made at the customer\'s request', () => {
  const desk = (more: string) =>
    page('インターネット回線の二次対応スタッフ', `一次窓口のオペレーターから転送されたお電話に対応します。\n${more}\n対応マニュアルがあり、最初の2週間は先輩の対応に同席します。`);
  it('折り返しのお電話（ご予約の時間に、こちらからおかけします）: the answer to a call, not outbound work', async () => {
    const r = await run(desk('・折り返しのお電話（ご予約いただいた時間に、こちらからおかけします）'));
    expect(r.jobType).toBe('inbound');
  });
  it('電話は折り返しのみで、…こちらからおかけします: inbound', async () => {
    const r = await run(desk('電話は折り返しのみで、お客様がご希望のときだけこちらからおかけします。'));
    expect(r.jobType).toBe('inbound');
  });
  it('calls out beside the callbacks (折り返しのほか、新サービスのご案内の発信もあります) still make a mixed desk', async () => {
    const r = await run(desk('折り返しのお電話のほか、新サービスのご案内の発信もあります。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('quota denied in short forms', () => {
  it('No ノルマ！ on a page for mixed readers denies it', async () => {
    const r = await run(page('電話アンケートスタッフ【No ノルマ】', '世論調査のお電話をおかけして、ご回答をいただくお仕事です。\nNo ノルマ！ 商品の売り込みもありません。'));
    expect(r.quota).toBe('negated');
  });
  it('ノルマ／なし in a 派遣 page\'s list of terms denies it', async () => {
    const r = await run(page('ソフトウェアの使い方サポート（受信）', 'お客様からのお電話で、会計ソフトの使い方にお答えします。\n期間／長期\nノルマ／なし\n交通費／全額支給'));
    expect(r.quota).toBe('negated');
  });
  it('a statement after a slash is another item, not the term\'s value (未経験歓迎／普通免許は不要)', async () => {
    const r = await run(page('ルート配送ドライバー', '決まったお店に商品をお届けします。\n未経験歓迎／普通免許は不要'));
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('ノルマ／月20件 states one', async () => {
    const r = await run(page('電話アンケートスタッフ', '世論調査のお電話をおかけします。\nノルマ／月20件'));
    expect(r.quota).toBe('stated');
  });
});

describe('plain words for taking orders and calls', () => {
  it('お電話でご注文を承ります is an order desk', async () => {
    const r = await run(page('通販のお仕事（健康食品）', '新聞広告をご覧になったお客様から、お電話でご注文を承ります。\n明るい職場で、主婦の方が多く活躍しています。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
});

describe('voices of staff in other roles', () => {
  const desk = (voices: string) =>
    page(
      'お客様窓口の受付スタッフ（電力会社）',
      `電気のご契約者さまからのお電話を受け、料金やお引越しの手続きにお答えします。\nマニュアルがあり、研修は3週間です。\n\n社員インタビュー\n${voices}`,
    );
  it('an SV\'s service-level target and a field seller\'s monthly target are theirs, not the desk\'s', async () => {
    const r = await run(
      desk('■SV　村上（入社6年目）\n「センター全体の応答率を見ながら、受託先との約束の目標を追いかけています。」\n■法人営業部　岸田（入社4年目）\n「飲食店を訪問して料金プランをご提案しています。月の契約目標件数を追う毎日です。」'),
    );
    expect(r.quota).toBe('absent');
    expect(r.jobType).toBe('inbound');
  });
  it('a voice of the posted role (■受付スタッフ 佐藤さん) is read as the job', async () => {
    const r = await run(desk('■受付スタッフ　佐藤さん（入社2年目）\n「1日の受付件数の目標があるので、最初は焦りました。」'));
    expect(r.quota).toBe('stated');
  });
  it('a person\'s name alone (高橋 りょう（入社3年目）) names no other role', async () => {
    const r = await run(desk('高橋 りょう（入社3年目・契約社員）\n「1日の受付件数の目標があるので、最初は焦りました。」'));
    expect(r.quota).toBe('stated');
  });
});

describe('voices of staff in other roles, in other formats', () => {
  const desk = (voices: string) =>
    page('ホテル予約センターの予約スタッフ', `宿泊予約のお電話をお受けし、空室とプランをご案内します。\n1週間の座学研修があり、マニュアルも完備しています。\n\n先輩の声\n${voices}`);
  it('a quote with the speaker\'s role after it (「…応答率の目標を…」（予約センター 主任）) is that role\'s', async () => {
    const r = await run(desk('「センター全体の応答率の目標を、毎日の朝礼で確認しています。」（予約センター 主任）'));
    expect(r.quota).toBe('absent');
  });
  it('the hiring side speaks for the posting (「ノルマや販売目標はありません。」（人事部 採用担当）)', async () => {
    const r = await run(desk('「ノルマや販売目標はありません。」（人事部 採用担当）'));
    expect(r.quota).toBe('negated');
  });
  it('a department that names the posted work (営業部 佐々木（2023年入社）, on a ルート営業 page) is the job\'s own voice', async () => {
    const r = await run(
      page('ルート営業（法人向け）', '既存のお取引先を訪問し、複合機の入れ替えをご提案します。\n\n営業部 佐々木 拓也（2023年入社）\n「チームの月間売上目標があり、自分の数字も毎週の会議で確認します。」', '月給25万円'),
    );
    expect(r.quota).toBe('stated');
  });
});

describe('the phone\'s share with a hedge', () => {
  it('業務の7割ほどは電話です, under a title of 一般事務: a phone desk', async () => {
    const r = await run(
      page('一般事務（お客様窓口）', 'ウォーターサーバーをご利用のお客様からのご連絡に対応する一般事務のお仕事です。\n業務の7割ほどは電話です。残りは、お届け日の変更を入力したり、配送センターあての依頼票を作ったりする事務作業です。'),
    );
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});
