// Chrome: the Worker started by the offscreen document. It holds the one kuromoji instance of the
// browser. Messages: { id, job, dictBase } in, { id, response } out.
import { loadBrowserTokenizer } from '@/lib/tokenizer/browser';
import type { WorkerReply, WorkerRequest } from '@/lib/extension/protocol';
import { createAnalyzer } from '@/lib/worker/analyzer-core';

let analyzer: ReturnType<typeof createAnalyzer> | undefined;

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  analyzer ??= createAnalyzer(() => loadBrowserTokenizer(m.dictBase));
  if ('warmUp' in m) {
    analyzer.warmUp();
    return;
  }
  const reply: WorkerReply = { id: m.id, response: await analyzer.handle(m.job) };
  (self as unknown as Worker).postMessage(reply);
};
