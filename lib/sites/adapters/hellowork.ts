import type { Adapter } from '../types';

/** The 求人票's field ids, agreed on by many independent scrapers (sites.md §2.12). */
const FIELDS = ['kjNo', 'jgshMei', 'sksu', 'shigotoNy', 'koyoKeitai', 'shgBsJusho', 'chgn', 'shgJn1', 'hynaMenkyoSkku'];

/**
 * ハローワークインターネットサービス. Sources (selectors-2026.md, sites.md §2.12): ZETTAI-INC/scraping
 * scrapers/hellowork.py (2025-12-03: table.kyujin cards, tr.kyujin_head td.m13 / td.fs1, a[href*="kJNo"]),
 * hiraku00/scraping-hellowork (2025-05-10), mochizukiayane/hellowork-job-scraper (2025-04-21), and the
 * #ID_* field ids that several 2024–26 scrapers agree on (#ID_jgshMei 事業所名 is the company). The
 * one real saved page in that note is the OLD system (www.hellowork.go.jp, 2012), not this host. Classic server pages; search and paging are form POSTs, so
 * a list page's URL may carry no query. Not checked against the live site.
 */
export const hellowork: Adapter = {
  id: 'hellowork',
  name: 'ハローワークインターネットサービス',
  hosts: ['www.hellowork.mhlw.go.jp'],
  // /kensaku/GECA110010.do?screenId=GECA110010&action=dispDetailBtn&kJNo=<13 digits>&kJKbn=1
  detail: [/^\/kensaku\/GECA110010\.do\?(?=(?:[^#]*&)?action=dispDetailBtn(?:[&#]|$))(?=(?:[^#]*&)?kJNo=\d+)/],
  list: [/^\/kensaku\/GECA110010\.do(?:[?#]|$)/],
  jobId: [/[?&]kJNo=(\d+)/],
  title: ['#ID_sksu'],
  company: ['#ID_jgshMei'],
  // The innermost tables holding the 求人票's fields (label th → value td), then 仕事内容 alone.
  body: [FIELDS.map((f) => `table:not(:has(table)):has(#ID_${f})`).join(', '), '#ID_shigotoNy'],
  card: {
    item: ['table.kyujin'],
    title: ['tr.kyujin_head td.m13 div', 'tr.kyujin_head td.m13', 'td.fs1'],
    link: ['a#ID_dispDetailBtn', "a[href*='dispDetailBtn'][href*='kJNo']", "a[href*='kJNo']"],
  },
  confirmed: '2025-12-03',
  confirmedBy: 'ZETTAI-INC/scraping scrapers/hellowork.py (2025-12-03): table.kyujin, a[href*=kJNo]; #ID_* fields in several 2024–26 scrapers',
};
