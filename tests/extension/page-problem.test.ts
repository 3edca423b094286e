// The content script's "site changed" flag and problem report (lib/extension/page-problem.ts), from the
// page model's facts, on our 求人ボックス fixtures as they are and after a redesign.
import { describe, expect, it } from 'vitest';
import { hostAttributes } from '../../lib/extension/badge-model';
import { pageProblem, pageReport, readingStep } from '../../lib/extension/page-problem';
import { placeOf, readPosting, type CardsRead } from '../../lib/extension/page-model';
import { parseHtml } from '../../lib/extract/node-dom';
import { readCards } from '../../lib/sites/adapter';
import { EXPECTATIONS, fixtureHtml } from '../sites/expectations';

const e = EXPECTATIONS.find((x) => x.id === 'kyujinbox')!;
const quiet = () => undefined;
const redesign = (html: string) =>
  html
    .replaceAll('p-detail_panel', 'p-detail_box')
    .replaceAll('p-detail_table', 'p-detail_grid')
    .replaceAll('p-result_card', 'p-job_card')
    .replaceAll('s-placeSearch_parent', 's-job');

function cardsOf(doc: Document, url: string): CardsRead {
  const r = readCards(doc, placeOf(url).adapter!, { url });
  return { via: r.via, count: r.cards.length, jobLinks: r.jobLinks };
}

describe('page problem', () => {
  it('none on a detail page its adapter reads; detail-fallback after a redesign', () => {
    const place = placeOf(e.detailUrl);
    const ok = readPosting(parseHtml(fixtureHtml('kyujinbox', 'detail')), place, quiet);
    expect(readingStep(ok)).toBe('adapter');
    expect(pageProblem(place, ok, null)).toBeNull();
    const changed = readPosting(parseHtml(redesign(fixtureHtml('kyujinbox', 'detail'))), place, quiet);
    expect(readingStep(changed)).toBe('generic');
    expect(pageProblem(place, changed, null)).toBe('detail-fallback');
  });

  it('a detail page the selectors and the generic block both fail is unreadable, and changed', () => {
    const place = placeOf(e.detailUrl);
    const r = readPosting(parseHtml('<html><body><main><p>ただいまメンテナンス中です。</p></main></body></html>'), place, quiet);
    expect(r).toEqual({ state: 'unreadable', why: 'site-selectors-failed' });
    expect(readingStep(r)).toBe('main');
    expect(pageProblem(place, r, null)).toBe('detail-fallback');
  });

  it('none on a list page its card selectors read; list-no-cards after a redesign', () => {
    const place = placeOf(e.listUrl);
    const none = { state: 'none' } as const;
    expect(pageProblem(place, none, cardsOf(parseHtml(fixtureHtml('kyujinbox', 'list')), e.listUrl))).toBeNull();
    const changed = cardsOf(parseHtml(redesign(fixtureHtml('kyujinbox', 'list'))), e.listUrl);
    expect(changed).toMatchObject({ via: 'anchored', count: 5 });
    expect(pageProblem(place, none, changed)).toBe('list-no-cards');
  });

  it('never on a site without an adapter', () => {
    const place = placeOf('https://example.com/jobs/1');
    const r = readPosting(parseHtml(redesign(fixtureHtml('kyujinbox', 'detail'))), place, quiet);
    expect(pageProblem(place, r, null)).toBeNull();
    expect(pageReport(parseHtml('<p>x</p>'), place, r, null, '1.0.0')).toBeNull();
  });
});

describe('page report', () => {
  it('names the site, the URL shape, the step and the selectors that no longer match', () => {
    const place = placeOf(e.detailUrl);
    const doc = parseHtml(redesign(fixtureHtml('kyujinbox', 'detail')));
    const text = pageReport(doc, place, readPosting(doc, place, quiet), null, '0.3.1')!;
    expect(text).toContain('version: 0.3.1');
    expect(text).toContain('site: kyujinbox');
    expect(text).toContain('page: detail /jb/{id}');
    expect(text).toContain('read by: generic');
    expect(text).toContain('body: no match  dl.p-detail_table');
    expect(text).not.toContain(e.detail.jobId);
    for (const s of e.detail.in) expect(text).not.toContain(s);
  });

  it('on a list page: how many cards and from what', () => {
    const place = placeOf(e.listUrl);
    const doc = parseHtml(redesign(fixtureHtml('kyujinbox', 'list')));
    const text = pageReport(doc, place, { state: 'none' }, cardsOf(doc, e.listUrl), '0.3.1')!;
    expect(text).toContain('cards: 5 from anchored');
    expect(text).toContain('card: no match  section.p-result_card');
    for (const c of e.cards) expect(text).not.toContain(c.title);
  });
});

describe('badge host: how the page was read', () => {
  it('carries the step and the site-changed mark next to the verdict, on the badge and the quiet mark', () => {
    const page = { status: 'final', result: null };
    expect(hostAttributes('unreadable', page, { source: 'main', siteChanged: true })).toMatchObject({
      'data-kyujin-lens': 'badge',
      'data-source': 'main',
      'data-site-changed': 'true',
    });
    expect(hostAttributes('quiet', page, { source: 'adapter', siteChanged: false })).toEqual({
      'data-kyujin-lens': 'quiet',
      'data-state': 'final',
      'data-source': 'adapter',
    });
    expect(hostAttributes('quiet', page)).toEqual({ 'data-kyujin-lens': 'quiet', 'data-state': 'final' });
  });
});
