// Stop 26: bookings taken by phone at a counter (a clinic's or a salon's reception: 来院された方の受付, ご来店のお客様,
// 医療事務) are a side task of the counter, not inbound work: with such work in scope and no call center named, the
// rules and the fitted model read them as the counter's. A reservations desk that only takes bookings by phone and
// enters them (データ入力 is desk work, not a counter) stays inbound. Postings of our own in tests/fixtures/roles
// (expected-stop26.json); the clinic's read inbound at 0.90 before.
// Also: a page that says its job is no phone work (オペレーターとしての電話応対はありません) does not fall back to
// "a center answers calls" (a center's voice engineer and translator read inbound before); a title that names only a
// center's staff (在宅コールスタッフ) leaves the direction to the duties that state it (a survey caller read inbound);
// a trade named for the company (テレマーケティング会社の経理) is not the job; orders taken by phone and FAX are
// inbound work, and so is 通販受注 in a title beside its フォローコール; 受電と発信 names both directions. A center's name (総合案内コールセンター) is no 案内コール, a callback after checking (こちらから
// お電話で折り返します) is inbound work, and an insurance adviser who visits clients to propose plans is selling.
// Each direction named with its share of the work (受信（約7割）・発信（約3割）) is 受発信; a board's other 派遣 jobs
// listed under その他の派遣のお仕事 (受信のみ there) are not this job's work. A field job whose calls a head office's
// center takes (本社のコールセンターが受信して…) and whose staff neither take nor make calls (電話を受けたり、…電話を
// かけたりすることはありません: the parallel items share the denial however long the second is) is other work. A desk that takes calls and
// mails (お電話とメールを受けて) and calls out only to return them (電話をかけるのは、折り返しのお約束をしたときだけです) is inbound.
import { describe } from 'vitest';
import { roleFixtureTests } from './helpers';

describe('stop 26: phone bookings at a counter are the counter\'s work', () => {
  roleFixtureTests('expected-stop26.json');
});
