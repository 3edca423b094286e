import type { Adapter } from '../adapter';

/** The 求人票's field ids, agreed on by many independent scrapers (sites.md §2.12). */
const FIELDS = ['kjNo', 'jgshMei', 'sksu', 'shigotoNy', 'koyoKeitai', 'shgBsJusho', 'chgn', 'shgJn1', 'hynaMenkyoSkku'];

/**
 * ハローワークインターネットサービス. Sources (sites.md §2.12): ZETTAI-INC/scraping scrapers/hellowork.py
 * (2025-12-03), hiraku00/scraping-hellowork (2025-05-10), mochizukiayane/hellowork-job-scraper
 * (2025-04-21), code-index selector maps. Classic server pages; search and paging are form POSTs, so
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
  // The innermost tables holding the 求人票's fields (label th → value td), then 仕事内容 alone.
  body: [FIELDS.map((f) => `table:not(:has(table)):has(#ID_${f})`).join(', '), '#ID_shigotoNy'],
  card: {
    item: ['table.kyujin'],
    title: ['tr.kyujin_head td.m13 div', 'td.fs1'],
    link: ['a#ID_dispDetailBtn', "a[href*='kJNo']"],
  },
  confirmed: '2025-12-03',
};
