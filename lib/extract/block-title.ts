// The title of a labelled posting block when the block itself has none: a heading inside it, or the
// heading just above it (postings often put the job title in an h2 right over the table of details).
import { insideChrome } from '../dom/chrome';
import { blockText, tagOf } from '../dom/text';
import { oneLine } from '../text/fold';
import { labelKind } from './generic';
import type { TitleFound } from './first-title';

const NONE: TitleFound = { text: '', el: null };

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4']);

/** A heading that can name a posting: not empty, not a label like 給与, not too long. */
function titleHeading(el: Element): string {
  if (!HEADING_TAGS.has(tagOf(el)) || insideChrome(el)) return '';
  const text = oneLine(blockText(el));
  if (!text || text.length > 100 || labelKind(text)) return '';
  return text;
}

/**
 * The heading just before a block, in document order (previous siblings,
 * then the parent's previous siblings, …): postings often put the job title
 * in an h2 right above the table of details. Bounded so it cannot wander
 * into an unrelated part of the page.
 */
export function precedingHeading(block: Element): TitleFound {
  let steps = 0;
  for (let el: Element | null = block; el && steps < 40; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib && steps < 40; sib = sib.previousElementSibling, steps++) {
      const own = titleHeading(sib);
      if (own) return { text: own, el: sib };
      // The last heading inside the sibling is the one closest to the block.
      const inner = sib.querySelectorAll('h1, h2, h3, h4');
      for (let i = inner.length - 1; i >= 0; i--) {
        const t = titleHeading(inner[i]);
        if (t) return { text: t, el: inner[i] };
      }
    }
  }
  return NONE;
}

/** First usable heading inside the block. */
export function innerHeading(block: Element): TitleFound {
  const hs = block.querySelectorAll('h1, h2, h3, h4');
  for (let i = 0; i < hs.length; i++) {
    const t = titleHeading(hs[i]);
    if (t) return { text: t, el: hs[i] };
  }
  return NONE;
}
