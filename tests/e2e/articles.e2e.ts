// Articles get no badge: a news report, a memoir, a vendor's service page, an interview, a 採用情報 top page
// that only links to its positions, a guide that quotes posting fields as examples, a pay survey, a ranking of
// jobs by pay, a company's staff-profile page (社員紹介) with no job on it and a forum thread trading pay and
// quotas (名無しさん, >>2), a city's notice of a subsidy for opening a center, a call for partner companies
// (individuals not accepted), an affiliate career quiz with its advertising disclosure, a board's page of result cards with its count and links,
// a recruit site's list of openings with their pay in rows, a posting whose page says it has closed (この求人の
// 掲載は終了しました) with similar jobs below, a recruit site's page following one employee through a day (先輩社員の
// 一日), a staffing agency's FAQ for staff already at work (派遣スタッフの皆さまへ), a column in English about a first
// call-center job, each about call-center or
// sales work and written in our own words; a feature story
// that ends in a 募集要項 is a posting and gets its verdict. (Issue #8: posting vs article from the structure of the text.)
import { describe, expect, it } from 'vitest';
import { badgePart, e2eGate, openPopupFor, readMarks, tabState, waitForBadge, waitForTabStatus } from './harness';
import { extensionSuite } from './suite';

const gate = e2eGate();

describe.skipIf(!gate.run)('articles in Chromium (E2E)', () => {
  const { session } = extensionSuite();

  for (const page of ['article-news.html', 'article-memoir.html', 'article-vendor.html', 'article-interview.html', 'article-recruit-top.html', 'article-guide.html', 'article-pay-survey.html', 'article-ranking.html', 'article-staff-intro.html', 'article-forum.html', 'article-subsidy-notice.html', 'article-partner-companies.html', 'article-quoted-feature.html', 'article-affiliate-quiz.html', 'article-result-cards.html', 'article-recruit-openings-pay.html', 'article-closed-posting.html', 'article-staff-day.html', 'article-agency-staff-faq.html', 'article-english-column.html']) {
    it(`${page}: no badge, no mark, the popup says it is not a posting`, async () => {
      const s = session();
      const p = await s.open(page);
      await waitForTabStatus(s, p, ['not-posting'], { timeout: 30_000 });
      const m = await readMarks(p);
      expect(m.badge, 'no badge on an article').toBeNull();
      expect(m.count, 'no mark of any kind on an article').toBe(0);
      expect((await tabState(s, p))!.status).toBe('not-posting');
      await p.close();
    });
  }

  it('article-closed-posting.html: the tab keeps the analysis that found it closed, and the popup says so', async () => {
    const s = session();
    const p = await s.open('article-closed-posting.html');
    await waitForTabStatus(s, p, ['not-posting'], { timeout: 30_000 });
    expect((await tabState(s, p))?.result?.postingClosed).toBe(true);
    const popup = await openPopupFor(s, p);
    await popup.locator('[data-kl="popup"][data-status="not-posting"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-kl="popup"] .note').first().textContent()).toContain('掲載が終了');
    await popup.close();
    await p.close();
  });

  it('posting-english.html (a posting in English): an outbound verdict and its pay line read from the English', async () => {
    const p = await session().open('posting-english.html');
    const b = await waitForBadge(p, 'final', { timeout: 30_000 });
    expect(b.jobType).toBe('outbound');
    const line = badgePart(p, 'pay');
    await line.waitFor({ timeout: 5_000 });
    expect(await line.textContent()).toBe('時給1,350円（研修中1,250円）・インセンティブあり');
    await p.close();
  });

  it('feature-posting.html (a feature story with its 募集要項 at the end): a firm inbound verdict', async () => {
    const p = await session().open('feature-posting.html');
    const b = await waitForBadge(p, 'final', { timeout: 30_000 });
    expect(b.jobType).toBe('inbound');
    const tentative = await p.evaluate(() => document.querySelector('[data-kyujin-lens="badge"]')?.getAttribute('data-tentative'));
    expect(tentative).toBe('false');
    await p.close();
  });
});
