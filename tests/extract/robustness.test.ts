import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractPosting } from '../../lib/extract/extract';
import { findJobPostings } from '../../lib/extract/json-ld';
import { findPostingBlock, looksLikePostingPage } from '../../lib/extract/generic';
import { parseHtml } from '../../lib/extract/node-dom';
import { html } from './load-fixture';

/** Pieces that page markup and JSON-LD are made of, to assemble odd pages from. */
const PIECES = [
  '<html>', '</html>', '<body>', '</body>', '<head>', '</head>', '<div>', '</div>', '<p>', '</p>', '<br>',
  '<table>', '<tr>', '<th>', '<td>', '</td>', '</tr>', '</table>', '<dl>', '<dt>', '</dt>', '<dd>', '<h1>', '</h1>',
  '<nav>', '</nav>', '<footer>', '<aside>', '<a href="x">', '</a>', '<template>', '<svg>', '<div hidden>',
  '<script type="application/ld+json">', '</script>', '<script>', '<!--', '-->', '<![CDATA[', ']]>',
  '{', '}', '[', ']', ',', ':', '"', '\\', '"@type"', '"JobPosting"', '"ItemList"', '"@graph"', '"title"',
  '"description"', '"baseSalary"', '"value"', '"unitText"', '"HOUR"', '"minValue"', '1200', 'null', 'true',
  '給与', '勤務地', '仕事内容', '応募資格', '雇用形態', '【', '】', '：', '&lt;br&gt;', '&amp;', '&', '<', '>',
  ' ', '\n', '\t', '　', '\u0000', '\uFEFF', 'テキスト',
];

const pageArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));

describe('robustness', () => {
  it('never throws on arbitrary assembled markup', () => {
    fc.assert(
      fc.property(pageArb, fc.option(fc.webUrl()), (source, url) => {
        const doc = parseHtml(source);
        const r = extractPosting(doc, url ? { url } : undefined);
        if (r) {
          expect(r.text.split('\n')[0]).toBe(r.title);
          expect(r.text.trim()).toBe(r.text);
        }
        findJobPostings(doc);
        findPostingBlock(doc);
        looksLikePostingPage(doc);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary JSON-LD values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const wrapped = { '@type': 'JobPosting', title: value, description: value, baseSalary: value, jobLocation: value, hiringOrganization: value, employmentType: value, identifier: value };
        const json = JSON.stringify([value, wrapped]).replace(/<\//g, '<\\/');
        const doc = html(`<html><head><script type="application/ld+json">${json}</script></head><body><p>x</p></body></html>`);
        for (const jp of findJobPostings(doc)) {
          expect(typeof jp.title).toBe('string');
          expect(typeof jp.description).toBe('string');
        }
        extractPosting(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with linkedom documents that have no <html> or <body> (raw parseHTML)', () => {
    for (const source of ['', 'only text', '<p>段落だけ</p>', '<title>T</title>']) {
      const doc = parseHTML(source).document as unknown as Document;
      expect(() => extractPosting(doc)).not.toThrow();
      expect(() => looksLikePostingPage(doc)).not.toThrow();
    }
    const frag = parseHTML('<p>段落だけ</p>').document as unknown as Document;
    expect(extractPosting(frag)?.text).toBe('段落だけ');
  });

  it('parseHtml always gives a document with a body', () => {
    for (const source of ['', 'テキストのみ', '<p>a</p>', '<html><head></head></html>', '\uFEFF<!DOCTYPE html><html><body>b</body></html>']) {
      const doc = parseHtml(source);
      expect(doc.body).toBeTruthy();
    }
    expect(parseHtml('<p>a</p><p>b</p>').body.children).toHaveLength(2);
  });

  it('handles a large page with many labelled cards quickly', () => {
    const card = '<div class="c"><dl><dt>給与</dt><dd>時給1,200円</dd><dt>勤務地</dt><dd>東京</dd><dt>雇用形態</dt><dd>派遣</dd></dl></div>';
    const doc = html(`<html><body><h1>一覧</h1>${card.repeat(3000)}</body></html>`);
    const t0 = Date.now();
    expect(findPostingBlock(doc)).toBeNull();
    expect(extractPosting(doc)?.source).toBe('main');
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
