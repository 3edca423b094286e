import type { Adapter } from '../types';

/**
 * はたらこねっと (www.hatarako.net; not "hataraco"). Sources (sites.md §2.5): code-index
 * "HatarakoScraper" (undated, same framework as the 2026 Baitoru5Scraper) and a code-index
 * userscript (undated). Not checked against the live site.
 */
export const hatarako: Adapter = {
  id: 'hatarako',
  name: 'はたらこねっと',
  hosts: ['www.hatarako.net'],
  detail: [/^\/job\/\d+\/?(?:[?#]|$)/],
  // /<area>/, /<area>/page<N>/, /<area>/kdw86/, /fukuoka/<city>/<ward>/ktp30/
  list: [/^\/[a-z]+\/(?:[\w-]+\/)*(?:[?#]|$)/],
  jobId: [/^\/job\/(\d+)/],
  // The <title> reads 「{会社名}（{求人名}）の{雇用形態}の求人・募集情報｜はたらこねっと」.
  title: ['head > title', 'h1'],
  titleStrip: [/\s*[｜|].*$/, /の求人・募集情報$/],
  // dl.dl01 with dt/dd: 勤務地, 仕事内容, 給与, 勤務期間, 勤務時間, 休日・休暇 (one per section).
  body: ['dl.dl01'],
  card: {
    // The main list's <article>s (the sidebar おすすめ has its own markup); the userscript's class second.
    item: ["article:has(a[href*='/job/'])", 'div.common-jobList02'],
    title: ['h2', 'h3'],
    link: ["a[href*='/job/']"],
  },
  confirmed: '2026-01-01', // undated sources of a "2026" framework: 1 January used
  confirmedBy: 'code-index HatarakoScraper (undated, same framework as the 2026 Baitoru5Scraper); selectors-2026.md adds nothing dated',
  unconfirmed: ['title', 'body', 'cards'],
};
