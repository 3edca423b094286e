// Chrome only: the offscreen document that keeps the shared tokenizer alive in a Worker, so kuromoji
// and its dictionary are loaded once per browser, not once per tab. When no request came for the idle
// time (a setting), it tells the background, which closes it: the Worker and the dictionary go with it.
import AnalyzerWorker from './analyzer.worker?worker';
import { ask, hostIdleAnswer, onOffscreenAnalyze, receiver, type AnalyzeResponse, type RequestOf, type WorkerReply, type WorkerRequest } from '@/lib/extension/protocol';
import { reporter } from '@/lib/extension/report';
import { createIdleRelease } from '@/lib/worker/idle-release';

const warn = reporter('warn');
const worker = new AnalyzerWorker();
const dictBase = (browser.runtime.getURL as (path: string) => string)('/dict/');
const pending = new Map<number, (r: AnalyzeResponse) => void>();
let seq = 0;

worker.onmessage = (e: MessageEvent<WorkerReply>) => {
  pending.get(e.data.id)?.(e.data.response);
  pending.delete(e.data.id);
};
worker.onerror = (e) => {
  // A crashed Worker fails every waiting request visibly instead of leaving tabs waiting.
  for (const [id, resolve] of pending) resolve({ ok: false, error: { code: 'failed', message: `tokenizer worker failed: ${e.message}` } });
  pending.clear();
};

// Start loading at once: the first tab should not pay for the document's start-up as well.
const post = (m: WorkerRequest) => worker.postMessage(m);
post({ id: 0, dictBase, warmUp: true });

const idle = createIdleRelease(() => {
  void ask((m: RequestOf<'kl:host-idle'>) => browser.runtime.sendMessage(m), { type: 'kl:host-idle' }, hostIdleAnswer).then((res) => {
    if (!res.ok) warn(`could not report the idle tokenizer host: ${res.problem}`);
  });
});

// Content scripts' kl:analyze broadcasts reach this document too: it answers only the background's
// kl:offscreen-analyze (the receiver leaves every other type to its own context).
browser.runtime.onMessage.addListener(
  receiver(
    browser.runtime.id,
    {
      'kl:offscreen-analyze': onOffscreenAnalyze(({ type: _type, idleMs, ...job }) =>
        idle.track(
          () =>
            new Promise<AnalyzeResponse>((resolve) => {
              const id = ++seq;
              pending.set(id, resolve);
              post({ id, job, dictBase });
            }),
          idleMs,
        ),
      ),
    },
    warn,
  ),
);
