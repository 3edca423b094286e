// Kinds of reading fixed at stop 57, each pinned by postings and sentences of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleMarkerCount } from '../lib/analysis/decide/article-markers';
import { postingEvidence } from '../lib/analysis/decide/posting';
import { flagTexts, posting, roleFixtureTests, run } from './helpers';

describe('stop 57: postings of our own (expected-stop57.json)', () => {
  roleFixtureTests('expected-stop57.json');
});

describe("a center's figures said to be another unit's are neither this job's work nor its targets", () => {
  const about = (r: Awaited<ReturnType<typeof run>>, words: string) => r.flags.filter((f) => f.sentence.includes(words) && f.section !== 'title').map((f) => f.id);
  it.each([
    ['受電件数や応答率などの数字は各SVチームの管轄で、この職種の評価項目ではありません。', '各SVチームの管轄'],
    ['入電数や放棄率はセンター側の指標で、設備スタッフには関係ありません。', 'センター側の指標'],
    ['架電数や売上目標のKPIは営業部が管理しています。', '営業部が管理'],
    ['応答率や受電件数は運用チームが追う数字です。', '運用チームが追う'],
  ])('%s', async (sentence, words) => {
    const r = await run(posting('ビル管理スタッフ', `館内の設備を点検します。\n${sentence}`));
    expect(about(r, words)).toEqual([]);
  });
  it("the job's own figures stand (受電件数や応答率は個人ごとに目標があり)", async () => {
    const r = await run(posting('受電オペレーター', 'ご注文のお電話を受けます。受電件数や応答率は個人ごとに目標があり、毎月の評価項目になります。'));
    expect(r.quota).toBe('stated');
    expect(r.callCenter).toBe(true);
  });
  it("an SV posting's figures held by the SVs are its own", async () => {
    const r = await run(posting('スーパーバイザー（SV）', 'オペレーター15名のチームをまとめます。応答率や処理件数はSVが管理する指標です。'));
    expect(r.quota).toBe('stated');
  });
  it('a figure said to count for nothing in this job is no target (評価項目には含まれません, 評価には関係ありません)', async () => {
    for (const line of ['1日の目標件数はありますが、評価項目には含まれません。', '配達件数の目標は評価には関係ありません。']) {
      const r = await run(posting('ルート配送スタッフ', `決まったお店に商品をお届けします。${line}`));
      expect(flagTexts(r, 'quota')).toEqual([]);
    }
  });
});

describe('the people a job serves (オペレーターやSVが毎日使う) are not the job', () => {
  it('operators and SVs named as users of the IT the job looks after give no center or management flag', async () => {
    const r = await run(posting('PCサポート担当', '約150席のセンターで、オペレーターやSVが毎日使うパソコンを整える仕事です。'));
    expect(r.flags.filter((f) => f.category === 'management' || f.id === 'callCenter.operator').map((f) => f.text)).toEqual([]);
  });
  it('operators named as those who do the work still count (オペレーターとして受電)', async () => {
    const r = await run(posting('受電スタッフ', 'オペレーターとして、お客様からのお電話を受けます。'));
    expect(r.flags.some((f) => f.id === 'callCenter.operator')).toBe(true);
  });
});

describe('implicit quotas in other words', () => {
  it.each([
    ['1日の発信が80件を下回らないようにお願いしています。', 'quota.count-bar'],
    ['成果が出ない場合は、シフトを減らしていただくことがあります。', 'quota.results-bar'],
    ['個人の獲得件数を毎週貼り出しています。', 'quota.posted-results'],
    ['1件あたりの処理時間は平均6分以内が基準です。', 'quota.service-level'],
  ])('%s is quota-like pressure', async (line, id) => {
    const r = await run(posting('テレフォンオペレーター', `お客様にお電話でご案内します。\n${line}`));
    expect(r.flags.filter((f) => f.category === 'quota').map((f) => `${f.id}:${f.polarity}`)).toContain(`${id}:present`);
    expect(r.quota).toBe('stated');
  });
  it('results said not to be posted deny no quota: neither ノルマなし nor a target', async () => {
    const r = await run(posting('データ入力スタッフ', '伝票の内容を入力します。個人の成績を貼り出すことはしていません。'));
    expect(r.quota).toBe('absent');
  });
});

describe('a floor denied (下回らない, 切らない) sets a count under the term; the term stands', () => {
  it.each(['1日の発信が80件を下回らないようにお願いしています。', '架電は1日50件を切らないように進めます。'])('%s', async (line) => {
    const r = await run(posting('テレアポスタッフ', line));
    expect(r.flags.filter((f) => f.category === 'outbound').map((f) => f.polarity)).not.toContain('negated');
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(true);
  });
});

describe("a guide quotes a posting's fields and teaches how to apply; a posting states them", () => {
  it.each(['応募資格に「PCの基本操作」とある場合は、タイピングの経験を書きましょう。', '給与に「固定残業代を含む」と書かれていたら、時間数を確かめましょう。', 'はじめての履歴書の書き方'])(
    '%s is an article marker',
    (line) => expect(articleMarkerCount(line, line, line)).toBeGreaterThan(0),
  );
  it.each(['応募資格：PCの基本操作ができる方', '給与：時給1,300円（研修中も同じ）', '応募方法：履歴書を郵送してください'])('%s is not', (line) =>
    expect(articleMarkerCount(line, line, line)).toBe(0),
  );
});

describe('training: a handbook is a manual; training the job runs for others is not the hire\'s', () => {
  const roles = (file: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles', file), 'utf8');
  it('応対の手引き states a manual', async () => {
    expect((await run(roles('inbound-handbook-only.txt'))).signals.manualTraining).toBe(true);
  });
  it('研修会場の予約, 社員研修を運営する部署: the job runs training, it is not trained', async () => {
    expect((await run(roles('training-events-admin.txt'))).signals.manualTraining).toBe(false);
  });
});

describe('newcomers welcomed in other words', () => {
  it.each(['経験やスキルは問いません。', '電話の仕事は初めてという方が8割です。', '2027年3月に高校・大学を卒業予定の方', '初心者大歓迎！'])('%s', async (line) => {
    const r = await run(posting('受電スタッフ', `お客様からのお電話を受けます。\n${line}`));
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('a recruiter who meets graduates is not a welcome (卒業予定の方向けの説明会)', async () => {
    const r = await run(posting('採用アシスタント', '卒業予定の方向けの説明会の準備と運営をお願いします。'));
    expect(r.signals.beginnerOk).toBe(false);
  });
});

describe('a field word alone is no offer: a posting also speaks of hiring or states its pay', () => {
  it("a shop's page (営業時間, 定休日, アクセス) is not a posting", async () => {
    expect((await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/pharmacy-store-page.txt'), 'utf8'))).posting).toBe(false);
  });
  it.each([
    ['a task page that states its pay per piece', '入力作業\n報酬　1件あたり500円\n作業内容　アンケート結果の入力\n納期　3日'],
    ['a card that states an hourly amount', '電話受付\n1,300円／時\n勤務地　札幌市'],
  ])('%s still gets through', (_, text) => {
    const e = postingEvidence(text);
    expect(e.statesPay).toBe(true);
  });
});

describe('results pay said not to apply to this opening is not this job\'s', () => {
  it('※営業職は歩合あり（本求人は対象外です）: no incentive, as the pay reader reads it', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へお電話します。\n時給1,400円\n※営業職は歩合あり（本求人は対象外です）'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
});

describe('営業 naming what a job deals with is not selling (営業研修の講師, 営業職の採用担当)', () => {
  it.each([
    ['営業研修の講師', '新入社員向けの営業研修で講師を務めます。'],
    ['営業職の採用担当', '営業職の採用を担当します。面接の日程調整をお願いします。'],
  ])('%s', async (title, body) => {
    const r = await run(posting(title, body));
    expect(r.jobType).toBe('other');
  });
});
