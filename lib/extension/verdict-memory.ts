// Verdicts of postings the user opened, by "<site>:<job id>", kept in storage.local so that their cards
// on result lists show the full verdict. The newest are kept; the store is passed in.
import type { StorageAreaLike } from './settings-store';
import type { Report } from './report';
import type { Verdict } from './verdict-store';

export const VERDICTS_KEY = 'verdicts';
/** Enough for weeks of browsing, small enough (~60 kB) to read at every page start. */
export const MAX_VERDICTS = 500;

export interface RememberedVerdict extends Verdict {
  at: number;
}

const key = (site: string, id: string) => `${site}:${id}`;

export class VerdictMemory {
  private known: Record<string, RememberedVerdict> = {};

  constructor(
    private readonly area: StorageAreaLike,
    private readonly report: Report,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads what earlier pages remembered. Unreadable storage leaves the memory empty (and says so). */
  async load(): Promise<void> {
    try {
      const stored = (await this.area.get(VERDICTS_KEY))[VERDICTS_KEY];
      if (stored && typeof stored === 'object' && !Array.isArray(stored)) this.known = stored as Record<string, RememberedVerdict>;
    } catch (e) {
      this.report('remembered verdicts could not be read', e);
    }
  }

  get(site: string, id: string): Verdict | undefined {
    const v = this.known[key(site, id)];
    return v && typeof v === 'object' ? v : undefined;
  }

  /** Remembers a full verdict, keeps the newest MAX_VERDICTS, and writes them back. */
  remember(site: string, id: string, verdict: Verdict): Promise<void> {
    this.known[key(site, id)] = { ...verdict, at: this.now() };
    const entries = Object.entries(this.known).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_VERDICTS);
    this.known = Object.fromEntries(entries);
    return this.area.set({ [VERDICTS_KEY]: this.known }).catch((e: unknown) => this.report('verdict not remembered', e));
  }
}
