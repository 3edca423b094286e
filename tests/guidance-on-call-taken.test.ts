// Guidance given on a call the job has taken, in the clause right after taking it (お電話を受け、…のご案内をします), is
// the answer to that call, not outbound calling. Postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { isAnsweringGuidance } from '../lib/analysis/context';
import { posting, run } from './helpers';

describe('guidance on a call taken is answering it', () => {
  it.each([
    'ご利用中の会員さまからお電話を受け、ログインできない原因を確かめて解決のご案内をします。',
    '契約者さまからのお問い合わせをいただき、解約の手続きのご案内をします。',
  ])('%s', async (job) => {
    const r = await run(posting('サポートデスクスタッフ', job));
    expect(r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('inbound');
  });
  it('a share of the work between them is another clause (受けるのが7割、…ご案内をお電話するのが3割)', () => {
    const s = 'お電話を受けるのが7割、会員さまへ更新のご案内をお電話するのが3割です。';
    const at = s.indexOf('ご案内をお電話');
    expect(isAnsweringGuidance(s, at, at + 'ご案内をお電話'.length)).toBe(false);
  });
  it('guidance with no call taken before it stays outbound', () => {
    const s = '会員さまへ、新しいプランを電話でご案内します。';
    const at = s.indexOf('電話でご案内');
    expect(isAnsweringGuidance(s, at, at + '電話でご案内'.length)).toBe(false);
  });
});
