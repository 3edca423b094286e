// The verdicts of one page, and the events that the badge, the card badges, the popup's state and the
// result-list filters follow: the page's own posting (its status, result, error) and every job on it by
// id (a card's summary verdict, or the full verdict of a posting the user has opened).
import type { AnalysisResult, JobType, PayFacts } from '../core/types';
import { readPay } from '../pay/read-pay';
import type { TabStatus } from './protocol';
import type { Report } from './report';

/** What a job shows on a result list: kept small, so it can also be stored for postings already opened. */
export interface Verdict {
  jobType: JobType;
  stress: number;
  difficulty: number;
  quota: AnalysisResult['quota'];
  callCenter: boolean;
  /** 'summary': from the card's text only. 'full': from the opened posting. */
  basis: 'summary' | 'full';
  /** The base pay the card or posting states (absent when it states none). */
  basePay?: Pick<NonNullable<PayFacts['base']>, 'unit' | 'min' | 'max'>;
  /** How sure the analysis is: result-list filters hide by a summary verdict only when it is sure enough. */
  confidence: number;
  /** The pay is an incentive only (インセンティブのみ), as the pay reader read it. */
  incentiveOnly: boolean;
}

export function verdictOf(r: AnalysisResult, basis: Verdict['basis'], pay: PayFacts | undefined = r.pay): Verdict {
  const b = pay?.base;
  const basePay = b && (b.min !== null || b.max !== null) ? { basePay: { unit: b.unit, min: b.min, max: b.max } } : {};
  return {
    jobType: r.jobType, stress: r.stress, difficulty: r.difficulty, quota: r.quota, callCenter: r.callCenter, basis, ...basePay,
    // A result from an older tokenizer host (an extension update mid-session) may lack pay: not incentive-only.
    confidence: r.confidence, incentiveOnly: pay?.incentive?.kind === 'only',
  };
}

/** A result-list card's verdict. A card is a job by construction: its pay is read even when its few lines do not read as a whole posting. */
export function cardVerdict(r: AnalysisResult, cardText: string): Verdict {
  return verdictOf(r, 'summary', r.posting ? r.pay : readPay(cardText));
}

/** The page's own posting: where its analysis stands. */
export interface PageVerdict {
  status: TabStatus;
  /** The provisional or final result (for 'not-posting', the result that said so, when there is one). */
  result: AnalysisResult | null;
  /** Why the analysis failed ('error'), in words for the badge and popup. */
  error: string | null;
  /** The posting's job id on a detail page of a supported site; its final verdict is then a 'full' job verdict too. */
  jobId: string | null;
}

export type VerdictEvent =
  | { type: 'page'; page: PageVerdict; previous: PageVerdict }
  | { type: 'job'; id: string; verdict: Verdict }
  | { type: 'jobs-cleared' };

export type VerdictListener = (event: VerdictEvent) => void;

const START: PageVerdict = Object.freeze({ status: 'analyzing', result: null, error: null, jobId: null });

export class VerdictStore {
  private current: PageVerdict = START;
  private readonly byJob = new Map<string, Verdict>();
  private readonly listeners = new Set<VerdictListener>();

  /** `report` hears about a listener that threw; the other listeners still get the event. */
  constructor(private readonly report: Report) {}

  get page(): PageVerdict {
    return this.current;
  }

  /** Sets the page's verdict; a final one with a job id also becomes that job's full verdict. */
  setPage(next: PageVerdict): void {
    const previous = this.current;
    this.current = Object.freeze({ ...next });
    this.emit({ type: 'page', page: this.current, previous });
    if (next.status === 'final' && next.result && next.jobId) this.setJob(next.jobId, verdictOf(next.result, 'full'));
  }

  job(id: string): Verdict | undefined {
    return this.byJob.get(id);
  }

  /** Every job's verdict so far, by id. */
  jobs(): ReadonlyMap<string, Verdict> {
    return this.byJob;
  }

  /** Sets a job's verdict. A full verdict is never replaced by a summary one (the posting says more than its card). */
  setJob(id: string, verdict: Verdict): void {
    if (verdict.basis === 'summary' && this.byJob.get(id)?.basis === 'full') return;
    this.byJob.set(id, verdict);
    this.emit({ type: 'job', id, verdict });
  }

  /** Forgets every job's verdict (settings changed, or the extension was turned off on the site). */
  clearJobs(): void {
    this.byJob.clear();
    this.emit({ type: 'jobs-cleared' });
  }

  /** Calls `listener` on every later event; returns the function that stops it. */
  subscribe(listener: VerdictListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private emit(event: VerdictEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (e) {
        this.report(`a ${event.type} listener failed`, e);
      }
    }
  }
}
