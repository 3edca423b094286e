// Stop 61: a call for a head count (倉庫の作業員を2名探しています, 調理補助を2名募集します) is a recruit call whatever the job
// is called, so an owner's post that greets its readers first (こんにちは、…です) stays the posting it is. A news item's
// plain report of such a call (…を3名募集している) is not one. Lines of our own.
import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { postingShape } from '../lib/analysis/decide/posting';
import { run } from './helpers';

// The fitted model's recruitCall feature, last in POSTING_FEATURES.
const recruitCall = (line: string) => postingShape(normalize(`お知らせ\n${line}`).text).features.at(-1);

describe('a call for a head count', () => {
  it.each(['倉庫の作業員を2名探しています。', '調理補助を2名募集します。', '夜間の警備員を一名募集しております。'])('is a recruit call: %s', (line) => {
    expect(recruitCall(line)).toBe(1);
  });
  it.each(['同社は配送ドライバーを3名募集している。', '昨年は5名を採用しました。'])('is not: %s', (line) => {
    expect(recruitCall(line)).toBe(0);
  });
});

describe('an owner’s post that greets its readers', () => {
  it('is a posting with its pay', async () => {
    const r = await run(
      [
        '【スタッフ募集のお知らせ】',
        'こんばんは、青葉ベーカリーの店主です。朝の仕込みを一緒にやってくれるパン職人を1名探しています。',
        '',
        '・仕事：パン生地の成形と焼き上げの補助',
        '・時給1,150円（5時〜9時）',
        '・週3日から相談できます',
        '',
        'パン作りの経験がある方だとうれしいです。気になる方はお店の電話（0120-000-000）かDMでどうぞ。',
      ].join('\n'),
    );
    expect(r.posting).toBe(true);
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1150 });
  });
});
