// Result-list filters and the history (issue 10), in the built extension: 50 invented cards in Indeed's
// structure (tests/e2e/pages/list-filter.html, whose <li data-kind> is the test's answer key), three
// invented job pages, the settings page, the history page and the popup.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { historyRows, parseCsv } from '../../lib/extension/history-export';
import type { HistoryEntry } from '../../lib/extension/history';
import { e2eGate, observeLongTasks, openPopupFor, tabIdOf, waitForBadge, sleep, type ExtensionSession } from './harness';
import type { FixtureServer } from './server';
import { extensionSuite } from './suite';

const gate = e2eGate();

interface CardRow {
  jk: string;
  kind: string;
  hidden: string | null;
  line: boolean;
  /** The title's computed display: 'none' while the card is collapsed. */
  titleDisplay: string;
  top: number;
}

async function cardRows(page: Page): Promise<CardRow[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#cards > li')].map((li) => {
      const card = li.querySelector('.job_seen_beacon')!;
      return {
        jk: li.dataset.jk!,
        kind: li.dataset.kind!,
        hidden: card.getAttribute('data-kyujin-lens-hidden'),
        line: !!card.querySelector(':scope > [data-kyujin-lens="hidden-line"]'),
        titleDisplay: getComputedStyle(card.querySelector('h2')!).display,
        top: li.getBoundingClientRect().top,
      };
    }),
  );
}

async function waitFor<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v).slice(0, 400)}`);
    await sleep(50);
  }
}

/**
 * Watches where an element is drawn in every frame, without forcing a layout: an IntersectionObserver whose
 * root starts half the element's height below the viewport's top, with a threshold every 1/400, reports any
 * move of the element (the share of it inside changes). Checks first that it sees a 3 px scroll, so a
 * watcher that cannot fire fails here instead of passing. Returns a reader of the tops drawn away from the
 * first one (by more than 1 px).
 */
async function watchDrawnTop(page: Page, selector: string): Promise<() => Promise<number[]>> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __drawn: number[] };
    w.__drawn = [];
    const el = document.querySelector(sel)!;
    const cut = Math.round(el.getBoundingClientRect().height / 2);
    new IntersectionObserver((entries) => entries.forEach((e) => w.__drawn.push(e.boundingClientRect.top)), {
      rootMargin: `-${cut}px 0px 0px 0px`,
      threshold: Array.from({ length: 401 }, (_, i) => i / 400),
    }).observe(el);
  }, selector);
  const drawn = () => page.evaluate(() => (window as unknown as { __drawn: number[] }).__drawn);
  await waitFor('the watcher', drawn, (d) => d.length >= 1);
  const [first] = await drawn();
  await page.evaluate(() => scrollBy(0, 3));
  await waitFor('the watcher to see a 3 px scroll', drawn, (d) => d.some((top) => Math.abs(top - first! + 3) < 0.5));
  await page.evaluate(() => scrollBy(0, -3));
  await waitFor('the watcher to see the scroll back', drawn, (d) => Math.abs(d[d.length - 1]! - first!) < 0.5);
  await page.evaluate(() => void ((window as unknown as { __drawn: number[] }).__drawn = []));
  return async () => (await drawn()).filter((top) => Math.abs(top - first!) > 1);
}

const cardBadges = (page: Page) => page.evaluate(() => document.querySelectorAll('kyujin-lens-card').length);

describe.skipIf(!gate.run)('result-list filters and history (E2E)', () => {
  const suite = extensionSuite();
  let server: FixtureServer;
  let s: ExtensionSession;

  beforeAll(async () => {
    s = suite.session();
    server = suite.server();
    await observeLongTasks(s.context);
    await s.context.addInitScript(() => {
      const w = window as unknown as { __shifts: { at: number; value: number; sources: { y: number; bottom: number; y2: number }[] }[]; __hideTimes: number[] };
      w.__shifts = [];
      w.__hideTimes = [];
      // When each card is hidden or shown again: the filtering work lies between the first and the last.
      new MutationObserver((records) => {
        for (const r of records) if (r.attributeName === 'data-kyujin-lens-hidden') w.__hideTimes.push(performance.now());
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-kyujin-lens-hidden'] });
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { startTime: number; value: number; sources?: { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
            w.__shifts.push({ at: e.startTime, value: e.value, sources: (e.sources ?? []).map((x) => ({ y: x.previousRect.y, bottom: x.previousRect.bottom, y2: x.currentRect.y })) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      } catch (e) {
        console.warn('no Layout Instability API:', e);
      }
    });
  });

  // The page as job boards serve it (the browser's scroll anchoring on), and a page that turned anchoring
  // off, where the filter scrolls by itself. In both, the card being read must be drawn where it was in
  // every frame. That is watched directly (drawnMoves); the Layout Instability API's shift figures are
  // printed beside it but not asserted: Chromium attributes a shift to elements at the viewport's top in
  // some runs and not in others while the card is drawn in the same place in every frame (measured: 0.15
  // or 0.32 in about one run in three, the card moved 0 px in all of them). Durations (long tasks, the
  // longest slice) are printed as figures; the slicing itself is pinned by unit tests.
  it.each([
    ['', 'list-filter.html?n=1'],
    [' (a page that turned scroll anchoring off)', 'list-filter.html?n=3&anchor=none'],
  ])('hides exactly the outbound cards when 「発信を隠す」 is turned on, with no jump; shows one; filters later cards; restores all when off%s', async (label, file) => {
    const page = await s.open(file);
    await waitFor('50 card badges', () => cardBadges(page), (n) => n === 50);
    // Read from the middle of the list: an inbound card at the top of the viewport, outbound cards above it.
    const anchorJk = 'f000000000000021';
    await page.evaluate((jk) => document.querySelector(`li[data-jk="${jk}"]`)!.scrollIntoView({ block: 'start' }), anchorJk);
    await sleep(200);
    const drawnMoves = await watchDrawnTop(page, `li[data-jk="${anchorJk}"]`);
    await sleep(200);
    const before = (await cardRows(page)).find((c) => c.jk === anchorJk)!;
    const scrollBefore = await page.evaluate(() => scrollY);
    const t0 = await page.evaluate(() => performance.now());

    const options = await s.context.newPage();
    await options.goto(s.extUrl('options.html'));
    await options.locator('input[name="filter:on"]').check();
    await options.locator('input[name="filter:jobType:outbound"]').check();

    const outbound = (await cardRows(page)).filter((c) => c.kind === 'outbound').map((c) => c.jk);
    expect(outbound).toHaveLength(15);
    let rows = await waitFor('the outbound cards hidden', () => cardRows(page), (r) => r.filter((c) => c.hidden).length >= outbound.length);
    await sleep(300); // nothing more should change
    rows = await cardRows(page);
    expect(rows.filter((c) => c.hidden).map((c) => c.jk)).toEqual(outbound);
    for (const c of rows) {
      if (c.kind === 'outbound') expect(c, c.jk).toMatchObject({ hidden: 'outbound', line: true, titleDisplay: 'none' });
      else expect(c, c.jk).toMatchObject({ hidden: null, line: false });
    }
    expect(await page.locator('[data-kyujin-lens="hidden-line"] .line').first().textContent()).toBe('求人レンズが非表示にしました（発信）— 表示する');
    const bar = page.locator('[data-kyujin-lens="filter-bar"]');
    expect(await bar.getAttribute('data-hidden')).toBe('15');
    expect(await bar.locator('.kl-filter-count').textContent()).toBe('15件を非表示（発信 15）');

    // No jump: the card the user was reading stays where it was, though 10 cards above it collapsed.
    const after = rows.find((c) => c.jk === anchorJk)!;
    const scrollAfter = await page.evaluate(() => scrollY);
    const { longTasks, shifts, hideTimes } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: [number, number][]; __shifts: { at: number; value: number; sources: { y: number; bottom: number; y2: number }[] }[]; __hideTimes: number[] };
      return { longTasks: w.__longTasks, shifts: w.__shifts, hideTimes: w.__hideTimes };
    });
    const firstHide = Math.min(...hideTimes);
    const lastHide = Math.max(...hideTimes);
    // Long tasks that overlap the filtering (from the first card hidden to the last), as for the badges.
    const during = longTasks.filter(([start, d]) => start < lastHide && start + d > firstHide - 1).map(([, d]) => d);
    const since = longTasks.filter(([start]) => start >= t0).map(([, d]) => `${Math.round(d)} ms`);
    const shiftsAfter = shifts.filter((x) => x.at >= t0);
    // A shift caused from above the viewport moves what is at its top: the anchor card's box.
    const fromAbove = shiftsAfter.filter((x) => x.sources.some((src) => src.y <= before.top + 1 && src.bottom > before.top)).reduce((a, x) => a + x.value, 0);
    const total = shiftsAfter.reduce((a, x) => a + x.value, 0);
    const tabId = await tabIdOf(s, page);
    const slice = await s.extEval(async (id: number) => ((await chrome.tabs.sendMessage(id, { type: 'kl:get-state' })) as { filter: { longestSliceMs: number } }).filter.longestSliceMs, tabId);
    console.log(
      `filters${label}: 15 of 50 cards hidden; anchor card moved ${Math.round(after.top - before.top)} px (scrolled ${Math.round(scrollAfter - scrollBefore)} px to keep it); ` +
        `layout shift the API attributes to the viewport's top ${fromAbove.toFixed(4)}, all layout shift while filtering ${total.toFixed(4)} (cards collapsing inside the viewport); ` +
        `filtering took ${Math.round(lastHide - firstHide)} ms from the first card hidden to the last; long tasks while filtering: ${during.length ? during.map((d) => `${Math.round(d)} ms`).join(', ') : 'none'} ` +
        `(on the page since the settings changed, the page's re-scan included: ${since.length ? since.join(', ') : 'none'}); longest filter slice ${slice.toFixed(1)} ms (${(slice / 50).toFixed(2)} of a 50 ms long task)`,
    );
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
    // ...and in every frame drawn on the way.
    expect(await drawnMoves()).toEqual([]);

    // 「表示する」 shows that one card again, and only it.
    const first = outbound[0]!;
    await page.locator(`li[data-jk="${first}"] [data-kyujin-lens="hidden-line"] [data-kl="show"]`).click();
    rows = await cardRows(page);
    expect(rows.find((c) => c.jk === first)).toMatchObject({ hidden: null, line: false, titleDisplay: 'block' });
    expect(rows.filter((c) => c.hidden)).toHaveLength(14);

    // Cards added later (infinite scroll) are filtered as they arrive.
    await page.click('#more');
    await page.click('#more');
    const outbound70 = (await cardRows(page)).filter((c) => c.kind === 'outbound' && c.jk !== first).map((c) => c.jk);
    expect(outbound70).toHaveLength(20);
    rows = await waitFor('the new outbound cards hidden', () => cardRows(page), (r) => r.filter((c) => c.hidden).length >= 20);
    await sleep(300);
    rows = await cardRows(page);
    expect(rows.filter((c) => c.hidden).map((c) => c.jk)).toEqual(outbound70);

    // The popup says how many are hidden and why.
    const popup = await openPopupFor(s, page);
    const pf = popup.locator('[data-kl="popup-filter"]');
    await pf.waitFor({ timeout: 10_000 });
    expect(await pf.getAttribute('data-hidden')).toBe('20');
    expect(await pf.locator('.kl-filter-count').textContent()).toBe('20件を非表示（発信 20）');
    await popup.close();

    // Turning the filter off restores every card.
    await options.bringToFront();
    await options.locator('input[name="filter:on"]').uncheck();
    rows = await waitFor('every card shown', () => cardRows(page), (r) => r.every((c) => !c.hidden));
    await sleep(300);
    rows = await cardRows(page);
    expect(rows).toHaveLength(70);
    expect(rows.every((c) => !c.hidden && !c.line && c.titleDisplay === 'block')).toBe(true);
    expect(await page.locator('[data-kyujin-lens="hidden-line"]').count()).toBe(0);
    await options.close();
  });

  it('shows all hidden cards with one switch, and hides them again', async () => {
    const page = await s.open('list-filter.html?n=2');
    const options = await s.context.newPage();
    await options.goto(s.extUrl('options.html'));
    await options.locator('input[name="filter:on"]').check();
    await options.locator('input[name="filter:jobType:outbound"]').uncheck();
    await options.locator('select[name="filter:stress"]').selectOption('5');
    await options.close();
    // Stress 5: the collections cards (督促), 5 of 50.
    const expected = (await cardRows(page)).filter((c) => /^f0+(8|18|28|38|48)$/.test(c.jk)).map((c) => c.jk);
    let rows = await waitFor('stress-5 cards hidden', () => cardRows(page), (r) => r.filter((c) => c.hidden).length >= 5, 20_000);
    await sleep(300);
    rows = await cardRows(page);
    expect(rows.filter((c) => c.hidden).map((c) => c.jk)).toEqual(expected);
    expect(rows.filter((c) => c.hidden).every((c) => c.hidden!.split(',').includes('stress-5'))).toBe(true);
    const showAll = page.locator('[data-kyujin-lens="filter-bar"] [data-kl="show-all"]');
    await showAll.click();
    await waitFor('all shown', () => cardRows(page), (r) => r.every((c) => !c.hidden));
    expect(await showAll.getAttribute('aria-pressed')).toBe('true');
    await showAll.click();
    rows = await waitFor('hidden again', () => cardRows(page), (r) => r.filter((c) => c.hidden).length === 5);
  });

  it('keeps every opened posting in the history; the page lists them, compares three side by side, and its CSV parses back', async () => {
    const pages = ['detail-indeed.html', 'detail-indeed-2.html', 'detail-indeed-3.html'];
    for (const p of pages) {
      const page = await s.open(p);
      await waitForBadge(page, 'final', { timeout: 30_000 });
    }
    const stored = await waitFor(
      'three history entries',
      () => s.extEval(async () => ((await chrome.storage.local.get('history'))?.history as { entries?: HistoryEntry[] } | undefined)?.entries ?? [], null),
      (e) => e.length >= 3,
    );
    expect(stored.map((e) => e.url)).toEqual(pages.map((p) => server.url(p)).reverse());
    expect(stored.map((e) => e.verdict.jobType)).toEqual(['mixed', 'outbound', 'inbound']);
    expect(stored.map((e) => e.company)).toEqual(['みずほし通販サービス株式会社（架空）', '株式会社いなほマーケティング（架空）', '株式会社あおば通信（架空）']);

    const history = await s.context.newPage();
    await history.goto(s.extUrl('history.html'));
    const rows = history.locator('[data-kl="history-row"]');
    await waitFor('three rows', () => rows.count(), (n) => n === 3);
    const listed = await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-url'), e.getAttribute('data-job-type')]));
    expect(listed).toEqual(stored.map((e) => [e.url, e.verdict.jobType]));

    for (let i = 0; i < 3; i++) await rows.nth(i).locator('[data-kl="choose"]').check();
    await history.locator('button[data-kl="compare"]').click();
    const columns = history.locator('[data-kl="compare"] [data-kl="compare-column"]');
    await waitFor('three columns', () => columns.count(), (n) => n === 3);
    const boxes = await columns.evaluateAll((els) => els.map((e) => ({ url: e.getAttribute('data-url'), ...e.getBoundingClientRect().toJSON() })));
    expect(boxes.map((b) => b.url)).toEqual(stored.map((e) => e.url));
    // Side by side: one row, left to right, not overlapping.
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
    for (let i = 1; i < 3; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right - 1);
    const stressRow = await columns.evaluateAll((els) => els.map((e) => e.querySelector('[data-row="stress"]')?.textContent ?? ''));
    expect(stressRow.map((x) => x.replace(/\D/g, '').slice(0, 1))).toEqual(stored.map((e) => String(e.verdict.stress)));
    await history.screenshot({ path: '.output-e2e/history-compare.png', fullPage: true }).catch(() => undefined);

    const [download] = await Promise.all([history.waitForEvent('download'), history.locator('button[data-kl="export-csv"]').click()]);
    const file = await download.path();
    const csv = fs.readFileSync(file!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(csv);
    expect(parsed).toEqual(historyRows(stored, 'ja'));
    expect(parsed.slice(1).map((r) => r[4])).toEqual(stored.map((e) => e.url));

    // The popup shows the last postings and links to the history page.
    const detail = await s.open('detail-indeed.html?again=1');
    const popup = await openPopupFor(s, detail);
    await popup.locator('[data-kl="popup-history"] li').first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-kl="popup-history"] li').count()).toBeGreaterThanOrEqual(3);
    expect(await popup.locator('a[data-kl="open-history"]').getAttribute('href')).toMatch(/history\.html$/);
  });
});
