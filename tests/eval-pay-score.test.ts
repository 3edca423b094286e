// Scoring pay against labels: each field, the company-profile count, halves by id, and bad label files.
import { describe, expect, it } from 'vitest';
import { evaluatePay, formatPayReport, inCompanyProfile, parsePayLabels, type PayLabel } from '../lib/eval/pay';
import { idNumber, splitHalves } from '../lib/eval/halves';
import { readPay } from '../lib/pay/read-pay';

const label = (id: string, pay: Partial<PayLabel['pay']>): PayLabel => ({
  id,
  pay: { unit: null, min: null, max: null, training: null, incentive: 'none', incentive_per_unit: null, fixed_overtime: false, commute: 'unstated', ...pay },
});

describe('pay scoring', () => {
  it('scores every field and lists the misses', () => {
    const text = '受付\n【給与】\n時給1,200円〜1,400円（研修中1,100円）\n交通費全額支給';
    const r = evaluatePay([
      { label: label('001', { unit: 'hour', min: 1200, max: 1400, training: { unit: 'hour', min: 1100, max: 1100 }, commute: 'full' }), text, pay: readPay(text) },
      { label: label('003', { unit: 'hour', min: 1200, max: 1500, commute: 'partial' }), text, pay: readPay(text) },
    ]);
    expect(r.counts.unit).toEqual({ right: 2, total: 2 });
    expect(r.counts.max).toEqual({ right: 1, total: 2 });
    expect(r.counts.commute).toEqual({ right: 1, total: 2 });
    expect(r.counts.training).toEqual({ right: 1, total: 2 });
    expect(r.misses.map((m) => `${m.id}:${m.metric}`)).toEqual(['003:max', '003:commute', '003:training']);
    expect(formatPayReport(r)).toContain('pay.max             50.0%  (1/2)');
  });
  it('counts a company-profile amount read as pay', () => {
    const text = '受付\n【会社概要】\n資本金 3,000万円';
    const forced = { ...readPay(text), base: { unit: 'month' as const, min: 30_000_000, max: 30_000_000, text: '3,000万円', start: text.indexOf('3,000'), end: text.length } };
    expect(evaluatePay([{ label: label('005', {}), text, pay: forced }]).companyAsPay).toBe(1);
    expect(evaluatePay([{ label: label('005', {}), text, pay: readPay(text) }]).companyAsPay).toBe(0);
  });
  it('judges a fact on a form flattened into one long line by the words right before it, not by the whole line', () => {
    const filler = '仕事内容 お客様からのお電話に出て、ご注文を伺います。'.repeat(12);
    const text = `受付スタッフ\n${filler} 賃金 時間額 1,150円 通勤手当 実費 会社の情報 従業員数 40人 資本金 3,000万円`;
    const wage = { ...readPay(text), base: { unit: 'hour' as const, min: 1150, max: 1150, text: '1,150円', start: text.indexOf('1,150'), end: text.indexOf('1,150') + 6 } };
    expect(evaluatePay([{ label: label('005', {}), text, pay: wage }]).companyAsPay).toBe(0);
    const capital = { ...readPay(text), base: { unit: 'month' as const, min: 30_000_000, max: 30_000_000, text: '3,000万円', start: text.indexOf('3,000万'), end: text.length } };
    expect(evaluatePay([{ label: label('005', {}), text, pay: capital }]).companyAsPay).toBe(1);
  });
  it('splits by the parity of the id number', () => {
    expect(idNumber('r013')).toBe(13);
    expect(idNumber('b004')).toBe(4);
    const h = splitHalves(['001', '002', 'r101', 'b004'], (x) => x);
    expect(h).toEqual({ tune: ['001', 'r101'], untouched: ['002', 'b004'] });
  });
  it('says which line of a label file is bad', () => {
    expect(() => parsePayLabels('{"id":"001","pay":{}}\n{oops', 'pay.jsonl')).toThrow(/pay\.jsonl:2: not valid JSON/);
    expect(() => parsePayLabels('{"id":"001"}', 'pay.jsonl')).toThrow(/pay\.jsonl:1: a pay label needs/);
  });
});

describe('the company-profile judge', () => {
  it('a pay heading alone on its line after the company block opens its own section; a figure inside the block does not', () => {
    const page = '◆事務スタッフ\n◆会社名\nあさひ物流株式会社\n◆年収\n320万円〜400万円\n◆仕事内容\n伝票の入力';
    expect(inCompanyProfile(page, page.indexOf('◆年収') + 1)).toBe(false);
    expect(inCompanyProfile(page, page.indexOf('320万円'))).toBe(false);
    const profile = '◆事務スタッフ\n◆給与\n時給1,200円\n◆会社概要\n社名 あさひ物流株式会社\n平均年収 520万円\n資本金 3,000万円';
    expect(inCompanyProfile(profile, profile.indexOf('520万円'))).toBe(true);
    expect(inCompanyProfile(profile, profile.indexOf('3,000万円'))).toBe(true);
    expect(inCompanyProfile(profile, profile.indexOf('1,200円'))).toBe(false);
  });
  it('a heading with its value on its own line after a company line is read under that heading', () => {
    const form = '受付スタッフ\n【会社名】あさひ物流株式会社 仙台センター\n【給与】時給1,150円（22時以降は1,438円）\n【資本金】3,000万円';
    expect(inCompanyProfile(form, form.indexOf('時給1,150円'))).toBe(false);
    expect(inCompanyProfile(form, form.indexOf('3,000万円'))).toBe(true);
  });
});
