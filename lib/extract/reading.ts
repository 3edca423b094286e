/**
 * How a page was read, and whether that says the site changed: which extraction step read the
 * posting, which adapter selectors found something and which did not, how the cards were found.
 * `kyujin-lens analyze --explain`, the popup's notice and the problem report all come from here.
 *
 * Never posting text: selectors are the adapter's own strings, the rest are step names, element
 * descriptions (tag#id.class), counts and job-id-free facts. Pure; never throws.
 */

import {
  adapterFor,
  classify,
  countMatches,
  declaredUrlWithSource,
  readCards,
  type Adapter,
  type DeclaredFrom,
  type PageKind,
} from '../sites/adapter';
import { extractPosting, type ExtractedPosting, type ExtractionStep } from './extract';

export type SelectorField = 'title' | 'body' | 'company' | 'card';

export interface SelectorCheck {
  field: SelectorField;
  selector: string;
  /** Visible elements with text it finds on the page (0: it found nothing). */
  matches: number;
}

/**
 * Why the page looks changed:
 * - 'detail-fallback': a detail page of a supported site read by the generic path or the main text
 *   instead of the adapter;
 * - 'list-no-cards': a list page where no card selector finds a card while links to jobs are present
 *   (the cards then come from the link-anchored rule, or not at all).
 * Fields the adapter marks `unconfirmed` never count: their selectors may never have matched.
 */
export type ReadingProblem = 'detail-fallback' | 'list-no-cards';

export interface ReadingFacts {
  adapter: Adapter | null;
  kind: PageKind;
  /** The step that read the posting (detail pages), or null when nothing was read. */
  step: ExtractionStep | null;
  /** On list pages: the card selector that found the cards, 'anchored', or null (none). */
  cardsVia?: string | null;
  /** On list pages: links to jobs of the site, when no card selector found cards. */
  jobLinks?: number;
}

/** The problem a reading shows, or null. */
export function readingProblem(f: ReadingFacts): ReadingProblem | null {
  const a = f.adapter;
  if (!a) return null;
  if (f.kind === 'detail' && (f.step === 'generic' || f.step === 'main') && !a.unconfirmed?.includes('body')) {
    return 'detail-fallback';
  }
  if (f.kind === 'list' && !a.unconfirmed?.includes('cards')) {
    const bySelector = f.cardsVia != null && f.cardsVia !== 'anchored';
    if (!bySelector && (f.jobLinks ?? 0) > 0) return 'list-no-cards';
  }
  return null;
}

/** Every selector of the fields that matter on this kind of page, with what it finds. */
export function checkSelectors(doc: Document, adapter: Adapter, kind: PageKind): SelectorCheck[] {
  const fields: Array<[SelectorField, readonly string[]]> =
    kind === 'detail'
      ? [['title', adapter.title], ['body', adapter.body], ['company', adapter.company ?? []]]
      : kind === 'list'
        ? [['card', adapter.card.item]]
        : [];
  const out: SelectorCheck[] = [];
  for (const [field, selectors] of fields) {
    // countMatches never throws: a selector this DOM cannot run finds nothing.
    for (const selector of selectors) out.push({ field, selector, matches: countMatches(doc, selector) });
  }
  return out;
}

export interface PageReading {
  /** The URL the page was read as: given, or declared by the page itself. */
  url: string | null;
  urlFrom: 'given' | DeclaredFrom | null;
  site: { id: string; name: string } | null;
  kind: PageKind;
  posting: ExtractedPosting | null;
  /** List pages of a supported site. */
  cards: { via: string | null; count: number; ids: string[]; jobLinks: number } | null;
  selectors: SelectorCheck[];
  problem: ReadingProblem | null;
}

/** Reads a whole page the way the extension does, and says how (for a saved page: the CLI). */
export function readPage(doc: Document, opts?: { url?: string }): PageReading {
  const declared = opts?.url ? null : declaredUrlWithSource(doc);
  const url = opts?.url ?? declared?.url ?? null;
  const urlFrom = opts?.url ? 'given' : (declared?.from ?? null);
  const adapter = url ? adapterFor(url) : null;
  const kind: PageKind = adapter && url ? classify(url, adapter) : 'other';
  const posting = extractPosting(doc, url ? { url } : {});
  let cards: PageReading['cards'] = null;
  if (adapter && kind === 'list') {
    const r = readCards(doc, adapter, { url: url ?? undefined });
    cards = { via: r.via, count: r.cards.length, ids: r.cards.map((c) => c.id), jobLinks: r.jobLinks };
  }
  const problem = readingProblem({
    adapter,
    kind,
    step: posting?.source ?? null,
    cardsVia: cards?.via,
    jobLinks: cards?.jobLinks,
  });
  return {
    url,
    urlFrom,
    site: adapter ? { id: adapter.id, name: adapter.name } : null,
    kind,
    posting,
    cards,
    selectors: adapter ? checkSelectors(doc, adapter, kind) : [],
    problem,
  };
}
