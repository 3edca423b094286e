// The history of postings the user opened: kept locally (one storage area, passed in, so Node tests run
// the same code), newest first, at most HISTORY_MAX; the oldest are dropped first and the count of
// dropped entries is kept so the history page can say so. Entries that cannot be read are skipped with a
// message and kept aside untouched, never silently lost.
import type { AnalysisResult, JobType, PayFacts, QuotaStatus } from '../core/types';
import type { StorageAreaLike } from './settings-store';

export const HISTORY_KEY = 'history';
export const HISTORY_MAX = 1000;
const HISTORY_VERSION = 1;
/** Reasons and questions kept per entry: the comparison shows the top ones, and 1,000 entries stay small. */
const KEEP_REASONS = 6;
const KEEP_QUESTIONS = 6;
/** Unreadable entries kept aside (never parsed again, never shown), so a bad write loses nothing. */
const KEEP_UNREADABLE = 100;

export interface HistoryVerdict {
  jobType: JobType;
  difficulty: number;
  stress: number;
  quota: QuotaStatus;
  callCenter: boolean;
  confidence: number;
  incentive: boolean;
  reasons: { id: string; ja: string; en: string; effect: { difficulty: number; stress: number } }[];
  questions: { id: string; ja: string; en: string }[];
}

export interface HistoryEntry {
  /** "<site>:<job id>", or "url:<address>" on pages without a job id: opening it again updates it. */
  id: string;
  title: string;
  company: string | null;
  /** The site adapter's id (indeed, townwork …) or the host name. */
  site: string;
  url: string;
  jobId: string | null;
  /** When it was seen (ms since the epoch). */
  seenAt: number;
  verdict: HistoryVerdict;
  pay: PayFacts | null;
}

export interface HistoryState {
  entries: HistoryEntry[];
  /** Entries dropped for being over the limit since the history was last cleared. */
  dropped: number;
  /** One line per stored entry that could not be read (skipped). */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const JOB_TYPES = ['inbound', 'outbound', 'mixed', 'sales', 'other'];
const QUOTAS = ['stated', 'negated', 'absent'];
const level = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/** The entry's id: by job id where the site has one, else by address (without the fragment). */
export function historyId(site: string, jobId: string | null, url: string): string {
  return jobId ? `${site}:${jobId}` : `url:${url.replace(/#.*$/, '')}`;
}

/** The biggest effects first: what the comparison calls the top reasons. */
function topReasons(r: AnalysisResult): HistoryVerdict['reasons'] {
  const weight = (x: AnalysisResult['reasons'][number]) => Math.abs(x.effect.difficulty) + Math.abs(x.effect.stress);
  return [...r.reasons]
    .filter((x) => !x.id.startsWith('scale.'))
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, KEEP_REASONS)
    .map(({ id, ja, en, effect }) => ({ id, ja, en, effect: { difficulty: effect.difficulty, stress: effect.stress } }));
}

/** A history entry for an opened posting and its full verdict. */
export function historyEntry(
  page: { title: string; company: string | null; site: string; url: string; jobId: string | null; seenAt: number },
  result: AnalysisResult,
): HistoryEntry {
  return {
    id: historyId(page.site, page.jobId, page.url),
    title: page.title.trim().slice(0, 200) || page.url,
    company: page.company?.trim().slice(0, 120) || null,
    site: page.site,
    url: page.url,
    jobId: page.jobId,
    seenAt: page.seenAt,
    verdict: {
      jobType: result.jobType,
      difficulty: result.difficulty,
      stress: result.stress,
      quota: result.quota,
      callCenter: result.callCenter,
      confidence: result.confidence,
      incentive: result.signals.incentive,
      reasons: topReasons(result),
      questions: result.questions.slice(0, KEEP_QUESTIONS).map(({ id, ja, en }) => ({ id, ja, en })),
    },
    pay: result.pay ?? null,
  };
}

/** Why a stored value is not an entry, or null when it is one. */
export function entryProblem(raw: unknown): string | null {
  if (!isObject(raw)) return 'not an object';
  for (const k of ['id', 'title', 'site', 'url'] as const) if (typeof raw[k] !== 'string' || !raw[k]) return `${k} missing`;
  if (!/^https?:\/\//i.test(raw.url as string)) return 'url is not a web address';
  if (raw.company !== null && typeof raw.company !== 'string') return 'company unreadable';
  if (raw.jobId !== null && typeof raw.jobId !== 'string') return 'jobId unreadable';
  if (typeof raw.seenAt !== 'number' || !Number.isFinite(raw.seenAt)) return 'seenAt unreadable';
  const v = raw.verdict;
  if (!isObject(v)) return 'verdict missing';
  if (!JOB_TYPES.includes(v.jobType as string) || !QUOTAS.includes(v.quota as string)) return 'verdict unreadable';
  if (!level(v.difficulty) || !level(v.stress) || typeof v.confidence !== 'number') return 'verdict levels unreadable';
  if (!Array.isArray(v.reasons) || !v.reasons.every((r) => isObject(r) && typeof r.id === 'string' && typeof r.ja === 'string' && typeof r.en === 'string' && isObject(r.effect))) return 'reasons unreadable';
  if (!Array.isArray(v.questions) || !v.questions.every((q) => isObject(q) && typeof q.ja === 'string' && typeof q.en === 'string')) return 'questions unreadable';
  if (raw.pay !== null && !isObject(raw.pay)) return 'pay unreadable';
  return null;
}

interface Stored {
  version: number;
  entries: unknown[];
  dropped: number;
  unreadable: unknown[];
}

function readStored(raw: unknown, problems: string[]): Stored {
  if (raw === undefined) return { version: HISTORY_VERSION, entries: [], dropped: 0, unreadable: [] };
  if (!isObject(raw) || !Array.isArray(raw.entries)) {
    problems.push('history: not readable as a history; kept aside, starting empty');
    return { version: HISTORY_VERSION, entries: [], dropped: 0, unreadable: [raw] };
  }
  return {
    version: HISTORY_VERSION,
    entries: raw.entries,
    dropped: typeof raw.dropped === 'number' && raw.dropped >= 0 ? raw.dropped : 0,
    unreadable: Array.isArray(raw.unreadable) ? raw.unreadable : [],
  };
}

/** Splits stored entries into readable ones (newest first, one per id) and the rest. */
function sortOut(stored: Stored, problems: string[]): { entries: HistoryEntry[]; unreadable: unknown[] } {
  const entries: HistoryEntry[] = [];
  const unreadable = [...stored.unreadable];
  if (unreadable.length) problems.push(`history: ${unreadable.length} unreadable entries kept aside`);
  const seen = new Set<string>();
  stored.entries.forEach((e, i) => {
    const problem = entryProblem(e);
    if (problem) {
      problems.push(`history: entry ${i + 1} skipped (${problem})`);
      unreadable.push(e);
    } else if (!seen.has((e as HistoryEntry).id)) {
      seen.add((e as HistoryEntry).id);
      entries.push(e as HistoryEntry);
    }
  });
  entries.sort((a, b) => b.seenAt - a.seenAt);
  return { entries, unreadable: unreadable.slice(-KEEP_UNREADABLE) };
}

export class HistoryStore {
  /** Writes one after another: two tabs recording at once must not lose either entry. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageAreaLike,
    private readonly max = HISTORY_MAX,
  ) {}

  private async read(): Promise<{ stored: Stored; problems: string[] }> {
    const problems: string[] = [];
    const got = await this.area.get(HISTORY_KEY);
    return { stored: readStored(got?.[HISTORY_KEY], problems), problems };
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch((e) => console.debug('[求人レンズ] history write failed:', e));
    return next;
  }

  async load(): Promise<HistoryState> {
    const { stored, problems } = await this.read();
    const { entries } = sortOut(stored, problems);
    return { entries, dropped: stored.dropped, problems };
  }

  /** Adds an entry (or moves it to the top with its new verdict); returns how many old ones were dropped. */
  record(entry: HistoryEntry): Promise<{ dropped: number }> {
    const problem = entryProblem(entry);
    if (problem) return Promise.reject(new Error(`history entry refused: ${problem}`));
    return this.serial(async () => {
      const { stored, problems } = await this.read();
      const { entries, unreadable } = sortOut(stored, problems);
      const next = [entry, ...entries.filter((e) => e.id !== entry.id)].sort((a, b) => b.seenAt - a.seenAt);
      const dropped = Math.max(0, next.length - this.max);
      await this.write(next.slice(0, this.max), stored.dropped + dropped, unreadable);
      return { dropped };
    });
  }

  remove(id: string): Promise<void> {
    return this.serial(async () => {
      const { stored, problems } = await this.read();
      const { entries, unreadable } = sortOut(stored, problems);
      await this.write(entries.filter((e) => e.id !== id), stored.dropped, unreadable);
    });
  }

  /** Deletes everything, the unreadable leftovers and the dropped count included. */
  clear(): Promise<void> {
    return this.serial(() => this.write([], 0, []));
  }

  private async write(entries: HistoryEntry[], dropped: number, unreadable: unknown[]): Promise<void> {
    const value: Stored = { version: HISTORY_VERSION, entries, dropped, unreadable };
    await this.area.set({ [HISTORY_KEY]: value });
  }
}
