// Chrome: the service worker's side of the tokenizer host (the offscreen document that runs the Worker).
// The document is created on the first request and closed when it reports itself idle, unless a request
// is on its way to it. A request that arrives while the document is being closed waits for the close and
// then gets a new document: nothing in flight is lost. The browser APIs are passed in, so this is tested
// with fakes (tests/offscreen-host.test.ts).
import type { AnalyzeJob, AnalyzeResponse } from './protocol';
import type { Report } from './report';

export interface OffscreenApis {
  /** Whether the document exists (it may still be loading). */
  exists(): Promise<boolean>;
  /** Creates it; rejects when it already exists (Chrome allows one). */
  create(): Promise<void>;
  close(): Promise<void>;
  /** Sends one request to the document; undefined when nothing answered, a throw when it was not delivered. */
  send(job: AnalyzeJob, idleMs: number | null): Promise<AnalyzeResponse | undefined>;
}

export interface OffscreenHost {
  analyze(job: AnalyzeJob): Promise<AnalyzeResponse>;
  /** The document says it has been idle for the idle time: close it unless work came in meanwhile. */
  idle(): Promise<boolean>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Tries at the offscreen document per request: the document can be gone (closed by the browser) or still starting. */
const OFFSCREEN_ATTEMPTS = 2;
/** Pause before the second try: long enough for a document being created to register its listener. */
const OFFSCREEN_RETRY_PAUSE_MS = 300;

export function createOffscreenHost(
  apis: OffscreenApis,
  idleMs: () => Promise<number | null>,
  report: Report,
  retryPauseMs = OFFSCREEN_RETRY_PAUSE_MS,
): OffscreenHost {
  let creating: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  let inFlight = 0;
  let lastDone = 0;

  async function ensure(): Promise<void> {
    while (closing) await closing;
    // exists() lists the document before it has loaded: while a creation is under way, wait for it
    // rather than message a document whose listener does not exist yet.
    if (creating) return creating;
    if (await apis.exists()) return;
    if (creating) return creating;
    creating = apis.create().catch(async (e: Error) => {
      // Another call may have created it in the meantime.
      if (!(await apis.exists())) throw e;
    });
    try {
      await creating;
    } finally {
      creating = undefined;
    }
  }

  return {
    async analyze(job) {
      inFlight++;
      try {
        const ms = await idleMs();
        // The document can be gone (closed by the browser, extension reloaded) or still starting: retry
        // once after a moment, then fail visibly. No tab waits forever.
        let last = 'did not answer';
        for (let attempt = 0; attempt < OFFSCREEN_ATTEMPTS; attempt++) {
          try {
            await ensure();
            const res = await apis.send(job, ms);
            if (res) return res;
          } catch (e) {
            last = (e as Error)?.message ?? String(e);
          }
          if (attempt < OFFSCREEN_ATTEMPTS - 1) await pause(retryPauseMs);
        }
        return { ok: false, error: { code: 'unavailable', message: `tokenizer host unavailable: ${last}` } };
      } finally {
        inFlight--;
        lastDone = Date.now();
      }
    },
    async idle() {
      const ms = await idleMs();
      // Checked after the await, right before closing, so no request can slip in between: JavaScript
      // runs this to the assignment of `closing` without yielding.
      if (ms === null || inFlight > 0 || creating || closing || Date.now() - lastDone < ms * 0.9) return false;
      closing = apis.close().catch((e: Error) => {
        // Already gone (closed by the browser): nothing to do.
        if (!/no current offscreen|not.*exist/i.test(String(e?.message))) report('closing the idle tokenizer host failed', e);
      });
      try {
        await closing;
      } finally {
        closing = undefined;
      }
      return true;
    },
  };
}
