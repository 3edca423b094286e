// Kinds of reading fixed at stop 42, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 42: a desk job named 〜の事務 or by its paperwork, with phone inquiries as one duty', () => {
  it('an admissions office clerk (入試事務) who also answers applicants\' calls is office work', async () => {
    const r = await run(
      posting('私立高校の入試事務（契約職員）', '入学試験の準備と当日の運営、願書の確認、合否通知など書類の発送をお願いします。受験生や保護者からの電話でのお問い合わせへの対応もあります。'),
    );
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it("a builder's office clerk (工務店の事務) likewise", async () => {
    const r = await run(posting('リフォーム会社の事務', 'お客様からのお問い合わせのお電話への対応、職人さんとの工事日程の調整、見積書や請求書の作成を担当します。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a care office\'s billing clerk (請求事務)', async () => {
    const r = await run(posting('訪問介護事業所のスタッフ', '介護報酬の請求事務と書類の発送、ご利用者様のご家族からのお電話でのお問い合わせへの対応をお願いします。'));
    expect(r.jobType).toBe('other');
  });
  it('a clerk of a law office (事務員) with the phones', async () => {
    const r = await run(posting('特許事務所の事務員', '出願書類の形式チェックとファイリング、お客様からのお電話の取次ぎ、郵便物の発送をお願いします。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a campaign office (〜事務局) that answers calls all day is still inbound', async () => {
    const r = await run(posting('キャンペーン事務局のオペレーター', 'プレゼントキャンペーンの事務局で、応募方法や発送状況についてのお客様からのお電話にお答えします。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it("an insurer's inquiry desk answering policy holders by phone is still inbound", async () => {
    const r = await run(posting('保険会社のお客様窓口', 'ご契約者様からの住所変更や手続きについてのお電話を受け、マニュアルに沿ってご案内します。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 42: a counter that also takes the phone (窓口や電話で)', () => {
  it('a ward office section answering at the counter and by phone is counter work', async () => {
    const r = await run(posting('市役所 国民年金係の窓口スタッフ（会計年度任用職員）', '窓口や電話でのお問い合わせへの対応、届出の受付と書類の確認をお願いします。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a phone line of a city (電話窓口) is still inbound', async () => {
    const r = await run(posting('市の総合案内コールセンター', '電話窓口で、市民の方からの各種手続きについてのお問い合わせにお答えします。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 42: calls that customers make to you, said as what you receive (お電話いただいた, お電話くださった)', () => {
  it('a desk that answers those who called is inbound', async () => {
    const r = await run(posting('受付スタッフ', 'お電話をいただいたお客様から製品の不具合の内容をお伺いし、担当者の訪問日をご案内します。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('and one that takes calls from an advertisement', async () => {
    const r = await run(posting('資料請求の受付スタッフ', 'チラシをご覧になってお電話くださった方から、お名前とご住所をお伺いします。'));
    expect(r.jobType).toBe('inbound');
  });
  it('a call that rings in (着信したお電話)', async () => {
    const r = await run(posting('受付スタッフ', '着信したお電話に、画面のマニュアルを見ながら対応します。'));
    expect(r.jobType).toBe('inbound');
  });
  it('calls that come in to a toll-free line (フリーダイヤルにかかってきた)', async () => {
    const r = await run(posting('相談受付スタッフ', '住まいの修理のフリーダイヤルにかかってきたご相談をお伺いし、提携の業者さんへおつなぎします。'));
    expect(r.jobType).toBe('inbound');
  });
  it("an apply step's call is not the work", async () => {
    const r = await run(posting('倉庫の軽作業スタッフ', '商品の仕分けと箱詰めをお願いします。\n\n【応募方法】\nお電話いただいた方から順に、面接日をご案内します。'));
    expect(r.flags.some((f) => f.id === 'inbound.calls-received' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).toBe('other');
  });
});

describe('stop 42: selling named by what the seller does', () => {
  it('a brokerage agent between sellers and buyers', async () => {
    const r = await run(posting('中古マンションの仲介担当', '売主様と買主様の間に立ち、物件のご案内からご契約、お引渡しまでをお任せします。'));
    expect(r.jobType).toBe('sales');
  });
  it('visiting shop owners to propose advertising', async () => {
    const r = await run(posting('地域情報誌の広告担当', '商店街のオーナー様を訪問し、情報誌への広告の掲載をご提案します。'));
    expect(r.jobType).toBe('sales');
  });
  it('reaching out to new firms', async () => {
    const r = await run(posting('省エネ設備のコンサルタント', '工場の電気代をお伺いし、省エネ設備をご提案します。新規の企業様へのアプローチもお任せします。'));
    expect(r.jobType).toBe('sales');
  });
  it('an office clerk who supports sellers stays office work', async () => {
    const r = await run(posting('営業アシスタント', '営業担当が新規の企業様へのアプローチに集中できるよう、見積書の作成とデータ入力をお願いします。'));
    expect(r.jobType).toBe('other');
  });
});

describe('stop 42: drivers a dispatch desk works with are not its work', () => {
  it('a desk that takes ride requests by phone and passes them to drivers is inbound', async () => {
    const r = await run(
      posting(
        '配車受付スタッフ（夜間）',
        'お客様からの「迎えに来てほしい」というお電話を受け、近くにいる車を画面で探して手配します。\n料金はドライバーがお客様から受け取ります。\n空いた時間はドライバーの待機表を整えます。',
      ),
    );
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('a driver\'s own posting stays driving work', async () => {
    const r = await run(posting('ルート配送ドライバー', '2tトラックで市内のスーパーへ食品を届けます。ドライバーとして1日15件ほどを回ります。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('stop 42: training and beginners said in other words', () => {
  const desk = (line: string) => posting('お客様窓口スタッフ', `家電の使い方についてのお電話でのご質問にお答えします。\n${line}`);
  it('role-play before the first call, a trainer until one stands alone', async () => {
    expect((await run(desk('ロールプレイで練習してから、実際のお電話に出ていただきます。'))).signals.manualTraining).toBe(true);
    expect((await run(desk('独り立ちまで、専任のトレーナーが付きます。'))).signals.manualTraining).toBe(true);
  });
  it('e-learning, listening to a senior\'s calls, sample lines to read from', async () => {
    expect((await run(desk('はじめの10日間は、eラーニングで商品のことを学びます。'))).signals.manualTraining).toBe(true);
    expect((await run(desk('まずは先輩の通話を聞いて、応対の流れをつかんでいただきます。'))).signals.manualTraining).toBe(true);
    expect((await run(desk('トークの例文を手元に置いて話せます。'))).signals.manualTraining).toBe(true);
  });
  it('a written procedure to follow (手順書)', async () => {
    expect((await run(desk('対応の流れは手順書にまとめてあります。'))).signals.manualTraining).toBe(true);
  });
  it('most colleagues began without experience; no work history asked', async () => {
    expect((await run(desk('今のスタッフは、コールセンターが初めての方がほとんどです。'))).signals.beginnerOk).toBe(true);
    expect((await run(desk('学歴・職歴は問いません。'))).signals.beginnerOk).toBe(true);
  });
  it('experience asked for is still asked for', async () => {
    expect((await run(desk('コールセンターでの実務経験が1年以上ある方を募集します。'))).signals.beginnerOk).toBe(false);
  });
});

describe('stop 42: a shop-wide goal beside a denial of personal numbers', () => {
  const shop = (line: string) => posting('雑貨店の販売スタッフ', `店頭での接客とレジ、品出しをお願いします。\n${line}`);
  it('a goal the shop holds, with personal numbers denied, adds no pressure of its own', async () => {
    const r = await run(shop('個人の販売ノルマはありません。売上目標はお店全体のもので、お一人おひとりに数字を求めることはしません。'));
    expect(r.reasons.some((x) => x.id === 'quota.euphemism')).toBe(false);
  });
  it('a personal target set beside the shop goal still counts, even with reassurance after it', async () => {
    const r = await run(shop('売上の目標は店全体で持ちますが、1人あたり月20万円の目標もあります。'));
    expect(r.quota).toBe('stated');
    expect(r.reasons.some((x) => x.id === 'quota.collective')).toBe(false);
  });
});

describe('stop 42: a word cut at the end of a tokenized window is no negation', () => {
  it('calls in and out, about half each (だいたい半分ずつ): ずつ cut to ず once read as a negator', async () => {
    const r = await run(posting('コールスタッフ', 'かかってくる電話とかける電話、だいたい半分ずつです。'));
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'negated')).toBe(false);
    expect(r.jobType).toBe('mixed');
  });
  it('a real denial after the term still denies', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお電話を受けるお仕事です。こちらからかける電話はほとんどありません。'));
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'negated')).toBe(true);
  });
});

describe('stop 42: a cap denied is no denial of what it caps', () => {
  it('インセンティブ上限なし is an incentive', async () => {
    const r = await run(posting('テレアポスタッフ', '企業様へお電話し、サービスのご案内をします。\n\n【給与】\n時給1,300円＋インセンティブ上限なし'));
    expect(r.flags.some((f) => f.id === 'incentive.pay' && f.polarity === 'negated')).toBe(false);
    expect(r.signals.incentive).toBe(true);
  });
  it('ノルマはありません still denies', async () => {
    const r = await run(posting('テレアポスタッフ', '企業様へお電話し、サービスのご案内をします。ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
});
