// Kinds of reading fixed at stop 40, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { postingShape } from '../lib/analysis/decide/posting';
import { normalize } from '../lib/text/normalize';
import { posting, run } from './helpers';

const calls = '保険のご契約者様からのお電話を受け、住所変更や書類の再発行を承ります。';

describe('stop 40: a page that says counts are not judged has not said there is no quota', () => {
  it('a pace named and then said not to be judged: no quota either way', async () => {
    const r = await run(posting('保険会社のお客様窓口スタッフ', `${calls}\n1時間に10件ほどが目安ですが、件数で評価することはありません。`));
    expect(r.quota).toBe('absent');
  });
  it('the denial alone is no ノルマなし', async () => {
    const r = await run(posting('保険会社のお客様窓口スタッフ', `${calls}\n受けた件数を評価することはしていません。丁寧さを大切にしています。`));
    expect(r.quota).toBe('absent');
  });
  it('beside ノルマなし, the page has denied a quota', async () => {
    const r = await run(posting('保険会社のお客様窓口スタッフ', `${calls}\nノルマはありません。件数で評価することもありません。`));
    expect(r.quota).toBe('negated');
  });
  it('counts that are judged are quota-like pressure', async () => {
    const r = await run(posting('保険会社のお客様窓口スタッフ', `${calls}\n1時間あたりの処理件数を評価に反映します。`));
    expect(r.quota).toBe('stated');
  });
  it('a target count beside the denial is still a target', async () => {
    const r = await run(posting('光回線のテレアポスタッフ', 'ご家庭にお電話をかけ、光回線への切り替えをご案内します。\n月間のアポ獲得目標は15件です。件数だけで評価することはありません。'));
    expect(r.quota).toBe('stated');
  });
});

describe('stop 40: an FAQ answer under the answerer\'s name', () => {
  it('［採用担当］ on its own line, then ありません', async () => {
    const r = await run(posting('家賃のご案内スタッフ', '入居者様からのお電話を受け、家賃のお支払い方法をご案内します。\n\nノルマはありますか？\n\n［採用担当］\nありません！安心してください。'));
    expect(r.quota).toBe('negated');
  });
  it('and a yes answer under the name still says it holds', async () => {
    const r = await run(posting('家賃のご案内スタッフ', '入居者様からのお電話を受け、家賃のお支払い方法をご案内します。\n\nノルマはありますか？\n\n【人事】\nはい、月20件のお申込みが目標です。'));
    expect(r.quota).toBe('stated');
  });
});

describe('stop 40: implicit quotas in further words', () => {
  it.each([
    ['1日30件の発信をお願いしています。'],
    ['1日80件の架電をこなしていただきます。'],
    ['1日のコール数の下限は60件です。'],
    ['月の契約件数が3件未満の場合は、翌月のシフトを減らします。'],
  ])('%s', async (line) => {
    const r = await run(posting('法人向けテレアポスタッフ', `企業のご担当者様にお電話をかけ、サービスのご案内をします。\n${line}`));
    expect(r.quota).toBe('stated');
  });
  it('a count of calls taken is the work, not a quota', async () => {
    const r = await run(posting('通販の受注スタッフ', 'カタログを見たお客様からのお電話を受け、ご注文を承ります。\n1日30件ほどのお問い合わせに対応します。'));
    expect(r.quota).toBe('absent');
  });
});

describe('stop 40: a minimum line on calls is a quota whatever the page calls it', () => {
  it('ノルマなし beside 1時間あたり40発信を最低ライン, with shifts cut below it', async () => {
    const r = await run(posting('法人向けアポインター（ノルマなし）', '企業のご担当者様へお電話し、オンライン説明会のご予約をいただきます。\nアポの件数にノルマはありません。ただし、1時間あたり35発信を最低ラインとしています。\n最低ラインを下回る日が続いた場合は、面談のうえシフトを調整します。'));
    expect(r.quota).toBe('stated');
  });
  it('a pay floor called a minimum line is no quota', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお電話を受け、住所変更を承ります。\n時給1,200円を最低ラインとして保証します。'));
    expect(r.quota).toBe('absent');
  });
});

describe('stop 40: asking customers by phone is calling out', () => {
  it('お電話でおたずねする is the job\'s calls', async () => {
    const r = await run(posting('英会話教室の受講継続のご案内スタッフ', '受講中の生徒さまに「次の学期も続けますか？」とお電話でおたずねし、続ける方は曜日を登録します。'));
    expect(r.jobType).toBe('outbound');
  });
  it('お電話でお尋ねください tells applicants how to ask', async () => {
    const r = await run(posting('英会話教室の受付スタッフ', '教室の受付で、生徒さまのお出迎えと入退室の記録をします。\nご不明な点は、お電話でお尋ねください。'));
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(false);
  });
});

describe('stop 40: the people a seller proposes and places are not the job', () => {
  it('an IT staffing seller who proposes engineers to client firms', async () => {
    const r = await run(posting('SES営業（ITエンジニアのご提案・取引先の開拓）', '当社に在籍するエンジニアのご紹介で、システム開発の会社を訪問します。\n・取引先からの案件情報の確認と、エンジニアとのマッチング\n・参画後のエンジニアとの定期面談、契約更新の調整\n・新しい取引先の開拓\nエンジニアのご提案が仕事の中心です。'));
    expect(r.jobType).toBe('sales');
  });
  it('an engineer named as the job stays the job', async () => {
    const r = await run(posting('社内ヘルプデスクのエンジニア', 'ITエンジニアとして、社員のパソコンの設定とアカウントの管理を担当します。'));
    expect(r.jobType).not.toBe('sales');
  });
});

describe('stop 40: quota words that are not this job\'s pressure, and targets in other words', () => {
  it('a school\'s grades are not the worker\'s results', async () => {
    const r = await run(posting('学習塾の事務スタッフ', '出欠のデータ入力と教材の発注を担当します。\n保護者の方からの成績や進路のご相談は、教室長がお答えします。'));
    expect(r.quota).toBe('absent');
  });
  it('a staff voice\'s former job, told in the past, beside this job\'s denial', async () => {
    const r = await run(posting('保険金請求の受付スタッフ', 'ご契約者様からのお電話を受け、請求書類をご案内します。\n\n■先輩の声\n前職は家電量販店で販売をしていて、毎月の販売ノルマがとても重荷でした。\nここではノルマという考え方そのものがありません。'));
    expect(r.quota).toBe('negated');
  });
  it('a target counted in 戸 (housing units) is a target', async () => {
    const r = await run(posting('賃貸管理の営業（オーナー様へのご提案）', 'アパートのオーナー様を訪問し、管理のご契約をご提案します。\n一人あたり年間120戸の管理受託を目標としています。'));
    expect(r.quota).toBe('stated');
  });
  it('counts used in the monthly evaluation are quota-like pressure', async () => {
    const r = await run(posting('マイレージ会員窓口スタッフ', '会員様からのお電話を受け、特典航空券のご予約を承ります。\n1時間あたりの処理件数（目安5件）を毎月の評価に使っています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('stop 40: the quality checks an operator is scored on are not a QA job', () => {
  it('a member desk whose rank is set by counts and its quality-check score', async () => {
    const r = await run(posting('会員サポートデスク（お電話・メール）', '会員さまからのお電話とメールでのご連絡に対応します。\nランクは3か月ごとに、1時間あたりの処理件数と応対品質チェックの点数で決まります。\n上のランクへは、応対品質チェックの点数が80点以上で上がれます。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 40: order calls taken at home', () => {
  it('ご注文電話を自宅で受ける is taking calls', async () => {
    const r = await run(posting('在宅の受注スタッフ（業務委託）｜通販のご注文電話を自宅で受けるお仕事', 'テレビ通販の寝具のご注文を、ご自宅のパソコンで受けていただきます。\nこちらから電話をかけることはありません。\n稼働の目安は1時間に6コールほどです。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 40: a manager\'s post that ends with the job it is hiring for', () => {
  it('■ 募集している仕事 heads the fields: a posting, with its pay', async () => {
    const story = 'うちのチームは、電話でお店の方にサービスをご紹介しています。最初の一年は失敗ばかりでした。断られ続けた日もありました。それでも、話し方を変えたら少しずつ聞いてもらえるようになりました。今は5人のチームで、毎週みんなで通話を聞き直しています。';
    const text = `電話営業のチームを育てて分かったこと（と、1名募集のお知らせ）\n山田 一郎｜株式会社サンプル 営業部マネージャー\n2025年9月1日 09:12 ♡ 18\n\n${story}\n${story}\n\n■ 募集している仕事\n職種：インサイドセールス（アルバイト）\n内容：飲食店へのお電話と、オンライン説明の日程調整\n給与：時給1,350円\n勤務地：福岡市中央区\n時間：10:00～17:00のうち4時間以上\n応募：下記のフォームから\n\n読んでいただき、ありがとうございました。\n#採用 #インサイドセールス #テレアポ\nフォローする　コメント 8\n`;
    // The heading and the fields under it are a block of terms, whatever the story above them weighs.
    expect(postingShape(normalize(text).text).requirementsBlock).toBe(true);
    const r = await run(text);
    expect(r.posting).toBe(true);
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1350 });
  });
});

describe('stop 40: calling building owners and managers to set dates is calling out', () => {
  it('a ハローワーク-style form: オーナー様へお電話をして作業日のご都合を伺う', async () => {
    const r = await run(posting('日程調整事務（パート）', '当社は、ビルの貯水槽の清掃と点検を行う会社です。毎年同じ時期に、管理会社様やビルのオーナー様へお電話をして、作業日のご都合を伺っています。\nこの仕事は、その日程調整を担当していただくものです。\n・決まった日程を作業班の予定表に入力'));
    expect(r.jobType).toBe('outbound');
  });
});

describe('stop 40: a board\'s tag line says nothing of the job but its denials', () => {
  it('…／研修あり／ノルマなし／髪色自由 denies a quota', async () => {
    const r = await run(posting('会議室の予約受付スタッフ', 'お客様からのお電話で、会議室のご予約を承ります。\n未経験OK／週3日～OK／駅チカ／交通費全額支給／研修あり／ノルマなし／髪色自由／服装自由'));
    expect(r.quota).toBe('negated');
  });
  it('a line of search keywords still says nothing', async () => {
    const r = await run(posting('会議室の予約受付スタッフ', 'お客様からのお電話で、会議室のご予約を承ります。\nテレアポ／営業／ノルマ／コールセンター／事務／受付／販売／軽作業'));
    expect(r.quota).toBe('absent');
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 40: an agency page that lists its 案件 one after another is the first one\'s posting', () => {
  const page = (title: string) =>
    `${title}\n\n今週ご紹介できるお仕事を2件ご案内します。\n\n案件1　お仕事No.KT-201\nガス会社のお客様センター（受信）\n時給：1,450円\n交通費：全額支給\n仕事内容：\n・ご契約者様からのお電話を受け、引越しに伴う開栓・閉栓の受付をします\n・マニュアルに沿ってシステムに入力します\n\n案件2　お仕事No.KT-207\n新電力のご案内コール（発信）\n時給：1,500円＋獲得1件につき500円\n仕事内容：\n・ご家庭にお電話をかけ、電気料金プランの切り替えをご提案します\n\n■共通\n・登録はオンラインで完結します\n`;
  it('the later 案件\'s calls out and its results pay are another job\'s', async () => {
    const r = await run(page('【派遣】受信オペレーターのお仕事｜株式会社サンプルワークス'));
    expect(r.jobType).toBe('inbound');
    expect(r.pay.incentive.kind).toBe('none');
  });
});

describe('stop 40: an agency\'s job number with its place above the title is chrome', () => {
  it('派遣のお仕事No.… ｜ place, then the title that names both directions', async () => {
    const r = await run('派遣のお仕事No.TK-55012｜静岡県浜松市\nピアノ教室の体験レッスン予約センター（受電・発信おおむね半々）\n株式会社サンプル人材\n\n＜給与＞時給1,300円\n\n＜仕事内容＞\n体験レッスンのご予約を受け付けます。\n・以前に体験されたお客様へ、入会のご案内のお電話をします。\n');
    expect(r.jobType).toBe('mixed');
  });
});
