// The page model (lib/extension/page-model.ts) on linkedom: what a page is, which posting it holds and
// which extraction step read it. Pages written for these tests, plus the Indeed fixtures of tests/fixtures/sites.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { placeOf, readCards, readPosting } from '../../lib/extension/page-model';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => doc(fs.readFileSync(new URL(`../fixtures/sites/indeed/${name}`, import.meta.url), 'utf8'));
const quiet = () => undefined;

const POSTING_BLOCK = `<main><h1>コールセンタースタッフ</h1><section>
  <h2>仕事内容</h2><p>お客様からのお問い合わせのお電話を受ける受信業務です。マニュアルがあるので未経験の方も安心です。</p>
  <h2>給与</h2><p>時給1400円</p><h2>勤務地</h2><p>東京都新宿区</p><h2>応募資格</h2><p>未経験歓迎</p></section></main>`;

describe('page model: where the page stands', () => {
  it('tells a supported site\'s detail and list pages, with the job id, from the URL alone', () => {
    const list = placeOf('https://jp.indeed.com/jobs?q=x&vjk=5b6c7d8e9fa0b1c2');
    expect(list).toMatchObject({ kind: 'list', jobId: '5b6c7d8e9fa0b1c2' });
    expect(list.adapter?.id).toBe('indeed');
    expect(placeOf('https://jp.indeed.com/viewjob?jk=0123456789abcdef')).toMatchObject({ kind: 'detail', jobId: '0123456789abcdef' });
  });

  it("is 'other' on a site without an adapter", () => {
    expect(placeOf('https://example.com/jobs/1')).toEqual({ url: 'https://example.com/jobs/1', adapter: null, kind: 'other', jobId: null });
  });
});

describe('page model: the posting and the step that read it', () => {
  it('reads a labelled posting block on another site by the generic step', () => {
    const r = readPosting(doc(`<html><body><nav>ホーム 求人一覧</nav>${POSTING_BLOCK}</body></html>`), placeOf('https://example.com/jobs/1'), quiet);
    expect(r).toMatchObject({ state: 'posting', step: 'generic', inFrame: false });
    if (r.state === 'posting') expect(r.posting.text).toContain('受信業務');
  });

  it('keeps the JSON-LD step when the page carries its own JobPosting', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'テレアポスタッフ', description: '<p>法人向けのテレアポ業務です。架電件数の目標があります。</p>', url: 'https://example.com/jobs/2' });
    const r = readPosting(doc(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>本文</p></body></html>`), placeOf('https://example.com/jobs/2'), quiet);
    expect(r).toMatchObject({ state: 'posting', step: 'json-ld' });
  });

  it("says 'main' when only the page's main text was left (the fallback the popup can point out)", () => {
    const r = readPosting(doc('<html><body><main><p>当店は駅前のパン屋です。営業時間は朝7時から。</p></main></body></html>'), placeOf('https://example.com/about'), quiet);
    expect(r).toMatchObject({ state: 'posting', step: 'main' });
  });

  it("reads only the side pane on a supported site's result list, never the list itself", () => {
    const list = fixture('list.html');
    const r = readPosting(list, placeOf('https://jp.indeed.com/jobs?q=x&vjk=5b6c7d8e9fa0b1c2'), quiet);
    expect(r).toMatchObject({ state: 'posting', step: 'adapter' });
    if (r.state === 'posting') expect(r.posting.adapter).toBe('indeed');
    // The same list with its pane removed has no posting to analyze (its cards are not one).
    for (const el of list.querySelectorAll('#jobsearch-ViewjobPaneWrapper, .jobsearch-RightPane, #viewJobSSRRoot')) el.remove();
    expect(readPosting(list, placeOf('https://jp.indeed.com/jobs?q=x'), quiet).state).not.toBe('posting');
  });

  it("is unreadable on a supported site's detail page whose posting the selectors cannot find", () => {
    const r = readPosting(doc('<html><body><main><p>ログインしてください。</p></main></body></html>'), placeOf('https://jp.indeed.com/viewjob?jk=0123456789abcdef'), quiet);
    expect(r).toEqual({ state: 'unreadable', why: 'site-selectors-failed' });
  });

  it('is none on a page without text', () => {
    expect(readPosting(doc('<html><body><img src="a.png"></body></html>'), placeOf('https://example.com/'), quiet)).toEqual({ state: 'none' });
  });

  it("reads a posting whose page overrides the document's querySelectorAll: the block and its region need only elements", () => {
    const overridden = doc(`<html><body>${POSTING_BLOCK}</body></html>`);
    (overridden as unknown as { querySelectorAll: unknown }).querySelectorAll = () => {
      throw new Error('overridden by the page');
    };
    let r: ReturnType<typeof readPosting> | undefined;
    expect(() => (r = readPosting(overridden, placeOf('https://example.com/jobs/1'), quiet))).not.toThrow();
    expect(r).toMatchObject({ state: 'posting', posting: { source: 'generic' } });
  });

  it('reads a page that breaks extraction (every query method overridden) as no posting, without throwing', () => {
    const broken = doc(`<html><body>${POSTING_BLOCK}</body></html>`);
    const fail = () => {
      throw new Error('overridden by the page');
    };
    for (const el of [broken, ...broken.querySelectorAll('*')] as unknown as Record<string, unknown>[]) {
      el.querySelectorAll = fail;
      el.querySelector = fail;
    }
    let r: ReturnType<typeof readPosting> | undefined;
    expect(() => (r = readPosting(broken, placeOf('https://example.com/jobs/1'), quiet))).not.toThrow();
    expect(r!.state).not.toBe('posting');
  });
});

describe('page model: cards', () => {
  it('lists the cards of a result list and none on a detail page', () => {
    const cards = readCards(fixture('list.html'), placeOf('https://jp.indeed.com/jobs?q=x'));
    expect(cards.length).toBeGreaterThan(1);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(readCards(fixture('detail.html'), placeOf('https://jp.indeed.com/viewjob?jk=0123456789abcdef'))).toEqual([]);
    expect(readCards(fixture('list.html'), placeOf('https://example.com/jobs'))).toEqual([]);
  });
});
