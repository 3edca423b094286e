// The analysis service behind the extension: one tokenizer, loaded once and shared by every tab, and
// compiled lexicons cached per set of user keywords. Pure: the Chrome Worker and the Firefox background
// page wrap it with their own messaging.
import { analyze } from '../analysis/analyze';
import type { AnalyzeJob, AnalyzeResponse } from '../extension/protocol';
import { builtinLexicon } from '../lexicon/builtin';
import type { CompiledLexicon } from '../lexicon/compile';
import { DictionaryError, type Tokenizer } from '../tokenizer/types';

export type { AnalyzeJob };

export function createAnalyzer(loadTokenizer: () => Promise<Tokenizer>) {
  let tokenizer: Promise<Tokenizer> | undefined;
  let loadMs: number | null = null;
  let reportLoad = true;
  const lexicons = new Map<string, CompiledLexicon>();

  const lexiconFor = (job: AnalyzeJob) => {
    const key = JSON.stringify(job.userKeywords ?? []);
    let lex = lexicons.get(key);
    if (!lex) {
      lex = builtinLexicon(job.userKeywords ?? []);
      if (lexicons.size >= 8) lexicons.delete(lexicons.keys().next().value!);
      lexicons.set(key, lex);
    }
    return lex;
  };

  return {
    /**
     * Drops the tokenizer and the compiled lexicons so their memory can be reclaimed; the next request
     * loads them again (and reports that load). Call it only when no request is in flight.
     */
    release(): boolean {
      const had = tokenizer !== undefined;
      tokenizer = undefined;
      loadMs = null;
      reportLoad = true;
      lexicons.clear();
      return had;
    },
    /** Starts loading the tokenizer without waiting for a request. */
    warmUp(): void {
      void this.tokenizer().catch(() => undefined);
    },
    tokenizer(): Promise<Tokenizer> {
      if (!tokenizer) {
        const t0 = performance.now();
        // A failed load stays failed: a missing or corrupt dictionary does not mend itself, and every
        // tab must get the same clear answer at once rather than a new 2-second attempt.
        tokenizer = loadTokenizer().then((t) => {
          loadMs = performance.now() - t0;
          return t;
        });
      }
      return tokenizer;
    },
    async handle(job: AnalyzeJob): Promise<AnalyzeResponse> {
      let tk: Tokenizer;
      try {
        tk = await this.tokenizer();
      } catch (e) {
        const code = e instanceof DictionaryError ? e.code : 'failed';
        return { ok: false, error: { code, message: (e as Error)?.message ?? String(e) } };
      }
      try {
        const t0 = performance.now();
        const result = analyze(String(job.text ?? ''), {
          lexicon: lexiconFor(job),
          tokenizer: tk,
          sensitivity: job.sensitivity,
          categories: job.categories,
        });
        const analyzeMs = performance.now() - t0;
        const tokenizerLoadMs = reportLoad ? loadMs : null;
        reportLoad = false;
        return { ok: true, result, timing: { tokenizerLoadMs, analyzeMs } };
      } catch (e) {
        return { ok: false, error: { code: 'failed', message: `analysis failed: ${(e as Error)?.message ?? e}` } };
      }
    },
  };
}
