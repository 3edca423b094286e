// Kinds of reading fixed at stop 39, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 39: speech quoted in a duty is part of the duty', () => {
  it('a question quoted as what the staff say does not turn the duty into a question', async () => {
    const r = await run(posting('家電量販店での光回線のご案内スタッフ', '駅前の家電量販店の売り場に立ち、ご来店のお客様に「スマホのセット割、ご存じですか？」とお声がけします。\n興味を持たれた方には、カウンターで料金をご説明します。'));
    expect(r.flags.some((f) => f.id === 'sales.promotion' && f.polarity === 'present')).toBe(true);
  });
  it('an FAQ question on its own line is still a question', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお電話を受けます。\nQ.「ノルマ」はありますか？\nA.ありません。'));
    expect(r.flags.some((f) => f.category === 'quota' && f.polarity === 'present')).toBe(false);
  });
});
