// Which JSON-LD JobPosting, if any, is the posting this page shows: a page may carry stale copies of
// another job, or several postings; a wrong one would be worse than none.
import { findJobPostings, jobPostingText, type JobPostingLd } from './json-ld';
import type { PageFacts } from './page-facts';
import { firstTitle } from './first-title';
import { decodedPath, toUrl } from '../sites/urls';
import { fold, oneLine } from '../text/fold';

/**
 * host + path (and optionally the query) of a URL, for comparing a JSON-LD url
 * with the page URL. Relative JSON-LD urls resolve against the page URL.
 */
function urlKey(url: string, base: string | undefined, withQuery: boolean): string | null {
  const u = toUrl(url, base);
  if (!u) return null;
  const path = decodedPath(u.pathname).replace(/\/+$/, '') || '/';
  const host = u.host.toLowerCase().replace(/^www\./, '');
  return host + path + (withQuery ? u.search : '');
}

function sameUrl(a: string | undefined, pageUrl: string | undefined, withQuery: boolean): boolean {
  if (!a || !pageUrl) return false;
  const ka = urlKey(a, pageUrl, withQuery);
  return ka !== null && ka === urlKey(pageUrl, undefined, withQuery);
}

function contains(hay: string, needle: string): boolean {
  const n = fold(needle);
  return n.length > 0 && hay.includes(n);
}

/** First line of a text that is long enough to be distinctive. */
function firstDistinctiveLine(text: string): string {
  for (const line of text.split('\n')) if (fold(line).length >= 8) return line;
  return '';
}

/** Picks the JobPosting this page is about, or null if none is trustworthy. */
function choosePosting(postings: JobPostingLd[], page: PageFacts, url: string | undefined): JobPostingLd | null {
  if (postings.length === 0) return null;

  if (postings.length === 1) {
    const jp = postings[0];
    if (sameUrl(jp.url, url, false)) return jp;
    // A JobPosting whose title is nowhere on the page is a stale copy (or a lie).
    if (jp.title) return contains(page.visibleText(), jp.title) || contains(page.headingText(), jp.title) ? jp : null;
    const line = firstDistinctiveLine(jp.description);
    return line && contains(page.visibleText(), line) ? jp : null;
  }

  // Several postings: the URL decides, then the title in <title>/<h1>.
  const byTitle = (list: JobPostingLd[]): JobPostingLd | undefined => {
    // Longest matching title first: "法人営業" should beat "営業".
    const matching = list.filter((jp) => contains(page.headingText(), jp.title));
    matching.sort((a, b) => fold(b.title).length - fold(a.title).length);
    return matching[0];
  };
  for (const withQuery of [true, false]) {
    const byUrl = postings.filter((jp) => sameUrl(jp.url, url, withQuery));
    if (byUrl.length > 0) return byTitle(byUrl) ?? byUrl[0];
  }
  return byTitle(postings) ?? null;
}

/** A description this short may be a line standing in for the page's posting (a company site's SEO snippet). */
const SHORT_DESCRIPTION = 400;
/** The labelled region on the page holds this many times the description's text, and this much more. */
const PAGE_HOLDS_TIMES = 3;
const PAGE_HOLDS_MORE = 300;
/** A description this long on one line has lost its line breaks (a board that strips the tags without putting breaks in
 *  their place): every posting this long is set in lines. */
const FLAT_DESCRIPTION = 100;
/** Lines of the page's labelled region that make it the posting in lines. */
const PAGE_LINES = 5;
/** The page's region holds at least this share of the description's text: the same posting, not a summary of it. */
const PAGE_HOLDS_SHARE = 0.8;

const textLength = (s: string): number => s.replace(/\s+/g, '').length;
const onOneLine = (description: string): boolean => !description.trim().includes('\n');
/** The page's region sets the posting out in lines (a table's rows, a list of fields). */
const inLines = (region: string): boolean => region.split('\n').filter((l) => l.trim()).length >= PAGE_LINES;

/** The description says less than the page: it is empty and the page has a labelled block, or it is short and
 *  the page's labelled region (the block with its content) holds several times as much text. */
function saysLessThanPage(description: string, page: PageFacts): boolean {
  const d = textLength(description);
  if (d >= SHORT_DESCRIPTION) return false;
  const region = page.postingRegionText();
  if (region === null) return false;
  if (d === 0) return true;
  const shown = textLength(region);
  if (shown < PAGE_HOLDS_TIMES * d) return false;
  // A one-line summary (この求人は…のお仕事です) where the page sets the posting out in lines of fields: the lines say more,
  // however short the region (a job board's table of eight fields).
  return (onOneLine(description) && inLines(region)) || shown - d >= PAGE_HOLDS_MORE;
}

/** The description lost its line breaks where the page's labelled region shows the same posting in lines: the page's
 *  text reads better (normalize puts back a flattened text's breaks only where its headings show them). */
function flatWherePageHasLines(description: string, page: PageFacts): boolean {
  const d = textLength(description);
  if (d < FLAT_DESCRIPTION || !onOneLine(description)) return false;
  const shown = page.postingRegionText();
  if (shown === null) return false;
  return inLines(shown) && textLength(shown) >= PAGE_HOLDS_SHARE * d;
}

/** The page's own JSON-LD posting as text, or null. */
export function fromJsonLd(page: PageFacts, url: string | undefined): { title: string; text: string; via: { title: string; body: string } } | null {
  const jp = choosePosting(findJobPostings(page.doc), page, url);
  if (!jp) return null;
  // A posting without a description, or with a line where the page shows the whole posting, says little; a
  // labelled block on the page, if any, is the better source then.
  if (saysLessThanPage(jp.description, page) || flatWherePageHasLines(jp.description, page)) return null;
  const t = firstTitle([
    ['JobPosting.title', () => oneLine(jp.title)],
    ['h1', () => page.pageH1()],
    ['<title>', () => page.titleTag()],
  ]);
  const text = jobPostingText({ ...jp, title: t.title });
  if (!text.trim()) return null;
  return { title: t.title, text: text.trim(), via: { title: t.via, body: 'JobPosting' } };
}
