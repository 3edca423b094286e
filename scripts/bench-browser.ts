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
  anon: number;
  private: number;
  processes: number;
}

/** The extension's share of the browser's memory, summed over its own renderer process(es). */
async function extensionMemory(s: ExtensionSession): Promise<ExtensionMemory> {
  const ext = (await processMemory(s)).filter((p) => p.kind === 'extension renderer');
  const sum = (k: 'rssKb' | 'pssKb' | 'anonKb' | 'privateKb') => ext.reduce((a, p) => a + (p[k] ?? 0), 0) * 1024;
  return { rss: sum('rssKb'), pss: sum('pssKb'), anon: sum('anonKb'), private: sum('privateKb'), processes: ext.length };
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
    const warm: number[] = [];
    const pages = [cold.page];
    for (let i = 0; i < 5; i++) {
      const w = await posting(s, indeed.detailUrl.replace('3f9a1c2e4b5d6a7f', `3f9a1c2e4b5d6a${70 + i}`));
      warm.push(w.ms);
      pages.push(w.page);
    }
    const hostsWhileBusy = await offscreenCount(s);
    for (const p of pages) await p.close();

    const waitMs = idleMinutes * 60_000 + 15_000;
    console.log(`Waiting ${Math.round(waitMs / 1000)} s: idle setting ${idleMinutes} min, plus a margin…`);
    await sleep(waitMs);
    const hostsAfterIdle = await offscreenCount(s);
    const afterIdle = await extensionMemory(s);
    const again = await posting(s, indeed.detailUrl.replace('3f9a1c2e4b5d6a7f', '3f9a1c2e4b5d6a99'));

    const kinds = ['rss', 'anon', 'pss', 'private'] as const;
    const cols = (m: ExtensionMemory) => kinds.map((k) => mb(m[k]).padStart(10)).join('');
    const delta = (m: ExtensionMemory) => kinds.map((k) => `${m[k] >= before[k] ? '+' : '−'}${mb(Math.abs(m[k] - before[k]))}`.padStart(10)).join('');
    const share = (m: ExtensionMemory, target: number) => kinds.map((k) => `${(Math.abs(m[k] - before[k]) / 1048576 / target).toFixed(2)}`.padStart(10)).join('');
    const sorted = [...warm].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      [
        '',
        `── 求人レンズ in Chromium (production build, idle setting ${idleMinutes} min for this run) ──`,
        `Memory of the extension's process(es) (${before.processes}: service worker, offscreen document and its Worker):`,
        `  ${''.padEnd(34)}${['RSS', 'RSS anon', 'PSS', 'private'].map((h) => h.padStart(10)).join('')}`,
        `  ${'before any posting'.padEnd(34)}${cols(before)}`,
        `  ${'after one posting'.padEnd(34)}${cols(afterOne)}`,
        `  ${`after ${idleMinutes} min idle (+15 s)`.padEnd(34)}${cols(afterIdle)}`,
        `  ${'after one posting − before'.padEnd(34)}${delta(afterOne)}`,
        `  ${`  share of the ≤ +${TARGET.afterOneMb} MB target`.padEnd(34)}${share(afterOne, TARGET.afterOneMb)}`,
        `  ${'after idle − before'.padEnd(34)}${delta(afterIdle)}`,
        `  ${`  share of the ±${TARGET.afterIdleMb} MB target`.padEnd(34)}${share(afterIdle, TARGET.afterIdleMb)}`,
        `  tokenizer hosts (offscreen documents): ${hostsWhileBusy} while in use, ${hostsAfterIdle} after the idle period`,
        '  RSS counts every page of the browser\'s code this process has touched (shared with all its processes);',
        '  RSS anon, PSS and private leave those out or split them: they are what the extension itself holds.',
        'DOMContentLoaded → final verdict:',
        `  cold (first posting)        ${String(cold.ms).padStart(5)} ms   (target ≤ ${TARGET.coldMs} ms: ${(cold.ms / TARGET.coldMs).toFixed(2)} of it)  ${cold.jobType}`,
        `  warm (5 more), median       ${String(median).padStart(5)} ms   (target ≤ ${TARGET.warmMs} ms: ${(median / TARGET.warmMs).toFixed(2)} of it; all: ${warm.join(', ')} ms)`,
        `  after the idle release      ${String(again.ms).padStart(5)} ms   (cold again: the tokenizer is loaded anew)`,
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
