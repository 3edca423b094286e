// Stop 27: 受発信 whose calls out the page limits to returning calls (発信は…への折り返しのご連絡のみです) is a desk that
// takes calls; a shop job whose duties are the register and shelves (レジ打ち, 品出し) with a phone question or two is the
// shop's work; a board's job number or a recruit site's name above the title (お仕事No.…, 〇〇株式会社 採用情報) is not
// the title, the next line is; a seat for negotiations (商談席) is a place, not selling; taking a customer from a proposal
// to a contract (ご提案からご契約までを担当) is selling, whatever the title calls the job. Postings of our own in
// tests/fixtures/roles (expected-stop27.json); each was read otherwise before.
import { describe } from 'vitest';
import { roleFixtureTests } from './helpers';

describe('stop 27: callbacks only, shop duties, a title under a job number, proposal to contract', () => {
  roleFixtureTests('expected-stop27.json');
});
