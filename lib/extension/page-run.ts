// One analysis of the page's posting: a provisional verdict at once (prefilter and the rough tokenizer,
// no dictionary in the content script), then the final one from the shared tokenizer. Each step lands in
// the verdict store; a late answer for a posting that is no longer the page's is dropped.
import { analyze } from '../analysis/analyze';
import { builtinLexicon } from '../lexicon/builtin';
import type { Tokenizer } from '../tokenizer/types';
import type { AnalysisClient } from './analysis-client';
import { textHash } from './badge-model';
import type { PagePlace, PostingReading } from './page-model';
import { enabledOn, type Settings } from './settings';
import type { VerdictStore } from './verdict-store';

/** The settings that change a verdict; the others (badge corner, highlight) only change how it is shown. */
export const analysisKey = (s: Settings) => JSON.stringify([s.sensitivity, s.categories, s.userKeywords, s.lang, s.hideQuietMark, s.sites]);

export interface PageRunDeps {
  store: VerdictStore;
  client: AnalysisClient;
  settings(): Settings;
  /** The page's host name with its port: the per-site switch is keyed by it. */
  host(): string;
  /** Reads the page afresh. */
  read(): { place: PagePlace; reading: PostingReading };
  rough: Tokenizer;
  /** Yields to the page between steps, so that no single task on its main thread runs long. */
  nextTask(): Promise<void>;
}

export class PageRun {
  private run = 0;
  private hash = '';

  constructor(private readonly d: PageRunDeps) {}

  /**
   * Analyzes the page's posting unless it is the one already shown (same job id, text and settings);
   * `force` analyzes it again all the same. `reading` is a reading taken earlier for this address.
   */
  async analyze(force: boolean, reading?: { place: PagePlace; reading: PostingReading }): Promise<void> {
    const { store } = this.d;
    const s = this.d.settings();
    if (!enabledOn(s, this.d.host(), true)) {
      this.run++;
      store.clearJobs();
      store.setPage({ status: 'off', result: null, error: null, jobId: null });
      return;
    }
    const { place, reading: r } = reading ?? this.d.read();
    if (r.state !== 'posting') {
      this.run++;
      this.hash = '';
      store.setPage({ status: r.state === 'unreadable' ? 'unreadable' : 'not-posting', result: null, error: null, jobId: null });
      return;
    }
    const text = r.posting.text;
    // Keyed by job id and text: the same posting re-rendered is not analyzed again, another one is.
    const hash = textHash(`${place.jobId ?? ''}\u0000${text}\u0000${analysisKey(s)}`);
    if (!force && hash === this.hash && store.page.status !== 'error') return;
    // Only a new posting (or new settings) starts a run; a late answer for an older run is dropped.
    const run = ++this.run;
    this.hash = hash;
    const current = () => run === this.run;
    await this.d.nextTask();
    const lexicon = builtinLexicon(s.userKeywords);
    await this.d.nextTask();
    if (!current()) return;
    const provisional = analyze(text, { lexicon, tokenizer: this.d.rough, sensitivity: s.sensitivity, categories: s.categories });
    if (!provisional.posting) {
      // Posting detection needs no tokenizer: an article stays an article.
      store.setPage({ status: 'not-posting', result: provisional, error: null, jobId: null });
      return;
    }
    store.setPage({ status: 'provisional', result: provisional, error: null, jobId: null });
    const job = { text, sensitivity: s.sensitivity, userKeywords: s.userKeywords, categories: s.categories };
    const response = await this.d.client.analyze(job, current);
    if (!response) return; // a newer posting or settings change took over
    // Only a detail page's posting becomes its job's full verdict (a list's side pane is not remembered).
    const jobId = place.kind === 'detail' ? place.jobId : null;
    if (response.ok) store.setPage({ status: 'final', result: response.result, error: null, jobId });
    else store.setPage({ status: 'error', result: null, error: response.error.message, jobId: null });
  }

  /** Drops any analysis under way (the extension was turned off, the page is going away). */
  cancel(): void {
    this.run++;
  }
}
