// Stop 26: bookings taken by phone at a counter (a clinic's or a salon's reception: 来院された方の受付, ご来店のお客様,
// 医療事務) are a side task of the counter, not inbound work: with such work in scope and no call center named, the
// rules and the fitted model read them as the counter's. A reservations desk that only takes bookings by phone and
// enters them (データ入力 is desk work, not a counter) stays inbound. Postings of our own in tests/fixtures/roles
// (expected-stop26.json); the clinic's read inbound at 0.90 before.
import { describe } from 'vitest';
import { roleFixtureTests } from './helpers';

describe('stop 26: phone bookings at a counter are the counter\'s work', () => {
  roleFixtureTests('expected-stop26.json');
});
