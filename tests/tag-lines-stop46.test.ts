// A line of tags, each opened by a bullet mark (◎未経験OK　◎ノルマなし　◎服装自由): a denial in one item is that
// item's, never the one before it.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const ad = (tags: string) => posting('電話スタッフ', `お客様からのお問い合わせのお電話を受けるお仕事です。\n${tags}\n時給1,150円`);

describe('a denial does not reach back across a bullet mark', () => {
  it.each([['◎未経験OK　◎ノルマなし　◎服装自由'], ['★未経験OK★ノルマなし'], ['●未経験歓迎 ●残業なし']])('%s welcomes beginners', async (tags) => {
    expect((await run(ad(tags))).signals.beginnerOk).toBe(true);
  });
  it('the denial after its own mark still denies its own item', async () => {
    expect((await run(ad('◎未経験OK　◎ノルマなし'))).quota).toBe('negated');
  });
  it('a denial within one item stands: ◎経験不問・ノルマなし', async () => {
    expect((await run(ad('◎経験は問いません　◎ノルマはありません'))).quota).toBe('negated');
  });
});

describe('a welcome said with a double negative, and a welcome with its own verdict in a list', () => {
  it.each([['接客の仕事は初めてでも問題ありません。'], ['営業は未経験でも構いません。'], ['コールセンターは初めてでもかまいません。']])('%s welcomes beginners', async (line) => {
    expect((await run(ad(line))).signals.beginnerOk).toBe(true);
  });
  it('未経験歓迎・ブランクOK・学生不可: 不可 is the students\' item, not the welcome\'s', async () => {
    expect((await run(ad('応募資格：未経験歓迎・ブランクOK・学生不可'))).signals.beginnerOk).toBe(true);
  });
  it('未経験不可 is still a refusal', async () => {
    expect((await run(ad('応募資格：コールセンター経験1年以上（未経験不可）'))).signals.beginnerOk).toBe(false);
  });
});
