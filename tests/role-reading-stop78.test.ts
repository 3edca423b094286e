// Stop 78: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (df272b24).
import { describe, expect, it } from 'vitest';
import { findSections } from '../lib/text/sections';
import { normalize } from '../lib/text/normalize';
import { postingWithRequirements as page, run } from './helpers';

describe('the work headed in other common wordings', () => {
  const board = (heading: string) =>
    `お客様窓口スタッフ（受信）｜時給1,250円\nお仕事探しTOP ＞ 宮城県 ＞ オフィスワーク\n\n${heading}\n家電メーカーの窓口で、お客様からのお電話を受けて使い方をご案内します。\n■給与\n時給1,250円\n■勤務地\n宮城県仙台市\n■応募方法\n応募フォームからどうぞ。`;
  for (const heading of ['■お仕事の内容', '【仕事の概要】', '＜主なお仕事＞', '◆仕事の詳細', '■この仕事のポイント', '■こんなお仕事です', '【お仕事情報】']) {
    it(`${heading} heads the job section`, async () => {
      const text = normalize(board(heading)).text;
      expect(findSections(text).some((s) => s.kind === 'job' && text.slice(s.start).startsWith(normalize(heading).text))).toBe(true);
      const r = await run(board(heading));
      expect(r.flags.find((f) => f.id === 'inbound.incoming-calls')?.section).toBe('job');
    });
  }
});

describe('what is said of a quoted phrase is said of its last noun', () => {
  it('「ケーキの販売ノルマ」はありません: the quota is denied', async () => {
    const r = await run(page('洋菓子店の販売スタッフ', '店頭でのケーキの販売、箱詰め、レジをお願いします。\nよく聞く「クリスマスケーキの販売ノルマ」はありません。自分で買い取ることもありません。'));
    expect(r.quota).toBe('negated');
  });
  it('「月間の販売ノルマ」があります: the quota stands', async () => {
    const r = await run(page('携帯ショップの販売スタッフ', '店頭での機種変更のご案内と販売をお願いします。\n正直にお伝えすると「月間の販売ノルマ」があります。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a topic heading set between marks', () => {
  it('★ノルマについて★ over a denial in other words: the heading states nothing', async () => {
    const r = await run(page('販売スタッフ', '店頭での販売とレジをお願いします。\n★ノルマについて★\n販売の目標はありません。'));
    expect(r.flags.filter((f) => f.id === 'quota.norma')).toEqual([]);
    expect(r.quota).not.toBe('stated');
  });
  it('■ノルマ■ over a figure: the target is stated', async () => {
    const r = await run(page('テレアポスタッフ', 'お客様へお電話し、訪問のアポイントをお取りします。\n■ノルマ■\n1日2件のアポイント獲得をお願いしています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('targets the job tallies with a tool or into a table', () => {
  it('達成率をExcelで集計, ランキング表の作成: figures handled, no target of its own', async () => {
    const r = await run(page('営業事務', '・毎週月曜に、営業担当ごとの売上と予算の達成率をExcelで集計し、所長に提出します\n・営業会議の資料（月別の売上グラフ、ランキング表）の作成\n・見積書の作成と受注伝票の入力'));
    expect(r.quota).toBe('absent');
  });
  it('the same job with a target of its own stays stated', async () => {
    const r = await run(page('営業事務', '・営業担当ごとの売上の達成率をExcelで集計します\n・事務スタッフにも毎月の入力件数の目標があります'));
    expect(r.quota).toBe('stated');
  });
});

describe('a job supposed only to say it is not this one', () => {
  it('数字に追われる営業だったら、続いていなかった: no target stated', async () => {
    const r = await run(page('リフォームアドバイザー', 'お問い合わせのあったお宅を訪問し、リフォームのご提案をします。\n先輩は「数字に追われる営業だったら、きっと続いていなかったと思います」と話します。'));
    expect(r.quota).not.toBe('stated');
  });
  it('目標を達成したら報奨金: a condition met is no supposition', async () => {
    const r = await run(page('テレアポスタッフ', 'お客様へお電話し、訪問のアポイントをお取りします。月間の目標を達成したら報奨金が出ます。'));
    expect(r.quota).toBe('stated');
  });
});

describe('results pay withheld from the role the title names', () => {
  const sv = (title: string) =>
    run(page(title, 'オペレーター15名のチームをまとめ、応対品質の確認とシフト作成を行います。\n※オペレーターの方には予約獲得に応じたインセンティブがありますが、SVのポジションには支給されません。'));
  it('under an SV title: no results pay, in the signals and in the pay reader', async () => {
    const r = await sv('コールセンターのスーパーバイザー（SV）');
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('under an operator title: the operator\'s incentive stands', async () => {
    const r = await sv('予約受付オペレーター');
    expect(r.signals.incentive).toBe(true);
  });
});

describe('other openings headed as positions hired at the same time', () => {
  it('■ 同時募集中のポジション with an operator\'s incentive, under an SV title: not this job\'s pay', async () => {
    const text = `コールセンターのスーパーバイザー（SV）｜那覇市\n■仕事内容\nオペレーター15名のチームをまとめ、応対品質の確認とシフト作成を行います。\n■給与\n月給26万円〜\n■勤務地\n沖縄県那覇市\n■応募資格\nコールセンターでのリーダー経験\n■ 同時募集中のポジション\n・予約受付オペレーター（契約社員）　時給1,150円＋予約獲得インセンティブ（1件100円）\n・センター長候補（正社員）　年俸450万円〜\n■応募方法\n応募フォームからご応募ください。`;
    const r = await run(text);
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
});

describe('complaint words that are not complaints the job takes', () => {
  it('クレーム・ダマンド, クレームシャンティ: pastry creams', async () => {
    const r = await run(page('洋菓子店の販売スタッフ', 'ショーケースのケーキの販売と箱詰めです。看板は自家製クレーム・ダマンドのタルト。慣れたらクレームシャンティの絞りもお任せします。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('苦情のお電話は管理担当へ引き継ぐのみです: passed on, not heard out', async () => {
    const r = await run(page('一般事務（マンション管理会社）', '書類作成とデータ入力が中心です。\n※騒音などの苦情のお電話をいただいた場合は、ご用件を伺って記録し、各物件の管理担当へ引き継ぐのみです。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('苦情のお電話を伺い、解決まで対応します: taken', async () => {
    const r = await run(page('管理事務所の受付', '騒音などの苦情のお電話を伺い、解決まで対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('公害苦情（騒音、悪臭など）の受付件数の集計, 苦情件数の推移グラフ: figures handled', async () => {
    const r = await run(page('事務補助員（環境係）', '・公害苦情（騒音、悪臭、野焼きなど）の受付件数の集計\n・苦情件数の推移グラフの作成\n・書類のファイリング'));
    expect(r.signals.complaints).toBe(false);
  });
  it('「クレーム対応研修」を企業に提案: a course sold, not calls taken', async () => {
    const r = await run(page('法人営業（研修プログラムの提案）', '企業向けの「クレーム対応研修」や「苦情対応マネジメント講座」をご提案する営業です。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('other openings headed as the company\'s other positions hiring now', () => {
  it('その他の募集中のポジション between rules: the call-center opening listed there is not this job', async () => {
    const text = `書類審査スタッフ（経験者採用）｜契約社員\n■ 仕事内容\n保険金請求書類の不足や矛盾点をチェックし、審査結果を入力します。お客様からのお電話はコールセンターが受けます。\n■ 応募資格\n損害保険の審査業務の経験2年以上\n■ 給与\n時給1,700円\n■ 勤務地\n東京都中央区\n─────────\nその他の募集中のポジション\n─────────\n● コールセンタースタッフ（ご請求受付）\n未経験歓迎／時給1,400円／研修あり\nお客様からのお電話を受け、ご請求の手続きをご案内します。\n■ 応募方法\n応募フォームからご応募ください。`;
    const r = await run(text);
    expect(r.callCenter).toBe(false);
    expect(r.signals.beginnerOk).toBe(false);
  });
});

describe('the role a title names the job as serving', () => {
  const trainer = (title: string) =>
    run(page(title, '入社時研修の講師と、OJT期間のフォローを担当します。ご自身がお客様のお電話を受けることはありません。\nセンターのオペレーターには、1時間あたりの処理件数や後処理時間の目標があります。目標の設定や管理はSVの担当です。'));
  it('研修トレーナー（新人オペレーターの育成担当）: the operators\' targets are theirs', async () => {
    expect((await trainer('コールセンターの研修トレーナー（新人オペレーターの育成担当）')).quota).not.toBe('stated');
  });
  it('an operator title: the operators\' targets are the job\'s', async () => {
    expect((await trainer('コールセンターのオペレーター')).quota).toBe('stated');
  });
});

describe('calls that come to the desk', () => {
  it('お客様相談室に寄せられるお電話への対応, with results reported back by phone now and then: inbound', async () => {
    const r = await run(page('お客様相談室スタッフ（食品メーカー）', 'お客様相談室に寄せられるお電話・お手紙・メールへの対応です。お電話が全体の7割ほどです。\n・商品へのご指摘の受付と代替品のご送付\n・調査結果のご報告（こちらからお電話することもあります）\n相談室に寄せられるお電話は1日30〜50件ほどです。'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('a direction given a tenth of the work beside the other', () => {
  it('9割はこちらからおかけするお電話で、お電話を受けるのは1割ほど: outbound, under a 予約センター title', async () => {
    const r = await run(page('予約センタースタッフ（健診のご予約）', '健診を受けていない会員様に、こちらからお電話をおかけして受診のご予約をおすすめします。\n1日のお仕事の9割はこちらからおかけするお電話で、お客様からのお電話を受けるのは1割ほどです。'));
    expect(r.jobType).toBe('outbound');
  });
  it('6割はこちらからおかけするお電話で、お電話を受けるのは4割ほど: mixed', async () => {
    const r = await run(page('予約センタースタッフ（健診のご予約）', '健診を受けていない会員様に、こちらからお電話をおかけして受診のご予約をおすすめします。\n1日のお仕事の6割はこちらからおかけするお電話で、お客様からのお電話を受けるのは4割ほどです。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('an orientation on the first day', () => {
  it('初日に調査の進め方の説明会（2時間）があります: training', async () => {
    const r = await run(page('電話調査スタッフ', 'ご家庭へお電話し、アンケートへのご協力をお願いします。\n初日に調査の進め方の説明会（2時間）があります。'));
    expect(r.signals.manualTraining).toBe(true);
  });
  it('お仕事の説明会を兼ねた面接: no training', async () => {
    const r = await run(page('電話調査スタッフ', 'ご家庭へお電話し、アンケートへのご協力をお願いします。\nお仕事の説明会を兼ねた面接を行います。'));
    expect(r.signals.manualTraining).toBe(false);
  });
});

describe('a note in brackets after a required experience', () => {
  const sv = (requirements: string) => run(page('コールセンターのSV候補', 'オペレーター15名のチームをまとめ、シフト作成と応対品質の確認を行います。\n・リーダー経験がなくても応募OK。SV研修で基礎から学べます', requirements));
  it('実務経験1年以上（オペレーター経験のみの方も歓迎）, リーダー経験は問いません: experience required, no beginners', async () => {
    const r = await sv('コールセンターでの実務経験1年以上（オペレーター経験のみの方も歓迎）\n※リーダー経験は問いません');
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('実務経験1年以上の方歓迎: a wish, and the welcome stands', async () => {
    const r = await sv('コールセンターでの実務経験1年以上の方歓迎');
    expect(r.signals.experienceRequired).toBe(false);
  });
});

describe('English pages that waive one field\'s experience', () => {
  const en = (line: string) => `Parcel Delivery Driver - Fukuoka\nWhat you will do\nDeliver parcels on a fixed route in a company van.\n${line}\nSalary\n¥1,300 per hour\nLocation\nFukuoka City\nHow to apply\nApply with the form below.`;
  it('No delivery experience needed: beginners welcome', async () => {
    expect((await run(en('No delivery experience needed - two days of ride-along training.'))).signals.beginnerOk).toBe(true);
  });
  it('Delivery experience needed: no welcome', async () => {
    expect((await run(en('Delivery experience needed: at least one year.'))).signals.beginnerOk).toBe(false);
  });
});

describe('a note in brackets that gives another matter to someone else', () => {
  it('お叱りのお電話も最初はあなたが受けて…（返品の判断はリーダーが行います）: the complaints are the job\'s', async () => {
    const r = await run(page('コールスタッフ（化粧品通販）', 'ご注文のお電話を受けます。\nお届けの遅れへのお叱りのお電話も、最初はあなたが受けてお話を伺います（返品の判断はリーダーが行います）。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('お叱りのお電話はリーダーが対応します: the leader\'s', async () => {
    const r = await run(page('コールスタッフ（化粧品通販）', 'ご注文のお電話を受けます。\nお届けの遅れへのお叱りのお電話は、リーダーが対応します。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('a complaint taken before its record is passed on', () => {
  it('ご意見や苦情を受け付け、担当課へ記録を引き継ぎます: taken', async () => {
    const r = await run(page('市民案内センターのオペレーター', '・市民の方からの電話によるお問い合わせにお答えします\n・市の制度へのご意見や苦情を受け付け、担当課へ記録を引き継ぎます'));
    expect(r.signals.complaints).toBe(true);
  });
  it('苦情の記録を担当課へ引き継ぎます: a record handled', async () => {
    const r = await run(page('市役所の事務補助', '・書類の整理とデータ入力\n・苦情の記録を担当課へ引き継ぎます'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('sales named as the business of the shop the job joins', () => {
  it('売買仲介を行う当店で、営業スタッフをサポートする事務: the brokerage is the shop\'s', async () => {
    const r = await run(page('不動産事務', '中古マンションの売買仲介を行う当店で、営業スタッフをサポートする事務をお任せします。\n・契約書類の作成とデータ入力\n・来店されたお客様へのお茶出し'));
    expect(r.flags.some((f) => f.id === 'sales.brokerage' && f.section === 'job')).toBe(false);
  });
  it('売買仲介の営業をお任せします: the job sells', async () => {
    const r = await run(page('不動産営業', '中古マンションの売買仲介の営業をお任せします。反響のあったお客様をご案内し、ご契約まで担当します。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('staff for the calls said to be there besides the job', () => {
  it('電話受付担当が別にいます: the phone reception is theirs', async () => {
    const r = await run(page('フィールドエンジニア（複合機）', '・作業依頼は当社のサポート受付（電話受付担当が別にいます）から、タブレットに届きます\n・お客様先を訪問し、複合機の設置と修理を行います'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(false);
    expect(r.callCenter).toBe(false);
  });
  it('電話受付を担当します: the job\'s', async () => {
    const r = await run(page('サポート受付スタッフ', '・修理のご依頼の電話受付を担当します\n・作業日程をエンジニアへ連絡します'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(true);
  });
});

describe('a former workplace told in the past and set against the job now', () => {
  it('「飲食店では売上の目標に毎日追われていました。ここでは…」: the old shop\'s target', async () => {
    const voice = '先輩の声\n「飲食店では売上の目標に毎日追われていました。ここでは会社からの数字の割り当てがないので、最初は戸惑ったほどです。自分で今月の目標を決めて、足りなければ何が足りなかったかを上司と話す。そのくらいの距離感の職場で、1年目の後半から歩合が安定して、年収も前職より上がりました。」';
    const r = await run(page('不動産の反響営業', `お問い合わせのあったお客様に物件をご案内します。会社から課すノルマはありません。\n${voice}`));
    expect(r.quota).toBe('negated');
  });
  it('「系列の飲食店では売上の目標を毎日確認しています。ここでは1日5件…」: told in the present, the targets stand', async () => {
    const r = await run(page('テレアポスタッフ', 'お客様へお電話し、訪問のアポイントをお取りします。\n「系列の飲食店では売上の目標を毎日確認しています。ここでは1日5件のアポ獲得が目標です。」'));
    expect(r.quota).toBe('stated');
  });
});

describe('calls counted as they come in', () => {
  it('放送直後は1時間に10件以上入ることもあります: the desk\'s volume', async () => {
    const r = await run(page('在宅コールスタッフ（通販受付）', 'テレビ通販のご注文のお電話をご自宅で受けます。番組の放送直後は1時間に10件以上入ることもありますが、深夜は少なめです。'));
    expect(r.quota).not.toBe('stated');
  });
  it('1時間に10件以上の発信をお願いしています: a floor', async () => {
    const r = await run(page('テレアポスタッフ', 'お客様へお電話し、訪問のアポイントをお取りします。1時間に10件以上の発信をお願いしています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('results pay said of another role against this job\'s hourly pay', () => {
  it('乗務員には歩合給がありますが、受付スタッフは時給制です: no results pay, in the signals and the pay reader', async () => {
    const r = await run(page('タクシー配車センターの受付スタッフ', 'お電話を受けて、お迎え先をうかがい配車します。\n※乗務員には歩合給がありますが、受付スタッフは時給制です'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('タクシー乗務員（正社員）…（固定給＋歩合給）※詳しくは別の求人をご覧ください: that opening\'s pay', async () => {
    const r = await run(page('タクシー配車センターの受付スタッフ', 'お電話を受けて、お迎え先をうかがい配車します。\nタクシー乗務員（正社員）　月給25万円以上（固定給＋歩合給）※詳しくは別の求人をご覧ください'));
    expect(r.signals.incentive).toBe(false);
  });
});

describe('engineers named as taking the second line', () => {
  it('（二次対応はエンジニアが担当します） under a help-desk title: the second line is theirs', async () => {
    const r = await run(page('ITヘルプデスク（PC操作のご案内）', '・社員さんからのお電話で操作方法をご案内します\n・すぐに解決できない内容は、エンジニアチームへ引き継ぎます（二次対応はエンジニアが担当します）'));
    expect(r.signals.complaints).toBe(false);
  });
  it('二次対応はエンジニアが担当します under an engineer\'s title: the job\'s own', async () => {
    const r = await run(page('二次サポートエンジニア', '・障害の切り分けと原因調査を行います\n・二次対応はエンジニアが担当します'));
    expect(r.flags.some((f) => f.id === 'complaints.handling' && f.polarity === 'present')).toBe(true);
  });
});

describe('a heading whose line under it denies its thing', () => {
  it('研修・サポート ⏎ 入社後の研修期間はありません: no training', async () => {
    const r = await run(page('リフォーム提案営業', 'お客様のお宅を訪問してリフォームをご提案します。\n研修・サポート\n入社後の研修期間はありません。経験者の方を対象としているため、初日からエリアをお任せします。'));
    expect(r.signals.manualTraining).toBe(false);
  });
  it('研修・サポート ⏎ 入社後1週間の研修があります: training', async () => {
    const r = await run(page('リフォーム提案営業', 'お客様のお宅を訪問してリフォームをご提案します。\n研修・サポート\n入社後1週間の研修があります。'));
    expect(r.signals.manualTraining).toBe(true);
  });
});

describe('an article that ends with its own openings under a role\'s 募集要項', () => {
  const blog = (heading: string) =>
    `【スタッフブログ】テレアポ2年目の私が数字と仲良くなれた理由\n2026年10月3日　投稿者：広報チーム\n入社したころの私は、電話をかけるたびに緊張していました。先輩に相談すると、まずは1日の通話を振り返るように言われました。少しずつ慣れて、今では後輩に教える立場です。\n${heading}\n【職種】アポイントスタッフ\n【給与】時給1,250円＋インセンティブ\n【勤務地】福岡県福岡市博多区\n【勤務時間】10:00〜18:00\n【応募方法】応募フォームからご応募ください。`;
  for (const heading of ['■パートナー募集要項', '▼現在募集中のお仕事']) {
    it(`${heading}: a posting`, async () => {
      expect((await run(blog(heading))).posting).toBe(true);
    });
  }
});

describe('a list of former jobs before the word', () => {
  it('前職は法人営業、ITサポート、歯科医院の受付など: the team\'s past, not the work', async () => {
    const r = await run(page('カスタマーサクセス（予約システム）', '導入した医院の活用をWeb面談で支援します。\nチームのメンバーの前職は法人営業、ITサポート、歯科医院の受付など様々です。'));
    expect(r.flags.some((f) => f.category === 'techSupport' && f.polarity === 'present')).toBe(false);
  });
  it('前職は営業でしたが、今はITサポートを担当: the work now', async () => {
    const r = await run(page('ヘルプデスク', '前職は営業でしたが、今はITサポートを担当しています。社員さんからのお電話でPCの操作をご案内します。'));
    expect(r.flags.some((f) => f.category === 'techSupport' && f.polarity === 'present')).toBe(true);
  });
});

describe('phone work the company takes on, said with a manner before the verb', () => {
  it('電話を受けるコールセンター代行を、ワンストップで請け負っている会社: the company\'s business', async () => {
    const r = await run(page('物流センターのピッキングスタッフ', '棚から商品を集めて箱に詰めます。\n当社は、ネットショップの商品保管・出荷と、注文や問い合わせの電話を受けるコールセンター代行を、ワンストップで請け負っている会社です。'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(false);
  });
});

describe('a question heading in an interview', () => {
  it('■どんなお仕事？ in an article that ends with no fields: still an article', async () => {
    const text = `【社員インタビュー】お客様の声を届ける仕事\n2026年9月12日　文・広報部\n■どんなお仕事？\nお客様相談室で、お電話やメールでいただいたご意見を社内に届けています。\n■やりがいは？\n「ありがとう」と言っていただけたときです。入社して3年、毎日が学びの連続でした。\n■これからの目標\n後輩の育成にも力を入れていきたいと話してくれました。`;
    expect((await run(text)).posting).toBe(false);
  });
});
