// Posting or article: notices of public benefits (a city's relocation grant, a town's rent subsidy) head how much is
// paid out and how to apply for it; they were badged as postings, one with its grant read as commission pay. A city's
// job ad heads 申込方法 and a posting names its rent allowance's 支給額 in a line: they stay postings. Pages of our
// own in tests/fixtures/posting-shapes, listed in expected-stop25.json.
import { describe, expect, it } from 'vitest';
import { checkPages, markersIn } from './posting-shapes-helpers';

describe('posting or article: notices of public benefits (tests/fixtures/posting-shapes/expected-stop25.json)', () => checkPages('expected-stop25.json'));

describe('a notice of a public benefit', () => {
  it('heads both the amount paid out and how to apply for it', () => {
    expect(markersIn('助成金のご案内\n\n助成額\n上限10万円\n\n申請期間\n4月1日から')).toBe(1);
    expect(markersIn('給付金について\n【給付額】\n5万円\n【申請手続き】\n窓口で')).toBe(1);
  });
  it('one of the two, or either inside a sentence, is no sign', () => {
    expect(markersIn('家賃補助あり（支給額 月2万円）\n\n申込方法\n郵送で')).toBe(0);
    expect(markersIn('支給額\n月2万円\n\n応募方法\nフォームから')).toBe(0);
  });
});
