// What a page is, for the content script: which site and kind of page (detail / list / other), which
// posting it holds and which extraction step read it (json-ld / adapter / generic / main), and its job
// cards. The DOM is passed in, so the rules are tested on linkedom.
import { extractPosting, type ExtractedPosting } from '../extract/extract';
import { looksLikePostingPage } from '../extract/generic';
import { adapterFor, classify, jobIdOf, readCards as readSiteCards, type Adapter, type Card, type CardReading, type PageKind } from '../sites/adapter';
import type { Report } from './report';

/** The extraction step that read a posting, most trustworthy first. A 'main' reading is the fallback. */
export type ExtractionStep = ExtractedPosting['source'];

/** Where the page stands: from its URL alone, so it is cheap to ask again. */
export interface PagePlace {
  /** The address as the site adapters see it. */
  url: string;
  /** The supported site's adapter, or null on other sites. */
  adapter: Adapter | null;
  /** 'other' on sites without an adapter. */
  kind: PageKind;
  /** The job id in the URL (a detail page's posting, a list's selected job), when the site has one. */
  jobId: string | null;
}

export function placeOf(url: string): PagePlace {
  const adapter = adapterFor(url);
  return { url, adapter, kind: adapter ? classify(url, adapter) : 'other', jobId: adapter ? jobIdOf(url, adapter) : null };
}

/** What the page gives to analyze. */
export type PostingReading =
  | {
      state: 'posting';
      posting: ExtractedPosting;
      /** = posting.source: the step that read it ('main' means every more specific step failed). */
      step: ExtractionStep;
      /** Read from a same-origin frame rather than the page itself. */
      inFrame: boolean;
    }
  | {
      /** The page holds a posting that could not be read; judging its other text would give a wrong verdict. */
      state: 'unreadable';
      why: 'site-selectors-failed' | 'fields-without-text';
    }
  | { state: 'none' };

/** The posting in a same-origin frame (a pane, an embedded job page), when the page itself has none. */
function framePosting(doc: Document, report: Report): ExtractedPosting | null {
  for (const frame of doc.querySelectorAll('iframe')) {
    let inner: Document | null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch (e) {
      // A frame of another origin: not ours to read (browsers return null; some throw SecurityError).
      if ((e as { name?: string })?.name !== 'SecurityError') report('frame not read', e);
      continue;
    }
    if (!inner?.body) continue; // another origin, or not loaded yet
    const p = extractPosting(inner, { url: inner.location?.href });
    if (p && p.source !== 'main') return p;
  }
  return null;
}

/**
 * The posting text the page holds: on a result list only the side pane's (Indeed's vjk), never the list itself.
 * With its text ↔ DOM map, so that highlights are placed by the flags' offsets (a frame's posting has none:
 * the page's highlights cannot paint inside a frame).
 */
function extract(doc: Document, place: PagePlace, report: Report): { posting: ExtractedPosting | null; inFrame: boolean } {
  if (place.adapter && place.kind === 'list') return { posting: extractPosting(doc, { url: place.url, listPane: true, map: true }), inFrame: false };
  const top = extractPosting(doc, { url: place.url, map: true });
  if (top && top.source !== 'main') return { posting: top, inFrame: false };
  const inner = framePosting(doc, report);
  return inner ? { posting: inner, inFrame: true } : { posting: top, inFrame: false };
}

/** Reads the page's posting. Never throws: a page that breaks extraction is reported and reads as none. */
export function readPosting(doc: Document, place: PagePlace, report: Report): PostingReading {
  let found: { posting: ExtractedPosting | null; inFrame: boolean };
  try {
    found = extract(doc, place, report);
  } catch (e) {
    report('posting not read', e);
    found = { posting: null, inFrame: false };
  }
  const { posting, inFrame } = found;
  // A job page of a supported site whose posting could not be found (its selectors and the generic
  // block both failed) is unreadable: the page's whole text would be a verdict from the wrong text.
  if (place.adapter && place.kind === 'detail' && (!posting || posting.source === 'main')) return { state: 'unreadable', why: 'site-selectors-failed' };
  if (posting?.text.trim()) return { state: 'posting', posting, step: posting.source, inFrame };
  // A page that has a posting's fields but gave no text: say so rather than judge partial text.
  return looksLikePostingPage(doc) ? { state: 'unreadable', why: 'fields-without-text' } : { state: 'none' };
}

/** The job cards of a result list and how they were found (none on detail pages and on other sites). */
export function readCardList(doc: Document, place: PagePlace): CardReading {
  if (!place.adapter || place.kind === 'detail') return { cards: [], via: null, jobLinks: 0 };
  return readSiteCards(doc, place.adapter, { url: place.url });
}

/** The job cards of a result list (none on detail pages and on other sites). */
export function readCards(doc: Document, place: PagePlace): Card[] {
  return readCardList(doc, place).cards;
}

/** How the cards of a list page were found: the card selector, 'anchored' or null; links to jobs. */
export interface CardsRead {
  via: string | null;
  count: number;
  /** Links to jobs of the site, counted when no card selector found cards. */
  jobLinks: number;
}

/** The page as the content script last read it: what the popup, the badge and future filters are told. */
export interface PageModel {
  place: PagePlace;
  reading: PostingReading;
  cards: { id: string; title: string }[];
  /** On a list page of a supported site: how its cards were found (for the "site changed" notice). */
  cardsRead: CardsRead | null;
}
