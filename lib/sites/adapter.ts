/**
 * Site adapters: what we know of one job site's pages, kept as DATA (lib/sites/adapters/*.ts: URL
 * patterns and ordered CSS selector lists), and the pure functions that read a page with them.
 *
 * Selectors rot. Every selector list is ordered, most trusted first; the first one that finds text
 * wins, and when none does the caller falls back to the generic path (lib/extract). Cards on a list
 * page have one more fallback of their own: the link-anchored rule (lib/sites/cards.ts).
 *
 * Pure: no browser APIs beyond the standard DOM node API, so the content script (real DOM), the CLI
 * and the tests (linkedom) run the same code. Never throws.
 *
 * This module is the folder's front door; each question has its own file:
 *   types.ts   what an adapter is (the per-site files import only this)
 *   urls.ts    which site, which kind of page, which job id, the URL a saved page declares
 *   detail.ts  the posting on a detail page or in a side pane
 *   cards.ts   the job cards on a list page
 *   read.ts    which elements count and their text (shared by detail and cards)
 */
export type { Adapter, Card, CardReading, CardSelectors, DeclaredFrom, DetailText, PageKind } from './types';
export { adapterById, adapterFor, classify, declaredUrl, declaredUrlWithSource, jobIdOf, pathAndQuery } from './urls';
export { extractDetail, extractPane, readDetail, readPane, type MappedDetail } from './detail';
export { extractCards, readCards } from './cards';
export { countMatches } from './read';
