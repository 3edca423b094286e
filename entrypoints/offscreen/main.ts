// Chrome only: the offscreen document that keeps the shared tokenizer alive in a Worker, so kuromoji
// and its 95 MB dictionary are loaded once per browser, not once per tab.
import AnalyzerWorker from '@/lib/worker/analyzer.worker?worker';
import { receiver, type AnalyzeResponse, type WorkerReply, type WorkerRequest } from '@/lib/extension/protocol';
import { reporter } from '@/lib/extension/report';

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

// Content scripts' kl:analyze broadcasts reach this document too: it answers only the background's
// kl:offscreen-analyze (the receiver leaves every other type to its own context).
browser.runtime.onMessage.addListener(
  receiver(
    browser.runtime.id,
    {
      'kl:offscreen-analyze': ({ type: _type, ...job }) =>
        new Promise<AnalyzeResponse>((resolve) => {
          const id = ++seq;
          pending.set(id, resolve);
          post({ id, job, dictBase });
        }),
    },
    reporter('warn'),
  ),
);
