// Stop 72: work the page gives to a clinic's or school's head, a word the page names as meaning something else
// (「クレーム」 for an insurance claim), an incentive at a job with no quota, and the phone's share with a hedge said
// of answering it. Pages of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** A posting of our own in the common field order: title, 仕事内容, then the conditions. */
const page = (title: string, job: string, pay = '時給1,200円', place = '岡山県岡山市', hours = '9:00〜18:00（シフト制）') =>
  `${title}\n【仕事内容】\n${job}\n【給与】${pay}\n【勤務地】${place}\n【勤務時間】${hours}\n【応募方法】応募フォームからご応募ください。`;

describe('work the page gives to the head of a clinic, office or school', () => {
  const desk = (says: string) =>
    page('動物病院の受付スタッフ', `来院された飼い主さまの受付、お会計、カルテの準備をお願いします。\n診察のご予約のお電話も受けます。\n${says}\n最初の1か月は先輩が隣で教えます。`);
  it('トラブルやクレームのご相談は、院長か事務長が伺います: no complaints for this job', async () => {
    const r = await run(desk('トラブルやクレームのご相談は、院長か事務長が対応します。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('保護者さまからのクレームは教室長が受けます, at a cram school: the head\'s', async () => {
    const r = await run(
      page('学習塾の教室事務（パート）', '生徒の出欠の管理、教材の準備、面談日程の調整をお願いします。\n保護者さまからのクレームは教室長が受けますので、事務スタッフが対応することはありません。'),
    );
    expect(r.signals.complaints).toBe(false);
  });
  it('only the hard part given to the head (お叱りをいただくこともありますが、こじれたお話は院長が対応します): the job meets the rest', async () => {
    const r = await run(desk('お叱りをいただくこともありますが、こじれたお話は院長が対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('all of it given to the head after a contrast (ご不満を話される方もいますが、ご説明は院長が行います): the head\'s', async () => {
    const r = await run(desk('待ち時間にご不満を話される方もいますが、ご説明は院長が行いますので、すぐに呼んでください。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('a complaint the job hears itself still counts (クレームの電話もまずは受付で伺います)', async () => {
    const r = await run(desk('クレームの電話も、まずは受付で伺います。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a word the page names as meaning something else', () => {
  it('給付金の請求（当社では「クレーム」とも呼びます）: a claim, not a complaint', async () => {
    const r = await run(
      page('共済の請求書類チェックスタッフ', '共済の給付金の請求（当社では「クレーム」とも呼びます）について、届いた書類の不備を確かめ、システムに入力します。\n電話をかけることも受けることもありません。'),
    );
    expect(r.signals.complaints).toBe(false);
  });
  it('社内で「クレーム係」と呼ぶ部署: the page\'s name for a desk, not complaints', async () => {
    const r = await run(
      page('損害保険の事故受付（入力担当）', '事故のご連絡内容を確かめ、支払いの手続きを進めます。社内で「クレーム係」と呼ぶ部署ですが、苦情の窓口ではありません。'),
    );
    expect(r.signals.complaints).toBe(false);
  });
  it('a complaint the page quotes as such still counts (「クレーム」のお電話にも一次対応します)', async () => {
    const r = await run(page('通販のお客様窓口', 'ご注文やお届けについてのお電話を受けます。「クレーム」のお電話にも一次対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('an incentive at a job with no quota', () => {
  const salon = (quota: string) =>
    page('ネイルサロンの受付スタッフ', `ご来店のお客様のご案内とお会計、ご予約の管理をお願いします。\nケア用品をおすすめすると、売上の3％をインセンティブとしてお支払いします。\n${quota}\n先輩が一緒に入るので安心です。`);
  it('ノルマはありません beside a shop\'s product incentive: a bonus that presses on no one', async () => {
    const without = await run(salon('ノルマはありません。'));
    const silent = await run(salon(''));
    expect(without.quota).toBe('negated');
    expect(without.stress).toBeLessThan(silent.stress);
    expect(without.reasons.find((x) => x.id === 'incentive')?.effect.stress).toBe(0);
  });
  it('an outbound desk\'s incentive still adds pressure beside ノルマなし (the quota\'s absence eases it instead)', async () => {
    const r = await run(page('テレアポスタッフ', 'リストをもとに法人のお客様へお電話し、訪問のアポイントを取ります。\nアポ1件ごとにインセンティブ2,000円。ノルマはありません。'));
    expect(r.jobType).toBe('outbound');
    expect(r.reasons.find((x) => x.id === 'incentive')?.effect.stress).toBe(1);
  });
});

describe('the phone\'s share with a hedge, said of answering it', () => {
  it('勤務中の8割くらいはお電話での受付です: a desk that answers calls', async () => {
    const r = await run(page('旅館の予約スタッフ', '宿泊のご予約の受付と、予約台帳への入力をお願いします。\n勤務中の8割くらいはお電話での受付です。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('the same hedge on a small share is no desk (2割くらいは電話での受付です)', async () => {
    const r = await run(page('旅館の予約スタッフ（事務）', '宿泊の予約台帳の整理、請求書の作成、備品の発注をお願いします。\n勤務中の2割くらいは電話での受付です。'));
    expect(r.callCenter).toBe(false);
  });
});

describe('leading operators, said and denied', () => {
  it('センターのオペレーターを管理することはありません, for a trainer: beside the center, not over it', async () => {
    const r = await run(
      page('コールセンターの研修講師（契約社員）', '新しく入るオペレーターに、商品知識と応対の基本を教える研修を担当します。\n講師がお客様のお電話を受けたり、センターのオペレーターを管理したりすることはありません。\n研修用の資料づくりもお任せします。', '月給24万円'),
    );
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('オペレーターを管理していただきます, for a leader: a role over operators', async () => {
    const r = await run(
      page('コールセンターのリーダー候補', '受信センターで、10名ほどのオペレーターを管理していただきます。\n応対の品質の確認や、難しいお電話の引き継ぎもお願いします。', '月給25万円'),
    );
    expect(r.callCenter).toBe(true);
    expect(r.flags.some((f) => f.id === 'management.people' && f.polarity === 'present')).toBe(true);
  });
});

describe('targets said to exist, however gently', () => {
  const sales = (says: string) =>
    page('リフォームの提案営業（反響営業）', `お問い合わせをいただいたお宅を訪問し、現地を見てプランとお見積りをご提案します。\n${says}\n先輩に同行して覚えていきます。`, '月給26万円〜');
  it('目標はありますが、無理のない数字です: a target, stated', async () => {
    const r = await run(sales('目標はありますが、無理のない数字です。'));
    expect(r.quota).toBe('stated');
  });
  // Stop 80: the office's target is a stated one, held by the office (see tests/role-reading-stop59.test.ts).
  it('営業所としての目標はありますが、個人にノルマはありません: the office\'s target, stated as the team\'s', async () => {
    const r = await run(sales('営業所としての目標はありますが、個人にノルマはありません。'));
    expect(r.quota).toBe('stated');
    expect(r.reasons.map((x) => x.id)).toContain('quota.collective');
  });
  it('a career goal is no target (将来の目標がある方を応援します)', async () => {
    const r = await run(sales('将来の目標がある方を応援します。資格の取得費用も補助します。'));
    expect(r.quota).toBe('absent');
  });
  it('one target in overlapping words (獲得目標があります) counts once towards selling', async () => {
    const r = await run(
      page('携帯ショップスタッフ', 'ご来店のお客様の機種変更やご契約の手続きをお手伝いします。\n店舗ごとにオプションの獲得目標があります。\n研修で手続きを覚えられます。'),
    );
    expect(r.jobType).toBe('other');
  });
});

describe('an agency\'s registration event', () => {
  it('登録会のご案内 with its dates and what to bring: an event, not a posting', async () => {
    const r = await run(
      [
        '【Web・来社登録会】お仕事探しはご登録から｜ミナトワークス仙台支店',
        '仙台市内のコールセンターや事務のお仕事を多数ご紹介しています。登録会では、派遣の働き方をご説明し、ご希望を伺います。',
        '※登録会は、特定のお仕事の面接ではありません。',
        '■開催日時',
        '毎週火・木曜 10:00／14:00（各回60分・予約制）',
        '■会場',
        '仙台支店（仙台駅より徒歩5分）',
        '■持ち物',
        '本人確認書類、筆記用具',
        '■ご紹介中のお仕事の例',
        '・カード会社のお問い合わせ受付　時給1,300円〜',
        '・保険の書類チェック　時給1,250円',
        '■ご予約',
        'お電話（022-000-1234）またはWebフォームから',
      ].join('\n'),
    );
    expect(r.posting).toBe(false);
  });
  it('a posting whose next step is a registration still gets its badge (ご応募後、登録会の日程をご案内します)', async () => {
    const r = await run(
      page('【派遣】通販のお問い合わせ受付', 'お客様からのお電話で、ご注文内容の確認や配送のお問い合わせにお答えします。\n研修は5日間、マニュアルもあります。', '時給1,300円', '宮城県仙台市').replace(
        '応募フォームからご応募ください。',
        'Webからご応募ください。ご応募後、登録会の日程をご案内します（来社またはWeb）。',
      ),
    );
    expect(r.posting).toBe(true);
  });
});

describe('a direction given a tenth of the work', () => {
  const desk = (shares: string) =>
    page('カード会社のお客様窓口', `会員さまからのお問い合わせのお電話を受け、ご利用明細や手続きについてご案内します。\n${shares}\n発信は、書類に不備があった会員さまへご連絡するものです。\n研修は3週間です。`);
  it('受信9割・発信1割: an inbound desk', async () => {
    const r = await run(desk('受信9割・発信1割ほどの窓口です。'));
    expect(r.jobType).toBe('inbound');
  });
  it('受信6割・発信4割: both directions, a mixed desk', async () => {
    const r = await run(desk('受信6割・発信4割ほどの窓口です。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('work the page gives to another team', () => {
  it('新規のテレアポはインサイドセールスチームがおこないます, for a field seller: the team\'s calls', async () => {
    const r = await run(
      page('フィールドセールス（業務用ソフトの法人営業）', '商談が決まったお客様を訪問し、デモを見せながら導入をご提案します。ご契約までを担当します。\n新規のテレアポは、インサイドセールスチームがおこないます。', '月給30万円〜', '東京都港区'),
    );
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present').map((f) => f.text)).toEqual([]);
  });
  it('the same team named in the title is the job (インサイドセールス, テレアポはインサイドセールスチームが担当します)', async () => {
    const r = await run(
      page('インサイドセールス（電話でのアポイント獲得）', 'リストの企業へお電話し、製品をご紹介して商談のアポイントを取ります。\nテレアポはインサイドセールスチームが担当します。1日の架電は60件ほどです。', '月給25万円〜', '東京都港区'),
    );
    expect(r.jobType).toBe('outbound');
    expect(r.callCenter).toBe(true);
  });
});

describe('a recruit site\'s page of the people it has hired', () => {
  it('内定者の声 in the title: voices, not a posting', async () => {
    const r = await run(
      [
        '内定者の声｜新卒採用｜株式会社サクラコール',
        '来春入社予定の3名に、就職活動のことや入社後の目標を聞きました。',
        '■Aさん（文学部）',
        '「電話のお仕事は大変そうだと思っていましたが、研修が1か月あると聞いて安心しました。お客様からのお問い合わせに、落ち着いて答えられるようになりたいです。」',
        '■Bさん（経済学部）',
        '「説明会でセンターを見学し、ノルマがないことや、先輩がすぐ相談に乗ってくれる雰囲気に惹かれました。」',
        '※2026年度の新卒採用は終了しました。',
      ].join('\n'),
    );
    expect(r.posting).toBe(false);
  });
  it('a posting whose site menu names 内定者の声 is still a posting', async () => {
    const r = await run(
      page('コールセンタースタッフ（新卒・正社員）', '新卒採用TOP　仕事を知る　内定者の声　募集要項\nお客様からのお電話でのお問い合わせにお答えします。\n入社後1か月の研修があります。', '月給21万円', '北海道札幌市'),
    );
    expect(r.posting).toBe(true);
  });
});

describe('a results bar under other names, and a ceremony for results', () => {
  it('基準額に届かない月が続いた場合は、担当エリアを見直します: a bar with a consequence, stated', async () => {
    const r = await run(
      page('太陽光パネルの訪問営業', 'ご自宅を訪問し、発電のしくみと導入プランをご提案します。\n月の売上が基準額に届かない月が3か月続いた場合は、面談のうえ担当エリアを見直します。', '月給24万円＋歩合', '愛知県名古屋市'),
    );
    expect(r.quota).toBe('stated');
  });
  it('営業成績の表彰式の運営, for 総務 with ノルマはありません: the event it runs, not its results', async () => {
    const r = await run(
      page('本社の総務スタッフ', '備品の管理、社内行事の準備、来客の受付をお願いします。\n年に一度の営業成績の表彰式の運営も担当しますが、総務部に営業ノルマはありません。', '月給22万円', '愛知県名古屋市'),
    );
    expect(r.quota).toBe('negated');
  });
});

describe('a post named with its gloss', () => {
  const desk = (says: string) =>
    page('通販のお客様センター', `ご注文やお届けについてのお電話を受けます。\n${says}\n2週間の研修があります。`);
  it('クレームのお電話は、その場でSV（スーパーバイザー）に引き継ぎます: handed over at once', async () => {
    expect((await run(desk('クレームになりそうなお電話は、その場でSV（スーパーバイザー）に引き継ぎます。'))).signals.complaints).toBe(false);
  });
  it('passed up after being heard (まずお話を受けてから、SV（スーパーバイザー）に引き継ぎます): the job\'s', async () => {
    expect((await run(desk('クレームのお電話は、まずお話を受けてから、SV（スーパーバイザー）に引き継ぎます。'))).signals.complaints).toBe(true);
  });
});

describe('staff named with whose they are', () => {
  it('会場のお問い合わせ窓口は主催者のスタッフが対応します, at an event counter: the organiser\'s desk', async () => {
    const r = await run(
      page('展示会の来場受付（1日のみ）', '来場されたお客様の受付と、入場証のお渡しをお願いします。対面のお仕事で、電話は使いません。\n会場のお問い合わせ窓口は、主催者のスタッフが対応します。', '日給9,000円', '千葉県千葉市'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('our own staff are the job (お問い合わせ窓口は当社のスタッフが対応します, for that desk)', async () => {
    const r = await run(
      page('お問い合わせ窓口スタッフ', 'お客様からのお電話でのお問い合わせにお答えします。\nお問い合わせ窓口は、当社のスタッフが対応します。'),
    );
    expect(r.jobType).toBe('inbound');
  });
});

describe('both directions named together with their shares', () => {
  const desk = (faq: string) =>
    [
      'ウォーターサーバーのお客様センタースタッフ',
      '【仕事内容】',
      '会員さまからのお電話で、お届け日の変更やサーバーの使い方にお答えします。',
      '【給与】時給1,250円',
      '【勤務地】福岡県福岡市',
      '【よくある質問】',
      'Q. 電話をかけることもありますか？',
      `A. ${faq}`,
      '【応募方法】応募フォームからご応募ください。',
    ].join('\n');
  it('受ける電話とかける電話は、ほぼ半々です: the desk does both', async () => {
    expect((await run(desk('はい。受ける電話とかける電話は、ほぼ半々です。'))).jobType).toBe('mixed');
  });
  it('calls out said to be rare, the title\'s desk answers (かけることはほとんどありません)', async () => {
    expect((await run(desk('いいえ、かけることはほとんどありません。'))).jobType).toBe('inbound');
  });
});

describe('inquiries taken, and their share', () => {
  it('お問い合わせを受けるお仕事が6割、残りの4割は…確認のお電話（発信）: a desk doing both', async () => {
    const r = await run(
      page('自動車保険のコンタクトセンタースタッフ', 'コンタクトセンターで、ご契約者さまからの住所変更などのお問い合わせを受けるお仕事が6割。残りの4割は、書類が届いていない方へのご確認のお電話（発信）です。'),
    );
    expect(r.jobType).toBe('mixed');
  });
  it('お問い合わせを受ける at a center is answering calls', async () => {
    const r = await run(page('コンタクトセンタースタッフ', 'ガス会社のコンタクトセンターで、お客様からの料金や引っ越しのお問い合わせを受けるお仕事です。'));
    expect(r.jobType).toBe('inbound');
    expect(r.flags.some((f) => f.id === 'inbound.inquiry' && f.polarity === 'present')).toBe(true);
  });
  it('a shop floor\'s questions are no desk (売り場でお問い合わせを受けたら、ご案内します)', async () => {
    const r = await run(page('ドラッグストアの販売スタッフ', '品出しとレジをお願いします。売り場でお問い合わせを受けたら、商品の場所をご案内します。'));
    expect(r.callCenter).toBe(false);
  });
});

describe('the reader addressed as tired of it', () => {
  it('「数字に追われて疲れた、という方にこそ」: the reader\'s past, not this job\'s target', async () => {
    const r = await run(
      page('ルート営業（既存のお取引先のみ）', '担当のお店を社用車で回り、ご注文を伺って商品をお届けします。\n「ノルマや数字に追われて疲れた、という方にこそ来てほしい」と営業所長は話します。', '月給24万円', '静岡県浜松市'),
    );
    expect(r.quota).not.toBe('stated');
  });
  it('a target of this job still counts (月の売上目標を追いかけます)', async () => {
    const r = await run(page('ルート営業', '担当のお店を回り、月の売上目標を追いかけます。', '月給24万円', '静岡県浜松市'));
    expect(r.quota).toBe('stated');
  });
});

describe('cold door-to-door visits', () => {
  it('飛び込み訪問も行います beside calls that book the visits: a seller at the door', async () => {
    const r = await run(
      page('住宅設備の提案スタッフ', '午前中は、リストのお宅にお電話して訪問のお約束を取ります。\n午後はお約束したお宅を訪問してご提案します。お約束が少ない日は、近くのお宅への飛び込み訪問も行います。', '月給25万円＋歩合', '兵庫県姫路市'),
    );
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
});

describe('the experience a title asks for, and the meetings another team holds', () => {
  it('インサイドセールス／法人営業経験者, 商談はフィールドセールスが行います: a caller who books meetings', async () => {
    const r = await run(
      page('インサイドセールス（経費精算システム）／法人営業経験者', '資料請求をいただいた企業のご担当者様にお電話し、ご検討状況を伺って、オンライン商談の日程を決めます。商談は、フィールドセールスが行います。\n業務時間の大半はお電話です。', '月給28万円', '東京都渋谷区'),
    );
    expect(r.jobType).toBe('outbound');
    expect(r.callCenter).toBe(true);
  });
  it('a field seller\'s own meetings stay the job (フィールドセールス, 商談はフィールドセールスが行います)', async () => {
    const r = await run(
      page('フィールドセールス（経費精算システム）', '商談が決まった企業を訪問し、導入をご提案します。商談は、フィールドセールスが行います。\nアポイントはインサイドセールスが取ります。', '月給30万円', '東京都渋谷区'),
    );
    expect(r.jobType).toBe('sales');
  });
});

describe('a service level under the client\'s contract', () => {
  it('クライアントとの契約で応答率90％, for a center manager: no contracts won, no seller', async () => {
    const r = await run(
      page('センター運営マネージャー（通信サポート）', 'SV（6名）とオペレーター（約80名）のマネジメントをお任せします。\nクライアントとの契約で、応答率90％と平均処理時間の指標が決まっています。', '月給35万円', '群馬県高崎市（通信会社のコールセンター・約100席）'),
    );
    expect(r.jobType).toBe('other');
    expect(r.quota).toBe('stated');
  });
});

describe('talking with customers on the phone, said and denied', () => {
  it('お客様と電話でお話しすることはありません, for a call reviewer: no phone work', async () => {
    const r = await run(
      page('通話品質チェックスタッフ（短期）', 'コールセンターのオペレーターが受けた通話の録音を聞き、チェックシートで採点します。\nお客様と電話でお話しすることはありません。', '日給10,500円', '愛知県名古屋市'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('お客様と電話でお話しし、手続きをご案内します: phone work', async () => {
    const r = await run(page('保険の手続きサポート', 'ご契約者さまと電話でお話しし、住所変更などの手続きをご案内します。'));
    expect(r.flags.some((f) => f.id === 'callCenter.phone-work' && f.polarity === 'present')).toBe(true);
  });
});

describe('an aim for one\'s own income', () => {
  it('月収40万円を目標に走っている先輩もいます beside ノルマはありません: the driver\'s own aim', async () => {
    const r = await run(
      page('軽貨物の配送ドライバー（業務委託）', '地域のご家庭へ荷物をお届けします。配る個数のノルマはありません。\n月収40万円を目標に毎日走っている先輩もいれば、午前だけの方もいます。', '1個150円の完全出来高制', '埼玉県川口市'),
    );
    expect(r.quota).toBe('negated');
  });
  it('a sales figure set as the target still counts (月の売上100万円を目標に)', async () => {
    const r = await run(page('ルート営業', '担当のお店を回り、月の売上100万円を目標にご提案します。', '月給25万円'));
    expect(r.quota).toBe('stated');
  });
});

describe('each direction\'s part as a ratio', () => {
  const desk = (ratio: string) =>
    page('電力会社のお客さまセンター', `お客さまとのお電話を担当します。受けるお電話と、こちらからおかけするお電話の割合は${ratio}です。\n料金のお問い合わせや、お引越しの手続きのご案内が中心です。\n研修は3週間です。`);
  it('受けるお電話とおかけするお電話の割合は6：4: a desk that does both', async () => {
    expect((await run(desk('およそ6：4'))).jobType).toBe('mixed');
  });
  it('9：1: a desk that answers, its calls out a side of it', async () => {
    expect((await run(desk('およそ9：1'))).jobType).toBe('inbound');
  });
});
