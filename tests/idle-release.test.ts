// The tokenizer host letting go when idle: the idle timer, the Chrome host's open/close/answer logic
// (with fake browser APIs), and the analyzer dropping and reloading its tokenizer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleRelease } from '../lib/worker/idle-release';
import { createOffscreenHost, type OffscreenApis } from '../lib/extension/offscreen-host';
import { createAnalyzer } from '../lib/worker/analyzer-core';
import { DEFAULT_SETTINGS } from '../lib/extension/settings';
import type { AnalyzeResponse } from '../lib/extension/protocol';
import { tokenizer } from './helpers';

const report = (what: string, e?: unknown) => {
  throw new Error(`unexpected report: ${what} ${e}`);
};
const job = (text: string) => ({ text, sensitivity: 'standard' as const, userKeywords: [], categories: DEFAULT_SETTINGS.categories });
const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createIdleRelease', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls onIdle once the idle time has passed after the last request, and not before', async () => {
    const onIdle = vi.fn();
    const idle = createIdleRelease(onIdle);
    await idle.track(async () => 1, 1000);
    expect(idle.waiting).toBe(true);
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(idle.waiting).toBe(false);
  });

  it('never lets go while a request is in flight, and a new request restarts the wait', async () => {
    const onIdle = vi.fn();
    const idle = createIdleRelease(onIdle);
    await idle.track(async () => 1, 1000);
    vi.advanceTimersByTime(600);
    const slow = deferred<number>();
    const running = idle.track(() => slow.promise, 1000);
    expect(idle.inFlight).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
    slow.resolve(2);
    await expect(running).resolves.toBe(2);
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('with idle time null (never) keeps the host, and a failed request still counts as done', async () => {
    const onIdle = vi.fn();
    const idle = createIdleRelease(onIdle);
    await idle.track(async () => 1, null);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    await expect(idle.track(async () => Promise.reject(new Error('boom')), 10)).rejects.toThrow('boom');
    expect(idle.inFlight).toBe(0);
    vi.advanceTimersByTime(10);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});

/** A fake offscreen document: exists or not, answers after a delay we control. */
function fakeOffscreen() {
  const log: string[] = [];
  let open = false;
  const ok = (text: string): AnalyzeResponse => ({ ok: true, result: { text } as never, timing: { tokenizerLoadMs: null, analyzeMs: 1 } });
  const gates: { resolve: () => void }[] = [];
  let closeGate: Promise<void> | undefined;
  const apis: OffscreenApis = {
    exists: async () => open,
    create: async () => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      log.push('create');
      open = true;
    },
    close: async () => {
      log.push('close');
      await closeGate;
      open = false;
      log.push('closed');
    },
    send: async (j, idleMs) => {
      if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
      log.push(`send ${j.text} idle=${idleMs}`);
      const g = deferred<void>();
      gates.push(g);
      await g.promise;
      if (!open) return undefined; // closed under it: the message port closes without an answer
      return ok(j.text);
    },
  };
  return {
    apis,
    log,
    isOpen: () => open,
    answerAll: () => gates.splice(0).forEach((g) => g.resolve()),
    holdClose: () => {
      const d = deferred<void>();
      closeGate = d.promise;
      return () => d.resolve();
    },
  };
}

describe('createOffscreenHost (Chrome)', () => {
  it('creates the document on the first request, passes the idle time, and closes it when it reports idle', async () => {
    const f = fakeOffscreen();
    const host = createOffscreenHost(f.apis, async () => 0, report, 1);
    const r = host.analyze(job('a'));
    await vi.waitFor(() => expect(f.log).toContain('send a idle=0'));
    f.answerAll();
    expect((await r).ok).toBe(true);
    expect(await host.idle()).toBe(true);
    expect(f.isOpen()).toBe(false);
    expect(f.log).toEqual(['create', 'send a idle=0', 'close', 'closed']);
  });

  it('refuses to close while a request is on its way, or when the idle time is "never"', async () => {
    const f = fakeOffscreen();
    const host = createOffscreenHost(f.apis, async () => 0, report, 1);
    const r = host.analyze(job('a'));
    await vi.waitFor(() => expect(f.log).toContain('send a idle=0'));
    expect(await host.idle()).toBe(false);
    f.answerAll();
    await r;
    const never = createOffscreenHost(f.apis, async () => null, report, 1);
    expect(await never.idle()).toBe(false);
    expect(f.isOpen()).toBe(true);
  });

  it('answers a request that arrives while the document is being closed, from a new document', async () => {
    const f = fakeOffscreen();
    const host = createOffscreenHost(f.apis, async () => 0, report, 1);
    const first = host.analyze(job('a'));
    await vi.waitFor(() => expect(f.log).toContain('send a idle=0'));
    f.answerAll();
    await first;
    const release = f.holdClose();
    const closing = host.idle();
    await vi.waitFor(() => expect(f.log).toContain('close'));
    const second = host.analyze(job('b')); // arrives mid-close
    await new Promise((r) => setTimeout(r, 5));
    expect(f.log).not.toContain('send b idle=0'); // it waits for the close rather than messaging a dying document
    release();
    expect(await closing).toBe(true);
    await vi.waitFor(() => expect(f.log).toContain('send b idle=0'));
    f.answerAll();
    const res = await second;
    expect(res.ok && (res.result as unknown as { text: string }).text).toBe('b');
    expect(f.log).toEqual(['create', 'send a idle=0', 'close', 'closed', 'create', 'send b idle=0']);
  });

  it('does not close a document that served a request more recently than the idle time', async () => {
    const f = fakeOffscreen();
    const host = createOffscreenHost(f.apis, async () => 60_000, report, 1);
    const r = host.analyze(job('a'));
    await vi.waitFor(() => expect(f.log.length).toBe(2));
    f.answerAll();
    await r;
    expect(await host.idle()).toBe(false);
    expect(f.isOpen()).toBe(true);
  });

  it('retries once when the document vanished under a request, then answers from a new one', async () => {
    const f = fakeOffscreen();
    const host = createOffscreenHost(f.apis, async () => 0, report, 1);
    const r = host.analyze(job('a'));
    await vi.waitFor(() => expect(f.log).toContain('send a idle=0'));
    await f.apis.close(); // closed by the browser, not by us
    f.answerAll();
    await vi.waitFor(() => expect(f.log.filter((l) => l === 'send a idle=0').length).toBe(2));
    f.answerAll();
    expect((await r).ok).toBe(true);
  });
});

describe('analyzer release', () => {
  it('drops the tokenizer, loads it again on the next request and reports that load', async () => {
    const t = await tokenizer();
    let loads = 0;
    const a = createAnalyzer(async () => {
      loads++;
      return t;
    });
    const r1 = await a.handle(job('テレアポのお仕事です。'));
    expect(r1.ok && r1.timing.tokenizerLoadMs).not.toBeNull();
    const r2 = await a.handle(job('テレアポのお仕事です。'));
    expect(r2.ok && r2.timing.tokenizerLoadMs).toBeNull();
    expect(a.release()).toBe(true);
    expect(a.release()).toBe(false);
    const r3 = await a.handle(job('テレアポのお仕事です。'));
    expect(loads).toBe(2);
    expect(r3.ok && r3.timing.tokenizerLoadMs).not.toBeNull();
    expect(r3.ok && r1.ok && r3.result).toEqual(r1.ok && r1.result);
  });
});
