// The pay reader on shapes met at stop 33, pinned with sentences of our own: a recruiting FAQ that asks the wage
// and answers after "A." (Q. 時給はいくらですか？ ⏎ A. 1,300円からです), a results pay named as what a supervisor tallies
// (オペレーターのインセンティブ集計), a page that sets out several positions in numbered blocks between rules, whose
// later blocks' pay and targets are those positions', and the jobs a board lists as viewed by others
// (この求人をチェックした人は…), whose pay and 日払い are theirs; the title's shorthand of the pay and the full statement
// below it; a pay said to start at its figure (月給23万円スタート).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';
import { run } from './helpers';

const read = readPayChecked;

describe('a recruiting FAQ that asks the wage', () => {
  it('the answer after "A." is the wage the question names', () => {
    expect(read('電話受付スタッフ\nQ3. 時給はいくらですか？\nA. 1,300円からのスタートです。').base).toMatchObject({ unit: 'hour', min: 1300, max: null });
    expect(read('配送受付\nQ. 日給はどのくらいですか？\nA. 9,000円です。').base).toMatchObject({ unit: 'day', min: 9000, max: 9000 });
  });
  it('an answer that is not the wage is not read as one', () => {
    expect(read('電話受付スタッフ\nQ3. 時給はいくらですか？\nA. 求人票をご確認ください。\nQ4. 駐車場は？\nA. 1台あたり月3,000円です。').base).toBeNull();
  });
});

describe('results pay the work tallies', () => {
  it('a supervisor who tallies the operators\' incentives earns none by it', () => {
    const p = read('スーパーバイザー\n【仕事内容】\n・オペレーターのインセンティブ集計、勤怠管理\n【給与】\n月給26万円');
    expect(p.incentive.kind).toBe('none');
  });
  it('the job\'s own incentive is still read', () => {
    expect(read('アポインター\n【給与】\n時給1,300円＋インセンティブ').incentive.kind).toBe('plus');
  });
});

describe('several positions in numbered blocks between rules', () => {
  const page = [
    '受付センタースタッフ｜電話で修理のご依頼を受けるお仕事',
    '【募集中の職種】',
    '1. 受付センタースタッフ',
    '2. 出張修理スタッフ',
    '',
    '━━━━━━━━━━',
    '1. 受付センタースタッフ',
    '━━━━━━━━━━',
    '給与：時給1,200円',
    '［仕事内容］',
    'お客様からのお電話で修理のご依頼を受け、訪問日を予約します。受付スタッフにノルマはありません。',
    '',
    '━━━━━━━━━━',
    '2. 出張修理スタッフ',
    '━━━━━━━━━━',
    '月給25万円＋修理件数に応じた歩合',
    'ご家庭に伺い修理します。月間の売上目標あり。',
    '',
    '勤務地',
    '埼玉県川越市',
  ].join('\n');
  it('the later block\'s pay and results pay are that position\'s', () => {
    const p = read(page);
    expect(p.base).toMatchObject({ unit: 'hour', min: 1200, max: 1200 });
    expect(p.incentive.kind).toBe('none');
  });
  it('the later block\'s target is not this job\'s quota', async () => {
    const r = await run(page);
    expect(r.quota).toBe('negated');
  });
});

describe('the jobs a board lists as viewed by others', () => {
  const page = [
    '法人営業（事務機器）',
    '給与：経験を考慮し、面談時にご提示します',
    '仕事内容：既存のお取引先を訪問し、複合機の入れ替えをご提案します。',
    '',
    'この求人をチェックした人は、こんな求人もチェックしています',
    '【日払い】倉庫内の仕分け　時給1,250円',
    'ルート営業（飲料）　月給23万円～28万円',
  ].join('\n');
  it('their pay is theirs: a posting that states no figure has no base pay', () => {
    const p = read(page);
    expect(p.base).toBeNull();
    expect(p.extras.map((e) => e.id)).not.toContain('dailyPay');
  });
  it('a board\'s 近くの求人 lists other postings too', () => {
    const p = read('カフェスタッフ\n■仕事内容\nドリンクづくりと接客\n■給与\n面接時にご相談のうえ決定します\n\n■近くの求人\n・書店スタッフ　時給1,100円\n・パン屋の販売　時給1,150円');
    expect(p.base).toBeNull();
  });
  it('this job\'s own figure is still read above the list', () => {
    expect(read(page.replace('経験を考慮し、面談時にご提示します', '月給26万円～'))).toMatchObject({ base: { unit: 'month', min: 260000, max: null } });
  });
});

describe('the title\'s shorthand of the pay and the page\'s full statement of it', () => {
  it('the full range below, from the same figure, is the pay', () => {
    const p = read('家電量販店の販売スタッフ｜未経験OK｜時給1,300円\n株式会社サンプル電機\n\n[アルバイト]時給1,300円～1,500円\n交通費：全額支給');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300, max: 1500 });
    // The shorthand is no other pay line.
    expect(p.note).toBeNull();
  });
  it('an open top in the title gives way to the single figure below', () => {
    expect(read('コールスタッフ｜時給1,250円〜\n■給与\n時給1,250円\n■勤務地\n横浜市').base).toMatchObject({ unit: 'hour', min: 1250, max: 1250 });
  });
});

describe('a pay said to start at its figure', () => {
  it('is open at the top (月給23万円スタート), as 〜 and 以上 are', () => {
    expect(read('督促スタッフ／月給23万円スタート\n【仕事内容】お支払いのご案内').base).toMatchObject({ unit: 'month', min: 230000, max: null });
    expect(read('受付スタッフ\n給与：時給1,200円スタート（半年ごとに昇給あり）').base).toMatchObject({ unit: 'hour', min: 1200, max: null });
  });
  it('a plain figure is still one figure', () => {
    expect(read('受付スタッフ\n給与：時給1,200円（研修中も同じ）').base).toMatchObject({ unit: 'hour', min: 1200, max: 1200 });
  });
});
