import { describe, it, expect } from 'vitest';
import { findPostingBlock, labelKind, looksLikePostingPage } from '../../lib/extract/generic';
import { blockText } from '../../lib/dom/text';
import { html, loadFixture } from './load-fixture';

describe('labelKind', () => {
  it('recognizes labels with decoration and colons', () => {
    expect(labelKind('給与')).toBe('pay');
    expect(labelKind('【勤務地】')).toBe('place');
    expect(labelKind('■ 仕事内容 ■')).toBe('job');
    expect(labelKind('◆お仕事内容')).toBe('job');
    expect(labelKind('応募資格：')).toBe('requirements');
    expect(labelKind('[雇用形態]')).toBe('employment');
    expect(labelKind('勤務時間帯')).toBe('hours');
    expect(labelKind('待遇・福利厚生')).toBe('benefits');
    expect(labelKind('休日休暇')).toBe('holidays');
    expect(labelKind('給与・待遇')).toBe('pay');
    expect(labelKind('勤務地（アクセス）')).toBe('place');
  });

  it('rejects phrases that merely start with a label word', () => {
    expect(labelKind('給与計算スタッフ')).toBeNull();
    expect(labelKind('勤務地から探す')).toBeNull();
    expect(labelKind('休日出勤あり')).toBeNull();
    expect(labelKind('')).toBeNull();
  });
});

describe('findPostingBlock', () => {
  it('finds a dl/dt posting and leaves the recommendation sidebar out', () => {
    const block = findPostingBlock(loadFixture('broken-jsonld-dl.html'));
    expect(block?.getAttribute('class')).toBe('job-detail');
  });

  it('finds a table with th labels, not the nav (labels in the menu) nor the recommended jobs', () => {
    const block = findPostingBlock(loadFixture('table-posting.html'));
    // The smallest element with the labels: the table's <tbody>.
    expect(block?.tagName.toLowerCase()).toBe('tbody');
    expect(block?.closest('table')?.getAttribute('class')).toBe('detail');
    const text = blockText(block!);
    expect(text).toContain('休日休暇\t土日祝、年末年始');
    expect(text).not.toContain('テレアポ');
  });

  it('finds labels written as short elements inside paragraphs', () => {
    const doc = html(
      '<html><body><div id="p"><p><span>【仕事内容】</span>棚の整理</p><p><span>【給与】</span>時給1,100円</p>' +
        '<p><span>【勤務地】</span>横浜市</p></div><p>ほかの記事</p></body></html>',
    );
    expect(findPostingBlock(doc)?.getAttribute('id')).toBe('p');
  });

  it('prefers the block with more distinct labels over a smaller block with fewer', () => {
    const doc = html(
      '<html><body><div id="all"><table id="t1"><tr><th>仕事内容</th><td>a</td></tr><tr><th>給与</th><td>b</td></tr>' +
        '<tr><th>勤務地</th><td>c</td></tr></table><table id="t2"><tr><th>勤務時間</th><td>d</td></tr>' +
        '<tr><th>休日</th><td>e</td></tr></table></div></body></html>',
    );
    expect(findPostingBlock(doc)?.getAttribute('id')).toBe('all');
  });

  it('returns null with fewer than 3 distinct labels', () => {
    const doc = html('<html><body><dl><dt>給与</dt><dd>a</dd><dt>時給</dt><dd>b</dd><dt>勤務地</dt><dd>c</dd></dl></body></html>');
    expect(findPostingBlock(doc)).toBeNull();
  });

  it('ignores labels in links, form options and hidden elements', () => {
    const doc = html(
      '<html><body><a href="/1">給与</a><select><option>勤務地</option></select><div hidden>仕事内容</div>' +
        '<p>雇用形態</p></body></html>',
    );
    expect(findPostingBlock(doc)).toBeNull();
  });

  it('returns null on a list page of posting cards', () => {
    expect(findPostingBlock(loadFixture('list-cards.html'))).toBeNull();
    expect(findPostingBlock(loadFixture('itemlist.html'))).toBeNull();
  });

  it('returns null for an article or an empty page', () => {
    expect(findPostingBlock(loadFixture('article.html'))).toBeNull();
    expect(findPostingBlock(loadFixture('empty.html'))).toBeNull();
  });
});

describe('looksLikePostingPage', () => {
  it('is true for JSON-LD postings and for labelled posting blocks', () => {
    expect(looksLikePostingPage(loadFixture('jsonld-basic.html'))).toBe(true);
    expect(looksLikePostingPage(loadFixture('jsonld-graph.html'))).toBe(true);
    expect(looksLikePostingPage(loadFixture('broken-jsonld-dl.html'))).toBe(true);
    expect(looksLikePostingPage(loadFixture('table-posting.html'))).toBe(true);
  });

  it('is false for an article, a list page and an empty page', () => {
    expect(looksLikePostingPage(loadFixture('article.html'))).toBe(false);
    expect(looksLikePostingPage(loadFixture('itemlist.html'))).toBe(false);
    expect(looksLikePostingPage(loadFixture('list-cards.html'))).toBe(false);
    expect(looksLikePostingPage(loadFixture('empty.html'))).toBe(false);
  });
});
