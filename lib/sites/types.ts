// What we know of one job site's pages, as data (lib/sites/adapters/*.ts, one file per site), and what
// reading a page with it gives. Types only: the per-site files import this and nothing else.

export type PageKind = 'detail' | 'list' | 'other';

export interface CardSelectors {
  /**
   * Each job card on a list page. Ordered fallbacks: the first entry that yields at least one card
   * wins. A comma inside one entry is a union (two layouts on one page).
   */
  item: string[];
  /** The card's title, searched inside the card. Ordered fallbacks. */
  title: string[];
  /** The card's link to its detail page, searched inside the card (or the card itself). Ordered. */
  link: string[];
  /** Attributes holding the job id on the card or an element inside it (Indeed's data-jk). */
  idAttr?: string[];
}

export interface Adapter {
  /** Stable id: fixture folder name, `ExtractedPosting.adapter`. Lower case, a-z0-9 and dashes. */
  id: string;
  /** Display name (Japanese where the site is Japanese). */
  name: string;
  /** Exact host names, lower case. The content script is registered on https://<host>/*. */
  hosts: string[];
  /**
   * Detail pages (one posting). Tested against the URL's path + query, the path percent-decoded
   * (so patterns may contain Japanese): e.g. "/viewjob?jk=0123456789abcdef".
   */
  detail: RegExp[];
  /** List pages (search results). Tested like `detail`, after it. Lenient is fine here. */
  list: RegExp[];
  /**
   * The job id in a URL's path + query: the first pattern that matches gives its first capture group.
   * Used for the page URL and for the links of list cards.
   */
  jobId: RegExp[];
  /** The posting's title on a detail page. Ordered fallbacks; the first non-empty text wins. */
  title: string[];
  /**
   * The posting's body on a detail page. Ordered fallbacks; the first entry that finds non-empty
   * text wins. An entry may match several elements (one per section): their texts are joined in
   * document order; an element inside another match counts once.
   */
  body: string[];
  /**
   * The employer's name on a detail page. Ordered fallbacks. When the body does not already name it,
   * it is added after the body as a 【会社概要】 section, as the JSON-LD step does.
   */
  company?: string[];
  /** Removed from the title text (site names, " - job post" suffixes). */
  titleStrip?: RegExp[];
  /** Job cards on list pages. */
  card: CardSelectors;
  /**
   * A detail pane shown beside a list (Indeed's right pane when vjk= is in the URL). The title and
   * body selectors are run inside the first of these that holds a posting; an <iframe> match is read
   * through its contentDocument when it is same-origin.
   */
  sidePane?: string[];
  /**
   * 'YYYY-MM-DD': the date of the newest dated evidence these patterns and selectors rest on: a real
   * saved page of the site (/work/shared/real-pages) or a scraper whose file is dated
   * (/work/shared/research/selectors-2026.md, sites.md). NOT a date they were checked on the live site.
   */
  confirmed: string;
  /** Which evidence `confirmed` is the date of: repository, file, and what it confirms. */
  confirmedBy: string;
  /**
   * Fields whose selectors no dated evidence backs (guesses, or only undated or pre-2025 sources).
   * When such a field is read by the fallback, nothing says the page changed: it may never have
   * matched. See readingProblem (lib/sites/reading-problem.ts).
   */
  unconfirmed?: Array<'title' | 'body' | 'cards'>;
}

export interface DetailText {
  title: string;
  /** Title on the first line, then the body (then the company, when the body does not name it). */
  text: string;
  /** The employer's name, when a company selector found it. */
  company?: string;
  /** The selectors that produced each part (title null: the body's first line was used). */
  via: { title: string | null; body: string; company?: string };
}

export interface Card {
  /** Job id from the card's id attribute or link (adapter.jobId), else "h-" + a hash of title and text. */
  id: string;
  title: string;
  text: string;
  element: Element;
}

/** The cards of a list page and how they were found. */
export interface CardReading {
  cards: Card[];
  /** The card.item selector that found them, 'anchored' (the link-anchored rule), or null (none). */
  via: string | null;
  /**
   * Visible links to a job of this site (a URL carrying a job id) outside nav/header/footer. Counted
   * only when no card selector found cards (0 otherwise is not a count).
   */
  jobLinks: number;
}

/** Where the page's own URL came from (see declaredUrlWithSource). */
export type DeclaredFrom = 'canonical' | 'og:url';
