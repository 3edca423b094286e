// Pay in the browser: the badge's one-line pay summary and the popup's list on an invented posting
// (tests/e2e/pages/pay.html), and the base pay on the result-list cards that state it.
import { describe, expect, it } from 'vitest';
import { badgePart, e2eGate, openPopupFor, waitForBadge } from './harness';
import { extensionSuite } from './suite';

const gate = e2eGate();
const FINAL_TIMEOUT = 30_000;

describe.skipIf(!gate.run)('pay (E2E)', () => {
  const { session } = extensionSuite();

  it('pay.html: the badge states base pay, the lower training pay and the incentive in one line; the popup lists every fact', async () => {
    const s = session();
    const page = await s.open('pay.html');
    await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
    const line = badgePart(page, 'pay');
    await line.waitFor({ timeout: 5_000 });
    expect(await line.textContent()).toBe('時給1,300〜1,500円（研修中1,200円）・インセンティブあり');
    const popup = await openPopupFor(s, page);
    await popup.locator('[data-kl="popup"][data-status="final"]').waitFor({ timeout: 15_000 });
    const items = await popup.locator('[data-kl="popup-pay"] li').allTextContents();
    expect(items).toEqual([
      '基本の給与：時給1,300〜1,500円',
      '研修・試用期間中（1ヶ月）：時給1,200円',
      'インセンティブあり（1件あたり100円）',
      '交通費支給（上限あり）：上限20,000円',
    ]);
    await popup.close();
    await page.close();
  });

  it('result list: a card that states its pay shows it, a card that does not shows none', async () => {
    const page = await session().open('list-indeed.html?n=pay');
    const deadline = Date.now() + 15_000;
    let marks: { title: string; pay: string | null }[] = [];
    while (Date.now() < deadline) {
      marks = await page.evaluate(() =>
        [...document.querySelectorAll('.cardOutline')].flatMap((c) => {
          const host = c.querySelector('kyujin-lens-card');
          return host ? [{ title: c.querySelector('.jobTitle')?.textContent ?? '', pay: host.getAttribute('data-pay') }] : [];
        }),
      );
      if (marks.length >= 12) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const teleapo = marks.filter((m) => m.title.startsWith('テレアポスタッフ'));
    const inbound = marks.filter((m) => m.title.startsWith('コールセンタースタッフ'));
    expect(teleapo.length).toBeGreaterThan(0);
    expect(inbound.length).toBeGreaterThan(0);
    expect(teleapo.every((m) => m.pay === '時給1,400円〜')).toBe(true);
    expect(inbound.every((m) => m.pay === null)).toBe(true);
    const shown = await page.locator('kyujin-lens-card[data-pay] .pay').first().textContent();
    expect(shown).toBe('時給1,400円〜');
    await page.close();
  });
});
