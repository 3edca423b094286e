// Pay on postings for people who read English (bilingual desks, support lines for visitors): the field is called
// Pay, and the rate is paid an hour or a day as well as per hour.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const page = (pay: string) => `English Support Staff (Contract)\n\nJob description\nAnswer questions from guests by phone and chat.\n\n${pay}\nLocation: Minato-ku, Tokyo\nHours: 9:00-18:00`;

describe('pay stated in English', () => {
  it('Pay: ¥1,600/hour is an hourly wage', () => {
    expect(readPayChecked(page('Pay: ¥1,600/hour')).base).toMatchObject({ unit: 'hour', min: 1600, max: 1600 });
  });
  it('Pay: 1,600 yen an hour, and ¥12,000 a day', () => {
    expect(readPayChecked(page('Pay: 1,600 yen an hour')).base).toMatchObject({ unit: 'hour', min: 1600 });
    expect(readPayChecked(page('Pay: ¥12,000 a day')).base).toMatchObject({ unit: 'day', min: 12000 });
  });
  it('Hourly rate: ¥1,500 - ¥1,800 names its unit before the range', () => {
    expect(readPayChecked(page('Hourly rate: ¥1,500 - ¥1,800')).base).toMatchObject({ unit: 'hour', min: 1500, max: 1800 });
  });
  it('a payment service\'s name is not a pay field (PayPay 1,000円分)', () => {
    expect(readPayChecked('ご来店の方に PayPay 1,000円分をプレゼント\n受付は10時から').base).toBeNull();
  });
});
