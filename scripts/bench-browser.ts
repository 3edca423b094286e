// npm run bench:browser: the production build in Debian's Chromium. Prints the extension's process memory
// before any posting, after one, and after the idle period, and the cold and warm time from
// DOMContentLoaded to the final verdict. Figures only: targets are printed next to them, never asserted.
//
// The posting is the Indeed fixture (our own text, tests/fixtures/sites/indeed/detail.html) served at its
// real address by Playwright's request interception, so the production build's content script runs on
// it as it would on the site; nothing reaches the network (the E2E harness's trap proxy refuses it).
//
// Options: --no-build (use .output/chrome-mv3 as it is), --idle-minutes N (the idle setting for the run;
// default 1, the shortest the settings page offers; the run waits that long plus a margin).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { e2eGate, launchExtension, patchSettings, processMemory, waitForBadge, type ExtensionSession } from '../tests/e2e/harness';
import { startFixtureServer } from '../tests/e2e/server';
import { EXPECTATIONS } from '../tests/sites/expectations';

const root = path.resolve(import.meta.dirname, '..');
const extDir = path.join(root, '.output/chrome-mv3');
const args = process.argv.slice(2);
const idleMinutes = Number(args[args.indexOf('--idle-minutes') + 1] ?? 1) || 1;
const TARGET = { afterOneMb: 120, afterIdleMb: 15, coldMs: 2000, warmMs: 300 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

interface ExtensionMemory {
  rss: number;
  pss: number;
  processes: number;
}

/** The extension's share of the browser's memory, summed over its own renderer process(es). */
async function extensionMemory(s: ExtensionSession): Promise<ExtensionMemory> {
  const ext = (await processMemory(s)).filter((p) => p.kind === 'extension renderer');
  const sum = (k: 'rssKb' | 'pssKb') => ext.reduce((a, p) => a + (p[k] ?? 0), 0) * 1024;
  return { rss: sum('rssKb'), pss: sum('pssKb'), processes: ext.length };
}

async function offscreenCount(s: ExtensionSession): Promise<number> {
  return s.extEval(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length, null);
}

/** Opens the posting at `url` and returns the milliseconds from DOMContentLoaded to the final badge. */
async function posting(s: ExtensionSession, url: string): Promise<{ page: Page; ms: number; jobType: string | null }> {
  const page = await s.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // Watched from inside the page: the time the badge turned final, on the page's own clock. (A string:
  // tsx names inner functions with a helper that does not exist in the page.)
  const finalAt = (await page.evaluate(`new Promise((resolve, reject) => {
    const check = () => {
      const state = document.querySelector('[data-kyujin-lens="badge"]')?.getAttribute('data-state');
      if (state === 'final') resolve(performance.now());
      else if (state === 'error' || state === 'unreadable') reject(new Error('the posting got "' + state + '", not a final verdict'));
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    check();
    setTimeout(() => reject(new Error('no final verdict within 60 s')), 60000);
  })`)) as number;
  const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
  const badge = await waitForBadge(page, 'final');
  return { page, ms: Math.round(finalAt - dcl), jobType: badge.jobType };
}

async function main() {
  const gate = e2eGate();
  if (!gate.run) {
    console.error('bench:browser needs Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
    process.exit(2);
  }
  if (!args.includes('--no-build')) {
    console.log('Building the production extension (.output/chrome-mv3)…');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (!fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`no build at ${extDir}`);
  const indeed = EXPECTATIONS.find((e) => e.id === 'indeed')!;
  const html = fs.readFileSync(path.join(root, 'tests/fixtures/sites/indeed/detail.html'), 'utf8');

  const server = await startFixtureServer();
  const s = await launchExtension({ server, extDir, testHost: false });
  try {
    await s.context.route('https://jp.indeed.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await patchSettings(s, { tokenizerIdleMinutes: idleMinutes });
    await sleep(3000); // let start-up settle
    const before = await extensionMemory(s);

    const cold = await posting(s, indeed.detailUrl);
    await sleep(2000);
    const afterOne = await extensionMemory(s);
    const warm = await posting(s, indeed.detailUrl.replace('3f9a1c2e4b5d6a7f', '3f9a1c2e4b5d6a70'));
    const warm2 = await posting(s, indeed.detailUrl.replace('3f9a1c2e4b5d6a7f', '3f9a1c2e4b5d6a71'));
    const hostsWhileBusy = await offscreenCount(s);
    for (const p of [cold.page, warm.page, warm2.page]) await p.close();

    const waitMs = idleMinutes * 60_000 + 15_000;
    console.log(`Waiting ${Math.round(waitMs / 1000)} s: idle setting ${idleMinutes} min, plus a margin…`);
    await sleep(waitMs);
    const hostsAfterIdle = await offscreenCount(s);
    const afterIdle = await extensionMemory(s);
    const again = await posting(s, indeed.detailUrl.replace('3f9a1c2e4b5d6a7f', '3f9a1c2e4b5d6a72'));

    const row = (label: string, m: ExtensionMemory) =>
      `  ${label.padEnd(30)} ${mb(m.rss).padStart(9)} RSS  ${mb(m.pss).padStart(9)} PSS  (${m.processes} process${m.processes === 1 ? '' : 'es'})`;
    const d1 = afterOne.rss - before.rss;
    const d2 = afterIdle.rss - before.rss;
    console.log(
      [
        '',
        `── 求人レンズ in Chromium (production build, idle setting ${idleMinutes} min for this run) ──`,
        'Memory of the extension\'s processes (service worker, offscreen document and its Worker):',
        row('before any posting', before),
        row('after one posting', afterOne),
        row(`after ${idleMinutes} min idle (+15 s)`, afterIdle),
        `  after one posting: ${d1 >= 0 ? '+' : ''}${mb(d1)} over before (target ≤ +${TARGET.afterOneMb} MB: ${(d1 / 1048576 / TARGET.afterOneMb).toFixed(2)} of it)`,
        `  after idle:        ${d2 >= 0 ? '+' : ''}${mb(d2)} over before (target within ${TARGET.afterIdleMb} MB: ${(Math.abs(d2) / 1048576 / TARGET.afterIdleMb).toFixed(2)} of it)`,
        `  tokenizer hosts (offscreen documents): ${hostsWhileBusy} while in use, ${hostsAfterIdle} after the idle period`,
        'DOMContentLoaded → final verdict:',
        `  cold (first posting)      ${String(cold.ms).padStart(5)} ms  (target ≤ ${TARGET.coldMs} ms: ${(cold.ms / TARGET.coldMs).toFixed(2)} of it)  ${cold.jobType}`,
        `  warm (second, third)      ${String(warm.ms).padStart(5)} ms, ${warm2.ms} ms  (target ≤ ${TARGET.warmMs} ms: ${(Math.max(warm.ms, warm2.ms) / TARGET.warmMs).toFixed(2)} of it)`,
        `  after the idle release    ${String(again.ms).padStart(5)} ms  (cold again: the tokenizer is loaded anew)`,
        '',
      ].join('\n'),
    );
  } finally {
    await s.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
