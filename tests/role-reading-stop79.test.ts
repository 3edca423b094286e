// Stop 79: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (4e233f6b), with a control beside each that passes on both.
import { describe, expect, it } from 'vitest';
import { postingWithRequirements as page, run } from './helpers';

describe('a center named as where the office work is done', () => {
  it('コールセンター内の事務 with no phone work: office work, no call center', async () => {
    const r = await run(page('＜仙台＞コールセンター内の書類事務｜電話なし', '保険会社のお客様センターに併設された事務チームで、オペレーターが受け付けた住所変更の書類を確認し、システムに入力します。\n書類の封入と発送の準備もお願いします。\nお電話に出ることはありません。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('a center named as the workplace of phone work stays a call center', async () => {
    const r = await run(page('＜仙台＞保険会社のコールセンタースタッフ', '保険会社のコールセンターで、お客様からのお電話を受けて住所変更などの手続きをご案内します。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('a role the page also seeks beside the posted job', () => {
  it('★リーダー候補も歓迎 in the title of an inbound desk: the job is the desk', async () => {
    const r = await run(page('通販のお客様窓口スタッフ（受信）★SV・リーダー候補も歓迎', 'ご注文やお届け日の変更のお電話を受けて、システムに入力します。\nこちらからお電話することはありません。'));
    expect(r.jobType).toBe('inbound');
    expect(r.flags.filter((f) => f.category === 'management' && f.section === 'title')).toEqual([]);
  });
  it('SVを募集 names the posted job itself', async () => {
    const r = await run(page('コールセンターのSVを募集しています', 'SVとしてオペレーター10名のチームをまとめ、シフトの調整や応対品質のチェックを行います。'));
    expect(r.flags.some((f) => f.category === 'management' && f.section === 'title')).toBe(true);
    expect(r.jobType).toBe('other');
  });
});

describe('a quota told by the harm it would do', () => {
  it('ノルマがあると、…押し付けてしまう: the reason there is none', async () => {
    const r = await run(page('リフォームの提案営業（ノルマなし）', 'ご自宅を訪問し、リフォームのご提案をします。\n「ノルマがあると、お客様に必要のない工事まで勧めてしまう」というのが社長の考えです。'));
    expect(r.quota).toBe('negated');
  });
  it('ノルマがあります stated plainly stays a quota', async () => {
    const r = await run(page('リフォームの提案営業', 'ご自宅を訪問し、リフォームのご提案をします。\n月ごとのノルマがあります。'));
    expect(r.quota).toBe('stated');
  });
});

describe('each direction given half the calls', () => {
  const desk = (share: string) => page('引越し受付センタースタッフ', `お見積もりのお申し込みやご質問のお電話を受けて、日程を調整します。ご予約の変更やお問い合わせにもお答えします。\n${share}`);
  it('受ける電話が半分、かける電話が半分: both directions', async () => {
    expect((await run(desk('受ける電話が半分、こちらからかける電話が半分です。'))).jobType).toBe('mixed');
  });
  it('calls out named without a share beside a desk that answers: the answering desk', async () => {
    expect((await run(desk('お見積もり後にこちらからかける電話もあります。'))).jobType).toBe('inbound');
  });
});

describe('complaints another desk or person takes, said in more ways', () => {
  const desk = (extra: string) => page('通販のご注文受付スタッフ（受信）', `お客様からのご注文のお電話を受けて、システムに入力します。\n${extra}`);
  it('苦情は…「お客様相談室」で承ります: the desk named takes them', async () => {
    expect((await run(desk('商品への苦情・ご意見は、本社の「お客様相談室」で承ります。'))).signals.complaints).toBe(false);
  });
  it('a heading that sends complaints to a team (＜クレームは専任チームへ＞)', async () => {
    expect((await run(desk('＜クレームは専任チームへ＞\nお届けについてのお問い合わせにお答えします。'))).signals.complaints).toBe(false);
  });
  it('ご不満のお声が届いた場合は、社員がお客様とお話しします', async () => {
    expect((await run(desk('ご不満のお声が届いた場合は、社員がお客様とお話しします。'))).signals.complaints).toBe(false);
  });
  it('complaints the job meets first and then passes on stay the job\'s', async () => {
    expect((await run(desk('ご不満のお電話もありますが、まずはあなたがお話を伺い、難しいときは社員に代わります。'))).signals.complaints).toBe(true);
  });
  it('complaints others record, which the job tallies, are not the job\'s', async () => {
    const r = await run(page('「お客様の声」集計アシスタント', '支店に寄せられた苦情・ご要望は、担当者がシステムに記録しています。その記録をもとに月次の集計表を作ります。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('the staff\'s own grievance window (派遣スタッフの皆さまの苦情・ご相談窓口)', async () => {
    const r = await run(page('データ入力スタッフ', '伝票の内容をシステムに入力します。', '【給与】\n時給1,300円\n【勤務地】\n東京都新宿区\n【派遣スタッフの皆さまの苦情・ご相談窓口】\n当社では、派遣スタッフの皆さまの苦情・ご相談を専用ダイヤルで受け付けています。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('shares of the calls in more shapes', () => {
  it('each direction headed with its share in brackets (受けるお電話（お仕事の約7割）): both directions', async () => {
    const r = await run(page('ホテル予約センターのスタッフ', '◆受けるお電話（お仕事の約7割）\nご宿泊のご予約、変更、お問い合わせにお答えします。\n◆かけるお電話（約3割）\nご予約内容に不明な点がある方へ確認のご連絡をします。'));
    expect(r.jobType).toBe('mixed');
  });
  it('a tenth counted before the calls out (残りの1割は、…おかけする確認のお電話): the answering desk', async () => {
    const r = await run(page('通販のお客様窓口スタッフ', 'お客様からのお電話を受ける窓口です。\nお電話はお客様からかかってくるものがおよそ9割。残りの1割は、ご注文内容の確認のためにこちらからおかけするお電話です。'));
    expect(r.jobType).toBe('inbound');
  });
  it('a third counted before the calls out (残りの3割は) still makes both', async () => {
    const r = await run(page('通販のお客様窓口スタッフ', 'お客様からのお電話を受ける窓口です。\nお電話はお客様からかかってくるものがおよそ7割。残りの3割は、定期便のご案内のためにこちらからおかけするお電話です。'));
    expect(r.jobType).toBe('mixed');
  });
  it('お電話は受けるものとかけるものが半分ずつ: both directions', async () => {
    const r = await run(page('配送受付センタースタッフ', 'お届け日の変更のご依頼を承り、配送前日には到着時間のご連絡をします。\nお電話は受けるものとかけるものが半分ずつくらいです。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('phone words that are not the job\'s share of calls', () => {
  it('予約はほとんどが電話とWebです at a clinic counter: the way bookings come in', async () => {
    const r = await run(page('歯科医院の受付スタッフ', '来院された患者様の受付、保険証の確認、会計をお願いします。\n予約はほとんどが電話とWebです。院内の清掃もあります。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('業務のほとんどが電話です: the job is on the phone', async () => {
    const r = await run(page('歯科医院の予約係', '患者様からのご予約やお問い合わせに対応します。業務のほとんどが電話です。'));
    expect(r.jobType).toBe('inbound');
  });
  it('cleaning a building a call center rents (コールセンターが入るビル): no call center', async () => {
    const r = await run(page('早朝のオフィス清掃スタッフ（コールセンターが入るビル）', '通販会社のコールセンターが入っているオフィスビルで、始業前の清掃をお願いします。\n・フロアの掃除機がけ\n・ゴミの回収と分別\n・オペレーターの皆さんのデスク拭き\nセンターの営業が始まる9時前に作業を終えます。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
});

describe('training the job runs for others', () => {
  it('a trainer\'s duties (新人研修（座学・ロールプレイ）の講師, 研修テキストの改訂, ロールプレイの進行) are not its own training', async () => {
    const r = await run(page('コールセンターの研修トレーナー', '・新人研修（座学・ロールプレイ）の講師\n・研修テキストの改訂\n・ロールプレイの進行とフィードバック\n・OJT中のオペレーターの応対チェック'));
    expect(r.signals.manualTraining).toBe(false);
  });
  it('an operator\'s own training (入社後に座学研修とロールプレイがあります) stays training', async () => {
    const r = await run(page('コールセンターの受信オペレーター', 'お客様からのお電話を受けます。\n入社後に座学研修とロールプレイがあります。'));
    expect(r.signals.manualTraining).toBe(true);
  });
});

describe('a planner beside the center', () => {
  it('センター運営企画 who studies the calls (入電数…のデータ集計, 入電の傾向を分析) and takes none: no call center', async () => {
    const r = await run(page('コールセンター運営企画（データ分析）', '・各センターの入電数、応答件数、通話時間などのデータ集計\n・曜日や時間帯ごとの入電の傾向を分析し、センター長へ報告\n・改善策の企画'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('an operator who takes the calls (入電に対応します) stays a call center', async () => {
    const r = await run(page('コールセンターのオペレーター', '・お客様からの入電に対応し、ご注文を承ります\n・対応内容をシステムに入力します'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('a board\'s list of similar jobs, each card opening with its pay', () => {
  const board = (cards: string) => `お客様窓口スタッフ（受信）\n■仕事内容\n通販のご注文のお電話を受けて、システムに入力します。\n■給与\n時給 1,300円\n■勤務地\n東京都豊島区\n[応募する]\n\nこの求人に似た求人\n${cards}`;
  const cards = 'テレアポスタッフ\n株式会社ヒバリ通信 - 東京都中野区\n時給 1,600円 - アルバイト・パート\nアポ獲得ごとにインセンティブがつきます\n法人営業\n株式会社カワセミ - 東京都港区\n月給 250,000円 - 正社員\n歩合給あり';
  it('the cards\' results pay is theirs, not this job\'s', async () => {
    const r = await run(board(cards));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay?.incentive.kind).toBe('none');
    expect(r.pay?.base?.min).toBe(1300);
  });
  it('the job\'s own results pay above the list still counts', async () => {
    const r = await run(board(cards).replace('時給 1,300円\n', '時給 1,300円＋ご注文1件につき100円のインセンティブ\n'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('results pay and complaints denied in other words', () => {
  it('「オプションを付けていくら」のような歩合も一切なく: no results pay', async () => {
    const r = await run(page('携帯ショップスタッフ', 'スマートフォンの機種変更の受付をお願いします。\n「オプションを付けていくら」のような歩合も一切なく、お客様に合った提案ができるかを評価しています。'));
    expect(r.pay?.incentive.kind).toBe('none');
    expect(r.signals.incentive).toBe(false);
  });
  it('…入居後のクレームは、各物件の管理会社が対応します: another company takes them', async () => {
    const r = await run(page('賃貸仲介の提案営業', 'カウンターでお部屋探しのご相談を受け、物件をご提案します。\n※入居後の設備の不具合やクレームは、各物件の管理会社が対応します。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('クレームは当社が対応します: the company the job works for takes them', async () => {
    const r = await run(page('賃貸仲介の提案営業', 'カウンターでお部屋探しのご相談を受け、物件をご提案します。\n入居後のクレームにも、担当として当社が対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a light count of calls beside a title that names the calls', () => {
  it('テクニカルサポート（受信） with お電話は…1日に15〜20件ほど: long calls, still the job', async () => {
    const r = await run(page('ネット回線のテクニカルサポート（受信）', 'プロバイダのサポートデスクで、つながらない・遅いといったご相談に、手順書を見ながらお答えします。\nお電話は受信のみで、1日に15〜20件ほど。1件ずつじっくり対応します。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('an office job whose phone is counted light stays office work', async () => {
    const r = await run(page('一般事務（電話応対あり）', '伝票の入力、書類のファイリング、来客対応をお願いします。\nお電話は1日10件ほどで、ほとんどが取次ぎです。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a repair counter in a shop (修理受付カウンター) is counter work', async () => {
    const r = await run(page('修理受付カウンタースタッフ', 'お店の修理受付カウンターで、お客様が持ち込まれた家電をお預かりし、症状をうかがって受付票に記入します。\n修理の進み具合についてのお問い合わせのお電話にも対応します（1日数件）。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('what the reader is said to picture', () => {
  it('「テレアポ」と聞くと、「ノルマが厳しそう」というイメージ: the quota is pictured, not stated', async () => {
    const r = await run(page('法人向けご案内スタッフ（発信）', '「テレアポ」と聞くと、「ノルマが厳しそう」というイメージを持つ方も多いかもしれません。\nこのお仕事は、資料をお送りした企業へ届いたかを確認するお電話です。'));
    expect(r.quota).not.toBe('stated');
    expect(r.flags.filter((f) => f.id === 'quota.norma')).toEqual([]);
  });
  it('a quota the page states after the picture still counts', async () => {
    const r = await run(page('法人向けご案内スタッフ（発信）', '「テレアポ」と聞くと、断られ続けるイメージを持つ方も多いかもしれません。\nこのお仕事は、企業へご案内のお電話をするお仕事です。1日2件のアポイント獲得がノルマです。'));
    expect(r.quota).toBe('stated');
  });
});

describe('work the sentence sets against this job', () => {
  it('…オペレーターがお電話を受けていますが、こちらは入力チームのお仕事: the calls are the operators\'', async () => {
    const r = await run(page('注文データの入力・チェックスタッフ（電話なし）', 'ハガキやFAXで届いたご注文をシステムに入力し、入力内容をチェックします。\nセンターでは約60名のオペレーターがお客様からのお電話を受けていますが、こちらは入力チームのお仕事です。'));
    expect(r.flags.filter((f) => f.category === 'inbound' || f.category === 'callCenter')).toEqual([]);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('calls the job takes, then a second task (…お電話を受けますが、こちらの入力もお願いします) stay the job\'s', async () => {
    const r = await run(page('通販のお電話受付スタッフ', 'お客様からのご注文のお電話を受けます。ハガキで届くご注文もありますが、こちらの入力もお願いします。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('phone work named as the service the company sells', () => {
  it('電話代行サービスの法人営業: the sales job, not the calls', async () => {
    const r = await run(page('電話代行サービスの法人営業', '当社の電話代行サービス「コールバトン」は、約1,500社にご利用いただいています。\n電話代行サービスの導入を検討している企業さまを訪問し、プランをご提案するお仕事です。'));
    expect(r.flags.filter((f) => f.category === 'inbound')).toEqual([]);
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
  it('電話代行のオペレーター: answering clients\' calls is the job', async () => {
    const r = await run(page('電話代行のオペレーター', 'ご契約先の企業さまあてのお電話を、企業名で受けてご用件をうかがい、担当者へメールでお伝えします。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('a heading that names the posted position in brackets', () => {
  const listing = (posted: string) => `【仙台】コールセンター3職種同時募集｜${posted}\nお仕事情報\n\n＜募集ポジション一覧＞\n①受信オペレーター（ご注文受付）　時給1,250円\n②発信スタッフ（アポイント）　時給1,350円＋インセンティブ\n③SV候補（チーム管理）　時給1,600円\n\n■お仕事内容（②発信スタッフ）\n住宅設備の無料点検をご案内するお電話をおかけし、訪問の日時をお約束します。\n1日のアポイント獲得目標は3件です。\n\n■給与\n時給1,350円\n■勤務地\n宮城県仙台市青葉区\n■応募方法\n応募フォームからどうぞ。`;
  it('■お仕事内容（②発信スタッフ） under the title that posts ②: its targets are the job\'s', async () => {
    const r = await run(listing('発信スタッフ（アポイント）'));
    expect(r.quota).toBe('stated');
    expect(r.jobType).toBe('outbound');
  });
  it('the same heading under a title that posts ①: the targets are ②\'s', async () => {
    const r = await run(listing('受信オペレーター（ご注文受付）'));
    expect(r.quota).not.toBe('stated');
  });
});

describe('a table row that labels a term and gives its value after a cell border', () => {
  const table = (rows: string) => `テレアポスタッフ（法人向け）\n【仕事内容】\n企業へお電話して、訪問のアポイントをお取りします。\n${rows}\n【給与】\n時給1,300円\n【勤務地】\n東京都新宿区`;
  it('ノルマ｜なし: denied', async () => {
    expect((await run(table('ノルマ｜なし'))).quota).toBe('negated');
  });
  it('インセンティブ｜なし: no results pay', async () => {
    expect((await run(table('インセンティブ｜なし'))).signals.incentive).toBe(false);
  });
  it('ノルマ｜あり（月10件）: stated', async () => {
    expect((await run(table('ノルマ｜あり（月10件）'))).quota).toBe('stated');
  });
  it('a title\'s separator after a gloss (ルート営業（OA機器）｜新規開拓なし) parts two items', async () => {
    const r = await run(page('ルート営業（OA機器）｜新規開拓なし', '既存のお取引先を社用車で回り、消耗品のご注文を承ります。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('a term asked of and answered no at once', () => {
  it('「ノルマ？ありません！」: denied', async () => {
    const r = await run(page('お問い合わせ受付スタッフ', 'お客様からのお電話を受けて、ご注文の変更を承ります。\nよく聞かれるのが数字のこと。「ノルマ？ありません！」と店長は笑います。'));
    expect(r.quota).toBe('negated');
  });
  it('ノルマ plainly stated beside a question stays stated', async () => {
    const r = await run(page('お問い合わせ受付スタッフ', 'お客様からのお電話を受けて、ご注文の変更を承ります。\nノルマはあるの？と聞かれますが、月ごとのノルマがあります。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a page that says no one is sought now', () => {
  it('※現在、募集中の職種はありません on a recruiting FAQ: no posting', async () => {
    const r = await run('採用に関するよくあるご質問｜株式会社みなとコール\n※現在、募集中の職種はありません。次回の募集は決まりしだい、このページでお知らせします。\nQ. どんなお仕事がありますか？\nA. お客様からのお電話を受けるオペレーターのお仕事が中心です。時給は1,200円からです。\nQ. 研修はありますか？\nA. 入社後に5日間の研修があります。');
    expect(r.posting).toBe(false);
    expect(r.postingClosed).toBe(false);
    expect(r.pay?.base).toBeNull();
  });
  it('one shift not sought beside the posted job (夜勤は現在募集していません) leaves the posting', async () => {
    const r = await run(page('家電修理の受付スタッフ（日勤）', 'お客様からの修理のご依頼のお電話を受け、訪問日を調整します。\n※今回の募集は日勤のみです（夜勤は現在募集していません）'));
    expect(r.posting).toBe(true);
  });
});
