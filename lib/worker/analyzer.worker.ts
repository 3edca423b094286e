// Chrome: the Worker started by the offscreen document. It holds the one kuromoji instance of the
// browser. Messages: { id, job, dictBase } in, { id, response } out.
import { loadBrowserTokenizer } from '../tokenizer/browser';
import { createAnalyzer, type AnalyzeJob } from './analyzer-core';

let analyzer: ReturnType<typeof createAnalyzer> | undefined;

self.onmessage = async (e: MessageEvent<{ id: number; job?: AnalyzeJob; dictBase: string; warmUp?: boolean }>) => {
  const { id, job, dictBase, warmUp } = e.data;
  analyzer ??= createAnalyzer(() => loadBrowserTokenizer(dictBase));
  if (warmUp) {
    analyzer.warmUp();
    return;
  }
  const response = await analyzer.handle(job!);
  (self as unknown as Worker).postMessage({ id, response });
};
