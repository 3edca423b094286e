// Stop 77: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (b2bbd497).
import { describe, expect, it } from 'vitest';
import { postingWithRequirements as page, run } from './helpers';

describe('a negation in a clause chained after the term, said of a noun', () => {
  it('お電話を受け、動かない・映らないといった不具合を解決: the calls are taken', async () => {
    const r = await run(page('テレビ修理受付スタッフ', '・メーカーのサポートセンターで、お客様からのお電話を受け、動かない・映らないといった不具合の切り分けをします\n・修理が必要なときは訪問修理の日程を手配します'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('お電話を受け、届かない荷物の行方を調べます: the calls are taken', async () => {
    const r = await run(page('配送問い合わせ窓口', '通販のお客様からのお電話を受け、届かない荷物の行方を調べてご案内します。'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(true);
  });
  it('お電話をかけ、商品をご案内することはありません: the sentence-final denial still covers the chained clause', async () => {
    const r = await run(page('受付スタッフ', 'お客様からのご注文をお受けします。お電話をかけ、商品をご案内することはありません。'));
    expect(r.flags.filter((f) => f.id === 'outbound.calling').map((f) => f.polarity)).toEqual(['negated']);
  });
});

describe('a harsh answer at a job that collects what is owed', () => {
  it('訪問での集金、玄関先で強い口調で言われることも: the debtor\'s answer, no complaint handling', async () => {
    const r = await run(page('集金スタッフ（訪問）', '・お支払いが遅れているお宅を訪問し、未払い料金の集金とお支払いのお願いをします\n・玄関先で強い口調で言われることもあります\n・督促状の発送準備'));
    expect(r.signals.collections).toBe(true);
    expect(r.signals.complaints).toBe(false);
  });
  it('the same words at a desk customers call: complaints taken', async () => {
    const r = await run(page('お客様窓口スタッフ', '・お客様からのお電話を受け、ご注文やお問い合わせに対応します\n・強い口調で言われることもあります'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('staff voices whose speaker line stands in 「」 or carries a note of who they are', () => {
  const desk = (voices: string) =>
    `コールセンター受付スタッフ（パート）｜採用情報\n■仕事内容\n通販のお客様からのご注文のお電話を受け、システムに入力します。\n■給与\n時給1,200円\n■勤務地\n新潟県新潟市\n■勤務時間\n9:00〜17:00\n■先輩スタッフの声\n${voices}\n■応募方法\n応募フォームからご応募ください。`;
  it('「法人営業部　Tさん（入社6年目）」 with targets and incentives: another role\'s words', async () => {
    const r = await run(desk('「受付センター　Sさん（入社3年目）」\n電話の仕事は初めてでしたが、すぐに慣れました。\n\n「法人営業部　Tさん（入社6年目）」\n新規開拓の電話をかけ、月間の目標達成を追っています。達成するとインセンティブが出ます。'));
    expect(r.jobType).toBe('inbound');
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
  });
  it('「アウトバウンド部門　Yさん（40代）」 under the heading: another role\'s words', async () => {
    const r = await run(desk('「アウトバウンド部門　Yさん（40代）」\nプランの乗り換えをご案内しています。毎日の獲得目標はありますが、インセンティブで収入が増えます。'));
    expect(r.jobType).toBe('inbound');
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
  });
  it('the pay reader too: another role\'s インセンティブ in its voice is no results pay of this job', async () => {
    const r = await run(desk('■営業部　Tさん（入社6年目）\n法人のお客様へのご提案が中心です。毎月インセンティブが出るので励みになります。'));
    expect(r.pay.base?.min).toBe(1200);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('a voice of the posted role in 「」 keeps its words the job\'s', async () => {
    const r = await run(desk('「受付スタッフ　Sさん（入社3年目）」\n受付件数の目標はありますが、みんなで助け合っています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a deed set below another (〜するよりも、…を大事に)', () => {
  it('数字を追いかけるよりも、お客様の声を聞くことを大事に ⏎ ノルマはありません: negated, not stated', async () => {
    const r = await run(page('お客様相談スタッフ（受発信）', 'ご契約中のお客様からのお電話を受け、必要に応じて折り返しのお電話をします。\n数字を追いかけるよりも、お客様の声を丁寧に聞くことを大事にしている職場です。\n個人ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
  it('数字に追われるより、長く付き合える仕事を: not a quota of this job', async () => {
    const r = await run(page('ルート営業（既存のお客様のみ）', '決まったお客様を訪問し、消耗品のご注文を伺います。\n数字に追われるより、同じお客様と長く付き合いたい方に向いています。'));
    expect(r.quota).not.toBe('stated');
  });
  it('目標より多く獲得すると: a noun compared, the target stands', async () => {
    const r = await run(page('テレアポスタッフ', '法人のお客様へお電話し、訪問のアポイントを獲得します。\n月間の目標より多く獲得すると、その分インセンティブが上乗せされます。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a copula after the term (会話はすべて受けるお電話で、…) closes its clause', () => {
  it('お客様とのやりとりはすべて受けるお電話で、こちらからおかけすることはありません: inbound', async () => {
    const r = await run(page('予約スタッフ', 'ツアーのご予約窓口です。お客様とのやりとりはすべて受けるお電話で、こちらからおかけすることはありません。'));
    expect(r.flags.filter((f) => f.id === 'inbound.incoming-calls').map((f) => f.polarity)).toContain('present');
    expect(r.jobType).toBe('inbound');
  });
  it('お電話で、商品をご案内することはありません: a means, still denied', async () => {
    const r = await run(page('受付スタッフ', 'ご来店のお客様の受付をします。お電話で、商品をご案内することはありません。'));
    expect(r.callCenter).toBe(false);
  });
});

describe('calls out limited to callbacks, and a callback said to come on an occasion', () => {
  it('発信は折り返しのみ ⏎ 確認に時間がかかったときは、お約束の時間にこちらからお電話します: inbound', async () => {
    const r = await run(page('家電の修理受付（電話）｜発信は折り返しのみ', '・修理のご依頼のお電話を受け、症状をうかがって訪問日を決めます\n・発信はお客様への折り返しのみです\n・部品の確認に時間がかかったときは、お約束の時間にこちらからお電話します'));
    expect(r.jobType).toBe('inbound');
  });
  it('a second direction of its own stays mixed: 発信は1日20件、ご案内のお電話をかけます', async () => {
    const r = await run(page('受発信スタッフ', '・お客様からのお問い合わせのお電話を受けます\n・午後は新サービスのご案内のお電話をかけます（1日40件）'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('each direction counted a day: the counts are the shares', () => {
  it('1日の受電は40件ほど ⏎ 発信はそのほかに1日20件ほど: mixed', async () => {
    const r = await run(page('予約センターの受付スタッフ', '・お客様予約センターで、点検のご予約をお電話で受け付けます\n・あわせて、ご予約前日の確認のお電話もお願いします\n1日の受電は40件ほどが目安です。発信はそのほかに1日20件ほどです。'));
    expect(r.jobType).toBe('mixed');
  });
  it('受電は1日50件、発信は1日3件ほど: the calls out are too few to share the work', async () => {
    const r = await run(page('予約受付スタッフ', '・旅行のご予約のお電話を受けます\n・受電は1日50件ほど、発信は1日3件ほどです'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('a complaint in the recordings the job listens to', () => {
  it('評価する通話には、お客様のお怒りを受け止める場面の録音もあります: no complaint handling', async () => {
    const r = await run(page('応対品質チェック担当（コールセンター）', '・オペレーターの通話録音を聞き、評価シートに点数をつけます\n・評価する通話には、お客様のお怒りを受け止める場面の録音もあります\n・ご自身がお客様とお話しすることはありません'));
    expect(r.signals.complaints).toBe(false);
  });
  it('お怒りのお客様を受け止める場面もあります at a desk: complaints', async () => {
    const r = await run(page('お客様窓口スタッフ', '・ご契約者様からのお電話を受けます\n・お怒りのお客様を受け止める場面もあります'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a complaint handed on with the job\'s own part in it denied', () => {
  it('ご不満は記録して担当窓口に引き継ぎます（こちらでお詫びや説明をする必要はありません）: no complaint handling', async () => {
    const r = await run(page('アンケート調査のお電話（発信）', '・商品をご購入いただいたお客様にお電話し、使い心地のアンケートにご協力いただきます\n・ご不満の声があった場合は、内容を記録して販売元の担当窓口に引き継ぎます（こちらでお詫びや説明をする必要はありません）'));
    expect(r.signals.complaints).toBe(false);
  });
  it('ご不満は記録して担当窓口に引き継ぎます, nothing denied: heard first, complaints', async () => {
    const r = await run(page('お客様窓口スタッフ', '・お客様からのお電話を受けます\n・ご不満の声があった場合は、まずお話を伺い、内容を記録して担当窓口に引き継ぎます'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a list of the company\'s openings ends at a heading that names the posted role\'s work', () => {
  it('■募集職種一覧 … ■経理スタッフのお仕事: the duties below are the job\'s', async () => {
    const text = [
      '経理スタッフ（正社員）｜採用サイト',
      '■募集職種一覧',
      '・テレアポスタッフ（契約社員）　時給1,300円＋インセンティブ',
      '・経理スタッフ（正社員）　★このページの職種',
      '',
      '■経理スタッフのお仕事',
      '・請求書の発行と入金の確認',
      '・経費精算のチェック',
      '経理職のため、個人の数値ノルマはありません。',
      '入社後1ヶ月は先輩について業務を覚えます。',
      '',
      '■応募資格',
      '簿記3級以上',
      '■給与',
      '月給23万円',
      '■勤務地',
      '東京都港区',
    ].join('\n');
    const r = await run(text);
    expect(r.quota).toBe('negated');
    expect(r.signals.incentive).toBe(false);
  });
});

describe('a reason closes its clause (〜のため、…ありません)', () => {
  it('総務職のため、個人の数値ノルマはありません: 総務 is not denied', async () => {
    const r = await run(page('総務スタッフ', '・備品の発注と来客の受付\n総務職のため、個人の数値ノルマはありません。'));
    expect(r.flags.filter((f) => f.id === 'office.admin').map((f) => f.polarity)).not.toContain('negated');
    expect(r.quota).toBe('negated');
  });
});

describe('a heading that says the company hires for other posts too (■アルバイト採用も行っています)', () => {
  it('its listed openings with インセンティブ are other jobs\', in the flags and in the pay', async () => {
    const text = [
      'センター長候補（正社員）｜キャリア採用',
      '■仕事内容',
      '受信センター（席数80）の運営を担当します。SVのマネジメント、シフトと応答率の管理、クライアントへの報告。',
      '■給与',
      '月給32万円',
      '■勤務地',
      '宮城県仙台市',
      '■アルバイト採用も行っています',
      '・オペレーター（受信）　時給1,150円〜',
      '・オペレーター（発信・インセンティブあり）　時給1,200円〜',
    ].join('\n');
    const r = await run(text);
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
    expect(r.pay.base?.min).toBe(320000);
  });
});

describe('a 募集要項 whose labels are set off by a bar (職種｜…, 給与｜…)', () => {
  const interview = [
    'スタッフインタビュー｜受付センター　電話受付スタッフ（パート）',
    '――このお仕事を選んだきっかけは？',
    '子どもが中学生になり、平日の昼間に働ける仕事を探していました。電話の仕事は初めてでしたが、研修が丁寧だったので安心して始められました。',
    '――どんなお電話が多いですか？',
    'ご注文と、お届け日の変更のご相談がほとんどです。1日に受けるのは20件ほどで、画面に沿って伺えば大丈夫です。',
  ];
  it('an interview that ends in such a 募集要項 is a posting', async () => {
    const r = await run([...interview, '', '■募集要項', '職種｜受付センター　電話受付スタッフ（パート）', '仕事内容｜通販のご注文をお電話で受け付けます', '給与｜時給1,200円', '勤務時間｜9:00〜17:00のうち4時間〜', '勤務地｜札幌市中央区', '応募｜採用サイトの応募フォームから'].join('\n'));
    expect(r.posting).toBe(true);
  });
  it('the same interview without the 募集要項 is not', async () => {
    const r = await run(interview.join('\n'));
    expect(r.posting).toBe(false);
  });
});

describe('more speaker lines under a heading of voices', () => {
  const office = (voices: string) =>
    `経理事務（正社員）｜採用サイト\n■仕事内容\n請求書の発行、入金の確認、経費精算のチェックをお願いします。\n■給与\n月給22万円\n■勤務地\n福岡県福岡市\n${voices}\n■応募方法\n応募フォームからご応募ください。`;
  it('■働く仲間の声 ⏎ 〈法人営業部　Kさん〉: another role\'s targets and results pay', async () => {
    const r = await run(office('■働く仲間の声\n〈法人営業部　Kさん〉\n新しいお取引先への提案が中心です。四半期ごとの売上目標と、達成時の報奨金が励みです。'));
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
  });
  it('社員インタビュー ⏎ ● 法人営業（正社員）　入社3年目, no name: another role\'s words', async () => {
    const r = await run(office('━━━━━━━━━━\n社員インタビュー\n━━━━━━━━━━\n● 法人営業（正社員）　入社3年目\n新しいお客様との契約が仕事です。年間の契約目標があり、達成するとインセンティブがあります。'));
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
});

describe('a heading of voices that says they come from other jobs', () => {
  it('スタッフの声（別のお仕事で活躍中の方）: the targets and results pay told there are other jobs\'', async () => {
    const text = [
      '【派遣】電力会社の受付センター（受信）／時給1,400円',
      '■仕事内容',
      '電気のお引越しのお手続きをお電話で承ります。',
      '■給与',
      '時給1,400円',
      '■勤務地',
      '大阪府大阪市',
      'スタッフの声（別のお仕事で活躍中の方）',
      '──────────',
      '「通信会社の法人テレアポに就業中（入社1年）」',
      '1日80件の架電目標がありますが、アポイントが取れるとインセンティブが出るので励みになります。',
      '■応募方法',
      '応募ボタンからご応募ください。',
    ].join('\n');
    const r = await run(text);
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
});

describe('a sentence whose topic is a role the title does not name', () => {
  const desk = (extra: string) => page('通販受付スタッフ（パート）', `カタログのご注文をお電話でお受けします。\n${extra}`);
  it('A. 法人営業は…職種で、売上の目標とインセンティブがあります: that role\'s', async () => {
    const r = await run(desk('Q. 法人営業とのちがいは？\nA. 法人営業は取引先を担当する正社員の職種で、売上の目標とインセンティブがあります。'));
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
  });
  it('テレアポのお仕事には1日のアポイント目標があります: that role\'s', async () => {
    const r = await run(desk('同じフロアのテレアポのお仕事には1日のアポイント目標があります。'));
    expect(r.quota).not.toBe('stated');
  });
  it('the title\'s own role as the topic keeps its target: テレアポスタッフ ⏎ テレアポのお仕事には1日の目標があります', async () => {
    const r = await run(page('テレアポスタッフ', '法人のお客様へお電話し、商談のアポイントを取ります。\nテレアポのお仕事には1日のアポイント目標があります。'));
    expect(r.quota).toBe('stated');
  });
  it('a denial keeps its word: 営業職ですが、ノルマはありません', async () => {
    const r = await run(page('ルート営業スタッフ', '既存のお客様を訪問し、ご注文を伺います。\n営業職ですが、ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
});

describe('results pay worked out by the job, or said to be for another role only', () => {
  const clerk = (job: string) => page('営業事務（コールセンター部門）', job);
  it('アポイント獲得件数の集計と、報奨金の計算: others\' pay, not this job\'s', async () => {
    const r = await run(clerk('・アポインターの勤怠管理とシフト表の作成補助\n・アポイント獲得件数の集計と、報奨金の計算（給与担当への引き渡し）\n事務職のため、ノルマはありません。'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('獲得件数に応じた報奨金の対象は、アポインターのみとなります: the pay and its count are the callers\'', async () => {
    const r = await run(clerk('・架電リストの取り込みと重複チェック\n事務職のため、ノルマはありません。\n獲得件数に応じた報奨金の対象は、アポインターのみとなります。'));
    expect(r.signals.incentive).toBe(false);
    expect(r.quota).toBe('negated');
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('under a title that names the role, its pay stays: アポインター ⏎ 報奨金の対象は、アポインターのみ', async () => {
    const r = await run(page('アポインター（アルバイト）', '法人のお客様へお電話し、商談のアポイントを取ります。\n獲得件数に応じた報奨金の対象は、アポインターのみとなります。'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('a role with its years under 社員の声, marked ▽ or in ＜＞', () => {
  it('▽ フィールドセールス（正社員）　入社6年目: another role\'s targets and pay', async () => {
    const text = `カスタマーサポート（電話）\n■仕事内容\nソフトの操作方法についてのお電話を受けます。\n■給与\n時給1,300円\n■勤務地\n東京都\n━━━━━━━━\n社員の声\n━━━━━━━━\n▽ フィールドセールス（正社員）　入社6年目\n事務所を訪問して導入をご提案しています。月ごとの受注目標があり、達成率に応じてインセンティブが支給されます。\n\n＜法人営業部　チームリーダー　入社4年目＞\nチームの売上目標を追っています。`;
    const r = await run(text);
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
  });
});

describe('targets the job only tallies, and goals of learning', () => {
  it('営業担当ごとの売上目標と実績をまとめた一覧表の更新: a figure handled, no quota', async () => {
    const r = await run(page('一般事務（書類の入力）', '・伝票の入力と書類の仕分け\n・月末に、営業担当ごとの売上目標と実績をまとめた一覧表の更新'));
    expect(r.quota).not.toBe('stated');
  });
  it('受注入力をひとりでこなせるようになることが目標です: a goal of learning, no quota', async () => {
    const r = await run(page('営業事務（受発注）', '・受注の入力と出荷の手配\n1年目は、受注入力をひとりでこなせるようになることが目標です。'));
    expect(r.quota).not.toBe('stated');
  });
  it('月10件の受注が目標です stays a target', async () => {
    const r = await run(page('法人営業', '既存のお客様を訪問してご提案します。月10件の受注が目標です。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a target the worker sets alone, with none asked by the company', () => {
  it('目標件数はご自身で決めていただけますが、会社から件数を求めることはありません ⏎ ノルマなし: negated', async () => {
    const r = await run(page('販売パートナー（業務委託）', 'ご家庭を訪問し、浄水器のご案内をします。\nノルマは一切ありません。\n目標件数はご自身で決めていただけますが、会社から件数を求めることはありません。'));
    expect(r.quota).toBe('negated');
  });
  it('目標件数はご自身で決めていただき、達成を目指します: the page asks it, a target', async () => {
    const r = await run(page('テレアポスタッフ', '法人のお客様へお電話します。\n月の目標件数はご自身で決めていただき、達成を目指していただきます。'));
    expect(r.quota).toBe('stated');
  });
});

describe('complaints as data, and complaints a desk calls back about', () => {
  it('苦情・ご意見データから改善を提案: records analysed, no complaint handling', async () => {
    const r = await run(page('お客様の声の分析担当', '・苦情・ご意見データから業務の改善点を提案します\n・お客様と直接お話しする業務はありません'));
    expect(r.signals.complaints).toBe(false);
  });
  it('料金へのご不満などのクレームは、翌日に本社のお客様窓口から折り返しご連絡します: that desk\'s', async () => {
    const r = await run(page('駐車場の遠隔サポート（夜勤）', '・精算機の操作が分からないお客様からのインターホンに答えます\n・料金へのご不満などのクレームは、翌日に本社のお客様窓口から折り返しご連絡します'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('a team named as the one the job assists', () => {
  it('営業事務（インサイドセールスチームのサポート）: office work beside the callers', async () => {
    const r = await run(page('営業事務（インサイドセールスチームのサポート）', '・見積書と申込書の作成\n・受注データの入力\n電話で営業を行うインサイドセールス部のみなさんを、事務でサポートするお仕事です。\n・お電話をかけるお仕事はありません'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('インサイドセールス（新規開拓チーム）: the job itself', async () => {
    const r = await run(page('インサイドセールス（新規開拓チーム）', '・資料請求をいただいた企業へお電話し、課題を伺って商談を設定します\n・1日40件ほど架電します'));
    expect(r.callCenter).toBe(true);
  });
});

describe('a leader named as whom the job reports to', () => {
  it('評価結果は各チームのSVへ報告します: the SVs are colleagues, the reviewer is beside the center', async () => {
    const r = await run(page('通話品質チェック担当（モニタリング）', '当社のコンタクトセンターで、オペレーターの通話品質を評価するお仕事です。\n録音された通話を聞き、評価シートに点数をつけます。ご自身が電話に出ることはありません。\n評価結果は表にまとめ、週に1回、各チームのSVへ報告します。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('a center\'s SV who leads a team stays call-center work', async () => {
    const r = await run(page('コールセンターのSV（スーパーバイザー）', 'オペレーター15名のチームをまとめ、応答率と品質を管理します。\nエスカレーションされたお電話にも対応します。'));
    expect(r.callCenter).toBe(true);
  });
});

describe('work at a named place is the trade\'s experience, not working life', () => {
  it('コールセンターでの勤務経験が1年以上（リーダー経験は問いません）: no beginners welcome', async () => {
    const r = await run(page('コールセンターのSV', 'オペレーター12名のチームをまとめ、応答率を管理します。', '・コールセンターでの勤務経験が1年以上ある方（リーダー・SV経験は問いません）'));
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('勤務経験1年以上（職種不問）・未経験歓迎: working life in general leaves the welcome', async () => {
    const r = await run(page('受付スタッフ', 'お客様からのお電話を受けます。', '・勤務経験1年以上（職種不問）\n・未経験歓迎'));
    expect(r.signals.beginnerOk).toBe(true);
  });
});

describe('a deed set below another with というより', () => {
  it('数字に追われるというより、伝わるかをじっくり考える職場です ⏎ 個人のノルマはありません: negated', async () => {
    const r = await run(page('広報スタッフ', '・自社商品のSNS投稿の企画\n数字に追われるというより、どうしたらお客様に伝わるかをじっくり考える職場です。\n個人のノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
});

describe('complaints a dedicated team handles', () => {
  it('クレーム対応専任のスタッフが常駐しているので安心です: not the job\'s', async () => {
    const r = await run(page('給付金のお問い合わせ受付', '・給付金の申請方法についてのお電話に、マニュアルに沿ってお答えします\nセンターにはクレーム対応専任のスタッフが常駐しているので、安心してスタートできます。'));
    expect(r.signals.complaints).toBe(false);
  });
});
