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

// A call center's posting whose pay line is the one under test.
const centerPage = (pay: string) => `コールセンタースタッフ募集\n【仕事内容】お問い合わせ対応\n【給与】${pay}`;

describe('the training period stated in weeks or days has its length in months', () => {
  it.each([
    ['時給1,400円（研修期間3ヶ月は時給1,300円）', 3],
    ['時給1,400円（研修期間2週間は時給1,300円）', 0.5],
    ['時給1,400円\n※研修中（約10日間）は時給1,300円', 0.3],
    ['時給1,400円（試用期間90日間は時給1,300円）', 3],
  ])('%s → %s months', (pay, months) => {
    expect(readPayChecked(centerPage(pay)).training).toMatchObject({ unit: 'hour', min: 1300, months });
  });
  it('a day\'s hours are no length (勤務時間：1日8時間)', () => {
    expect(readPayChecked(`${centerPage('時給1,400円（研修中は時給1,300円）')}\n勤務時間：1日8時間`).training?.months).toBeNull();
  });
});

describe('training pay written as a step up has its length in the same units (one reading of lengths)', () => {
  it.each([
    ['時給1,200円（研修2週間）→1,350円', 0.5],
    ['時給1,200円（試用期間3ヶ月）→1,350円', 3],
    ['時給1,200円→研修10日間終了後1,350円', 0.3],
    ['時給1,200円（研修中）→半年後1,350円', 6],
    ['時給1,200円（研修中）→3ヶ月目以降1,350円', 2],
  ])('%s → %s months', (pay, months) => {
    expect(readPayChecked(centerPage(pay)).training).toMatchObject({ unit: 'hour', min: 1200, months });
  });
});
