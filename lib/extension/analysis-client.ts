// The content script's only line to the tokenizer host (the background, then the offscreen document or
// Firefox's background page): sends the posting text, retries what may mend itself, and drops answers
// for a posting that is no longer the page's.
import { analyzeAnswer, ask, type AnalyzeJob, type AnalyzeRequest, type AnalyzeResponse } from './protocol';

/** Tries per posting: a service worker that was restarting, or a tokenizer host still starting, gets one more. */
export const ANALYZE_ATTEMPTS = 2;
/** Pause between tries: long enough for a stopped service worker to start and register its listener. */
export const ANALYZE_RETRY_PAUSE_MS = 500;

export interface AnalysisClient {
  /**
   * The full analysis of `job`, or null when `current()` turned false meanwhile (a newer posting or
   * settings change took over). Never throws: failures come back as { ok: false, error }.
   */
  analyze(job: AnalyzeJob, current: () => boolean): Promise<AnalyzeResponse | null>;
}

export function createAnalysisClient(
  send: (request: AnalyzeRequest) => Promise<unknown>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): AnalysisClient {
  const once = async (request: AnalyzeRequest): Promise<AnalyzeResponse> => {
    const answer = await ask(send, request, analyzeAnswer);
    if (answer.ok) return answer.value;
    // Not delivered, or no answer: the host may be starting. An answer that breaks the contract will not mend.
    const unavailable = /not delivered|no answer/.test(answer.problem);
    return { ok: false, error: { code: unavailable ? 'unavailable' : 'failed', message: answer.problem } };
  };
  return {
    async analyze(job, current) {
      const request: AnalyzeRequest = { type: 'kl:analyze', ...job };
      let response: AnalyzeResponse | undefined;
      for (let attempt = 0; attempt < ANALYZE_ATTEMPTS; attempt++) {
        response = await once(request);
        if (response.ok || response.error.code !== 'unavailable' || !current()) break;
        if (attempt < ANALYZE_ATTEMPTS - 1) await sleep(ANALYZE_RETRY_PAUSE_MS);
      }
      return current() ? response! : null;
    },
  };
}
