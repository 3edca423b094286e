// Chromium with the extension, driven over the DevTools protocol WITHOUT attaching to the extension.
//
// Playwright attaches a DevTools session to every target, the extension's service worker included, and an
// attached service worker is never stopped for being idle (measured: with Playwright it was still running
// after 60 s; unattached it stopped ~30 s after its last event and the extension's process exited; attached
// by hand, it stopped ~30 s after the session detached). A user's browser has nothing attached, so memory
// over an idle period is measured here: the browser is spoken to at its own level (Target.getTargets lists
// the extension's contexts without attaching), and a session is attached only to the tabs we open, never
// to the service worker, the offscreen document or its Worker. Memory comes from /proc (proc-memory.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, chromiumSwitches } from './harness';
import { descendants, isExtensionRenderer, procFigures, type ProcFigures } from './proc-memory';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  attached: boolean;
}

/** A tab we opened and attached to (the only kind of session this browser has). */
export interface Tab {
  /** Evaluates an expression in the page (promises awaited) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface UnattachedBrowser {
  /** The browser process (its descendants are all of Chromium's processes). */
  pid: number;
  extensionId: string;
  /** Every target the browser has, attached or not (Target.getTargets: listing attaches nothing). */
  targets(): Promise<TargetInfo[]>;
  /** The extension's contexts by kind: its service worker, its offscreen document. */
  extensionContexts(): Promise<{ serviceWorker: number; offscreen: number }>;
  /** The extension's own renderer process(es) and their figures (none when the process has exited). */
  extensionProcesses(): (ProcFigures & { pid: number })[];
  /**
   * Opens a tab at `url`. `fulfil` answers requests whose URL starts with the given prefix with the given
   * HTML (Fetch interception on this tab's session), so a real site's address needs no network.
   * `initScript` runs in every document of the tab before the page's own scripts.
   */
  open(url: string, opts?: { fulfil?: { prefix: string; html: string }; initScript?: string }): Promise<Tab>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

/** The DevTools protocol over --remote-debugging-pipe: JSON messages ending in NUL, on file descriptors 3 and 4. */
function pipeClient(proc: ChildProcess) {
  const out = proc.stdio[3] as NodeJS.WritableStream;
  const inp = proc.stdio[4] as NodeJS.ReadableStream;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, ((params: Record<string, unknown>, sessionId?: string) => void)[]>();
  let seq = 0;
  let buffer = '';
  inp.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const msg = JSON.parse(buffer.slice(0, end)) as { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string; result?: unknown; error?: { message: string } };
      buffer = buffer.slice(end + 1);
      if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result);
      } else if (msg.method) {
        for (const fn of listeners.get(msg.method) ?? []) fn(msg.params ?? {}, msg.sessionId);
      }
    }
  });
  proc.once('exit', () => {
    for (const p of pending.values()) p.reject(new Error('the browser exited'));
    pending.clear();
  });
  return {
    send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
      const id = ++seq;
      out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    },
    on(method: string, fn: (params: Record<string, unknown>, sessionId?: string) => void) {
      listeners.set(method, [...(listeners.get(method) ?? []), fn]);
    },
  };
}

export async function launchUnattached(extDir: string, proxyServer: string): Promise<UnattachedBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-unattached-'));
  const proc = spawn(
    CHROMIUM_PATH,
    ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--lang=ja-JP', '--window-size=1280,720', ...chromiumSwitches(extDir, proxyServer), 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  proc.stderr!.on('data', (d: Buffer) => stderr.push(d.toString('utf8')));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const cdp = pipeClient(proc);
  const close = async () => {
    if (proc.exitCode === null) {
      await cdp.send('Browser.close').catch(() => proc.kill('SIGTERM'));
      await Promise.race([exited, sleep(10_000).then(() => proc.kill('SIGKILL'))]);
    }
    fs.rmSync(profile, { recursive: true, force: true });
  };

  const targets = async () => (await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;
  let extensionId = '';
  for (const deadline = Date.now() + 30_000; !extensionId; await sleep(100)) {
    const sw = (await targets()).find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (sw) extensionId = new URL(sw.url).host;
    else if (Date.now() > deadline || proc.exitCode !== null) {
      await close();
      throw new Error(`the extension's service worker did not start within 30 s (${extDir}); Chromium said: ${stderr.join('').slice(-500)}`);
    }
  }
  const origin = `chrome-extension://${extensionId}/`;
  const pid = proc.pid!;

  return {
    pid,
    extensionId,
    targets,
    async extensionContexts() {
      const mine = (await targets()).filter((t) => t.url.startsWith(origin));
      return {
        serviceWorker: mine.filter((t) => t.type === 'service_worker').length,
        offscreen: mine.filter((t) => new URL(t.url).pathname === '/offscreen.html').length,
      };
    },
    extensionProcesses() {
      return descendants(pid).flatMap((p) => {
        const f = procFigures(p);
        return f && isExtensionRenderer(f.cmdline) ? [{ ...f, pid: p }] : [];
      });
    },
    async open(url, opts = {}) {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      const { fulfil, initScript } = opts;
      if (fulfil) {
        cdp.on('Fetch.requestPaused', (p, sid) => {
          if (sid !== sessionId) return;
          void cdp
            .send('Fetch.fulfillRequest', {
              requestId: p.requestId,
              responseCode: 200,
              responseHeaders: [{ name: 'content-type', value: 'text/html; charset=utf-8' }],
              body: Buffer.from(fulfil.html, 'utf8').toString('base64'),
            }, sessionId)
            .catch(() => undefined); // the tab was closed meanwhile
        });
        await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${fulfil.prefix}*`, requestStage: 'Request' }] }, sessionId);
      }
      await cdp.send('Page.enable', {}, sessionId);
      if (initScript) await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId);
      const loaded = new Promise<void>((resolve) => cdp.on('Page.domContentEventFired', (_p, sid) => sid === sessionId && resolve()));
      const nav = await cdp.send<{ errorText?: string }>('Page.navigate', { url }, sessionId);
      if (nav.errorText) throw new Error(`could not open ${url}: ${nav.errorText}`);
      await loaded;
      return {
        async evaluate<T>(expression: string) {
          const r = await cdp.send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
            'Runtime.evaluate',
            { expression, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
          return r.result.value as T;
        },
        close: async () => {
          await cdp.send('Target.closeTarget', { targetId });
        },
      };
    },
    close,
  };
}
