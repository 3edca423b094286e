// The text ↔ DOM map: every stretch of extracted text points back at the text node and offset it came
// from, through whitespace collapsing, table cells, the title put first and the adapter's joined sections.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPosting, type ExtractedPosting } from '../../lib/extract/extract';
import { alignText, concatMapped, domPoint, domSpan, mappedNodeText, sliceMapped, titleFirst, trimMapped } from '../../lib/dom/text-map';
import { html, loadFixture } from './load-fixture';
import { EXPECTATIONS, loadSiteFixture } from '../sites/expectations';

/** Every mapped character of the text equals the DOM character it points at (whitespace aside). */
function checkMap(p: ExtractedPosting): number {
  let mapped = 0;
  for (const piece of p.map ?? []) {
    for (let k = 0; k < piece.length; k++) {
      const ch = p.text[piece.at + k]!;
      const dom = piece.node.data[piece.offset + k]!;
      if (/\s/.test(ch)) expect(/\s/.test(dom), `whitespace at ${piece.at + k}`).toBe(true);
      else expect(dom, `character ${piece.at + k} of "${p.text.slice(piece.at, piece.at + piece.length)}"`).toBe(ch);
      if (!/\s/.test(ch)) mapped++;
    }
  }
  return mapped;
}

/** The text of a DOM span, as the page holds it. */
function spanText(span: NonNullable<ReturnType<typeof domSpan>>): string {
  if (span.startNode === span.endNode) return span.startNode.data.slice(span.startOffset, span.endOffset);
  return span.startNode.data.slice(span.startOffset) + '…' + span.endNode.data.slice(0, span.endOffset);
}

describe('text ↔ DOM map', () => {
  it('maps words through collapsed whitespace, cells and line breaks to their own nodes', () => {
    const doc = html(`<main><h1>  コール
      センター  スタッフ</h1><table><tr><th>仕事内容</th><td>受信の　お問い合わせ<br>対応です。</td></tr>
      <tr><th>給与</th><td>時給&nbsp;1,400円</td></tr></table><p>勤務地：<b>東京</b>都</p></main>`);
    const p = extractPosting(doc, { map: true })!;
    expect(p.text).toBe('コール センター スタッフ\n仕事内容\t受信の　お問い合わせ\n対応です。\n給与\t時給 1,400円\n勤務地：東京都');
    expect(checkMap(p)).toBe(p.text.replace(/\s/g, '').length); // every visible character is mapped
    const at = (w: string) => domSpan(p.map!, p.text.indexOf(w), p.text.indexOf(w) + w.length)!;
    expect(spanText(at('お問い合わせ'))).toBe('お問い合わせ');
    expect(at('お問い合わせ').startNode.parentElement!.tagName.toLowerCase()).toBe('td');
    expect(spanText(at('東京'))).toBe('東京');
    expect(at('東京').startNode.parentElement!.tagName.toLowerCase()).toBe('b');
    // Across elements: from one node to the next.
    const across = at('東京都');
    expect(across.startNode.data).toBe('東京');
    expect(across.endNode.data).toBe('都');
    expect(spanText(at('センター'))).toBe('センター');
  });

  it('gives no map without map: true, and the same text either way', () => {
    const doc = loadFixture('table-posting.html');
    const plain = extractPosting(doc)!;
    const mapped = extractPosting(doc, { map: true })!;
    expect(plain.map).toBeUndefined();
    expect(mapped.text).toBe(plain.text);
    expect(mapped.map!.length).toBeGreaterThan(0);
  });

  it('maps the title put first to the element it was read from, and the body after it to the block', () => {
    // The block starts with the title's words in other spacing: the title's spelling (the page h1) is used.
    const doc = html('<h1>受信 スタッフ</h1><div><h2>受信スタッフ</h2><dl><dt>仕事内容</dt><dd>電話を受けます</dd><dt>給与</dt><dd>時給</dd><dt>勤務地</dt><dd>東京</dd></dl></div>');
    const p = extractPosting(doc, { map: true })!;
    expect(p.source).toBe('generic');
    checkMap(p);
    const title = p.text.split('\n', 1)[0]!;
    expect(title).toBe('受信 スタッフ');
    expect(domPoint(p.map!, 0)!.node.parentElement!.tagName.toLowerCase()).toBe('h1');
    expect(domPoint(p.map!, title.length + 1)!.node.parentElement!.tagName.toLowerCase()).toBe('dt'); // the body after the title line
    // Without map: true the same text, nothing mapped.
    expect(extractPosting(doc)!.text).toBe(p.text);
  });

  it('is empty for JSON-LD text, which is no page text', () => {
    const p = extractPosting(loadFixture('jsonld-basic.html'), { map: true })!;
    expect(p.source).toBe('json-ld');
    expect(p.map).toEqual([]);
  });

  it('holds for every site fixture read by its adapter and every HTML fixture', () => {
    let checked = 0;
    for (const e of EXPECTATIONS) {
      const p = extractPosting(loadSiteFixture(e.id, 'detail'), { url: e.detailUrl, map: true });
      if (!p) continue;
      checkMap(p);
      if (p.source !== 'json-ld') expect(p.map!.length, e.id).toBeGreaterThan(0);
      checked++;
    }
    for (const name of readdirSync(new URL('../fixtures/html', import.meta.url))) {
      const p = extractPosting(loadFixture(name), { map: true });
      if (p) checkMap(p);
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('alignText gives no map at all for text that was not read from those nodes', () => {
    const doc = html('<p>受信のお仕事</p>');
    const node = doc.querySelector('p')!.firstChild as Text;
    expect(alignText('受信のお仕事', [node])).toHaveLength(1);
    expect(alignText('発信のお仕事', [node])).toEqual([]);
    expect(alignText('受信のお仕事です', [node])).toEqual([]);
  });

  it('slices, joins and trims keep each piece on its characters', () => {
    const doc = html('<div><p>  一行目 </p><p>二行目</p></div>');
    const m = mappedNodeText(doc.querySelector('div')!);
    expect(m.text).toBe('一行目\n二行目');
    const second = sliceMapped(m, 4);
    expect(second.text).toBe('二行目');
    expect(domPoint(second.pieces, 0)!.node.data).toBe('二行目');
    const joined = concatMapped(['見出し\n', second]);
    expect(domPoint(joined.pieces, 4)!.node.data).toBe('二行目');
    expect(domPoint(joined.pieces, 3)).toBeNull();
    const trimmed = trimMapped({ text: '  ' + m.text, pieces: concatMapped(['  ', m]).pieces });
    expect(trimmed.text).toBe(m.text);
    expect(trimmed.pieces).toEqual(m.pieces);
    expect(titleFirst('一行目', m)!.text).toBe(m); // the body already starts with the title: kept as read
  });
});

describe('text ↔ DOM map of the title line', () => {
  it('maps a title put first from an h1 outside the block to that h1', () => {
    const doc = html('<aside class="sidebar"><p>法人向けテレアポ</p></aside><h1>テレアポ スタッフ</h1><div><dl><dt>仕事内容</dt><dd>法人向けテレアポです</dd><dt>給与</dt><dd>時給</dd><dt>勤務地</dt><dd>東京</dd></dl></div>');
    const p = extractPosting(doc, { map: true })!;
    expect(p.source).toBe('generic');
    expect(p.text.startsWith('テレアポ スタッフ\n')).toBe(true);
    checkMap(p);
    const span = domSpan(p.map!, 0, 4)!;
    expect(span.startNode.parentElement!.tagName.toLowerCase()).toBe('h1');
    expect(spanText(span)).toBe('テレアポ');
  });
});
