// A page copied whole, or extracted with its header, starts with the site's own lines: account links, a menu of the
// reader's lists (お気に入り, 閲覧履歴), a breadcrumb. The title stands below them, and a breadcrumb's menu words
// (求人を探す heads every page of a board) say nothing of the page. Pages of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const OFFICE = [
  '一般事務スタッフ募集',
  '仕事内容：お客様からのお電話を受け、担当の営業へおつなぎします。そのほか、見積書の作成と書類の整理をお願いします。',
  '給与：月給19万円～',
  '勤務地：札幌市中央区',
  '応募資格：パソコンの基本操作ができる方',
].join('\n');

const NEWS = [
  '電話受付の仕事、働く人の半数が勤続3年以上　業界団体の集計',
  '',
  '　電話でお客様の問い合わせに答える受付の仕事で、働く人の半数が3年以上続けていることが、業界団体の集計でわかった。',
  '　続けられる理由では「研修が丁寧」「シフトの融通がきく」が多く、やめた理由では「強い口調のお客様への対応」が最も多かった。',
  '　団体は、時給を上げる会社が増えていることも続ける人が増えた理由のひとつとみている。',
].join('\n');

describe("the site's menu lines above a title", () => {
  it.each([
    ['メニュー\nお気に入り　閲覧履歴\n'],
    ['ログイン　会員登録\nお気に入り\n'],
    ['ホーム｜求人を探す｜キープ\n'],
    ['タウンワーク\nお気に入り｜最近見た求人\n'],
  ])('%j: the title below still names the job (office work, its calls a side task)', async (chrome) => {
    const r = await run(chrome + OFFICE);
    expect(r).toMatchObject({ posting: true, jobType: 'other', callCenter: false });
  });

  it('a line that only starts with a menu word is the title (お気に入りのカフェで働くホールスタッフ)', async () => {
    const r = await run('お気に入りのカフェで働くホールスタッフ募集\n仕事内容：ドリンクを作り、席までお運びします。ご予約のお電話を受けることもあります。\n給与：時給1,150円\n勤務地：京都市中京区');
    expect(r).toMatchObject({ posting: true, jobType: 'other' });
  });
});

describe("a breadcrumb's menu words above a news piece", () => {
  it('ホーム ＞ 求人を探す ＞ 大阪府 does not make a news piece look like a job', async () => {
    expect((await run(`ホーム ＞ 求人を探す ＞ 大阪府\n${NEWS}`)).posting).toBe(false);
    expect((await run(`ホーム ＞ 求人を探す ＞ 大阪府\nお気に入り\n${NEWS}`)).posting).toBe(false);
  });
  it('the same piece without any chrome is no posting either', async () => {
    expect((await run(NEWS)).posting).toBe(false);
  });
  it("a board's breadcrumb that names the job's kind still heads a posting", async () => {
    const r = await run(`しごとナビ ＞ 大阪府 ＞ コールセンターの求人\n${OFFICE.replace('一般事務スタッフ募集', 'お客様窓口スタッフ募集').replace('担当の営業へおつなぎします。そのほか、見積書の作成と書類の整理をお願いします。', 'ご注文やお届け日についてのご質問に答えます。')}`);
    expect(r).toMatchObject({ posting: true, jobType: 'inbound', callCenter: true });
  });
});
