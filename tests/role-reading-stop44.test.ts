// Kinds of reading fixed at stop 44, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const line = (words: string) =>
  posting('通販サイトのお問い合わせ窓口スタッフ', `ご注文や配送についてのお電話を受けていただきます。\n${words}\n研修ののち、先輩がそばでサポートします。`);

describe('stop 44: "not few" is many (少なくありません, 少なくない)', () => {
  it('callers with a grievance are not few: complaints are part of the job', async () => {
    expect((await run(line('配送の遅れについて、ご不満をお持ちのお客様も少なくありません。'))).signals.complaints).toBe(true);
  });
  it('the same with は between (少なくはありません) and in the plain form (少なくない)', async () => {
    expect((await run(line('ご不満の声をいただくことも少なくはありません。'))).signals.complaints).toBe(true);
    expect((await run(line('強い口調で話されるお客様も少なくないのが実情です。'))).signals.complaints).toBe(true);
  });
  it('few complaints is still a denial (クレームは少ないです)', async () => {
    expect((await run(line('クレームのお電話は少ないです。'))).signals.complaints).toBe(false);
  });
  it('a quota said to be small stays light, not stated as many', async () => {
    const r = await run(line('ノルマは少なく、気楽に働けます。'));
    expect(r.quota).not.toBe('stated');
  });
});
