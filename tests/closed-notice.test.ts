// A closed posting's page (a board keeps it up, says it has closed and lists similar jobs) offers no job: no badge,
// and the CLI and popup say it has closed. Pages of our own.
import { describe, expect, it } from 'vitest';
import { saysPostingClosed } from '../lib/analysis/decide/closed-notice';
import { normalize } from '../lib/text/normalize';
import { formatVerdict } from '../lib/cli/format';
import { run } from './helpers';

const closed = (text: string) => saysPostingClosed(normalize(text).text);

const CLOSED_PAGE = `受信オペレーター（ガス料金のお問い合わせ）／時給1,400円
【お知らせ】この求人の掲載は終了しました。
現在、この求人への応募はできません。
【仕事内容】
ガス料金やお引っ越しの手続きについて、お客様からのお電話にお答えします。
【給与】
時給1,400円
【勤務地】
大阪府大阪市北区
【勤務時間】
9:00〜18:00（シフト制）
【応募資格】
未経験歓迎
この求人に似ている求人
・受信スタッフ（通販）時給1,300円
・テレアポ（法人向け）時給1,500円＋インセンティブ`;

describe('a page that says this posting has closed', () => {
  it.each([
    ['この求人の掲載は終了しました。', true],
    ['本求人の募集は締め切りました。たくさんのご応募ありがとうございました。', true],
    ['こちらのお仕事は募集を終了いたしました。', true],
    ['現在、この求人への応募はできません。', true],
    ['【掲載終了】', true],
    ['募集終了しました', true],
    // Still open: a new round, a closing rule, a deadline, a question answered no.
    ['前回の募集は好評のうちに終了しました。今回、追加で3名を募集します。', false],
    ['応募の受付は定員に達し次第終了します。', false],
    ['応募締切：2026年12月20日', false],
    ['募集は終了しましたか？という質問をよくいただきますが、通年で募集しています。', false],
  ])('%s: closed is %s', (line, expected) => {
    expect(closed(`テレアポスタッフ\n${line}\n【仕事内容】\n法人へのご案内です。`)).toBe(expected);
  });
  it('is not a posting, its closure is reported and the CLI says so', async () => {
    const r = await run(CLOSED_PAGE);
    expect(r.posting).toBe(false);
    expect(r.postingClosed).toBe(true);
    expect(r.pay.base).toBeNull();
    expect(formatVerdict('closed.txt', r, 'ja')).toContain('この求人は掲載が終了しています');
  });
  it('the same posting while open is a posting', async () => {
    const r = await run(CLOSED_PAGE.replace('【お知らせ】この求人の掲載は終了しました。\n現在、この求人への応募はできません。\n', ''));
    expect(r.posting).toBe(true);
    expect(r.postingClosed).toBe(false);
  });
});
