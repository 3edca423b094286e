// A page's table or list of terms turned into text puts each label on a line of its own and its value on the next
// (職種 ⏎ 一般事務, 友だち紹介報奨金 ⏎ 1名につき10,000円), as the extractor does with <dt>/<dd> and boards' label
// cells. Such a pair must read as the same label and value on one line. Postings of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { readPayChecked } from './pay-helpers';

const officeJob = (jobLines: string) =>
  [
    '株式会社ノースリンク　採用情報',
    '',
    '【募集要項】',
    jobLines,
    '仕事内容',
    'お客様からのお電話を受け、担当の営業へおつなぎします。そのほか、見積書の作成と書類の整理をお願いします。',
    '給与',
    '月給19万円～',
    '勤務地',
    '札幌市中央区',
    '応募資格',
    'パソコンの基本操作ができる方',
  ].join('\n');

describe('the job named on the line under a 職種 label of its own', () => {
  it.each([
    ['職種：一般事務', 'one line'],
    ['職種\n一般事務', 'label, then value'],
    ['【職種】\n\n一般事務', 'bracketed label, a blank line, then value'],
    ['職名\n一般事務', '職名'],
  ])('%s (%s) names office work, which the duties\' calls do not outweigh', async (jobLines) => {
    const r = await run(officeJob(jobLines));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });

  it('a label with more words after it is not a 職種 label alone: its next line names nothing', async () => {
    const r = await run(officeJob('職種について\n一般事務'));
    // Not read as the job's name; the duties decide, as they would with no name at all.
    expect(r.jobType).toBe((await run(officeJob(''))).jobType);
  });
});

const withReward = (label: string, value: string) =>
  ['倉庫内の検品スタッフ募集', '仕事内容：入荷した商品の数を数え、傷がないか確かめます。', '給与：時給1,200円', '■手当・特典', label, value, '勤務地：千葉県市川市', '応募方法：応募フォームより'].join('\n');

describe('a reward named on the line above its amount', () => {
  it('友だち紹介報奨金 ⏎ 1名につき10,000円 is a referral reward, not pay per success', () => {
    expect(readPayChecked(withReward('友だち紹介報奨金', '1名につき10,000円（紹介した方が30日勤務した時点で支給）')).incentive.kind).toBe('none');
  });
  it('社員紹介制度 ⏎ 1名につき30,000円 too', () => {
    expect(readPayChecked(withReward('社員紹介制度', '1名につき30,000円')).incentive.kind).toBe('none');
  });
  it('成約手当 ⏎ 1件につき3,000円 is still pay per success', () => {
    expect(readPayChecked(withReward('成約手当', '1件につき3,000円'))).toMatchObject({ incentive: { kind: 'plus', perUnit: 3000 } });
  });
  it('a value line with a label of its own is read by that label, not the line above', () => {
    expect(readPayChecked(withReward('友だち紹介制度あり', 'アポ手当：1件につき500円')).incentive).toMatchObject({ kind: 'plus', perUnit: 500 });
  });
});

describe("a target's label above its figure, the figure's line carrying a note", () => {
  const sales = (targetLines: string) =>
    ['法人営業スタッフ募集', '仕事内容：オフィス向けの複合機を、既存のお客様を訪ねてご提案します。', targetLines, '給与：月給25万円～', '勤務地：名古屋市中区', '応募方法：応募フォームより'].join('\n');
  it('営業目標 ⏎ 1人あたり月2件の成約（入社半年までは目標なし） states a target, as on one line', async () => {
    expect((await run(sales('営業目標\n1人あたり月2件の成約（入社半年までは目標なし）'))).quota).toBe('stated');
    expect((await run(sales('営業目標：1人あたり月2件の成約（入社半年までは目標なし）'))).quota).toBe('stated');
  });
  it('a figure inside the note still answers the heading (【チーム目標】 ⏎ 回収率（目標85％）を掲げています)', async () => {
    expect((await run(sales('【チーム目標】\nチームごとに月間の契約率（目標85％）を掲げています。'))).quota).toBe('stated');
  });
  it('営業目標 ⏎ なし denies it (a target denied, not ノルマなし: absent, with quota.targetsDenied)', async () => {
    const r = await run(sales('営業目標\nなし'));
    expect(r.quota).toBe('absent');
    expect(r.reasons.map((x) => x.id)).toContain('quota.targetsDenied');
  });
});

describe("an experience field's value on the line under its label", () => {
  const form = (experience: string) =>
    ['求人番号　13010-00000000', '職種', '受付事務', '仕事内容', '来客の受付と書類の整理をお願いします。', '必要な経験等', experience, '賃金', '時間額 1,120円', '就業場所', '東京都府中市'].join('\n');
  it.each([['不問'], ['\n不問（パソコンの基本操作ができる方）'], ['特になし']])('必要な経験等 ⏎ %j welcomes beginners', async (value) => {
    expect((await run(form(value))).signals.beginnerOk).toBe(true);
  });
  it('必要な経験等 ⏎ 受付の経験1年以上 does not', async () => {
    expect((await run(form('受付の経験1年以上'))).signals.beginnerOk).toBe(false);
  });
  it('学歴 ⏎ 不問 says nothing of experience', async () => {
    expect((await run(form('受付の経験1年以上').replace('必要な経験等', '学歴\n不問\n必要な経験等'))).signals.beginnerOk).toBe(false);
  });
});
