/**
 * The popup's 「読み取りの問題を報告」: a short, local report the user may paste into the project's
 * issue tracker. Nothing is sent anywhere; the popup only copies this text to the clipboard.
 *
 * What goes in, and nothing else: the extension version, the site id, the kind of page, the URL's
 * shape (job ids, numbers and free text masked, query values dropped), the extraction step, and the
 * adapter's own selectors with how many elements each found. Never posting text, never the page's
 * own markup names (an element id can hold a job id), never the full URL.
 */

import type { ExtractionStep } from '../extract/extract';
import type { ReadingProblem, SelectorCheck } from '../extract/reading';
import { jobIdOf, pathAndQuery, type Adapter, type PageKind } from '../sites/adapter';
import { toUrl } from '../sites/urls';

export interface ProblemReportInput {
  /** The extension's version (manifest). */
  version: string;
  /** The page's URL: only its shape goes into the report. */
  url: string;
  kind: PageKind;
  /** The step that read the posting, or null (nothing read, or a list page). */
  step: ExtractionStep | null;
  /** With step 'adapter': the adapter selectors that gave the title and the body. */
  via?: { title: string; body: string } | null;
  /** On list pages: the card selector that found the cards, 'anchored', or null. */
  cardsVia?: string | null;
  cardCount?: number;
  selectors: SelectorCheck[];
  problem: ReadingProblem | null;
}

/** A segment kept as it is: plain ASCII words of the site's own URL scheme ("viewjob", "kensaku"). */
const PLAIN_SEGMENT = /^[A-Za-z._~-]*$/;

/**
 * The URL's shape: the job id becomes {id}, other hex keys {hex}, runs of digits {n}, a segment with
 * anything but ASCII letters, digits and . _ ~ - (Japanese keywords, "tokyo+callcenter") {text}; of
 * the query only the names the adapter's patterns know are kept (others are "..."); no value, no
 * host, no fragment.
 */
export function urlShape(url: string, adapter: Adapter): string {
  const u = toUrl(url);
  if (!u) return '(not a URL)';
  const id = jobIdOf(u, adapter);
  const path = pathAndQuery(new URL(u.origin + u.pathname)).replace(/\?$/, '');
  const segments = path.split('/').map((seg) => {
    let s = seg;
    if (id && s.includes(id)) s = s.split(id).join('\u0000');
    if (!/^[A-Za-z0-9._~\u0000-]*$/.test(s)) return '{text}';
    // Other ids (hex keys of 8+ characters), then numbers.
    s = s.replace(/[0-9a-f]{8,}/g, (m) => (/\d/.test(m) ? '{hex}' : m)).replace(/\d+/g, '{n}');
    s = s.replace(/\u0000/g, '{id}');
    return PLAIN_SEGMENT.test(s.replace(/\{(?:n|id|hex)\}/g, '')) ? s : '{text}';
  });
  // Query: only the parameter names the adapter's own URL patterns name (jk, kJNo, action …).
  const known = [...adapter.detail, ...adapter.list, ...adapter.jobId].map((re) => re.source);
  const all = [...new Set(u.searchParams.keys())];
  const names = all.filter((k) => /^[A-Za-z0-9_]{1,30}$/.test(k) && known.some((src) => src.includes(`${k}=`))).sort();
  if (names.length < all.length) names.push('...');
  return segments.join('/') + (names.length ? `?${names.join('&')}` : '');
}

function selectorLines(checks: readonly SelectorCheck[]): string[] {
  return checks.map((c) => `  ${c.field}: ${c.matches > 0 ? `found ${c.matches}` : 'no match'}  ${c.selector}`);
}

const PROBLEM_TEXT: Record<ReadingProblem, string> = {
  'detail-fallback': 'detail page read by the generic fallback, not the adapter',
  'list-no-cards': 'list page: no card selector found a card, while job links are present',
};

/** The report, plain text, a dozen lines. */
export function problemReport(input: ProblemReportInput, adapter: Adapter): string {
  const lines = [
    '求人レンズ 読み取りの問題 / kyujin-lens reading report',
    `version: ${input.version.replace(/[^0-9A-Za-z.+-]/g, '')}`,
    `site: ${adapter.id} (adapter confirmed ${adapter.confirmed})`,
    `page: ${input.kind} ${urlShape(input.url, adapter)}`,
    `problem: ${input.problem ? PROBLEM_TEXT[input.problem] : 'none detected'}`,
  ];
  if (input.kind !== 'list') lines.push(`read by: ${input.step ?? 'nothing'}`);
  if (input.step === 'adapter' && input.via) {
    // Adapter steps name the adapter's own selectors; other steps' element names come from the page.
    if (adapter.title.includes(input.via.title)) lines.push(`title from: ${input.via.title}`);
    if (adapter.body.includes(input.via.body)) lines.push(`body from: ${input.via.body}`);
  }
  if (input.kind === 'list') {
    const via = input.cardsVia == null || input.cardsVia === 'anchored' || adapter.card.item.includes(input.cardsVia) ? input.cardsVia : null;
    lines.push(`cards: ${input.cardCount ?? 0} from ${via ?? 'nothing'}`);
  }
  lines.push('selectors:', ...selectorLines(input.selectors.filter((c) => selectorOf(adapter, c))));
  lines.push('(no posting text, no job id, no full URL)');
  return lines.join('\n');
}

/** Only the adapter's own selectors are reported (a caller cannot slip other text in). */
function selectorOf(adapter: Adapter, c: SelectorCheck): boolean {
  const own: Record<SelectorCheck['field'], readonly string[]> = {
    title: adapter.title,
    body: adapter.body,
    company: adapter.company ?? [],
    card: adapter.card.item,
  };
  return own[c.field]?.includes(c.selector) === true && Number.isInteger(c.matches) && c.matches >= 0;
}
