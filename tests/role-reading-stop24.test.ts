// Kinds found at stop 24 in the odd half of eval-blind-16, each pinned by postings of our own in tests/fixtures/roles
// (expected-stop24.json; every one read wrong before): a title inviting the reader (〜で働きませんか) is not a denial,
// orders taken from callers' phone calls (お客様からのお電話で…承ります) are inbound work, sales titles without 営業
// (リフォームアドバイザー, アカウントプランナー, お取引先を回る route sales), a sales budget (売上予算) is a target, and a
// monthly count of meetings set (月15件の面談成立を目安) is a target of outbound work.
import { describe } from 'vitest';
import { roleFixtureTests } from './helpers';

describe('stop 24: roles and targets in the words of eval-blind-16\'s odd half, in postings of our own', () => {
  roleFixtureTests('expected-stop24.json');
});
