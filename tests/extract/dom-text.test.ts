import { describe, it, expect } from 'vitest';
import { blockText } from '../../lib/dom/text';
import { html } from './load-fixture';

function textOf(body: string): string {
  const doc = html(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
  return blockText(doc.body);
}

describe('blockText', () => {
  it('breaks lines at block elements and <br>', () => {
    expect(textOf('<div>一行目</div><p>二行目<br>三行目</p><h2>見出し</h2><ul><li>あ</li><li>い</li></ul>')).toBe(
      '一行目\n二行目\n三行目\n見出し\nあ\nい',
    );
  });

  it('keeps inline elements on one line and collapses source whitespace', () => {
    expect(textOf('<p>  月給 <strong>25万円</strong>\n   以上   <span>（経験による）</span> </p>')).toBe(
      '月給 25万円 以上 （経験による）',
    );
  });

  it('puts a tab between cells and a newline between rows', () => {
    const t = textOf(
      '<table><tr><th>給与</th> <td>時給1,200円</td></tr>\n<tr><th>勤務地</th><td>東京都</td><td>駅徒歩5分</td></tr></table>',
    );
    expect(t).toBe('給与\t時給1,200円\n勤務地\t東京都\t駅徒歩5分');
  });

  it('handles dl/dt/dd', () => {
    expect(textOf('<dl><dt>勤務時間</dt><dd>9:00〜18:00</dd><dt>休日</dt><dd>土日祝</dd></dl>')).toBe(
      '勤務時間\n9:00〜18:00\n休日\n土日祝',
    );
  });

  it('skips script, style, noscript, template, svg, iframe and hidden elements', () => {
    const t = textOf(
      '<p>見える</p><script>var secret = 1;</script><style>p{color:red}</style><noscript>JS無効</noscript>' +
        '<template><p>テンプレート</p></template><svg><text>SVG文字</text></svg><iframe src="x">iframe</iframe>' +
        '<div hidden>隠し1</div><div aria-hidden="true">隠し2</div><div style="display: none">隠し3</div>' +
        '<div aria-hidden="false">見える2</div>',
    );
    expect(t).toBe('見える\n見える2');
  });

  it('collapses runs of blank lines to one and trims lines', () => {
    expect(textOf('<p>a</p><br><br><br><br><p>   b   </p><br>')).toBe('a\n\nb');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(textOf('<pre>1行目\n2行目\n\n\n\n3行目</pre>')).toBe('1行目\n2行目\n\n3行目');
  });

  it('keeps the ideographic space inside a line but trims it at the ends', () => {
    expect(textOf('<p>　月給　25万円　</p>')).toBe('月給　25万円');
  });

  it('returns text of the root even if the root itself would be skipped as a child', () => {
    const doc = html('<html><body><div hidden id="r"><p>中身</p></div></body></html>');
    expect(blockText(doc.querySelector('#r')!)).toBe('中身');
  });

  it('survives very deep nesting without a stack overflow', () => {
    const depth = 20_000;
    const body = '<div>'.repeat(depth) + '深い' + '</div>'.repeat(depth);
    expect(textOf(body)).toBe('深い');
  });
});
