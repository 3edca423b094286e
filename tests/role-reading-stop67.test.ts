// Stop 67: calls a ※ note below their line or a line about the phone counts as light, technical sellers named as
// such, chat and home-based desks, work said to be another role's, a pay comparison that states no pay, a page that
// says it offers no job, a board's pages around postings, an SV of a collections center, and a former job set
// against the job now or told as a career. Postings, sentences and pages of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countedLightBelow, countsPhoneLight, doneByOthersSpan, namesDedicatedTeam } from '../lib/analysis/context';
import { normalize } from '../lib/text/normalize';
import { postingShape } from '../lib/analysis/decide/posting';
import { checkPages, shapesDir } from './posting-shapes-helpers';
import { posting, run } from './helpers';

describe('a ※ note on the line below that counts the calls as light (・お電話でのお問い合わせ ⏎ ※お電話は1日数本ほどです)', () => {
  const counter = (note: string) =>
    posting('受付スタッフ（パート）', `・お預かりした靴の状態のチェックと伝票の記入\n・修理品のお渡しとお会計\n・お電話でのお問い合わせへの対応（修理の料金・仕上がり日など）\n${note}\n・店内の清掃`);
  it('a repair shop counter whose phone rings a few times a day is counter work', async () => {
    const r = await run(counter('　※お電話は1日5件ほどです'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('without the note the calls are the job\'s own inbound work, as before', async () => {
    const r = await run(counter('・包装資材の補充'));
    expect(r.jobType).toBe('inbound');
  });
  it('a note that counts the calls in hundreds is no light load', async () => {
    const r = await run(counter('　※お電話は1日200件ほどです'));
    expect(r.jobType).toBe('inbound');
  });
  it('the note must stand right under the line and be marked as a note', () => {
    const t = '・お電話でのお問い合わせへの対応\n※お電話は1日10本程度です';
    const end = t.indexOf('\n');
    expect(countedLightBelow(t, end)).toBe(true);
    expect(countedLightBelow(t.replace('※', ''), end)).toBe(false);
    const gap = '・お電話でのお問い合わせへの対応\n・レジ\n※お電話は1日10本程度です';
    expect(countedLightBelow(gap, gap.indexOf('\n'))).toBe(false);
  });
  it('a desk whose calls are its work stays a call desk though a note counts another thing lightly', async () => {
    const r = await run(posting('コールセンタースタッフ', '・通販のお客様からのご注文のお電話を受けます\n※返品の書類の発送は1日5件ほどです'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('a line that counts the phone as a whole as light (・電話は受発注あわせて1日15件程度) makes every call a side task', () => {
  const clerk = (count: string) =>
    posting('物流事務（パート）', `・取引先からの出荷依頼（主にFAX・メール）を受け、出荷データを入力します\n・仕入先へ入荷予定の確認の電話をします\n・送り状の発行と在庫数のチェック\n${count}`);
  it('a logistics clerk whose phone rings about ten times a day', async () => {
    const r = await run(clerk('・電話は受発注と配車の連絡をあわせて1日10件程度です。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a count in hundreds is a call desk\'s', async () => {
    const r = await run(posting('受注センタースタッフ', '・お客様からのご注文のお電話を受けます\n・電話は1日80件ほどです'));
    expect(r.jobType).toBe('inbound');
  });
  it('said of the phone only: a seller\'s count of calls out is no such line', () => {
    expect(countsPhoneLight('・電話は受発注あわせて1日15件程度。')).toBe(true);
    expect(countsPhoneLight('※お電話は1日10本ほどです')).toBe(true);
    expect(countsPhoneLight('・架電は1日20件程度です。')).toBe(false);
    expect(countsPhoneLight('・電話は1日80件ほどです。')).toBe(false);
  });
});

describe('phone work a dedicated team of the company does (テレアポ専門の部署があるため) is beside the job', () => {
  it('the words after the term name the team', () => {
    const t = 'テレアポ専門の部署があるため、営業はアポイント後の訪問が中心です。';
    expect(namesDedicatedTeam(t, t.indexOf('テレアポ') + 4)).toBe(true);
    const own = 'テレアポを担当していただきます。';
    expect(namesDedicatedTeam(own, own.indexOf('テレアポ') + 4)).toBe(false);
  });
  it('a field seller whose page names the teleapo team has no outbound work of it', async () => {
    const r = await run(posting('法人営業（正社員）', 'テレアポ専門の部署があるため、営業担当はアポイントの取れた企業を訪問し、オフィス家具のレイアウトとお見積りをご提案します。'));
    expect(r.flags.some((f) => f.id === 'outbound.teleapo' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).toBe('sales');
  });
});

describe('a seller who also takes inquiry calls and phones customers is a seller, not a mixed desk', () => {
  it('calls both ways beside stronger selling work', async () => {
    const r = await run(
      posting(
        '法人営業（社員旅行の企画提案）',
        '企業向けに社員旅行や研修旅行を企画・提案する法人営業です。既存のお取引先を訪ねての提案営業が中心で、新規開拓もお任せします。\n・お問い合わせのお電話・メールへの対応\n・お客様先を訪問し、ご要望をヒアリング\n・プランとお見積りの作成、提案からご成約まで\n・既存のお客様へお電話をかけ、次の旅行のご相談をうかがいます\n一日の大半は訪問と提案書の作成です。',
      ),
    );
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
  it('a desk that takes and makes calls with no selling stays mixed', async () => {
    const r = await run(posting('コールセンタースタッフ', '・お客様からのお問い合わせのお電話を受けます\n・お申し込みいただいたお客様へ、書類の不備を確認するお電話をかけます'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('a goal set together with the customer the sentence names is the customer\'s (加入者の方へお電話し、…一緒に目標を立て)', () => {
  it('a health coach who phones members and sets their goals with them', async () => {
    const r = await run(posting('電話での健康相談スタッフ（保健師）', '健診を受けた加入者の方へこちらからお電話し、食事と睡眠について一緒に目標を立て、3か月ごとに経過をうかがいます。'));
    expect(r.quota).toBe('absent');
  });
  it('a goal set together with one\'s boss is the worker\'s own', async () => {
    const r = await run(posting('ルート営業（正社員）', '毎月、お客様への訪問件数について上司と一緒に目標を立て、週ごとに振り返ります。'));
    expect(r.quota).toBe('stated');
  });
});

describe('work said to be another role\'s (…のはディレクターやADの仕事なので) is not the job\'s', () => {
  it('a broadcast operator who never answers the listeners\' calls', async () => {
    const r = await run(posting('放送オペレーター（契約社員）', 'ラジオの生放送で、音声のミキサーを操作します。リスナーからのお電話を受けたり、出演の確認をしたりするのはディレクターやADの仕事なので、オペレーターが電話に出ることはありません。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('calls a center takes all together (当社のコールセンターがまとめて受けている) are the center\'s', () => {
    expect(doneByOthersSpan('お店へのお問い合わせのお電話は、当社のコールセンターがまとめて受けているので、店頭のご案内に集中できます。')?.to).toBeGreaterThan(0);
  });
  it('the page speaking to the applicant, or the title naming that role, keeps the work', () => {
    expect(doneByOthersSpan('お電話を受けるのは受付の仕事です。', () => '事務スタッフ')?.to).toBeGreaterThan(0);
    expect(doneByOthersSpan('お電話を受けるのはあなたの仕事です。')).toBeNull();
    expect(doneByOthersSpan('お電話を受けるのは受付スタッフの仕事です。', () => '受付スタッフ（パート）')).toBeNull();
  });
});

describe('a collections center named as the team an SV runs (督促センターのSV) is where, not the SV\'s calls', () => {
  it('an SV of a dunning center who assigns the call lists', async () => {
    const r = await run(posting('督促センターのスーパーバイザー（正社員）', 'ローン会社の延滞債権を扱う督促センターで、オペレーター12名のチームをまとめるスーパーバイザーをお任せします。\n・シフト作成、日々の架電リストの割り振り\n・通話のモニタリングと指導'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
    // The title's 督促センター is the team the SV runs, and the call lists are handed out, not called.
    expect(r.flags.filter((f) => f.section === 'title' && f.category === 'collections' && f.polarity === 'present')).toEqual([]);
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present')).toEqual([]);
  });
  it('an operator of the same center makes the calls', async () => {
    const r = await run(posting('督促センターのオペレーター', 'カード会社の督促センターで、お支払いが遅れているお客様にお電話をかけ、入金のご予定をうかがいます。'));
    expect(r.jobType).toBe('outbound');
  });
});

describe('a clause told in the past and set against the job now (お店では売上目標に追われていましたが、ここでは…) is the former job\'s', () => {
  it('a staff voice about a former shop\'s targets', async () => {
    const r = await run(posting('受注スタッフ（パート）', 'お客様からのご注文のお電話を受けて、パソコンに入力します。ノルマはありません。\n＜先輩の声＞\n前は携帯ショップで働いていました。お店では毎月の販売目標に追われていましたが、ここではご注文をうかがうだけなので気持ちが楽です。'));
    expect(r.quota).toBe('negated');
  });
  it('a target of the job now stays', async () => {
    const r = await run(posting('テレアポスタッフ', '企業へお電話をかけ、商談のアポイントを取ります。\n最初は緊張していましたが、今は1日5件のアポ目標を達成できるようになりました。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a career told (Oさんの経歴：…法人営業に配属され) or a background (営業出身) is the speaker\'s, not the job\'s', () => {
  it('an SV posting with the center head\'s career in sales', async () => {
    const r = await run(
      posting(
        'コールセンターSV（正社員）',
        '受信専門のサポート窓口で、オペレーター15名ほどのチームをまとめるSVを募集します。\n・オペレーターからの質問への回答\n・通話のモニタリングとフィードバック\n【センター長からのメッセージ】\nセンター長・Oさんの経歴：新卒で機械メーカーの法人営業に配属され、8年間お客様を回っていました。\n「私自身は営業出身で、オペレーターの経験はありません。」',
      ),
    );
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
    expect(r.flags.filter((f) => f.category === 'sales' && f.polarity === 'present')).toEqual([]);
  });
});

describe('a chat desk and a home-based phone desk answer inquiries (チャットのお問い合わせに文字でお答え, お電話をご自宅で受け)', () => {
  it('a chat support desk with no phone is inbound contact-center work', async () => {
    const r = await run(posting('チャットサポートスタッフ（アルバイト）', '家電の通販サイトをご利用のお客様から届くチャットのお問い合わせに、文字でお答えするお仕事です。「届く日を知りたい」「色を変えたい」といったご質問がほとんどで、回答のひな形が用意されています。お電話での対応はありません。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('calls taken at home are calls taken', async () => {
    const r = await run(posting('在宅オペレーター（パート）', '化粧品の通信販売で、お客様からのお電話をご自宅で受けていただくお仕事です。ご注文やお届け日の変更をうかがいます。'));
    expect(r.flags.some((f) => f.category === 'inbound' && f.polarity === 'present')).toBe(true);
  });
});

describe('technical sellers named as such (プリセールス, セールスエンジニア, 技術営業) sell', () => {
  it('a pre-sales engineer who visits prospects with the sales staff', async () => {
    const r = await run(
      posting('プリセールス（勤怠管理システム）', '営業担当と一緒に導入を検討しているお客様の会社を訪ね、システムのデモを行い、運用に合わせた設定をご提案します。技術的なご質問にはメールやオンライン会議でお答えします。', '【給与】\n年収480万円〜650万円\n【勤務地】\n大阪市北区\n【応募資格】\nシステム導入の経験3年以上'),
    );
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
  it('技術営業 on the job\'s line', async () => {
    const r = await run(posting('技術営業（正社員）', '工場向けの測定機器について、お客様の現場を訪ねて課題をうかがい、機種の選定から導入までご提案します。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('stop 67 pages (expected-stop67.json): a memoir that compares its pay, a town\'s job-support page that says it hires no one, a board\'s pages around postings, a posting in やさしい日本語, and pages beside them', () => {
  checkPages('expected-stop67.json');
});

describe("a board's page around postings, named so in its title (応募完了, 出展企業一覧, 〜の口コミ), points to other pages", () => {
  const shape = (file: string) => postingShape(normalize(fs.readFileSync(path.join(shapesDir, file), 'utf8')).text);
  it.each(['a67-application-sent-page.txt', 'a67-job-fair-exhibitors.txt', 'a67-company-reviews-page.txt'])('%s', (file) => {
    expect(shape(file).pointsElsewhere).toBe(true);
  });
  it('a posting under a board menu that names 口コミ labels its own job and stays one', () => {
    expect(shape('a67-posting-below-reviews-menu.txt').pointsElsewhere).toBe(false);
  });
});

describe('a posting in やさしい日本語 spells its recruiting and pay words in kana (おうぼ, かんげい, じきゅう 1,150えん)', () => {
  const shape = (text: string) => postingShape(normalize(text).text);
  it('kana pay with えん states pay', () => {
    expect(shape('パートぼしゅう\nじきゅう 1,150えん\nばしょ：えきまえ').features[3]).toBe(1);
  });
  it('the same words in kanji still do', () => {
    expect(shape('パート募集\n時給1,150円\n勤務地：駅前店').features[3]).toBe(1);
  });
});

describe('a pay compared with another job states no pay (時給は前のバイトより250円高い)', () => {
  // The fitted model's payAmount feature, fourth in its features.
  const payAmount = (line: string) => postingShape(normalize(`パート募集\n${line}\n勤務地：駅前店`).text).features[3];
  it.each(['時給は前の居酒屋より250円高い', '月給は前職より3万円ほど多い'])('not a stated pay: %s', (line) => {
    expect(payAmount(line)).toBe(0);
  });
  it.each(['時給1,150円', '時給は1,200円より（経験により優遇）'])('a stated pay: %s', (line) => {
    expect(payAmount(line)).toBe(1);
  });
});
