// The pay reader on training pay written the ways shift work and 求人票 write it, pinned with sentences of our own:
// the first day as the period (初日は研修のため日給8,000円), a training shift named as one word (研修夜勤, 研修勤務),
// and a 求人票's trial row that names its length before the bracket (試用期間 あり 期間1か月 （時給1,050円）).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;

describe('training pay on the first day', () => {
  it('初日は研修のため…: the first day is the period', () => {
    const p = read('倉庫スタッフ\n給与：日給1万円\n初日は研修のため日給8,000円');
    expect(p.base).toMatchObject({ unit: 'day', min: 10000 });
    expect(p.training).toMatchObject({ unit: 'day', min: 8000, max: 8000 });
  });
  it('初日 without a pay of its own is no training pay (初日は10時からのスタートです)', () => {
    expect(read('受付スタッフ\n給与：時給1,200円\n初日は10時からのスタートです').training).toBeNull();
  });
});

describe('a training shift named as one word', () => {
  it('研修夜勤 and 研修勤務 with their own pay', () => {
    expect(read('介護スタッフ（夜勤専従）\n給与：夜勤1回 25,000円\n※研修夜勤（最初の2回）は1回21,000円').training).toMatchObject({ min: 21000 });
    expect(read('警備スタッフ\n給与：日給11,000円\n研修勤務（3日間）は日給9,000円').training).toMatchObject({ unit: 'day', min: 9000 });
  });
  it('a training shift paid as the job is has no pay of its own (研修勤務あり（時給は同じ）)', () => {
    expect(read('販売スタッフ\n給与：時給1,200円\n研修勤務あり（時給は同じ）').training).toBeNull();
  });
});

describe("a 求人票's trial row with its length named before the bracket", () => {
  it('試用期間 あり 期間1か月 （時給1,050円）', () => {
    const p = read('一般事務\n基本給 時間額 1,100円〜1,200円\n試用期間 あり 期間1か月 （時給1,050円）');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1050, months: 1 });
  });
  it('試用期間 あり 期間3か月 （労働条件に変更なし） is no pay of its own', () => {
    expect(read('一般事務\n基本給 時間額 1,100円\n試用期間 あり 期間3か月 （労働条件に変更なし）').training).toBeNull();
  });
});
