// The pay reader on shapes met this round, pinned with sentences of our own: a rate for people who meet a condition
// (英語を話せる方は…) or certain hours (夕方は…) between the wage and the training pay is the same job's rate, not another role's pay line;
// training paid only for its named length (研修の3日間に限り日当…, 研修2週間のみ時給…).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;
const training = (text: string) => {
  const t = read(text).training;
  return t && { unit: t.unit, min: t.min, max: t.max };
};

describe('a rate for whoever meets a condition is the same job\'s rate', () => {
  it('training pay below such a rate is still the main pay\'s training pay', () => {
    const text = 'ドラッグストア販売\n■給与\n時給1,250円〜\n※韓国語でご案内できる方は時給1,350円〜\n※研修期間（10日間）は時給1,200円';
    expect(training(text)).toEqual({ unit: 'hour', min: 1200, max: 1200 });
    const p = read(text);
    expect(p.base).toMatchObject({ unit: 'hour', min: 1250, max: null });
    // The condition's rate is no other pay line of the page.
    expect(p.note).toBeNull();
  });
  it('a student\'s or an experienced person\'s rate reads the same way', () => {
    expect(training('カフェスタッフ\n時給1,100円\n学生の方は時給1,050円\n研修中（約2週間）は時給1,000円')).toEqual({ unit: 'hour', min: 1000, max: 1000 });
    expect(training('事務補助\n時給1,200円\n※データ入力の経験がある方は1,300円\n※試用期間1ヶ月は時給1,150円')).toEqual({ unit: 'hour', min: 1150, max: 1150 });
  });
  it('an evening rate (夕方は…) is a rate for certain hours of the same job', () => {
    const p = read('ホールスタッフ\n時給1,150円\n夕方は時給1,200円\n研修中は時給1,100円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1150 });
    expect(p.note).toBeNull();
    expect(p.training).toMatchObject({ unit: 'hour', min: 1100 });
  });
  it('another role\'s pay line still owns the training pay stated under it', () => {
    const p = read('コールスタッフ\n【アルバイト】時給1,300円\n【契約社員】月給20万円\n※試用期間3ヶ月は月給18万円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.training).toBeNull();
  });
});

describe('training paid only for its named length', () => {
  it('研修の3日間に限り日当…, 研修2週間のみ時給…', () => {
    expect(training('訪問スタッフ\n報酬：1件あたり8,000円（出来高制）\n※研修の5日間に限り、日当6,000円をお支払いします')).toEqual({ unit: 'day', min: 6000, max: 6000 });
    expect(training('倉庫作業\n時給1,300円\n研修2週間のみ時給1,250円')).toEqual({ unit: 'hour', min: 1250, max: 1250 });
    expect(training('受付\n時給1,200円\n研修の1週間だけは時給1,150円です')).toEqual({ unit: 'hour', min: 1150, max: 1150 });
  });
  it('a training length with a perk after it is still no pay of the period', () => {
    expect(training('受付\n時給1,200円\n研修2週間のみ、交通費1日500円を支給')).toBeNull();
  });
});
