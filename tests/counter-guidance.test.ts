// Guidance given at a counter and by phone (窓口・電話でのご案内) is a desk answering those who come and those who
// call, not calls made to offer something. Postings of our own.
import { describe, expect, it } from 'vitest';
import { flagTexts, posting, run } from './helpers';
import { isAnsweringGuidance } from '../lib/analysis/context';

describe('counter and phone guidance is no outbound calling', () => {
  it.each([
    '区役所の税務課で、窓口・電話でのご案内と申告書の受付、入力をお願いします。',
    '図書館のカウンターで、貸出・返却の手続きと、窓口やお電話でのご案内をお願いします。',
    '店頭とお電話でのご案内、在庫の確認、レジを担当していただきます。',
    '対面または電話でご案内する、保険料の手続きの受付です。',
  ])('%s', async (job) => {
    const r = await run(posting('受付スタッフ（パート）', job));
    expect(flagTexts(r, 'outbound')).toEqual([]);
    expect(r.jobType).not.toBe('outbound');
  });
  it('phone guidance to customers on a list is still outbound', async () => {
    const r = await run(posting('ご案内スタッフ（アルバイト）', '会員様へ、新しいプランを電話でご案内するお仕事です。1日に40件ほどおかけします。'));
    expect(r.jobType).toBe('outbound');
  });
  it('only guidance: a counter named before other phone work leaves it as it was', () => {
    const s = '窓口・電話でのご提案';
    expect(isAnsweringGuidance(s, 3, s.length)).toBe(false);
    const g = '窓口・電話でのご案内';
    expect(isAnsweringGuidance(g, 3, g.length)).toBe(true);
    const far = '窓口で書類を受け取り、後日電話でのご案内';
    expect(isAnsweringGuidance(far, far.indexOf('電話'), far.length)).toBe(false);
  });
});
