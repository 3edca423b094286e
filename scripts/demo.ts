// npm run demo: builds the extension, serves the demo job pages (our own text, tests/e2e/pages) on
// 127.0.0.1 and opens them in Chromium with the extension loaded. With a display it stays open for you to
// try; without one it runs headless and writes screenshots to a folder it names.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/server';
import { japaneseFontProblem, storeScreenshots } from './store-screenshots';

const root = path.resolve(import.meta.dirname, '..');
const ext = path.join(root, '.output-e2e/chrome-mv3');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = path.join(root, 'demo-output');

async function main() {
  if (!fs.existsSync(chromiumPath)) {
    console.error(`demo: no Chromium at ${chromiumPath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  const fontProblem = japaneseFontProblem();
  if (fontProblem) {
    console.error(`demo: ${fontProblem}.`);
    process.exit(2);
  }
  console.log('Building the extension (with the local demo host allowed)…');
  const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const server = await startFixtureServer();
  const headless = !process.env.DISPLAY;
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless,
    viewport: { width: 1200, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Chromium's own cloud-messaging check-in (android.clients.google.com), which the switches above do not stop,
      // goes to a dead local port, as in the E2E harness.
      '--gcm-checkin-url=http://127.0.0.1:9/', '--gcm-registration-url=http://127.0.0.1:9/', '--gcm-mcs-endpoint=https://127.0.0.1:9',
      '--no-first-run', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const pages = ['outbound.html', 'inbound.html', 'mixed.html', 'traps.html', 'article.html', 'spa.html', 'list-filter.html', 'detail-indeed-2.html'];
  console.log(`Demo pages on ${server.origin}: ${pages.join(', ')}`);

  if (!headless) {
    for (const p of pages) await (await context.newPage()).goto(server.url(p));
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${id}/options.html`);
    await (await context.newPage()).goto(`chrome-extension://${id}/history.html`);
    console.log('Chromium is open with the extension. Press Ctrl+C here to stop.');
    await new Promise<void>((resolve) => process.on('SIGINT', () => resolve()));
  } else {
    fs.mkdirSync(outDir, { recursive: true });
    const shot = async (page: Page, name: string) => {
      const file = path.join(outDir, name);
      await page.screenshot({ path: file });
      console.log(`  ${path.relative(root, file)}`);
    };
    console.log('No display: headless run, screenshots:');
    const page = await context.newPage();
    await page.goto(server.url('outbound.html'));
    await page.locator('[data-kyujin-lens="badge"][data-state="final"]').waitFor({ state: 'attached', timeout: 20_000 });
    await shot(page, '1-posting-badge-collapsed.png');
    await page.locator('[data-kl="toggle"]').click();
    await shot(page, '2-posting-badge-expanded.png');
    await page.locator('[data-kl="reason"]').first().click();
    await page.waitForTimeout(800);
    await shot(page, '3-reason-scrolled-and-highlighted.png');
    const inbound = await context.newPage();
    await inbound.goto(server.url('inbound.html'));
    await inbound.locator('[data-kyujin-lens="badge"][data-state="final"]').waitFor({ state: 'attached', timeout: 20_000 });
    await shot(inbound, '4-inbound-posting.png');
    const tabId = await sw.evaluate(async (url: string) => (await chrome.tabs.query({ url }))[0]?.id, server.url('outbound.html'));
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.locator('[data-kl="popup"][data-status="final"]').waitFor({ timeout: 10_000 });
    await shot(popup, '5-popup.png');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('select[name="sensitivity"]').waitFor();
    await options.screenshot({ path: path.join(outDir, '6-settings.png'), fullPage: true });
    console.log(`  ${path.relative(root, path.join(outDir, '6-settings.png'))}`);
    await filtersAndHistory(context, options, id, server.url.bind(server), shot);
    console.log(`Screenshots are in ${outDir}`);
    // The store's five, 1280×800: docs/store/screenshots with --store (the committed set), else demo-output/store.
    const storeDir = process.argv.includes('--store') ? path.join(root, 'docs/store/screenshots') : path.join(outDir, 'store');
    const store = await storeScreenshots(context, server, id, storeDir);
    console.log(`Store screenshots (1280×800):\n${store.map((f) => `  ${path.relative(root, f)}`).join('\n')}`);
  }
  await context.close();
  await server.close();
}

/** A result list filtered by 「発信を隠す」, then three opened postings compared side by side. */
async function filtersAndHistory(context: BrowserContext, options: Page, id: string, url: (p: string) => string, shot: (p: Page, name: string) => Promise<void>) {
  await options.locator('input[name="filter:on"]').check();
  await options.locator('input[name="filter:jobType:outbound"]').check();
  const list = await context.newPage();
  await list.goto(url('list-filter.html'));
  await list.locator('[data-kyujin-lens-hidden]').first().waitFor({ state: 'attached', timeout: 20_000 });
  await list.waitForTimeout(500);
  await list.locator('[data-kyujin-lens="filter-bar"] [data-kl="filter-rules"]').click();
  await shot(list, '7-filtered-list.png');
  for (const p of ['detail-indeed.html', 'detail-indeed-2.html', 'detail-indeed-3.html']) {
    const page = await context.newPage();
    await page.goto(url(p));
    await page.locator('[data-kyujin-lens="badge"][data-state="final"]').waitFor({ state: 'attached', timeout: 20_000 });
  }
  const history = await context.newPage();
  await history.setViewportSize({ width: 1200, height: 900 });
  await history.goto(`chrome-extension://${id}/history.html`);
  const rows = history.locator('[data-kl="history-row"]');
  await rows.nth(2).waitFor({ timeout: 10_000 });
  for (let i = 0; i < 3; i++) await rows.nth(i).locator('[data-kl="choose"]').check();
  await history.locator('button[data-kl="compare"]').click();
  await history.locator('[data-kl="compare-column"]').nth(2).waitFor();
  await shot(history, '8-history-compare.png');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
