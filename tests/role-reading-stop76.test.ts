// Stop 76: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (e8ffd406).
import { describe, expect, it } from 'vitest';
import { postingWithRequirements as page, run } from './helpers';

describe('the second line named as where the job sends what it cannot settle', () => {
  it('解決できない案件は二次対応チーム（社員）へエスカレーション: no complaint handling', async () => {
    const r = await run(page('家電サポートダイヤルのオペレーター', '・お客様からの操作方法のお問い合わせにお電話で答えます\n・解決できない案件は二次対応チーム（社員）へエスカレーション\n・対応内容をシステムに記録'));
    expect(r.jobType).toBe('inbound');
    expect(r.signals.complaints).toBe(false);
  });
  it('二次対応チーム（英語）へのエスカレーション: no complaint handling', async () => {
    const r = await run(page('ゲームサポート（電話・メール）', '・ユーザー様からのお問い合わせ対応（1日20件ほど）\n・チケットの記録、二次対応チーム（英語）へのエスカレーション'));
    expect(r.signals.complaints).toBe(false);
  });
  it('the second line as the job\'s post (二次対応チームに配属、お叱りのお電話を伺う): complaints', async () => {
    const r = await run(page('お客様相談室スタッフ', '二次対応チームに配属され、オペレーターから引き継いだお電話に対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a complaint named as what a call may turn into', () => {
  it('クレームにつながりそうなお電話は社員に引き継げます: no complaint handling', async () => {
    const r = await run(page('通販受付スタッフ', 'カタログを見たお客様からのご注文のお電話を受けます。\nクレームにつながりそうなお電話は、チャットで社員に引き継げます。'));
    expect(r.jobType).toBe('inbound');
    expect(r.signals.complaints).toBe(false);
  });
  it('クレームに発展しそうなときはSVへ: no complaint handling', async () => {
    const r = await run(page('予約受付オペレーター', 'ホテルのご予約をお電話で承ります。\nクレームに発展しそうなときは、その場でSVへ声をかけてください。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('クレームにつながらないよう、再架電は間をあけます: no complaint handling', async () => {
    const r = await run(page('アンケート調査スタッフ', '登録リストのお宅へお電話し、アンケートへのご協力をお願いします。\nクレームにつながらないよう、同じお宅への再架電は3日あけます。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('クレームにつながることもありますが: the page says they happen, complaints', async () => {
    const r = await run(page('配送状況のお問い合わせ窓口', 'お荷物のお届け状況についてのお電話を受けます。\n遅れのご連絡はクレームにつながることもありますが、マニュアルどおりにお詫びとご案内をすれば大丈夫です。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('inbound desks named by their line and by the questions they answer', () => {
  it('a サポートダイヤル where the job answers お困りごと by phone: inbound call-center work', async () => {
    const r = await run(page('光回線サポートダイヤル', '光回線のサポートダイヤルで、お客様のお困りごとにお答えするお仕事です。\n「つながらない」などのご相談に、画面のチェックリストに沿ってご案内します。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('お電話やチャットで寄せられるご質問に答える: inbound', async () => {
    const r = await run(page('勤怠システムのサポート担当', '当社の勤怠システムをお使いの企業様から、お電話やチャットで寄せられる操作のご質問に答えるお仕事です。\n画面を一緒に見ながら設定方法をご案内します。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('complaints the job passes on at once, or only sorts', () => {
  it('ご不満のお申し出は、専用の窓口（お客様相談室）へおつなぎするだけ: the desk in brackets takes them', async () => {
    const r = await run(page('家電メーカーの受付スタッフ', '製品の使い方についてのお電話を受けます。\n製品の不具合やご不満のお申し出は、担当の窓口（品質相談室）へおつなぎするだけです。'));
    expect(r.jobType).toBe('inbound');
    expect(r.signals.complaints).toBe(false);
  });
  it('ご不満の声が聞こえたら…SVを呼んでください: the SV takes the call', async () => {
    const r = await run(page('通販のご注文受付', 'カタログ通販のご注文のお電話を受けます。\nお客様のお怒りの声が聞こえたら、保留にしてランプでSVを呼んでください。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('苦情の分類と傾向の把握: complaints as material sorted, not heard', async () => {
    const r = await run(page('お客様の声アナリスト', '・アンケートの自由回答の分析（ご意見・ご要望・苦情の分類と傾向の把握）\n・分析結果をまとめた月次レポートの作成'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('ノルマなし beside results only compared', () => {
  it('ノルマはありません with a monthly ranking posted on the board: negated', async () => {
    const r = await run(page('光回線のご案内コール', 'ご自宅のお客様へお電話し、光回線の乗り換えをご案内します。\nノルマはありません。獲得がなかった日も日給は同じです。\nただし、毎月の獲得数ランキングはフロアのボードに貼り出しています。'));
    expect(r.jobType).toBe('outbound');
    expect(r.quota).toBe('negated');
  });
  it('ノルマなし with a ranking and a daily target beside it: stated (the target is asked)', async () => {
    const r = await run(page('ウォーターサーバーのご案内', '過去にご購入のお客様へお電話し、無料お試しをご案内します。\nノルマなし！\n件数の目標は1日3件で、達成状況のランキングを毎日ボードに貼り出しています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('the company profile describing what one of its departments does', () => {
  const withProfile = (title: string, job: string, profile: string) =>
    `${title}\n【仕事内容】\n${job}\n【給与】時給1,250円\n【勤務地】埼玉県さいたま市大宮区\n【勤務時間】10:00〜19:00\n【会社概要】\n${profile}\n【応募方法】応募フォームからご応募ください。`;
  it('コールセンター事業部では、獲得件数目標を設けた発信業務を行っています under a shop job with 販売ノルマなし: negated', async () => {
    const r = await run(withProfile('携帯ショップの受付スタッフ｜販売ノルマなし', 'ショップにご来店のお客様の受付と、料金プランのご案内をします。販売ノルマなし。', '事業内容：携帯電話販売代理店、コールセンターの運営\nコールセンター事業部では、月間10万件の受電と、獲得件数目標を設けた発信業務を行っています。'));
    expect(r.quota).toBe('negated');
  });
  it('グループのお客様センターでは応答率の目標を設け under a warehouse job: absent', async () => {
    const r = await run(withProfile('物流センターの仕分けスタッフ', '通販商品の入荷検品と仕分けを担当します。パソコンや電話の作業はありません。', '事業内容：通販の物流代行、お客様センターの運営代行\nグループのお客様センターでは、応答率の目標を設け、毎日達成状況を確認しています。'));
    expect(r.quota).toBe('absent');
  });
  it('the job\'s own target after the profile (目標について：毎月の件数目標を一人ひとり決めています): stated', async () => {
    const r = await run(withProfile('法人営業', '中小企業を訪問し、複合機の入れ替えをご提案します。', '従業員数：80名\n営業部では、毎月の契約件数の目標を一人ひとり上司と決めています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a staff voice whose years stand between the role and the name', () => {
  const voices = (voice: string) =>
    `お客様相談室スタッフ（パート）\n【仕事内容】\nお客様相談室で、リフォームのご相談のお電話を受けます。1日の入電は20件ほどです。\n【給与】時給1,250円\n【勤務地】大阪府吹田市\n【勤務時間】9:00〜17:00\n社員の声\n${voice}\n【応募方法】応募フォームからご応募ください。`;
  it('営業部 入社5年目 T.Kさん on targets and commission: another role\'s, not the posted desk\'s', async () => {
    const r = await run(voices('営業部 入社5年目 T.Kさん\n「お宅に伺ってお見積もりを出すのが仕事です。月の目標を達成すると歩合がつくので、先月は月収40万円でした。」'));
    expect(r.jobType).toBe('inbound');
    expect(r.quota).toBe('absent');
    expect(r.signals.incentive).toBe(false);
  });
  it('お客様相談室 入社2年目 M.Sさん, a voice of the posted desk: read as the job', async () => {
    const r = await run(voices('お客様相談室 入社2年目 M.Sさん\n「電話が鳴りっぱなしの日もありますが、ノルマはありません。」'));
    expect(r.quota).toBe('negated');
  });
});

describe('training the job gives others, on a page that denies the job its own', () => {
  it('研修なし・即戦力 with 新人オペレーターのOJT among the duties: no onboarding', async () => {
    const r = await run(page('テレアポセンターのSV（研修なし・即戦力）', '・オペレーター15名の進捗管理とシフト作成\n・新人オペレーターのOJT、応対のフィードバック\n即戦力募集のため、研修はありません。', '・コールセンターでのSV経験1年以上'));
    expect(r.signals.manualTraining).toBe(false);
  });
  it('新人オペレーターのOJT with no denial: the page may still onboard the job, left as training', async () => {
    const r = await run(page('受信センターのリーダー', '・オペレーター10名のサポート\n・新人オペレーターのOJT\n入社後2週間の研修で、センターの運営を学びます。'));
    expect(r.signals.manualTraining).toBe(true);
  });
});

describe('targets set for each person in other word orders', () => {
  it('月間の目標は個人ごとに設定します: stated', async () => {
    const r = await run(page('法人営業（ビジネスフォン）', '中小企業様を訪問し、電話機とネット回線の入れ替えをご提案します。\n月間の目標は個人ごとに設定します。新人のうちは先輩と相談しながら決めます。'));
    expect(r.jobType).toBe('sales');
    expect(r.quota).toBe('stated');
  });
  it('目標を個人ごとに課すことはありません: not stated', async () => {
    const r = await run(page('法人営業（ビジネスフォン）', '中小企業様を訪問し、電話機の入れ替えをご提案します。\n目標を個人ごとに課すことはありません。'));
    expect(r.quota).not.toBe('stated');
  });
});

describe('a reward for long service is no results pay', () => {
  it('福利厚生：永年勤続表彰（報奨金あり） under an office job: no incentive, in the signals and in pay', async () => {
    const r = await run(page('受注事務スタッフ', '取引先からのFAXとWeb注文を入力し、出荷の手配をします。\n【福利厚生】\n・永年勤続表彰（勤続3年で記念品と報奨金）\n・社員割引'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('皆勤賞あり、成約ごとに報奨金: the 報奨金 is for results', async () => {
    const r = await run(page('光回線のご案内スタッフ', 'ご自宅のお客様へお電話し、光回線への乗り換えをご案内します。\n【待遇】皆勤賞あり、成約ごとに報奨金を支給します。'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('a department named as the owner of a target in the company profile', () => {
  it('今期は営業部の売上目標を前年比110％と掲げています under an office job with ノルマなし: negated', async () => {
    const r = await run(`営業事務（ノルマなし）\n【仕事内容】\n営業担当が受けた注文の入力と、見積書の作成をお願いします。ノルマはありません。\n【給与】時給1,300円\n【勤務地】大阪府大阪市北区\n【会社概要】\n大阪営業所は営業部のメンバー10名と事務スタッフ3名の職場です。今期は営業部の売上目標を前年比110％と掲げています。\n【応募方法】応募フォームからご応募ください。`);
    expect(r.quota).toBe('negated');
  });
});

describe('targets the job puts into tables', () => {
  it('売上目標に対する達成状況を営業担当ごとに表にします: the clerk tabulates others\' targets, none are set on the clerk', async () => {
    const r = await run(page('営業事務（正社員）', '・受注データの入力と請求書の発行\n・月末に実績の集計表を作成し、会議の資料にまとめる（売上目標に対する達成状況を営業担当ごとに表にします）'));
    expect(r.quota).toBe('absent');
  });
});

describe('a company prize is no results pay', () => {
  it('年間表彰「〇〇アワード」（ベストオペレーター賞・営業MVPなど、報奨金あり） in the benefits of an inbound desk: no incentive', async () => {
    const r = await run(page('カード会員様のお問い合わせ窓口', 'カード会員様からのお電話で、ご利用明細やポイントについてのご質問に答えます。\n【福利厚生】\n社会保険完備／年間表彰「ミドリアワード」（ベストオペレーター賞・営業MVPなど、報奨金あり）／社員割引'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('月間表彰：成約数トップ3に報奨金: the prize counts results, results pay', async () => {
    const r = await run(page('光回線のご案内スタッフ', 'ご自宅のお客様へお電話し、光回線の乗り換えをご案内します。\n【制度】月間表彰：成約数トップ3のスタッフに報奨金（1位3万円）'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('a block of the company\'s figures', () => {
  const withFigures = (heading: string, figures: string, job: string) =>
    `お客様サポートセンタースタッフ\n株式会社ミナトリンク\n${heading}\n${figures}\n【仕事内容】\n${job}\n【給与】時給1,300円\n【勤務地】神奈川県横浜市西区\n【勤務時間】9:00〜18:00\n【応募方法】応募フォームからご応募ください。`;
  it('■ 数字で見るミナトリンク with the sales staff\'s incentive and the appointment rate: not this desk\'s', async () => {
    const r = await run(withFigures('■ 数字で見るミナトリンク', '・年間ご契約件数：約38,000件\n・営業職の平均インセンティブ：月4.2万円\n・テレアポ部門のアポイント獲得率：業界平均の1.3倍', 'ご契約中のお客様からのお電話で、料金や設定のご質問に答えます。ノルマはありません。'));
    expect(r.jobType).toBe('inbound');
    expect(r.signals.incentive).toBe(false);
    expect(r.quota).toBe('negated');
  });
  it('数字で見るセンター: the figures of the job\'s own center stay the job\'s (応答率の目標 90％以上)', async () => {
    const r = await run(withFigures('数字で見るセンター', '1日の受電数（ひとりあたり）　約45件\n応答率の目標　90％以上（クライアントとの契約で定めています）', 'クレジットカード会員様からのお電話に対応します。'));
    expect(r.quota).toBe('stated');
  });
});

describe('staff voices under their heading, and a role held before', () => {
  const voices = (title: string, voice: string) =>
    `${title}\n【仕事内容】\n会員様からのお電話で、ご登録内容の変更やポイントのご質問に答えます。ノルマはありません。\n【給与】時給1,280円\n【勤務地】福岡県福岡市博多区\n【勤務時間】9:00〜18:00\nスタッフの声\n${voice}\n【応募方法】応募フォームからご応募ください。`;
  it('○テレマーケティング部門　Wさん on targets and incentive, under スタッフの声: another role\'s', async () => {
    const r = await run(voices('会員サポートセンターのオペレーター', '○テレマーケティング部門　Wさん\n料金プランの切り替えをお電話でご案内しています。1日の成約目標があって、達成した日はインセンティブがつきます。'));
    expect(r.quota).toBe('negated');
    expect(r.signals.incentive).toBe(false);
  });
  it('【SV　入社4年目　Aさん】 on an SV posting telling of オペレーター時代 incentives: the SV\'s past, not the job\'s pay', async () => {
    const r = await run(voices('会員サポートセンターのSV', '【SV　入社4年目　Aさん】\n「オペレーター時代は、定期便のご案内でインセンティブを稼ぐのが楽しみでした。今はチームの応対品質を見ています。」'));
    expect(r.signals.incentive).toBe(false);
  });
});
