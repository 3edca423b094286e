// Kinds found at stop 24 in the odd half of eval-blind-16, each pinned by postings of our own in tests/fixtures/roles
// (expected-stop24.json; every one read wrong before): a title inviting the reader (〜で働きませんか) is not a denial,
// orders taken from callers' phone calls (お客様からのお電話で…承ります) are inbound work, sales titles without 営業
// (リフォームアドバイザー, アカウントプランナー, お取引先を回る route sales), a sales budget (売上予算) is a target, and a
// monthly count of meetings set (月15件の面談成立を目安) is a target of outbound work.
import { describe, expect, it } from 'vitest';
import { posting, roleFixtureTests, run } from './helpers';

describe('stop 24: roles and targets in the words of eval-blind-16\'s odd half, in postings of our own', () => {
  roleFixtureTests('expected-stop24.json');
});

describe('calls made only for routine contact are a side of inbound work', () => {
  it('発信は…の連絡のみ, 架電は折り返しだけ: inbound; 発信は新規のお客様のみ still names outbound work', async () => {
    const rest = '【給与】\n時給1,300円\n【勤務地】\n名古屋市中区';
    const read = async (title: string, job: string) => (await run(posting(title, job, rest))).jobType;
    expect(await read('車の故障受付スタッフ', 'お客様からのお電話を受けます。発信は出動手配の連絡のみ。')).toBe('inbound');
    expect(await read('修理受付スタッフ', 'お客様からのお電話を受けます。架電は折り返しのご連絡だけです。')).toBe('inbound');
    expect(await read('受発信スタッフ', 'お客様からのお電話を受けます。発信は新規のお客様のみです。')).toBe('mixed');
  });
});
