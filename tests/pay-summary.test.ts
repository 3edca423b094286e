// The pay line and list in Japanese and English, from pay facts read from sentences of our own.
import { describe, expect, it } from 'vitest';
import { readPay } from '../lib/pay/read-pay';
import { formatAmount, payLines, paySummary } from '../lib/pay/summary';

describe('pay summary', () => {
  it('states base pay, training pay and incentive in one line', () => {
    const pay = readPay('テレアポ\n【給与】\n時給1,300円〜1,500円（研修中1,200円）＋インセンティブ');
    expect(paySummary(pay, 'ja')).toBe('時給1,300〜1,500円（研修中1,200円）・インセンティブあり');
    expect(paySummary(pay, 'en')).toBe('¥1,300–1,500 an hour (training ¥1,200) · incentive pay');
  });
  it('writes monthly and yearly pay in 万, with open ranges and fixed overtime', () => {
    const pay = readPay('営業\n【給与】\n月給20.5万円〜（固定残業代30時間分を含む）');
    expect(paySummary(pay, 'ja')).toBe('月給20.5万円〜・固定残業代込み（30時間分）');
    expect(paySummary(pay, 'en')).toBe('¥205,000+ a month · includes fixed overtime (30 h)');
    expect(formatAmount(4_200_000, 5_600_000, 'year', 'ja')).toBe('420万〜560万円');
  });
  it('writes a pay stated only by its upper end as such, and pay by the week', () => {
    const pay = readPay('受付\n【給与】\n時給〜1,650円');
    expect(paySummary(pay, 'ja')).toBe('時給〜1,650円');
    expect(paySummary(pay, 'en')).toBe('up to ¥1,650 an hour');
    expect(paySummary(readPay('受付\n【給与】\n週給4万2,000円〜'), 'ja')).toBe('週給42,000円〜');
    expect(paySummary(readPay('受付\n【給与】\n週給4万2,000円〜'), 'en')).toBe('¥42,000+ a week');
  });
  it('says when pay is piece work only, or not stated', () => {
    expect(paySummary(readPay('テレアポ\n【報酬】\n完全歩合制\nアポ1件3,500円'), 'ja')).toBe('出来高（1件3,500円）・完全歩合（固定給なし）');
    expect(paySummary(readPay('受付スタッフ\n明るい職場です'), 'ja')).toBe('給与の記載なし');
    expect(paySummary(readPay('受付スタッフ\n明るい職場です'), 'en')).toBe('pay not stated');
  });
  it('says when only the pay system is stated, with no amount (月給制（経験を考慮して決定）)', () => {
    const pay = readPay('営業\n給与：月給制（経験・スキルを考慮して決定します）\n勤務地：東京');
    expect(pay.base).toMatchObject({ unit: 'month', min: null, max: null, text: '月給制' });
    expect(paySummary(pay, 'ja')).toBe('月給（金額の記載なし）');
    expect(paySummary(pay, 'en')).toBe('a month, amount not stated');
  });
  it('lists every fact for the popup', () => {
    const pay = readPay('受付\n【給与】\n時給1,250円＋歩合（1件500円）\n研修期間（2ヶ月）は時給1,150円\n交通費支給（上限2万円）、日払いOK\n【他の職種】\n事務：時給1,100円');
    expect(payLines(pay, 'ja')).toEqual([
      '基本の給与：時給1,250円',
      '研修・試用期間中（2ヶ月）：時給1,150円',
      'インセンティブあり（1件あたり500円）',
      '交通費支給（上限あり）：上限20,000円',
      '日払いあり',
      'ほかの職種・給与の記載あり',
    ]);
    expect(payLines(pay, 'en')[3]).toBe('commuting paid up to a cap: cap ¥20,000');
  });
  it('a page that names an incentive but states no pay says so, and no other pay lines', () => {
    const pay = readPay('インサイドセールス\n【仕事内容】\n資料請求をいただいた企業様へお電話します。達成率に応じてインセンティブを支給します。');
    expect(paySummary(pay, 'ja')).toBe('給与の記載なし・インセンティブの記載のみ（金額の記載なし）');
    expect(paySummary(pay, 'en')).toBe('pay not stated · an incentive is named, but no pay is stated');
    expect(payLines(pay, 'ja')).toContain('インセンティブの記載のみ（金額の記載なし）');
    expect(payLines(pay, 'ja')).not.toContain('ほかの職種・給与の記載あり');
  });
});

describe('the training length in the pay lines', () => {
  const pay = (months: number | null) => ({ ...readPay('【給与】時給1,400円（研修期間3ヶ月は時給1,300円）'), training: { unit: 'hour' as const, min: 1300, max: 1300, months, text: '', start: 0, end: 0 } });
  it.each([
    [3, '（3ヶ月）', ' (3 months)'],
    [0.5, '（約2週間）', ' (about 2 weeks)'],
    [1.4, '（約1.4ヶ月）', ' (about 1.4 months)'],
  ])('%s months reads %s', (months, ja, en) => {
    expect(payLines(pay(months), 'ja').join('\n')).toContain(`研修・試用期間中${ja}`);
    expect(payLines(pay(months), 'en').join('\n')).toContain(`During training or trial${en}`);
  });
});
