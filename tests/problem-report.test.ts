// The popup's local problem report (lib/extension/problem-report.ts): what it says, and that no
// posting text, job id, query value or page markup name can get into it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemReport, urlShape, type ProblemReportInput } from '../lib/extension/problem-report';
import { readPage, type PageReading } from '../lib/extract/reading';
import { parseHtml } from '../lib/extract/node-dom';
import { adapterById, adapterFor } from '../lib/sites/adapter';
import { EXPECTATIONS, fixtureHtml } from './sites/expectations';

function inputOf(r: PageReading, url: string): ProblemReportInput {
  return {
    version: '0.1.0',
    url,
    kind: r.kind,
    step: r.posting?.source ?? null,
    via: r.posting?.via ?? null,
    cardsVia: r.cards?.via,
    cardCount: r.cards?.count,
    selectors: r.selectors,
    problem: r.problem,
  };
}

/** Attributes that carry page content, ids or addresses (not method="post", type="submit" …). */
const CONTENT_ATTR = /^(?:href|src|id|class|content|value|title|alt|data-.*)$/;

/** Every text node of a page and every content attribute value, as written. */
function pageStrings(doc: Document): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push((n.nodeValue ?? '').trim());
    if (n.nodeType === 1) {
      for (const at of Array.from((n as Element).attributes)) if (CONTENT_ATTR.test(at.name)) out.push(at.value.trim());
    }
    n.childNodes.forEach(walk);
  };
  walk(doc);
  return out.filter((s) => s.length >= 4);
}

describe('urlShape', () => {
  const cases: Array<[string, string]> = [
    ['https://xn--pckua2a7gp15o89zb.com/jb/l7b694f14fa5c649aa76b464c4e727dbb?utm_source=x', '/jb/{id}?...'],
    ['https://xn--pckua2a7gp15o89zb.com/%E8%AD%A6%E5%82%99%E3%81%AE%E4%BB%95%E4%BA%8B-%E6%9D%B1%E4%BA%AC%E9%83%BD?e=2&u=1', '/{text}?...'],
    ['https://jp.indeed.com/viewjob?jk=3f9a1c2e4b5d6a7f&from=serp', '/viewjob?jk&...'],
    ['https://townwork.net/viewjob/jobid_8d2e4f6a1b3c5d7e/', '/viewjob/jobid_{id}/'],
    ['https://www.baitoru.com/kanto/jlist/tokyo/23ku/job12345678/', '/kanto/jlist/tokyo/{n}ku/job{id}/'],
    ['https://townwork.net/job_search/kw/tokyo+callcenter/', '/job_search/kw/{text}/'],
    ['https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3012345678/-tab__jd/', '/DodaFront/View/JobSearchDetail/j_jid__{id}/-tab__jd/'],
    ['https://www.hellowork.mhlw.go.jp/kensaku/GECA110010.do?action=dispDetailBtn&kJNo=1301012345671', '/kensaku/GECA{n}.do?action&kJNo'],
    ['https://www.green-japan.com/company/4321/job/98765#apply', '/company/{n}/job/{id}'],
  ];
  for (const [url, shape] of cases) {
    it(shape, () => expect(urlShape(url, adapterFor(url)!)).toBe(shape));
  }
  it('says so for a value that is not a URL', () => expect(urlShape('not a url', adapterById('indeed')!)).toBe('(not a URL)'));
});

describe('problemReport', () => {
  it('says what was read, how, and which selectors found nothing', () => {
    const e = EXPECTATIONS.find((x) => x.id === 'kyujinbox')!;
    const doc = parseHtml(fixtureHtml('kyujinbox', 'detail').replaceAll('p-detail_panel', 'p-detail_box').replaceAll('p-detail_table', 'p-detail_grid'));
    const r = readPage(doc, { url: e.detailUrl });
    const text = problemReport(inputOf(r, e.detailUrl), adapterById('kyujinbox')!);
    expect(text).toContain('site: kyujinbox');
    expect(text).toContain('page: detail /jb/{id}');
    expect(text).toContain('problem: detail page read by the generic fallback');
    expect(text).toContain('read by: generic');
    expect(text).toContain('  title: found 1  p.p-detail_head_title');
    expect(text).toContain('  body: no match  dl.p-detail_table');
    expect(text).toContain('version: 0.1.0');
  });

  it('a list page: where the cards came from', () => {
    const e = EXPECTATIONS.find((x) => x.id === 'kyujinbox')!;
    const r = readPage(parseHtml(fixtureHtml('kyujinbox', 'list').replaceAll('p-result_card', 'p-job').replaceAll('s-placeSearch_parent', 'x')), { url: e.listUrl });
    const text = problemReport(inputOf(r, e.listUrl), adapterById('kyujinbox')!);
    expect(text).toContain('cards: 5 from anchored');
    expect(text).toContain('problem: list page: no card selector found a card');
    expect(text).not.toContain('read by:');
  });

  it('carries no page text, job id, query value or page markup name, on any site fixture, working or broken', () => {
    for (const e of EXPECTATIONS) {
      for (const [kind, url] of [['detail', e.detailUrl], ['list', e.listUrl]] as const) {
        for (const broken of [false, true]) {
          let html = fixtureHtml(e.id, kind);
          if (broken) html = html.replace(/class="[^"]*"/g, 'class="kl-renamed"').replace(/ id="[^"]*"/g, '');
          const doc = parseHtml(html);
          const text = problemReport(inputOf(readPage(doc, { url }), url), adapterById(e.id)!);
          const a = adapterById(e.id)!;
          const own = new Set([...a.title, ...a.body, ...(a.company ?? []), ...a.card.item, a.confirmed, a.id]);
          for (const s of pageStrings(doc)) {
            // The adapter's own selectors name the site's class names, and the URL's shape its plain words.
            if ([...own, urlShape(url, a)].some((o) => o.includes(s)) || /^(?:utf-8|ja)$/i.test(s)) continue;
            expect(text.includes(s), `${e.id} ${kind}${broken ? ' broken' : ''}: "${s}"`).toBe(false);
          }
          // Past the heading line, the report is ASCII: Japanese text cannot be in it.
          expect(text.split('\n').slice(1).join('\n')).toMatch(/^[\x20-\x7e\n]*$/);
        }
      }
    }
  });

  it('never carries text put into the posting, the URL or the step fields', () => {
    const a = adapterById('kyujinbox')!;
    const e = EXPECTATIONS.find((x) => x.id === 'kyujinbox')!;
    fc.assert(
      fc.property(fc.string({ minLength: 6, maxLength: 20 }), fc.stringMatching(/^[a-z]{6,12}$/), (secret, word) => {
        const html = fixtureHtml('kyujinbox', 'detail').replace('電話でのセールスはありません。', `${secret}${word}`);
        const url = `${e.detailUrl}?q=${encodeURIComponent(word)}&${word}x=1#${word}`;
        const r = readPage(parseHtml(html), { url });
        const input = inputOf(r, url);
        // A caller passing page-derived strings where selectors belong gets them dropped.
        input.via = { title: word, body: `labelled block div#${word}` };
        input.selectors = [...input.selectors, { field: 'body', selector: word, matches: 1 }];
        input.cardsVia = word;
        const text = problemReport(input, a);
        return !text.includes(word) && (secret.trim().length < 4 || !text.includes(secret));
      }),
      { numRuns: 60 },
    );
  });
});
