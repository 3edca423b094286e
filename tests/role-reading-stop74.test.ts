// Stop 74: a harsh answer from someone the job calls is refusal, not complaints; payment reminders in soft words
// (お支払いが確認できていないお客様へ, 納め忘れ, お支払い予定日をうかがう) are collections. Pages of our own.
import { describe, expect, it } from 'vitest';
import { flagKeys, run } from './helpers';

/** A posting of our own in the common field order. */
const page = (title: string, job: string) =>
  `${title}\n【仕事内容】\n${job}\n【給与】時給1,300円\n【勤務地】愛知県名古屋市中区\n【勤務時間】10:00〜19:00（シフト制）\n【応募方法】応募フォームからご応募ください。`;

describe('harsh words: refusal where the job calls, complaints where customers call', () => {
  it('outbound sales: 強い口調で言い返されることもあります is no complaint handling: its own reason, the refusal said harshly', async () => {
    const r = await run(page('光回線のご案内スタッフ（発信）', '既存のお客様に、こちらからお電話して新しい光回線プランをご案内します。\n1日60件ほど発信します。お客様によっては強い口調で言い返されることもありますが、気持ちを切り替えて次のお電話へ。'));
    expect(r.jobType).toBe('outbound');
    expect(r.signals.complaints).toBe(false);
    expect(r.reasons.map((x) => x.id)).not.toContain('complaints');
    const harsh = r.reasons.find((x) => x.id === 'refusal.harsh');
    expect(harsh?.effect.stress).toBe(1);
    expect(r.questions.map((q) => q.id)).not.toContain('complaints');
  });
  it('inbound desk: 感情的になられるお客様もいらっしゃいます is complaints taken', async () => {
    const r = await run(page('水道トラブル受付センター（受信）', '水漏れや詰まりでお困りのお客様からのお電話を受け、作業員の手配をします。\n急なトラブルなので、感情的になられるお客様もいらっしゃいます。'));
    expect(r.jobType).toBe('inbound');
    expect(r.signals.complaints).toBe(true);
    expect(r.reasons.map((x) => x.id)).not.toContain('refusal.harsh');
  });
  it('outbound with クレーム stated is complaints still', async () => {
    const r = await run(page('定期便のご継続案内（発信）', '定期便をご利用のお客様へお電話し、継続のご案内をします。\n商品へのクレームをお受けすることもあり、その際は内容を記録して担当部署へつなぎます。'));
    expect(r.jobType).toBe('outbound');
    expect(r.signals.complaints).toBe(true);
  });
});

describe('payment reminders in soft words', () => {
  it('お支払いが確認できていないお客様へ、お電話でご連絡: collections', async () => {
    const r = await run(page('お支払い確認スタッフ', '携帯電話のご利用料金について、お支払いが確認できていないお客様へ、お電話でご連絡します。\n1日50件ほど発信します。'));
    expect(r.signals.collections).toBe(true);
    expect(r.jobType).toBe('outbound');
  });
  it('納め忘れがある方へお電話し、お支払い予定日をうかがう: collections', async () => {
    const r = await run(page('保険料のご案内スタッフ', '保険料の納め忘れがある方へお電話をかけ、お支払い予定日をうかがいます。'));
    expect(r.signals.collections).toBe(true);
  });
  it('経理: 入金が確認できない取引先へ確認 is no collections desk', async () => {
    const r = await run(page('経理事務スタッフ', '請求書の発行と入金の消込をお願いします。\n入金が確認できない取引先へは、メールで確認します。'));
    expect(r.signals.collections).toBe(false);
    expect(flagKeys(r).filter((k) => k.startsWith('collections.'))).toEqual([]);
  });
});
