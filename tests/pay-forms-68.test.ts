// The pay reader on shapes met at stop 68, pinned with sentences of our own: a shop owner's post that says, in
// speech, that the commute is not paid.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;

describe('commute not paid, said as a shop owner says it', () => {
  it('交通費は出せなくてごめんなさい and 交通費は出せず are no commute pay', () => {
    expect(read('カフェのホールスタッフ募集！\n時給1,150円です。\n交通費は出せなくてごめんなさい、近くの方だとうれしいです。').commute.kind).toBe('none');
    expect(read('カフェのホールスタッフ募集！\n時給1,150円です。\n交通費は出せず申し訳ありません。').commute.kind).toBe('none');
  });
  it('a cap is still a cap', () => {
    expect(read('カフェのホールスタッフ募集！\n時給1,150円です。\n交通費は月5,000円まで出します。').commute.kind).toBe('capped');
  });
});
