// The tokenizer's host going away between requests (offscreen document closed, service worker stopped):
// the next posting still gets its final verdict, and nothing waits forever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertExtensionBuilt, e2eGate, launchExtension, waitForBadge, type ExtensionSession } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

const gate = e2eGate();

describe.skipIf(!gate.run)('tokenizer host restarts (E2E)', () => {
  let server: FixtureServer;
  let s: ExtensionSession;
  beforeAll(async () => {
    assertExtensionBuilt();
    server = await startFixtureServer();
    s = await launchExtension({ server });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
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
