// Whether a supported site's page looks changed (its adapter no longer reads it), and the local
// problem report the popup copies. The content script passes the page model's facts; the rules are in
// lib/extract/reading.ts and lib/extension/problem-report.ts.
import type { ExtractionStep } from '../extract/extract';
import { checkSelectors, readingProblem, type ReadingProblem } from '../extract/reading';
import type { CardsRead, PagePlace, PostingReading } from './page-model';
import { problemReport } from './problem-report';

/**
 * The extraction step a reading stands for. A supported site's detail page that is 'unreadable'
 * because its selectors failed was left with the main text: 'main'.
 */
export function readingStep(reading: PostingReading): ExtractionStep | null {
  if (reading.state === 'posting') return reading.step;
  if (reading.state === 'unreadable' && reading.why === 'site-selectors-failed') return 'main';
  return null;
}

/** The problem the page shows ('detail-fallback', 'list-no-cards'), or null. */
export function pageProblem(place: PagePlace, reading: PostingReading, cards: CardsRead | null): ReadingProblem | null {
  return readingProblem({
    adapter: place.adapter,
    kind: place.kind,
    step: place.kind === 'list' ? null : readingStep(reading),
    cardsVia: cards?.via,
    jobLinks: cards?.jobLinks,
  });
}

/** The report text for the popup's 「読み取りの問題を報告」, or null off the supported sites. */
export function pageReport(
  doc: Document,
  place: PagePlace,
  reading: PostingReading,
  cards: CardsRead | null,
  version: string,
): string | null {
  if (!place.adapter) return null;
  const posting = reading.state === 'posting' ? reading.posting : null;
  return problemReport(
    {
      version,
      url: place.url,
      kind: place.kind,
      step: readingStep(reading),
      via: posting?.via ?? null,
      cardsVia: cards?.via,
      cardCount: cards?.count,
      selectors: checkSelectors(doc, place.adapter, place.kind),
      problem: pageProblem(place, reading, cards),
    },
    place.adapter,
  );
}
