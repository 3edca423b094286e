// Stop 84: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (aa145730), with a control beside each that passes on both.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('a direction whose every call comes now and then or few is a side of the other direction\'s desk', () => {
  const renewalDesk = (side: string) =>
    posting(
      '事務スタッフ（保険代理店）',
      `保険代理店の事務所で、ご契約の満期が近いお客様へ、お電話で更新のご案内をしていただきます。\n＊1日25件ほどのお電話がお仕事の中心です。\n${side}`,
    );
  it('お客様からのお電話の受付（1日数件）beside steady calls out: outbound', async () => {
    const r = await run(renewalDesk('＊ほかに、書類の封入と、お客様からのお電話の受付（1日数件）もお願いします。'));
    expect(r.jobType).toBe('outbound');
  });
  it('お問い合わせのお電話を受けることもあります beside steady calls out: outbound', async () => {
    const r = await run(renewalDesk('＊お客様から住所変更のお電話を受けることもあります。'));
    expect(r.jobType).toBe('outbound');
  });
  it('control: calls taken as a duty of their own beside the calls out are 受発信', async () => {
    const r = await run(renewalDesk('＊あわせて、お客様からの住所変更やお問い合わせのお電話を受け、内容をシステムに入力します。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('a direction given eight tenths of the work leaves the other a side of its desk', () => {
  const page = (share: string) =>
    posting(
      'テレマーケティングスタッフ',
      `通信教材を資料請求されたご家庭へ、こちらからお電話して教材のご案内をするお仕事です。\n${share}\nお客様からのお問い合わせのお電話を受ける受信業務も担当していただきます。\n受信では、教材のお届け日のご質問などにお答えします。`,
    );
  it('独り立ち後は、業務のおよそ8割が発信です: outbound', async () => {
    const r = await run(page('独り立ち後は、業務のおよそ8割が発信です。'));
    expect(r.jobType).toBe('outbound');
  });
  it('control: the rest given its own share (8割は発信で、残りの2割は受信) stays 受発信', async () => {
    const r = await run(page('お仕事の8割は発信で、残りの2割はお客様からのお問い合わせのお電話を受けるお仕事です。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('calls a named department takes are not the job\'s', () => {
  const insideSales = (line: string) =>
    posting(
      'インサイドセールス（内勤）／経費精算クラウドのご案内',
      `経費精算クラウドの資料をダウンロードした企業のご担当者様へお電話し、オンライン説明会の日程をお約束するお仕事です。\n${line}`,
    );
  it('お客様からのお電話を受ける窓口は、カスタマーサポート部が担当しています: outbound', async () => {
    const r = await run(insideSales('ご契約後のお客様からお電話を受ける窓口は、カスタマーリレーション部が担当しています。'));
    expect(r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('outbound');
  });
  it('control: the job\'s own desk taking the calls is inbound work', async () => {
    const r = await run(insideSales('ご契約後のお客様からのお電話を受ける窓口も、このポジションで担当していただきます。'));
    expect(r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present').length).toBeGreaterThan(0);
  });
});

describe('sales words do not outweigh the calls where the page gives the phone most of the day', () => {
  const leads = (share: string) =>
    posting(
      'インサイドセールス（内勤営業）／営業未経験歓迎',
      `中小企業向けの給与計算ソフトについて、資料をご請求いただいた企業のご担当者様へお電話し、営業担当とのオンライン商談の日程をお約束します。\n${share}\n営業のご経験は問いません。営業職へのキャリアアップも可能です。`,
    );
  it('外回りはなく、業務時間の8割ほどが電話: outbound', async () => {
    const r = await run(leads('外回りはなく、業務時間の8割ほどが電話です。'));
    expect(r.jobType).toBe('outbound');
    expect(r.callCenter).toBe(true);
  });
  it('control: a seller who takes the deal to the contract is sales', async () => {
    const r = await run(
      posting(
        '法人営業（給与計算ソフト）',
        '中小企業を訪問し、給与計算ソフトのご提案からご契約まで担当していただきます。\n新規のお客様へのアポイントのお電話もご自身でかけていただきます。',
      ),
    );
    expect(r.jobType).toBe('sales');
  });
});

describe('a desk said to take the bookings or orders for the job is another\'s desk', () => {
  const fieldJob = (line: string) =>
    posting('エアコン取付スタッフ（川崎市内）', `ご家庭を訪問して、エアコンの取り付けと試運転を行うお仕事です。1日の訪問は3件ほど。\n${line}`);
  it('訪問日時は、お客様サポートセンターがご予約を受けて決めます: field work', async () => {
    const r = await run(fieldJob('訪問日時は、お客様サポートセンターがご予約を受けて決めます。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: a support center where the job takes the bookings is the job\'s desk', async () => {
    const r = await run(posting('予約受付スタッフ', 'お客様サポートセンターで、エアコン取り付けのご予約をお電話で受けるお仕事です。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('the operators a recruiter hires, named in a compound (オペレーター採用), are not the job', () => {
  it('採用担当（コールセンターのオペレーター採用）: other', async () => {
    const r = await run(
      posting('採用担当（コールセンターのオペレーター採用）', '応募者との面接、採用媒体の選定、内定者への連絡を担当していただきます。'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: the operator post itself is the center\'s work', async () => {
    const r = await run(posting('コールセンターのオペレーター（受信）', '通販のお客様からのご注文やお問い合わせのお電話を受けるお仕事です。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('results pay said of drivers or delivery staff as the topic is theirs, under a title that names another job', () => {
  const dispatch = (title: string) =>
    posting(title, 'タクシー会社の配車センターで、お客様からのお電話を受けて、近くの車に無線で配車するお仕事です。\n同時に乗務員も募集しています。乗務員は歩合給です。');
  it('乗務員は歩合給です under 配車係: no incentive', async () => {
    const r = await run(dispatch('配車係（タクシー会社）'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('control: under a driver\'s title the 歩合給 is the job\'s', async () => {
    const r = await run(posting('タクシー乗務員', '市内でお客様をお乗せするお仕事です。乗務員は歩合給です。'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('calls that ring at the shop are a side task of its counter', () => {
  const shop = (line: string) =>
    posting(
      'ケータイショップのカウンタースタッフ（ショッピングモール内）',
      `ショッピングモール内の携帯ショップで、ご来店のお客様をカウンターでご案内するお仕事です。\n・機種変更や料金プランのご案内\n${line}\n・スマホの初期設定のお手伝い`,
    );
  it('お店にかかってくるお電話の対応（来店予約の受付など）: counter work', async () => {
    const r = await run(shop('・お店にかかってくるお電話の対応（来店予約の受付など）'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: a desk whose calls come from customers, with no shop named, is inbound work', async () => {
    const r = await run(posting('携帯電話のお問い合わせ窓口スタッフ', 'お客様からかかってくるお電話に対応し、料金プランや手続きのご質問にお答えするお仕事です。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('appointments another team is said to win (インサイドセールスチームが獲得します) are that team\'s calls', () => {
  it('お客様とのアポイントは、インサイドセールスチームが電話とメールで獲得します: no outbound words of the seller', async () => {
    const r = await run(
      posting('法人営業（複合機のリース）', 'お客様とのアポイントは、インサイドセールスチームが電話とメールで獲得します。あなたはその日時にお客様を訪問し、機種のご提案とお見積りを担当します。'),
    );
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('sales');
  });
  it('control: the job\'s own inside-sales calls are outbound words', async () => {
    const r = await run(posting('インサイドセールス（内勤）', '資料請求をいただいた企業のご担当者様へお電話し、商談のアポイントを獲得するお仕事です。'));
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present').length).toBeGreaterThan(0);
    expect(r.jobType).toBe('outbound');
  });
});

describe('a call that sets the job\'s own visit, the visit named first as the topic, is no calling work', () => {
  const route = (line: string) =>
    posting(
      'ルートセールス（住宅設備の卸）',
      `・担当エリアの工務店やリフォーム店、約50社への定期訪問\n・新商品のご紹介と見積書の作成\n${line}`,
    );
  it('訪問の日程は、お取引先にお電話でご都合を伺って決めます: no outbound words', async () => {
    const r = await run(route('訪問の日程は、お取引先にお電話でご都合を伺って決めます。'));
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present')).toEqual([]);
    expect(r.callCenter).toBe(false);
  });
  it('control: calls to book another staff member\'s visits are calling work', async () => {
    const r = await run(route('点検員が伺う日程は、お客様にお電話でご都合を伺って決めます。'));
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present').length).toBeGreaterThan(0);
  });
});

describe('a leader named as the job, whose page denies the leader\'s calls, runs the callers', () => {
  it('テレアポセンターのSV … ご自身が架電リストに沿って電話をかけることは基本ありません: other', async () => {
    const r = await run(
      posting(
        'テレアポセンターのSV（スーパーバイザー）',
        '光回線の訪問アポイントを取るセンター（アポインター約20名）で、SVとしてチームをまとめていただきます。\n・アポインターごとの架電数・獲得数の管理\n・新人アポインターへのトーク指導\n・架電リストの準備\nご自身が架電リストに沿って電話をかけることは基本ありません。',
      ),
    );
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
  it('control: an inbound desk that denies calls out stays inbound, a leader only named in a voice', async () => {
    const r = await run(
      posting(
        '受信オペレーター（家電のお問い合わせ）',
        'お客様からの家電の使い方のお問い合わせのお電話を受けるお仕事です。こちらからお電話をかけることはありません。\n▼先輩の声：SV（スーパーバイザー）Tさん「受信スタッフから始めて、今はSVです」',
      ),
    );
    expect(r.jobType).toBe('inbound');
  });
});

describe('calls out that the page limits to routine contact with のは … に限られ / ぐらい are a side of the desk', () => {
  const desk = (line: string) =>
    posting('奨学金のお問い合わせ窓口スタッフ', `奨学金を返している方からの、返し方や手続きについてのお電話を受ける窓口です。\n${line}`);
  it('こちらからお電話をかけるのは、書類に不備があった方への確認などに限られ、全体の1割ほどです: inbound', async () => {
    const r = await run(desk('こちらからお電話をかけるのは、書類に不備があった方への確認などに限られ、全体の1割ほどです。'));
    expect(r.jobType).toBe('inbound');
  });
  it('お電話をおかけするのは、ご返済日の変更をお伝えするときぐらいです: inbound', async () => {
    const r = await run(desk('こちらからお電話をおかけするのは、ご返済日の変更をお伝えするときぐらいです。'));
    expect(r.jobType).toBe('inbound');
  });
  it('control: calls out as a duty of their own make the desk 受発信', async () => {
    const r = await run(desk('あわせて、ご返済が遅れている方へこちらからお電話をかけ、お支払いのご案内をしていただきます。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('受信のみ said of the first weeks rules no calls out', () => {
  const desk = (title: string, first: string) =>
    posting(
      title,
      `英会話教室の本部で、生徒さんや保護者の方からのお電話に対応するお仕事です。\n${first}\n〈3週目から〉受信に加えて、資料をご請求いただいた方へ無料体験のご案内のお電話をおかけします。\n独り立ち後は、受けるお電話とかけるお電話が半々くらいです。`,
    );
  it('お問い合わせ窓口スタッフ／最初の2週間は受信のみ … 半々: 受発信', async () => {
    const r = await run(desk('英会話教室のお問い合わせ窓口スタッフ／最初の2週間は受信のみ', '〈最初の2週間〉受信のみ。'));
    expect(r.jobType).toBe('mixed');
  });
  it('control: 受信のみ with no time named rules the calls out', async () => {
    const r = await run(posting('英会話教室のお問い合わせ窓口スタッフ（受信のみ）', '生徒さんや保護者の方からのお電話に対応するお仕事です。受信のみで、こちらからおかけすることはありません。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('helping out the phone desk a few times a year is a side of the job', () => {
  const ec = (line: string) =>
    posting('ECサイト運営スタッフ（健康食品の通販）', `自社通販サイトの商品ページの更新、メールマガジンの作成、売上データの集計を担当していただきます。\n${line}`);
  it('年数回だけ、電話受付の応援に入ることがあります: other', async () => {
    const r = await run(ec('お歳暮の時期など年数回だけ、お客様センターの電話受付の応援に入ることがあります。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: the phone desk as the job itself is inbound work', async () => {
    const r = await run(posting('お客様センタースタッフ（健康食品の通販）', 'お客様センターで、ご注文やお問い合わせの電話受付を担当していただきます。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('a list of others said to do the calls, and an investigator booking their own interviews', () => {
  it('実査は、自社の電話調査センター、ネットモニター、提携の調査員が担当します: the planner makes no calls', async () => {
    const r = await run(
      posting(
        'リサーチャー（市場調査の企画・分析）',
        '食品メーカーなどのお客様の課題をうかがい、調査の設計と集計・分析、報告書の作成を担当していただきます。\n※実査は、自社の電話調査センター、ネットモニター、提携の調査員が担当します。',
      ),
    );
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present' && f.text === '電話調査')).toEqual([]);
    expect(r.jobType).toBe('other');
  });
  it('依頼を受けた会社にお電話し、代表者への取材のアポイントを取ります: the investigator\'s own visit', async () => {
    const r = await run(
      posting(
        '企業調査員（信用調査）',
        '1. 依頼を受けた会社にお電話し、代表者への取材のアポイントを取ります\n2. 会社を訪問し、代表者に面談して事業の様子をうかがいます\n3. 取材の内容をもとに調査報告書を書きます',
      ),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: the survey center\'s own callers make the calls', async () => {
    const r = await run(posting('電話調査スタッフ', '電話調査センターで、アンケートにご協力いただける方へお電話し、質問を読み上げて回答を入力するお仕事です。'));
    expect(r.jobType).toBe('outbound');
  });
});

describe('pay counted in contracts won is the shop\'s under a title that names shop staff', () => {
  it('携帯電話の販売スタッフ … お申込み件数に応じてインセンティブ: other', async () => {
    const r = await run(
      posting(
        '携帯電話の販売スタッフ（家電量販店内）',
        '家電量販店の携帯電話コーナーで、機種変更や料金プランの手続きをご案内するお仕事です。\nご契約やオプションのお申込み件数に応じて、インセンティブがお給料にプラスされます。',
      ),
    );
    expect(r.jobType).toBe('other');
  });
  it('control: a booth with no shop title, paid per contract won, sells', async () => {
    const r = await run(
      posting(
        'キャンペーンスタッフ（ショッピングモールのブース）',
        'ショッピングモールのブースで、通りかかった方に光回線のご案内をするお仕事です。\nご契約1件につき3,000円のインセンティブがあります。',
      ),
    );
    expect(r.jobType).toBe('sales');
  });
});

describe('results that raise the wage itself are a raise, not pay per success', () => {
  it('★成果に応じて時給アップ: no incentive', async () => {
    const r = await run(
      posting('受信オペレーター（通販のご注文受付）', 'お客様からのご注文のお電話を受けるお仕事です。\n半年ごとの評価で、応対品質などの成果に応じて時給アップ！', '【給与】\n時給1,200円〜　★成果に応じて時給アップ'),
    );
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('control: pay by the contracts won is an incentive', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へお電話し、サービスのご案内をするお仕事です。', '【給与】\n時給1,300円＋成果に応じてインセンティブ（アポ1件2,000円）'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('pay named for an opening posted under another number is that opening\'s', () => {
  it('営業職（保険営業、歩合給あり）も別の求人番号で募集中です: no incentive for the clerk', async () => {
    const r = await run(
      posting('一般事務（保険代理店）', '保険代理店の事務所で、契約書類の確認と入力、郵送物の準備をお願いします。\n※営業職（保険営業、歩合給あり）も別の求人番号で募集中です。'),
    );
    expect(r.signals.incentive).toBe(false);
  });
  it('control: the clerk\'s own 歩合給 stated plainly is the job\'s', async () => {
    const r = await run(posting('保険営業', 'ご家庭を訪問し、保険のご提案からご契約までを担当します。\n給与は固定給＋歩合給です。'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('complaints a department is said to call back about are that department\'s', () => {
  it('商品へのご不満や返品のご相談は、品質管理課の担当者が折り返しご連絡します: no complaint handling', async () => {
    const r = await run(
      posting('受注スタッフ（食品の通販）', 'お客様からのご注文のお電話を受け、システムに入力するお仕事です。\n商品へのご不満や返品のご相談は、品質管理課の担当者が折り返しご連絡します。'),
    );
    expect(r.signals.complaints).toBe(false);
  });
  it('control: the job itself calling back about complaints handles them', async () => {
    const r = await run(
      posting('お客様相談室スタッフ（食品の通販）', '商品へのご不満や返品のご相談のお電話を受け、内容を確認して、お客様に折り返しご連絡します。'),
    );
    expect(r.signals.complaints).toBe(true);
  });
  it('作業内容へのご不満のお話は、現場責任者（二次対応）が折り返すルールです: the desk records, another calls back', async () => {
    const r = await run(
      posting(
        '電話受付スタッフ（水まわり修理）',
        'お客様からの修理のご依頼のお電話を受け、作業員の予定を確認して訪問日を決めます。\n作業内容へのご不満のお話は、現場責任者（二次対応）が折り返すルールです。',
      ),
    );
    expect(r.signals.complaints).toBe(false);
  });
});

describe('calls said to be another team\'s, a center\'s operators\' or won by a department in a bracket are not the job\'s', () => {
  it('こちらから電話をかけるOB業務はチームが別で、担当していただくことはありません: inbound', async () => {
    const r = await run(
      posting(
        'IBスタッフ（受信専任）／通販化粧品のお問い合わせ窓口',
        'お客様からのご注文やお問い合わせのお電話を受けるお仕事です。\nこちらから電話をかけるOB（アウトバウンド）業務はチームが別で、担当していただくことはありません。',
      ),
    );
    expect(r.jobType).toBe('inbound');
  });
  it('（お電話を受けるのは視聴者センターのオペレーターです）: the producer takes no calls', async () => {
    const r = await run(
      posting(
        'AP（アシスタントプロデューサー）／情報番組',
        '番組の予算とスケジュールの管理、出演者の事務所との調整を担当します。\n・放送後に視聴者センターから届くご意見の共有（お電話を受けるのは視聴者センターのオペレーターです）',
      ),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('・新規のお客様との打ち合わせ（インサイドセールス部門がアポイントを獲得したお客様）: the seller books none', async () => {
    const r = await run(
      posting(
        'アカウントプランナー（Web広告）',
        '既存のお取引先にWeb広告の運用をご提案し、ご契約までを担当します。\n・新規のお客様との打ち合わせ（インサイドセールス部門がアポイントを獲得したお客様）',
      ),
    );
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present')).toEqual([]);
  });
  it('control: the desk\'s own calls out, with no other team named, make it 受発信', async () => {
    const r = await run(
      posting('通販化粧品のお客様窓口スタッフ', 'お客様からのご注文のお電話を受けるお仕事です。\nあわせて、定期便のお届け前にこちらからお客様へ確認のお電話をかける業務も担当していただきます。'),
    );
    expect(r.jobType).toBe('mixed');
  });
});
