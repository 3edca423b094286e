// Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the Firefox
// build (MV2, the tokenizer in the background page) installed as a temporary add-on. Skips loudly when
// firefox-esr is missing, and fails instead under CI.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXT = path.join(REPO_ROOT, '.output-e2e/firefox-mv2');
const present = fs.existsSync(FIREFOX);

if (!present) {
  const message = `FIREFOX E2E ${process.env.CI ? 'FAILED' : 'SKIPPED'}: no firefox-esr at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
  console.warn(`\n${'*'.repeat(message.length + 4)}\n* ${message} *\n${'*'.repeat(message.length + 4)}\n`);
  if (process.env.CI) it('has a Firefox to run the Firefox smoke test with (required when CI is set)', () => { throw new Error(message); });
}

type Attrs = Record<string, string> | null;

async function badgeOf(page: Page, until: (a: Attrs) => boolean, timeout = 30_000): Promise<Attrs> {
  const deadline = Date.now() + timeout;
  let a: Attrs = null;
  while (Date.now() < deadline) {
    a = await page.evaluate(() => {
      const e = document.querySelector('[data-kyujin-lens="badge"]');
      return e ? Object.fromEntries([...e.attributes].map((x) => [x.name, x.value])) : null;
    });
    if (until(a)) return a;
    await new Promise((r) => setTimeout(r, 200));
  }
  return a;
}

describe.skipIf(!present)('Firefox (firefox-esr, MV2 background page)', () => {
  let server: FixtureServer;
  let browser: Browser;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(EXT, 'manifest.json'))) throw new Error(`No Firefox E2E build at ${EXT}: run \`npm run build:e2e\` first.`);
    server = await startFixtureServer();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(EXT);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // One tokenizer for every request is pinned by tests/extension-core.test.ts (the analyzer the background page
  // holds); here the two tabs' times are printed, never asserted: speed is the benchmarks' to measure.
  it('gives the final verdicts in two tabs, one after the other', async () => {
    const t0 = Date.now();
    const first = await browser.newPage();
    await first.goto(server.url('outbound.html'));
    const a = await badgeOf(first, (x) => x?.['data-state'] === 'final' || x?.['data-state'] === 'error');
    const cold = Date.now() - t0;
    expect(a).toMatchObject({ 'data-state': 'final', 'data-job-type': 'outbound', 'data-quota': 'stated' });
    const t1 = Date.now();
    const second = await browser.newPage();
    await second.goto(server.url('inbound.html'));
    const b = await badgeOf(second, (x) => x?.['data-state'] === 'final' || x?.['data-state'] === 'error');
    const warm = Date.now() - t1;
    expect(b).toMatchObject({ 'data-state': 'final', 'data-job-type': 'inbound' });
    console.log(`Firefox: first tab final verdict ${cold} ms after navigation started (tokenizer loading), second tab ${warm} ms (${(warm / cold).toFixed(2)}× the first)`);
  });

  it('puts no badge on an article', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('article.html'));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await page.evaluate(() => document.querySelectorAll('[data-kyujin-lens]').length)).toBe(0);
  });
});
