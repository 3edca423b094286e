// The five store screenshots (1280×800, the size both stores take), made by `npm run demo` in headless
// Chromium from our own demo pages: a posting with its verdict, a reason traced to its sentence, a result
// list with a mark on every card, the popup over its posting, and the settings page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { FixtureServer } from '../tests/e2e/server';

export const STORE_SIZE = { width: 1280, height: 800 };

/**
 * Whether a font with Japanese glyphs is installed (fontconfig). Without one Chromium draws every kana
 * and kanji as an empty box, and the screenshots are worthless: say which package brings one.
 */
export function japaneseFontProblem(): string | null {
  let list = '';
  try {
    list = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  } catch (e) {
    return `cannot list fonts (fc-list: ${(e as Error).message}); install fontconfig and fonts-noto-cjk (apt-get install fontconfig fonts-noto-cjk)`;
  }
  return list.trim() ? null : 'no font with Japanese glyphs is installed: Japanese text would render as empty boxes. Install one: apt-get install fonts-noto-cjk';
}

const BADGE_FINAL = '[data-kyujin-lens="badge"][data-state="final"]';

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(url);
  return page;
}

export async function storeScreenshots(context: BrowserContext, server: FixtureServer, extensionId: string, outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const save = async (page: Page, name: string) => {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file });
    written.push(file);
  };

  const reasons = (page: Page) => page.locator('[data-kl="reason"]');
  // The badge remembers whether it was open (a setting): toggle it only when it is not as wanted.
  const badgeOpen = async (page: Page, open: boolean) => {
    if (((await reasons(page).count()) > 0) !== open) await page.locator('[data-kl="toggle"]').click();
    if (open) await reasons(page).first().waitFor();
    await page.waitForTimeout(300);
  };

  // 1. A posting and its verdict, expanded.
  const inbound = await open(context, server.url('inbound.html'));
  await inbound.locator(BADGE_FINAL).waitFor({ state: 'attached', timeout: 30_000 });
  await badgeOpen(inbound, true);
  await save(inbound, 'store-1-verdict.png');

  // 2. A reason traced to the sentence it came from, highlighted on the page.
  const posting = await open(context, server.url('outbound.html'));
  await posting.locator(BADGE_FINAL).waitFor({ state: 'attached', timeout: 30_000 });
  await badgeOpen(posting, true);
  await reasons(posting).nth(1).click();
  await posting.waitForTimeout(800);
  await save(posting, 'store-2-evidence.png');

  // 3. A result list: a mark on every job card.
  const list = await open(context, server.url('list-indeed.html'));
  await list.waitForTimeout(2500);
  await save(list, 'store-3-result-list.png');

  // 4. The popup over the posting it describes (composed: a headless browser draws no toolbar).
  await badgeOpen(posting, false);
  await posting.evaluate(() => window.scrollTo(0, 0));
  const background = await posting.screenshot();
  const tabId = await context.serviceWorkers()[0]!.evaluate(async (url: string) => (await chrome.tabs.query({ url }))[0]?.id, server.url('outbound.html'));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-kl="popup"][data-status="final"]').waitFor({ timeout: 15_000 });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 400, height: Math.min(760, height) });
  const popupShot = await popup.screenshot();
  const frame = await open(context, 'about:blank');
  await frame.setContent(
    `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
      <img src="data:image/png;base64,${background.toString('base64')}" style="position:absolute;inset:0;filter:brightness(.92)">
      <img src="data:image/png;base64,${popupShot.toString('base64')}" style="position:absolute;top:16px;right:24px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">
    </body>`,
  );
  await save(frame, 'store-4-popup.png');

  // 5. The settings page.
  const options = await open(context, `chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="sensitivity"]').waitFor();
  await save(options, 'store-5-settings.png');

  for (const p of [posting, list, inbound, popup, frame, options]) await p.close();
  return written;
}
