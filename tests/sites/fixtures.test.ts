// The adapters against their fixtures: detail text, list cards, side pane, and the fallbacks when
// the selectors rot.
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract/extract';
import { parseHtml } from '../../lib/extract/node-dom';
import { type Adapter, adapterById, extractCards, extractDetail, extractPane } from '../../lib/sites/adapter';
import { EXPECTATIONS, fixtureHtml, loadSiteFixture, type SiteExpectation } from './expectations';

function adapterOf(e: SiteExpectation): Adapter {
  const a = adapterById(e.id);
  if (!a) throw new Error(`no adapter ${e.id}`);
  return a;
}

/**
 * The page after a redesign: every element the adapter's body (and pane) selectors match loses its
 * class and id, and so do the elements inside it; the JSON-LD is gone too. Repeated until the
 * adapter finds nothing.
 */
function rotted(e: SiteExpectation, kind: 'detail' | 'list' = 'detail'): Document {
  const a = adapterOf(e);
  const doc = loadSiteFixture(e.id, kind);
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
  for (let round = 0; round < 5; round++) {
    for (const selector of [...a.body, ...(a.sidePane ?? [])]) {
      doc.querySelectorAll(selector).forEach((el) => {
        for (const x of [el, ...Array.from(el.querySelectorAll('*'))]) {
          x.removeAttribute('class');
          x.removeAttribute('id');
          x.removeAttribute('data-testid');
        }
      });
    }
  }
  return doc;
}

for (const e of EXPECTATIONS) {
  describe(`${e.id} fixtures`, () => {
    const a = adapterOf(e);

    it('detail: the adapter extracts exactly the title, then the body, without page chrome', () => {
      const r = extractDetail(loadSiteFixture(e.id, 'detail'), a);
      expect(r).not.toBeNull();
      expect(r!.title).toBe(e.detail.title);
      expect(r!.text.split('\n')[0]).toBe(e.detail.title);
      expect(r!.text.split('\n')[1]).not.toBe(e.detail.title); // not doubled when the body starts with it
      for (const s of e.detail.in) expect(r!.text, s).toContain(s);
      for (const s of e.detail.out) expect(r!.text, s).not.toContain(s);
      // Where the body selectors are evidenced, our fixture has the newest evidenced structure: the
      // newest selector reads it (the guessed ones of the Indeed-platform family vary on purpose).
      if (!a.unconfirmed?.includes('body')) expect(r!.via.body).toBe(a.body[0]);
    });

    it('detail: the company, when the adapter knows where it is, and once in the text', () => {
      const r = extractDetail(loadSiteFixture(e.id, 'detail'), a)!;
      expect(r.company).toBe(e.detail.company);
      expect(Boolean(a.company?.length)).toBe(e.detail.company !== undefined);
      if (r.company) {
        expect(r.text).toContain(r.company);
        // Added as its own section only when the body does not name it already.
        if (r.text.endsWith(`\n\n【会社概要】\n${r.company}`)) expect(r.text.split(r.company)).toHaveLength(2);
      }
    });

    it(`detail: extractPosting reports ${e.detail.source}`, () => {
      const doc = loadSiteFixture(e.id, 'detail');
      const r = extractPosting(doc, { url: e.detailUrl });
      expect(r?.source).toBe(e.detail.source);
      expect(r!.text).toContain(e.detail.in[0]);
      for (const s of e.detail.out) expect(r!.text, s).not.toContain(s);
      if (e.detail.source === 'adapter') {
        expect(r).toMatchObject({ adapter: e.id, title: e.detail.title });
        // Without a URL (the CLI on a saved page) the page's canonical URL picks the adapter.
        expect(extractPosting(loadSiteFixture(e.id, 'detail'))).toEqual(r);
      } else {
        expect(r!.adapter).toBeUndefined();
      }
    });

    it('detail: with the JSON-LD removed, the adapter reads the page', () => {
      const doc = loadSiteFixture(e.id, 'detail');
      doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
      expect(extractPosting(doc, { url: e.detailUrl })).toMatchObject({ source: 'adapter', adapter: e.id, title: e.detail.title });
    });

    it('detail: when the adapter selectors break, the generic path takes over silently', () => {
      const doc = rotted(e);
      expect(extractDetail(doc, a)).toBeNull();
      const r = extractPosting(doc, { url: e.detailUrl });
      expect(r).not.toBeNull();
      expect(['generic', 'main']).toContain(r!.source);
      expect(r!.adapter).toBeUndefined();
      expect(r!.text).toContain(e.detail.in[0]);
    });

    it(`list: every card once, with the right ids and titles (${e.cards.length} cards)`, () => {
      expect(e.cards.length).toBeGreaterThanOrEqual(4);
      expect(e.cards.length).toBeLessThanOrEqual(8);
      const doc = loadSiteFixture(e.id, 'list');
      const cards = extractCards(doc, a, { url: e.listUrl });
      expect(cards.map((c) => c.title)).toEqual(e.cards.map((c) => c.title));
      cards.forEach((c, i) => {
        const want = e.cards[i].id;
        if (want === null) expect(c.id).toMatch(/^h-[0-9a-f]{8}$/);
        else expect(c.id).toBe(want);
        expect(c.text.trim()).not.toBe('');
        expect(c.text).toContain(c.title);
      });
      // Each element once; no card inside another; ids unique on these pages.
      const els = cards.map((c) => c.element);
      expect(new Set(els).size).toBe(els.length);
      for (const x of els) for (const y of els) if (x !== y) expect(x.contains(y)).toBe(false);
      expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
      // Same answer without the page URL (the site's first host is assumed) and on a second run.
      expect(extractCards(doc, a).map((c) => c.id)).toEqual(cards.map((c) => c.id));
    });

    it('list: a badge put inside each card changes neither its text nor its id', () => {
      const doc = loadSiteFixture(e.id, 'list');
      const before = extractCards(doc, a, { url: e.listUrl });
      for (const c of before) {
        const badge = doc.createElement('kyujin-lens-card-badge');
        badge.setAttribute('data-kyujin-lens', 'card');
        badge.textContent = '受信 2/2';
        c.element.appendChild(badge);
      }
      const after = extractCards(doc, a, { url: e.listUrl });
      expect(after.map((c) => [c.id, c.title, c.text])).toEqual(before.map((c) => [c.id, c.title, c.text]));
      expect(after.map((c) => c.element)).toEqual(before.map((c) => c.element));
    });

    it('list: with the card selectors broken, the link-anchored rule finds every linked card', () => {
      const broken: Adapter = { ...a, card: { ...a.card, item: ['.kl-no-such-card'] } };
      const cards = extractCards(loadSiteFixture(e.id, 'list'), broken, { url: e.listUrl });
      expect(cards.map((c) => c.id)).toEqual(e.anchored ?? e.cards.filter((c) => c.id !== null).map((c) => c.id));
      for (const c of cards) expect(c.text).toContain(c.title);
    });

    it('list: extractPosting does not take the list for one posting unless a pane shows one', () => {
      const r = extractPosting(loadSiteFixture(e.id, 'list'), { url: e.listUrl });
      if (e.pane) {
        expect(r).toMatchObject({ source: 'adapter', adapter: e.id, title: e.pane.title });
        for (const s of e.pane.in) expect(r!.text).toContain(s);
      } else {
        expect(r?.source).not.toBe('adapter');
      }
    });
  });
}

describe('side pane (Indeed)', () => {
  const e = EXPECTATIONS.find((x) => x.id === 'indeed')!;
  const a = adapterOf(e);

  it('reads the pane, not the cards, and strips the screen-reader suffix', () => {
    const r = extractPane(loadSiteFixture('indeed', 'list'), a);
    expect(r?.title).toBe(e.pane!.title);
    expect(r!.text).not.toContain('job post');
    expect(r!.text).not.toContain('ITヘルプデスク');
  });

  it('is used only when the URL names a selected job', () => {
    const url = new URL(e.listUrl);
    url.searchParams.delete('vjk');
    expect(extractPosting(loadSiteFixture('indeed', 'list'), { url: url.href })?.source).not.toBe('adapter');
  });

  it('falls back when the pane markup changes', () => {
    const doc = rotted(e, 'list');
    expect(extractPane(doc, a)).toBeNull();
    expect(extractPosting(doc, { url: e.listUrl })?.source).not.toBe('adapter');
  });

  it('is null for adapters without a pane', () => {
    expect(extractPane(loadSiteFixture('baitoru', 'list'), adapterById('baitoru')!)).toBeNull();
  });
});

describe('adapter step in extractPosting', () => {
  it('does not run on a URL of another site, even with a supported canonical link', () => {
    const doc = loadSiteFixture('baitoru', 'detail');
    const r = extractPosting(doc, { url: 'https://mirror.example.org/baitoru-copy.html' });
    expect(r?.source).toBe('generic');
  });

  it('does not run on a supported site’s non-detail page', () => {
    const r = extractPosting(loadSiteFixture('baitoru', 'detail'), { url: 'https://www.baitoru.com/help/' });
    expect(r?.source).not.toBe('adapter');
  });

  it('prefers a JSON-LD posting of this page over the adapter', () => {
    const r = extractPosting(loadSiteFixture('green', 'detail'), { url: 'https://www.green-japan.com/company/4321/job/98765' });
    expect(r?.source).toBe('json-ld');
  });

  it('takes the first selector that finds text and skips empty matches', () => {
    const a = adapterById('indeed')!;
    const doc = parseHtml(
      '<html><body><h1 class="jobsearch-JobInfoHeader-title">  </h1><h1>本当のタイトル</h1><div id="jobDescriptionText"> </div>' +
        '<div data-testid="jobDescriptionText"><p>仕事内容：受信のみ</p></div></body></html>',
    );
    expect(extractDetail(doc, a)).toEqual({
      title: '本当のタイトル',
      text: '本当のタイトル\n仕事内容：受信のみ',
      via: { title: 'h1', body: '[data-testid="jobDescriptionText"]' },
    });
  });

  it('uses the body’s first line as the title when no title selector finds one', () => {
    const a: Adapter = { ...adapterById('green')!, title: ['.none'] };
    const doc = parseHtml('<html><body><div class="job-description"><p>受付スタッフ</p><p>電話を受けます。</p></div></body></html>');
    expect(extractDetail(doc, a)).toEqual({
      title: '受付スタッフ',
      text: '受付スタッフ\n電話を受けます。',
      via: { title: null, body: "[class*='job-description']" },
    });
  });

  it('never throws on odd pages', () => {
    for (const a of [adapterById('indeed')!, adapterById('hellowork')!, adapterById('green')!]) {
      for (const src of ['', '<p>x</p>', '<html><body><a href="http://[bad">x</a></body></html>', fixtureHtml('doda', 'list')]) {
        const doc = parseHtml(src);
        expect(() => extractDetail(doc, a)).not.toThrow();
        expect(() => extractCards(doc, a, { url: 'not a url' })).not.toThrow();
        expect(() => extractPane(doc, a)).not.toThrow();
      }
    }
  });
});

describe('link-anchored card rule', () => {
  const green = adapterById('green')!;
  const anchoredOnly: Adapter = { ...green, card: { ...green.card, item: ['.kl-no-such-card'] } };

  it('does not let a shallow link swallow a card whose link sits deep', () => {
    const deep = '<div>'.repeat(14) + '<a href="/company/2/job/22">深い求人</a>' + '</div>'.repeat(14);
    const doc = parseHtml(
      `<html><body><main><section><div class="a"><a href="/company/1/job/11">浅い求人</a><p>時給1,200円</p></div>` +
        `<div class="b">${deep}<p>時給1,300円</p></div></section></main></body></html>`,
    );
    const cards = extractCards(doc, anchoredOnly);
    expect(cards.map((c) => c.id)).toEqual(['11', '22']);
    expect(cards[0].text).not.toContain('深い求人');
  });

  it('handles a long list', () => {
    const items = Array.from({ length: 300 }, (_, i) => `<li><a href="/company/9/job/${1000 + i}"><h3>求人${i}</h3></a><p>月給${20 + (i % 10)}万円</p></li>`);
    const doc = parseHtml(`<html><body><ul>${items.join('')}</ul></body></html>`);
    const cards = extractCards(doc, anchoredOnly);
    expect(cards).toHaveLength(300);
    expect(new Set(cards.map((c) => c.id)).size).toBe(300);
    expect(cards[299]).toMatchObject({ id: '1299', title: '求人299' });
  });
});
