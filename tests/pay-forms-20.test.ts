// The commute reader on refusals said the way small employers and classifieds say them: an apology first
// (ごめんなさい、出ません; 申し訳ありませんが、支給はありません) and the plain form with its reason after it
// (交通費は出ないので、…). A reason first (在宅のため、支給なし) still points past itself to the statement.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const posting = (commute: string) => `【職種】電話受付スタッフ\n【給与】時給1,150円\n【交通費】${commute}\n【勤務地】商店街の事務所`;

describe('commute refused after an apology', () => {
  it.each([['ごめんなさい、出ません'], ['申し訳ありませんが、支給はありません'], ['すみません、なしです'], ['残念ながら、支給なし']])('%s → none', (line) => {
    expect(readPayChecked(posting(line)).commute.kind).toBe('none');
  });
  it('an apology before a cap still reads the cap', () => {
    const c = readPayChecked(posting('申し訳ございませんが、上限月1万円までの支給です')).commute;
    expect(c).toMatchObject({ kind: 'capped', cap: 10000 });
  });
  it('an apology before full payment reads full', () => {
    expect(readPayChecked(posting('お待たせしてすみません、全額支給に変わりました')).commute.kind).toBe('full');
  });
});

describe('the plain form of a refusal, with its reason after it', () => {
  it('交通費は出ないので、… is none', () => {
    expect(readPayChecked('【職種】電話受付スタッフ\n【給与】時給1,150円\n交通費は出ないので、近くにお住まいの方が向いています。\n【勤務地】商店街の事務所').commute.kind).toBe('none');
  });
  it('a reason first still points to the statement after it', () => {
    expect(readPayChecked(posting('在宅でのお仕事のため、支給はありません')).commute.kind).toBe('none');
    expect(readPayChecked(posting('距離により、全額支給')).commute.kind).toBe('full');
  });
});
