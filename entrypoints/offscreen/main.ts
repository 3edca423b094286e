// Chrome only: the offscreen document that keeps the shared tokenizer alive in a Worker, so kuromoji
// and its 95 MB dictionary are loaded once per browser, not once per tab.
import AnalyzerWorker from '@/lib/worker/analyzer.worker?worker';
import type { AnalyzeResponse, OffscreenAnalyzeRequest } from '@/lib/extension/protocol';

const worker = new AnalyzerWorker();
const dictBase = (browser.runtime.getURL as (path: string) => string)('/dict/');
const pending = new Map<number, (r: AnalyzeResponse) => void>();
let seq = 0;

worker.onmessage = (e: MessageEvent<{ id: number; response: AnalyzeResponse }>) => {
  pending.get(e.data.id)?.(e.data.response);
  pending.delete(e.data.id);
};
worker.onerror = (e) => {
  // A crashed Worker fails every waiting request visibly instead of leaving tabs waiting.
  for (const [id, resolve] of pending) resolve({ ok: false, error: { code: 'failed', message: `tokenizer worker failed: ${e.message}` } });
  pending.clear();
};

// Start loading at once: the first tab should not pay for the document's start-up as well.
worker.postMessage({ id: 0, dictBase, warmUp: true });

browser.runtime.onMessage.addListener((msg: unknown, sender) => {
  const m = msg as OffscreenAnalyzeRequest;
  // Content scripts' broadcasts reach this document too: answer only the background's requests.
  if (m?.type !== 'kl:offscreen-analyze' || sender.id !== browser.runtime.id || sender.tab) return undefined;
  const id = ++seq;
  return new Promise<AnalyzeResponse>((resolve) => {
    pending.set(id, resolve);
    const { type: _type, ...job } = m;
    worker.postMessage({ id, job, dictBase });
  });
});
