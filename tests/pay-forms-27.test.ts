// What many successes add up to (月20件獲得で10万円, 10件成約で5万円) is an earnings example: neither what one success
// pays nor a wage. What one success pays (アポ1件獲得で3,000円, 成約1件で2万円) stays the rate. Lines of our own, inside a
// small posting of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (pay: string) =>
  ['法人向けテレアポスタッフ募集（業務委託）', '仕事内容：会社へお電話をかけ、営業担当が伺う日時をお約束していただきます。', pay, '勤務地：在宅', '応募方法：応募フォームより'].join('\n');

describe('a count of many successes before an amount', () => {
  it.each([
    ['報酬：成果に応じて支給（例：月20件獲得で10万円）', null],
    ['報酬：完全歩合（15件成約で9万円）', null],
    ['報酬：完全歩合　アポイント獲得1件につき5,000円（月20件獲得で10万円）', 5000],
  ])('%s: pay by the piece, its rate %s', (line, rate) => {
    const p = readPayChecked(posting(line));
    expect(p.base).toMatchObject({ unit: 'piece', min: rate });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: rate });
  });

  it('is no wage either (10件成約で5万円の報奨金 beside 時給1,300円)', () => {
    expect(readPayChecked(posting('給与：時給1,300円\n報奨金：10件成約で5万円')).base).toMatchObject({ unit: 'hour', min: 1300, max: 1300 });
    const alone = readPayChecked(posting('報奨金：10件成約で5万円'));
    expect(alone.base).toBeNull();
    expect(alone.incentive.perUnit).toBeNull();
  });

  it.each([
    ['報酬：アポ1件獲得で3,000円', 3000],
    ['報酬：成約1件で2万円', 20000],
  ])('one success: %s pays %s each', (line, rate) => {
    expect(readPayChecked(posting(line)).base).toMatchObject({ unit: 'piece', min: rate });
  });
});
