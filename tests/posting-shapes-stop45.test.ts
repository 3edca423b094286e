// Stop 45's mark of a guide to an occupation, on pages of our own: who the work suits as a heading of its own
// (◆向いている人, 【向いている人】) is how guides and お仕事図鑑 pages are laid out; a posting says it in a line
// (向いている人：…) or as こんな方に向いています, and stays a posting.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { markersIn } from './posting-shapes-helpers';

const GUIDE = `はたらくナビ ＞ 職種ガイド ＞ 受付・案内

受付・案内のお仕事
「会社の顔」として来客をお迎えする仕事です

◆どんなお仕事？
オフィスビルや病院の受付で、来客の方をご案内したり、会議室の予約を管理したりします。電話の取り次ぎをすることもあります。

◆1日の流れ（例）
9:00　受付開始、来客予定の確認
12:00　交代で休憩
17:30　翌日の予約を確認して終了

◆向いている人
・笑顔で人と接するのが好きな人
・細かい予定の管理が得意な人

◆気になるお給料
派遣の受付は時給1,250円〜1,450円くらいが多いようです。`;

const POSTING = `受付スタッフ（派遣）／駅直結のオフィスビル

来客の方をお迎えし、会議室へご案内するお仕事です。未経験の方も歓迎します。
向いている人：笑顔で人と接するのが好きな方
こんな方に向いています：細かい予定の管理が得意な方

【給与】時給1,300円
【勤務地】大阪市北区
【勤務時間】8:45〜17:45（休憩60分）
【応募方法】下の応募ボタンからご応募ください。`;

describe("who the work suits, as a heading, marks a guide to an occupation", () => {
  // The words themselves are a mark in a page's opening (an explainer's 向いている人); as a heading they are one
  // more, read anywhere on the page.
  const inLine = markersIn('受付・案内のお仕事\n向いている人：人と話すのが好きな人');
  it.each([['◆向いている人'], ['【向いている人】'], ['■ 向いている人'], ['向いている人']])('%s', (heading) => {
    expect(markersIn(`受付・案内のお仕事\n${heading}\n・人と話すのが好きな人`)).toBe(inLine + 1);
  });
  it('こんな方に向いています is no mark', () => {
    expect(markersIn('受付スタッフ\nこんな方に向いています：人と話すのが好きな方')).toBe(0);
  });
  it('a guide page laid out so is not a posting, and its going rate is not pay', async () => {
    const r = await run(GUIDE);
    expect(r.posting).toBe(false);
    expect(r.pay.base).toBeNull();
  });
  it('a posting that says who it suits in a line stays a posting', async () => {
    const r = await run(POSTING);
    expect(r.posting).toBe(true);
    expect(r.pay.base?.min).toBe(1300);
  });
});
