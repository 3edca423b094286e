// Stop 80: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (3b91fb68), with a control beside each that passes on both.
import { describe, expect, it } from 'vitest';
import { postingWithRequirements as page, run } from './helpers';

describe('complaints whose desk is elsewhere, or that this job does not take', () => {
  const collections = (extra: string) => page('カード代金のお支払いご案内（発信）', `お支払いが遅れている会員様へこちらからお電話し、お支払い日をお約束いただきます。\n${extra}`);
  it('苦情の窓口は別部署にあり: another desk hears them', async () => {
    expect((await run(collections('会員様からの苦情の窓口は別部署（お客様相談室）にあります。'))).signals.complaints).toBe(false);
  });
  it('苦情は…この仕事では受けません: said not to be this job\'s', async () => {
    expect((await run(collections('ご意見や苦情のお電話もありますが、この仕事ではお受けしません。'))).signals.complaints).toBe(false);
  });
  it('苦情の一次対応もこの仕事で: still the job\'s', async () => {
    expect((await run(collections('会員様からの苦情にも、まずはこの仕事でお応えします。'))).signals.complaints).toBe(true);
  });
});

describe('complaints the job hears first, before a later step goes to another team', () => {
  const desk = (extra: string) => page('ネット回線のお問い合わせ窓口（受信）', `お客様からのお電話を受け、つながらないときの確認手順をご案内します。\n${extra}`);
  it('ご不満を最初にうかがうこともありますが、…は技術部署に引き継ぎます: heard first', async () => {
    expect((await run(desk('つながらないことへのご不満を最初にうかがうこともありますが、回線の詳しい調査は技術担当の部署に引き継ぎます。'))).signals.complaints).toBe(true);
  });
  it('ご不満は専任の部署に引き継ぎます, all of it passed on: not the job\'s', async () => {
    expect((await run(desk('ご不満のお電話は、専任の部署におつなぎします。'))).signals.complaints).toBe(false);
  });
});

describe('a collections target named by the money it brings in', () => {
  it('チームとして入金目標があり（個人ノルマはありません）: a target all the same', async () => {
    const r = await run(page('お支払いご案内スタッフ（督促・発信）', 'お支払い期日を過ぎたお客様へお電話し、ご入金のお願いをします。\nチームとして月ごとの入金目標があり、夕礼で進み具合を確かめます（個人ノルマはありません）。'));
    expect(r.quota).toBe('stated');
  });
  it('個人ノルマはありません alone stays a denial', async () => {
    const r = await run(page('お支払いご案内スタッフ（督促・発信）', 'お支払い期日を過ぎたお客様へお電話し、ご入金のお願いをします。\n個人ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
});

describe('the head of the workplace quoted under the posting speaks of the job', () => {
  const shop = (quote: string) => page('洋菓子店の販売スタッフ', `ケーキや焼き菓子を箱に詰め、お会計をします。\n${quote}`);
  it('「…ノルマはありませんし、…先輩が教えます。」（店長・宮本）: the job\'s denial and training', async () => {
    const r = await run(shop('「販売のノルマはありませんし、最初の1週間は私か先輩が横について教えます。」（店長・宮本）'));
    expect(r.quota).toBe('negated');
    expect(r.signals.manualTraining).toBe(true);
  });
  it('a colleague in another role quoted the same way still speaks of their own job', async () => {
    const r = await run(shop('「毎月の売上目標を追いかけるのが、やりがいです。」（法人営業 主任）'));
    expect(r.quota).not.toBe('stated');
  });
});

describe('pay said not to follow results', () => {
  const desk = (extra: string) => page('通販のご注文受付（受信）', `ご注文のお電話を受けて入力します。\n【給与】時給1,350円\n${extra}`);
  it('件数によって時給が変わることもない: no results pay', async () => {
    const r = await run(desk('販売件数によって時給が変わることもありません。'));
    expect(r.pay?.incentive.kind).toBe('none');
    expect(r.signals.incentive).toBe(false);
  });
  it('件数によって時給が変わります: results pay', async () => {
    const r = await run(desk('販売件数によって時給が変わります。'));
    expect(r.pay?.incentive.kind).toBe('plus');
  });
});

describe('a target told as the reason the speaker changed jobs', () => {
  const interview = (answer: string) => page('保険のお客様窓口（電話）', `ご契約者様からのお電話を受け、手続きをご案内します。\n窓口の担当者に販売ノルマはありません。\n\n社員インタビュー（入社2年目）\n――入社のきっかけは？\n${answer}`);
  it('…では売上目標に追われていて、…と思ったのがきっかけです: the job left', async () => {
    expect((await run(interview('雑貨店の仕事では毎月の売上目標に追われていて、もっとお話を聞く仕事がしたいと思ったのがきっかけです。ここは販売をしない窓口なので安心です。'))).quota).toBe('negated');
  });
  it('a target of this job told by a colleague stays a target', async () => {
    expect((await run(interview('ここでは毎月の売上目標があり、それを追いかけるのがやりがいです。'))).quota).toBe('stated');
  });
});

describe('another role as the topic when the title names the role only inside a longer name', () => {
  const office = (extra: string) => page('営業事務（正社員）｜採用情報｜株式会社ミナミ設備', `見積書の作成や発注の手配をします。\n${extra}`);
  it('「営業は毎月の売上目標を追いかけるので…」 under 営業事務: the salespeople\'s target', async () => {
    expect((await run(office('「営業は毎月の売上目標を追いかけるので、月末は事務のサポートが頼りです。」'))).quota).not.toBe('stated');
  });
  it('営業事務は…目標があります: the job\'s own', async () => {
    expect((await run(office('営業事務は毎月の処理件数の目標があります。'))).quota).toBe('stated');
  });
  it('営業は…目標 under a title that names the salesperson (営業マン募集): the job\'s own', async () => {
    const r = await run(page('ルート営業マン募集（正社員）', '担当エリアの取引先を回ります。\n営業は毎月の売上目標を追いかけます。'));
    expect(r.quota).toBe('stated');
  });
});

describe('the late payer as the one who calls in', () => {
  it('お支払いが遅れている方からのご相談 at an answering desk: inbound, not collections', async () => {
    const r = await run(page('カード会員さまのお問い合わせ窓口（受信）', 'カード会員さまからのお電話を受け、次のご案内をします。\n・ご利用明細やポイントのご案内\n・お支払いが遅れている方からのご相談'));
    expect(r.jobType).toBe('inbound');
  });
  it('お支払いが遅れている方へお電話: collections, calling out', async () => {
    const r = await run(page('カード会員さまのお支払いご案内', 'お支払いが遅れている方へこちらからお電話し、お支払い日を確認します。'));
    expect(r.jobType).toBe('outbound');
  });
});
