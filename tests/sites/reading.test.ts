// How a page was read and whether it says the site changed (lib/extract/reading.ts): the step, the
// selectors that matched, and the two problems the popup reports.
import { describe, expect, it } from 'vitest';
import { readingProblem, readPage } from '../../lib/extract/reading';
import { parseHtml } from '../../lib/extract/node-dom';
import { adapterById } from '../../lib/sites/adapter';
import { EXPECTATIONS, loadSiteFixture } from './expectations';

const kyujinbox = EXPECTATIONS.find((e) => e.id === 'kyujinbox')!;

/** The page after a redesign: the given class names are gone from every element. */
function renamed(doc: Document, classes: string[]): Document {
  for (const c of classes) doc.querySelectorAll(`.${c}`).forEach((el) => el.classList.remove(c));
  return doc;
}

describe('readPage', () => {
  it('a detail page read by its adapter: the step, the selectors, no problem', () => {
    const r = readPage(loadSiteFixture('kyujinbox', 'detail'));
    expect(r).toMatchObject({ url: kyujinbox.detailUrl, urlFrom: 'og:url', site: { id: 'kyujinbox' }, kind: 'detail', problem: null });
    expect(r.posting).toMatchObject({ source: 'adapter', via: { title: 'p.p-detail_head_title' } });
    const a = adapterById('kyujinbox')!;
    expect(r.selectors.map((s) => s.selector)).toEqual([...a.title, ...a.body, ...(a.company ?? [])]);
    expect(r.selectors.find((s) => s.selector === 'p.p-detail_head_title')!.matches).toBe(1);
    expect(r.selectors.find((s) => s.selector === "h1[class*='p-detail']")!.matches).toBe(0);
    expect(r.cards).toBeNull();
  });

  it('the same page after a redesign: read by the generic path, and says the site changed', () => {
    const doc = renamed(loadSiteFixture('kyujinbox', 'detail'), ['p-detail_panel', 'p-detail_table', 'p-detail_head_title']);
    const r = readPage(doc);
    expect(r.posting?.source).toBe('generic');
    expect(r.problem).toBe('detail-fallback');
    expect(r.selectors.filter((s) => s.field === 'body').every((s) => s.matches === 0)).toBe(true);
  });

  it('a given URL wins over the declared one', () => {
    const r = readPage(loadSiteFixture('kyujinbox', 'detail'), { url: 'https://example.org/copy.html' });
    expect(r).toMatchObject({ urlFrom: 'given', site: null, kind: 'other', problem: null, selectors: [] });
  });

  it('a list page: how the cards were found; no card selector finding cards while job links exist is a problem', () => {
    const ok = readPage(loadSiteFixture('kyujinbox', 'list'));
    expect(ok).toMatchObject({ kind: 'list', problem: null, cards: { via: 'section.p-result_card', count: 5 } });
    expect(ok.cards!.ids).toEqual(kyujinbox.cards.map((c) => c.id));
    const broken = readPage(renamed(loadSiteFixture('kyujinbox', 'list'), ['p-result_card', 's-placeSearch_parent']));
    expect(broken.cards).toMatchObject({ via: 'anchored', count: 5 });
    expect(broken.cards!.jobLinks).toBeGreaterThanOrEqual(5);
    expect(broken.problem).toBe('list-no-cards');
  });

  it('a list page with no job links at all (no results) is not a problem', () => {
    const doc = parseHtml(
      `<html><head><meta property="og:url" content="${kyujinbox.listUrl}"></head><body><main><p>該当する求人はありません。</p></main></body></html>`,
    );
    expect(readPage(doc)).toMatchObject({ kind: 'list', cards: { via: null, count: 0, jobLinks: 0 }, problem: null });
  });
});

describe('readingProblem', () => {
  const a = adapterById('kyujinbox')!;
  it('only the fallback steps on a detail page count', () => {
    expect(readingProblem({ adapter: a, kind: 'detail', step: 'generic' })).toBe('detail-fallback');
    expect(readingProblem({ adapter: a, kind: 'detail', step: 'main' })).toBe('detail-fallback');
    for (const step of ['adapter', 'json-ld', null] as const) expect(readingProblem({ adapter: a, kind: 'detail', step })).toBeNull();
    expect(readingProblem({ adapter: a, kind: 'other', step: 'main' })).toBeNull();
    expect(readingProblem({ adapter: null, kind: 'detail', step: 'generic' })).toBeNull();
  });

  it('fields no evidence backs never say the site changed', () => {
    const townwork = adapterById('townwork')!;
    expect(townwork.unconfirmed).toContain('body');
    expect(readingProblem({ adapter: townwork, kind: 'detail', step: 'generic' })).toBeNull();
    const green = adapterById('green')!;
    expect(readingProblem({ adapter: green, kind: 'list', step: null, cardsVia: 'anchored', jobLinks: 4 })).toBeNull();
  });

  it('list pages: cards by a selector are fine; none by a selector with job links present is not', () => {
    expect(readingProblem({ adapter: a, kind: 'list', step: null, cardsVia: 'section.p-result_card', jobLinks: 0 })).toBeNull();
    expect(readingProblem({ adapter: a, kind: 'list', step: null, cardsVia: 'anchored', jobLinks: 3 })).toBe('list-no-cards');
    expect(readingProblem({ adapter: a, kind: 'list', step: null, cardsVia: null, jobLinks: 2 })).toBe('list-no-cards');
    expect(readingProblem({ adapter: a, kind: 'list', step: null, cardsVia: null, jobLinks: 0 })).toBeNull();
  });
});

describe('every site fixture reads without a problem', () => {
  for (const e of EXPECTATIONS) {
    it(e.id, () => {
      for (const kind of ['detail', 'list'] as const) {
        const r = readPage(loadSiteFixture(e.id, kind), { url: kind === 'detail' ? e.detailUrl : e.listUrl });
        expect(r.problem, kind).toBeNull();
        expect(r.site?.id).toBe(e.id);
      }
    });
  }
});
