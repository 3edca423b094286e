// Stop 75: beginners welcome beside required experience. Experience of working life (社会人経験1年以上) leaves a
// welcome standing; experience of a trade or role (営業経験3年以上, コールセンター経験6ヶ月以上) is not waived by a welcome
// that names one other kind it does not ask for (督促のご経験は不要です, 予約業務の経験は問いません). 学歴不問 waives
// schooling, not experience. 経験があれば…必要ありません assumes the experience. Pages of our own.
import { describe, expect, it } from 'vitest';
import { flagKeys, posting, run } from './helpers';

/** A posting of our own with its requirements in their own section. */
const page = (title: string, job: string, requirements = '・PCで文字入力ができる方') =>
  posting(title, job, `【応募資格】\n${requirements}\n【給与】時給1,350円\n【勤務地】宮城県仙台市青葉区\n【勤務時間】9:00〜18:00\n【応募方法】応募フォームからご応募ください。`);

describe('a welcome beside the experience the page requires', () => {
  it('コールセンター経験6ヶ月以上 with 督促業務のご経験は不要です: no beginners', async () => {
    const r = await run(page('料金のお支払いご案内スタッフ', 'お支払いが遅れているお客様へお電話し、お支払い日をうかがいます。', '・コールセンター経験6ヶ月以上\n※督促業務のご経験は不要です。'));
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('SV経験1年以上 with 予約業務の経験は問いません: no beginners', async () => {
    const r = await run(page('予約センターのスーパーバイザー', 'オペレーター12名の応対品質とシフトを管理し、エスカレーションされたお電話に対応します。', '・コールセンターでのSVの経験1年以上\n※予約業務の経験は問いません'));
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('法人営業の経験3年以上 with テレアポ経験は不問: no beginners', async () => {
    const r = await run(page('法人営業（業務用厨房機器）', '飲食店のお客様を訪問し、厨房機器の入れ替えをご提案します。', '・法人営業の経験3年以上\n・テレアポ経験は不問です'));
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('社会人経験1年以上 with 営業経験は不問: beginners to the work are welcome', async () => {
    const r = await run(page('インサイドセールス（会計クラウド）', 'お問い合わせをいただいた企業へお電話し、オンライン商談の日程を決めます。', '・社会人経験1年以上（業種・職種は問いません）\n・営業経験は不問です'));
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('社会人経験1年以上 with 業界未経験OK: beginners welcome (the industry narrows nothing when only working life is asked)', async () => {
    const r = await run(page('配車コーディネーター', 'ドライバーさんと電話やチャットで連絡を取り、配送の順番を組みます。', '・社会人経験1年以上\n・業界未経験OK'));
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('a required licence with 介護の仕事の経験はなくて大丈夫: beginners welcome (a licence is no experience)', async () => {
    const r = await run(page('訪問介護スタッフ', 'ご利用者さまのお宅を訪ね、食事や入浴のお手伝いをします。', '・介護職員初任者研修以上の資格が必要です\n・介護の仕事の経験はなくて大丈夫です'));
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('コールセンター経験6ヶ月以上 with 未経験OK unqualified still reads as a welcome (the page says both)', async () => {
    const r = await run(page('受信オペレーター', 'お客様からのお電話でのお問い合わせにお答えします。', '・未経験OK\n・コールセンター経験6ヶ月以上の方は時給アップ'));
    expect(flagKeys(r)).toContain('beginner.welcome:present');
    expect(r.signals.beginnerOk).toBe(true);
  });
});

describe('words that waive no experience', () => {
  it('学歴不問 beside 法人営業の実務経験2年以上: no beginners', async () => {
    const r = await run(page('法人営業（空調設備）', '既存のお取引先を訪問し、設備の入れ替えをご提案します。', '・法人営業の実務経験2年以上\n・学歴不問'));
    expect(flagKeys(r)).not.toContain('beginner.welcome:present');
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('受付業務の経験があれば高度なパソコンのスキルは必要ありません assumes the experience: no welcome', async () => {
    const r = await run(page('クリニック受付', '来院された方の受付と会計、お電話での予約受付をします。', '・受付業務の経験があれば、高度なパソコンのスキルは必要ありません'));
    expect(flagKeys(r)).not.toContain('beginner.not-needed:present');
    expect(r.signals.beginnerOk).toBe(false);
  });
});

describe('a welcome meant for another opening', () => {
  it('オペレーター職は、未経験歓迎の別求人でご案内しています on an SV posting: no welcome for this job', async () => {
    const r = await run(page('受信センターのスーパーバイザー', 'オペレーター20名のシフト管理と応対品質の確認、エスカレーションされたお電話への対応をお任せします。', '・コールセンターでのリーダー経験1年以上\n※オペレーター職は、未経験歓迎の別求人でご案内しています。'));
    expect(flagKeys(r)).not.toContain('beginner.welcome:present');
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('未経験の方は別枠で募集しています: no welcome for this job', async () => {
    const r = await run(page('法人営業（物流システム）', '物流会社を訪問し、倉庫管理システムの導入をご提案します。', '・法人営業の経験2年以上\n※未経験の方は別枠で募集しています。'));
    expect(r.signals.beginnerOk).toBe(false);
  });
});

describe('complaint words that name goods or papers', () => {
  it('返品・クレーム品の検品 in a warehouse: no complaint handling', async () => {
    const r = await run(page('返品・クレーム品の検品スタッフ', '通販で戻ってきた返品やクレーム品の検品をお願いします。\nクレーム品といっても、箱を開けて傷や動作を確かめて記録するだけです。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('クレーム報告書の作成 in quality assurance: no complaint handling', async () => {
    const r = await run(page('品質保証スタッフ（書類作成）', '工場から上がってきた調査結果をもとに、クレーム報告書の作成と規格書の管理をお任せします。\nお客様とのやりとりはお客様相談室が行います。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('クレーム対応 stays complaint handling', async () => {
    const r = await run(page('通販のお客様窓口（受信）', 'お客様からのお電話で、ご注文の変更やお届けのご相談を受けます。\n商品へのクレーム対応もあります。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('the first line of complaints is the job\'s, whoever takes the hard ones', () => {
  it('クレームの一次対応（迷ったときはリーダーに交代できます）: complaints', async () => {
    const r = await run(page('通販のお客様窓口（受信）', '・ご注文やお届けについてのお問い合わせ\n・商品へのご不満やクレームの一次対応（迷ったときはリーダーに交代できます）'));
    expect(r.signals.complaints).toBe(true);
  });
  it('クレームの一次対応もありますが、返金の判断はSVが行います: complaints', async () => {
    const r = await run(page('家電サポートセンター（受信）', '製品の使い方のお問い合わせにお答えします。\n「動かない」といったクレームの一次対応もありますが、返金の判断はSVが行います。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('クレームはすぐにSVが代わります: handed over, no complaint handling', async () => {
    const r = await run(page('資料請求の受付（受信）', 'パンフレットのご請求をお電話で受け、お名前とご住所を入力します。\nクレームはすぐにSVが代わります。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('calls counted as figures the job reports', () => {
  it('システムから受電件数、応答率、平均処理時間などのデータを出力 in a report job: no inbound work, no quota', async () => {
    const r = await run(page('レポート作成スタッフ（データ集計）', 'コールセンターの月次レポートを作る事務のお仕事です。\n・システムから受電件数、応答率、平均処理時間などのデータを出力\n・Excelで集計してグラフを作成\n※お電話の対応はありません'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
    expect(r.quota).not.toBe('stated');
  });
  it('受電件数の目標 on an inbound desk stays the job\'s calls and its target', async () => {
    const r = await run(page('受信オペレーター', 'お客様からのお電話でのお問い合わせにお答えします。\n1日の受電件数の目標は40件です。'));
    expect(r.jobType).toBe('inbound');
    expect(r.quota).toBe('stated');
  });
});

describe('training named as a perk of the company', () => {
  it('・研修制度あり in a list of benefits, and nothing of how the job is learnt: no onboarding', async () => {
    const r = await run(page('歯科クリニックの受付', '来院された方の受付と会計、次回のご予約を承ります。', '・PCで文字入力ができる方') + '\n【福利厚生】\n・制服貸与\n・研修制度あり\n・社員割引');
    expect(r.signals.manualTraining).toBe(false);
  });
  it('・階層別研修（主任昇格時）and スキルアップ研修 as perks: no onboarding', async () => {
    const r = await run(page('経理スタッフ', '伝票の入力と月次決算の補助をお任せします。', '・経理の実務経験2年以上') + '\n【福利厚生】\n・退職金制度\n・階層別研修（主任昇格時に実施）\n・希望者向けスキルアップ研修（年2回）');
    expect(r.signals.manualTraining).toBe(false);
  });
  it('研修あり（入社後3日間）in the benefits is onboarding still', async () => {
    const r = await run(page('受信オペレーター', 'お客様からのお電話でのお問い合わせにお答えします。') + '\n【待遇】\n・交通費支給\n・研修あり（入社後3日間）');
    expect(r.signals.manualTraining).toBe(true);
  });
});

describe('averages are results, not targets', () => {
  it('平均獲得件数：1人あたり月12件ほど states what people reach: no quota', async () => {
    const r = await run(page('光回線のご案内スタッフ（発信）', '既存のお客様へお電話し、光回線への切り替えをご案内します。\n◎平均獲得件数：1人あたり月12件ほど'));
    expect(r.quota).not.toBe('stated');
  });
  it('獲得件数の目標は月12件 is a target', async () => {
    const r = await run(page('光回線のご案内スタッフ（発信）', '既存のお客様へお電話し、光回線への切り替えをご案内します。\n獲得件数の目標は月12件です。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a heading about a topic states nothing of the job', () => {
  it('a line クレームのお電話について over a body that hands them on: no complaint handling', async () => {
    const r = await run(page('通販の受注スタッフ（受信）', 'お客様からのお電話でご注文を承ります。\n\nクレームのお電話について\n商品へのご不満のお電話は、お話をうかがう前に専任の「お客様相談チーム」へお回しします。受注スタッフがクレーム対応をすることはありません。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('【クレームのお電話について】 over the same body: no complaint handling', async () => {
    const r = await run(page('通販の受注スタッフ（受信）', 'お客様からのお電話でご注文を承ります。\n【クレームのお電話について】\n商品へのご不満のお電話は、お話をうかがう前に専任の「お客様相談チーム」へお回しします。受注スタッフがクレーム対応をすることはありません。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('complaints whose desk is another', () => {
  it('ご不満やクレームの受付窓口は別部署です: no complaint handling', async () => {
    const r = await run(page('インターネット回線のご案内（発信）', '資料請求をいただいたお客様へお電話し、回線プランをご案内します。\nご不満やクレームの受付窓口は別部署です。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('ご意見・お叱りのお電話は社内の品質管理室へおつなぎします: no complaint handling', async () => {
    const r = await run(page('ご注文受付スタッフ（受信）', 'お客様からのお電話でご注文を承ります。\nご意見・お叱りのお電話は社内の品質管理室へおつなぎします。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('a welcome narrowed by a bracketed kind', () => {
  it('SV経験1年以上 with 業界（クレジット・督促）の経験は問いません: no beginners', async () => {
    const r = await run(page('督促センターのSV', 'オペレーター15名の応対品質とシフトを管理します。', '・コールセンターでのSV経験1年以上\n・業界（クレジット・督促）の経験は問いません'));
    expect(r.signals.beginnerOk).toBe(false);
  });
});

describe('onboarding in other words', () => {
  const trained = async (line: string) => (await run(page('一般事務', '書類の作成とデータ入力をお任せします。\n' + line))).signals.manualTraining;
  it('前任者が1ヶ月間、業務の引き継ぎを行います: onboarding', async () => expect(await trained('前任者が1ヶ月間、業務の引き継ぎを行います。')).toBe(true));
  it('前任のスタッフから、3か月かけて仕事を引き継いでいただきます: onboarding', async () => expect(await trained('前任のスタッフから、3か月かけて仕事を引き継いでいただきます。')).toBe(true));
  it('入職後2週間は先輩職員がつき: onboarding', async () => expect(await trained('入職後2週間は先輩職員がつき、流れを覚えます。')).toBe(true));
  it('約2ヶ月間の実地指導あり: onboarding', async () => expect(await trained('約2ヶ月間の実地指導あり。')).toBe(true));
  it('最初の3日間は読み上げの練習: onboarding', async () => expect(await trained('最初の3日間は、調査の基本ルールと読み上げの練習をします。')).toBe(true));
  it('前任者の担当先を入社初日から引き継いでお一人で訪問: no onboarding', async () =>
    expect(await trained('即戦力採用のため研修期間は設けていません。前任者の担当先を、入社初日から引き継いでお一人で訪問していただきます。')).toBe(false));
});

describe('tags set apart by blanks', () => {
  it('未経験OK　販売ノルマなし　残業ほぼなし: the welcome stands, ノルマ is denied', async () => {
    const r = await run(page('ドラッグストアの販売スタッフ', 'レジ、品出し、お客様のご案内をお願いします。\n未経験OK　販売ノルマなし　残業ほぼなし　制服貸与'));
    expect(flagKeys(r)).toContain('beginner.welcome:present');
    expect(flagKeys(r)).toContain('quota.norma:negated');
  });
});

describe('inquiries taken by phone, said with を', () => {
  it('お問い合わせをお電話で受け、解決までご案内します: inbound', async () => {
    const r = await run(page('インターネット接続のテクニカルサポート', '光回線をご利用のお客様から「つながらない」といったお問い合わせをお電話で受け、解決までご案内するお仕事です。\n遠隔操作ツールで画面を一緒に見ながら設定を直すこともあります。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
});

describe('manuals and scripts as what the job improves', () => {
  it('an SV who improves the talk script and the 手順書・FAQ: no onboarding', async () => {
    const r = await run(page('受信センターのスーパーバイザー', '・オペレーター12名のシフトと応対品質の管理\n・モニタリングとフィードバック、トークスクリプトの改善\n・応答率の管理、手順書・FAQの改善', '・コールセンターでのSV経験1年以上'));
    expect(r.signals.manualTraining).toBe(false);
  });
  it('an operator who reads from the talk script: a manual', async () => {
    const r = await run(page('受信オペレーター', 'お客様からのお電話にトークスクリプトを見ながらお答えします。'));
    expect(r.signals.manualTraining).toBe(true);
  });
});

describe('complaint calls the job listens to', () => {
  it('a QA reviewer: クレームになった通話の録音を聞くこともありますが、採点するだけです: no complaint handling', async () => {
    const r = await run(page('応対品質チェックスタッフ', 'オペレーターの通話録音を聞き、評価シートで採点します。\nクレームになった通話の録音を聞くこともありますが、採点するだけです。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('録音にはお叱りの通話も含まれますが、評価のために聞くのみです: no complaint handling', async () => {
    const r = await run(page('モニタリングスタッフ', '録音された通話を1日20本ほど聞いてチェックします。\n録音にはお叱りの通話も含まれますが、評価のために聞くのみです。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('an operator who takes クレームのお電話: complaints still', async () => {
    const r = await run(page('受信オペレーター', 'お客様からのお電話にお答えします。\nクレームのお電話を受けることもあります。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('trainers teach operators and lead none of them', () => {
  it('研修トレーナー (コールセンター新人研修), no calls taken: other, no call-center work, its own reason', async () => {
    const r = await run(page('研修トレーナー（コールセンター新人研修）', 'コールセンターに入社したオペレーターの新人研修（5日間）の講義とロールプレイを担当します。\nご自身がお客様からのお電話を受けることはありません。オペレーターのシフトや勤怠の管理はSVが行います。', '・コールセンターでの実務経験2年以上'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
    expect(r.reasons.map((x) => x.id)).toContain('base.teaching');
  });
  it('an SV who leads the floor and trains: call-center work still', async () => {
    const r = await run(page('コールセンターのSV（スーパーバイザー）', 'オペレーター15名のシフト管理と応対品質のチェック、新人の育成を担当します。エスカレーションされたお電話にも対応します。', '・コールセンターでのSV経験1年以上'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
});
