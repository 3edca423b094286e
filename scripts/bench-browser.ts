// npm run bench:browser: the production build in Debian's Chromium, as a user's browser runs it. Prints the
// memory of the extension's process at start-up, before any posting once quiet, after one posting, while
// the idle release happens and after it, and the cold and warm time from DOMContentLoaded to the final
// verdict. Figures only: targets are printed next to them, never asserted.
//
// Nothing attaches to the extension: Playwright would (its session on the service worker keeps the worker
// from ever being stopped for idleness, so the extension's process could never end). The browser is driven
// over its own DevTools pipe, with a session only on the tabs this script opens
// (tests/e2e/unattached-browser.ts); memory is read from /proc; the extension's contexts are listed with
// Target.getTargets, which attaches nothing.
//
// The posting is the Indeed fixture (our own text, tests/fixtures/sites/indeed/detail.html) served at its
// real address by the tab's request interception, so the production build's content script runs on it as
// it would on the site; nothing reaches the network (the trap proxy refuses it and the run reports it).
//
// Options: --no-build (use .output/chrome-mv3 as it is), --idle-minutes N (the idle setting for the run;
// default 1, the shortest the settings page offers).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { applySettingsPatch, e2eGate, sleep } from '../tests/e2e/harness';
import { startTrapProxy } from '../tests/e2e/server';
import { launchUnattached, type Tab, type UnattachedBrowser } from '../tests/e2e/unattached-browser';
import { EXPECTATIONS } from '../tests/sites/expectations';

const root = path.resolve(import.meta.dirname, '..');
const extDir = path.join(root, '.output/chrome-mv3');
const args = process.argv.slice(2);
const idleMinutes = Number(args[args.indexOf('--idle-minutes') + 1] ?? 1) || 1;
const TARGET = { afterOneMb: 120, afterIdleMb: 15, coldMs: 2000, warmMs: 300 };
/** Chrome stops an extension's service worker ~30 s after its last event; how long we watch for it. */
const STOP_WATCH_MS = 90_000;

const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

interface ExtensionMemory {
  rss: number;
  anon: number;
  pss: number;
  private: number;
  processes: number;
  /** Seconds since the reference moment of the row, when it matters. */
  note: string;
}

/** The extension's renderer process(es), summed (kB); all zero when the process has exited. */
function extensionMemory(b: UnattachedBrowser, note = ''): ExtensionMemory {
  const ps = b.extensionProcesses();
  const sum = (k: 'rssKb' | 'anonKb' | 'pssKb' | 'privateKb') => ps.reduce((a, p) => a + (p[k] ?? 0), 0);
  return { rss: sum('rssKb'), anon: sum('anonKb'), pss: sum('pssKb'), private: sum('privateKb'), processes: ps.length, note };
}

/** Polls until the extension has no service worker and no process left, or the time is up; returns the ms it took, or null. */
async function untilStopped(b: UnattachedBrowser, withinMs: number): Promise<number | null> {
  const t0 = Date.now();
  for (;;) {
    const { serviceWorker, offscreen } = await b.extensionContexts();
    if (serviceWorker + offscreen === 0 && b.extensionProcesses().length === 0) return Date.now() - t0;
    if (Date.now() - t0 > withinMs) return null;
    await sleep(500);
  }
}

// Records, from the document's start, when the badge turned final (the page's own clock). A string: tsx
// names inner functions with a helper that does not exist in the page.
const RECORD_FINAL = `(() => {
  if (!/^https?:$/.test(location.protocol)) return;
  const t = { final: null, failed: null };
  Object.defineProperty(window, '__klFinal', { value: t });
  new MutationObserver(() => {
    const el = document.querySelector('[data-kyujin-lens="badge"]');
    const s = el && el.getAttribute('data-state');
    if (s === 'final' && t.final === null) t.final = { at: performance.now(), jobType: el.getAttribute('data-job-type') };
    if ((s === 'error' || s === 'unreadable') && t.failed === null) t.failed = s;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-kyujin-lens'] });
})()`;

const AWAIT_FINAL = `new Promise((resolve, reject) => {
  const started = Date.now();
  const poll = () => {
    const t = window.__klFinal;
    if (t && t.final) return resolve({ ms: Math.round(t.final.at - performance.getEntriesByType('navigation')[0].domContentLoadedEventStart), jobType: t.final.jobType });
    if (t && t.failed) return reject(new Error('the posting got "' + t.failed + '", not a final verdict'));
    if (Date.now() - started > 60000) return reject(new Error('no final verdict within 60 s'));
    setTimeout(poll, 20);
  };
  poll();
})`;

/** The proxy's records counted by host: "jp.indeed.com:443 ×21, …". */
function refused(requests: { method: string; target: string }[]): string {
  const byHost = new Map<string, number>();
  for (const r of requests) {
    const host = r.method === 'CONNECT' ? r.target : new URL(r.target).host;
    byHost.set(host, (byHost.get(host) ?? 0) + 1);
  }
  return [...byHost].map(([h, n]) => `${h} ×${n}`).join(', ');
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
  const fulfil = { prefix: 'https://jp.indeed.com/', html };
  const postingUrl = (n: string) => indeed.detailUrl.replace('3f9a1c2e4b5d6a7f', `3f9a1c2e4b5d${n.padStart(4, '0')}`);

  const proxy = await startTrapProxy();
  const b = await launchUnattached(extDir, proxy.server);
  const posting = async (n: string): Promise<{ tab: Tab; ms: number; jobType: string }> => {
    const tab = await b.open(postingUrl(n), { fulfil, initScript: RECORD_FINAL });
    return { tab, ...(await tab.evaluate<{ ms: number; jobType: string }>(AWAIT_FINAL)) };
  };
  try {
    await sleep(3000); // let start-up settle
    const startUp = extensionMemory(b);
    // The idle setting for this run, written from an extension page that is closed again at once.
    const settingsTab = await b.open(`chrome-extension://${b.extensionId}/popup.html`);
    await settingsTab.evaluate(`(${applySettingsPatch.toString()})(${JSON.stringify({ tokenizerIdleMinutes: idleMinutes })})`);
    await settingsTab.close();
    console.log(`Start-up: the extension's process holds ${mb(startUp.rss)} RSS; waiting for the browser to stop the idle service worker…`);
    const quietAfter = await untilStopped(b, STOP_WATCH_MS);
    const quiet = extensionMemory(b, quietAfter === null ? `still running after ${STOP_WATCH_MS / 1000} s` : `stopped ${Math.round(quietAfter / 1000)} s later`);

    const cold = await posting('6a7f');
    await sleep(2000);
    const afterOne = extensionMemory(b);
    const whileBusy = await b.extensionContexts();
    const warm: number[] = [];
    const tabs = [cold.tab];
    for (let i = 0; i < 5; i++) {
      const w = await posting(`6a${70 + i}`);
      warm.push(w.ms);
      tabs.push(w.tab);
    }
    // The first posting's tab stays open through the idle period, as a user's would: an open posting must
    // not keep the extension running.
    for (const t of tabs.slice(1)) await t.close();

    // The idle period: the offscreen document closes after the idle time; then nothing is left to keep the
    // service worker running, and the browser stops it and ends the process.
    console.log(`Idle: watching the extension's contexts and process for up to ${idleMinutes} min + ${STOP_WATCH_MS / 1000} s…`);
    const idleStart = Date.now();
    const secs = () => Math.round((Date.now() - idleStart) / 1000);
    let hostClosedAt: number | null = null;
    for (; hostClosedAt === null && Date.now() - idleStart < idleMinutes * 60_000 + STOP_WATCH_MS; await sleep(500)) {
      if ((await b.extensionContexts()).offscreen === 0) hostClosedAt = secs();
    }
    await sleep(2000);
    const hostClosed = extensionMemory(b, hostClosedAt === null ? 'never closed' : `closed at ${hostClosedAt} s; +2 s`);
    const swAtHostClosed = (await b.extensionContexts()).serviceWorker;
    const stoppedAfter = await untilStopped(b, STOP_WATCH_MS);
    const afterIdle = extensionMemory(b, stoppedAfter === null ? `still running at ${secs()} s` : `at ${secs()} s`);
    const afterIdleContexts = await b.extensionContexts();
    const again = await posting('6a99');
    await again.tab.close();
    await cold.tab.close();

    const kinds = ['rss', 'anon', 'pss', 'private'] as const;
    const cols = (m: ExtensionMemory) => `${kinds.map((k) => mb(m[k]).padStart(10)).join('')}${String(m.processes).padStart(6)}   ${m.note}`;
    const delta = (m: ExtensionMemory, base: ExtensionMemory) => kinds.map((k) => `${m[k] >= base[k] ? '+' : '−'}${mb(Math.abs(m[k] - base[k]))}`.padStart(10)).join('');
    const share = (m: ExtensionMemory, base: ExtensionMemory, target: number) => kinds.map((k) => `${(Math.max(0, m[k] - base[k]) / 1024 / target).toFixed(2)}`.padStart(10)).join('');
    const sorted = [...warm].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const row = (label: string, text: string) => `  ${label.padEnd(46)}${text}`;
    console.log(
      [
        '',
        `── 求人レンズ in Chromium (production build, idle setting ${idleMinutes} min for this run; nothing attached to the extension) ──`,
        "Memory of the extension's renderer process (service worker, offscreen document and its Worker share it);",
        'the first posting stays open in its tab through the idle period:',
        row('', `${['RSS', 'RSS anon', 'PSS', 'private'].map((h) => h.padStart(10)).join('')}${'procs'.padStart(6)}`),
        row('start-up (service worker running)', cols(startUp)),
        row('before any posting, quiet (worker stopped)', cols(quiet)),
        row('after one posting', cols(afterOne)),
        row('idle: tokenizer host closed (worker running)', cols(hostClosed)),
        row('after the idle period (worker stopped)', cols(afterIdle)),
        row('after one posting − start-up', delta(afterOne, startUp)),
        row(`  share of the ≤ +${TARGET.afterOneMb} MB target`, share(afterOne, startUp, TARGET.afterOneMb)),
        row('host closed − start-up (before the worker stops)', delta(hostClosed, startUp)),
        row('after the idle period − start-up', delta(afterIdle, startUp)),
        row('after the idle period − quiet before', delta(afterIdle, quiet)),
        row(`  share of the ≤ +${TARGET.afterIdleMb} MB target (against start-up)`, share(afterIdle, startUp, TARGET.afterIdleMb)),
        `  contexts while in use: ${whileBusy.serviceWorker} service worker, ${whileBusy.offscreen} offscreen document; when the host closed: ${swAtHostClosed} service worker;`,
        `  after the idle period: ${afterIdleContexts.serviceWorker} service worker, ${afterIdleContexts.offscreen} offscreen document` +
          (stoppedAfter === null ? ' (the worker was NOT stopped: something kept it running)' : ` (worker stopped and process ended ${Math.round(stoppedAfter / 1000)} s after the host closed)`),
        "  RSS counts every page of the browser's code the process touched (shared with all its processes); RSS anon,",
        '  PSS and private leave those out or split them. A process that has ended holds nothing: 0 in every column.',
        'DOMContentLoaded → final verdict:',
        `  cold (first posting)        ${String(cold.ms).padStart(5)} ms   (target ≤ ${TARGET.coldMs} ms: ${(cold.ms / TARGET.coldMs).toFixed(2)} of it)  ${cold.jobType}`,
        `  warm (5 more), median       ${String(median).padStart(5)} ms   (target ≤ ${TARGET.warmMs} ms: ${(median / TARGET.warmMs).toFixed(2)} of it; all: ${warm.join(', ')} ms)`,
        `  after the idle period       ${String(again.ms).padStart(5)} ms   (cold again: ${afterIdle.processes ? 'the tokenizer is loaded anew' : "a new process, service worker, offscreen document and tokenizer"})  ${again.jobType}`,
        `Connections refused by the trap proxy (nothing leaves the machine): ${refused(proxy.requests) || 'none'}`,
        "  These are Chromium's own services and its connections for the tab's address (the posting itself is answered",
        "  by interception); the extension requests only its own files (the E2E network test checks every context).",
        '',
      ].join('\n'),
    );
  } finally {
    await b.close();
    await proxy.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
