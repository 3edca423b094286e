// The adapter entries themselves: well formed, and their URL patterns match their own fixtures.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/extract/node-dom';
import { type Adapter, adapterById, adapterFor, classify, declaredUrl, jobIdOf, pathAndQuery } from '../../lib/sites/adapter';
import { ADAPTERS } from '../../lib/sites/adapters';
import { isSupportedHost, SUPPORTED_MATCHES, SUPPORTED_SITES } from '../../lib/sites/hosts';
import { EXPECTATIONS, loadSiteFixture } from './expectations';

const emptyDoc = parseHtml('<!DOCTYPE html><html><head></head><body><div></div></body></html>');

function selectorsOf(a: Adapter): Array<[field: string, selector: string]> {
  const out: Array<[string, string]> = [];
  for (const s of a.title) out.push(['title', s]);
  for (const s of a.body) out.push(['body', s]);
  for (const s of a.company ?? []) out.push(['company', s]);
  for (const s of a.card.item) out.push(['card.item', s]);
  for (const s of a.card.title) out.push(['card.title', s]);
  for (const s of a.card.link) out.push(['card.link', s]);
  for (const s of a.sidePane ?? []) out.push(['sidePane', s]);
  return out;
}

describe('adapter entries are well formed', () => {
  it('has unique ids and hosts, and one expectation per adapter', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hosts = ADAPTERS.flatMap((a) => a.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(EXPECTATIONS.map((e) => e.id).sort()).toEqual([...ids].sort());
  });

  for (const a of ADAPTERS) {
    describe(a.id, () => {
      it('has an id, a name and valid lower-case hosts', () => {
        expect(a.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(a.name.trim()).not.toBe('');
        expect(a.hosts.length).toBeGreaterThan(0);
        for (const h of a.hosts) {
          expect(h).toBe(h.toLowerCase());
          expect(new URL(`https://${h}/`).hostname).toBe(h);
          expect(isSupportedHost(h)).toBe(true);
          expect(adapterFor(`https://${h}/`)).toBe(a);
        }
      });

      it('has URL patterns that compile, are not stateful, and job-id patterns with a group', () => {
        for (const [field, list] of [['detail', a.detail], ['list', a.list], ['jobId', a.jobId]] as const) {
          expect(list.length, field).toBeGreaterThan(0);
          for (const re of list) {
            expect(re).toBeInstanceOf(RegExp);
            expect(() => new RegExp(re.source, re.flags)).not.toThrow();
            expect(re.global || re.sticky, `${field} ${re}`).toBe(false);
          }
        }
        for (const re of a.jobId) expect(new RegExp(`${re.source}|`).exec('')!.length - 1, String(re)).toBeGreaterThanOrEqual(1);
        for (const re of a.titleStrip ?? []) expect(re.global || re.sticky).toBe(false);
      });

      it('has at least one selector per field, each one valid CSS', () => {
        expect(a.title.length).toBeGreaterThan(0);
        expect(a.body.length).toBeGreaterThan(0);
        expect(a.card.item.length).toBeGreaterThan(0);
        expect(a.card.title.length).toBeGreaterThan(0);
        expect(a.card.link.length).toBeGreaterThan(0);
        for (const [field, s] of selectorsOf(a)) {
          expect(s.trim(), field).not.toBe('');
          expect(() => emptyDoc.querySelectorAll(s), `${field}: ${s}`).not.toThrow();
        }
      });

      it('has a confirmed date that is a real date, not in the future', () => {
        expect(a.confirmed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const d = new Date(`${a.confirmed}T00:00:00Z`);
        expect(Number.isNaN(d.getTime())).toBe(false);
        expect(d.toISOString().slice(0, 10)).toBe(a.confirmed); // no 2026-02-30
        expect(d.getTime()).toBeLessThanOrEqual(Date.now());
        expect(a.confirmed >= '2019-01-01').toBe(true);
      });

      it('names the evidence its date comes from, and which fields no evidence backs', () => {
        expect(a.confirmedBy.trim().length).toBeGreaterThan(10);
        // The date it gives is in the note, or the note says it was a year only.
        expect(a.confirmedBy.includes(a.confirmed) || a.confirmed.endsWith('-01-01')).toBe(true);
        for (const f of a.unconfirmed ?? []) expect(['title', 'body', 'cards']).toContain(f);
        expect(new Set(a.unconfirmed ?? []).size).toBe((a.unconfirmed ?? []).length);
      });

      it('has a detail and a list fixture', () => {
        for (const kind of ['detail', 'list']) {
          expect(existsSync(new URL(`../fixtures/sites/${a.id}/${kind}.html`, import.meta.url)), kind).toBe(true);
        }
      });
    });
  }
});

describe('hosts.ts is derived from the adapters', () => {
  it('lists every adapter with its hosts, in order', () => {
    expect(SUPPORTED_SITES).toEqual(ADAPTERS.map((a) => ({ id: a.id, name: a.name, hosts: a.hosts })));
    expect(SUPPORTED_MATCHES).toEqual(ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://${h}/*`)));
    expect(SUPPORTED_MATCHES).toContain('https://xn--pckua2a7gp15o89zb.com/*');
    expect(SUPPORTED_SITES).toHaveLength(15);
  });

  it('knows a host case-insensitively and nothing else', () => {
    expect(isSupportedHost('JP.Indeed.com')).toBe(true);
    expect(isSupportedHost('indeed.com')).toBe(false);
    expect(isSupportedHost('evil-jp.indeed.com.example')).toBe(false);
  });
});

describe('URL classification', () => {
  for (const e of EXPECTATIONS) {
    const a = adapterById(e.id)!;
    it(`${e.id}: fixture URLs are detail / list, an unrelated path is other`, () => {
      expect(a).not.toBeNull();
      expect(declaredUrl(loadSiteFixture(e.id, 'detail'))).toBe(e.detailUrl);
      expect(declaredUrl(loadSiteFixture(e.id, 'list'))).toBe(e.listUrl);
      expect(adapterFor(e.detailUrl)).toBe(a);
      expect(classify(e.detailUrl, a)).toBe('detail');
      expect(classify(e.listUrl, a)).toBe('list');
      expect(classify(e.otherUrl, a)).toBe('other');
      expect(jobIdOf(e.detailUrl, a)).toBe(e.detail.jobId);
    });

    it(`${e.id}: a URL of another site is other and has no job id`, () => {
      const foreign = new URL(e.detailUrl);
      foreign.hostname = 'jobs.example.com';
      expect(classify(foreign, a)).toBe('other');
      expect(jobIdOf(foreign, a)).toBeNull();
      expect(adapterFor(foreign)).toBeNull();
    });
  }

  it('reads Japanese paths decoded', () => {
    expect(pathAndQuery(new URL('https://xn--pckua2a7gp15o89zb.com/%E3%82%B3%E3%83%BC%E3%83%AB%E3%81%AE%E4%BB%95%E4%BA%8B?page=2'))).toBe('/コールの仕事?page=2');
    expect(pathAndQuery(new URL('https://doda.jp/%E0%A4%A/x'))).toBe('/%E0%A4%A/x'); // malformed: kept
  });

  it('classifies Indeed pages', () => {
    const a = adapterById('indeed')!;
    expect(classify('https://jp.indeed.com/viewjob?jk=0123456789abcdef&from=serp', a)).toBe('detail');
    expect(classify('https://jp.indeed.com/viewjob?from=serp&jk=0123456789abcdef', a)).toBe('detail');
    expect(classify('https://jp.indeed.com/viewjob?jk=0123', a)).toBe('other');
    expect(classify('https://jp.indeed.com/jobs?q=%E5%8F%97%E4%BF%A1&start=10', a)).toBe('list');
    // The pane: still a list page; extractPosting reads the pane through sidePane.
    expect(classify('https://jp.indeed.com/jobs?q=x&vjk=0123456789abcdef', a)).toBe('list');
    expect(classify('https://jp.indeed.com/cmp/aozora', a)).toBe('other');
  });

  it('classifies the other sites’ URL variants', () => {
    const c = (id: string, url: string) => classify(url, adapterById(id)!);
    expect(c('townwork', 'https://townwork.net/detail/clc_1234567/joid_A0B1C2/')).toBe('detail'); // old form
    expect(c('townwork', 'https://townwork.net/job_search/kw/%E6%96%B0%E5%AE%BF+%E5%8F%97%E4%BB%98/?page=2')).toBe('list');
    expect(c('baitoru', 'https://www.baitoru.com/kansai/jlist/osaka/job1234/?utm=x')).toBe('detail');
    expect(c('baitoru', 'https://www.baitoru.com/kansai/jlist/osaka/wrdコール/page3/')).toBe('list');
    expect(c('baitoru', 'https://www.baitoru.com/cjlist12345/')).toBe('other');
    expect(c('doda', 'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3012345678/-tab__pr/')).toBe('detail');
    expect(c('doda', 'https://doda.jp/DodaFront/View/JobSearchList/j_oc__0312S/')).toBe('list');
    expect(c('en-tenshoku', 'https://employment.en-japan.com/desc_eng_3456789/?arearoute=1')).toBe('detail');
    expect(c('en-tenshoku', 'https://employment.en-japan.com/keyword/%E5%8F%97%E4%BF%A1/')).toBe('list');
    expect(c('hellowork', 'https://www.hellowork.mhlw.go.jp/kensaku/GECA110010.do?kJNo=2701012345671&action=dispDetailBtn')).toBe('detail');
    expect(c('hellowork', 'https://www.hellowork.mhlw.go.jp/kensaku/GECA110010.do?action=kyujinhyoBtn&kJNo=2701012345671')).toBe('list');
    expect(c('kyujinbox', 'https://xn--pckua2a7gp15o89zb.com/jbn/abc123def')).toBe('detail');
    expect(c('kyujinbox', 'https://xn--pckua2a7gp15o89zb.com/adv/?keyword=%E5%8F%97%E4%BF%A1&pg=2')).toBe('list');
    expect(c('mynavi-baito', 'https://baito.mynavi.jp/ai/word_%E3%82%B3%E3%83%BC%E3%83%AB/')).toBe('list');
    expect(c('hatarako', 'https://www.hatarako.net/fukuoka/fukuokashi/chuoku/ktp30/')).toBe('list');
    expect(c('green', 'https://www.green-japan.com/company/4321/job/98765/')).toBe('detail');
    expect(c('rikunabi-next', 'https://next.rikunabi.com/viewjob/jkZZZZ/')).toBe('other');
  });
});

describe('job ids', () => {
  const id = (site: string, url: string, base?: string) => jobIdOf(url, adapterById(site)!, base);

  it('reads each site’s id form', () => {
    expect(id('indeed', 'https://jp.indeed.com/viewjob?jk=3f9a1c2e4b5d6a7f&from=serp')).toBe('3f9a1c2e4b5d6a7f');
    expect(id('indeed', '/rc/clk?jk=3f9a1c2e4b5d6a7f&from=vj')).toBe('3f9a1c2e4b5d6a7f');
    expect(id('indeed', '/pagead/clk?mo=r&ad=x&jk=0a1b2c3d4e5f6071')).toBe('0a1b2c3d4e5f6071');
    expect(id('indeed', 'https://jp.indeed.com/jobs?q=x&vjk=5b6c7d8e9fa0b1c2')).toBe('5b6c7d8e9fa0b1c2');
    expect(id('indeed', 'https://jp.indeed.com/jobs?q=x')).toBeNull();
    expect(id('townwork', '/viewjob/jobid_8d2e4f6a1b3c5d7e/?ref=list')).toBe('8d2e4f6a1b3c5d7e');
    expect(id('townwork', '/detail/clc_1234567/joid_A0B1C2/')).toBe('A0B1C2');
    expect(id('rikunabi-next', '/viewjob/jk4c5d6e7f8a9b0c1d/')).toBe('4c5d6e7f8a9b0c1d');
    expect(id('hatalike', '/viewjob/0f1e2d3c4b5a6978/')).toBe('0f1e2d3c4b5a6978');
    expect(id('baitoru', '/kanto/jlist/chiba/job98765432/')).toBe('98765432');
    expect(id('baitoru', '/entry/form/job98765432/')).toBeNull();
    expect(id('mynavi-baito', '/rec/J0123456789/')).toBe('J0123456789');
    expect(id('hatarako', '/job/24681357/')).toBe('24681357');
    expect(id('doda', '/DodaFront/View/JobSearchDetail/j_jid__3012345678/-tab__jd/')).toBe('3012345678');
    expect(id('en-tenshoku', '/desc_eng_3456789/?arearoute=1')).toBe('3456789');
    expect(id('en-haken', '/desc_7654321/')).toBe('7654321');
    expect(id('hellowork', '/kensaku/GECA110010.do?screenId=GECA110010&action=dispDetailBtn&kJNo=2701012345671&kJKbn=1')).toBe('2701012345671');
    expect(id('kyujinbox', '/jbi/7b5c9e3a1d2f4b68')).toBe('7b5c9e3a1d2f4b68');
    expect(id('kyujinbox', '/rd/?c=ex0001')).toBeNull();
    expect(id('green', '/company/4321/job/98765')).toBe('98765');
  });

  it('resolves relative links against the page and ignores other hosts and bad URLs', () => {
    expect(id('hatarako', '../../job/123/', 'https://www.hatarako.net/osaka/kdw86/')).toBe('123');
    expect(id('green', 'https://example.com/company/1/job/2')).toBeNull();
    expect(id('green', 'http://[bad')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
    expect(classify('not a url', adapterById('green')!)).toBe('other');
  });
});
