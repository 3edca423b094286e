// Kinds of reading fixed at stop 43, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const desk = (line: string) => posting('ショールームの受付スタッフ', `ご来場のお客様の受付と、見学のご案内をお願いします。\n${line}`);

describe('stop 43: experience marked 不問 in a form, however the form lays out the gap', () => {
  it('a 求人票 row padded with full-width spaces (必要な経験等　　　不問)', async () => {
    expect((await run(desk('必要な経験等　　　不問\n必要なＰＣスキル　文字入力ができる方'))).signals.beginnerOk).toBe(true);
  });
  it('the same row with a colon and a note (必要な経験等：不問（…）)', async () => {
    expect((await run(desk('必要な経験等：不問（パソコンの基本操作ができる方）'))).signals.beginnerOk).toBe(true);
  });
  it('a flattened table row (｜必要な経験等｜不問｜)', async () => {
    expect((await run(desk('｜必要な経験等　｜不問　｜\n｜必要な免許・資格｜普通自動車免許｜'))).signals.beginnerOk).toBe(true);
  });
  it('requirements answered 特になし', async () => {
    expect((await run(desk('応募資格：特になし（接客がお好きな方歓迎）'))).signals.beginnerOk).toBe(true);
  });
  it('a row that asks for experience asks for it', async () => {
    expect((await run(desk('必要な経験等：営業事務の実務経験（3年以上）'))).signals.beginnerOk).toBe(false);
  });
  it('age or licence marked 不問 says nothing of experience', async () => {
    expect((await run(desk('年齢　　不問\n必要な免許・資格　不問'))).signals.beginnerOk).toBe(false);
  });
});

describe('stop 43: experience said not to be needed, in other words than 未経験歓迎', () => {
  it('〜の経験は不要です', async () => {
    expect((await run(desk('住宅業界の経験は不要です。'))).signals.beginnerOk).toBe(true);
  });
  it('experience welcome, but none is fine (〜歓迎しますが、なくても大丈夫です)', async () => {
    expect((await run(desk('受付のお仕事の経験がある方は歓迎しますが、なくても大丈夫です。'))).signals.beginnerOk).toBe(true);
  });
  it('〜の経験や資格は問いません, 〜が初めてでもOK', async () => {
    expect((await run(desk('接客の経験や資格は問いません。'))).signals.beginnerOk).toBe(true);
    expect((await run(desk('受付のお仕事が初めてでもOKです。'))).signals.beginnerOk).toBe(true);
  });
  it('colleagues who were new to the work (半分以上はこの仕事が初めてでした)', async () => {
    expect((await run(desk('今いるスタッフも、半分以上はこの仕事が初めてでした。'))).signals.beginnerOk).toBe(true);
  });
  it('something else not needed is not experience (車がなくても大丈夫)', async () => {
    expect((await run(desk('駅から徒歩3分なので、車がなくても大丈夫です。'))).signals.beginnerOk).toBe(false);
  });
  it('experience required beside something else not needed', async () => {
    expect((await run(desk('受付の実務経験が必須ですが、住宅の知識はなくても大丈夫です。'))).signals.beginnerOk).toBe(false);
  });
});

describe('stop 43: training said as learning beside someone', () => {
  it('the predecessor teaches or hands over (前任者が教えます, 丁寧に引き継ぎます)', async () => {
    expect((await run(desk('入社後は前任者が2週間かけて教えます。'))).signals.manualTraining).toBe(true);
    expect((await run(desk('前任者が1か月かけて丁寧に引き継ぎます。'))).signals.manualTraining).toBe(true);
  });
  it('the first weeks alongside a senior (先輩と一緒に, 先輩と並んで, 先輩が隣で)', async () => {
    expect((await run(desk('最初の1ヶ月は先輩と一緒に受付に立ちます。'))).signals.manualTraining).toBe(true);
    expect((await run(desk('入社後2週間は先輩と並んで、案内の手順を確認します。'))).signals.manualTraining).toBe(true);
    expect((await run(desk('初日は店長がとなりでお手本を見せます。'))).signals.manualTraining).toBe(true);
  });
  it('taught step by step, gently (ていねいに教えます, 一つずつお伝えします)', async () => {
    expect((await run(desk('未経験の方にもていねいに教えます。'))).signals.manualTraining).toBe(true);
    expect((await run(desk('展示の説明は先輩スタッフが一つずつお伝えします。'))).signals.manualTraining).toBe(true);
  });
  it('sitting in on a senior\'s meetings at first (先輩の商談に同席して)', async () => {
    expect((await run(desk('最初の1か月は先輩の商談に同席して、流れをつかんでいただきます。'))).signals.manualTraining).toBe(true);
  });
  it('going along on a senior\'s sales rounds (先輩の営業に同行。)', async () => {
    expect((await run(desk('最初の1か月は先輩の営業に同行。その後、少しずつお客様を引き継ぎます。'))).signals.manualTraining).toBe(true);
  });
  it('working beside seniors as a trait of the team is no training', async () => {
    expect((await run(desk('20代から50代の先輩と一緒に働く、にぎやかな職場です。'))).signals.manualTraining).toBe(false);
  });
  it('sitting in on meetings as a duty is no training', async () => {
    expect((await run(desk('商談後は、定例会への同席もお願いします。'))).signals.manualTraining).toBe(false);
  });
});

describe('stop 43: a welcome narrowed to the industry or to a role above the work', () => {
  it('beside experience the page requires, it welcomes no beginner (実務経験1年以上（リーダー経験は問いません）)', async () => {
    expect((await run(desk('応募資格：受付の実務経験1年以上（リーダー経験は問いません）'))).signals.beginnerOk).toBe(false);
  });
  it('業界未経験歓迎 on the line after years of selling asked for', async () => {
    expect((await run(desk('・法人営業の経験2年以上\n・業界未経験歓迎'))).signals.beginnerOk).toBe(false);
  });
  it('a trainer post that asks for years on the phones (トレーナー経験は不問)', async () => {
    expect((await run(desk('コールセンターでの実務経験が2年以上必要です。トレーナー経験は不問です。'))).signals.beginnerOk).toBe(false);
  });
  it('where the page asks no experience, new to the industry is welcome', async () => {
    expect((await run(desk('住宅業界未経験の方も歓迎します。'))).signals.beginnerOk).toBe(true);
  });
  it('a welcome of the work itself still stands beside a narrowed one', async () => {
    expect((await run(desk('受付の実務経験1年以上が望ましいですが、未経験の方も歓迎します（業界経験は不問）。'))).signals.beginnerOk).toBe(true);
  });
});

describe('stop 43: a desk job beside a call center', () => {
  // A page of our own in a board's shape: the title names the center next door, the duties name the phone staff
  // whose orders the job checks, and the page denies phone work.
  const page = [
    '家具通販の受注入力スタッフ（コールセンター併設のオフィス）',
    '株式会社もくれん家具',
    '時給1,150円 - パート',
    '',
    '仕事内容',
    '家具の通信販売をしている当社の受注センターで、ご注文の入力と確認をお願いします。',
    '・Webやハガキで届いたご注文の入力',
    '・電話受付スタッフが入力したご注文の内容チェック（配送先・色・サイズ）',
    '・配送会社への出荷依頼データの作成',
    '同じフロアにコールセンターがありますが、このお仕事ではお電話の対応はありません。',
    '',
    '給与',
    '時給1,150円',
  ].join('\n');
  it('is office work: the center is a place, the phone staff are colleagues', async () => {
    const r = await run(page);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('phone work denied in so many words (お電話の対応はありません), a weak cue read at high sensitivity', async () => {
    const r = await run(page, 'high');
    expect(r.flags.some((f) => f.id === 'inbound.phone-handling' && f.polarity === 'negated')).toBe(true);
  });
  it('the phone staff\'s own posting is still phone work', async () => {
    const r = await run(posting('電話受付スタッフ', '通販のご注文のお電話を受け、内容をパソコンに入力します。'));
    expect(r.jobType).toBe('inbound');
  });
  it('staff who take calls in the posting\'s own duties still make it phone work', async () => {
    const r = await run(posting('コールセンタースタッフ', 'お客様からのお電話を受け、ご注文をお伺いします。電話受付スタッフが10名いる明るい職場です。'));
    expect(r.callCenter).toBe(true);
  });
});

describe('stop 43: complaints a leader takes over (リーダーが引き継ぎます)', () => {
  const line = (s: string) => posting('お客様窓口スタッフ', `商品の使い方についてのお電話にお答えします。\n${s}`);
  it('the leader as the one who takes the call over: not this job\'s complaint handling', async () => {
    expect((await run(line('ご不満の強いお電話は、リーダーが引き継ぎます。'))).signals.complaints).toBe(false);
  });
  it('passed up to a manager after hearing it is still heard first', async () => {
    expect((await run(line('クレームのお電話は、内容をお伺いしたうえで責任者に引き継ぎます。'))).signals.complaints).toBe(true);
  });
  it('met first, then a hard case handed over: heard first', async () => {
    expect((await run(line('お叱りを受けることもありますが、難しい場合はリーダーが引き継ぎます。'))).signals.complaints).toBe(true);
  });
});

describe('stop 43: selling never comes to the least stress', () => {
  it('route sales to existing customers with no quota stays at stress 2, with the floor as its own reason', async () => {
    const r = await run(
      posting('ルート営業（事務用品）', '既存のお取引先の企業様を定期的に訪問し、事務用品のご注文をお伺いするルート営業です。新規開拓はありません。ノルマはありません。', '【給与】\n月給23万円\n【勤務地】\n岡山市北区'),
    );
    expect(r.jobType).toBe('sales');
    expect(r.stress).toBe(2);
    expect(r.reasons.find((x) => x.id === 'sales.floor')?.effect.stress).toBe(1);
    // Steadier, not easier: the selling is the same.
    expect(r.reasons.find((x) => x.id === 'sales.route')?.effect).toEqual({ difficulty: 0, stress: -1 });
    expect(r.difficulty).toBe(3);
  });
  it('where nothing eases it, the floor is not shown', async () => {
    const r = await run(posting('法人営業', '中小企業の経営者に、業務用ソフトの導入をご提案します。', '【給与】\n月給25万円\n【勤務地】\n岡山市北区'));
    expect(r.jobType).toBe('sales');
    expect(r.reasons.some((x) => x.id === 'sales.floor')).toBe(false);
  });
});

describe('stop 43: an incentive on a desk that both takes and makes calls', () => {
  it('adds no stress of its own to a mixed desk', async () => {
    const r = await run(
      posting('予約センタースタッフ（受発信）', 'お客様からのご予約のお電話を受けるほか、資料をご請求いただいた方へ見学のご案内のお電話をかけます。受信と発信はおよそ半分ずつです。', '【給与】\n時給1,300円＋見学予約1件につき500円のインセンティブ\n【勤務地】\n札幌市中央区'),
    );
    expect(r.jobType).toBe('mixed');
    expect(r.signals.incentive).toBe(true);
    expect(r.reasons.find((x) => x.id === 'incentive')?.effect.stress).toBe(0);
  });
  it('still adds a level to calling out', async () => {
    const r = await run(posting('テレアポスタッフ', '企業様へお電話し、商談のアポイントをお取りします。', '【給与】\n時給1,300円＋アポ1件につき1,000円のインセンティブ\n【勤務地】\n札幌市中央区'));
    expect(r.jobType).toBe('outbound');
    expect(r.reasons.find((x) => x.id === 'incentive')?.effect.stress).toBe(1);
  });
});

describe('stop 43: a welcome of beginners is a term of this job', () => {
  const page = (others: string) =>
    posting('法人営業（印刷）', '地元の企業様に、チラシやパンフレットの印刷をご提案します。', `【応募資格】\n法人営業の経験3年以上\n【給与】\n月給26万円〜\n【勤務地】\n静岡市葵区\n\n会社概要\n株式会社あおば印刷\n\nこの会社の他の求人\n${others}`);
  it('another opening listed with 未経験OK does not welcome beginners to this one', async () => {
    expect((await run(page('・印刷オペレーター（未経験OK）　月給21万円〜'))).signals.beginnerOk).toBe(false);
  });
  it('this job\'s own welcome still counts', async () => {
    const r = await run(posting('受注オペレーター', 'お客様からのご注文のお電話を受け、入力します。未経験OK。'));
    expect(r.signals.beginnerOk).toBe(true);
  });
});

describe('stop 43: a narrowed welcome beside required experience, with other openings listed', () => {
  it('the other openings\' 未経験OK does not make up for the narrowed one', async () => {
    const r = await run(
      posting('法人営業（印刷）', '地元の企業様に、チラシやパンフレットの印刷をご提案します。', '【応募資格】\n法人営業の経験3年以上\n業界未経験歓迎\n【給与】\n月給26万円〜\n【勤務地】\n静岡市葵区\n\n会社概要\n株式会社あおば印刷\n\nこの会社の他の求人\n・印刷オペレーター（未経験OK）　月給21万円〜\n・配送スタッフ（未経験OK）　時給1,200円\n・製本スタッフ（未経験OK）　時給1,150円'),
    );
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.signals.beginnerOk).toBe(false);
  });
});
