// The names by which the extension's UI can be found: tests and users' own scripts rely on them.
// Badge host element (on the page, outside our shadow root):
//   <kyujin-lens-badge data-kyujin-lens="badge" data-state="provisional|final|error|unreadable"
//        data-job-type data-difficulty data-stress data-quota data-call-center data-confidence
//        data-tentative="true|false">  (tentative: confidence below 0.7, shown as 「〜の可能性」 with a note)
//   The verdict attributes are present only in the provisional and final states; error and unreadable
//   badges carry data-state alone (no verdict is shown that was not computed).
//   The quiet mark for a posting with no signals: data-kyujin-lens="quiet" data-state="provisional|final".
//   Both carry how the page was read: data-source="json-ld|adapter|generic|main" (the extraction step;
//   on a supported site's detail page anything but adapter/json-ld is the fallback) and, when a supported
//   site's page looks changed (read by the fallback, or a list with job links but no card by selector),
//   data-site-changed="true".
// Result-list job cards: <kyujin-lens-card data-kyujin-lens="card" data-job-id data-basis="summary|full"
//   data-job-type data-stress [data-pay]>, a zero-height block prepended inside each card (one per card);
//   data-pay is the base pay the card states, as shown (時給1,300円), absent when it states none.
// Inside the badge's open shadow root:
//   button[data-kl="toggle"] (aria-expanded), [data-kl="pay"] (the one-line pay summary, on postings), [data-kl="details"], button[data-kl="reason"][data-reason-id],
//   [data-kl="questions"], button[data-kl="move"], button[data-kl="highlight"], button[data-kl="close"].
// Content script messages (from the extension's own contexts only; declared in protocol.ts):
//   {type:'kl:get-state'} → TabState, {type:'kl:highlight', on} → TabState.
// Popup (popup.html, or popup.html?tab=<tabId> to show a given tab): [data-kl="popup"][data-status=<TabStatus>], [data-kl="popup-verdict"] with the same
//   data-* attributes as the badge, [data-kl="popup-pay"] (every pay fact, on postings), [data-kl="popup-flags"], [data-kl="popup-questions"],
//   button[data-kl="highlight"], input[data-kl="site-toggle"] (checkbox), a[data-kl="open-settings"],
//   on a result list [data-kl="popup-cards"] li[data-job-id][data-job-type]; when the page looks changed
//   [data-kl="site-changed"] (「このサイトの表示が変わったため、読み取りが不完全な可能性があります」); on a supported
//   site button[data-kl="report-problem"] (copies the local problem report), then [data-kl="report-status"]
//   [data-copied="true|false"] and textarea[data-kl="report-text"] (the report, readonly).
// Settings (options.html): select[name="sensitivity"], input[name="category:<category>"] (checkboxes),
//   input[name="highlight"], select[name="lang"], input[name="hideQuietMark"], keyword form:
//   input[name="kw-text"], select[name="kw-category"], input[name="kw-weight"], button[data-kl="kw-add"],
//   [data-kl="kw-error"], [data-kl="kw-list"] li button[data-kl="kw-remove"]; [data-kl="saved"] status.
// Result-list filters (issue 10): a hidden card's root element carries
//   data-kyujin-lens-hidden="<reasons, comma-separated>" (outbound, quota, incentive-only, stress-4,
//   keyword:<word>); the card is never removed: its children are hidden and a line takes its place,
//   <kyujin-lens-hidden-line data-kyujin-lens="hidden-line"> with, in its open shadow root,
//   「求人レンズが非表示にしました（発信・ストレス4）— 表示する」 and button[data-kl="show"].
//   The filter bar: <kyujin-lens-filter-bar data-kyujin-lens="filter-bar" data-on="true|false"
//   data-hidden="<count>"> with, in its open shadow root, button[data-kl="show-all"] (aria-pressed) and
//   the same inputs as the settings page. Settings page: input[name="filter:on"],
//   input[name="filter:jobType:<inbound|outbound|mixed|sales|other>"] (checked = hide),
//   input[name="filter:quota"], input[name="filter:incentiveOnly"], select[name="filter:stress"]
//   (off, 3, 4, 5), keyword form input[name="filter:kw-text"] + button[data-kl="filter-kw-add"],
//   input[name="history:on"], button[data-kl="history-clear"].
// Popup filters: [data-kl="popup-filter"][data-hidden] with button[data-kl="show-all"]; recent history:
//   [data-kl="popup-history"] li, a[data-kl="open-history"].
// History page (history.html): [data-kl="history-row"][data-job-type][data-url] (with
//   input[data-kl="choose"] and button[data-kl="remove"]), button[data-kl="compare"], the comparison
//   [data-kl="compare"] with one [data-kl="compare-column"][data-url] per posting,
//   button[data-kl="export-csv"], button[data-kl="export-json"], [data-kl="history-notice"].
export const HIDDEN_ATTR = 'data-kyujin-lens-hidden';
export const HIDDEN_LINE_TAG = 'kyujin-lens-hidden-line';
export const FILTER_BAR_TAG = 'kyujin-lens-filter-bar';
export const BADGE_TAG = 'kyujin-lens-badge';
export const HOST_ATTR = 'data-kyujin-lens';
export const CARD_TAG = 'kyujin-lens-card';
