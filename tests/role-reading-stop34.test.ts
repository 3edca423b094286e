// Kinds of reading fixed at stop 34, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { roleFixtureTests, run } from './helpers';

describe('stop 34: postings of our own (expected-stop34.json)', () => {
  roleFixtureTests('expected-stop34.json');
});

describe('stop 34: work said to be done by staff of another job', () => {
  const inbound = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present');
  it('予約の電話は受付スタッフが担当します, on a hygienist\'s page: the calls are the reception\'s', async () => {
    const r = await run('歯科衛生士（正社員）\n【仕事内容】\nクリーニングと歯科保健指導をお任せします。予約の電話は受付スタッフが担当します。');
    expect(inbound(r)).toEqual([]);
  });
  it('the same words on the reception\'s own page are its work', async () => {
    const r = await run('受付スタッフ（パート）\n【仕事内容】\n来院された方の受付とお会計です。予約の電話は受付スタッフが担当します。');
    expect(inbound(r).length).toBeGreaterThan(0);
  });
  it('all the staff, the applicant among them, take the calls', async () => {
    const r = await run('ホールスタッフ\n【仕事内容】\n料理の配膳です。予約の電話は全スタッフが交代で受けます。');
    expect(inbound(r).length).toBeGreaterThan(0);
  });
});
