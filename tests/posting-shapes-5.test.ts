// Posting or article, fifth red-team round, on 65 pages of our own with their site's chrome (tests/fixtures/posting-shapes,
// p5-* postings and a5-* articles, listed in expected-5.json). Read wrong before this round: a staff interview followed
// by このお仕事の募集要項 (no badge), and articles badged: a call-center explainer with a table of 時給の目安, a column on
// the kinds of sales work with their 平均年収, a Q&A page on call-center pay, a staffing agency's page on how 派遣
// works, a guide to reading a 求人票 and a sample 労働条件通知書 (a posting's fields as headings of a guide), an agency's
// recommended jobs, a job board's top page, its FAQ for advertisers, a company's "in numbers" page, its new-graduate
// hiring data, its benefits page, and a staffing company's profile. The other pages were read right already and are
// kept so that they stay so (recruiting FAQs for one job, a department tour with one 募集要項, a municipal feature, a
// ジモティー post, SNS and LINE posts, ハローワーク 求人票 forms, postings among a board's chrome and related jobs; news
// of labour shortages and wages, memoirs, interviews, how-to guides, career columns, ad pricing, seminar notices); and
// from a second batch (p6-*, a6-*), read right already: a company's note post with its conditions, a 求人票 flattened one
// cell a line, a dentist's FAQ for hygienists that leaves the pay to the interview; a blogger's review of a job app, a
// school's interview with a graduate.
import { describe, expect, it } from 'vitest';
import { hasRequirementsBlock as hasBlock, titleLooksLikeJob } from '../lib/analysis/decide/posting';
import { normalize } from '../lib/text/normalize';
import { checkPages, markersIn } from './posting-shapes-helpers';

describe('posting or article, fifth round (tests/fixtures/posting-shapes/expected-5.json)', () => checkPages('expected-5.json'));

const hasRequirementsBlock = (raw: string) => hasBlock(normalize(raw).text);

describe('what a posting has', () => {
  it('a requirements heading that names the job it follows (このお仕事の募集要項)', () => {
    const fields = '\n職種　介護スタッフ\n給与　時給1,300円\n勤務時間　9:00〜18:00';
    expect(hasRequirementsBlock(`先輩インタビュー\nこのお仕事の募集要項${fields}`)).toBe(true);
    expect(hasRequirementsBlock(`先輩インタビュー\nこの求人の募集要項${fields}`)).toBe(true);
    expect(hasRequirementsBlock(`先輩インタビュー\n当社の強みと募集要項の読み方${fields}`)).toBe(false);
  });
  it("a company's name is no job title, a board's name is no job title", () => {
    expect(titleLooksLikeJob('株式会社トライスタッフ\n会社概要')).toBe(false);
    expect(titleLooksLikeJob('ジョブポケット｜アルバイト・パート・正社員の求人サイト\n')).toBe(false);
    expect(titleLooksLikeJob('株式会社テレリンク 受信スタッフ募集\n')).toBe(true);
  });
});

describe('what an article has and a posting does not', () => {
  it('an explainer walks the reader through (見ていきます) and names a checklist', () => {
    expect(markersIn('ここでは、仕事の種類ごとの特徴を見ていきます。')).toBe(1);
    expect(markersIn('項目ごとのチェックポイント')).toBe(1);
    expect(markersIn('先輩が横について、一緒に進めていきます。')).toBe(0);
  });
  it("a guide speaks of a posting's fields as columns", () => {
    expect(markersIn('求人ページの「応募方法」の欄を見てください。')).toBe(1);
    expect(markersIn('ハローワークの求人票には、たくさんの項目が並んでいます。')).toBe(1);
    expect(markersIn('応募方法：下の欄にご記入ください')).toBe(0);
  });
  it('pay as a rule of thumb, an average or postings seen', () => {
    expect(markersIn('時給の目安')).toBe(1);
    expect(markersIn('事務なら1,400円前後からが多くなっています。')).toBe(1);
    expect(markersIn('平均年収：420万円前後')).toBe(1);
    expect(markersIn('1,300円〜1,600円の求人をよく見かけます。')).toBe(1);
    expect(markersIn('時給1,400円（研修中も同額）')).toBe(0);
    expect(markersIn('昨年の平均は年収520万円')).toBe(0);
  });
  it('workplaces counted in general, anywhere in the text', () => {
    expect(markersIn('仕事内容\n受付\n\n研修中だけ時給が低いセンターもあります。')).toBe(1);
    expect(markersIn('交通費は出るところがほとんどです。')).toBe(1);
    expect(markersIn('大変なところもありますが、先輩が支えます。')).toBe(0);
  });
  it("a board's advertiser pages and its lists of jobs", () => {
    expect(markersIn('よくあるご質問（掲載企業さま向け）')).toBe(1);
    expect(markersIn('Q. 掲載料金は戻りますか？')).toBe(1);
    expect(markersIn('新着のお仕事\n')).toBe(1);
    expect(markersIn('◆おすすめ1　大手保険会社のデータ入力')).toBe(1);
    expect(markersIn('法人向けの提案営業をお任せします。')).toBe(0);
    const line = (job: string, place: string) => `${job}　時給1,200円　${place}\n`;
    const list = line('カフェのホール', '札幌市中央区') + line('通販の受付', '仙台市青葉区') + line('スーパーのレジ', '名古屋市中村区');
    expect(markersIn(`新しいお仕事\n${list}`)).toBe(1);
    expect(markersIn(`給与：時給1,300円\n\nこの求人を見た人はこんな求人も見ています\n${list}`)).toBe(0);
  });
  it("a company's pages of figures, of links to each job, of its profile", () => {
    expect(markersIn('平均年齢\n36.2歳\n有給休暇取得率\n78.4％\n男女比\n男性81％')).toBe(1);
    expect(markersIn('採用人数の推移\n2024年 18名')).toBe(1);
    expect(markersIn('平均年齢\n36.2歳\n有給休暇取得率\n78.4％')).toBe(0);
    expect(markersIn('休暇\n年間休日122日\n\n各職種の募集要項はこちら')).toBe(1);
    expect(markersIn('商号　株式会社トライスタッフ\n設立　2005年4月\n資本金　3,000万円\n代表者　三好 拓也')).toBe(1);
    expect(markersIn('設立　2005年4月\n資本金　3,000万円\n代表者　三好 拓也')).toBe(0);
    expect(markersIn('記入例\n契約期間　期間の定めあり')).toBe(1);
  });
});
