// Posting or article, on pages of our own in the shapes real pages have (tests/fixtures/posting-shapes): postings
// in unusual shapes (FAQs for one job, department tours, a shop owner's first-person call, a shop blog's notice, a
// staff interview followed by fields in plain words) and articles full of job words (explainers with sample field
// lines, pay surveys, hiring news, advice columns, a 採用情報 top, a vendor's price page, memoirs; from a second round:
// rankings, white papers, staff profiles, a career site's company research, an interview how-to under a site's menu,
// a staffing agency's FAQ for registrants, a dated money column, a union's page, an occupation guide, pages for
// employers on writing postings and on a board's ad plans, a minimum-wage notice, an internship report; and an
// agency's posting whose apply step names a 登録会, which stays a posting; from a third round: a memoir on note, a
// forum thread, a warning about dangerous postings, a company's financial report, a school's career guidance, an
// agency's success story; and pages of that round read right already, kept so that they stay so: postings as a
// company blog's prose, a two-column table flattened one cell a line, fields after a space, a newspaper insert, a
// shop poster, a 求人票 on one line, a recruit Q&A, a staffing agency's job number and small fields, an English-first
// page, short headings (待遇, 条件, 時間, 場所, 資格), a municipal notice in numbered sections, a letter, a newsletter's
// section, a social-media post, a note post, a temp-to-perm page; articles as hiring news and releases, a legal
// explainer on quotas and fines, a board's help page, a book review, a course ad, a Q&A site's question); pages
// that send the reader to the posting elsewhere (詳しくは採用ページをご覧ください: a staff blog, interviews, hiring news, a
// list of results, a recruit site's top), and a posting that ends with such a link, which stays a posting; lists that
// state several jobs' pay one to a line (a board's results, a recruit site's openings, each with a line of its work),
// and a list of results with one card opened on its fields inside a drawn box, which is that card's posting; a
// recruiting FAQ that asks and answers one job's pay, hours, commute and apply step, which is that job's posting; a
// dated staff-blog post that calls for people and sends them to the recruit site for the terms, which is not; a job
// briefing's page that books seats (参加無料・予約制, 定員), which is not; a recruit site's 現在募集中の職種 with each
// job's pay and a link, which is not, and a posting that lists the employer's other openings under it, which is; a
// recruit site's top that lists its openings a line each as links (＞ 募集要項を見る, 募集中) under a menu that names
// kinds of field, which is not, and a posting whose other openings below its fields are such links, which is; a
// recruit site's benefits page and a notice for new hires, which are not, and a posting under a recruit site's
// breadcrumb, which is.
// expected.json gives each page's answer: true for a posting, false for an article.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { checkPages } from './posting-shapes-helpers';

const dir = path.join(import.meta.dirname, 'fixtures/posting-shapes');
describe('posting or article, on pages of our own (tests/fixtures/posting-shapes)', () => checkPages('expected.json'));

describe('the shape of a posting: decorated headings and fields set off by a space', () => {
  const labelShare = async (text: string) => {
    const { postingShape, POSTING_FEATURES } = await import('../lib/analysis/decide/posting');
    return postingShape(text).features[POSTING_FEATURES.indexOf('fieldLabels')]!;
  };
  it('a 募集要項 between rules or dashes heads a block of fields', async () => {
    const { hasRequirementsBlock } = await import('../lib/analysis/decide/posting');
    for (const heading of ['―― 募集要項 ――', '━━━ 募集要項 ━━━', '== 募集要項 ==', '〈募集要項〉']) {
      expect(hasRequirementsBlock(`町のお知らせ\n${heading}\n職種：窓口案内\n勤務時間：9時〜16時\n報酬：時間額1,050円`), heading).toBe(true);
    }
  });
  it('a field heading followed by a space and its value is a label (報酬 時間額1,050円)', async () => {
    expect(await labelShare('報酬 時間額1,050円\n勤務時間 9:00〜16:00\n応募資格 経験不問')).toBeCloseTo(3 / 9);
  });
  it("a review site's scores between bars are a list, not fields", async () => {
    expect(await labelShare('給与 3.4｜福利厚生 2.9｜人間関係 3.6｜休みの取りやすさ 3.8')).toBe(0);
  });
  it("a date that bounds the job's or the listing's period is no byline; a publication date is one", async () => {
    const { postingShape, POSTING_FEATURES } = await import('../lib/analysis/decide/posting');
    const byline = (text: string) => postingShape(text).features[POSTING_FEATURES.indexOf('byline')]!;
    for (const top of [
      '案件A　受付センター\n期間：即日～2026年9月30日（更新あり）',
      '掲載期間：2026/04/01〜2026/04/28\n予約受付スタッフ',
      '求人番号 11010-00001 受付年月日 2026年5月1日 紹介期限日 2026年7月31日',
      '勤務開始日：2026年6月1日\n倉庫内の検品スタッフ',
      '2026年6月1日（月）から勤務できる方を募集します',
    ]) {
      expect(byline(top), top).toBe(0);
    }
    for (const top of ['2026年5月12日\n電話の仕事を辞めた日のこと', '2026.05.12 カテゴリ：仕事の話', '公開日：2026年5月12日']) {
      expect(byline(top), top).toBe(1);
    }
  });
  it('the pay of a municipal feature ending in ruled 募集要項 fields is read', async () => {
    const r = await run(fs.readFileSync(path.join(dir, 'municipal-feature-ruled-heading.txt'), 'utf8'));
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1090, max: 1090 });
  });
});

describe('the shape of a posting: a free paper\'s one-character labels', () => {
  it('［職］［給］［時］［休］［待］［地］［応］ are a print ad\'s block of fields', async () => {
    const { hasRequirementsBlock } = await import('../lib/analysis/decide/posting');
    const ad = '（株）ひばり住設\n［職］電話受付\n［給］時給1,080円〜\n［時］9:00〜14:00\n［休］日曜・祝日\n［地］北浜町4-2-9\n［応］お電話ください';
    expect(hasRequirementsBlock(ad)).toBe(true);
  });
  it('bracketed characters that are no labels (［新］オープン, ［祝］10周年) make no block', async () => {
    const { hasRequirementsBlock } = await import('../lib/analysis/decide/posting');
    expect(hasRequirementsBlock('［新］オープンのお知らせ\n［祝］10周年\n［時］10:00〜')).toBe(false);
  });
});

describe('the shape of a posting: a 募集要項 heading that names its job after a bar', () => {
  it('募集要項｜予約センター スタッフ heads a block of fields', async () => {
    const { hasRequirementsBlock } = await import('../lib/analysis/decide/posting');
    expect(hasRequirementsBlock('先輩の声\n電話のお仕事は初めてでした。\n募集要項｜予約センター スタッフ（契約社員）\n【給与】月給21万円〜\n【勤務時間】9:00〜18:00\n【勤務地】本社')).toBe(true);
  });
});

describe('posting or not: a briefing that books seats is an event, a selection step that names one is not', () => {
  it('a posting whose selection goes through a company briefing stays a posting', async () => {
    const r = await run('コールセンタースタッフ（契約社員）\n【仕事内容】通販のお問い合わせのお電話を受けます\n【給与】時給1,300円\n【勤務時間】9:00〜18:00\n【勤務地】中央区\n【選考】書類選考 → 会社説明会 → 面接（会社説明会の開催日はご応募後にご案内します）');
    expect(r.posting).toBe(true);
  });
});
