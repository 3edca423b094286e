// The pay reader on shapes met this round, pinned with sentences of our own: a rate for people who meet a condition
// (英語を話せる方は…) or certain hours (夕方は…) between the wage and the training pay is the same job's rate, not
// another role's pay line;
// training paid only for its named length (研修の3日間に限り日当…, 研修2週間のみ時給…); fixed overtime denied as
// 含んでいません or a form row answered なし; the travel costs of work at the customers' places (移動にかかる費用); a
// commuting cap after a middle dot (交通費別途支給・上限月2万円); a heading about results pay answered ありません on the
// next line; training pay under a pay restated in brackets (年俸…（月…）), with a note about another item after it
// (、歩合は同じ率で支給), or for the first weeks only (最初の2週間だけ); a question about commuting answered by the next
// speaker of a chat.
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

describe('fixed overtime denied in any form of "not included"', () => {
  it('含んでいません, 含まれておりません, 含まれません deny it', () => {
    expect(read('経理スタッフ\n月給22万円〜。固定残業代は含んでいません（残業は月5時間ほど）。').fixedOvertime).toBeNull();
    expect(read('総務\n月給21万円\n※みなし残業代は含まれておりません').fixedOvertime).toBeNull();
    expect(read('設計補助\n月給24万円（固定残業代は含まれません）').fixedOvertime).toBeNull();
  });
  it('a form row about it answered なし on the next line denies it', () => {
    expect(read('受注スタッフ\n基本給（時間額）\n1,150円\n固定残業代に関する特記事項\nなし\n').fixedOvertime).toBeNull();
  });
  it('stated fixed overtime is still read', () => {
    expect(read('営業\n月給26万円（固定残業代30時間分・4万円を含みます。超過分は別途支給）').fixedOvertime).toMatchObject({ hours: 30, amount: 40000, excessPaid: true });
    expect(read('受注スタッフ\n固定残業代に関する特記事項\n月20時間分として35,000円を支給').fixedOvertime).not.toBeNull();
  });
});

describe('commuting costs of work done at the customers\' places', () => {
  it('移動にかかる費用 and 移動費 are the commuting cost', () => {
    expect(read('訪問販売（業務委託）\n報酬：売上の20%\n移動にかかる費用は各自のご負担となります').commute.kind).toBe('none');
    expect(read('訪問点検スタッフ\n日給11,000円\n移動費は全額支給します').commute.kind).toBe('full');
  });
});

describe('a cap as the next item after a middle dot', () => {
  it('交通費別途支給・上限月2万円 is capped at 20,000円', () => {
    const c = read('受付\n時給1,250円（交通費別途支給・上限月2万円）').commute;
    expect(c).toMatchObject({ kind: 'capped', cap: 20000, text: '交通費別途支給・上限月2万円' });
  });
  it('交通費支給・上限なし is paid in full', () => {
    expect(read('受付\n時給1,250円（交通費支給・上限なし）').commute.kind).toBe('full');
  });
});

describe('a board\'s list of nearby jobs (同じエリアのお仕事) speaks of other jobs', () => {
  it('their results pay is not this job\'s', () => {
    const p = read('受付スタッフ（歯科医院）\n時給1,200円\n交通費全額支給\n\n▼同じエリアのお仕事\n・携帯ショップ販売／時給1,300円＋販売インセンティブ\n・カフェスタッフ／時給1,100円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1200 });
    expect(p.incentive.kind).toBe('none');
  });
  it('results pay stated for the job itself is still read', () => {
    expect(read('携帯ショップ販売\n時給1,300円＋販売インセンティブ\n\n▼同じ職種のお仕事\n・家電販売／時給1,250円').incentive.kind).toBe('plus');
  });
});

describe('a heading about results pay answered on the next line', () => {
  it('■インセンティブ・ノルマ ⏎ ありません denies it', () => {
    const p = read('受付\n■給与\n時給1,250円\n■インセンティブ・ノルマ\nありません。件数で評価することもありません。');
    expect(p.incentive.kind).toBe('none');
    expect(read('受付\n■給与\n時給1,250円\n【インセンティブ】\nなし').incentive.kind).toBe('none');
  });
  it('a heading answered with what it pays still reads it', () => {
    expect(read('受付\n■給与\n時給1,250円\n■インセンティブ\nあり（成約1件につき500円）').incentive.kind).toBe('plus');
  });
});

describe('training pay under a yearly or monthly pay restated in brackets', () => {
  it('a bracket that restates the pay per month is no other role owning the training pay', () => {
    expect(training('企画営業\n年俸420万円～540万円（12分割し、月35万円～45万円を支給）\n※試用期間3ヶ月：月32万円')).toEqual({ unit: 'month', min: 320000, max: 320000 });
    expect(training('店舗スタッフ\n年収360万円（月給25万円＋賞与）\n試用期間2ヶ月は月給23万円')).toEqual({ unit: 'month', min: 230000, max: 230000 });
  });
});

describe('training pay with a note about another item after it', () => {
  it('、歩合は同じ率で支給 says nothing of the period\'s own pay', () => {
    expect(training('不動産営業\n月給26万円＋歩合\n試用期間（2ヶ月）は月給24万円、歩合は同じ率で支給')).toEqual({ unit: 'month', min: 240000, max: 240000 });
  });
  it('the period paid the same is still no training pay of its own', () => {
    expect(training('不動産営業\n月給26万円\n試用期間（2ヶ月）も同じ月給です')).toBeNull();
  });
});

describe('the first weeks only', () => {
  it('最初の2週間だけ日給… is training pay', () => {
    expect(training('配送助手\n日給1万1,000円～\n最初の10日間だけ日給1万円です')).toEqual({ unit: 'day', min: 10000, max: 10000 });
  });
  it('a rate for holders of a licence (中型免許があれば…) is no other role owning it', () => {
    expect(training('配送助手\n日給1万1,000円～\n中型免許があればドライバー日給1万3,000円～\n最初の2週間だけ日給1万円')).toEqual({ unit: 'day', min: 10000, max: 10000 });
  });
});

describe('a question about commuting answered in a chat', () => {
  it('the next speaker\'s line answers it', () => {
    const c = read('歯科受付（パート）\n時給1,150円\nAさん：交通費は出ますか？\n担当：1日600円まで出ます。\n').commute;
    expect(c).toMatchObject({ kind: 'capped', cap: 600 });
    expect(read('受付\n時給1,150円\nAさん：交通費は出ますか？\n担当：出ません。ごめんなさい。\n').commute.kind).toBe('none');
  });
});
