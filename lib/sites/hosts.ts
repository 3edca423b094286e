// The job sites the content script is registered for. One line per site; the job-sites issue turns
// these into full adapters (URL patterns, selectors, confirmation dates).
export interface SupportedSite {
  name: string;
  hosts: string[];
}

export const SUPPORTED_SITES: SupportedSite[] = [
  { name: 'Indeed', hosts: ['jp.indeed.com'] },
  { name: 'タウンワーク', hosts: ['townwork.net'] },
  { name: 'リクナビNEXT', hosts: ['next.rikunabi.com'] },
  { name: 'とらばーゆ', hosts: ['toranet.jp'] },
  { name: 'フロム・エー', hosts: ['www.froma.com'] },
  { name: 'はたらいく', hosts: ['www.hatalike.jp'] },
  { name: 'バイトル', hosts: ['www.baitoru.com'] },
  { name: 'マイナビバイト', hosts: ['baito.mynavi.jp'] },
  { name: 'はたらこねっと', hosts: ['www.hatarako.net'] },
  { name: 'doda', hosts: ['doda.jp'] },
  { name: 'エン転職', hosts: ['employment.en-japan.com'] },
  { name: 'エン派遣', hosts: ['haken.en-japan.com'] },
  { name: 'ハローワークインターネットサービス', hosts: ['www.hellowork.mhlw.go.jp'] },
  { name: '求人ボックス', hosts: ['xn--pckua2a7gp15o89zb.com'] },
  { name: 'Green', hosts: ['www.green-japan.com'] },
];

export const SUPPORTED_MATCHES: string[] = SUPPORTED_SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`));

/** Hosts the E2E build adds (any port): the local fixture server. */
export const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export function isSupportedHost(host: string): boolean {
  const h = host.toLowerCase();
  return SUPPORTED_SITES.some((s) => s.hosts.includes(h));
}
