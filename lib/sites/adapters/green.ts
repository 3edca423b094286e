import type { Adapter } from '../types';

/**
 * Green. Sources (selectors-2026.md, sites.md §2.14): S-ima7/ApplyFlow browser-extension (2026-08-18:
 * JSON-LD first, h1), yukimizuno96/job-search-agent src/scrapers/green.py (2025-12-26: links matching
 * /job/(\d+), the container the nearest ancestor with enough text), 9nu5/job-search-bot (undated:
 * MUI boxes). Detail pages carry a JSON-LD JobPosting,
 * which extractPosting reads before this adapter; the body selectors here are GUESSES for when it is
 * missing. Cards have no stable class: the link-anchored rule (a[href*="/job/"], climbing to the card)
 * is the real hook; the item selectors are structural. Not checked against the live site.
 */
export const green: Adapter = {
  id: 'green',
  name: 'Green',
  hosts: ['www.green-japan.com'],
  detail: [/^\/company\/\d+\/job\/\d+\/?(?:[?#]|$)/],
  list: [/^\/search_key(?:[/?#]|$)/, /^\/search(?:[/?#]|$)/],
  jobId: [/^\/company\/\d+\/job\/(\d+)/],
  title: ['h1'],
  body: ["[class*='job-description']", "[class*='JobDescription']", "[class*='job-offer-main']"],
  card: {
    item: ["li:has(> a[href*='/job/'])", "article:has(a[href*='/job/'])"],
    title: ['h3', 'h2'],
    link: ["a[href*='/job/']"],
  },
  confirmed: '2026-08-18',
  confirmedBy: 'S-ima7/ApplyFlow extraction.ts (2026-08-18): JSON-LD, h1; cards keyed on /job/(\\d+): yukimizuno96 green.py (2025-12-26)',
  // The body selectors and the card classes are guesses: the evidenced hooks are JSON-LD and the
  // link-anchored rule.
  unconfirmed: ['body', 'cards'],
};
