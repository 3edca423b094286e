// Stop 73: calls taken said as requests by phone (お電話によるご依頼), the answer to a request called back (結果をお電話で
// お返しします), calls made said as こちらからかける and as a survey by phone, and inbound leads as marketing. Pages of our own.
import { describe, expect, it } from 'vitest';
import { flagKeys, posting, run } from './helpers';

/** A posting of our own in the common field order. */
const page = (title: string, job: string) =>
  posting(title, job, '【給与】時給1,250円\n【勤務地】福岡県福岡市博多区\n【勤務時間】9:00〜18:00（シフト制）\n【応募方法】応募フォームからご応募ください。');

describe('calls taken and the answers to them', () => {
  it('お電話によるご依頼やご相談をお受けします: calls taken', async () => {
    const r = await run(page('ゴールドカード会員様のご依頼受付スタッフ', 'ゴールドカード会員様からの、お電話によるご依頼やご相談をお受けします。\n対面でのご案内はありません。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('ご依頼を伺い、確認したうえでお電話で結果をお伝えします: the call answers the request, no calls made', async () => {
    const r = await run(page('コンシェルジュデスク（電話）', 'お電話でのご依頼をお受けします。\nご依頼を伺い、お店に空き状況を確認したうえで、会員様にお電話で結果をお伝えします。'));
    expect(r.jobType).toBe('inbound');
    expect(flagKeys(r).filter((k) => k.startsWith('outbound.'))).toEqual([]);
  });
  it('こちらからおかけするのは、折り返しのお電話だけです: the calls out are callbacks', async () => {
    const r = await run(page('パソコンの操作サポート（受信）', 'パソコンを買われたお客様からのお電話を受け、操作方法をご案内します。\nこちらからおかけするのは、調べてからの折り返しのお電話だけです。'));
    expect(flagKeys(r).filter((k) => k.startsWith('outbound.'))).toEqual([]);
  });
  it('a call that proposes after a request is taken is still a call made (ご相談をお受けし、後日お電話でご提案します)', async () => {
    const r = await run(page('住まいの相談デスク', 'ご相談をお受けし、後日、お客様にお電話でリフォームプランをご提案します。'));
    expect(flagKeys(r).some((k) => k.startsWith('outbound.') && k.endsWith(':present'))).toBe(true);
  });
});

describe('calls made in other words', () => {
  it('お電話を受けるのと、こちらからかけるのが半々: both directions', async () => {
    const r = await run(page('通販のお電話スタッフ（受ける＆かける）', '化粧品通販のお客様とのお電話のお仕事です。\nお電話を受けるのと、こちらからかけるのがだいたい半々です。'));
    expect(r.jobType).toBe('mixed');
  });
  it('お電話で満足度アンケートをお願いします: calls made', async () => {
    const r = await run(page('アンケートのお電話スタッフ', '車検をご利用いただいたお客様に、後日お電話で満足度アンケートをお願いします。\n1日40件ほどです。'));
    expect(r.jobType).toBe('outbound');
  });
});

describe('inbound in marketing', () => {
  it('インバウンドリードを増やす: leads that come in, no calls', async () => {
    const r = await run(page('インバウンドリードを倍にするBtoBマーケター', 'インバウンドリードを増やすため、ウェビナーの企画とWeb広告の運用を担当します。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('calls that arrange the job\'s own visit', () => {
  it('ご案内のお電話をして、ご自宅へ伺う日程を決めます, at a seller: the calls set the seller\'s own visits; the job is sales', async () => {
    const r = await run(page('リフォーム営業（戸建て向け）', '以前に工事をされたお客様へご案内のお電話をして、ご自宅へ伺う日程を決めます。\nご訪問では建物を一緒に見て回り、お見積りをご提案します。'));
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
  it('お客様にお電話し、点検員が伺う日時を決める: the calls book someone else\'s visits, calling is the work', async () => {
    const r = await run(page('点検のご案内スタッフ', '点検予定のお客様へお電話をかけ、点検員が伺う日時を決めます。\n1日40件ほどおかけします。'));
    expect(r.jobType).toBe('outbound');
  });
});
