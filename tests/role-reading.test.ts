// The kinds of case that went wrong on postings nobody had tuned for, each pinned by a posting of our own:
// the role rather than the words, calls done in person, implicit quotas, articles and postings in odd shapes.
import { describe, expect, it } from 'vitest';
import { posting, roleFixtureTests, run } from './helpers';
import { detectPosting } from '../lib/analysis/decide/detect-posting';
import { normalize } from '../lib/text/normalize';

describe('the role, not the words', () => {
  it("the applicant's number to call is not phone work", async () => {
    const r = await run('歯科医院の受付スタッフ\n【仕事内容】\n来院された患者様の受付と会計、カルテの準備をお願いします。\n【給与】\n時給1,100円\n【応募方法】\nお電話でのお問い合わせは 03-0000-1234（平日10時〜18時）まで。');
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('work the page gives to someone else is not this job', async () => {
    const calls = await run(posting('水道局 料金窓口の事務スタッフ', '窓口にお越しになったお客様の名義変更や料金のお支払いを承ります。電話でのお問い合わせはコールセンター部門が担当しているため、窓口で電話を受けることはほとんどありません。'));
    expect(calls).toMatchObject({ jobType: 'other', callCenter: false });
    const selling = await run(posting('モデルハウスの受付スタッフ', 'ご来場のお客様をご案内し、アンケートの記入をお願いします。住宅の営業は各メーカーの担当者が行います。'));
    expect(selling.jobType).toBe('other');
  });
  it('complaints handed to staff by the page are not the job\'s, and plain words for them are complaints', async () => {
    const handed = await run(posting('通販の受注スタッフ', 'お客様からのご注文のお電話を受けて入力します。クレーム対応は社員が行いますので、ご安心ください。'));
    expect(handed.signals.complaints).toBe(false);
    const own = await run(posting('料金窓口の電話スタッフ', 'お客様からのお電話を受けて、料金のご質問にお答えします。請求額へのご不満を伺うこともあります。'));
    expect(own.signals.complaints).toBe(true);
  });
  it('dunning by letter and through lawyers is not phone work, even where a call center takes the residents\' calls', async () => {
    const r = await run(posting('マンション管理のフロント担当', '管理組合の理事会を運営し、修繕の手配をします。管理費を滞納している方には督促状をお送りし、長引く場合は弁護士と連携します。居住者からのお問い合わせは、管理員とコールセンターが一次対応します。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('a consultant who designs inbound and outbound centers, and analyses their answer rates, is neither', async () => {
    const r = await run(posting('コンタクトセンターのコンサルタント', 'クライアント企業のインバウンド・アウトバウンド双方のセンター設計をご提案します。応答率や処理時間などのデータ分析も行います。ご自身がオペレーターとして電話を受けることはありません。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false, quota: 'absent' });
  });
  it('orders taken by phone and chat-and-mail support are inbound', async () => {
    expect((await run(posting('通販のお電話受注スタッフ', 'テレビ通販をご覧になったお客様から、ご注文のお電話をいただきます。お名前とご住所を伺って入力します。'))).jobType).toBe('inbound');
    expect((await run(posting('ECサイトのチャット・メールサポート', 'ご利用のお客様から届く、チャットとメールでのお問い合わせに回答します。お電話での対応はありません。'))).jobType).toBe('inbound');
  });
  it('a supervisor whose company sells telemarketing runs a center: other, call-center work', async () => {
    const r = await run(posting('コールセンターのSV（スーパーバイザー）', 'オペレーター30名のチームで、シフト管理と通話モニタリング、応対品質の評価を担当します。', '【会社概要】\n当社はテレアポによる営業代行と法人営業の支援を行っています。\n【給与】\n月給25万円'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: true });
  });
  it('a consultant who designs call centers for clients is neither an operator nor a salesperson', async () => {
    const r = await run(posting('コンタクトセンター構築のコンサルタント', 'クライアント企業のコンタクトセンターについて、業務フローやシステムの設計、KPIの設定を支援するコンサルタントです。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a sales-planning post is not sales', async () => {
    const r = await run(posting('営業企画スタッフ', '営業企画として販売データを分析し、キャンペーンの企画と資料作成を行います。営業担当が使う提案資料も作ります。'));
    expect(r.jobType).toBe('other');
  });
  it('data entry with the odd call is office work', async () => {
    const r = await run(posting('データ入力スタッフ', '申込書の内容をシステムに入力します。不備があった場合はお電話で確認することもあります。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('a phone reservations desk is inbound', async () => {
    const r = await run(posting('旅館の予約スタッフ', 'お電話でのご予約を承り、空室の確認とプランのご案内をします。'));
    expect(r).toMatchObject({ jobType: 'inbound', callCenter: true });
  });
  it('a hotel front desk or medical office that also takes reservation calls is not phone work', async () => {
    const front = await run(posting('ホテルのフロントスタッフ（契約社員）', 'チェックイン・チェックアウト、ご予約のお電話の受付、館内のご案内をお任せします。'));
    expect(front.jobType).toBe('other');
    const clinic = await run(posting('医療事務スタッフ（パート）', '受付、会計、レセプト業務のほか、診療予約のお電話にも対応します。'));
    expect(clinic.jobType).toBe('other');
  });
  it('a reception counter for visitors (来院された, ご来店のお客様) that also takes booking calls is not phone work', async () => {
    const clinic = await run(posting('動物病院の受付・会計スタッフ', '来院された飼い主さまの受付と会計、お電話でのご予約の受付をお願いします。'));
    expect(clinic).toMatchObject({ jobType: 'other', callCenter: false });
    const dealer = await run(posting('整備工場のサービスフロント', 'ご来店のお客様からお車をお預かりし、整備の内容をご説明してお会計をします。点検のご予約のお電話を受けることもあります。'));
    expect(dealer).toMatchObject({ jobType: 'other', callCenter: false });
    // A desk that only answers calls stays inbound, whatever its title.
    const desk = await run(posting('受付スタッフ', 'お客様からのお電話を受け、ご注文を承ります。'));
    expect(desk).toMatchObject({ jobType: 'inbound', callCenter: true });
  });
  it('survey calls to numbers drawn at random are outbound', async () => {
    const r = await run(posting('世論調査の電話スタッフ', '無作為に選ばれた電話番号へおかけし、決められた質問を読み上げて回答を入力します。販売や勧誘はありません。'));
    expect(r.jobType).toBe('outbound');
  });
  it('real-estate brokerage is sales', async () => {
    const r = await run(posting('賃貸仲介スタッフ', '来店されたお客様に物件のご提案をし、内見のご案内から契約までを担当します。'));
    expect(r.jobType).toBe('sales');
  });
  it('door-to-door visits for contracts are sales', async () => {
    const r = await run(posting('地域スタッフ', '担当エリアのお宅を一軒一軒訪問し、新しいプランへの契約の手続きをご案内します。'));
    expect(r.jobType).toBe('sales');
  });
  it('chasing rent arrears in person is not outbound phone work', async () => {
    const r = await run(posting('賃貸管理スタッフ', '管理物件の入居者対応を行います。家賃の滞納がある入居者様のお宅を訪問して督促します。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
    expect(r.stress).toBeLessThan(5);
  });
  it('collection calls are outbound and at the top of the stress scale', async () => {
    const r = await run(posting('督促スタッフ', 'お支払いが遅れているお客様へ、お電話で督促を行います。'));
    expect(r).toMatchObject({ jobType: 'outbound', callCenter: true, stress: 5 });
  });
  it('a machine operator is not a phone operator, even where the page says オペレーター alone', async () => {
    const r = await run(posting('フォークリフトオペレーター', '倉庫内で荷物の積み下ろしを担当します。オペレーター2名で作業します。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('a street promotion that approaches passers-by is sales-like', async () => {
    const r = await run(posting('販促スタッフ', '駅前の街頭でチラシを配り、興味を持ったお客様に新しいサービスのご説明をします。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('implicit quotas', () => {
  const cases: [string, string][] = [
    ['a minimum number of calls per hour', '1時間に15コール以上の発信をお願いしています。'],
    ['a contract ended for results', 'アポイントの獲得が2か月ない場合は契約終了となります。'],
    ['contracted service levels', 'クライアントとの契約で、応答率と一次解決率のサービスレベルが決まっています。'],
    ['a contract reviewed when results stay below a bar', '一定の基準を下回る月が続くと、契約を見直すことがあります。'],
    ['a minimum count said with 最低', '1時間に最低10件はお電話をおかけいただきます。'],
    ['a contract whose continuation is at risk for results', 'アポイントの取得が少ない状態が続く場合は、契約の継続が難しくなることがあります。'],
  ];
  for (const [name, sentence] of cases) {
    it(`${name} is a stated quota with its own reason`, async () => {
      const r = await run(posting('テレフォンスタッフ', `お客様にお電話でご案内します。${sentence}`));
      expect(r.quota).toBe('stated');
      expect(r.reasons.map((x) => x.id)).toContain('quota.implicit');
    });
  }
  it('a monthly appointment or contract goal is a stated quota', async () => {
    for (const sentence of ['月間のアポ目標は12件です。', '毎月、新規契約の目標があります。', '月に3件のご成約が目標です。', '架電は1時間25コールが目安です。']) {
      const r = await run(posting('テレフォンスタッフ', `法人のお客様にお電話します。${sentence}`));
      expect(r.quota, sentence).toBe('stated');
    }
  });
  it('a guideline count of visits, stores or handled contacts (目安) is a stated quota with its own reason; a guideline of days or pay is not', async () => {
    const cases: [string, string, string][] = [
      ['訪問販売スタッフ', '担当地区のご家庭を回り、浄水器をご案内します。', '1日の目安は40軒の訪問です。'],
      ['加盟店開拓スタッフ（業務委託）', '飲食店を訪ね、キャッシュレス決済の導入をご提案します。', '月8店舗以上の導入を目安にしてください。'],
      ['チャットサポート', 'ネット銀行のお客様からのチャットでのお問い合わせに答えます。', '1時間あたりの対応件数（目安：10件）をチームで確認しています。'],
    ];
    for (const [title, job, sentence] of cases) {
      const r = await run(posting(title, `${job}${sentence}`));
      expect(r.quota, sentence).toBe('stated');
      expect(r.reasons.map((x) => x.id), sentence).toContain('quota.implicit');
    }
    for (const sentence of ['勤務は週3日・1日5時間が目安です。', '交通費は1日1,000円を目安に支給します。', '研修はおよそ2週間が目安です。']) {
      const r = await run(posting('訪問販売スタッフ', `担当地区のご家庭を回り、浄水器をご案内します。${sentence}`));
      expect(r.quota, sentence).toBe('absent');
    }
  });
  it('a guideline next to an explicit ノルマなし is the page saying it is no quota: negated', async () => {
    const r = await run(posting('訪問販売スタッフ', '担当地区のご家庭を回り、浄水器をご案内します。ノルマはありません。1日の目安は40軒の訪問です。'));
    expect(r.quota).toBe('negated');
  });
  it('a goal named by what is counted (成約目標, 台数の目標) is a stated quota', async () => {
    const a = await run(posting('電話営業スタッフ', '個人のお客様にお電話で光回線をご案内します。1日の成約目標はお一人2件です。'));
    expect(a.quota).toBe('stated');
    const b = await run(posting('カーディーラーの営業', 'ショールームにご来店のお客様に新車をご提案します。個人ごとに月間の販売台数の目標があります。'));
    expect(b.quota).toBe('stated');
  });
  it('a personal monthly goal is a stated quota', async () => {
    const r = await run(posting('法人営業スタッフ', '中小企業を訪問し、複合機をご提案します。お一人ずつ月間目標15件を設定しています。'));
    expect(r.quota).toBe('stated');
  });
  it('a count set aside (獲得件数にかかわらず) is neither a quota nor its denial', async () => {
    const r = await run(posting('アポインター（業務委託）', '企業へお電話し、商談の日程を伺います。1日5時間以上稼働した日は、獲得件数にかかわらず6,000円を保証します。'));
    expect(r.quota).toBe('absent');
    expect(r.flags.filter((f) => f.category === 'quota')).toEqual([]);
  });
  it('a count set aside with words between (獲得件数の多少にかかわらず) is neither a quota nor its denial, nor are the words inside it', async () => {
    for (const sentence of ['獲得件数の多少にかかわらず時給1,400円です。', '成果の有無にかかわらず時給1,400円を保証します。']) {
      const r = await run(posting('アポインター', `企業へお電話し、商談の日程を伺います。${sentence}`), 'high');
      expect(r.quota, sentence).toBe('absent');
    }
  });
  it('the work named right before を問わず is work the job takes either way (受信・発信を問わず対応)', async () => {
    const r = await run(posting('コールセンタースタッフ', '通販のお客様窓口です。受信・発信を問わずご対応いただきます。'));
    expect(r.jobType).toBe('mixed');
  });
  it('the work named before を問わず with the applicant after (受信・発信を問わず経験者優遇) is not work the job takes', async () => {
    const r = await run(posting('通販の受付スタッフ', '通販のご注文をお電話で受け付けます（受信のみ）。受信・発信を問わず経験者優遇。'));
    expect(r.jobType).toBe('inbound');
    expect(r.flags.map((f) => f.id)).not.toContain('mixed.juhasshin');
  });
  it('a typical daily volume is not a quota', async () => {
    const r = await run(posting('受付スタッフ', 'お客様からのお電話を受けます。1日平均40件ほどです。'));
    expect(r.quota).toBe('absent');
  });
});

describe('answers in a recruiting FAQ', () => {
  it('a question about quotas answered "no" states that there is none', async () => {
    const r = await run(posting('フォローコールスタッフ', 'ご購入いただいたお客様にお電話で使い心地を伺います。\nQ. ノルマはありますか？\nA. ありません。件数の目標もありません。'));
    expect(r.quota).toBe('negated');
  });
  it('a question answered with targets states them', async () => {
    const r = await run(posting('フォローコールスタッフ', 'ご購入いただいたお客様にお電話で使い心地を伺います。\nQ. ノルマはありますか？\nA. チームで月の目標件数を決めています。'));
    expect(r.quota).toBe('stated');
  });
  it('a question answered "yes" states what it names', async () => {
    const r = await run(posting('配送スタッフ', 'ご注文の品をお届けします。\nQ. 未経験でも大丈夫ですか？\nA. はい。スタッフの多くが未経験から始めています。'));
    expect(r.signals.beginnerOk).toBe(true);
    const plain = await run(posting('受付スタッフ', 'お客様のご案内をします。窓口の経験がなくても応募できます。'));
    expect(plain.signals.beginnerOk).toBe(true);
  });
  it('a question left unanswered says nothing', async () => {
    const r = await run(posting('フォローコールスタッフ', 'ご購入いただいたお客様にお電話で使い心地を伺います。\nノルマはありますか？\n詳しくは面接でお話しします。'));
    expect(r.quota).toBe('absent');
  });
});

describe('posting or article', () => {
  it('an explainer with a byline is not a posting', async () => {
    const r = await run('テレアポの仕事とは？きつい？向いている人を解説\n2026年5月1日　文：編集部\nテレアポとは、電話で商談の約束を取る仕事です。この記事では、仕事内容や時給の相場、向いている人を紹介します。\nまとめ\n自分に合うか考えてみましょう。');
    expect(r.posting).toBe(false);
    expect(r.questions).toEqual([]);
  });
  it("a company's review page and a supervised explainer are not postings", async () => {
    const review = await run('株式会社ソラ通信の評判・口コミ\nコールセンター（受信）／在籍3年／女性\n研修は2週間で、マニュアルも整っていました。時給は1,300円でした。\n残業はほとんどなく、シフトの融通もききます。\n総合評価 3.8');
    expect(review.posting).toBe(false);
    const guide = await run('受信と発信の違い\n監修：キャリアアドバイザー 田村\n受信はかかってくる電話に応える仕事、発信はこちらから電話をかける仕事です。時給は発信のほうが高い傾向があります。\n未経験から始めるなら受信がおすすめです。');
    expect(guide.posting).toBe(false);
  });
  it('a memoir narrated in the past tense is not a posting', async () => {
    const r = await run('訪問販売をしていた頃の話\n僕は20代の頃、浄水器の訪問販売をしていた。毎日100軒のインターホンを押した。契約が取れない日が続き、歩合の給料は少なかった。それでも先輩に教わりながら続けた。3年目に会社を辞めた。');
    expect(r.posting).toBe(false);
  });
  it('a news report is not a posting', async () => {
    const r = await run('通販大手、秋田にコールセンター新設\n【秋田】通販大手の北斗ネットは3日、秋田市にコールセンターを新設すると発表した。約80人を採用する計画で、受信業務を中心に運営するという。同社によると、開設は来年春の予定。（秋田支局　記者名）');
    expect(r.posting).toBe(false);
  });
  it('a feature story that ends in a 募集要項 is a posting', async () => {
    const r = await run('町の相談窓口で働きませんか\n町役場の相談窓口には、毎日たくさんの電話が届きます。担当の職員は「手順書があるので安心です」と話します。\n【募集要項】\n職種：電話相談員\n業務内容：町民からの電話での問い合わせへの回答\n勤務時間：8時30分〜17時15分\n報酬：月額17万円\n応募方法：履歴書を郵送してください');
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it("a long posting whose FAQ and staff interview come far down is still a posting", async () => {
    const duties = 'お客様からのお電話を受け、スマートフォンの料金プランや手続きのご質問にお答えします。\n'.repeat(40);
    const r = await run(`携帯電話サポートセンターのオペレーター\n【仕事内容】\n${duties}\n【給与】\n時給1,400円\n【勤務地】\n福岡市\n【勤務時間】\n9時〜18時\n【先輩インタビュー】\n「研修があるので安心でした」と話すのは入社2年目の先輩です。\nQ. 受信業務とは？\nA. かかってきたお電話に応える仕事です。`);
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it("a recruit site's department page with a working day and no fields is a posting", async () => {
    const r = await run('ORDER DESK\n受注センター\nお客様のご注文を、まちがいなくお届けへ\nカタログ通販のお客様から届くお電話とメールで、ご注文や配送日の変更を承ります。\n商品ごとにご案内の手順がまとまっているので、一つずつ覚えていけます。\n1日の流れ\n9:00\n朝礼\n9:15\nお電話の受付\n12:00\n昼休み\n13:00\nメールでのお問い合わせ対応\n17:30\n日報を書いて終業');
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('a feature-style page that says, politely, whom it is looking for is a posting', async () => {
    const r = await run('港町の小さな旅行会社\n坂の上の古い倉庫を改装した事務所で、5人のスタッフが旅を組み立てている。代表の森さんは「遠回りの旅にこそ発見がある」という。\n予約の電話は一日に数十本。問い合わせに答えながら、その人に合う宿や船の時間を一緒に考える。\n今回は、お電話で旅のご相談を受ける予約スタッフを募集します。旅行業の経験はなくても構いません。');
    expect(r.posting).toBe(true);
  });
  it("a recruit site's top page that only links to its positions is not a posting", async () => {
    const page = '採用情報｜株式会社みなと精機\n工作機械の部品を、岐阜から世界へ。\n・生産技術（中途）　＞ 募集要項を見る\n・品質保証（中途）　＞ 募集要項を見る\n・営業事務（パート）　＞ 募集要項を見る\n私たちの仕事や働く人の声は、各ページでご紹介しています。';
    expect((await run(page)).posting).toBe(false);
  });
  it('a guide that shows posting fields as examples is not a posting', async () => {
    const page = 'アルバイト求人の見方、ここだけ押さえよう\n求人には決まった書き方があります。たとえば次のような一行です。\n例：給与｜時給1,150円〜（研修中1,100円）\n例：勤務時間｜10:00〜19:00の間で実働4時間\n◆給与\n幅があるときは、下の金額から始まると考えておきましょう。\n◆勤務時間\nシフトの決め方は面接で確かめておくと安心です。';
    expect((await run(page)).posting).toBe(false);
  });
  it('an explainer that shows a working day is still an article', async () => {
    const r = await run('コールセンターの1日の流れとは？\n2026年4月2日　文：編集部\nこの記事では、コールセンターで働くオペレーターの1日を紹介します。\n9:00\n出社・朝礼\n12:00\n休憩\n18:00\n退社\n一般的に、シフト制のセンターが多いと言われています。まとめ\n自分に合う働き方を考えてみましょう。');
    expect(r.posting).toBe(false);
  });
  it("a career board's job page in its own headings (こんなことやります, 求める人物像) is a posting", async () => {
    const page = '株式会社ミナトレンタル\nなにをやっているのか\n家電を月額で借りられるサービスを運営しています。\nなぜやるのか\n「買わずに試せる」暮らしを当たり前にしたいと考えています。\nこんなことやります\nお客様からのお問い合わせに、電話・チャット・メールでお答えいただきます。\n・返却方法や故障時のご案内\n・よくある質問ページの更新\n求める人物像\n・人の困りごとを一緒に解決するのが好きな方\n・未経験の方も歓迎します';
    expect((await run(page)).posting).toBe(true);
    // Read from its fields, not only from the threshold's side of a coin toss.
    expect(detectPosting(normalize(page).text, true).probability ?? 0).toBeGreaterThan(0.8);
  });
  it("a small office's chatty notice that it is hiring one person is a posting", async () => {
    const page = 'スタッフ募集のお知らせ（みどり不動産）\nこんにちは、駅前の小さな不動産屋「みどり不動産」です。\nこのたび、お電話と来店の受付をしてくれるスタッフを1名募集することになりました。\n物件のお問い合わせのお電話を受けて、内見のご予約を承るお仕事です。ご案内そのものは営業の者が行います。\n時給：1,150円\n時間：10時〜17時、週3日から\n交通費：実費支給\nご興味のある方は、お気軽に店頭でお声がけください。';
    expect((await run(page)).posting).toBe(true);
    expect(detectPosting(normalize(page).text, true).probability ?? 0).toBeGreaterThan(0.8);
  });
  it('a news report that a company is looking for staff, in the plain style, is not a posting', async () => {
    const page = '物流各社、冬の繁忙期に向け人手確保を急ぐ\n大手物流会社の東邦運輸は、年末の繁忙期に向けて倉庫作業員を探している。同社によると、今年は例年より二割多い人数が必要になるという。\n業界団体の調査では、人手不足を感じている事業者は七割に上った。';
    expect((await run(page)).posting).toBe(false);
  });
  it('the opening of a feature story that says whom it is looking for (〜人を探しています) is a posting', async () => {
    const page = '山あいの町で、味噌を仕込みつづける\n谷あいの集落に、創業八十年の小さな味噌蔵がある。冬になると、蔵の中は大豆を蒸す湯気でいっぱいになる。\n三代目の川村さんは、都内の会社を辞めて家業を継いだ。「最初の年は、桶の数さえ覚えられなかった」と笑う。\n蔵では今、通信販売の注文が少しずつ増えている。\nそこで、蔵の仕込みを手伝いながら、注文の受付や発送を担ってくれる人を探しています。';
    expect((await run(page)).posting).toBe(true);
  });
  it("a company site's menu and breadcrumbs (ニュース, 事業紹介) above a posting do not make it an article", async () => {
    const page = 'トップ ｜ 私たちについて ｜ サービス ｜ ニュース ｜ 事業紹介 ｜ 採用情報 ｜ お問い合わせ\nトップ > 採用情報 > 募集中の職種 > 電話受付スタッフ\n\n有限会社あおば設備\n電話受付スタッフ（パート）\n\n水まわりの修理を受け付ける電話窓口で、お客様から症状をうかがい、職人の予定を押さえていただきます。\n【仕事内容】\n修理のご依頼のお電話を受け、日時を調整します。\n【給与】\n時給1,150円';
    const r = await run(page);
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it("a startup's bilingual job page with English headings (Position, Location, Salary) is a posting", async () => {
    const page = 'Customer Support Specialist ｜ Nordlane K.K.\nCareers ＞ Customer Experience ＞ Support\n\nNordlane runs a subscription service for outdoor gear. アウトドア用品のサブスクを運営しています。\n\n■ Position\nCustomer Support Specialist\n■ Location\nOsaka（週2リモート可）\n■ Responsibilities\nご利用中のお客様からのお問い合わせに、電話とチャットでお答えいただきます。\n■ Salary\n年収380万円〜450万円';
    expect((await run(page)).posting).toBe(true);
  });
  it("a seminar's call for participants (参加者募集, 参加費) is not a posting", async () => {
    const page = '【参加者募集】電話応対のストレスとうまく付き合う ── 窓口担当者向け講座\n地域の事業者の皆さまを対象に、電話応対で心が疲れないための考え方を学ぶ講座を開きます。\n■日時　3月4日（水）13:30〜16:00\n■会場　市民会館 第2会議室\n■参加費　1,000円\n■定員　40名（先着順）\n■申込み　商工会議所の窓口またはお電話で';
    expect((await run(page)).posting).toBe(false);
  });
  it('an interview whose questions follow a rule (── …？) is not a posting', async () => {
    const page = '夜勤明けの電話番から、センター長へ。ある保険会社の窓口で働く岡田さん\n深夜の事故受付から始まった岡田さんのキャリアは、今年で十二年目になる。\n── 最初の配属はどこでしたか？\n岡田：夜間の事故受付です。事故に遭われた方は動揺されているので、まず落ち着いていただくことから覚えました。\n── 続けてこられた理由は？\n岡田：同じ夜勤の仲間がいたからですね。';
    expect((await run(page)).posting).toBe(false);
  });
  it("a posting's お客様のお話を伺い and お見積もりの訪問 describe the work, not a vendor or an interview", async () => {
    const page = '引越しの受付スタッフ（パート）\nお客様のお話を伺い、お見積もりの訪問日を決めていただきます。\nお見積もりの訪問そのものは営業の社員が行います。\n時給1,200円／交通費支給／週3日〜\n未経験の方も歓迎します。';
    const r = await run(page);
    expect(r.posting).toBe(true);
    expect(detectPosting(normalize(page).text, true).probability ?? 0).toBeGreaterThan(0.8);
  });
  it("a board's search results and a 採用情報 top that only links to its positions are not postings", async () => {
    const results = 'しごとナビ｜ログイン｜会員登録\nトップ ＞ 大阪府 ＞ 「テレアポ」の求人\n「テレアポ 大阪市」の求人 312件中 1〜20件を表示\n並び替え：新着順｜給与順\n1. 法人向けテレアポスタッフ\n株式会社サンプル　大阪市北区\n時給1,400円〜｜未経験OK\n2. 保険のご案内コール\n株式会社れい　大阪市中央区\n時給1,300円｜週3日〜';
    expect((await run(results)).posting).toBe(false);
    const top = '採用情報｜みなと通信サービス\nわたしたちは電話とチャットのサポートセンターを運営しています。\n募集中の職種\n▶ カスタマーサポート（受信）\n▶ テレマーケティング（発信）\n▶ センター運営スーパーバイザー\n▶ 採用・研修担当\n各職種の給与や勤務地は、それぞれのページでご確認ください。';
    expect((await run(top)).posting).toBe(false);
    // One position's page under the same menu, with its fields, is a posting.
    const one = '採用情報 ＞ カスタマーサポート（受信）\n【仕事内容】\nお客様からのお電話を受け、ご契約内容をご案内します。\n【給与】\n時給1,350円\n【勤務地】\n札幌市中央区\n【応募方法】\n応募フォームからご応募ください。';
    expect((await run(one)).posting).toBe(true);
  });
  it('search results whose cards set the pay unit on a line and the figure on the next (時給 ⏎ 1,250円〜) are no posting', async () => {
    const results = ['はたらくナビ｜ログイン｜会員登録', 'トップ ＞ 福岡県 ＞ 「コールセンター」の求人', '「コールセンター 福岡市」の検索結果 128件',
      '通販の受注スタッフ', '株式会社あおば通販　福岡市博多区', '時給', '1,250円〜', '未経験OK・週3日〜',
      'カード会社のお問い合わせ窓口', '株式会社みらいコール　福岡市中央区', '時給', '1,400円〜1,600円', '土日休み',
      '保険のご案内（発信）', '株式会社はやてサポート　福岡市早良区', '月給', '23万円〜', '正社員・賞与あり', '次へ'].join('\n');
    expect((await run(results)).posting).toBe(false);
  });
  it("a posting's 会社見学もできます offers the applicant a visit; a 会社見学会 notice is an event", async () => {
    const post = 'お客様窓口の電話スタッフを1名募集します\n水道設備の会社の総務担当です。かかってくる電話に出るお仕事です。\n・平日9:00〜17:00\n・時給1,150円、交通費支給\n気になる方はお電話ください。会社見学もできます。';
    expect((await run(post)).posting).toBe(true);
    const event = '【会社見学会のお知らせ】\n学生の皆さまを対象に、本社センターの会社見学会を開催します。\n日時：12月5日 14:00〜16:00\n参加費：無料\n申込み：採用サイトのフォームから';
    expect((await run(event)).posting).toBe(false);
  });
  it('a recruiting FAQ about one concrete job is a posting', async () => {
    const r = await run('採用FAQ｜電話サポートスタッフ\nQ. どんな仕事ですか？\nA. お客様からのお電話を受けて、サービスの使い方をご案内します。\nQ. 給与は？\nA. 時給1,350円、交通費全額支給です。\nQ. 勤務時間は？\nA. 10時〜19時のシフト制です。\nQ. 応募方法は？\nA. 応募フォームからエントリーしてください。');
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('phone work and quotas in plain words', () => {
  it('answering customers\' calls said without 受信 is inbound', async () => {
    const r = await run(posting('修理受付スタッフ', '「電源が入らない」などのお客様からのお電話に対応し、訪問日を決めます。'));
    expect(r).toMatchObject({ jobType: 'inbound', callCenter: true });
  });
  it('calls about a missed payment date are collections calls', async () => {
    const r = await run(posting('お支払いご案内スタッフ', 'お支払い期日を過ぎたお客様に当社からお電話をおかけし、入金のご予定を伺います。'));
    expect(r).toMatchObject({ jobType: 'outbound', callCenter: true });
    expect(r.signals.collections).toBe(true);
  });
  it('a negation after 〜ても belongs to its own clause', async () => {
    const r = await run(posting('市税の納付案内スタッフ', '納期限を過ぎても納付が確認できない方へ、お電話で納付のご案内をします。'));
    expect(r).toMatchObject({ jobType: 'outbound', callCenter: true });
    expect(r.signals.collections).toBe(true);
  });
  it('a guideline of so many calls a day is a quota; so many slips a day is not', async () => {
    expect((await run(posting('発信スタッフ', 'お客様へご案内のお電話をかけます。1日40件を目安にお電話してください。'))).quota).toBe('stated');
    expect((await run(posting('入力スタッフ', '伝票の内容をシステムに入力します。1日100件を目安に入力してください。'))).quota).toBe('absent');
  });
  it('a goal of so many contracts, or work judged by counts, is a quota; a goal of learning is not', async () => {
    expect((await run(posting('法人営業', '企業へお電話し、商談のお約束をいただきます。月間10件の契約を目標に活動します。'))).quota).toBe('stated');
    expect((await run(posting('テレアポスタッフ', 'リストの企業へお電話をかけます。件数で評価されるお仕事です。'))).quota).toBe('stated');
    expect((await run(posting('受付スタッフ', 'お客様からのお電話を受けます。3ヶ月での独り立ちを目標に研修を行います。'))).quota).toBe('absent');
  });
  it('a team lead over operators is not eased by training', async () => {
    const r = await run(posting('SV候補', 'オペレーター15名のチームを率い、シフト作成と二次対応を担当します。入社後1か月はSV研修があります。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: true });
    expect(r.reasons.find((x) => x.id === 'training')?.effect).toEqual({ difficulty: 0, stress: 0 });
  });
  it('a 【研修】 heading over its section states training; 〈ノルマ〉 answered ありません states none', async () => {
    const r = await run(posting('受付スタッフ', 'お客様からのお電話を受けて、ご予約を承ります。', '【研修】\n入社後2週間、商品と予約システムを学びます。\n〈ノルマ〉\nノルマはありません\n【給与】\n時給1,300円'));
    expect(r.signals.manualTraining).toBe(true);
    expect(r.quota).toBe('negated');
  });
});

describe('negation stays in its clause', () => {
  it('受電がメインで、発信はありません: the 〜で、 clause is not negated by the next one', async () => {
    const r = await run(posting('受付スタッフ', '受電中心で、こちらから電話をかけることはありません。'));
    expect(r).toMatchObject({ jobType: 'inbound', callCenter: true });
    expect(r.flags.find((f) => f.id === 'inbound.juden')?.polarity).toBe('present');
  });
  it('こともあります lightens only its own clause: 基本は受信ですが、折り返しのお電話をかけることもあります is inbound', async () => {
    const r = await run(posting('サポートスタッフ', '基本は受信ですが、折り返しのお電話をかけることもあります。'));
    expect(r.jobType).toBe('inbound');
    expect(r.flags.find((f) => f.id === 'outbound.calling')?.weight).toBeLessThan(r.flags.find((f) => f.id === 'inbound.jushin')!.weight);
  });
  it('受電も一部あります: some calls taken besides the main work count for less, like 〜こともあります', async () => {
    const r = await run(posting('テレアポスタッフ', '給湯器の点検について、リストのお客様へお電話でご案内します。受電（点検日の変更のご連絡など）も一部あります。'));
    expect(r.jobType).toBe('outbound');
    const juden = r.flags.find((f) => f.id === 'inbound.juden')!;
    expect(juden.weight).toBeLessThan(r.flags.find((f) => f.id === 'outbound.calling')!.weight);
    // Said of the main work (受信業務が一部です is not a side), nothing changes.
    const main = await run(posting('受付スタッフ', 'お客様からのお電話を受けます。受電（ご注文の受付）が中心です。'));
    expect(main.flags.find((f) => f.id === 'inbound.juden')!.weight).toBeGreaterThan(juden.weight);
  });
  it('〜ことは、ほとんどありません: a comma after the topic does not end the clause, the denial reaches the calls', async () => {
    const r = await run(posting('予約センターのスタッフ', '患者さまからのご予約のお電話を受けます。こちらから電話をかけることは、ほとんどありません。'));
    expect(r.jobType).toBe('inbound');
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present')).toEqual([]);
  });
  it("a staffing agency's list of other 案件 below the posting is not this job", async () => {
    const page = posting('予約確認のお電話（発信のみ）', 'ご予約の患者さまへ、前日に確認のお電話をかけます。') + '\n同じ職種の案件\n・【受発信】通販の注文受付と確認コール 時給1,300円\n・【受信】カード会社のお問い合わせ窓口 時給1,400円\n・【受信】保険の住所変更受付 時給1,250円';
    const r = await run(page);
    expect(r.jobType).toBe('outbound');
    expect(r.flags.filter((f) => f.section !== 'company' && f.category === 'mixed')).toEqual([]);
  });
  it('ノルマなしで、… still says there is no quota', async () => {
    expect((await run(posting('受付スタッフ', 'お客様からのお電話を受けます。ノルマなしで、のびのび働けます。'))).quota).toBe('negated');
  });
});

describe('what the page says about other jobs', () => {
  it('a list of related postings says nothing of this job, and its pay is not this job\'s', async () => {
    const r = await run(posting('一般事務（受注担当）', '取引先からの注文をシステムに入力し、出荷伝票を作ります。', '【給与】\n時給1,150円\n【勤務地】\n川口市\n\nこの求人を見た人はこんな求人も見ています\nテレアポスタッフ　時給1,500円＋アポ獲得1件1,000円\n受信オペレーター（家電サポート）　時給1,400円'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1150, max: 1150 });
  });
  it('インバウンド in a warehouse is incoming goods', async () => {
    const r = await run(posting('物流センタースタッフ', '倉庫でインバウンドの入荷検品と棚入れを担当します。'));
    expect(r.callCenter).toBe(false);
  });
  it('an appointment target stated as 〜の目標は週に5件 is a quota', async () => {
    const r = await run(posting('テレアポスタッフ', '企業へお電話し、訪問のアポイントを獲得します。アポイントの目標は週に5件です。'));
    expect(r.quota).toBe('stated');
  });
});

describe('posting or article: the structure of the text', () => {
  it('a news piece that cites a 求人情報会社 and quotes pay has no 募集要項 heading and is not a posting', async () => {
    const r = await run('地方のコールセンター、時給上げても人が集まらず\n2026年6月2日　北陸経済ニュース\n求人情報会社の調べでは、県内のオペレーターの平均時給は1,250円となり、2年前より1割上がった。それでも応募は少ないという。ある運営会社の担当者は「ほかの仕事との取り合いだ」と話す。');
    expect(r.posting).toBe(false);
  });
  it('a glossary that explains call-center words is not a posting', async () => {
    const r = await run('はじめての人のためのコールセンター用語集\n◆SV\nオペレーターをまとめる管理者のことです。\n◆エスカレーション\n自分で答えられない問い合わせを上の担当者に引き継ぐことを指します。\n◆AHT\n1件の通話にかかる平均の時間のことです。一般的に短いほど効率がよいと言われます。');
    expect(r.posting).toBe(false);
  });
  it('a staff interview page named as one is not a posting', async () => {
    const r = await run('社員インタビュー｜センター運営部 山本さん\n現在の仕事は？\nセンターの運営管理をしています。\n前職は？\n保険会社の事務でした。\n入社のきっかけは？\n人と話す仕事がしたかったからです。');
    expect(r.posting).toBe(false);
  });
  it('the opening of a posting that stops before its conditions is still a posting', async () => {
    const r = await run('お客様サポートスタッフ【未経験歓迎】\n家電メーカーのサポート窓口で、お客様からのお電話に対応していただきます。\n使い方のご質問や修理のお申し込みを受け付け、必要に応じて専門の部署へおつなぎするお仕事です。\n入社後は2週間の研修があり、');
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('a 募集要項 with three labelled fields makes the page a posting whatever story precedes it', async () => {
    const { hasRequirementsBlock } = await import('../lib/analysis/decide/posting');
    expect(hasRequirementsBlock('ある村の一日\n私は朝から畑に出た。\n■募集要項\n職種：観光案内スタッフ\n勤務時間：9時〜17時\n報酬：月額18万円')).toBe(true);
    expect(hasRequirementsBlock('求人情報会社の調べによると、時給は上がった。\n給与：上昇傾向')).toBe(false);
  });
  it('a call for franchisees or an event notice recruits but offers no job', async () => {
    expect((await run('加盟店募集のご案内\n地域で学習塾を開きたいオーナー様を募集しています。\n■加盟金\n100万円\n■ロイヤリティ\n月5万円\n■お問い合わせ\n説明資料をお送りします。')).posting).toBe(false);
    expect((await run('オンライン会社説明会を開催します\n当社の仕事を知っていただくため、説明会を開催します。\n日時：6月10日 14時〜15時\n参加方法：申込フォームから')).posting).toBe(false);
  });
  it('a first line that names a job, not a topic', async () => {
    const { titleLooksLikeJob } = await import('../lib/analysis/decide/posting');
    expect(titleLooksLikeJob('コールセンタースタッフ【未経験OK】／時給1,400円\n…')).toBe(true);
    expect(titleLooksLikeJob('コールセンターのバイトはきつい？向いている人とは\n…')).toBe(false);
    expect(titleLooksLikeJob('社員インタビュー｜営業部 田中さん\n…')).toBe(false);
  });
});

describe('compound field labels', () => {
  it('給与・報酬, 勤務地・交通, 経験・資格 and 休日・休暇など head their sections', async () => {
    const { findSections } = await import('../lib/text/sections');
    const kinds = findSections('受付スタッフ\n給与・報酬\n時給1,300円\n勤務地・交通\n新宿駅\n経験・資格\n未経験OK\n休日・休暇など\n土日休み').map((s) => s.kind);
    expect(kinds.filter((k) => k !== 'other')).toEqual(['title', 'pay', 'conditions', 'requirements', 'conditions']);
  });
});

describe('headings in double angle brackets', () => {
  it('≪仕事内容≫ and 《給与》 head their sections', async () => {
    const { findSections } = await import('../lib/text/sections');
    expect(findSections('チケットスタッフ\n≪お仕事内容≫\n窓口でのチケット販売\n≪給与≫\n時給1,250円').map((s) => s.kind)).toContain('job');
    expect(findSections('チケットスタッフ\n《仕事内容》\n窓口でのチケット販売\n《給与》\n時給1,250円').map((s) => s.kind)).toContain('pay');
    expect(findSections('チケットスタッフ\n《バイトル》時給1,250円').map((s) => s.kind)).not.toContain('job');
  });
});

describe('the title under a company line', () => {
  it('a first line that names only the company leaves the job title on the next line', async () => {
    const { findSections } = await import('../lib/text/sections');
    const text = '株式会社ミドリ通販\nカスタマーサポート（受信）\n仕事内容\nお電話を受けます';
    const title = findSections(text)[0]!;
    expect(text.slice(title.start, title.end)).toBe('株式会社ミドリ通販\nカスタマーサポート（受信）');
    const plain = 'カスタマーサポート（受信）\n株式会社ミドリ通販\n仕事内容\nお電話を受けます';
    const t2 = findSections(plain)[0]!;
    expect(plain.slice(t2.start, t2.end)).toBe('カスタマーサポート（受信）');
  });
});

describe('experience required', () => {
  it('a licensed machine job with years of experience required is harder than entry work', async () => {
    const r = await run(posting('移動式クレーンオペレーター（正社員）', '建設現場での25tラフタークレーンの操作をお願いします。', '【応募資格】\n移動式クレーン運転士免許必須\nクレーン操作の実務経験3年以上\n【給与】\n月給32万円〜\n【勤務地】\n千葉県市原市'));
    expect(r.jobType).toBe('other');
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.reasons.find((x) => x.id === 'experience')?.effect).toEqual({ difficulty: 1, stress: 0 });
    expect(r.difficulty).toBe(3);
  });
  it('experience that is only preferred, or beside 未経験OK, raises nothing', async () => {
    const preferred = await run(posting('経理事務スタッフ', '請求書の発行や伝票の入力をお願いします。', '【応募資格】\n経理の実務経験2年以上の方歓迎\n簿記の資格があれば尚可\n【給与】\n月給22万円'));
    expect(preferred.signals.experienceRequired).toBe(false);
    const beginners = await run(posting('倉庫スタッフ', '商品の仕分けと梱包をお願いします。', '【応募資格】\n未経験OK！\nフォークリフトの資格が必要な作業は経験者が担当します\n【給与】\n時給1,250円'));
    expect(beginners.reasons.some((x) => x.id === 'experience' && x.effect.difficulty > 0)).toBe(false);
  });
  it('on phone and sales work it is stated without moving the level, which follows the kind of calls', async () => {
    const r = await run(posting('コールセンタースタッフ（受信）', 'お客様からのお問い合わせのお電話に対応します。', '【応募資格】\nコールセンターでの経験が必須です\n【給与】\n時給1,400円'));
    expect(r.jobType).toBe('inbound');
    const row = r.reasons.find((x) => x.id === 'experience');
    expect(row?.effect).toEqual({ difficulty: 0, stress: 0 });
  });
});

describe('menu lines', () => {
  it('three or more short items between separators are a menu; sentences and single labels are not', async () => {
    const { isMenuLine } = await import('../lib/text/site-menu');
    expect(isMenuLine('ホーム ｜ 会社概要 ｜ ニュース ｜ 採用情報')).toBe(true);
    expect(isMenuLine('ホーム > 採用情報 > 中途採用 > 営業職')).toBe(true);
    expect(isMenuLine('ニュース　事業紹介　お問い合わせ')).toBe(true);
    expect(isMenuLine('当社のニュースをご紹介します。事業紹介もご覧ください。')).toBe(false);
    expect(isMenuLine('【給与】時給1,200円')).toBe(false);
    expect(isMenuLine('ホーム ｜ 法人のお客様向けサービスのご案内と導入事例の一覧 ｜ お問い合わせ')).toBe(false);
  });
});

describe('a field and its value on one line', () => {
  it('【仕事内容】テレアポ and ■職種：インバウンド state the work; 【ノルマ】 alone is a topic heading', async () => {
    expect((await run('コールスタッフ募集\n【仕事内容】テレアポ\n【給与】時給1,300円\n【勤務地】渋谷区')).jobType).toBe('outbound');
    expect((await run('コールスタッフ募集\n■職種：インバウンド\n■給与：時給1,250円\n■勤務地：札幌市')).jobType).toBe('inbound');
    const heading = await run('営業事務\n【ノルマ】\n【給与】月給22万円');
    expect(heading.flags.some((f) => f.category === 'quota')).toBe(false);
  });
});

describe('training in the words postings use', () => {
  it('riding along with a senior, being taught one to one, or learning the basics from scratch is training', async () => {
    for (const job of [
      '最初の1か月は先輩ドライバーの助手席に乗ってルートを覚えます。',
      'はじめの2か月は先輩の営業に同行し、提案の流れを身につけていただきます。',
      '入社後は先輩がマンツーマンでお教えします。',
      '給料をもらいながら、電話応対の基本から学べる環境です。',
    ]) {
      const r = await run(posting('スタッフ募集', job));
      expect(r.signals.manualTraining, job).toBe(true);
    }
  });
  it('the software a trainee learns to operate is not technical support work', async () => {
    const r = await run(posting('受付スタッフ', 'お客様からのお電話に対応します。最初の3か月で、電話応対やパソコンの操作方法を学びます。'));
    expect(r.signals.techSupport).toBe(false);
  });
});

describe('harsh words from callers', () => {
  // Until stop 61 a collections desk's harsh callers were read as the collections themselves, not complaints; that
  // exception was dropped then (untouched halves +11 net across some thirty sets). Stop 74 read the question again on
  // far more sets: where the job calls people who did not ask for the call (outbound, collections among it), the
  // labels call harsh answers alone no complaints 63 times to 14 on the tuned halves, and reading them as refusal moved
  // complaints up on both halves (tuned +48, untouched +32 of about 2,900 each; the fresh sets written after the
  // change +3, +1 and +2 untouched), stress unchanged, since the refusal keeps its own stress reason.
  it('are complaint handling on an inquiry desk; on a collections desk, the called person\'s refusal', async () => {
    const desk = await run(posting('お問い合わせ窓口スタッフ', 'お客様からのお電話に対応します。強い口調で話されるお客様もいらっしゃいます。'));
    expect(desk.signals.complaints).toBe(true);
    const collections = await run(posting('督促スタッフ', 'お支払いが遅れているお客様へ、お電話で督促を行います。強い口調で話されるお客様もいらっしゃいます。'));
    expect(collections.signals.collections).toBe(true);
    expect(collections.signals.complaints).toBe(false);
    expect(collections.reasons.map((r) => r.id)).toContain('refusal.harsh');
    expect(collections.stress).toBe(5);
  });
});

describe('example postings of our own (tests/fixtures/roles)', () => roleFixtureTests('expected.json'));
