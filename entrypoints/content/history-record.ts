// An opened posting and its full verdict go to the history, through the background (which owns the store
// and writes one entry at a time for every tab). Nothing leaves the browser.
import type { AnalysisResult } from '@/lib/core/types';
import { historyEntry } from '@/lib/extension/history';
import { ask, type RequestOf } from '@/lib/extension/protocol';
import { historyRecordAnswer } from '@/lib/extension/filter-history-messages';
import { companyName } from '@/lib/extract/company';
import type { ExtractedPosting } from '@/lib/extract/extract';
import type { PageModel } from '@/lib/extension/page-model';
import { jobIdOf, type Adapter } from '@/lib/sites/adapter';

/** Every opened posting goes to the history, once per posting and page; never a result list. */
export class HistoryRecorder {
  /** The posting last recorded: a re-run of the same posting (settings changed) is not recorded again. */
  private last = '';

  constructor(private readonly report: (e: unknown) => void) {}

  record(result: AnalysisResult, model: Pick<PageModel, 'place' | 'reading'>): void {
    const { place, reading } = model;
    if (place.kind === 'list' || reading.state !== 'posting') return;
    const key = `${location.href}\u0000${reading.posting.title}\u0000${reading.posting.text.length}`;
    if (key === this.last) return;
    this.last = key;
    recordOpenedPosting(result, reading.posting, place).catch(this.report);
  }
}

export async function recordOpenedPosting(result: AnalysisResult, posting: ExtractedPosting, page: { adapter: Adapter | null; url: string }): Promise<void> {
  if (!result.posting) return;
  const entry = historyEntry(
    {
      title: posting.title || document.title,
      // The site adapter's company selectors first, then the page's own marks and the text.
      company: posting.company ?? companyName(document, posting.text),
      site: page.adapter?.id ?? location.host,
      // The address the user can open again (the page's own, not the one it declares).
      url: location.href,
      jobId: page.adapter ? jobIdOf(page.url, page.adapter) : null,
      seenAt: Date.now(),
    },
    result,
  );
  const res = await ask((m: RequestOf<'kl:history-record'>) => browser.runtime.sendMessage(m), { type: 'kl:history-record', entry }, historyRecordAnswer);
  if (!res.ok) console.debug('[求人レンズ] history not recorded:', res.problem);
  else if (!res.value.ok) console.debug('[求人レンズ] history not recorded:', 'error' in res.value ? (typeof res.value.error === 'string' ? res.value.error : res.value.error.message) : '');
}
