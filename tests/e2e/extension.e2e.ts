// 求人レンズ in a real Chromium: badge verdicts on invented postings, the badge's details, the popup,
// the settings page, SPA navigation, a broken dictionary, timing, and no network traffic off the machine.
// How to run: see the top of ./harness.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BADGE,
  assertExtensionBuilt,
  badgePart,
  brokenDictionaryCopy,
  dataAttributes,
  e2eGate,
  expandBadge,
  launchExtension,
  openPopupFor,
  patchSettings,
  readMarks,
  readTimes,
  sessions,
  tabState,
  unexpectedRequests,
  waitForAttribute,
  waitForBadge,
  waitForMarks,
  waitForTabStatus,
  type ExtensionSession,
  sleep,
} from './harness';
import { PAGES_DIR, startFixtureServer, type FixtureServer } from './server';
import fs from 'node:fs';

const gate = e2eGate();

if (gate.failure) {
  it('has a Chromium to run the E2E suite with (required when CI is set)', () => {
    throw new Error(gate.failure);
  });
}

/** Time for the full analysis; the cold tokenizer load alone takes 2–3 s on this machine. */
const FINAL_TIMEOUT = 30_000;


describe.skipIf(!gate.run)('求人レンズ in Chromium (E2E)', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    assertExtensionBuilt();
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  // Own browser, first of all: the first tab must find the tokenizer cold.
  describe('timing on long.html (fresh browser)', () => {
    let s: ExtensionSession;
    beforeAll(async () => {
      s = await launchExtension({ server });
    });
    afterAll(async () => {
      await s?.close();
    });

    it('prints the time from DOMContentLoaded to the provisional and final badge, cold then warm', async () => {
      const rows: string[] = [];
      const measure = async (label: string, n: number) => {
        const page = await s.open(`long.html?n=${n}`);
        await waitForBadge(page, ['final', 'error'], { timeout: FINAL_TIMEOUT });
        const t = await readTimes(page);
        const since = (x: number | null) => (x === null || t.dcl === null ? null : Math.round(x - t.dcl));
        const first = since(t.first);
        const provisional = since(t.provisional);
        const final = since(t.final);
        rows.push(
          `${label.padEnd(5)} first badge ${fmt(first)}  provisional ${fmt(provisional)}  final ${fmt(final)}` +
            (t.error !== null ? `  ERROR at ${fmt(since(t.error))}` : '') +
            `  (load event ${fmt(since(t.load))})` +
            `  states ${t.states.map(([st, at]) => `${st}@${t.dcl === null ? at : Math.round(at - t.dcl)}`).join(' → ')}`,
        );
        expect(t.final, `the badge on long.html (${label}) reached data-state="final"`).not.toBeNull();
        return page;
      };
      const fmt = (ms: number | null) => (ms === null ? '   —  ' : `${String(ms).padStart(5)} ms`);
      const cold = await measure('cold', 1);
      const warm = await measure('warm', 2);
      console.log(
        [
          '',
          '── 求人レンズ timing, long.html (~10,000 characters), from DOMContentLoaded ──',
          ...rows,
          'targets: provisional ≤ 150 ms · final warm ≤ 300 ms · final cold ≤ 3,000 ms (printed, not asserted;',
          '         the content script runs at document_idle, which is included)',
          '',
        ].join('\n'),
      );
      await cold.close();
      await warm.close();
    });
  });

  describe('one browser with the extension', () => {
    let s: ExtensionSession;
    beforeAll(async () => {
      s = await launchExtension({ server });
    });
    afterAll(async () => {
      await s?.close();
    });

    it('launches: the service worker is found and gives the extension id', async () => {
      expect(s.extensionId).toMatch(/^[a-p]{32}$/);
      const sw = await s.serviceWorker();
      expect(sw.url().startsWith(`${s.extensionOrigin}/`)).toBe(true);
      // The name is localized (public/_locales): Japanese, or English in a browser whose UI is English.
      const { name, ui } = await s.extEval(() => ({ name: chrome.runtime.getManifest().name, ui: chrome.i18n.getUILanguage() }), null);
      expect(name, ui).toBe(ui.startsWith('en') ? 'Kyujin Lens — Japanese job postings, read closely' : '求人レンズ');
    });

    it('serves every fixture page from 127.0.0.1', async () => {
      const files = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
      expect(files.length).toBeGreaterThanOrEqual(7);
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await s.context.newPage();
      try {
        for (const f of files) {
          const res = await page.goto(server.url(f), { waitUntil: 'domcontentloaded' });
          expect(res?.status(), f).toBe(200);
          expect(await page.locator('h1').first().textContent(), f).toBeTruthy();
        }
      } finally {
        await page.close();
      }
      for (const f of files) expect(server.requests.some((r) => r.url === `/${f}`), `server saw /${f}`).toBe(true);
    });

    it('opens the popup and settings pages', async () => {
      const popup = await s.context.newPage();
      await popup.goto(s.extUrl('popup.html'), { waitUntil: 'domcontentloaded' });
      await popup.locator('[data-kl="popup"][data-status]').waitFor({ timeout: 10_000 });
      await popup.close();
      const options = await s.context.newPage();
      await options.goto(s.extUrl('options.html'), { waitUntil: 'domcontentloaded' });
      await options.locator('select[name="sensitivity"]').waitFor({ timeout: 10_000 });
      await options.close();
    });

    it('inbound.html: 受信 verdict, low difficulty, quota negated', async () => {
      const page = await s.open('inbound.html');
      const b = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      expect(b.jobType).toBe('inbound');
      expect(b.difficulty).toBeLessThanOrEqual(2);
      expect(b.quota).toBe('negated');
      expect(b.callCenter).toBe('true');
      await page.close();
    });

    it('outbound.html: 発信 verdict, high stress, quota stated', async () => {
      const page = await s.open('outbound.html');
      const b = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      expect(b.jobType).toBe('outbound');
      expect(b.stress).toBeGreaterThanOrEqual(4);
      expect(b.quota).toBe('stated');
      await page.close();
    });

    it('mixed.html: 受発信 verdict', async () => {
      const page = await s.open('mixed.html');
      const b = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      expect(b.jobType).toBe('mixed');
      expect(b.callCenter).toBe('true');
      await page.close();
    });

    it('traps.html (bakery: 営業時間, 情報発信, メール受信): no call-center verdict', async () => {
      const page = await s.open('traps.html');
      // Settled: the content script's own status (the quiet mark has no data-state to wait for). This
      // also makes the test non-vacuous: the content script did read the page and decide.
      const st = await waitForTabStatus(s, page, ['final', 'not-posting', 'error', 'unreadable'], { timeout: FINAL_TIMEOUT });
      expect(['final', 'not-posting']).toContain(st.status);
      if (st.result) {
        expect(st.result.jobType).toBe('other');
        expect(st.result.callCenter).toBe(false);
      }
      const m = await readMarks(page);
      console.log(`traps.html shows: ${m.badge ? JSON.stringify(m.badge.attributes) : m.quiet ? 'the quiet mark' : 'nothing'}`);
      if (m.badge) {
        expect(m.badge.state).toBe('final');
        expect(m.badge.jobType).toBe('other');
        expect(m.badge.callCenter).not.toBe('true');
      }
      await page.close();
    });

    it('article.html (a blog post about 受信 and 発信): no badge at all', async () => {
      const page = await s.open('article.html');
      await page.waitForLoadState('load');
      await sleep(3_000);
      const m = await readMarks(page);
      expect(m.badge, 'no badge on an article').toBeNull();
      expect(m.count, 'no mark of any kind (not even the quiet one) on an article').toBe(0);
      const st = await tabState(s, page);
      expect(st, 'the content script answers kl:get-state').not.toBeNull();
      expect(st!.status).toBe('not-posting');
      // An article has no posting block: it was read by the last step, the page's main text.
      expect(st!.read).toEqual({ state: 'posting', step: 'main', inFrame: false });
      await page.close();
    });

    it('the badge expands, lists reasons, and a reason scrolls to and highlights its sentence', async () => {
      // outbound.html keeps every piece of evidence below a 1600 px gallery: off screen at the top.
      const page = await s.open('outbound.html');
      await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      const toggle = badgePart(page, 'toggle');
      await expandBadge(page);
      await waitForAttribute(toggle, 'aria-expanded', 'true');
      await expect.poll(() => badgePart(page, 'details').isVisible()).toBe(true);
      const reasons = badgePart(page, 'reason');
      const n = await reasons.count();
      expect(n, 'reasons listed').toBeGreaterThan(0);
      const ids = await reasons.evaluateAll((els) => els.map((e) => e.getAttribute('data-reason-id')));
      expect(ids.every((x) => !!x), 'every reason has data-reason-id').toBe(true);

      const hasHighlightApi = await page.evaluate(() => typeof CSS !== 'undefined' && 'highlights' in CSS);
      let scrolled: { id: string | null; scrollY: number; inView: boolean; highlights: number } | null = null;
      for (let i = 0; i < n && !scrolled; i++) {
        const r = reasons.nth(i);
        if (await r.isDisabled()) continue; // reasons about what is missing have no sentence
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
        await sleep(100);
        await r.click();
        // Smooth scrolling: wait until the position settles.
        let prev = -1;
        let y = 0;
        for (let k = 0; k < 40; k++) {
          await sleep(75);
          y = await page.evaluate(() => window.scrollY);
          if (y > 0 && y === prev) break;
          prev = y;
        }
        const probe = await page.evaluate(() => {
          const reg = (CSS as unknown as { highlights?: Map<string, Iterable<AbstractRange>> }).highlights;
          if (!reg) return { inView: false, highlights: 0 };
          let inView = false;
          for (const [, h] of reg) {
            for (const range of h) {
              if (!(range instanceof Range)) continue;
              const rect = range.getBoundingClientRect();
              if (rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight) inView = true;
            }
          }
          return { inView, highlights: reg.size };
        });
        if (y > 0 || probe.inView) scrolled = { id: await r.getAttribute('data-reason-id'), scrollY: y, ...probe };
      }
      expect(scrolled, 'clicking a reason scrolled the page to its sentence').not.toBeNull();
      console.log(`reason ${scrolled!.id}: scrollY ${scrolled!.scrollY}, highlights ${scrolled!.highlights}, highlighted range in view: ${scrolled!.inView}`);
      expect(scrolled!.scrollY).toBeGreaterThan(0);
      if (hasHighlightApi) {
        expect(scrolled!.highlights, 'CSS.highlights has an entry').toBeGreaterThan(0);
        expect(scrolled!.inView, 'a highlighted range is in the viewport after the scroll').toBe(true);
      } else {
        console.warn('CSS Custom Highlight API missing in this Chromium: highlight not checked');
      }
      await page.close();
    });

    it('highlights the posting\'s own words, placed by the extraction\'s offsets, not the same words elsewhere on the page', async () => {
      // highlight-echo.html: a sidebar above the posting repeats its words with the same words before them.
      const page = await s.open('highlight-echo.html');
      await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      const hasHighlightApi = await page.evaluate(() => typeof CSS !== 'undefined' && 'highlights' in CSS);
      if (!hasHighlightApi) {
        console.warn('CSS Custom Highlight API missing in this Chromium: placement not checked');
        await page.close();
        return;
      }
      const where = async () =>
        page.evaluate(() => {
          const reg = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
          const out: Array<{ text: string; inPosting: boolean }> = [];
          for (const [name, h] of reg) {
            if (!name.startsWith('kyujin-lens-')) continue;
            for (const r of h) {
              if (!(r instanceof Range)) continue;
              out.push({ text: r.toString(), inPosting: !!document.getElementById('posting')!.contains(r.startContainer) });
            }
          }
          return out;
        });
      await expect.poll(async () => (await where()).length, { timeout: 5000 }).toBeGreaterThan(0);
      const ranges = await where();
      console.log(`highlight-echo: ${ranges.map((r) => `${r.text}@${r.inPosting ? 'posting' : 'elsewhere'}`).join(', ')}`);
      expect(ranges.map((r) => r.text)).toEqual(expect.arrayContaining(['テレアポ', '架電']));
      expect(ranges.filter((r) => !r.inPosting), 'no highlight outside the posting').toEqual([]);
      await page.close();
    });

    it('the popup shows the verdict of the analyzed tab', async () => {
      const page = await s.open('inbound.html?popup=1');
      const b = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      const popup = await openPopupFor(s, page);
      await popup.locator('[data-kl="popup"][data-status="final"]').waitFor({ timeout: 15_000 });
      const v = await dataAttributes(popup.locator('[data-kl="popup-verdict"]'));
      expect(v['data-job-type']).toBe('inbound');
      expect(v['data-job-type']).toBe(b.jobType);
      expect(v['data-difficulty']).toBe(String(b.difficulty));
      expect(v['data-stress']).toBe(String(b.stress));
      expect(v['data-quota']).toBe(b.quota);
      await popup.close();
      await page.close();
    });

    it('changing sensitivity in the settings page updates the open badge without a reload', async () => {
      // weak.html has only weak cues (電話対応, 目標, 成果): nothing at standard, a stated quota at high.
      await patchSettings(s, { sensitivity: 'standard' });
      const page = await s.open('weak.html');
      await waitForTabStatus(s, page, ['final', 'not-posting', 'error', 'unreadable'], { timeout: FINAL_TIMEOUT });
      const before = await readMarks(page);
      console.log(`weak.html at standard shows: ${before.badge ? JSON.stringify(before.badge.attributes) : before.quiet ? 'the quiet mark' : 'nothing'}`);
      if (before.badge) console.warn(`weak.html showed a badge already at standard: ${JSON.stringify(before.badge.attributes)}`);
      expect(before.badge?.quota ?? 'none', 'no stated quota at standard').not.toBe('stated');
      await page.evaluate(() => ((window as unknown as { __klMarker: number }).__klMarker = 4242));

      const options = await s.context.newPage();
      try {
        await options.goto(s.extUrl('options.html'), { waitUntil: 'domcontentloaded' });
        const select = options.locator('select[name="sensitivity"]');
        await select.waitFor({ timeout: 10_000 });
        await select.selectOption('high');
        const after = await waitForBadge(page, (b) => b.state === 'final' && b.quota === 'stated', { timeout: FINAL_TIMEOUT });
        expect(after.quota).toBe('stated');
        expect(await page.evaluate(() => (window as unknown as { __klMarker?: number }).__klMarker), 'the page was not reloaded').toBe(4242);

        // And back: the badge returns to what standard shows.
        await select.selectOption('standard');
        await waitForMarks(page, (m) => (before.badge ? m.badge?.quota === before.badge.quota && m.badge.state === 'final' : m.badge === null), {
          timeout: FINAL_TIMEOUT,
          what: 'the standard-sensitivity display again',
        });
      } finally {
        await options.close();
        await patchSettings(s, { sensitivity: 'standard' });
        await page.close();
      }
    });

    it('SPA: a history.pushState swap to another posting changes the badge', async () => {
      const page = await s.open('spa.html');
      const first = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      expect(first.jobType).toBe('inbound');
      await page.evaluate(() => ((window as unknown as { __klMarker: number }).__klMarker = 77));
      await page.locator('#next').click();
      expect(new URL(page.url()).search).toBe('?job=2');
      const second = await waitForBadge(page, (b) => b.state === 'final' && b.jobType === 'outbound', { timeout: FINAL_TIMEOUT });
      expect(second.quota).toBe('stated');
      expect(await page.evaluate(() => (window as unknown as { __klMarker?: number }).__klMarker), 'no reload').toBe(77);
      // Back button (popstate): the first posting's verdict again.
      await page.goBack();
      await waitForBadge(page, (b) => b.state === 'final' && b.jobType === 'inbound', { timeout: FINAL_TIMEOUT });
      await page.close();
    });

    it('the badge carries no verdict attributes outside its documented set', async () => {
      const page = await s.open('inbound.html?attrs=1');
      const b = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      const known = ['data-kyujin-lens', 'data-state', 'data-job-type', 'data-difficulty', 'data-stress', 'data-quota', 'data-call-center', 'data-confidence', 'data-tentative'];
      // How the page was read (dom-contract.ts): the step; site-changed only on a supported site's page.
      const read = ['data-source', 'data-site-changed'];
      expect(Object.keys(b.attributes).filter((k) => !known.includes(k) && !read.includes(k))).toEqual([]);
      expect(b.attributes['data-source']).toBe('json-ld'); // inbound.html carries its own JobPosting
      expect(b.attributes['data-site-changed']).toBeUndefined();
      expect(await page.locator(BADGE).evaluate((el) => el.tagName.toLowerCase())).toBe('kyujin-lens-badge');
      expect(await page.locator(BADGE).evaluate((el) => el.shadowRoot?.mode ?? null)).toBe('open');
      await page.close();
    });
  });

  describe('a broken dictionary (dict/tid.dat.gz truncated)', () => {
    let s: ExtensionSession;
    let broken: { dir: string; cleanup(): void };
    beforeAll(async () => {
      broken = brokenDictionaryCopy();
      s = await launchExtension({ server, extDir: broken.dir });
    });
    afterAll(async () => {
      await s?.close();
      broken?.cleanup();
    });

    it('shows the failure state and no verdict', async () => {
      const page = await s.open('inbound.html');
      const b = await waitForBadge(page, 'error', { timeout: FINAL_TIMEOUT });
      expect(b.jobType, 'no data-job-type on a failed analysis').toBeNull();
      expect(b.difficulty).toBeNull();
      expect(b.stress).toBeNull();
      expect(b.quota).toBeNull();
      // The popup says so too.
      const popup = await openPopupFor(s, page);
      await popup.locator('[data-kl="popup"][data-status="error"]').waitFor({ timeout: 15_000 });
      expect(await popup.locator('[data-kl="popup-verdict"]').count()).toBe(0);
      await popup.close();
      await page.close();
    });
  });

  describe('network', () => {
    it('nothing left the machine: only the fixture server and chrome-extension://<id>/ were requested', () => {
      expect(sessions.length, 'browser sessions ran').toBeGreaterThan(0);
      for (const s of sessions) {
        const bad = unexpectedRequests(s);
        const ext = s.requests.filter((r) => r.url.startsWith(`${s.extensionOrigin}/`)).length;
        const summary = `session ${s.extensionId} (${s.requests.length} requests seen: ${ext} to the extension, ${s.requests.filter((r) => r.fromServiceWorker).length} from the service worker; ${s.proxy.requests.length} at the trap proxy)`;
        console.log(summary);
        expect(bad.browser.map((r) => `${r.method} ${r.url} (${r.resourceType}, from ${r.frameUrl ?? 'service worker'})`), summary).toEqual([]);
        expect(bad.proxied.map((r) => `${r.method} ${r.target}`), `${summary}: requests that reached the trap proxy`).toEqual([]);
        expect(s.requests.some((r) => r.url.startsWith(`${s.server.origin}/`)), `${summary}: saw the fixture pages`).toBe(true);
      }
      // The fixture server only served its pages: nothing was sent back to the site.
      const pages = new Set(fs.readdirSync(PAGES_DIR).map((f) => `/${f}`));
      const odd = server.requests.filter((r) => r.method !== 'GET' || !(pages.has(r.url.split('?')[0]!) || r.url === '/favicon.ico'));
      expect(odd.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    });
  });
});
