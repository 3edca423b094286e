// The tokenizer's host going away between requests (offscreen document closed, service worker stopped,
// or let go after the idle time): the next posting still gets its final verdict, and nothing waits forever.
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eGate, waitForBadge, type ExtensionSession } from './harness';
import { extensionSuite } from './suite';

const gate = e2eGate();

describe.skipIf(!gate.run)('tokenizer host restarts (E2E)', () => {
  const suite = extensionSuite();
  let s: ExtensionSession;
  beforeAll(() => {
    s = suite.session();
  });

  it('re-creates a closed offscreen document and still gives the final verdict', async () => {
    const first = await s.open('outbound.html?n=1');
    expect((await waitForBadge(first, 'final', { timeout: 30_000 })).jobType).toBe('outbound');
    const closed = await s.extEval(async () => {
      await chrome.offscreen.closeDocument();
      return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length;
    }, null);
    expect(closed).toBe(0);
    const second = await s.open('inbound.html?n=2');
    const t0 = Date.now();
    expect((await waitForBadge(second, 'final', { timeout: 30_000 })).jobType).toBe('inbound');
    console.log(`after the offscreen document was closed: final verdict in ${Date.now() - t0} ms (tokenizer reloaded)`);
  });

  it('closes the idle offscreen document after the idle time and opens a new one for the next posting', async () => {
    const offscreenDocs = () =>
      s.extEval(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length, null);
    // The E2E build's test-only idle time in milliseconds (the setting itself counts whole minutes).
    await s.extEval(async () => chrome.storage.local.set({ klTestIdleMs: 1500 }), null);
    try {
      const first = await s.open('outbound.html?n=idle1');
      expect((await waitForBadge(first, 'final', { timeout: 30_000 })).jobType).toBe('outbound');
      expect(await offscreenDocs()).toBe(1);
      const deadline = Date.now() + 20_000;
      while ((await offscreenDocs()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(await offscreenDocs(), 'the offscreen document is closed after the idle time').toBe(0);
      // The open tab keeps its verdict; the next posting loads the tokenizer again.
      expect((await waitForBadge(first, 'final')).jobType).toBe('outbound');
      const next = await s.open('inbound.html?n=idle2');
      const t0 = Date.now();
      expect((await waitForBadge(next, 'final', { timeout: 30_000 })).jobType).toBe('inbound');
      console.log(`after the idle release: final verdict in ${Date.now() - t0} ms (tokenizer reloaded)`);
      expect(await offscreenDocs()).toBe(1);
    } finally {
      await s.extEval(async () => chrome.storage.local.remove('klTestIdleMs'), null);
    }
  });

  it('answers every posting of a burst that arrives while the idle document is being closed', async () => {
    await s.extEval(async () => chrome.storage.local.set({ klTestIdleMs: 300 }), null);
    try {
      const first = await s.open('mixed.html?n=burst0');
      await waitForBadge(first, 'final', { timeout: 30_000 });
      // Postings opened around the moment the host lets go: each one must still end final.
      const pages = [];
      for (let i = 1; i <= 6; i++) {
        await new Promise((r) => setTimeout(r, 120));
        pages.push(await s.open(`${i % 2 ? 'outbound' : 'inbound'}.html?n=burst${i}`));
      }
      const states = await Promise.all(pages.map(async (p) => (await waitForBadge(p, ['final', 'error'], { timeout: 30_000 })).state));
      expect(states).toEqual(Array(6).fill('final'));
    } finally {
      await s.extEval(async () => chrome.storage.local.remove('klTestIdleMs'), null);
    }
  });

  it('survives a stopped service worker', async () => {
    const page = await s.open('mixed.html?n=3');
    await waitForBadge(page, 'final', { timeout: 30_000 });
    // The page-level DevTools session has the ServiceWorker domain (the feasibility notes used it too).
    const session = await s.context.newCDPSession(page);
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    const next = await s.open('outbound.html?n=4');
    const t0 = Date.now();
    expect((await waitForBadge(next, 'final', { timeout: 30_000 })).jobType).toBe('outbound');
    console.log(`after the service worker was stopped: final verdict in ${Date.now() - t0} ms`);
  });
});
