// The idle extension lets the browser end its process: once the tokenizer host has closed, nothing of ours
// (no open port, no timer, no pending message) keeps the service worker running, so Chromium stops it and
// the extension's renderer process exits, even with a posting still open in a tab. The next posting starts
// everything again and gets its final verdict.
//
// This needs a browser with nothing attached to the extension: Playwright's session on the service worker
// would keep it running forever (tests/e2e/unattached-browser.ts). Chromium stops an idle extension service
// worker ~30 s after its last event; the test waits for it with a generous deadline, and asserts what
// happened, not how fast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT_DIR, assertExtensionBuilt, e2eGate, sleep } from './harness';
import { startFixtureServer, startTrapProxy, type FixtureServer, type TrapProxy } from './server';
import { launchUnattached, type Tab, type UnattachedBrowser } from './unattached-browser';

const gate = e2eGate();

/** The badge's final state and job type, once the content script has shown it (a string: it runs in the page). */
const FINAL_BADGE = `new Promise((resolve, reject) => {
  const started = Date.now();
  const poll = () => {
    const el = document.querySelector('[data-kyujin-lens="badge"]');
    const state = el && el.getAttribute('data-state');
    if (state === 'final' || state === 'error' || state === 'unreadable') return resolve({ state, jobType: el.getAttribute('data-job-type') });
    if (Date.now() - started > 30000) return reject(new Error('no settled badge within 30 s; last state: ' + state));
    setTimeout(poll, 50);
  };
  poll();
})`;

async function waitFor(what: string, check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs / 1000} s: ${what}`);
    await sleep(250);
  }
}

describe.skipIf(!gate.run)('the idle extension lets its process end (E2E, nothing attached)', () => {
  let server: FixtureServer;
  let proxy: TrapProxy;
  let b: UnattachedBrowser;
  beforeAll(async () => {
    assertExtensionBuilt();
    server = await startFixtureServer();
    proxy = await startTrapProxy();
    b = await launchUnattached(EXT_DIR, proxy.server);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await proxy?.close();
    await server?.close();
  });

  it('stops the service worker and ends the process after the host closes, with a posting left open; the next posting still gets its verdict', async () => {
    // The E2E build's test-only idle time in milliseconds (the setting itself counts whole minutes).
    const settings = await b.open(`chrome-extension://${b.extensionId}/popup.html`);
    await settings.evaluate(`chrome.storage.local.set({ klTestIdleMs: 1500 })`);
    await settings.close();

    const first: Tab = await b.open(server.url('outbound.html?n=idle-process-1'));
    expect(await first.evaluate(FINAL_BADGE)).toEqual({ state: 'final', jobType: 'outbound' });
    expect((await b.extensionContexts()).offscreen, 'the tokenizer host is open after a posting').toBe(1);
    expect(b.extensionProcesses().length, "the extension's own renderer process is found").toBe(1);

    await waitFor('the idle tokenizer host is closed', async () => (await b.extensionContexts()).offscreen === 0, 30_000);
    // Chromium stops an idle extension service worker ~30 s after its last event; three times that is
    // the deadline, so only something keeping it running fails this.
    await waitFor(
      "the service worker is stopped and the extension's process has ended",
      async () => (await b.extensionContexts()).serviceWorker === 0 && b.extensionProcesses().length === 0,
      90_000,
    );

    // The open tab keeps its verdict; a new posting wakes the extension and is analyzed.
    expect(await first.evaluate(FINAL_BADGE)).toEqual({ state: 'final', jobType: 'outbound' });
    const next = await b.open(server.url('inbound.html?n=idle-process-2'));
    expect(await next.evaluate(FINAL_BADGE)).toEqual({ state: 'final', jobType: 'inbound' });
    expect(b.extensionProcesses().length, 'a new extension process serves it').toBe(1);
    await next.close();
    await first.close();
  }, 180_000);
});
