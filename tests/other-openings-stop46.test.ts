// A board's list of jobs near the posting's (― 博多区周辺のコールセンターの求人 ―) followed by job cards with their pay:
// their results pay and quotas are those jobs', never this one's.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const own = 'お客様からのお問い合わせのお電話を受けるお仕事です。\n給与：時給1,300円\nノルマはありません。';

describe("other jobs listed under a posting are not this job's terms", () => {
  it('a board\'s list of jobs nearby, followed by cards with their pay', async () => {
    const r = await run(posting('受信オペレーター', `${own}\n\n― 中央区周辺のコールセンターの求人 ―\n・アポインター（法人向け）　時給1,500円＋インセンティブ　中央区\n・受発信スタッフ　時給1,350円　東区\n・チャットサポート　時給1,250円　南区`));
    expect(r.signals.incentive).toBe(false);
  });
  it("a line about the area in the posting's own words, with no cards after it, leaves its terms standing", async () => {
    const r = await run(posting('アポインター', `企業さまへお電話し、商談のお約束をいただくお仕事です。\n★駅周辺のお仕事です★\n給与：時給1,400円＋インセンティブ（アポ1件1,000円）`));
    expect(r.signals.incentive).toBe(true);
  });
});
