// Stop 28: a title that says the job is only answering the phone (電話対応するだけ, 電話対応のみ, 電話対応がメイン) is a desk
// that takes calls, even on a board's thin record with no duties written. From a set of real job records in public
// repositories, labelled by a helper; postings of our own in tests/fixtures/roles (expected-stop28.json).
import { describe, expect, it } from 'vitest';
import { roleFixtureTests, run } from './helpers';

describe('stop 28: phone answering only', () => {
  roleFixtureTests('expected-stop28.json');
  it('the duty named as only or mainly the phone is inbound; the phone as one duty among others is not', async () => {
    expect((await run('予約受付スタッフ\n仕事内容\nお仕事はご予約の電話対応がメインです。\n時給：1,300円\n勤務地：福岡市')).jobType).toBe('inbound');
    expect((await run('一般事務\n仕事内容\n書類のファイリングや来客対応、電話対応もお願いします。\n時給：1,200円\n勤務地：福岡市')).jobType).toBe('other');
  });
});

describe('stop 28: the applicant\'s past targets are not this job\'s', () => {
  it('売上目標を持って行動していた方, ノルマのある営業をしていた方, 目標達成の経験がある方: whom the page looks for', async () => {
    for (const line of ['売上目標を持って行動していた方を想定しています。', 'ノルマのある営業をしていた方も歓迎します。', '月間目標の達成経験がある方は優遇します。']) {
      const r = await run(`ルート営業\n仕事内容\n既存のお客様を訪問し、消耗品の補充をご提案します。\n応募資格\n${line}\n給与：月給25万円\n勤務地：大阪市`);
      expect(r.quota, line).toBe('absent');
    }
    // This job's own target stays stated.
    expect((await run('ルート営業\n仕事内容\n月間の売上目標を持って、既存のお客様を訪問します。\n給与：月給25万円\n勤務地：大阪市')).quota).toBe('stated');
  });
});
