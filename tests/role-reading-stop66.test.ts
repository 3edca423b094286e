// Stop 66: figures the work keeps for others (a clerk's record of the sales staff's targets) and the other readings
// this stop added. Postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { isOccasional, isQuestion, isTallied } from '../lib/analysis/context';
import { posting, run } from './helpers';

describe("targets the work keeps a record of are others' targets, not this job's (売上目標と実績の数値管理)", () => {
  it('a sales assistant who keeps the sales staff\'s targets and results', async () => {
    const r = await run(posting('営業事務（正社員）', '営業担当6名を支える事務のお仕事です。見積書と受注伝票の作成、営業担当ごとの売上目標と実績の数値管理（Excelで週次の表を更新）、来客の応対をお願いします。'));
    expect(r.quota).toBe('absent');
    expect(r.flags.filter((f) => f.category === 'quota' && f.polarity === 'present')).toEqual([]);
  });
  it('the marker after the target, and a target set on the worker beside it', () => {
    const s = '支店ごとの売上目標と実績の数値管理をお願いします。';
    expect(isTallied(s, s.indexOf('目標') + 2)).toBe(true);
    const own = '売上目標は月100万円です。';
    expect(isTallied(own, own.indexOf('目標') + 2)).toBe(false);
  });
  it('a target set on the worker stays', async () => {
    const r = await run(posting('ルート営業（正社員）', '既存のお客様を回り、消耗品のご提案をします。個人の売上目標は月150万円で、週に一度、実績を上司と確認します。'));
    expect(r.quota).toBe('stated');
  });
});

describe('calls split in halves, each half opening its clause (お電話の半分ほどは…かかってくるもの／残りの半分は…おかけするお電話)', () => {
  it('a desk whose calls are half taken and half made is mixed', async () => {
    const r = await run(posting('入居者サポートスタッフ（パート）', 'お電話の半分ほどは、入居者さまからかかってくるものです。設備の故障のご連絡を受けて、業者さんに修理を手配します。残りの半分は、こちらからおかけするお電話です。更新書類のご返送をお願いしたり、工事の日時をお知らせしたりします。'));
    expect(r.jobType).toBe('mixed');
    expect(r.callCenter).toBe(true);
  });
  it('a share said in tenths still reads as before, and a half of something else is no share of the calls', async () => {
    const r = await run(posting('受付スタッフ（パート）', 'お客様からかかってくるお電話に、マニュアルに沿ってお答えします。スタッフの半分は主婦の方です。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('a center or its operators named as the party the job reaches or hears from are beside the job', () => {
  it('an order clerk who tells the center and answers its operators\' chats', async () => {
    const r = await run(posting('受注入力スタッフ（パート）', 'FAXとWebで届いたご注文をシステムに入力します。在庫がない商品は入荷日を調べてコールセンターへ連絡します。オペレーターからのチャットで確認の依頼が来たら、調べて返信します。'));
    expect(r.flags.filter((f) => f.category === 'callCenter' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('the center the job works in stays', async () => {
    const r = await run(posting('コールセンタースタッフ', '通販のコールセンターで、お客様からのご注文のお電話を受けます。困ったときはSVに相談できます。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('an SV who answers the operators\' questions still leads them', async () => {
    const r = await run(posting('コールセンターのSV（正社員）', '受信センターでオペレーター20名のチームをまとめます。オペレーターからの質問に答え、シフトを作成し、応対品質をチェックします。'));
    expect(r.callCenter).toBe(true);
  });
});

describe('calls said to be a part of the main work, not a dedicated desk (督促の専門部署ではなく、経理の仕事の一部として)', () => {
  it('an accounts clerk who phones late payers now and then', async () => {
    const r = await run(posting('経理スタッフ（売掛金管理）', '請求書の発行と入金の消込、月次決算の補助をお願いします。いわゆる督促の専門部署ではなく、経理の仕事の一部として、お支払いが遅れているお取引先へお電話をしていただきます。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('the markers, before the task and after it', () => {
    const part = '経理の仕事の一部としてお電話をしていただきます。';
    expect(isOccasional(part, part.indexOf('お電話'), part.indexOf('を'))).toBe(true);
    const dedicated = '督促の専門部署ではなく、入金の確認が中心です。';
    expect(isOccasional(dedicated, 0, 2)).toBe(true);
    const plain = 'お支払いが遅れているお客様へ督促のお電話をします。';
    expect(isOccasional(plain, plain.indexOf('督促'), plain.indexOf('督促') + 2)).toBe(false);
  });
  it('a collections desk stays a collections desk', async () => {
    const r = await run(posting('督促スタッフ（コールセンター）', 'お支払いが遅れているお客様へ、お電話でご入金のお願いをします。1日に80件ほど発信します。'));
    expect(r.jobType).toBe('outbound');
  });
});

describe('other work named as what the desk arranges or is asked about is not the job (訪問修理の手配, 修理スタッフの出動につなぐ, 配達の時間)', () => {
  it('a repair desk that takes calls all day and sends the repair staff', async () => {
    const r = await run(posting('修理受付スタッフ（パート）', 'お客様からの「水が止まらない」というお電話を受けて、修理スタッフの出動につなぐお仕事です。お話を伺って内容を入力し、解決しない場合は訪問修理の手配をします。1日に40件ほどのお電話を受けます。'));
    expect(r.flags.filter((f) => f.id === 'office.other-work' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('inbound');
  });
  it('a milk-delivery desk asked about delivery times and days off', async () => {
    const r = await run(posting('宅配受付スタッフ（パート）', 'お客様からの「配達の時間を変えたい」「来週は配達のお休みをしたい」といったお電話を受け、内容を入力します。配送トラブルのご連絡には、まずお詫びしてお話を伺います。'));
    expect(r.flags.filter((f) => f.id === 'office.other-work' && f.polarity === 'present')).toEqual([]);
  });
  it('delivery as the job stays other work', async () => {
    const r = await run(posting('配達スタッフ（軽バン）', '担当エリアのお客様へ、食品の配達をお願いします。1日に40軒ほど回ります。'));
    expect(r.flags.some((f) => f.id === 'office.other-work' && f.polarity === 'present')).toBe(true);
    expect(r.jobType).toBe('other');
  });
});

describe('a question that closes a quote in dialogue asks, it does not state (アオイ「ノルマは…？」)', () => {
  it('the question and its answer: no quota', async () => {
    const r = await run(posting('訪問営業スタッフ', '新人「ノルマは…？」\n先輩「ノルマはないよ。自分のペースで回ればいいんだ」\nお約束したお宅にうかがい、太陽光パネルのご提案をします。'));
    expect(r.quota).toBe('negated');
  });
  it('the mark before a closing quote or bracket', () => {
    expect(isQuestion('アオイ「ノルマは…？」')).toBe(true);
    expect(isQuestion('（電話は多いですか？）')).toBe(true);
    expect(isQuestion('先輩「ノルマはないよ。」')).toBe(false);
  });
});

describe('calls named as the lesser side of a comparison (電話を受ける時間より、パソコンでの作業がほとんど)', () => {
  it('a clerk whose calls are the lesser part of the day', async () => {
    const r = await run(posting('スタッフ募集（パート）', 'お客様からのお電話を受ける時間より、パソコンでの作業がほとんどです。見積書の作成と集計をお願いします。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('the marker after the calls, and the calls as the greater side', () => {
    const less = '電話を受ける時間より、パソコンでの作業がほとんどです。';
    expect(isOccasional(less, 0, 5)).toBe(true);
    const more = '入力作業より、お電話を受ける時間のほうが長いです。';
    const at = more.indexOf('お電話');
    expect(isOccasional(more, at, at + 6)).toBe(false);
  });
});

describe("another opening listed under こちらも募集中, and work said to be another department's (別部署の担当です)", () => {
  it('the listed opening\'s results pay is not this job\'s', async () => {
    const r = await run(posting('データ入力スタッフ（派遣）', '申込書の内容をシステムに入力します。\n≪こちらも募集中≫\nAB-1234　携帯販売スタッフ 時給1,500円＋インセンティブ'));
    expect(r.flags.filter((f) => f.category === 'incentive' && f.polarity === 'present')).toEqual([]);
  });
  it('complaints said to be another department\'s work', async () => {
    const r = await run(posting('受注スタッフ（パート）', 'お客様からのご注文のお電話を受けて、入力します。※お客様からの苦情受付は別部署（お客様相談室）の担当です。'));
    expect(r.flags.filter((f) => f.category === 'complaints' && f.polarity === 'present')).toEqual([]);
  });
  it('the same desk named as this job\'s own stays', async () => {
    const r = await run(posting('お客様相談室スタッフ', 'お客様からのご意見や苦情のお電話を受け、内容を記録します。'));
    expect(r.flags.some((f) => f.category === 'complaints' && f.polarity === 'present')).toBe(true);
  });
});
