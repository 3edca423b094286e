// Posting or article: a city's notice of a subsidy for companies heads what it covers with its limits (補助の内容と上限額)
// and how to apply (申請の手続き); a call for partner companies (協力会社（パートナー企業）募集) says individuals cannot
// apply; a call for unpaid volunteers (この活動は無償のボランティアです). All were badged as postings. A call for paid
// volunteers (謝礼：1時間あたり1,000円) stays a posting. A home callers' posting that welcomes individuals stays a posting. Pages of our
// own in tests/fixtures/posting-shapes, listed in expected-stop26.json.
import { describe, expect, it } from 'vitest';
import { checkPages, markersIn } from './posting-shapes-helpers';

describe('posting or article: a subsidy notice and a call for partner companies (expected-stop26.json)', () => checkPages('expected-stop26.json'));

describe('article markers', () => {
  it('a subsidy notice heads what it covers and its limits, and how to apply', () => {
    expect(markersIn('補助金のご案内\n\n補助の内容と上限額\n賃料の2分の1\n\n申請の手続き\n窓口へ')).toBe(1);
    expect(markersIn('助成金について\n\n【助成率】\n3分の2\n\n【申請期間】\n6月末まで')).toBe(1);
  });
  it('unpaid work is an activity, not a job; a posting\'s unpaid part is not', () => {
    expect(markersIn('見守りの会\n\n※この活動は無償のボランティアです。')).toBe(1);
    expect(markersIn('在宅オペレーター\n\n※待機時間に対する報酬はありません\n研修は無報酬です。')).toBe(0);
  });
  it('a call that names companies only, not a job for individuals', () => {
    expect(markersIn('募集のご案内\n\n※個人の方からのご応募はお受けしておりません。')).toBe(1);
    expect(markersIn('スタッフ募集\n\n個人の方のご応募も歓迎します。')).toBe(0);
  });
});
