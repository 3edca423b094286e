// A heading and its value on one line (【ノルマ】なし, 【研修】 5日間の研修…): pages set them so, and a flattened page's
// lines come back so (tests/flattened-postings.test.ts). Lines of our own.
import { describe, expect, it } from 'vitest';
import { readPay } from '../lib/pay/read-pay';
import { run } from './helpers';

describe('a heading with its value on the line', () => {
  it('【ノルマ】なし on one line denies a quota, as 【ノルマ】 ⏎ なし does', async () => {
    const page = (q: string) => `受付スタッフ\n【仕事内容】\nお客様からのお問い合わせをお電話で受けます。\n${q}\n【給与】\n時給1,250円`;
    for (const q of ['【ノルマ】なし', '【ノルマ】 ありません', '[ノルマ]一切ありません', '【ノルマ】\nありません']) expect((await run(page(q))).quota, q).toBe('negated');
    for (const q of ['【ノルマ】あり（月20件）', '【ノルマ】月20件']) expect((await run(page(q))).quota, q).toBe('stated');
  });

  it('a line that ends in 研修 heads no training pay: the 【給与】 below it is the pay', () => {
    const p = readPay('営業事務\n【研修】 5日間の研修＋2週間のOJT\n【給与】 月給22万円＋手当');
    expect(p.base).toMatchObject({ unit: 'month', min: 220000 });
    expect(p.training).toBeNull();
    expect(readPay('営業事務\n【研修】\n【給与】 月給22万円').training).toBeNull();
  });

  it('a heading of the period still gives its pay on the line below', () => {
    const p = readPay('受付スタッフ\n【給与】\n時給1,300円\n研修中の時給\n1,250円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.training).toMatchObject({ min: 1250 });
  });
});
