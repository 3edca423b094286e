// Commuting costs refused in the potential form (交通費は出せません, 支給できません), as small shops write on SNS and in
// notices: the employer cannot pay them, so they are not paid; a potential that grants (全額支給できます) stays full.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const page = (commute: string) => `お弁当屋さんのスタッフ募集\n【給与】時給1,100円\n【勤務時間】10:00〜14:00\n${commute}`;

describe('commuting costs the employer cannot pay', () => {
  it.each([['交通費は出せません、ごめんなさい'], ['🚃交通費は出せません。近くの方だとうれしいです'], ['交通費は支給できません'], ['交通費は出せないので、近所の方歓迎']])('%s is none', (line) => {
    expect(readPayChecked(page(line)).commute.kind).toBe('none');
  });
  it('交通費は全額支給できます is full', () => {
    expect(readPayChecked(page('交通費は全額支給できます')).commute.kind).toBe('full');
  });
});
