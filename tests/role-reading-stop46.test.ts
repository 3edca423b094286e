// Kinds of reading fixed at stop 46, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 46: calls counted by the month at a desk are a side of its work (月に10〜20件程度)', () => {
  it("an accounts clerk's reminder calls, a dozen or two a month, leave the job office work", async () => {
    const r = await run(posting('経理スタッフ（正社員）', '請求書の発行と入金の消し込み、月次決算の補助をお任せします。\n・支払期日を過ぎた取引先へのご入金確認のお電話（月に10〜20件程度）\n・仕入先からの請求書のチェック'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a count a month that is a target, not a measure of calls, says nothing of a light load (月に20件のアポ)', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へお電話し、商談のアポイントを取るお仕事です。\n目標は月に20件のアポイントです。'));
    expect(r.jobType).toBe('outbound');
  });
  it('a center that counts its calls in hundreds a month is still a center', async () => {
    const r = await run(posting('受信オペレーター', 'お客様からのお問い合わせのお電話を受けるお仕事です。\nお一人あたり月に800件ほどのお電話に対応します。'));
    expect(r.jobType).toBe('inbound');
  });
});
